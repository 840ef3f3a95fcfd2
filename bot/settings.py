"""Every environment variable Kansenbot reads, declared once: name, type, default, meaning and check.

    from bot import settings
    settings.get().port            # read from os.environ and checked once per process, then cached
    settings.reload()              # forget the cached object and read the environment again (tests)
    settings.from_environ(env)     # the settings of any mapping, not cached (a child's environment)
    settings.overridden(...)       # with-block: this process uses changed values (`make insights-sample`)

A value Kansenbot cannot use raises ``SettingsError`` (a ValueError) naming the variable, its value
(never the value of a secret) and what the variable is for. The server entry points (bot/server.py,
bot/run.py, bot/action_server.py) read the settings before anything else, so a bad value stops start-up
with one line instead of failing the first request that needs it.

An empty value counts as not set: the env files in deploy/ list variables with nothing after "=".
Surrounding spaces are ignored, except in secrets (a key is used exactly as given).

``Settings`` holds what Python reads. ``OTHER_PROGRAMS`` declares the variables other programs read
(HAProxy, scripts/setup.sh, Rasa through endpoints.yml) and the two the test harness reads
(KANSENBOT_TEST_START_TIMEOUT in tests/conftest.py, KANSENBOT_TEST_PORTS in tests/support.py, also used by
the benchmark scripts through ``free_port``): they are for tests and benchmarks only. README.md's
environment table is checked against both (tests/unit/test_settings.py), and no module in bot/ or
actions/ reads a KANSENBOT_ variable from os.environ itself.

This module imports nothing from bot/ or actions/, so every module, also the action server's, can use it.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Iterator, Mapping, Optional, Tuple

from pydantic import BaseModel, Field, PositiveFloat, PositiveInt, SecretStr, ValidationError, conint, constr

Port = conint(ge=1, le=65535)
# A replica's name goes in front of engine.io session ids and into HAProxy's routing rule.
REPLICA_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9-]{0,62}$"
# The crisis patterns read the first and the last 4000 characters of a message (bot/nlp/crisis_detect.py
# SCAN_CHARS); a longer limit would leave the middle of an accepted message unread by them. A test ties the two.
MESSAGE_CHARS_LIMIT = 8000


class SettingsError(ValueError):
    """A variable has a value Kansenbot cannot use; the message names it."""


def _var(default: Any, name: str, meaning: str, **extra: Any) -> Any:
    """One declaration: ``name`` is the environment variable, ``meaning`` one line for the README table.

    extra: ``shown_default`` when the default is worked out elsewhere (the README shows this text);
    ``keep_empty`` when an empty value means something (it switches a rule off)."""
    return Field(default, alias=name, description=meaning, **extra)


class Settings(BaseModel):
    """What Kansenbot reads from the environment. Attributes by meaning; ``value(NAME)`` by variable."""

    class Config:
        allow_mutation = False
        extra = "forbid"

    # --- servers (bot/launcher, bot/run.py, bot/channels) ---------------------------------------------
    host: str = _var("127.0.0.1", "KANSENBOT_HOST", "interface both servers listen on; put a reverse proxy with TLS in front instead of opening this")
    port: Port = _var(5005, "KANSENBOT_PORT", "port of the Rasa server (REST at `/webhooks/rest/webhook`, socket.io at `/socket.io`)")
    action_port: Port = _var(5055, "KANSENBOT_ACTION_PORT", "port of the action server")
    sqlite_path: str = _var("var/kansenbot.db", "KANSENBOT_SQLITE_PATH", "SQLite file with the conversations (relative to the repository, or absolute)")
    model: str = _var("models", "KANSENBOT_MODEL", "model file to serve, or a folder whose newest model is served")
    start_timeout: PositiveFloat = _var(300.0, "KANSENBOT_START_TIMEOUT", "seconds the launcher waits for both servers to answer")
    debug: bool = _var(False, "KANSENBOT_DEBUG", "`1` turns on Rasa's debug log. **Debug logs contain what users type**: never in production")
    action_timeout: PositiveFloat = _var(10.0, "KANSENBOT_ACTION_TIMEOUT", "seconds the Rasa server waits for the action server before it answers that something went wrong")
    reply_timeout: PositiveFloat = _var(30.0, "KANSENBOT_REPLY_TIMEOUT", "seconds the REST channel waits for a reply before it answers 504")
    max_message_chars: conint(ge=1, le=MESSAGE_CHARS_LIMIT) = _var(2000, "KANSENBOT_MAX_MESSAGE_CHARS", "longest message handled (characters, at most 8000): REST refuses a longer one (413), Teams and the widget keep its beginning and end")
    allowed_origins: Optional[str] = _var(None, "KANSENBOT_ALLOWED_ORIGINS", "web sites that may open the widget's socket, comma-separated (default: local pages only; docs/channels.md)")
    replica: Optional[constr(regex=REPLICA_PATTERN)] = _var(None, "KANSENBOT_REPLICA", "this Rasa replica's name (`r1`, `r2`, ...): the proxy routes the widget's long-polling back to it (docs/deploy.md)")
    redis_url: Optional[constr(regex=r"^(redis|rediss|unix)://")] = _var(None, "KANSENBOT_REDIS_URL", "Redis for conversation locks, e.g. `redis://127.0.0.1:6379/1`: needed when several Rasa replicas or Sanic workers (`SANIC_WORKERS`) serve one bot (docs/deploy.md)")
    sanic_workers: PositiveInt = _var(1, "SANIC_WORKERS", "Sanic worker processes per Rasa server (Sanic's own variable); more than one needs `KANSENBOT_REDIS_URL` (docs/deploy.md)")

    # --- the conversation database (bot/storage/database.py) ------------------------------------------
    db_url: Optional[SecretStr] = _var(None, "KANSENBOT_DB_URL", "a full SQLAlchemy URL for the conversation database, e.g. `postgresql://user:secret@host:5432/kansenbot` (wins over the other database variables)")
    db_host: Optional[str] = _var(None, "KANSENBOT_DB_HOST", "PostgreSQL host, or the folder with its unix socket; unset = SQLite (`KANSENBOT_SQLITE_PATH`)")
    db_port: Port = _var(5432, "KANSENBOT_DB_PORT", "PostgreSQL port")
    db_name: str = _var("kansenbot", "KANSENBOT_DB_NAME", "PostgreSQL database name")
    db_user: Optional[str] = _var(None, "KANSENBOT_DB_USER", "PostgreSQL user")
    db_password: Optional[SecretStr] = _var(None, "KANSENBOT_DB_PASSWORD", "PostgreSQL password (keep it in a file only the service can read)")
    db_timeout: PositiveFloat = _var(5.0, "KANSENBOT_DB_TIMEOUT", "seconds one database operation may take before it fails")
    db_connect_timeout: PositiveFloat = _var(30.0, "KANSENBOT_DB_CONNECT_TIMEOUT", "seconds the Rasa server keeps trying to reach the database at start")
    db_threads: conint(ge=1, le=64) = _var(4, "KANSENBOT_DB_THREADS", "threads per Rasa worker that talk to the conversation database, so its event loop serves other conversations meanwhile; each may hold a database connection")

    # --- privacy (bot/privacy) ------------------------------------------------------------------------
    pseudonym_key: Optional[SecretStr] = _var(None, "KANSENBOT_PSEUDONYM_KEY", "secret key for the Teams pseudonyms, at least 32 characters (needed with Teams; docs/channels.md)")
    privacy_ner: bool = _var(True, "KANSENBOT_PRIVACY_NER", "`0` switches off spaCy's name recognition in the privacy filter (patterns and name lists still apply)")
    privacy_ner_model: Optional[str] = _var(None, "KANSENBOT_PRIVACY_NER_MODEL", "spaCy pipeline for the privacy filter's name recognition (default: the official Dutch pipeline when installed)")
    studentnummer_pattern: Optional[str] = _var(None, "KANSENBOT_STUDENTNUMMER_PATTERN", "regular expression of the school's student numbers after a keyword (default: `data/privacy.yml`)")
    studentnummer_bare_pattern: Optional[str] = _var(None, "KANSENBOT_STUDENTNUMMER_BARE_PATTERN", "student numbers recognised without a keyword; empty switches this off (default: `data/privacy.yml`)", keep_empty=True)
    retention_days: PositiveFloat = _var(30.0, "KANSENBOT_RETENTION_DAYS", "days every message is kept; older ones are deleted, also in conversations still going on (docs/privacy.md)")
    purge_interval_seconds: PositiveFloat = _var(86400.0, "KANSENBOT_PURGE_INTERVAL_SECONDS", "seconds between two retention purges of the running server")

    # --- Microsoft Teams (bot/channels/teams.py, `make teams-app`) -----------------------------------
    botframework_jwks: Optional[str] = _var(None, "KANSENBOT_BOTFRAMEWORK_JWKS", "JWKS file with the Bot Connector's signing keys (tests, air-gapped networks; default: fetched from Microsoft)")
    school_name: Optional[str] = _var(None, "KANSENBOT_SCHOOL_NAME", "`make teams-app`: the school's name, shown as the app's developer")
    school_website: Optional[str] = _var(None, "KANSENBOT_SCHOOL_WEBSITE", "`make teams-app`: the school's website (https://...)")
    privacy_url: Optional[str] = _var(None, "KANSENBOT_PRIVACY_URL", "`make teams-app`: the school's privacy statement for Kansenbot (https://...)")
    terms_url: Optional[str] = _var(None, "KANSENBOT_TERMS_URL", "`make teams-app`: terms of use (default: the privacy statement)")
    public_url: Optional[str] = _var(None, "KANSENBOT_PUBLIC_URL", "`make teams-app`: where Kansenbot runs, e.g. https://kansenbot.school.nl (added to validDomains)")
    teams_app_version: str = _var("1.0.0", "KANSENBOT_TEAMS_APP_VERSION", "`make teams-app`: the package version; raise it for every new upload")

    # --- knowledge base and actions (actions/) --------------------------------------------------------
    school: Optional[str] = _var(None, "KANSENBOT_SCHOOL", "the school profile every conversation gets, when the channel names none (docs/knowledge-base.md)")
    knowledge_dir: Optional[str] = _var(None, "KANSENBOT_KNOWLEDGE_DIR", "folder with the knowledge base", shown_default="data/knowledge")

    # --- set-up and tools -----------------------------------------------------------------------------
    spacy_wheels: Optional[str] = _var(None, "KANSENBOT_SPACY_WHEELS", "folder with the `nl_core_news_sm` wheel (set-up)")
    spacy_sha256: Optional[constr(regex=r"^[0-9a-fA-F]{64}$")] = _var(None, "KANSENBOT_SPACY_SHA256", "expected sha256 of the downloaded official wheel (set-up refuses any other)")
    chromium: Optional[str] = _var(None, "KANSENBOT_CHROMIUM", "Chromium for the widget's browser tests (default `/usr/bin/chromium`) and the insights sample's screenshot (default: `chromium` on `PATH`)")

    def value(self, name: str) -> Any:
        """The value of one variable by its name, e.g. ``value("KANSENBOT_PORT")``."""
        return getattr(self, _BY_NAME[name].name)

    def __repr__(self) -> str:  # SecretStr already hides secrets; this keeps the repr to one short line
        return f"Settings({len(self.__fields__)} variables)"


_BY_NAME = {field.alias: field for field in Settings.__fields__.values()}


@dataclass(frozen=True)
class OtherVariable:
    """A variable Kansenbot's Python code does not read, declared so the README table has one source."""

    name: str
    default: str  # as the README shows it; "–" for none
    meaning: str
    read_by: str


OTHER_PROGRAMS: Tuple[OtherVariable, ...] = (
    OtherVariable("KANSENBOT_ACTION_URL", "–", "the action server's webhook URL for `endpoints.yml`; the launcher sets it from `KANSENBOT_HOST` and `KANSENBOT_ACTION_PORT`, set it yourself when you start `python -m bot.server` by hand", "Rasa (endpoints.yml)"),
    OtherVariable("KANSENBOT_TLS_CERT", "/etc/haproxy/certs/kansenbot.pem", "HAProxy (`deploy/haproxy/haproxy.cfg`): PEM file with the certificate chain and private key", "HAProxy"),
    OtherVariable("KANSENBOT_HTTPS_BIND", ":443", "HAProxy: where HTTPS is served", "HAProxy"),
    OtherVariable("KANSENBOT_HTTP_BIND", ":80", "HAProxy: where plain HTTP is redirected to HTTPS", "HAProxy"),
    OtherVariable("KANSENBOT_RASA_1", "127.0.0.1:5005", "HAProxy: the address of the Rasa replica `r1`", "HAProxy"),
    OtherVariable("KANSENBOT_RASA_2", "127.0.0.1:5006", "HAProxy: the address of the Rasa replica `r2`", "HAProxy"),
    OtherVariable("KANSENBOT_PROXY_UNPRIVILEGED", "–", "HAProxy: set (to anything) when it is not started as root (containers): no user switch or chroot", "HAProxy"),
    OtherVariable("KANSENBOT_SETUP_NEED_MB", "4000", "free disk space set-up insists on", "scripts/setup.sh"),
    OtherVariable("PYTHON", "first Python 3.11 on `PATH`", "interpreter used to create `.venv`", "scripts/setup.sh"),
    OtherVariable("KANSENBOT_TEST_START_TIMEOUT", "300", "tests: seconds to wait for the bot in the end-to-end fixture", "tests/conftest.py"),
    OtherVariable("KANSENBOT_TEST_PORTS", "5400-5999", "tests and benchmarks: the loopback ports their servers may take (`tests/support.py`, `free_port`: each port locked for the run that took it, so test runs sharing a machine do not collide)", "tests/support.py"),
)


def declared_names() -> Tuple[str, ...]:
    """Every declared variable: the ones in ``Settings`` and ``OTHER_PROGRAMS``."""
    return tuple(_BY_NAME) + tuple(variable.name for variable in OTHER_PROGRAMS)


def shown_default(name: str) -> str:
    """A variable's default as the README table shows it ("–" for none)."""
    for variable in OTHER_PROGRAMS:
        if variable.name == name:
            return variable.default
    field = _BY_NAME[name]
    if "shown_default" in field.field_info.extra:
        return field.field_info.extra["shown_default"]
    default = field.default
    if default is None:
        return "–"
    if isinstance(default, bool):
        return "1" if default else "0"
    if isinstance(default, float):
        return f"{default:g}"
    return str(default)


def _is_secret(name: str) -> bool:
    return _BY_NAME[name].type_ is SecretStr


def _given(env: Mapping[str, str]) -> dict:
    given = {}
    for name, field in _BY_NAME.items():
        raw = env.get(name)
        if raw is None:
            continue
        value = raw if _is_secret(name) else raw.strip()
        if value.strip() or field.field_info.extra.get("keep_empty"):
            given[name] = value
    return given


def from_environ(env: Mapping[str, str]) -> Settings:
    """The settings in ``env``; SettingsError lists every unusable value, each with its variable."""
    given = _given(env)
    try:
        return Settings.parse_obj(given)
    except ValidationError as error:
        problems = []
        for problem in error.errors():
            name = str(problem["loc"][0])
            shown = "(secret, not shown)" if _is_secret(name) else repr(given.get(name))
            problems.append(f"{name}={shown}: {problem['msg']}")
        raise SettingsError("; ".join(problems) + " (README.md, Environment variables)") from None


_current: Optional[Settings] = None


def get() -> Settings:
    """The settings of this process: read from os.environ on first use, then the same object."""
    global _current
    if _current is None:
        _current = from_environ(os.environ)
    return _current


def reload() -> Settings:
    """Read the environment again (tests change it with monkeypatch; a process never needs this)."""
    global _current
    _current = None
    return get()


def forget() -> None:
    """Drop the cached settings; the next ``get()`` reads the environment (the tests' autouse fixture)."""
    global _current
    _current = None


@contextmanager
def overridden(**changes: Any) -> Iterator[Settings]:
    """Within the block, ``get()`` returns the settings with ``changes`` (attribute names), checked."""
    global _current
    before = get()
    values = {field.alias: getattr(before, name) for name, field in before.__fields__.items()}
    values.update({before.__fields__[name].alias: value for name, value in changes.items()})
    _current = Settings.parse_obj(values)
    try:
        yield _current
    finally:
        _current = before
