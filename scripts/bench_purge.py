"""Retention purge benchmark: how long deleting old events takes on a large table (not part of `make test`).

    .venv/bin/python scripts/bench_purge.py [--events 100000] [--conversations 2000] [--backend sqlite|postgres|both]

Fills a fresh events table (Rasa's schema, Kansenbot's timestamp index) with realistic rows: every
conversation has events spread over the last 60 days, so about half of all events are older than the
30-day retention period, in almost every conversation. Then it times the dry run (counting) and the
purge itself (`bot.storage.purge.purge_events`, batches of PURGE_BATCH_ROWS rows), and how long a
single insert waits while a purge runs (the bot keeps writing during the daily purge). PostgreSQL runs
in a throwaway cluster on loopback (tests/privacy/harness.py). Prints one line per figure.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Dict, List

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")

import sqlalchemy as sa  # noqa: E402

from bot.storage import database  # noqa: E402
from bot.storage.purge import EVENTS, PURGE_BATCH_ROWS, prepare_schema, purge_events  # noqa: E402

DAY = 86400.0
RETENTION_DAYS = 30.0


def fill(engine: sa.engine.Engine, events: int, conversations: int, now: float) -> None:
    prepare_schema(engine)
    rng = random.Random(10)
    data = json.dumps({"event": "user", "text": "ik heb geen laptop en mijn [TELEFOON] doet het niet"})
    rows = [{"sender_id": f"bench-{rng.randrange(conversations):05d}", "type_name": "user",
             "timestamp": now - rng.uniform(0, 60) * DAY, "intent_name": "geen_laptop",
             "action_name": None, "data": data} for _ in range(events)]
    with engine.begin() as connection:
        for start in range(0, len(rows), 10_000):
            connection.execute(EVENTS.insert(), rows[start:start + 10_000])


def insert_latency_during(engine: sa.engine.Engine, purge_done: threading.Event) -> List[float]:
    waits = []
    while not purge_done.is_set():
        started = time.perf_counter()
        with engine.begin() as connection:
            connection.execute(EVENTS.insert(), {"sender_id": "bench-live", "type_name": "user",
                                                 "timestamp": time.time(), "data": "{}"})
        waits.append(time.perf_counter() - started)
        time.sleep(0.02)
    return waits


def measure(name: str, url: sa.engine.URL, events: int, conversations: int,
            batch_rows: int = PURGE_BATCH_ROWS) -> Dict[str, float]:
    engine = database.create_engine(url, timeout=60)
    try:
        now = time.time()
        fill(engine, events, conversations, now)
        started = time.perf_counter()
        dry = purge_events(engine, RETENTION_DAYS, now=now, dry_run=True)
        dry_seconds = time.perf_counter() - started

        done = threading.Event()
        waits: List[float] = []
        writer = threading.Thread(target=lambda: waits.extend(insert_latency_during(engine, done)))
        writer.start()
        started = time.perf_counter()
        result = purge_events(engine, RETENTION_DAYS, now=now, batch_rows=batch_rows)
        purge_seconds = time.perf_counter() - started
        done.set()
        writer.join()
        with engine.connect() as connection:
            left = connection.execute(sa.select(sa.func.count()).select_from(EVENTS)).scalar()
        assert result.events == dry.events and left == events - result.events + len(waits)
        figures = {"events": events, "deleted": result.events, "conversations_hit": result.conversations,
                   "dry_run_s": dry_seconds, "purge_s": purge_seconds,
                   "insert_max_ms": 1000 * max(waits or [0.0]), "inserts_during_purge": len(waits)}
        print(f"[bench-purge] {name}: {events} events in {conversations} conversations; dry run "
              f"{dry_seconds:.2f} s; purge of {result.events} events from {result.conversations} conversations "
              f"{purge_seconds:.2f} s (batches of {batch_rows}); {len(waits)} inserts meanwhile, slowest "
              f"{figures['insert_max_ms']:.0f} ms")
        return figures
    finally:
        engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--conversations", type=int, default=2000)
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--batch", type=int, default=PURGE_BATCH_ROWS, help="rows per delete statement")
    args = parser.parse_args()
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory(prefix="kansenbot-bench-purge-") as folder:
            url = database.database_url({"KANSENBOT_SQLITE_PATH": str(Path(folder) / "bench.db")})
            measure("SQLite", url, args.events, args.conversations, args.batch)
    if args.backend in ("postgres", "both"):
        from tests.privacy.harness import PostgresCluster

        cluster = PostgresCluster()
        cluster.start()
        try:
            measure("PostgreSQL", database.database_url(cluster.env()), args.events, args.conversations, args.batch)
        finally:
            cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
