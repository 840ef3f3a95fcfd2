"""Incoming user text, made safe before it becomes a Rasa ``UserMessage`` (shared by every channel).

- control and format characters are removed (NUL, escape sequences, bidi overrides that disguise text),
  keeping newlines, tabs and the joiners that emoji sequences need;
- Unicode is normalised (NFC), so "é" typed two ways is one word for the NLU;
- messages longer than KANSENBOT_MAX_MESSAGE_CHARS (default 2000) are refused, not truncated: a cut-off
  question would get a wrong answer;
- personal data is replaced by placeholders (bot/privacy/scrubber.py), except in a strict button
  payload: a click has to route exactly as written (see ``BUTTON_PAYLOAD``).
"""
from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from typing import Optional

from bot.privacy import scrubber

_KEEP = {"\n", "\t", "\u200d", "\u200c"}  # newline, tab, zero-width (non-)joiner for emoji sequences


# A button payload as domain.yml and the knowledge base write them: /intent or /intent{"entity": "value"}
# with values of letters, spaces, ' . and - only (tool ids, municipalities, roles). Such a payload carries
# no personal data.
_VALUE = r'"[a-z_]{1,32}"\s*:\s*"(?:[^\W\d]|[ \'.-]){0,64}"'
BUTTON_PAYLOAD = re.compile(r"^/[a-z_+]{1,64}(?:\{\s*" + _VALUE + r"(?:\s*,\s*" + _VALUE + r")*\s*\})?$")


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


def check_user_text(text: str) -> CheckedText:
    if len(text) > max_message_chars() * 4:  # do not even normalise megabytes
        return CheckedText(None, "too_long")
    cleaned = clean_control_characters(text).strip()
    if not cleaned:
        return CheckedText(None, "empty")
    if len(cleaned) > max_message_chars():
        return CheckedText(None, "too_long")
    if BUTTON_PAYLOAD.match(cleaned):
        return CheckedText(cleaned)
    return CheckedText(scrubber.scrub_text(cleaned))
