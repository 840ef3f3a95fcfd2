"""Make Sanic 21.12's WebSocket ``recv`` work on Python 3.11 (the widget's socket.io transport).

Rasa 3.6 pins Sanic 21.12, whose ``WebsocketImplProtocol.recv`` hands a bare coroutine to
``asyncio.wait``. Python 3.11 forbids that, so every WebSocket closes as soon as the client sends its
first frame, and socket.io clients (the widget) cannot connect over WebSocket. Sanic 22 wraps the
coroutine in a task; this module applies the same one-line fix to the pinned version and does nothing
on any other version.
"""
from __future__ import annotations

import asyncio
import sys
from typing import Any, Optional

import sanic
from sanic.exceptions import ServerError
from sanic.server.websockets.impl import CLOSED, WebsocketClosed, WebsocketImplProtocol

_APPLIES = sanic.__version__.startswith("21.12.") and sys.version_info >= (3, 11)


async def _recv(self: WebsocketImplProtocol, timeout: Optional[float] = None) -> Any:
    # Sanic 21.12.2's recv, with the assembler's coroutine wrapped in a task.
    if self.recv_lock.locked():
        raise ServerError("cannot call recv while another task is already waiting for the next message")
    await self.recv_lock.acquire()
    if self.connection.state is CLOSED:
        self.recv_lock.release()
        raise WebsocketClosed("Cannot receive from websocket interface after it is closed.")
    try:
        self.recv_cancel = asyncio.Future()
        done, pending = await asyncio.wait(
            (self.recv_cancel, asyncio.ensure_future(self.assembler.get(timeout))),
            return_when=asyncio.FIRST_COMPLETED,
        )
        done_task = next(iter(done))
        if done_task is self.recv_cancel:
            for task in pending:
                task.cancel()
            raise asyncio.CancelledError()
        self.recv_cancel.cancel()
        return done_task.result()
    finally:
        self.recv_cancel = None
        self.recv_lock.release()


def apply() -> bool:
    """Patch once; returns whether the pinned, broken version was found."""
    if _APPLIES and WebsocketImplProtocol.recv is not _recv:
        WebsocketImplProtocol.recv = _recv  # type: ignore[method-assign]
    return _APPLIES
