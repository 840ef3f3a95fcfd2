"""The one place that knows how Kansenbot's two servers are started.

The launcher (`make run`, `make shell`), the tests (tests/support.py and the harnesses) and the benchmarks
(scripts/) all start the Rasa server and the action server through these functions, so a test that
passes proves the start-up path that production uses. deploy/ (systemd, Docker, Kubernetes) writes the
same two command lines out by hand; tests/deploy checks that they stay the same.

The Rasa server is always ``python -m bot.server run`` (Rasa's `rasa run` plus Kansenbot's start-up,
bot/server.py); the action server is ``python -m bot.action_server`` (rasa-sdk with the actions package,
behind the log filter).
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Mapping, Optional, Sequence, Union

from bot.launcher.processes import Child, start
from bot.launcher.settings import ROOT, url

CREDENTIALS = ROOT / "credentials.yml"
ENDPOINTS = ROOT / "endpoints.yml"
PathLike = Union[str, Path]


def rasa_command(
    subcommand: str,
    model: PathLike,
    host: str,
    port: int,
    credentials: PathLike = CREDENTIALS,
    endpoints: PathLike = ENDPOINTS,
    debug: bool = False,
    extra: Sequence[str] = (),
) -> List[str]:
    """``python -m bot.server run|shell ...``; `--enable-api` only if a caller passes it in ``extra``."""
    command = [
        sys.executable, "-m", "bot.server", subcommand,
        "--model", str(model),
        "--interface", host,
        "--port", str(port),
        "--credentials", str(credentials),
        "--endpoints", str(endpoints),
    ]
    if debug:
        command.append("--debug")
    return command + list(extra)


def action_server_command(port: int, actions: str = "actions") -> List[str]:
    # bot.action_server = rasa-sdk with the log filter installed first (bot/privacy/log_filter.py).
    # rasa-sdk listens on SANIC_HOST (set in its environment by start_action_server).
    return [sys.executable, "-m", "bot.action_server", "--actions", actions, "--port", str(port)]


def start_rasa_server(
    model: PathLike,
    host: str,
    port: int,
    env: Mapping[str, str],
    credentials: PathLike = CREDENTIALS,
    endpoints: PathLike = ENDPOINTS,
    debug: bool = False,
    extra: Sequence[str] = (),
    log_path: Optional[Path] = None,
    name: str = "Rasa server",
) -> Child:
    """Start the Rasa server; it is ready when Rasa's root route answers (after the model is loaded:
    Sanic listens only once the agent is there), whatever channels ``credentials`` names."""
    command = rasa_command("run", model, host, port, credentials, endpoints, debug, extra)
    return start(name, command, ready_url=f"{url(host, port)}/", env=env, cwd=str(ROOT), log_path=log_path)


def start_action_server(
    port: int,
    host: str,
    env: Mapping[str, str],
    actions: str = "actions",
    log_path: Optional[Path] = None,
    name: str = "action server",
) -> Child:
    env = {**env, "SANIC_HOST": host}
    command = action_server_command(port, actions)
    return start(name, command, ready_url=f"{url(host, port)}/health", env=env, cwd=str(ROOT), log_path=log_path)
