"""Kansenbot's tracker store: Rasa's SQL store that never stores personal data and forgets old conversations.

Wired in endpoints.yml as ``type: bot.storage.tracker_store.KansenbotTrackerStore``. Database choice by
environment: see bot/storage/database.py (SQLite under var/ by default, PostgreSQL via KANSENBOT_DB_*).

Why a subclass and not the channels alone: the channels scrub text before Rasa sees it, but events also
arrive through the HTTP API (``POST /conversations/<id>/tracker/events``, ``/messages``), through actions
that echo user text into slots, and through channel metadata. Scrubbing at the moment of storage covers
every path (defence in depth).

Differences from ``SQLTrackerStore``:
- every event is scrubbed (bot/privacy/events.py) before it is written;
- the database is reached within bounded time: at start it retries for KANSENBOT_DB_CONNECT_TIMEOUT seconds
  and then stops the server with a clear message (Rasa's own store retries forever); later failures raise
  ``TrackerStoreUnavailable`` at once, without SQL or message text in the error;
- retention per event: every event older than KANSENBOT_RETENTION_DAYS is deleted, also in conversations
  that are still going on, once at start and then every KANSENBOT_PURGE_INTERVAL_SECONDS (a day) while
  the server runs. A conversation goes on from the events that are left (see ``_store_new_events``);
- an index on the events' timestamp, so the purge does not scan the whole table (bot/storage/purge.py);
- the latest session's events are read and counted with queries built once, and a turn's new events are
  written in one multi-row INSERT (bot/storage/event_queries.py: measured hot spots of a turn);
- a turn is two round trips to the database, each a single statement in autocommit mode: the read and
  the INSERT (no BEGIN/COMMIT/ROLLBACK, no pool pre-ping, no count of a tracker whose stored events are
  known);
- every statement runs in one of the store's own threads (KANSENBOT_DB_THREADS), never on the event loop:
  while one conversation waits for SQLite or PostgreSQL, the worker serves the others (see ``run_blocking``);
- every stored turn is also counted for the anonymous team insights (bot/insights/recorder.py): in
  memory, written in batches from a worker thread, so the retention purge does not erase the trends.
"""
from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, ClassVar, Dict, Iterable, List, Optional, Sequence, Text, TypeVar

import sqlalchemy as sa
import sqlalchemy.exc
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore, TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from bot.insights.recorder import InsightRecorder
from bot.privacy.events import scrub_event
from bot.privacy.scrubber import remember_labels
from bot.privacy.retention import purge_interval_seconds, retention_days
from bot.storage import database
from bot.storage.event_queries import CompiledEventQueries
from bot.storage.purge import PurgeResult, prepare_schema, purge_events

logger = logging.getLogger(__name__)

# How many of a tracker's events are in the database, as far as this process knows (see _store_new_events).
_STORED_EVENTS = "_kansenbot_stored_events"

T = TypeVar("T")


class TrackerStoreUnavailable(ConnectionError):
    """The conversation database cannot be reached or did not answer in time."""


class KansenbotTrackerStore(CompiledEventQueries, SQLTrackerStore):
    """SQL tracker store with PII scrubbing, bounded database waits and retention."""

    _purge_tasks: ClassVar[Dict[str, "asyncio.Task[None]"]] = {}

    def __init__(
        self,
        domain: Optional[Domain] = None,
        host: Optional[Text] = None,
        event_broker: Optional[EventBroker] = None,
        **kwargs: Any,
    ) -> None:
        # endpoints.yml keeps only `type:`; where the data lives is deployment configuration (environment).
        ignored = sorted(key for key in ("dialect", "db", "username", "password", "port", "login_db", "query") if key in kwargs)
        if host or ignored:
            logger.warning(
                "endpoints.yml tracker_store settings %s are ignored: set the database with KANSENBOT_DB_* "
                "environment variables (docs/privacy.md).", (["url"] if host else []) + ignored,
            )
        for key in ignored:
            kwargs.pop(key)
        self.url = database.database_url()
        self.engine = database.create_engine(self.url, maintenance=True)
        self._connect(database.connect_timeout())
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)
        # The turn's read and write, one statement each, in autocommit mode (bot/storage/database.py).
        self.single_statements = database.create_engine(self.url, autocommit=True)
        # Threads are started on first use, so a store made before Sanic forks its workers starts none.
        self._db_threads = ThreadPoolExecutor(database.threads(), thread_name_prefix="kansenbot-db")
        TrackerStore.__init__(self, domain, event_broker, **kwargs)
        self.insights = InsightRecorder.for_engine(self.engine, database.describe(self.url))
        logger.info("Conversations are stored in %s (personal data scrubbed).", self.url.get_backend_name())
        self._start_retention()

    # ----------------------------------------------------------------------------------- connection
    def _connect(self, deadline_seconds: float) -> None:
        deadline = time.monotonic() + deadline_seconds
        while True:
            try:
                prepare_schema(self.engine)
                return
            except sqlalchemy.exc.OperationalError as error:
                if time.monotonic() >= deadline:
                    raise TrackerStoreUnavailable(
                        f"Kansenbot cannot reach its conversation database {database.describe(self.url)} "
                        f"(tried for {deadline_seconds:.0f} s: {database.error_reason(error)}). Check that the database runs "
                        "and the KANSENBOT_DB_* settings (docs/privacy.md)."
                    ) from None
                logger.warning("Conversation database not reachable yet (%s); retrying.", database.error_reason(error))
                time.sleep(min(2.0, max(0.1, deadline - time.monotonic())))

    def _unavailable(self, error: Exception) -> TrackerStoreUnavailable:
        logger.error("Conversation database %s failed: %s", database.describe(self.url), database.error_reason(error))
        return TrackerStoreUnavailable(f"conversation database unavailable ({database.error_reason(error)})")

    # ---------------------------------------------------------------------------------- db threads
    async def run_blocking(self, function: Callable[..., T], *args: Any) -> T:
        """``function(*args)`` in one of the store's database threads; its connections are checked out and
        returned in that thread (SQLite's connections are made with check_same_thread=False, database.py).

        A task cancelled meanwhile (the client went away, the REST reply timeout) waits for a statement that
        already runs, at most KANSENBOT_DB_TIMEOUT: the conversation's lock is released as the cancellation
        unwinds, and the next message of the conversation must find this turn's write done, not in flight."""
        work = self._db_threads.submit(function, *args)
        try:
            return await asyncio.wrap_future(work)
        except asyncio.CancelledError:
            if not work.cancel():  # already running: a thread cannot be stopped
                with contextlib.suppress(Exception):
                    await asyncio.shield(asyncio.wrap_future(work))
            raise

    async def _in_db_thread(self, function: Callable[..., T], *args: Any) -> T:
        try:
            return await self.run_blocking(function, *args)
        except sqlalchemy.exc.SQLAlchemyError as error:
            raise self._unavailable(error) from None

    def close(self) -> None:
        """Server stop: wait for the statements still running, then end the threads."""
        self._db_threads.shutdown(wait=True)

    # ------------------------------------------------------------------------------ store / retrieve
    async def _retrieve(self, sender_id: Text, fetch_events_from_all_sessions: bool) -> Optional[DialogueStateTracker]:
        rows = await self._in_db_thread(self._stored_event_data, sender_id, fetch_events_from_all_sessions)
        tracker = self._tracker_from_rows(sender_id, rows)
        if tracker is not None and not fetch_events_from_all_sessions:
            setattr(tracker, _STORED_EVENTS, len(tracker.events))
        return tracker

    async def keys(self) -> Iterable[Text]:
        return await self._in_db_thread(self._sender_ids)

    def _sender_ids(self) -> List[Text]:
        # Rasa's SQLTrackerStore.keys, whose session would otherwise be opened and used on the event loop.
        with self.session_scope() as session:
            return [sender_id for (sender_id,) in session.query(self.SQLEvent.sender_id).distinct()]

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Store the tracker's new events, each scrubbed of personal data, in one of the store's database
        threads: neither the scrubbing of a long message nor the database holds up the event loop.

        One multi-row INSERT on a connection in autocommit mode: the statement is atomic by itself, so
        BEGIN and COMMIT would be two more round trips to the database (docs/setup-figures.md, "Fewer
        database round trips")."""
        await self.stream_events(tracker)
        self._remember_domain_labels()
        # The thread gets a copy of the events: the tracker itself is only touched on the event loop.
        events = list(tracker.events)
        new_events = await self._in_db_thread(
            self._store_new_events, tracker.sender_id, events, getattr(tracker, _STORED_EVENTS, None)
        )
        setattr(tracker, _STORED_EVENTS, len(events))
        # Anonymous counters for the team report (bot/insights): only what was stored, in memory, never raises.
        self.insights.record(tracker, new_events)

    def _store_new_events(self, sender_id: Text, events: Sequence[Any], stored: Optional[int]) -> List[Any]:
        """In a database thread: the events not stored yet, scrubbed and written; returns them.

        ``stored`` is the number of events the tracker was retrieved (or last saved) with. Rasa instead counts
        the stored events of the current session and stores from that position on; when the purge deletes
        old events of this conversation between retrieving the tracker and saving it, that count shrinks and
        Rasa would store events a second time.

        Such a tracker needs no count at all: the conversation's lock (the same lock store in every process)
        lets only this turn write the conversation between its retrieve and its save, so the database holds
        exactly the events it was read or saved with, or fewer after a purge; the count could only decide the
        start when it is larger, and it cannot be. That saves a query per turn. A tracker this store did not
        read or save (a new conversation, or one Rasa built another way) is counted, as Rasa does.
        """
        if stored is None:
            with self.single_statements.connect() as connection:
                stored = self._stored_event_count(connection, sender_id)
        new_events = list(events[stored:])
        # No database connection is held while the events are scrubbed.
        rows = []
        for event in new_events:
            data = scrub_event(event.as_dict())
            rows.append(dict(
                sender_id=sender_id,
                type_name=event.type_name,
                timestamp=data.get("timestamp"),
                intent_name=(data.get("parse_data") or {}).get("intent", {}).get(INTENT_NAME_KEY),
                action_name=data.get("name"),
                data=json.dumps(data),
            ))
        if rows:  # one multi-row INSERT instead of the ORM's row-by-row flush (a measured hot spot)
            with self.single_statements.connect() as connection:
                connection.execute(self.SQLEvent.__table__.insert(), rows)
        return new_events

    def _remember_domain_labels(self) -> None:
        """The domain's intent and entity names are kept as labels in stored parse data (not scrubbed as text,
        which also saves about 1 ms of a turn's CPU); the domain is set by Rasa after the store is made, so
        this runs when it changes."""
        if self.domain is not None and self.domain is not getattr(self, "_labels_domain", None):
            remember_labels([*self.domain.intents, *self.domain.entities])
            self._labels_domain = self.domain

    async def _stream_new_events(self, event_broker: EventBroker, new_events: List[Any], sender_id: Text) -> None:
        # An event broker (if a school configures one) gets the same scrubbed events as the database.
        from rasa.shared.core.events import Event

        scrubbed = [Event.from_parameters(scrub_event(event.as_dict())) for event in new_events]
        await super()._stream_new_events(event_broker, [event for event in scrubbed if event], sender_id)

    # ------------------------------------------------------------------------------------- retention
    def purge(self, days: float, now: Optional[float] = None) -> PurgeResult:
        """Delete every event older than ``days``; return how many events (and conversations) were hit."""
        return purge_events(self.engine, days, now)

    def _start_retention(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # a command-line tool, not the server
            return
        key = database.describe(self.url)
        running = self._purge_tasks.get(key)
        if running is not None and not running.done():
            return
        self._purge_tasks[key] = loop.create_task(self._purge_periodically())

    async def _purge_periodically(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            days = retention_days()
            try:
                result = await loop.run_in_executor(None, self.purge, days)
                logger.info("Retention: %s.", result.describe(days))
            except Exception as error:  # the next round tries again; the server keeps serving
                logger.error("Retention purge failed: %s", database.error_reason(error))
            await asyncio.sleep(purge_interval_seconds())

