"""A running fixture bot (REST channel, Kansenbot tracker store on SQLite, action server) for this folder.

Session-scoped: trained once (cached under var/test/), started once. Reusable: tests/privacy/harness.py
holds everything; the fixture only wires it together.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, List

import pytest

from tests.privacy.harness import ActionServer, RasaServer, train_model

PURGE_INTERVAL_SECONDS = 2


@dataclass
class PrivacyBot:
    rasa: RasaServer
    actions: ActionServer
    database: Path

    def stored_event_data(self) -> List[str]:
        with sqlite3.connect(self.database) as connection:
            return [row[0] for row in connection.execute("SELECT data FROM events")]


@pytest.fixture(scope="session")
def trained_fixture_model() -> Path:
    model, _ = train_model()
    return model


@pytest.fixture(scope="session")
def privacy_bot(trained_fixture_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivacyBot]:
    workdir = tmp_path_factory.mktemp("privacy-bot")
    database = workdir / "tracker.db"
    actions = ActionServer(workdir)
    actions.start()
    rasa = RasaServer(
        trained_fixture_model,
        workdir,
        actions.url,
        env={
            "KANSENBOT_SQLITE_PATH": str(database),
            "KANSENBOT_PURGE_INTERVAL_SECONDS": str(PURGE_INTERVAL_SECONDS),
            "KANSENBOT_ACTION_TIMEOUT": "5",
        },
    )
    try:
        rasa.start()
        yield PrivacyBot(rasa, actions, database)
    finally:
        rasa.stop()
        actions.stop()
