"""bot/storage/event_queries.py reads and counts exactly what Rasa's own SQLTrackerStore queries do."""
from __future__ import annotations

import asyncio
import time

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.storage.event_queries import CompiledEventQueries
from bot.storage.tracker_store import KansenbotTrackerStore


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("KANSENBOT_SQLITE_PATH", str(tmp_path / "tracker.db"))
    monkeypatch.delenv("KANSENBOT_DB_URL", raising=False)
    monkeypatch.delenv("KANSENBOT_DB_HOST", raising=False)
    return KansenbotTrackerStore(Domain.empty())


def _turn(tracker: DialogueStateTracker, at: float, text: str) -> None:
    for offset, event in enumerate([UserUttered(text, {"name": "greet", "confidence": 1.0}),
                                    ActionExecuted("utter_greet"), BotUttered("Hoi!"), ActionExecuted("action_listen")]):
        event.timestamp = at + offset
        tracker.update(event)


def _rasa_count(store: KansenbotTrackerStore, tracker: DialogueStateTracker) -> int:
    with store.session_scope() as session:
        return len(tracker.events) - len(list(SQLTrackerStore._additional_events(store, session, tracker)))


def _ours_count(store: KansenbotTrackerStore, tracker: DialogueStateTracker) -> int:
    # The compiled count itself. KansenbotTrackerStore._store_new_events starts at the number of events the
    # tracker was read or last saved with (counting only other trackers), so that a retention purge between
    # reading and saving cannot make it store events twice (tests/privacy/test_tracker_store.py).
    with store.session_scope() as session:
        return len(tracker.events) - len(list(CompiledEventQueries._additional_events(store, session, tracker)))


@pytest.mark.parametrize("sessions", [0, 1, 2])
def test_same_events_and_same_count_as_rasas_orm_queries(store, sessions):
    sender = f"s{sessions}"
    tracker = DialogueStateTracker(sender, [])
    now = time.time()
    for number in range(sessions + 1):
        if number:  # a new session: Rasa reads only the events from here on
            for event in (ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")):
                event.timestamp = now + number * 100
                tracker.update(event)
        _turn(tracker, now + number * 100 + 1, f"hoi {number}")
        asyncio.run(store.save(tracker))

    for all_sessions in (False, True):
        ours = asyncio.run(store._retrieve(sender, all_sessions))
        rasas = asyncio.run(SQLTrackerStore._retrieve(store, sender, all_sessions))
        assert [event.as_dict() for event in ours.events] == [event.as_dict() for event in rasas.events]
    assert _ours_count(store, tracker) == _rasa_count(store, tracker)
    # A turn that is not saved yet: both see the same new events.
    _turn(tracker, now + 1000, "nog een vraag")
    assert _ours_count(store, tracker) == _rasa_count(store, tracker)
    assert asyncio.run(store._retrieve("nobody", False)) is None
