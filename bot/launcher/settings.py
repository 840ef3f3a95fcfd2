"""Where Kansenbot listens and keeps its state, from the environment settings (bot/settings.py).

Every variable has a default that works on a single machine; README.md lists them for school IT.
endpoints.yml reads KANSENBOT_ACTION_URL and KANSENBOT_SQLITE_PATH, which the launcher derives from
these settings, so the YAML files need no editing to move a port or the database.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, Mapping, Optional, Union

from bot import settings as environment
from bot.settings import SettingsError

ROOT = Path(__file__).resolve().parents[2]


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
        """From this process's settings, or (``env`` given) from that mapping; SettingsError names a bad value."""
        values = environment.get() if env is None else environment.from_environ(env)
        settings = cls(
            host=values.host,
            port=values.port,
            action_port=values.action_port,
            tracker_db=values.sqlite_path,
            model=values.model,
            start_timeout=values.start_timeout,
            debug=values.debug,
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
