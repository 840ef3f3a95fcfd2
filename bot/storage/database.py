"""Where conversations are stored: SQLite under var/ by default, PostgreSQL through environment variables.

Environment (declared in bot/settings.py; first match wins):
  KANSENBOT_DB_URL              a full SQLAlchemy URL, e.g. postgresql://kansenbot:secret@db.school.nl:5432/kansenbot
  KANSENBOT_DB_HOST             PostgreSQL host name, or a directory holding its unix socket; together with
  KANSENBOT_DB_PORT (5432), KANSENBOT_DB_NAME (kansenbot), KANSENBOT_DB_USER, KANSENBOT_DB_PASSWORD
  KANSENBOT_SQLITE_PATH         the SQLite file (default var/kansenbot.db; relative to the repository)
  KANSENBOT_DB_TIMEOUT          seconds a single database operation may take before it fails (default 5)
  KANSENBOT_DB_CONNECT_TIMEOUT  seconds the server keeps trying to reach the database at start (default 30)
  KANSENBOT_DB_THREADS          threads per Rasa worker for the tracker store's statements (default 4)
"""
from __future__ import annotations

import select
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Dict, Iterator, Mapping, Optional

import sqlalchemy as sa
from sqlalchemy.engine import URL, make_url

from bot import settings

ROOT = Path(__file__).resolve().parents[2]


def _settings(env: Optional[Mapping[str, str]]) -> settings.Settings:
    return settings.get() if env is None else settings.from_environ(env)


def database_url(env: Optional[Mapping[str, str]] = None) -> URL:
    """From this process's settings, or (``env`` given) from that mapping, e.g. a child's environment."""
    values = _settings(env)
    if values.db_url is not None:
        return make_url(values.db_url.get_secret_value())
    host = values.db_host
    if host:
        query = {}
        if host.startswith("/"):  # a unix socket directory: libpq takes it as the host query parameter
            query, host = {"host": host}, None
        return URL.create(
            "postgresql",
            username=values.db_user,
            password=values.db_password.get_secret_value() if values.db_password is not None else None,
            host=host,
            port=values.db_port,
            database=values.db_name,
            query=query,
        )
    path = ROOT / values.sqlite_path  # an absolute path stays as it is
    path.parent.mkdir(parents=True, exist_ok=True)
    return URL.create("sqlite", database=str(path))


def operation_timeout(env: Optional[Mapping[str, str]] = None) -> float:
    return _settings(env).db_timeout


def connect_timeout(env: Optional[Mapping[str, str]] = None) -> float:
    return _settings(env).db_connect_timeout


def threads(env: Optional[Mapping[str, str]] = None) -> int:
    return _settings(env).db_threads


def engine_kwargs(url: URL, timeout: float) -> Dict[str, Any]:
    """Bounded waits: a database that is down or stuck gives an error within ``timeout``, never a hang."""
    from rasa.core.tracker_store import create_engine_kwargs

    kwargs: Dict[str, Any] = dict(create_engine_kwargs(url))
    connect_args = dict(kwargs.pop("connect_args", {}) or {})
    if url.get_backend_name() == "postgresql":
        connect_args.setdefault("connect_timeout", max(1, int(timeout)))
        options = connect_args.get("options", "")
        connect_args["options"] = f"{options} -c statement_timeout={int(timeout * 1000)}".strip()
        # A restarted PostgreSQL leaves dead connections in the pool. SQLAlchemy's pool_pre_ping found them
        # with a `SELECT 1` (and a BEGIN) at every checkout: two of a turn's round trips to the database, each
        # holding the event loop. _closed_by_the_server (below) finds them without a round trip; connections
        # are also replaced after pool_recycle seconds, before a firewall or proxy drops them silently.
        kwargs["pool_recycle"] = POOL_RECYCLE_SECONDS
    elif url.get_backend_name() == "sqlite":
        connect_args.setdefault("timeout", timeout)  # waiting for a write lock
        # Keep connections open (SQLAlchemy 1.4 reconnects per session for SQLite files); the retention
        # purge uses them from a worker thread, one at a time, which SQLite allows.
        connect_args.setdefault("check_same_thread", False)
        kwargs.setdefault("poolclass", sa.pool.QueuePool)
    kwargs["connect_args"] = connect_args
    return kwargs


def create_engine(
    url: URL, timeout: Optional[float] = None, autocommit: bool = False, maintenance: bool = False
) -> sa.engine.Engine:
    """With ``autocommit``, each statement is its own transaction (a pool of its own, so its connections
    stay in that mode and are not switched back and forth at every checkout, a round trip each time).
    With ``maintenance``, a small pool (MAINTENANCE_POOL): that engine serves only the occasional
    multi-statement work, and without it a second pool of Rasa's size (SQL_POOL_SIZE 50, overflow 100).

    That is for the tracker store's turn, which reads with one statement and writes with one multi-row
    INSERT, each atomic by itself: without BEGIN before and COMMIT or ROLLBACK after, a statement is one
    round trip to the database instead of three. Whatever needs several statements in one transaction
    (schema changes, the purge, the insight counters) uses an engine without it.
    """
    kwargs = engine_kwargs(url, operation_timeout() if timeout is None else timeout)
    if autocommit:
        kwargs["isolation_level"] = "AUTOCOMMIT"
    if maintenance:
        kwargs.update(MAINTENANCE_POOL)
    engine = sa.create_engine(url, **kwargs)
    if url.get_backend_name() == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    if url.get_backend_name() == "postgresql":
        sa.event.listen(engine, "checkout", _closed_by_the_server)
    return engine


# The engine for schema changes, the purge and the insight counters: one connection kept, two more when
# the purge and a counter flush overlap. The turns' engine keeps Rasa's SQL_POOL_SIZE and SQL_MAX_OVERFLOW.
MAINTENANCE_POOL = {"pool_size": 1, "max_overflow": 2}

# Pooled PostgreSQL connections are replaced after this many seconds (a reconnect costs a few ms).
POOL_RECYCLE_SECONDS = 300


def _closed_by_the_server(dbapi_connection, _record, _proxy) -> None:  # noqa: ANN001
    """Pool checkout: refuse a connection the server has closed, without a round trip to the server.

    A pooled connection is idle: the server sends nothing on it unless it ends it (a restart or
    pg_terminate_backend sends an error message and closes the socket). So a socket with something to read,
    or a closed one, means a dead connection; DisconnectionError makes the pool discard it and check out
    another (SQLAlchemy's documented way of doing its own pre-ping). In the rare case the server sent a
    notice on a live connection, that connection is replaced too, which costs one reconnect.
    """
    if dbapi_connection.closed or _readable(dbapi_connection.fileno()):
        raise sa.exc.DisconnectionError("the database server closed this pooled connection")


def _readable(fd: int) -> bool:
    # poll, not select: select refuses descriptors of 1024 and up, which a busy process (many socket.io
    # clients) reaches; every checkout would then count as dead and every turn fail.
    if fd < 0:  # a closed connection
        return True
    poller = select.poll()
    poller.register(fd, select.POLLIN | select.POLLPRI)
    try:
        events = poller.poll(0)
    except OSError:
        return True
    return any(mask & (select.POLLIN | select.POLLPRI | select.POLLHUP | select.POLLERR | select.POLLNVAL) for _, mask in events)


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
