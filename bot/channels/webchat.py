"""The web widget's channel: Rasa's socket.io channel, limited to the school's own web sites.

Besides the socket.io endpoint (/socket.io/) it serves the widget and a demo page from the Rasa server:
  GET /webchat/kansenbot-widget.js   the widget, embedded with one <script> tag on a school web page
  GET /webchat/                      a demo page with the widget (what `make run` shows)

Differences with Rasa's ``socketio`` channel:
* Only configured origins may connect (``KANSENBOT_ALLOWED_ORIGINS``, comma-separated; default: the
  server's own origin and http://localhost / http://127.0.0.1 on any port). Rasa's channel accepts
  every web site.
* The session id comes from the widget's sessionStorage; ids that are not long random tokens are
  replaced, so a page cannot pick a guessable or personal conversation key.
* Text is scrubbed and metadata whitelisted before Rasa sees it; the socket id is never stored.
* Every user message is acknowledged (socket.io ack) after Rasa has handled it. The widget's message id
  goes into Rasa, so a message the widget re-sends after a reconnect (possibly to another replica) is
  handled once and answered again from the stored turn (bot/runtime/idempotency.py).
* The ack carries the text as it entered Rasa (``{"ok": true, "text": "bel me op [TELEFOON]"}``): the
  widget keeps that in sessionStorage instead of what was typed, so a shared computer holds no
  unscrubbed text (bot/webchat/kansenbot-widget.js).
* With several replicas, engine.io session ids start with this replica's name (KANSENBOT_REPLICA), so the
  proxy can send a long-polling client back to the replica that holds its session (deploy/haproxy/).
"""
from __future__ import annotations

import asyncio
import json
import logging
import re
import uuid
from pathlib import Path
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text
from urllib.parse import urlsplit

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import settings
from bot.channels import limits
from bot.channels.socketio_routing import ReplicaAsyncServer
from bot.channels.metadata import clean_text, safe_metadata
from bot.runtime import crisis

logger = logging.getLogger(__name__)

WEBCHAT_DIR = Path(__file__).resolve().parents[1] / "webchat"
WIDGET_FILE = "kansenbot-widget.js"
DEMO_FILE = "demo.html"
ALLOWED_ORIGINS_ENV = "KANSENBOT_ALLOWED_ORIGINS"
_LOCAL_ORIGIN = re.compile(r"^https?://(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$")
_SESSION_ID = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
_MESSAGE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
MAX_PACKET_BYTES = limits.WEBCHAT_MAX_PACKET_BYTES
DEMO_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; "
    "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


# What the server puts into the widget when it serves it, between /*kansenbot:<name>*/ ... /*kansenbot:<name>-end*/:
# the crisis line for when the server cannot be reached or a message is refused (113 and 112, from
# data/knowledge/crisis.yml) and the longest message the server handles (settings: max_message_chars).
WIDGET_MARKERS = ("crisis", "max-len")
# A message the widget sends must fit one socket.io packet, also when every character takes 4 bytes in UTF-8.
WIDGET_MAX_LEN_CEILING = MAX_PACKET_BYTES // 8


def _fill_marker(widget_js: bytes, name: str, literal: bytes) -> bytes:
    start, end = f"/*kansenbot:{name}*/".encode(), f"/*kansenbot:{name}-end*/".encode()
    pattern = re.compile(re.escape(start) + rb".*?" + re.escape(end))
    replaced, count = pattern.subn(lambda _: start + literal + end, widget_js)
    if count != 1:
        raise ValueError(f"the widget has no {start.decode()} ... {end.decode()} marker")
    return replaced


def widget_as_served(widget_js: bytes, crisis_line: str, max_len: int) -> bytes:
    """The widget with ``crisis_line`` as its crisis text and ``max_len`` as its longest message."""
    widget_js = _fill_marker(widget_js, "crisis", json.dumps(crisis_line, ensure_ascii=True).encode())
    return _fill_marker(widget_js, "max-len", str(min(int(max_len), WIDGET_MAX_LEN_CEILING)).encode())


def parse_origins(value: Optional[str]) -> List[str]:
    return [origin.strip().rstrip("/") for origin in (value or "").split(",") if origin.strip()]


class OriginPolicy:
    """Which web sites may open a socket: the configured list, or (by default) only local ones."""

    def __init__(self, allowed: List[str]) -> None:
        self.allowed = set(allowed)

    def __call__(self, origin: Optional[str], environ: Optional[Dict[str, Any]] = None) -> bool:
        if not origin:
            return True  # not a browser: CORS is a browser protection, the socket needs no cookie
        origin = origin.rstrip("/")
        if environ and urlsplit(origin).netloc == environ.get("HTTP_HOST"):
            return True  # the demo page on the Rasa server itself
        if self.allowed:
            return origin in self.allowed
        return bool(_LOCAL_ORIGIN.match(origin))


class WebchatInput(SocketIOInput):
    @classmethod
    def name(cls) -> Text:
        return "socketio"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        credentials = credentials or {}
        origins = credentials.get("allowed_origins") or settings.get().allowed_origins
        if isinstance(origins, list):
            origins = ",".join(str(origin) for origin in origins)
        return cls(
            user_message_evt=credentials.get("user_message_evt", "user_uttered"),
            bot_message_evt=credentials.get("bot_message_evt", "bot_uttered"),
            socketio_path=credentials.get("socketio_path", "/socket.io"),
            allowed_origins=parse_origins(origins),
        )

    def __init__(self, user_message_evt: Text = "user_uttered", bot_message_evt: Text = "bot_uttered",
                 socketio_path: Text = "/socket.io", allowed_origins: Optional[List[str]] = None) -> None:
        super().__init__(user_message_evt, bot_message_evt, namespace=None, session_persistence=True,
                         socketio_path=socketio_path)
        self.origin_policy = OriginPolicy(allowed_origins or [])
        self._app_ctx: Any = None  # the Sanic app's ctx (holds Rasa's agent), known once the server runs

    def url_prefix(self) -> Text:
        # An absolute prefix: Rasa joins it onto /webhooks/, which keeps the widget at /webchat/.
        return "/webchat"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        sio = ReplicaAsyncServer(async_mode="sanic", cors_allowed_origins=self.origin_policy,
                                 cors_credentials=False, max_http_buffer_size=MAX_PACKET_BYTES)
        webchat = SocketBlueprint(sio, self.socketio_path, "kansenbot_webchat", __name__)
        limits.enforce(webchat)
        self.sio = sio
        # 113 and 112 in the widget's offline and too-long texts come from data/knowledge/crisis.yml, like
        # every answer; the widget refuses exactly what the server would cut.
        widget_js = widget_as_served((WEBCHAT_DIR / WIDGET_FILE).read_bytes(), crisis.widget_crisis_line(),
                                     settings.get().max_message_chars)
        demo_html = (WEBCHAT_DIR / DEMO_FILE).read_bytes()

        @webchat.listener("after_server_start")
        async def remember_app(app: Any, _loop: Any) -> None:
            self._app_ctx = app.ctx

        @webchat.route("/", methods=["GET"])
        async def demo(_: Request) -> HTTPResponse:
            return response.raw(demo_html, content_type="text/html; charset=utf-8", headers={
                "Content-Security-Policy": DEMO_CSP, "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "no-referrer", "Cache-Control": "no-cache"})

        @webchat.route(f"/{WIDGET_FILE}", methods=["GET"])
        async def widget(_: Request) -> HTTPResponse:
            return response.raw(widget_js, content_type="text/javascript; charset=utf-8", headers={
                "X-Content-Type-Options": "nosniff", "Cache-Control": "public, max-age=300",
                "Cross-Origin-Resource-Policy": "cross-origin"})

        @sio.on("connect")
        async def connect(sid: Text, environ: Dict, auth: Optional[Dict] = None) -> bool:
            return True

        @sio.on("session_request")
        async def session_request(sid: Text, data: Optional[Dict] = None) -> None:
            requested = data.get("session_id") if isinstance(data, dict) else None
            session_id = requested if isinstance(requested, str) and _SESSION_ID.match(requested) \
                else uuid.uuid4().hex
            await sio.enter_room(sid, session_id)
            await sio.emit("session_confirm", session_id, room=sid)

        @sio.on(self.user_message_evt)
        async def handle_message(sid: Text, data: Any) -> Dict[str, Any]:
            if not isinstance(data, dict):
                return {"ok": False, "error": "bad_message"}
            session_id = data.get("session_id")
            # In a worker thread: scrubbing a long message must not hold up the event loop.
            text = await asyncio.get_running_loop().run_in_executor(None, clean_text, data.get("message"))
            if not isinstance(session_id, str) or not _SESSION_ID.match(session_id) \
                    or session_id not in sio.rooms(sid):
                return {"ok": False, "error": "no_session"}
            if text is None:
                return {"ok": False, "error": "bad_message"}
            message_id = data.get("message_id")
            message = UserMessage(
                text, SocketIOOutput(sio, self.bot_message_evt), session_id,
                input_channel=self.name(), metadata=safe_metadata(data.get(self.metadata_key)),
                message_id=message_id if isinstance(message_id, str) and _MESSAGE_ID.match(message_id) else None,
            )
            # A crisis is answered even when Rasa cannot process the turn (bot/runtime/crisis.py).
            await crisis.handle_or_answer_crisis(on_new_message, message, getattr(self._app_ctx, "agent", None))
            return {"ok": True, "text": text}

        return webchat
