"""Retention: every event of every conversation is kept for a limited number of days, then deleted.

    python -m bot.privacy.retention [--days N] [--dry-run]      (`make purge`)

Days default to KANSENBOT_RETENTION_DAYS (30). Each message is deleted when it is older than that, also
when the student still writes (a Teams student keeps one pseudonym for years). The running Rasa server
does the same once at start and then every KANSENBOT_PURGE_INTERVAL_SECONDS (86400, a day) - see
bot/storage/tracker_store.py. The database is the one the server uses (bot/storage/database.py: SQLite
under var/ or PostgreSQL by environment). --dry-run only counts.
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import List, Optional

DEFAULT_DAYS = 30.0
DEFAULT_INTERVAL = 86400.0


def _positive(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"{name}={raw!r} is not a number") from None
    if value <= 0:
        raise ValueError(f"{name} must be greater than 0, not {raw}")
    return value


def retention_days() -> float:
    return _positive("KANSENBOT_RETENTION_DAYS", DEFAULT_DAYS)


def purge_interval_seconds() -> float:
    return _positive("KANSENBOT_PURGE_INTERVAL_SECONDS", DEFAULT_INTERVAL)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Delete every event older than N days from the tracker store.")
    parser.add_argument("--days", type=float, default=None, help="default: KANSENBOT_RETENTION_DAYS or 30")
    parser.add_argument("--dry-run", action="store_true", help="only count what would be deleted")
    args = parser.parse_args(argv)
    try:
        days = args.days if args.days is not None else retention_days()
        if days <= 0:
            raise ValueError("--days must be greater than 0")
    except ValueError as error:
        parser.error(str(error))

    # Rasa's SQL models use the SQLAlchemy 1.4 API; its 2.0 migration warning is noise for this command.
    os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    import sqlalchemy as sa

    from bot.storage import database
    from bot.storage.purge import purge_events

    url = database.database_url()
    engine = database.create_engine(url)
    try:
        result = purge_events(engine, days, dry_run=args.dry_run)
        print(f"[purge] {result.describe(days)} in {database.describe(url)}")
    except sa.exc.OperationalError as error:
        print(f"[purge] ERROR: cannot use the conversation database {database.describe(url)}: {type(error.orig).__name__}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
