"""The tracker store's SQL runs in its own threads, not on the event loop (issue 12).

While one conversation's statement waits inside the database, the worker's event loop must serve the
others; concurrent saves must not lose or duplicate events; a conversation's lock must still cover its
write; a database error in a thread must still reach the channel as TrackerStoreUnavailable (its 503).
"""
from __future__ import annotations

import asyncio
import json
import sqlite3
import threading
import time

import pytest
import sqlalchemy as sa
from rasa.core.lock_store import InMemoryLockStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.storage.tracker_store import KansenbotTrackerStore, TrackerStoreUnavailable

HELD_SECONDS = 2.0  # how long a held statement waits at most (so a test without threads fails, not hangs)


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("KANSENBOT_SQLITE_PATH", str(tmp_path / "tracker.db"))
    monkeypatch.delenv("KANSENBOT_DB_URL", raising=False)
    monkeypatch.delenv("KANSENBOT_DB_HOST", raising=False)
    store = KansenbotTrackerStore(Domain.empty())
    yield store
    store.close()


def _turn(tracker: DialogueStateTracker, text: str) -> None:
    for event in (UserUttered(text, {"name": "geen_laptop", "confidence": 1.0}), ActionExecuted("utter_laptop"),
                  BotUttered(f"antwoord op {text}"), ActionExecuted("action_listen")):
        tracker.update(event)


def _stored_texts(store: KansenbotTrackerStore) -> dict:
    with sqlite3.connect(store.url.database) as connection:
        rows = connection.execute("SELECT sender_id, data FROM events ORDER BY id").fetchall()
    texts: dict = {}
    for sender, data in rows:
        event = json.loads(data)
        if event["event"] == "user":
            texts.setdefault(sender, []).append(event["text"])
    return texts


def _hold_statements(store: KansenbotTrackerStore, prefix: str):
    """Statements starting with ``prefix`` wait (in whatever thread runs them) until released."""
    entered, release = threading.Event(), threading.Event()
    seen = {}

    def hold(_connection, _cursor, statement, *_args):
        if statement.startswith(prefix):
            seen.update(thread=threading.current_thread().name, at=time.monotonic())
            entered.set()
            release.wait(HELD_SECONDS)

    sa.event.listen(store.single_statements, "before_cursor_execute", hold)
    return entered, release, seen


def test_the_event_loop_answers_while_a_save_waits_in_the_database(store):
    entered, release, seen = _hold_statements(store, "INSERT INTO events")
    tracker = DialogueStateTracker("held-student", [])
    _turn(tracker, "ik heb geen laptop")

    async def health() -> str:  # what /health does: no database, just the loop
        await asyncio.sleep(0)
        return "ok"

    async def scenario() -> float:
        save = asyncio.create_task(store.save(tracker))
        while not entered.is_set():
            await asyncio.sleep(0.002)
        assert await health() == "ok"
        waited = time.monotonic() - seen["at"]
        release.set()
        await save
        return waited

    try:
        waited = asyncio.run(scenario())
    finally:
        release.set()
    assert waited < 0.1, f"the event loop was blocked {waited:.2f} s by a save waiting in the database"
    assert seen["thread"].startswith("kansenbot-db")
    assert _stored_texts(store) == {"held-student": ["ik heb geen laptop"]}


def test_the_event_loop_answers_while_a_read_waits_in_the_database(store):
    tracker = DialogueStateTracker("reader", [])
    _turn(tracker, "hoi")
    asyncio.run(store.save(tracker))
    entered, release, seen = _hold_statements(store, "SELECT events.data")

    async def scenario() -> float:
        read = asyncio.create_task(store.retrieve("reader"))
        while not entered.is_set():
            await asyncio.sleep(0.002)
        await asyncio.sleep(0)
        waited = time.monotonic() - seen["at"]
        release.set()
        assert len((await read).events) == 4
        return waited

    try:
        waited = asyncio.run(scenario())
    finally:
        release.set()
    assert waited < 0.1, f"the event loop was blocked {waited:.2f} s by a read waiting in the database"


def test_concurrent_turns_of_many_students_overlap_in_the_database_and_lose_nothing(store):
    """20 students x 5 turns at once on SQLite (several threads, several connections, one file)."""
    in_flight, most = [0], [0]
    guard = threading.Lock()

    def started(*_args):
        with guard:
            in_flight[0] += 1
            most[0] = max(most[0], in_flight[0])
        time.sleep(0.002)  # widen the window in which another thread's statement can start

    def finished(*_args):
        with guard:
            in_flight[0] -= 1

    sa.event.listen(store.single_statements, "before_cursor_execute", started)
    sa.event.listen(store.single_statements, "after_cursor_execute", finished)

    async def student(number: int) -> None:
        sender = f"student-{number}"
        for turn in range(5):
            tracker = await store.retrieve(sender) or DialogueStateTracker(sender, [])
            _turn(tracker, f"{sender} vraag {turn}")
            await store.save(tracker)

    async def everyone() -> None:
        await asyncio.gather(*(student(number) for number in range(20)))

    asyncio.run(everyone())
    assert _stored_texts(store) == {f"student-{n}": [f"student-{n} vraag {t}" for t in range(5)] for n in range(20)}
    assert most[0] >= 2, "statements never overlapped: they still run one at a time on the event loop"


def test_the_conversation_lock_still_serialises_two_messages_of_one_student(store):
    """Two messages of one student at once: the lock store (as Rasa's processor takes it) keeps the second
    turn's read after the first turn's write, so each turn is stored once, in order."""
    locks = InMemoryLockStore()

    async def message(text: str) -> None:
        async with locks.lock("same-student"):
            tracker = await store.retrieve("same-student") or DialogueStateTracker("same-student", [])
            _turn(tracker, text)
            await store.save(tracker)

    async def both() -> None:
        await asyncio.gather(*(message(f"bericht {number}") for number in range(6)))

    asyncio.run(both())
    assert sorted(_stored_texts(store)["same-student"]) == [f"bericht {number}" for number in range(6)]
    assert len(asyncio.run(store.retrieve("same-student")).events) == 6 * 4


def test_a_cancelled_turn_holds_on_until_its_write_is_done(store):
    """A client that goes away cancels its request; the write already running in a thread cannot be stopped,
    so the turn (and with it the conversation's lock) ends only after the write, never while it is in flight."""
    entered, release, _seen = _hold_statements(store, "INSERT INTO events")
    tracker = DialogueStateTracker("gone", [])
    _turn(tracker, "ben je er nog")

    async def scenario() -> None:
        save = asyncio.create_task(store.save(tracker))
        while not entered.is_set():
            await asyncio.sleep(0.002)
        save.cancel()
        await asyncio.sleep(0.05)
        assert not save.done(), "the cancelled turn ended while its INSERT was still running"
        release.set()
        with pytest.raises(asyncio.CancelledError):
            await save

    try:
        asyncio.run(scenario())
    finally:
        release.set()
    assert _stored_texts(store) == {"gone": ["ben je er nog"]}


def test_a_database_error_in_a_thread_is_still_tracker_store_unavailable(store):
    tracker = DialogueStateTracker("outage", [])
    _turn(tracker, "hoi")
    asyncio.run(store.save(tracker))
    failed_in = []

    def fail(_connection, _cursor, statement, parameters, *_args):
        failed_in.append(threading.current_thread().name)
        # What SQLAlchemy raises for a failing statement: it carries the SQL and its parameters.
        raise sa.exc.OperationalError(statement, parameters, sqlite3.OperationalError("disk I/O error"))

    for engine in (store.single_statements, store.engine):  # keys() reads through Rasa's session
        sa.event.listen(engine, "before_cursor_execute", fail)
    _turn(tracker, "nog een vraag")
    try:
        for call in (lambda: store.save(tracker), lambda: store.retrieve("outage"), lambda: store.keys()):
            with pytest.raises(TrackerStoreUnavailable, match=r"unavailable \(OperationalError: disk I/O error\)") as error:
                asyncio.run(call())
            assert "INSERT" not in str(error.value) and "SELECT" not in str(error.value)  # no SQL in the message
            assert error.value.__cause__ is None and error.value.__suppress_context__
    finally:
        for engine in (store.single_statements, store.engine):
            sa.event.remove(engine, "before_cursor_execute", fail)
    assert len(failed_in) == 3 and all(name.startswith("kansenbot-db") for name in failed_in), failed_in


def test_keys_are_read_in_a_database_thread(store):
    for sender in ("a", "b"):
        tracker = DialogueStateTracker(sender, [])
        _turn(tracker, "hoi")
        asyncio.run(store.save(tracker))
    threads = []
    sa.event.listen(store.engine, "before_cursor_execute", lambda *_: threads.append(threading.current_thread().name))
    assert sorted(asyncio.run(store.keys())) == ["a", "b"]
    assert threads and all(name.startswith("kansenbot-db") for name in threads)


def test_close_ends_the_database_threads(store):
    tracker = DialogueStateTracker("closing", [])
    _turn(tracker, "doei")
    asyncio.run(store.save(tracker))
    threads = [thread for thread in threading.enumerate() if thread.name.startswith("kansenbot-db")]
    assert threads
    store.close()
    assert not any(thread.is_alive() for thread in threads)
    with pytest.raises(RuntimeError):  # a request after the server stopped gets no thread
        asyncio.run(store.retrieve("closing"))


def test_an_event_broker_still_gets_each_new_event_once_and_scrubbed(tmp_path, monkeypatch):
    """stream_events reads the stored tracker (now in a database thread) to find what is new."""
    from rasa.core.brokers.broker import EventBroker

    class Collecting(EventBroker):
        def __init__(self) -> None:
            self.published = []

        def publish(self, event) -> None:
            self.published.append(event)

    monkeypatch.setenv("KANSENBOT_SQLITE_PATH", str(tmp_path / "tracker.db"))
    monkeypatch.delenv("KANSENBOT_DB_URL", raising=False)
    monkeypatch.delenv("KANSENBOT_DB_HOST", raising=False)
    broker = Collecting()
    store = KansenbotTrackerStore(Domain.empty(), event_broker=broker)
    try:
        tracker = DialogueStateTracker("broker-student", [])
        _turn(tracker, "mail me op jan@school.nl")
        asyncio.run(store.save(tracker))
        tracker = asyncio.run(store.retrieve("broker-student"))
        _turn(tracker, "dank je")
        asyncio.run(store.save(tracker))
    finally:
        store.close()
    users = [event["text"] for event in broker.published if event["event"] == "user"]
    assert users == ["mail me op [EMAIL]", "dank je"]
    assert len(broker.published) == 8 and {event["sender_id"] for event in broker.published} == {"broker-student"}
