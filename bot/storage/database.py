"""Where conversations are stored: SQLite under var/ by default, PostgreSQL through environment variables.

Environment (first match wins):
  KANSENBOT_DB_URL              a full SQLAlchemy URL, e.g. postgresql://kansenbot:secret@db.school.nl:5432/kansenbot
  KANSENBOT_DB_HOST             PostgreSQL host name, or a directory holding its unix socket; together with
  KANSENBOT_DB_PORT (5432), KANSENBOT_DB_NAME (kansenbot), KANSENBOT_DB_USER, KANSENBOT_DB_PASSWORD
  KANSENBOT_SQLITE_PATH         the SQLite file (default var/kansenbot.db in the repository)
  KANSENBOT_DB_TIMEOUT          seconds a single database operation may take before it fails (default 5)
  KANSENBOT_DB_CONNECT_TIMEOUT  seconds the server keeps trying to reach the database at start (default 30)
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Dict, Iterator, Mapping, Optional

import sqlalchemy as sa
from sqlalchemy.engine import URL, make_url

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SQLITE = ROOT / "var" / "kansenbot.db"


def database_url(env: Optional[Mapping[str, str]] = None) -> URL:
    env = os.environ if env is None else env
    if env.get("KANSENBOT_DB_URL"):
        return make_url(env["KANSENBOT_DB_URL"])
    host = env.get("KANSENBOT_DB_HOST")
    if host:
        query = {}
        if host.startswith("/"):  # a unix socket directory: libpq takes it as the host query parameter
            query, host = {"host": host}, None
        return URL.create(
            "postgresql",
            username=env.get("KANSENBOT_DB_USER") or None,
            password=env.get("KANSENBOT_DB_PASSWORD") or None,
            host=host,
            port=int(env.get("KANSENBOT_DB_PORT") or 5432),
            database=env.get("KANSENBOT_DB_NAME") or "kansenbot",
            query=query,
        )
    path = Path(env.get("KANSENBOT_SQLITE_PATH") or DEFAULT_SQLITE)
    path.parent.mkdir(parents=True, exist_ok=True)
    return URL.create("sqlite", database=str(path))


def operation_timeout(env: Optional[Mapping[str, str]] = None) -> float:
    env = os.environ if env is None else env
    return float(env.get("KANSENBOT_DB_TIMEOUT") or 5)


def connect_timeout(env: Optional[Mapping[str, str]] = None) -> float:
    env = os.environ if env is None else env
    return float(env.get("KANSENBOT_DB_CONNECT_TIMEOUT") or 30)


def engine_kwargs(url: URL, timeout: float) -> Dict[str, Any]:
    """Bounded waits: a database that is down or stuck gives an error within ``timeout``, never a hang."""
    from rasa.core.tracker_store import create_engine_kwargs

    kwargs: Dict[str, Any] = dict(create_engine_kwargs(url))
    connect_args = dict(kwargs.pop("connect_args", {}) or {})
    if url.get_backend_name() == "postgresql":
        connect_args.setdefault("connect_timeout", max(1, int(timeout)))
        options = connect_args.get("options", "")
        connect_args["options"] = f"{options} -c statement_timeout={int(timeout * 1000)}".strip()
        kwargs["pool_pre_ping"] = True  # a restarted PostgreSQL leaves dead pooled connections behind
    elif url.get_backend_name() == "sqlite":
        connect_args.setdefault("timeout", timeout)  # waiting for a write lock
        # Keep connections open (SQLAlchemy 1.4 reconnects per session for SQLite files); the retention
        # purge uses them from a worker thread, one at a time, which SQLite allows.
        connect_args.setdefault("check_same_thread", False)
        kwargs.setdefault("poolclass", sa.pool.QueuePool)
    kwargs["connect_args"] = connect_args
    return kwargs


def create_engine(url: URL, timeout: Optional[float] = None) -> sa.engine.Engine:
    engine = sa.create_engine(url, **engine_kwargs(url, operation_timeout() if timeout is None else timeout))
    if url.get_backend_name() == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    return engine


# Any fixed 64-bit number, the same in every Kansenbot process sharing a database.
SCHEMA_LOCK_KEY = 0x4B414E53454E  # "KANSEN"


@contextmanager
def schema_change(engine: sa.engine.Engine) -> Iterator[sa.engine.Connection]:
    """A connection for creating tables and indexes, one process at a time.

    Replicas that start together on an empty PostgreSQL database would otherwise both see no table and
    both create it, and the second fails on PostgreSQL's catalogue (duplicate pg_type entry) and does not
    start. A transaction-scoped advisory lock makes them take turns; the second then finds the tables.
    PostgreSQL's DDL is transactional, so the lock is held until the tables exist.
    """
    with engine.begin() as connection:
        if engine.url.get_backend_name() == "postgresql":
            connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK_KEY})
        yield connection


def _sqlite_pragmas(connection, _record) -> None:  # noqa: ANN001
    # WAL: the retention purge and `make purge` can read while the bot writes. synchronous=NORMAL is
    # crash-safe in WAL mode (at most the last commit is lost on power failure) and saves an fsync per
    # message (~20 ms per turn measured on this machine).
    # secure_delete: rows deleted by the retention purge are overwritten with zeros, not left readable in
    # free pages of the file.
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def describe(url: URL) -> str:
    """The URL for messages and logs, without the password."""
    return url.render_as_string(hide_password=True)


def error_reason(error: Exception) -> str:
    """A short reason for a database error, without SQL statements or parameters (those could hold
    conversation text): for the tracker store's and the insight counters' log lines and errors."""
    original = getattr(error, "orig", None) or error
    first_line = str(original).strip().splitlines()[0] if str(original).strip() else ""
    return f"{type(original).__name__}: {first_line[:200]}" if first_line else type(original).__name__
