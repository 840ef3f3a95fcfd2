"""The tracker store scrubs before storing, forgets old conversations, and fails clearly."""
import asyncio
import json
import sqlite3
import subprocess
import time

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.storage import database
from bot.storage.tracker_store import KansenbotTrackerStore, TrackerStoreUnavailable
from tests.support import sender_id
from tests.privacy.harness import PYTHON, ROOT, base_env

DAY = 86400


@pytest.fixture
def sqlite_store(tmp_path, monkeypatch):
    monkeypatch.setenv("KANSENBOT_SQLITE_PATH", str(tmp_path / "tracker.db"))
    monkeypatch.delenv("KANSENBOT_DB_URL", raising=False)
    monkeypatch.delenv("KANSENBOT_DB_HOST", raising=False)
    return KansenbotTrackerStore(Domain.empty()), tmp_path / "tracker.db"


def conversation(sender: str, timestamp: float, text: str = "ik heb geen laptop") -> DialogueStateTracker:
    tracker = DialogueStateTracker(sender, [])
    for offset, event in enumerate([
        ActionExecuted("action_listen"),
        UserUttered(text, {"name": "geen_laptop", "confidence": 1.0},
                    [{"entity": "gemeente", "value": "0612345678", "start": 0, "end": 10}], metadata={"mail": "a@b.nl"}),
        SlotSet("gemeente", "bel 0612345678"),
        BotUttered("Bel de balie op 030-1234567."),
    ]):
        event.timestamp = timestamp + offset
        tracker.update(event)
    return tracker


def rows(path):
    with sqlite3.connect(path) as connection:
        return [(sender, json.loads(data)) for sender, data in connection.execute("SELECT sender_id, data FROM events")]


def test_user_text_entities_metadata_and_slots_are_scrubbed(sqlite_store):
    store, path = sqlite_store
    asyncio.run(store.save(conversation("a", time.time(), "mail me op jan@school.nl of 06-12345678")))
    stored = json.dumps([data for _, data in rows(path)])
    assert "jan@school.nl" not in stored and "0612345678" not in stored and "12345678" not in stored.replace("030-1234567", "")
    user = next(data for _, data in rows(path) if data["event"] == "user")
    assert user["text"] == "mail me op [EMAIL] of [TELEFOON]"
    assert user["parse_data"]["entities"][0]["value"] == "[TELEFOON]"
    assert user["metadata"]["mail"] == "[EMAIL]"
    slot = next(data for _, data in rows(path) if data["event"] == "slot")
    assert slot["value"] == "bel [TELEFOON]"
    # The bot's own copy (the school's public number) is not user data and stays.
    assert any(data.get("text") == "Bel de balie op 030-1234567." for _, data in rows(path))


def test_saved_conversation_can_be_retrieved_and_continued(sqlite_store):
    store, _ = sqlite_store
    tracker = conversation("b", time.time())
    asyncio.run(store.save(tracker))
    again = asyncio.run(store.retrieve("b"))
    assert [event.type_name for event in again.events] == ["action", "user", "slot", "bot"]
    again.update(UserUttered("dank je"))
    asyncio.run(store.save(again))
    assert len(asyncio.run(store.retrieve("b")).events) == 5


def test_purge_deletes_only_conversations_whose_last_event_is_older(sqlite_store):
    store, path = sqlite_store
    now = 1_800_000_000.0
    asyncio.run(store.save(conversation("old", now - 45 * DAY)))
    asyncio.run(store.save(conversation("recent", now - 2 * DAY)))
    # Started long ago but still active yesterday: kept, with all its events.
    active = conversation("active", now - 60 * DAY)
    late = UserUttered("nog een vraag")
    late.timestamp = now - 1 * DAY
    active.update(late)
    asyncio.run(store.save(active))
    assert store.purge(30, now=now) == 1
    senders = {sender for sender, _ in rows(path)}
    assert senders == {"recent", "active"}
    assert len([1 for sender, _ in rows(path) if sender == "active"]) == 5
    assert store.purge(30, now=now) == 0
    with pytest.raises(ValueError):
        store.purge(0, now=now)


def fill_store_in_subprocess(env, ages_in_days):
    """Save one conversation per sender, as old as given, through the store configured by ``env``."""
    lines = [
        "import asyncio, time",
        "from rasa.shared.core.domain import Domain",
        "from bot.storage.tracker_store import KansenbotTrackerStore",
        "from tests.privacy.test_tracker_store import conversation",
        "store = KansenbotTrackerStore(Domain.empty())",
    ] + [
        f"asyncio.run(store.save(conversation({sender!r}, time.time() - {days} * 86400)))"
        for sender, days in ages_in_days.items()
    ]
    subprocess.run([PYTHON, "-c", "\n".join(lines)], env=env, cwd=ROOT, check=True, capture_output=True)


def test_make_purge_command(tmp_path):
    path = tmp_path / "tracker.db"
    env = base_env(KANSENBOT_SQLITE_PATH=str(path), KANSENBOT_RETENTION_DAYS="10")
    env.pop("KANSENBOT_DB_URL", None)
    env.pop("KANSENBOT_DB_HOST", None)
    store_env = {"KANSENBOT_SQLITE_PATH": str(path)}
    fill_store_in_subprocess({**env, **store_env}, {"old": 11, "new": 9})
    dry = subprocess.run([PYTHON, "-m", "bot.privacy.retention", "--dry-run"], env=env, cwd=ROOT, capture_output=True, text=True)
    assert dry.returncode == 0 and "1 conversation(s) older than 10 day(s) would be deleted" in dry.stdout
    result = subprocess.run([PYTHON, "-m", "bot.privacy.retention"], env=env, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "deleted 1 conversation(s) older than 10 day(s)" in result.stdout
    assert {sender for sender, _ in rows(path)} == {"new"}
    result = subprocess.run([PYTHON, "-m", "bot.privacy.retention", "--days", "5"], env=env, cwd=ROOT, capture_output=True, text=True)
    assert "deleted 1 conversation(s)" in result.stdout and rows(path) == []
    bad = subprocess.run([PYTHON, "-m", "bot.privacy.retention", "--days", "-1"], env=env, cwd=ROOT, capture_output=True, text=True)
    assert bad.returncode == 2 and "greater than 0" in bad.stderr


def test_running_server_purges_by_itself(privacy_bot):
    from tests.privacy.conftest import PURGE_INTERVAL_SECONDS

    old = time.time() - 31 * DAY
    with sqlite3.connect(privacy_bot.database) as connection:
        connection.execute(
            "INSERT INTO events (sender_id, type_name, timestamp, data) VALUES ('stale', 'user', ?, '{}')", (old,)
        )
    assert privacy_bot.rasa.say("fresh", "hoi")[0] == 200
    deadline = time.monotonic() + 10 * PURGE_INTERVAL_SECONDS
    while time.monotonic() < deadline:
        with sqlite3.connect(privacy_bot.database) as connection:
            senders = {row[0] for row in connection.execute("SELECT DISTINCT sender_id FROM events")}
        if "stale" not in senders:
            break
        time.sleep(0.5)
    assert "stale" not in senders and sender_id("fresh") in senders
    assert "Retention: deleted 1 conversation(s) older than 30 day(s)." in privacy_bot.rasa.log()


def test_database_url_from_environment(monkeypatch, tmp_path):
    for name in ("KANSENBOT_DB_URL", "KANSENBOT_DB_HOST", "KANSENBOT_SQLITE_PATH"):
        monkeypatch.delenv(name, raising=False)
    assert database.database_url().get_backend_name() == "sqlite"
    assert database.database_url().database.endswith("var/kansenbot.db")
    env = {"KANSENBOT_DB_HOST": "db.school.nl", "KANSENBOT_DB_USER": "bot", "KANSENBOT_DB_PASSWORD": "geheim"}
    url = database.database_url(env)
    assert (url.drivername, url.host, url.port, url.database, url.username) == ("postgresql", "db.school.nl", 5432, "kansenbot", "bot")
    assert "geheim" not in database.describe(url)
    socket_url = database.database_url({"KANSENBOT_DB_HOST": "/run/postgresql"})
    assert socket_url.query["host"] == "/run/postgresql" and socket_url.host is None
    assert database.database_url({"KANSENBOT_DB_URL": "postgresql://x@h/db"}).host == "h"


def test_unreachable_database_fails_within_the_connect_timeout(monkeypatch):
    monkeypatch.setenv("KANSENBOT_DB_URL", "postgresql://kansenbot@127.0.0.1:1/kansenbot")
    monkeypatch.setenv("KANSENBOT_DB_CONNECT_TIMEOUT", "1")
    started = time.monotonic()
    with pytest.raises(TrackerStoreUnavailable, match="cannot reach its conversation database"):
        KansenbotTrackerStore(Domain.empty())
    assert time.monotonic() - started < 10
