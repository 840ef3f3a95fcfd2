"""The retention purge: delete every event older than a number of days, in every conversation.

Used by the running server (bot/storage/tracker_store.py, once at start and then every
KANSENBOT_PURGE_INTERVAL_SECONDS) and by `make purge` (bot/privacy/retention.py). It lives apart from both
so that neither imports the other (tests/unit/test_import_graph.py).
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Optional

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore

from bot.storage import database

EVENTS = SQLTrackerStore.SQLEvent.__table__
# Rasa's table has an index on sender_id only; the purge looks events up by age.
TIMESTAMP_INDEX = sa.Index("ix_events_timestamp", EVENTS.c.timestamp)
# Rows per delete statement: each batch is its own short transaction, so the bot keeps writing meanwhile.
PURGE_BATCH_ROWS = 5000


@dataclass(frozen=True)
class PurgeResult:
    """What a purge deleted (or, in a dry run, would delete)."""

    events: int
    conversations: int
    dry_run: bool = False

    def describe(self, days: float) -> str:
        verb = "would delete" if self.dry_run else "deleted"
        return (f"{verb} {self.events} event(s) older than {days:g} day(s) "
                f"from {self.conversations} conversation(s)")


def prepare_schema(engine: sa.engine.Engine) -> None:
    """Rasa's events table, plus the timestamp index the purge needs (added to existing databases too)."""
    with database.schema_change(engine) as connection:
        SQLTrackerStore.Base.metadata.create_all(connection)
        TIMESTAMP_INDEX.create(connection, checkfirst=True)


def purge_events(engine: sa.engine.Engine, days: float, now: Optional[float] = None,
                 dry_run: bool = False, batch_rows: int = PURGE_BATCH_ROWS) -> PurgeResult:
    """Delete every event older than ``days`` days, in every conversation, also one that is still going on.

    The conversation goes on from the events that are left: Rasa's SQL store reads a conversation from
    its latest ``session_started`` event, or all its events when that one is gone too (it is older than
    the events after it, so it goes first). Deleting runs in batches of ``batch_rows`` rows, each in its
    own transaction, using the timestamp index.
    """
    if days <= 0:
        raise ValueError("retention must be a positive number of days")
    cutoff = (time.time() if now is None else now) - days * 86400
    if dry_run and not sa.inspect(engine).has_table(EVENTS.name):
        return PurgeResult(0, 0, dry_run=True)
    if not dry_run:
        prepare_schema(engine)
    stale = EVENTS.c.timestamp < cutoff
    with engine.connect() as connection:
        conversations = connection.execute(
            sa.select(sa.func.count(sa.distinct(EVENTS.c.sender_id))).where(stale)).scalar() or 0
        if dry_run:
            events = connection.execute(sa.select(sa.func.count()).select_from(EVENTS).where(stale)).scalar() or 0
            return PurgeResult(events, conversations, dry_run=True)
    deleted = 0
    batch = sa.select(EVENTS.c.id).where(stale).limit(batch_rows)
    while True:
        with engine.begin() as connection:
            count = connection.execute(EVENTS.delete().where(EVENTS.c.id.in_(batch))).rowcount
        deleted += count
        if count < batch_rows:
            break
    if deleted and engine.dialect.name == "sqlite":
        # secure_delete (bot/storage/database.py) zeroes deleted rows in the database file; the WAL file
        # still holds copies of the pages until a checkpoint, so truncate it now.
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return PurgeResult(deleted, conversations)
