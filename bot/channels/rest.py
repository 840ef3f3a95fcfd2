"""REST channel (``POST /webhooks/rest/webhook``) that validates input and scrubs personal data.

Same URL and reply format as Rasa's ``rest`` channel (a JSON list of bot messages), so the widget and
scripts work unchanged. What it adds:
- request checks with clear HTTP errors: wrong content type (415), invalid JSON or fields (400); the
  sender must be a random id (a name, e-mail address or student number would become the stored
  conversation key) and may not pose as a Teams pseudonym;
- metadata is cut to the whitelist in bot/channels/metadata.py;
- user-level problems get an answer in Dutch (from domain.yml) and are not sent to Rasa: an empty or
  whitespace-only message (200, ``utter_fout_leeg_bericht``), a message that is too long (413,
  ``utter_fout_te_lang``);
- the text is cleaned and scrubbed (bot/channels/guard.py) before the ``UserMessage`` enters Rasa;
- failures never show a stack trace: conversation database down -> 503 ``utter_storing`` with
  Retry-After (and ``utter_storing_mens``); no reply within KANSENBOT_REPLY_TIMEOUT seconds (default 30) -> 504 ``utter_storing``;
- a crisis is answered on every one of those paths too (issue 9): when the message that could not be
  processed (too long, database down, too slow, an error) is a crisis, the reply starts with the crisis
  answer (bot/runtime/crisis.py), then the usual problem message;
- no message text in logs: errors are logged with their type and a hash of the sender id.
It also attaches Kansenbot's fault handling to the server (bot/runtime).
"""
from __future__ import annotations

import asyncio
import hashlib
import inspect
import json
import logging
import os
import re
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import runtime
from bot.runtime import crisis
from bot.channels.guard import check_user_text
from bot.channels.metadata import safe_metadata
from bot.privacy.log_filter import install_log_scrubbing
from bot.storage.tracker_store import TrackerStoreUnavailable

logger = logging.getLogger(__name__)
install_log_scrubbing()

SENDER_ID = re.compile(r"^[A-Za-z0-9_-]{1,128}$")
# Sent by this channel itself (no story or rule): bot/checks/validate_data.py knows them through this.
PROBLEM_RESPONSES = ("utter_fout_leeg_bericht", "utter_fout_te_lang", "utter_storing", "utter_storing_mens", crisis.OUTAGE_RESPONSE)
TEAMS_SENDER_PREFIX = "teams-"  # the Teams channel's pseudonyms start with this


def reply_timeout() -> float:
    return float(os.environ.get("KANSENBOT_REPLY_TIMEOUT") or 30)


def sender_tag(sender_id: str) -> str:
    """A short stable tag for logs, so operators can correlate lines without the sender id itself."""
    return hashlib.sha256(sender_id.encode("utf-8")).hexdigest()[:10]


def domain_messages(request: Request, recipient_id: Optional[str], *response_names: str) -> List[Dict[str, Any]]:
    """The first variant of each domain response, in the REST reply format (copy lives in domain.yml)."""
    agent = getattr(request.app.ctx, "agent", None)
    messages = []
    for name in response_names:
        variants = (agent.domain.responses.get(name) if agent is not None and agent.domain else None) or []
        if variants:
            message: Dict[str, Any] = {"recipient_id": recipient_id, "text": variants[0].get("text", "")}
            if variants[0].get("buttons"):
                message["buttons"] = variants[0]["buttons"]
            messages.append(message)
    return messages


async def crisis_messages(
    request: Request, recipient_id: str, text: str, metadata: Optional[Dict[str, Any]], use_nlu: bool = True
) -> List[Dict[str, Any]]:
    """The crisis answer (REST reply format) when ``text`` is a crisis that Rasa could not process; else []."""
    try:
        found = await crisis.answer_for_text(getattr(request.app.ctx, "agent", None), text, metadata, use_nlu)
    except Exception as error:  # the problem reply itself must still go out
        logger.error("Crisis check failed for %s: %s", sender_tag(recipient_id), type(error).__name__)
        return []
    return [{"recipient_id": recipient_id, **message} for message in found]


def request_error(code: str, detail: str, status: int) -> HTTPResponse:
    return response.json({"error": code, "detail": detail}, status=status)


class KansenbotRestInput(RestInput):
    """Rasa's REST channel with input checks, personal-data scrubbing and clear errors."""

    @classmethod
    def name(cls) -> Text:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        module = inspect.getmodule(self)
        webhook = Blueprint(f"custom_webhook_{type(self).__name__}", module.__name__ if module else None)
        runtime.attach(webhook)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            content_type = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
            if content_type != "application/json":
                return request_error("unsupported_media_type", "send JSON with Content-Type: application/json", 415)
            try:
                body = json.loads(request.body or b"")
            except (ValueError, UnicodeDecodeError):
                return request_error("invalid_json", "the request body is not valid JSON", 400)
            if not isinstance(body, dict):
                return request_error("invalid_json", 'expected a JSON object: {"sender": "...", "message": "..."}', 400)
            sender = body.get("sender")
            if isinstance(sender, int) and not isinstance(sender, bool):
                sender = str(sender)
            if not isinstance(sender, str) or not SENDER_ID.match(sender):
                return request_error(
                    "invalid_sender",
                    '"sender" must be a random id of 1-128 letters, digits, "-" or "_"'
                    " (never a name, e-mail address or student number)",
                    400,
                )
            if sender.startswith(TEAMS_SENDER_PREFIX):
                # Trackers are keyed by sender only: REST may not write into a Teams student's conversation.
                return request_error("invalid_sender", f'"sender" may not start with "{TEAMS_SENDER_PREFIX}"', 400)
            text = body.get("message")
            if text is None:
                text = ""
            if not isinstance(text, str):
                return request_error("invalid_message", '"message" must be a string', 400)
            metadata = body.get("metadata")
            if metadata is not None and not isinstance(metadata, dict):
                return request_error("invalid_metadata", '"metadata" must be a JSON object', 400)

            checked = check_user_text(text)
            if checked.problem == "empty":
                return response.json(domain_messages(request, sender, "utter_fout_leeg_bericht"))
            if checked.problem == "too_long":
                # Not processed, but read for a crisis: a long story often ends with what is really wrong.
                found = await crisis_messages(request, sender, text, safe_metadata(metadata))
                return response.json(found + domain_messages(request, sender, "utter_fout_te_lang"), status=413)

            collector = CollectingOutputChannel()
            message = UserMessage(
                checked.text,
                collector,
                sender,
                input_channel=self.name(),
                metadata=safe_metadata(metadata) or None,
            )
            try:
                await asyncio.wait_for(on_new_message(message), timeout=reply_timeout())
            except TrackerStoreUnavailable:
                logger.error("Message from %s not processed: conversation database unavailable.", sender_tag(sender))
                found = await crisis_messages(request, sender, checked.text, message.metadata)
                problem = ("utter_storing_crisis",) if found else ("utter_storing", "utter_storing_mens")
                return response.json(
                    found + domain_messages(request, sender, *problem), status=503, headers={"Retry-After": "60"}
                )
            except asyncio.TimeoutError:
                logger.error("Message from %s not answered within %.0f s.", sender_tag(sender), reply_timeout())
                # The NLU may be what is slow: patterns only.
                found = await crisis_messages(request, sender, checked.text, message.metadata, use_nlu=False)
                return response.json(found + domain_messages(request, sender, "utter_storing", "utter_storing_mens"), status=504)
            except Exception as error:  # never a stack trace (or the text) for the user
                logger.error("Message from %s failed: %s", sender_tag(sender), type(error).__name__)
                found = await crisis_messages(request, sender, checked.text, message.metadata, use_nlu=False)
                return response.json(found + domain_messages(request, sender, "utter_storing", "utter_storing_mens"), status=500)
            return response.json(collector.messages)

        return webhook
