"""End to end: the web widget's socket.io channel, and what the servers write to their logs."""
from __future__ import annotations

import queue
import sqlite3
import uuid

import pytest
import socketio

from tests.support import RunningBot, domain_response_texts

pytestmark = pytest.mark.e2e


def _socketio_exchange(url: str, session_id: str, text: str) -> dict:
    # The synchronous client over long-polling: python-engineio's asyncio client needs a newer aiohttp
    # than Rasa 3.6 pins. The widget itself uses WebSocket with polling as fallback; both reach the
    # same Rasa handlers.
    client = socketio.Client()
    confirmed: "queue.Queue[str]" = queue.Queue()
    replies: "queue.Queue[dict]" = queue.Queue()
    client.on("session_confirm", confirmed.put)
    client.on("bot_uttered", replies.put)
    client.connect(url, socketio_path="socket.io", transports=["polling"], wait_timeout=30)
    try:
        client.emit("session_request", {"session_id": session_id})
        assert confirmed.get(timeout=30) == session_id
        client.emit("user_uttered", {"message": text, "session_id": session_id})
        return replies.get(timeout=30)
    finally:
        client.disconnect()


def test_hoi_over_socketio_is_answered_and_kept_under_the_widgets_session_id(running_bot: RunningBot) -> None:
    session_id = uuid.uuid4().hex

    reply = _socketio_exchange(running_bot.socketio_url, session_id, "hoi")

    assert reply.get("text") in domain_response_texts("utter_greet")
    # session_persistence: the widget's session id is the conversation id, so a page reload continues it.
    with sqlite3.connect(running_bot.tracker_db) as db:
        senders = {row[0] for row in db.execute("SELECT DISTINCT sender_id FROM events")}
    assert session_id in senders


def test_message_text_is_not_written_to_the_server_logs(running_bot: RunningBot) -> None:
    secret = f"mijn wachtwoord is zebra{uuid.uuid4().hex[:8]}"
    running_bot.send_rest(f"log-{uuid.uuid4().hex}", secret)
    running_bot.send_rest(f"log-{uuid.uuid4().hex}", f"hoi {secret}")

    log = running_bot.log_path.read_text(errors="replace")
    assert "zebra" not in log, "a user's message text appeared in the Rasa or action server log"
