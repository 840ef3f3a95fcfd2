"""Clients that behave like Kansenbot's real ones, for the scale-out test: they retry the way the widget does.

- ``RestConversation``: POSTs each message with an ``Idempotency-Key`` (a random id per message) and, when
  the connection breaks or a proxy/server error comes back, sends the same message with the same key again.
- ``WidgetConversation``: Socket.IO v5 over Engine.IO v4 by hand, like bot/webchat/kansenbot-widget.js:
  WebSocket or HTTP long-polling, ``session_request`` with the conversation's session id, every message
  with a ``message_id`` and an acknowledgement; when the connection drops before the acknowledgement, it
  connects again (a new engine.io session, possibly on another replica), asks for the same session and
  sends the unacknowledged message again with the same id.

Each records, per message, how many times it had to send it and which bot texts arrived in answer.
"""
from __future__ import annotations

import asyncio
import json
import ssl
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

import aiohttp
import websockets


@dataclass
class Turn:
    text: str
    message_id: str = field(default_factory=lambda: uuid.uuid4().hex[:24])
    attempts: int = 0
    answers: List[str] = field(default_factory=list)
    answered_at: Optional[float] = None
    problems: List[str] = field(default_factory=list)


class RestConversation:
    def __init__(self, base_url: str, sender: str, context: ssl.SSLContext, timeout: float = 45) -> None:
        self.url = f"{base_url}/webhooks/rest/webhook"
        self.sender = sender
        self.context = context
        self.timeout = timeout
        self.turns: List[Turn] = []

    async def say(self, session: aiohttp.ClientSession, text: str, max_attempts: int = 4) -> Turn:
        turn = Turn(text)
        self.turns.append(turn)
        while turn.attempts < max_attempts and turn.answered_at is None:
            turn.attempts += 1
            try:
                async with session.post(self.url, json={"sender": self.sender, "message": text},
                                        headers={"Idempotency-Key": turn.message_id}, ssl=self.context,
                                        timeout=aiohttp.ClientTimeout(total=self.timeout)) as response:
                    body = await response.text()
                    if response.status == 200:
                        turn.answers = [message.get("text", "") for message in json.loads(body)]
                        turn.answered_at = time.monotonic()
                    else:
                        turn.problems.append(f"HTTP {response.status}")
            except (aiohttp.ClientError, asyncio.TimeoutError, ConnectionError) as error:
                turn.problems.append(type(error).__name__)
            if turn.answered_at is None:
                await asyncio.sleep(0.5)  # the widget waits about a second before it reconnects
        return turn


class ConnectionLost(Exception):
    pass


class _Transport:
    """One engine.io session: WebSocket or long-polling. ``packets`` yields socket.io packets (text)."""

    def __init__(self, base_url: str, polling: bool, context: ssl.SSLContext, http: aiohttp.ClientSession) -> None:
        self.base_url = base_url
        self.polling = polling
        self.context = context
        self.http = http
        self.sid = ""
        self.incoming: "asyncio.Queue[Optional[str]]" = asyncio.Queue()
        self._tasks: List[asyncio.Task] = []
        self._ws: Any = None

    def _url(self, transport: str) -> str:
        url = f"{self.base_url}/socket.io/?EIO=4&transport={transport}&t={uuid.uuid4().hex[:8]}"
        return url + (f"&sid={self.sid}" if self.sid else "")

    async def open(self) -> None:
        if self.polling:
            async with self.http.get(self._url("polling"), ssl=self.context) as response:
                if response.status != 200:
                    raise ConnectionLost(f"handshake HTTP {response.status}")
                first = (await response.text()).split("\x1e")[0]
            self._engine_open(first)
            self._tasks.append(asyncio.ensure_future(self._poll()))
        else:
            url = self._url("websocket").replace("https://", "wss://")
            self._ws = await websockets.connect(url, ssl=self.context, open_timeout=15, ping_interval=None)
            self._engine_open(await asyncio.wait_for(self._ws.recv(), 15))
            self._tasks.append(asyncio.ensure_future(self._read_ws()))
        await self.send("40")

    def _engine_open(self, packet: str) -> None:
        if not packet.startswith("0{"):
            raise ConnectionLost(f"unexpected engine.io open packet {packet[:40]!r}")
        self.sid = json.loads(packet[1:])["sid"]

    async def _engine(self, packet: str) -> None:
        if packet == "2":
            await self.send("3")
        elif packet.startswith("4"):
            await self.incoming.put(packet[1:])
        elif packet == "1":
            raise ConnectionLost("engine.io close")

    async def _poll(self) -> None:
        try:
            while True:
                async with self.http.get(self._url("polling"), ssl=self.context,
                                         timeout=aiohttp.ClientTimeout(total=60)) as response:
                    if response.status != 200:
                        raise ConnectionLost(f"poll HTTP {response.status}")
                    for packet in (await response.text()).split("\x1e"):
                        await self._engine(packet)
        except Exception:  # noqa: BLE001 - any failure ends this engine.io session
            await self.incoming.put(None)

    async def _read_ws(self) -> None:
        try:
            async for frame in self._ws:
                await self._engine(frame)
        except Exception:  # noqa: BLE001
            pass
        await self.incoming.put(None)

    async def send(self, packet: str) -> None:
        try:
            if self.polling:
                async with self.http.post(self._url("polling"), data=packet.encode(), ssl=self.context,
                                          headers={"Content-Type": "text/plain;charset=UTF-8"},
                                          timeout=aiohttp.ClientTimeout(total=30)) as response:
                    if response.status != 200:
                        raise ConnectionLost(f"post HTTP {response.status}")
            else:
                await self._ws.send(packet)
        except ConnectionLost:
            raise
        except Exception as error:  # noqa: BLE001
            raise ConnectionLost(type(error).__name__) from None

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        if self._ws is not None:
            try:
                await asyncio.wait_for(self._ws.close(), 2)
            except Exception:  # noqa: BLE001
                pass


class WidgetConversation:
    def __init__(self, base_url: str, polling: bool, context: ssl.SSLContext) -> None:
        self.base_url = base_url
        self.polling = polling
        self.context = context
        self.session_id = uuid.uuid4().hex  # the widget keeps one in sessionStorage
        self.turns: List[Turn] = []
        self.connections = 0
        self.replicas: List[str] = []  # the engine.io sid prefix of each connection
        self._transport: Optional[_Transport] = None
        self._acks: Dict[int, "asyncio.Future[Any]"] = {}
        self._next_ack = 0
        self._current: Optional[Turn] = None
        self._reader: Optional[asyncio.Task] = None

    @property
    def transport_name(self) -> str:
        return "polling" if self.polling else "websocket"

    async def _connect(self, http: aiohttp.ClientSession) -> None:
        transport = _Transport(self.base_url, self.polling, self.context, http)
        await transport.open()
        self._transport = transport
        self.connections += 1
        self.replicas.append(transport.sid.split(".")[0] if "." in transport.sid else "")
        confirmed: "asyncio.Future[str]" = asyncio.get_running_loop().create_future()
        self._reader = asyncio.ensure_future(self._read(transport, confirmed))
        await transport.send("42" + json.dumps(["session_request", {"session_id": self.session_id}]))
        if await asyncio.wait_for(confirmed, 20) != self.session_id:
            raise ConnectionLost("session not confirmed")

    async def _read(self, transport: _Transport, confirmed: "asyncio.Future[str]") -> None:
        while True:
            packet = await transport.incoming.get()
            if packet is None:
                break
            if packet.startswith("2"):
                name, *args = json.loads(packet[1:])
                if name == "session_confirm" and not confirmed.done():
                    confirmed.set_result(args[0])
                elif name == "bot_uttered" and self._current is not None:
                    self._current.answers.append((args[0] or {}).get("text", ""))
            elif packet.startswith("3"):
                digits = len(packet[1:]) - len(packet[1:].lstrip("0123456789"))
                future = self._acks.pop(int(packet[1:1 + digits]), None)
                if future is not None and not future.done():
                    future.set_result(json.loads(packet[1 + digits:])[0])
        for future in self._acks.values():
            if not future.done():
                future.set_exception(ConnectionLost("connection lost before the acknowledgement"))
        if not confirmed.done():
            confirmed.set_exception(ConnectionLost("connection lost before the session was confirmed"))

    async def _disconnect(self) -> None:
        if self._transport is not None:
            await self._transport.close()
        if self._reader is not None:
            self._reader.cancel()
        self._transport = None

    async def say(self, http: aiohttp.ClientSession, text: str, max_attempts: int = 4, timeout: float = 45) -> Turn:
        turn = Turn(text)
        self.turns.append(turn)
        self._current = turn
        connect_failures = 0
        while turn.attempts < max_attempts and turn.answered_at is None and connect_failures < 10:
            try:
                if self._transport is None:
                    try:
                        await self._connect(http)
                    except BaseException:
                        connect_failures += 1
                        raise
                turn.attempts += 1
                self._next_ack += 1
                ack = self._acks[self._next_ack] = asyncio.get_running_loop().create_future()
                payload = {"message": text, "session_id": self.session_id, "message_id": turn.message_id,
                           "metadata": {}}
                await self._transport.send(f"42{self._next_ack}" + json.dumps(["user_uttered", payload]))
                result = await asyncio.wait_for(ack, timeout)
                # {"ok": true, "text": <the text as stored, scrubbed>} (bot/channels/webchat.py)
                if not (isinstance(result, dict) and result.get("ok") is True):
                    turn.problems.append(f"ack {result}")
                    await self._disconnect()
                    continue
                turn.answered_at = time.monotonic()
            except (ConnectionLost, asyncio.TimeoutError, OSError, aiohttp.ClientError,
                    websockets.exceptions.WebSocketException) as error:
                turn.problems.append(f"{type(error).__name__}: {error}"[:120])
                await self._disconnect()
                await asyncio.sleep(0.5)
        return turn

    async def close(self) -> None:
        await self._disconnect()
