"""Delete whole conversations whose last event is older than a number of days (the retention purge).

Used by the running server (bot/storage/tracker_store.py, once a day) and by `make purge`
(bot/privacy/retention.py). It lives apart from both so that neither imports the other.
"""
from __future__ import annotations

import time
from typing import Optional

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore


def purge_conversations(engine: sa.engine.Engine, days: float, now: Optional[float] = None) -> int:
    """Delete every conversation (all its events) whose most recent event is older than ``days`` days."""
    if days <= 0:
        raise ValueError("retention must be a positive number of days")
    cutoff = (time.time() if now is None else now) - days * 86400
    events = SQLTrackerStore.SQLEvent.__table__
    SQLTrackerStore.Base.metadata.create_all(engine)
    stale = (
        sa.select(events.c.sender_id)
        .group_by(events.c.sender_id)
        .having(sa.func.max(events.c.timestamp) < cutoff)
    )
    with engine.begin() as connection:
        senders = [row[0] for row in connection.execute(stale)]
        for start in range(0, len(senders), 500):
            chunk = senders[start : start + 500]
            connection.execute(events.delete().where(events.c.sender_id.in_(chunk)))
    return len(senders)
