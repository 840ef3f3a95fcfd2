"""REST channel (``POST /webhooks/rest/webhook``) that validates input and scrubs personal data.

Same URL and reply format as Rasa's ``rest`` channel (a JSON list of bot messages), so the widget and
scripts work unchanged. What it adds:
- request checks with clear HTTP errors: wrong content type (415), a body over 64 KB (413, refused by
  Sanic before it is buffered when over the server-wide cap, bot/channels/limits.py), invalid JSON,
  JSON nested deeper than 32 levels, or invalid fields (400); the sender must be a random-looking id
  (``sender_is_random``: a name, phone number, e-mail address or student number would become the stored
  conversation key) and may not pose as a Teams pseudonym;
- metadata is cut to the whitelist in bot/channels/metadata.py;
- user-level problems get an answer in Dutch (from domain.yml) and are not sent to Rasa: an empty or
  whitespace-only message (200, ``utter_fout_leeg_bericht``), a message that is too long (413,
  ``utter_fout_te_lang``);
- the text is cleaned and scrubbed (bot/channels/guard.py) before the ``UserMessage`` enters Rasa, in a
  worker thread, so a long message never holds up the event loop (and with it every other student);
- failures never show a stack trace: conversation database down -> 503 ``utter_storing`` with
  Retry-After (and ``utter_storing_mens``); no reply within KANSENBOT_REPLY_TIMEOUT seconds (default 30) -> 504 ``utter_storing``;
- a crisis is answered on every one of those paths too (issue 9): when the message that could not be
  processed (too long, database down, too slow, an error) is a crisis, the reply starts with the crisis
  answer (bot/runtime/crisis.py), then the usual problem message; when the crisis check itself fails,
  it starts with 113 and 112 in one line;
- no message text in logs: errors are logged with their type and a hash of the sender id;
- an ``Idempotency-Key`` header (a random id per message, kept when the client retries) makes a retry safe:
  a message that was already handled is answered again from the stored turn (bot/runtime/idempotency.py).
"""
from __future__ import annotations

import asyncio
import hashlib
import inspect
import logging
import re
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.exceptions import PayloadTooLarge
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import settings
from bot.channels import limits
from bot.channels.guard import check_user_text_off_loop
from bot.channels.metadata import safe_metadata
from bot.channels.payloads import as_sent
from bot.privacy.lexicon import lexicon
from bot.runtime import crisis
from bot.storage.tracker_store import TrackerStoreUnavailable

logger = logging.getLogger(__name__)

# A sender id is the key the conversation is stored under, so it must not be personal data. Accepted:
# - a UUID (32 hex digits, with or without dashes), optionally with a short prefix of letters and dashes
#   ("rest-3f6c..."); or
# - 16-128 letters, digits, "-" and "_" that mix letters and digits, without a run of six or more digits
#   (a phone or student number) and without a first name or surname of five or more letters
#   (bot/privacy/lexicon.py).
# The web widget uses random ids of its own; scripts should send uuid.uuid4().hex.
SENDER_ID = re.compile(r"^[A-Za-z0-9_-]{16,128}$")
MESSAGE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")  # the Idempotency-Key header
_UUID = re.compile(r"[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}")
_LETTER_RUN = re.compile(r"[A-Za-z]{5,}")
SENDER_RULE = (
    '"sender" must be a random id: a UUID, or 16-128 letters, digits, "-" or "_" mixing letters and digits'
    " (never a name, phone number, e-mail address or student number)"
)


def _has_a_name(text: str) -> bool:
    words = lexicon()
    return any(words.in_name_list(run) for run in _LETTER_RUN.findall(text))


def sender_is_random(sender: str) -> bool:
    """True for an id that looks random (rules above), False for anything that could be personal."""
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,128}", sender):
        return False
    uuid_in_it = _UUID.search(sender)
    if uuid_in_it is not None:
        rest = sender[:uuid_in_it.start()] + sender[uuid_in_it.end():]
        return len(rest) <= 24 and not re.search(r"\d", rest) and not _has_a_name(rest)
    if not SENDER_ID.match(sender) or re.search(r"\d{6}", sender):
        return False
    if not (re.search(r"\d", sender) and re.search(r"[A-Za-z]", sender)):
        return False
    return not _has_a_name(sender)


# Sent by this channel itself (no story or rule): bot/checks/validate_data.py knows them through this.
PROBLEM_RESPONSES = ("utter_fout_leeg_bericht", "utter_fout_te_lang", "utter_storing", "utter_storing_mens", crisis.OUTAGE_RESPONSE)
TEAMS_SENDER_PREFIX = "teams-"  # the Teams channel's pseudonyms start with this


def reply_timeout() -> float:
    return settings.get().reply_timeout


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
                message["buttons"] = [dict(button, payload=as_sent(button.get("payload", "")))
                                      for button in variants[0]["buttons"]]
            messages.append(message)
    return messages


async def crisis_messages(
    request: Request, recipient_id: Optional[str], text: str, metadata: Optional[Dict[str, Any]], use_nlu: bool = True
) -> List[Dict[str, Any]]:
    """The crisis answer (REST reply format) when ``text`` is a crisis that Rasa could not process; else [].
    Never raises (the problem reply must still go out); a check that fails gives 113 and 112 in one line."""
    found = await crisis.crisis_check_or_emergency_line(
        crisis.answer_for_text(getattr(request.app.ctx, "agent", None), text, metadata, use_nlu)
    )
    return [{"recipient_id": recipient_id, **message} for message in found]


async def crisis_in_oversized_body(request: Request, raw: bytes) -> List[Dict[str, Any]]:
    """A body over the REST limit is not processed, but its message is still read for a crisis (a pasted
    story ends with what is really wrong). Bounded: Sanic already refused anything over
    limits.REQUEST_MAX_SIZE, the depth check is linear and the crisis scan reads a bounded window."""
    try:
        body = limits.parse_json_body(raw, limits.REQUEST_MAX_SIZE)
    except limits.BodyError:
        return []
    if not isinstance(body, dict) or not isinstance(body.get("message"), str):
        return []
    metadata = body.get("metadata")
    return await crisis_messages(request, None, body["message"], safe_metadata(metadata) if isinstance(metadata, dict) else None,
                                 use_nlu=False)


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
        limits.enforce(webhook)

        @webhook.exception(PayloadTooLarge)
        async def too_large(request: Request, _: Exception) -> HTTPResponse:
            # Sanic refused the body before reading it (over limits.REQUEST_MAX_SIZE): same answer as below,
            # after reading what the client still sends, so it gets this answer and not a connection reset.
            await limits.drain_refused_body(request)
            return response.json(domain_messages(request, None, "utter_fout_te_lang"), status=413)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            content_type = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
            if content_type != "application/json":
                return request_error("unsupported_media_type", "send JSON with Content-Type: application/json", 415)
            try:
                body = limits.parse_json_body(request.body or b"", limits.REST_MAX_BODY_BYTES)
            except limits.BodyError as error:
                if error.code == "too_large":
                    found = await crisis_in_oversized_body(request, request.body or b"")
                    return response.json(found + domain_messages(request, None, "utter_fout_te_lang"), status=413)
                return request_error("invalid_json", error.detail, 400)
            if not isinstance(body, dict):
                return request_error("invalid_json", 'expected a JSON object: {"sender": "...", "message": "..."}', 400)
            sender = body.get("sender")
            if isinstance(sender, int) and not isinstance(sender, bool):
                sender = str(sender)
            if isinstance(sender, str) and sender.startswith(TEAMS_SENDER_PREFIX):
                # Trackers are keyed by sender only: REST may not write into a Teams student's conversation.
                return request_error("invalid_sender", f'"sender" may not start with "{TEAMS_SENDER_PREFIX}"', 400)
            if not isinstance(sender, str) or not sender_is_random(sender):
                return request_error("invalid_sender", SENDER_RULE, 400)
            text = body.get("message")
            if text is None:
                text = ""
            if not isinstance(text, str):
                return request_error("invalid_message", '"message" must be a string', 400)
            metadata = body.get("metadata")
            if metadata is not None and not isinstance(metadata, dict):
                return request_error("invalid_metadata", '"metadata" must be a JSON object', 400)
            message_id = request.headers.get("idempotency-key")
            if message_id is not None and not MESSAGE_ID.match(message_id):
                return request_error("invalid_idempotency_key", "Idempotency-Key must be 1-64 letters, digits, \"-\" or \"_\"", 400)

            checked = await check_user_text_off_loop(text)
            if checked.problem == "empty":
                return response.json(domain_messages(request, sender, "utter_fout_leeg_bericht"))
            if checked.problem == "too_long":
                # Not processed, but read for a crisis: a long story often ends with what is really wrong.
                # Patterns only (off the event loop): the NLU would run on the loop for every oversized
                # message, a cheap way to stall the server; the shorter message the student sends next
                # gets the whole NLU.
                found = await crisis_messages(request, sender, text, safe_metadata(metadata), use_nlu=False)
                return response.json(found + domain_messages(request, sender, "utter_fout_te_lang"), status=413)

            collector = CollectingOutputChannel()
            message = UserMessage(
                checked.text,
                collector,
                sender,
                input_channel=self.name(),
                metadata=safe_metadata(metadata) or None,
                message_id=message_id,
            )
            try:
                await asyncio.wait_for(on_new_message(message), timeout=reply_timeout())
            except TrackerStoreUnavailable:
                logger.error("Message from %s not processed: conversation database unavailable.", sender_tag(sender))
                found = await crisis_messages(request, sender, checked.text, message.metadata)
                problem = (crisis.OUTAGE_RESPONSE,) if found else crisis.OUTAGE_RESPONSES_EVERYDAY
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
