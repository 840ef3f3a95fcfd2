"""Where Kansenbot listens and keeps its state, read from environment variables.

Every variable has a default that works on a single machine; README.md lists them for school IT.
endpoints.yml reads KANSENBOT_ACTION_URL and KANSENBOT_SQLITE_PATH, which the launcher derives from
these settings, so the YAML files need no editing to move a port or the database.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, Mapping, Optional, Union

ROOT = Path(__file__).resolve().parents[2]

# name -> (default, meaning); the single list the README's table is checked against.
VARIABLES: Dict[str, tuple] = {
    "KANSENBOT_HOST": ("127.0.0.1", "interface both servers listen on"),
    "KANSENBOT_PORT": ("5005", "port of the Rasa server (REST, socket.io)"),
    "KANSENBOT_ACTION_PORT": ("5055", "port of the action server"),
    "KANSENBOT_SQLITE_PATH": ("var/kansenbot.db", "SQLite file for conversations (relative to the repository)"),
    "KANSENBOT_MODEL": ("models", "trained model file, or the folder whose newest model is served"),
    "KANSENBOT_START_TIMEOUT": ("300", "seconds to wait for both servers to become ready"),
    "KANSENBOT_DEBUG": ("0", "1 = Rasa debug logging; debug logs CONTAIN MESSAGE TEXT, never in production"),
}


def url(host: str, port: int) -> str:
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def server_env(base: Optional[Mapping[str, str]] = None, python_path: Iterable[Union[str, Path]] = (), **overrides: str) -> Dict[str, str]:
    """The environment both servers need: the repository importable, no telemetry, TensorFlow quiet."""
    env = dict(os.environ if base is None else base)
    env["RASA_TELEMETRY_ENABLED"] = "false"
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    env.setdefault("PYTHONUNBUFFERED", "1")
    paths = [str(ROOT), *(str(path) for path in python_path), *env.get("PYTHONPATH", "").split(os.pathsep)]
    env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(path for path in paths if path))
    env.update(overrides)
    return env


class SettingsError(ValueError):
    """A variable has a value Kansenbot cannot use; the message names it."""


def _port(env: Mapping[str, str], name: str) -> int:
    raw = env.get(name, VARIABLES[name][0])
    try:
        port = int(raw)
    except ValueError:
        raise SettingsError(f"{name}={raw!r} is not a port number.") from None
    if not 1 <= port <= 65535:
        raise SettingsError(f"{name}={port} is not a port number (1-65535).")
    return port


@dataclass(frozen=True)
class Settings:
    host: str
    port: int
    action_port: int
    tracker_db: str
    model: str
    start_timeout: float
    debug: bool

    @classmethod
    def from_env(cls, env: Optional[Mapping[str, str]] = None) -> "Settings":
        env = os.environ if env is None else env

        def get(name: str) -> str:
            return env.get(name, VARIABLES[name][0]).strip()

        try:
            timeout = float(get("KANSENBOT_START_TIMEOUT"))
        except ValueError:
            raise SettingsError(f"KANSENBOT_START_TIMEOUT={get('KANSENBOT_START_TIMEOUT')!r} is not a number.") from None
        settings = cls(
            host=get("KANSENBOT_HOST"),
            port=_port(env, "KANSENBOT_PORT"),
            action_port=_port(env, "KANSENBOT_ACTION_PORT"),
            tracker_db=get("KANSENBOT_SQLITE_PATH"),
            model=get("KANSENBOT_MODEL"),
            start_timeout=timeout,
            debug=get("KANSENBOT_DEBUG") in ("1", "true", "yes"),
        )
        if settings.port == settings.action_port:
            raise SettingsError(f"KANSENBOT_PORT and KANSENBOT_ACTION_PORT are both {settings.port}; use two ports.")
        return settings

    def _url(self, port: int) -> str:
        return url(self.host, port)

    @property
    def rasa_url(self) -> str:
        return self._url(self.port)

    @property
    def action_server_url(self) -> str:
        return self._url(self.action_port)

    @property
    def tracker_db_path(self) -> Path:
        return ROOT / self.tracker_db  # an absolute KANSENBOT_SQLITE_PATH stays as it is

    def child_env(self, base: Optional[Mapping[str, str]] = None) -> Dict[str, str]:
        """Environment for the Rasa and action server processes (endpoints.yml reads the last two)."""
        return server_env(
            base,
            SANIC_HOST=self.host,  # rasa-sdk binds to SANIC_HOST (default 0.0.0.0)
            KANSENBOT_ACTION_URL=f"{self.action_server_url}/webhook",
            KANSENBOT_SQLITE_PATH=str(self.tracker_db_path),
        )
