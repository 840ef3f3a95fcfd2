"""REST for integrations and tests: Rasa's ``rest`` channel with scrubbed text and safe metadata.

POST /webhooks/rest/webhook {"sender": "<random id>", "message": "...", "metadata": {"school": "..."}}
answers with the bot's messages as JSON. The sender must be a random id chosen by the integration:
a name, e-mail address or student number would be stored as the conversation's key, so it is refused.
"""
from __future__ import annotations

import re
from http import HTTPStatus
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.metadata import MAX_MESSAGE_CHARS, clean_text, safe_metadata

SENDER_ID = re.compile(r"^[A-Za-z0-9_-]{1,128}$")
TEAMS_SENDER_PREFIX = "teams-"  # the Teams channel's pseudonyms start with this


class KansenbotRestInput(RestInput):
    @classmethod
    def name(cls) -> Text:
        return "rest"

    async def _extract_sender(self, req: Request) -> Optional[Text]:
        return req.json.get("sender")

    def _extract_message(self, req: Request) -> Optional[Text]:
        return clean_text(req.json.get("message"))

    def _extract_input_channel(self, req: Request) -> Text:
        # Clients may not pose as another channel (Teams, the widget) in the tracker store.
        return self.name()

    def get_metadata(self, request: Request) -> Optional[Dict[Text, Any]]:
        return safe_metadata(request.json.get("metadata"))

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        rest_webhook = super().blueprint(on_new_message)

        @rest_webhook.middleware("request")
        async def validate(request: Request) -> Optional[HTTPResponse]:
            if request.method != "POST" or not request.path.rstrip("/").endswith("/webhook"):
                return None
            return _problem(request)

        return rest_webhook


def _problem(request: Request) -> Optional[HTTPResponse]:
    try:
        body = request.json
    except Exception:  # sanic raises its own InvalidUsage for broken JSON
        body = None
    if not isinstance(body, dict):
        return _error("The body must be JSON: {\"sender\": \"...\", \"message\": \"...\"}.")
    sender = body.get("sender")
    if not isinstance(sender, str) or not SENDER_ID.match(sender):
        return _error("'sender' must be a random id of 1-128 letters, digits, '-' or '_' "
                      "(never a name, e-mail address or student number).")
    if sender.startswith(TEAMS_SENDER_PREFIX):
        # Trackers are keyed by sender only: REST may not write into a Teams student's conversation.
        return _error(f"'sender' may not start with '{TEAMS_SENDER_PREFIX}' (reserved for Teams).")
    message = body.get("message")
    if not isinstance(message, str):
        return _error("'message' must be text.")
    if len(message) > MAX_MESSAGE_CHARS:
        return _error(f"'message' is longer than {MAX_MESSAGE_CHARS} characters.")
    metadata = body.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        return _error("'metadata' must be an object.")
    return None


def _error(message: str) -> HTTPResponse:
    return response.json({"error": message}, status=HTTPStatus.BAD_REQUEST)
