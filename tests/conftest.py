"""Shared pytest fixtures for Kansenbot.

`running_bot` starts the real bot once per test session; every end-to-end test (REST, socket.io,
widget, privacy) should use it rather than start servers of its own.
"""
from __future__ import annotations

import os
from typing import Iterator

import pytest

from bot.launcher.settings import ROOT
from tests.support import RunningBot, start_background

os.environ["RASA_TELEMETRY_ENABLED"] = "false"

START_TIMEOUT_SECONDS = float(os.environ.get("KANSENBOT_TEST_START_TIMEOUT", "300"))


@pytest.fixture(scope="session")
def running_bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningBot]:
    """The whole bot, started once per session exactly as `make run` starts it.

    Runs `python -m bot.run serve --no-train` (no training: `make test` trains before pytest) with the
    newest model in models/, on two free loopback ports, with a temporary SQLite tracker store. Yields
    a `RunningBot` (rasa_url, action_server_url, rest_webhook, socketio_url, tracker_db, log_path and a
    `send_rest(sender, message)` helper). Use a unique sender id per test: the session is shared.

    At the end of the session the launcher gets SIGTERM (what Ctrl-C does); teardown fails if either
    server process is still alive afterwards.

    Environment: KANSENBOT_TEST_START_TIMEOUT (seconds, default 300) for slow machines. Extra server
    settings can be given with the usual KANSENBOT_* variables (see README.md).
    """
    if not any((ROOT / "models").glob("*.tar.gz")):
        pytest.fail("No trained model in models/: run `make test` (it trains first) or `make train`.")
    workdir = tmp_path_factory.mktemp("running_bot")
    tracker_db = workdir / "tracker.db"
    bot = start_background(workdir / "launcher.log", extra_env={"KANSENBOT_SQLITE_PATH": str(tracker_db)})
    try:
        bot.wait_ready(START_TIMEOUT_SECONDS)
        yield RunningBot(bot.rasa_url, bot.action_server_url, tracker_db, bot.log_path, bot)
    finally:
        code = bot.stop()
        leftovers = bot.leftovers()
    assert not leftovers, "servers still running after the launcher stopped:\n" + "\n".join(leftovers)
    assert code == 0, f"launcher exit code {code} on SIGTERM:\n{bot.log_tail()}"
