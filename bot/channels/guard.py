"""Incoming user text, made safe before it becomes a Rasa ``UserMessage`` (shared by every channel).

- control and format characters are removed (NUL, escape sequences, bidi overrides that disguise text),
  keeping newlines, tabs and the joiners that emoji sequences need;
- Unicode is normalised (NFC), so "é" typed two ways is one word for the NLU;
- messages longer than KANSENBOT_MAX_MESSAGE_CHARS (default 2000) are refused, not truncated: a cut-off
  question would get a wrong answer;
- personal data is replaced by placeholders (bot/privacy/scrubber.py); a button payload
  ("/intent{...}") routes exactly as written when its values are ones Kansenbot's own buttons use, and
  has any other value scrubbed on its own (bot/channels/payloads.py).
"""
from __future__ import annotations

import asyncio
import functools
import os
import unicodedata
from dataclasses import dataclass
from typing import Optional

from bot.channels import payloads
from bot.privacy import scrubber

_KEEP = {"\n", "\t", "\u200d", "\u200c"}  # newline, tab, zero-width (non-)joiner for emoji sequences



def max_message_chars() -> int:
    return int(os.environ.get("KANSENBOT_MAX_MESSAGE_CHARS") or 2000)


@dataclass(frozen=True)
class CheckedText:
    text: Optional[str]  # safe, scrubbed text for Rasa; None when the message cannot be processed
    problem: Optional[str] = None  # "empty" or "too_long"


def clean_control_characters(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    return "".join(
        char for char in text if char in _KEEP or unicodedata.category(char) not in ("Cc", "Cf", "Cs", "Co", "Cn")
    )


async def check_user_text_off_loop(text: str) -> CheckedText:
    """``check_user_text`` in a worker thread: the event loop keeps answering other requests meanwhile
    (Python switches threads every few milliseconds, so even a slow scrub cannot hold it up for long)."""
    return await asyncio.get_running_loop().run_in_executor(None, functools.partial(check_user_text, text))


def check_user_text(text: str) -> CheckedText:
    if len(text) > max_message_chars() * 4:  # do not even normalise megabytes
        return CheckedText(None, "too_long")
    cleaned = clean_control_characters(text).strip()
    if not cleaned:
        return CheckedText(None, "empty")
    if len(cleaned) > max_message_chars():
        return CheckedText(None, "too_long")
    payload = payloads.clean_payload(cleaned)
    if payload is not None:
        return CheckedText(payload)
    return CheckedText(scrubber.scrub_text(cleaned))
