"""REST and the widget's socket.io channel against the running Rasa server."""
from __future__ import annotations

import asyncio
import gzip
import json
import urllib.error
import urllib.request
import uuid
from typing import Any, Dict, List, Optional

import pytest
import websockets
import websockets.exceptions

from tests.channels.channel_harness import ALLOWED_ORIGIN, ROOT, ChannelBot

WIDGET = ROOT / "bot" / "webchat" / "kansenbot-widget.js"
WIDGET_BUDGET_BYTES = 30 * 1024


def channel_metadata(event: Dict[str, Any]) -> Dict[str, Any]:
    metadata = json.loads(event["data"]).get("metadata") or {}
    return {k: v for k, v in metadata.items() if k not in ("model_id", "assistant_id")}


# ---- REST

def test_rest_answers_and_stores_only_whitelisted_metadata(channel_bot: ChannelBot) -> None:
    sender = "rest-" + uuid.uuid4().hex
    status, replies = channel_bot.post_rest({
        "sender": sender, "message": "laptop", "input_channel": "botframework",
        "metadata": {"school": "voorbeeld-roc", "naam": "Jan de Vries", "email": "jan@example.nl", "rol": "baas"},
    })
    assert status == 200
    assert replies[0]["recipient_id"] == sender
    assert replies[0]["text"].startswith("Je kunt op school een laptop lenen.")
    event = channel_bot.wait_for_user_event(sender)[0]
    assert json.loads(event["data"])["input_channel"] == "rest"
    assert channel_metadata(event) == {"school": "voorbeeld-roc"}
    assert "Jan de Vries" not in channel_bot.tracker_dump()


def test_rest_scrubs_personal_data_from_the_text(channel_bot: ChannelBot) -> None:
    sender = "rest-" + uuid.uuid4().hex
    channel_bot.post_rest({"sender": sender, "message": "mijn mail is jan.devries@example.nl"})
    stored = json.loads(channel_bot.wait_for_user_event(sender)[0]["data"])["text"]
    assert "jan.devries@example.nl" not in stored


# The REST channel's other input checks (JSON, content type, empty, too long) are in
# tests/privacy/test_rest_input.py; here: what keeps the tracker store's keys free of personal data.
@pytest.mark.parametrize("body, complaint", [
    ({"sender": "jan@example.nl", "message": "hoi"}, "random id"),
    ({"sender": "Jan de Vries", "message": "hoi"}, "random id"),
    ({"message": "hoi"}, "random id"),
    ({"sender": "teams-" + "a" * 64, "message": "hoi"}, "may not start with"),
    ({"sender": "0612345678", "message": "hoi"}, "random id"),
    ({"sender": "sanne-devries-2007-x", "message": "hoi"}, "random id"),
    ({"sender": "student-2087654", "message": "hoi"}, "random id"),
    ({"sender": uuid.uuid4().hex, "message": 42}, '"message" must be a string'),
    ({"sender": uuid.uuid4().hex, "message": "hoi", "metadata": "school"}, '"metadata" must be a JSON object'),
])
def test_rest_refuses_bad_input_with_a_clear_400(channel_bot: ChannelBot, body: Any, complaint: str) -> None:
    status, answer = channel_bot.post_rest(body)
    assert status == 400
    assert complaint in answer["detail"]


# ---- widget assets

def _get(url: str) -> "tuple[int, Any, bytes]":
    with urllib.request.urlopen(url, timeout=10) as answer:
        return answer.status, answer.headers, answer.read()


def test_widget_is_served_small_and_without_third_party_references(channel_bot: ChannelBot) -> None:
    status, headers, body = _get(f"{channel_bot.url}/webchat/kansenbot-widget.js")
    assert status == 200
    assert headers["Content-Type"].startswith("text/javascript")
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert body == WIDGET.read_bytes()
    assert len(body) < WIDGET_BUDGET_BYTES, f"widget is {len(body)} bytes, budget {WIDGET_BUDGET_BYTES}"
    print(f"\nwidget: {len(body)} bytes, {len(gzip.compress(body))} bytes gzipped")
    source = body.decode()
    assert "innerHTML" not in source and "insertAdjacentHTML" not in source and "document.write" not in source
    assert "document.cookie" not in source
    assert "localStorage" not in source


def test_demo_page_is_served_with_a_strict_content_security_policy(channel_bot: ChannelBot) -> None:
    for path in ("/webchat/", "/webchat"):
        status, headers, body = _get(channel_bot.url + path)
        assert status == 200
        assert headers["Content-Type"].startswith("text/html")
        assert "default-src 'none'" in headers["Content-Security-Policy"]
        assert "connect-src 'self'" in headers["Content-Security-Policy"]
        assert b'<script src="/webchat/kansenbot-widget.js"' in body


# ---- socket.io

class WidgetClient:
    """What the widget does: Socket.IO v5 over an Engine.IO v4 WebSocket, spoken by hand.

    (python-socketio's own client needs a newer aiohttp than Rasa 3.6 allows.)
    """

    def __init__(self, bot: ChannelBot, origin: Optional[str] = None) -> None:
        self.url = bot.url.replace("http://", "ws://") + "/socket.io/?EIO=4&transport=websocket"
        self.origin = origin
        self.bot_messages: List[Dict[str, Any]] = []
        self._events: "asyncio.Queue[tuple]" = asyncio.Queue()
        self._acks: Dict[int, "asyncio.Future[Any]"] = {}
        self._next_ack = 0

    async def connect(self) -> None:
        headers = {"Origin": self.origin} if self.origin else {}
        self.ws = await websockets.connect(self.url, extra_headers=headers, open_timeout=10)
        opened = await asyncio.wait_for(self.ws.recv(), 10)
        assert opened.startswith("0{")
        await self.ws.send("40")
        assert (await asyncio.wait_for(self.ws.recv(), 10)).startswith("40{")
        self._reader = asyncio.ensure_future(self._read())

    async def _read(self) -> None:
        async for frame in self.ws:
            if frame == "2":
                await self.ws.send("3")
            elif frame.startswith("42"):
                name, *args = json.loads(frame[2:])
                if name == "bot_uttered":
                    self.bot_messages.append(args[0])
                await self._events.put((name, *args))
            elif frame.startswith("43"):
                digits = len(frame[2:]) - len(frame[2:].lstrip("0123456789"))
                self._acks.pop(int(frame[2:2 + digits])).set_result(json.loads(frame[2 + digits:])[0])

    async def emit(self, name: str, data: Any, ack: bool = False) -> Any:
        if not ack:
            return await self.ws.send("42" + json.dumps([name, data]))
        self._next_ack += 1
        future = self._acks[self._next_ack] = asyncio.get_running_loop().create_future()
        await self.ws.send(f"42{self._next_ack}" + json.dumps([name, data]))
        return await asyncio.wait_for(future, 30)

    async def start_session(self, session_id: Optional[str] = None) -> str:
        await self.emit("session_request", {"session_id": session_id})
        while True:
            name, *args = await asyncio.wait_for(self._events.get(), 10)
            if name == "session_confirm":
                return args[0]

    async def say(self, session_id: str, text: str, message_id: Optional[str] = None, **metadata: Any) -> Any:
        return await self.emit("user_uttered", {"message": text, "session_id": session_id,
                                                "message_id": message_id or uuid.uuid4().hex,
                                                "metadata": metadata}, ack=True)

    async def disconnect(self) -> None:
        await self.ws.close()
        self._reader.cancel()


def run(coroutine: Any) -> Any:
    return asyncio.run(coroutine)


def test_socket_from_a_foreign_web_site_is_refused(channel_bot: ChannelBot) -> None:
    async def scenario() -> None:
        client = WidgetClient(channel_bot, origin="https://evil.example")
        with pytest.raises(websockets.exceptions.InvalidStatusCode):
            await client.connect()
    run(scenario())


@pytest.mark.parametrize("origin", [ALLOWED_ORIGIN, None, "SELF"])
def test_socket_from_configured_origin_or_the_server_itself_is_accepted(channel_bot: ChannelBot,
                                                                         origin: Optional[str]) -> None:
    async def scenario() -> None:
        client = WidgetClient(channel_bot, origin=channel_bot.url if origin == "SELF" else origin)
        await client.connect()
        assert len(await client.start_session()) == 32
        await client.disconnect()
    run(scenario())


def test_widget_conversation_is_acknowledged_answered_and_stored_without_personal_metadata(
        channel_bot: ChannelBot) -> None:
    async def scenario() -> str:
        client = WidgetClient(channel_bot, origin=ALLOWED_ORIGIN)
        await client.connect()
        session_id = await client.start_session()
        message_id = uuid.uuid4().hex
        ack = await client.say(session_id, "laptop", message_id=message_id, school="voorbeeld-roc",
                               naam="Jan de Vries")
        assert ack == {"ok": True, "text": "laptop"}
        assert client.bot_messages[0]["text"].startswith("Je kunt op school een laptop lenen.")
        # The widget re-sends after a reconnect when the ack got lost: handled once, acknowledged again.
        assert await client.say(session_id, "laptop", message_id=message_id) == {"ok": True, "text": "laptop"}
        # The ack carries the text as it entered Kansenbot: that is what the widget keeps, not the typed text.
        ack = await client.say(session_id, "bel me op 06-12345678 of mail jan@example.nl")
        assert ack["ok"] is True and "[TELEFOON]" in ack["text"] and "[EMAIL]" in ack["text"]
        assert "12345678" not in ack["text"] and "jan@example.nl" not in ack["text"]
        await client.disconnect()
        return session_id

    session_id = run(scenario())
    users = channel_bot.wait_for_user_event(session_id, count=2)
    assert len(users) == 2
    assert json.loads(users[0]["data"])["input_channel"] == "socketio"
    assert channel_metadata(users[0]) == {"school": "voorbeeld-roc"}
    assert "Jan de Vries" not in channel_bot.tracker_dump()


def test_session_survives_a_reconnect_and_bad_session_ids_are_replaced(channel_bot: ChannelBot) -> None:
    async def scenario() -> None:
        first = WidgetClient(channel_bot)
        await first.connect()
        session_id = await first.start_session()
        await first.disconnect()

        again = WidgetClient(channel_bot)
        await again.connect()
        assert await again.start_session(session_id) == session_id
        assert await again.say(session_id, "hoi") == {"ok": True, "text": "hoi"}
        await again.disconnect()

        chosen = WidgetClient(channel_bot)
        await chosen.connect()
        replaced = await chosen.start_session("jan@example.nl")
        assert replaced != "jan@example.nl" and len(replaced) == 32
        # A socket cannot talk in a session it was not confirmed for.
        assert await chosen.say(session_id, "laptop") == {"ok": False, "error": "no_session"}
        await chosen.disconnect()
    run(scenario())


@pytest.mark.parametrize("origin, allowed", [(ALLOWED_ORIGIN, True), ("https://evil.example", False)])
def test_long_polling_fallback_honours_the_origin_policy_without_credentials(channel_bot: ChannelBot,
                                                                           origin: str, allowed: bool) -> None:
    request = urllib.request.Request(f"{channel_bot.url}/socket.io/?EIO=4&transport=polling",
                                     headers={"Origin": origin})
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            status, headers, body = answer.status, answer.headers, answer.read()
    except urllib.error.HTTPError as error:
        status, headers, body = error.code, error.headers, error.read()
    if allowed:
        assert status == 200 and body.startswith(b"0{")
        assert headers["Access-Control-Allow-Origin"] == origin
        assert headers.get("Access-Control-Allow-Credentials") is None
    else:
        assert status == 400
        assert headers.get("Access-Control-Allow-Origin") is None
