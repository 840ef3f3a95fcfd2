"""Rasa's SQL tracker store queries, built once: the same rows, less work per turn.

Every turn Rasa 3.6's ``SQLTrackerStore`` reads the conversation's events since its last session start
(``_retrieve``) and, before saving, counts them again to know which events are new
(``_additional_events``). It builds both as ORM queries each time, loads ORM objects for rows it only
reads one column of, and counts through ``Query.count()``, which wraps the full row query (JSON column
included) in a subquery. Profiled with scripts/profile_turn.py that was about 3 ms of a turn's CPU.

Here the same SQL conditions are Core statements built once: the ``data`` column only, ordered by id, and
``count(*)`` without reading the rows. Same events in the same order, same count, hence the same tracker
and the same saved events (tests/privacy/test_tracker_store.py compares them with Rasa's queries).
"""
from __future__ import annotations

import itertools
import json
import logging
from typing import Any, Iterator, List, Optional, Text

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker

logger = logging.getLogger(__name__)

_events = SQLTrackerStore.SQLEvent.__table__
_sender = sa.bindparam("sender_id")
_session_start = (
    sa.select(sa.func.max(_events.c.timestamp))
    .where(_events.c.sender_id == _sender, _events.c.type_name == SessionStarted.type_name)
    .scalar_subquery()
)
# Rasa's _event_query(fetch_events_from_all_sessions=False): events at or after the latest session start,
# or all events when the conversation has no session start.
_since_session_start = sa.and_(
    _events.c.sender_id == _sender,
    sa.or_(_events.c.timestamp >= _session_start, _session_start.is_(None)),
)
EVENTS_SINCE_SESSION_START = sa.select(_events.c.data).where(_since_session_start).order_by(_events.c.id)
ALL_EVENTS = sa.select(_events.c.data).where(_events.c.sender_id == _sender).order_by(_events.c.id)
COUNT_SINCE_SESSION_START = sa.select(sa.func.count()).select_from(_events).where(_since_session_start)


class CompiledEventQueries:
    """Mix into a ``SQLTrackerStore`` subclass (before SQLTrackerStore in the bases)."""

    engine: sa.engine.Engine
    # The same database in autocommit mode (database.create_engine): a read is one round trip.
    single_statements: sa.engine.Engine
    domain: Any

    def _stored_event_data(self, sender_id: Text, fetch_events_from_all_sessions: bool) -> List[str]:
        """The serialised events Rasa's ``_retrieve`` reads (blocking: the store calls it in a thread)."""
        statement = ALL_EVENTS if fetch_events_from_all_sessions else EVENTS_SINCE_SESSION_START
        with self.single_statements.connect() as connection:
            return connection.execute(statement, {"sender_id": sender_id}).scalars().all()

    def _tracker_from_rows(self, sender_id: Text, rows: List[str]) -> Optional[DialogueStateTracker]:
        if self.domain and rows:
            return DialogueStateTracker.from_dict(sender_id, [json.loads(data) for data in rows], self.domain.slots)
        return None

    @staticmethod
    def _stored_event_count(session: Any, sender_id: Text) -> int:
        """How many events of the conversation's latest session are in the database (Rasa's count)."""
        return session.execute(COUNT_SINCE_SESSION_START, {"sender_id": sender_id}).scalar() or 0

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator:
        stored = self._stored_event_count(session, tracker.sender_id)
        return itertools.islice(tracker.events, stored, len(tracker.events))
