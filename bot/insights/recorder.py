"""Counting while the bot runs: the tracker store hands every saved turn to ``InsightRecorder.record``.

Cost per turn: ``record`` works out the counter increments in memory (a few dozen microseconds, see
scripts/bench_insights.py) and adds them to a pending tally; it never touches the database. Every
``FLUSH_SECONDS`` a background task writes the tally in one transaction from a worker thread (not on the
event loop), and once more when the process exits. So a turn costs no extra database round trip, and a
slow or broken counter table cannot delay an answer.

A failure never reaches the conversation: ``record`` logs and drops that turn's counts; a failed write
keeps the tally for the next attempt (bounded, so memory cannot grow without limit). A hard kill
(SIGKILL, power loss) loses at most the last ``FLUSH_SECONDS`` of counts.
"""
from __future__ import annotations

import asyncio
import atexit
import logging
import threading
from collections import Counter
from typing import ClassVar, Dict, FrozenSet, Iterable, Optional

import sqlalchemy as sa
from rasa.shared.core.constants import SESSION_START_METADATA_SLOT as METADATA_SLOT
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker

from bot.insights.counting import Cell, count_turns
from bot.insights.rules import UNKNOWN_SCHOOL, InsightRules, load_rules, school_ids, school_of
from bot.insights.table import add_counts, create_table
from bot.storage.database import error_reason  # no SQL or parameters in the log

logger = logging.getLogger(__name__)

FLUSH_SECONDS = 30.0
# Distinct counters waiting for the database; a week of counts for a dozen schools is a few thousand.
MAX_PENDING_CELLS = 100_000


class InsightRecorder:
    """Pending counter increments for one database, written in batches."""

    _by_database: ClassVar[Dict[str, "InsightRecorder"]] = {}

    @classmethod
    def for_engine(cls, engine: sa.engine.Engine, key: str) -> "InsightRecorder":
        """One recorder per database, shared by every tracker store on it (Rasa may build several)."""
        recorder = cls._by_database.get(key)
        if recorder is None:
            recorder = cls._by_database[key] = cls(engine)
        recorder.start_flushing()
        return recorder

    def __init__(
        self, engine: sa.engine.Engine, rules: Optional[InsightRules] = None, schools: Optional[FrozenSet[str]] = None
    ) -> None:
        self.engine = engine
        self._pending: "Counter[Cell]" = Counter()
        self._lock = threading.Lock()  # guards _pending (event loop thread vs. flush thread)
        self._flush_lock = threading.Lock()  # one write at a time
        self._task: Optional["asyncio.Task[None]"] = None
        self._table_ready = False
        self.rules: Optional[InsightRules] = None
        self.schools: FrozenSet[str] = frozenset()
        try:
            self.rules = rules or load_rules()
            self.schools = schools if schools is not None else school_ids()
        except Exception as error:  # the bot must run without insights rather than not at all
            logger.error("Insights are switched off: %s", error)
        try:
            self._ensure_table()
        except Exception as error:
            logger.error("Insights: cannot create the insight_counts table yet (%s); retrying at the next write.", error_reason(error))
        atexit.register(self._flush_at_exit)

    # ---------------------------------------------------------------------------------- counting
    def record(self, tracker: DialogueStateTracker, new_events: Iterable[Event]) -> None:
        """Count the events just stored for ``tracker``. Never raises."""
        try:
            if self.rules is None:
                return
            new = list(new_events)
            if not new:
                return
            events = list(tracker.events)
            counts = count_turns(events, len(events) - len(new), self._school(tracker), self.rules)
            with self._lock:
                self._pending.update(counts)
        except Exception as error:
            logger.error("Insights: counting a turn failed (%s); the conversation is not affected.", type(error).__name__)

    def _school(self, tracker: DialogueStateTracker) -> str:
        """The ``school`` slot; else the school the channel named (e.g. when the action server was down at
        session start and could not set the slot); else 'onbekend'. Only known profile ids count."""
        school = school_of(tracker.get_slot("school"), self.schools)
        if school != UNKNOWN_SCHOOL:
            return school
        sources = [getattr(tracker.latest_message, "metadata", None)]
        if METADATA_SLOT in tracker.slots:
            sources.insert(0, tracker.get_slot(METADATA_SLOT))
        for metadata in sources:
            if isinstance(metadata, dict) and school_of(metadata.get("school"), self.schools) != UNKNOWN_SCHOOL:
                return metadata["school"]
        return UNKNOWN_SCHOOL

    @property
    def pending(self) -> int:
        with self._lock:
            return sum(self._pending.values())

    # ----------------------------------------------------------------------------------- writing
    def flush(self) -> int:
        """Write the pending counts now (one transaction); return how many counters changed. Raises on failure."""
        with self._flush_lock:
            with self._lock:
                batch, self._pending = self._pending, Counter()
            if not batch:
                return 0
            try:
                self._ensure_table()
                add_counts(self.engine, batch)
            except Exception:
                with self._lock:
                    batch.update(self._pending)
                    if len(batch) > MAX_PENDING_CELLS:
                        logger.error("Insights: %d pending counts dropped (database unavailable too long).", sum(batch.values()))
                        batch = Counter()
                    self._pending = batch
                raise
            return len(batch)

    def _ensure_table(self) -> None:
        if not self._table_ready:
            create_table(self.engine)
            self._table_ready = True

    def start_flushing(self) -> None:
        """Start the periodic write when an event loop runs (the server); command-line tools flush at exit."""
        if self._task is not None and not self._task.done():
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        self._task = loop.create_task(self._flush_periodically())

    async def _flush_periodically(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(FLUSH_SECONDS)
            try:
                await loop.run_in_executor(None, self.flush)
            except Exception as error:  # kept for the next round; the server keeps serving
                logger.error("Insights: writing counts failed (%s); retrying in %g s.", error_reason(error), FLUSH_SECONDS)

    def _flush_at_exit(self) -> None:
        try:
            self.flush()
        except Exception as error:
            logger.error("Insights: writing the last counts at exit failed (%s).", error_reason(error))

