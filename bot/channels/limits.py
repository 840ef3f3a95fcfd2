"""Size and shape limits for what the channels accept, enforced before anything is parsed or buffered.

- Sanic (21.12, the version Rasa 3.6 pins) buffers a request body up to ``REQUEST_MAX_SIZE`` (100 MB by
  default) before a handler sees it. Rasa creates its Sanic app in ``rasa.core.run.configure_app`` and
  gives channels no hook into it, but every channel's blueprint can register a server listener, which
  receives the app. Each Kansenbot channel (REST, Teams, the widget's socket.io) calls ``enforce`` on its
  blueprint, so whatever channels credentials.yml configures, the listener sets
  ``REQUEST_MAX_SIZE`` to the largest channel limit and ``WEBSOCKET_MAX_SIZE`` to the widget's packet
  limit before the server accepts connections. Sanic then answers 413 from the Content-Length header
  (or as soon as a chunked body passes the limit) without reading the rest.
- ``drain_refused_body``: a client still sending a refused body would get a connection reset instead of
  the 413 (Sanic closes the socket with unread data, so the kernel answers with RST, and clients such as
  urllib or requests fail while sending, before they read the answer). The 413 handler first reads and
  discards the rest of the body, bounded in bytes and seconds (a "lingering close", as nginx does), so
  the client reads the Dutch 413 text. Nothing is buffered or kept; past the bounds the socket is closed.
- ``parse_json_body``: size first, then nesting depth in one linear pass over the bytes (no recursion),
  then ``json.loads``; "[[[[..." or '{"a":{"a":...' deeper than ``MAX_JSON_DEPTH`` is refused with a
  clear error instead of a RecursionError.
"""
from __future__ import annotations

import asyncio
import itertools
import json
import re
from typing import Any

from sanic.exceptions import PayloadTooLarge

# The largest request each channel accepts. A REST message is at most KANSENBOT_MAX_MESSAGE_CHARS (2000)
# characters plus a sender and whitelisted metadata; Teams activities carry more (entities, channelData).
REST_MAX_BODY_BYTES = 64 * 1024
TEAMS_MAX_BODY_BYTES = 256 * 1024
WEBCHAT_MAX_PACKET_BYTES = 64 * 1024
REQUEST_MAX_SIZE = max(REST_MAX_BODY_BYTES, TEAMS_MAX_BODY_BYTES, WEBCHAT_MAX_PACKET_BYTES)
# A refused body is read and thrown away up to this size and time, then the socket is closed: enough for
# an honest client's mistake (a pasted document), too little for a client to hold a connection open.
DRAIN_MAX_BYTES = 4 * 1024 * 1024
DRAIN_MAX_SECONDS = 5.0
# Real bodies nest 4-6 levels (a Teams activity: activity > entities > [ ] > entity > ...).
MAX_JSON_DEPTH = 32

_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"')
_NOT_A_BRACKET = re.compile(rb"[^\[\]{}]")
_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}


class BodyError(ValueError):
    """The body cannot be accepted; ``code`` says why: too_large, too_deep or invalid_json."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


def json_depth(raw: bytes) -> int:
    """How deeply ``raw`` nests arrays and objects (brackets inside strings do not count). Linear time."""
    brackets = _NOT_A_BRACKET.sub(b"", _STRING.sub(b'""', raw))
    if not brackets:
        return 0
    return max(itertools.accumulate(_STEP[byte] for byte in brackets))


def parse_json_body(raw: bytes, max_bytes: int, max_depth: int = MAX_JSON_DEPTH) -> Any:
    if len(raw) > max_bytes:
        raise BodyError("too_large", f"the request body is larger than {max_bytes // 1024} KB")
    if json_depth(raw) > max_depth:
        raise BodyError("too_deep", f"the JSON nests deeper than {max_depth} levels")
    try:
        return json.loads(raw or b"")
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise BodyError("invalid_json", "the request body is not valid JSON") from None


def enforce(blueprint: Any) -> None:
    """Cap Sanic's request and websocket sizes for the whole server (see the module docstring)."""

    async def cap_request_sizes(app: Any, _loop: Any) -> None:
        app.config.REQUEST_MAX_SIZE = min(int(app.config.REQUEST_MAX_SIZE), REQUEST_MAX_SIZE)
        app.config.WEBSOCKET_MAX_SIZE = min(int(app.config.WEBSOCKET_MAX_SIZE), WEBCHAT_MAX_PACKET_BYTES)

    blueprint.listener("before_server_start")(cap_request_sizes)


async def drain_refused_body(request: Any, max_bytes: int = DRAIN_MAX_BYTES, max_seconds: float = DRAIN_MAX_SECONDS) -> int:
    """Read and discard the rest of a body Sanic refused as too large; returns the bytes read (see the
    module docstring). Never raises: past ``max_bytes`` or ``max_seconds`` Sanic closes the connection."""
    stream = getattr(request, "stream", None)
    if stream is None or not getattr(stream, "request_body", None):
        return 0
    # Sanic's Http reads on while request_bytes (Content-Length, or the chunks so far) stays under this
    # limit; after the handler it lowers the limit again, so a body that is not drained is still refused.
    stream.request_max_size = max_bytes
    read = 0

    async def discard() -> None:
        nonlocal read
        async for chunk in stream:
            read += len(chunk)

    try:
        await asyncio.wait_for(discard(), max_seconds)
    except (PayloadTooLarge, asyncio.TimeoutError):
        pass
    return read
