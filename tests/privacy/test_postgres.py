"""PostgreSQL tracker store: a real server on loopback. Conversations survive a Rasa restart; an outage of
the database gives a clear 503 (not a hang) and the conversation continues when it is back."""
import subprocess
import time

import pytest

from tests.privacy.harness import PYTHON, ROOT, ActionServer, PostgresCluster, RasaServer, base_env
from bot import settings
from bot.storage import database
from tests.privacy.test_tracker_store import assert_conversation_goes_on_after_purge, fill_store_in_subprocess



@pytest.fixture(scope="module")
def postgres():
    cluster = PostgresCluster()
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="module")
def actions(tmp_path_factory):
    server = ActionServer(tmp_path_factory.mktemp("pg-actions"))
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_conversation_survives_a_rasa_restart_and_a_database_outage(postgres, actions, trained_fixture_model, tmp_path):
    env = {**postgres.env(), "KANSENBOT_DB_TIMEOUT": "3"}
    rasa = RasaServer(trained_fixture_model, tmp_path, actions.url, env=env, name="rasa-pg")
    try:
        rasa.start()
        assert rasa.say("pg-student", "hoi")[0] == 200
        status, replies = rasa.say("pg-student", "ik heb geen laptop, mail me op pg@school.nl")
        assert status == 200 and replies[0]["text"].startswith("Je kunt een laptop")
        rasa.stop()

        rasa.start()
        status, tracker = rasa.tracker("pg-student")
        assert status == 200
        texts = [event["text"] for event in tracker["events"] if event["event"] == "user"]
        assert texts == ["hoi", "ik heb geen laptop, mail me op [EMAIL]"]
        assert rasa.say("pg-student", "doei")[1][0]["text"].startswith("Doei")

        postgres.pg_ctl("stop")
        try:
            started = time.monotonic()
            status, replies = rasa.say("pg-student", "ik heb geen laptop", timeout=60)
            assert time.monotonic() - started < 20
            assert status == 503
            assert "storing" in replies[0]["text"] and "mentor" in replies[1]["text"]
            assert rasa.running()
        finally:
            postgres.pg_ctl("start")
        status, replies = rasa.say("pg-student", "ik heb geen laptop")
        assert status == 200 and replies[0]["text"].startswith("Je kunt een laptop")
        _, tracker = rasa.tracker("pg-student")
        assert [event["text"] for event in tracker["events"] if event["event"] == "user"] == [
            "hoi", "ik heb geen laptop, mail me op [EMAIL]", "doei", "ik heb geen laptop"]
        assert "conversation database unavailable" not in str(replies)
    finally:
        rasa.stop()
    assert "pg@school.nl" not in rasa.log()


def test_make_purge_on_postgres(postgres):
    env = base_env(**postgres.env(), KANSENBOT_RETENTION_DAYS="30")
    fill_store_in_subprocess(env, {"pg-old": 40, "pg-new": 1})
    result = subprocess.run([PYTHON, "-m", "bot.privacy.retention"], env=env, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "deleted 4 event(s) older than 30 day(s) from 1 conversation(s)" in result.stdout
    check = subprocess.run(
        [PYTHON, "-c", "import sqlalchemy as sa\nfrom bot.storage import database\n"
         "e = database.create_engine(database.database_url())\n"
         "print(sorted(r[0] for r in e.connect().execute(sa.text('select distinct sender_id from events'))))"],
        env=env, cwd=ROOT, capture_output=True, text=True, check=True,
    )
    assert "'pg-old'" not in check.stdout and "'pg-new'" in check.stdout


def test_purge_per_event_on_postgres_and_the_conversation_goes_on(postgres, actions, trained_fixture_model, tmp_path):
    env = {**postgres.env(), "KANSENBOT_RETENTION_DAYS": "30"}
    rasa = RasaServer(trained_fixture_model, tmp_path, actions.url, env=env, name="rasa-pg-purge")
    engine = database.create_engine(database.database_url(env))

    def make_purge():
        result = subprocess.run([PYTHON, "-m", "bot.privacy.retention"], env=base_env(**env), cwd=ROOT,
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        assert "from 1 conversation(s)" in result.stdout, result.stdout

    try:
        rasa.start()
        assert_conversation_goes_on_after_purge(rasa, engine, "pg-returning", make_purge)
        with engine.connect() as connection:
            indexes = {row[0] for row in connection.exec_driver_sql(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'events'")}
        assert "ix_events_timestamp" in indexes
    finally:
        rasa.stop()
        engine.dispose()


# ------------------------------------------------------------------------ round trips of a turn
def _store_on(postgres, monkeypatch, application_name: str):
    from rasa.shared.core.domain import Domain

    from bot.storage.tracker_store import KansenbotTrackerStore

    for name in ("KANSENBOT_DB_HOST", "KANSENBOT_SQLITE_PATH"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("KANSENBOT_DB_URL", f"{postgres.url()}?application_name={application_name}")
    settings.reload()
    store = KansenbotTrackerStore(Domain.empty())
    assert store.engine.url.get_backend_name() == "postgresql"
    return store


def _statements_logged(postgres, application_name: str) -> list:
    """The statements PostgreSQL received from that application (log_statement=all): one per round trip."""
    marker = f"[{application_name}] LOG:  statement: "
    log = (postgres.dir / "postgres.log").read_text(errors="replace")
    return [line.split(marker, 1)[1] for line in log.splitlines() if marker in line]


def _turn(tracker, text: str, at: float) -> None:
    from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered

    for offset, event in enumerate([UserUttered(text, {"name": "greet", "confidence": 1.0}), ActionExecuted("utter_greet"),
                                    BotUttered("Hoi!"), ActionExecuted("action_listen")]):
        event.timestamp = at + offset
        tracker.update(event)


def test_a_turn_is_two_round_trips_to_postgres(postgres, monkeypatch):
    """A turn reads the conversation with one statement and stores its new events with one multi-row INSERT,
    both in autocommit mode: no pre-ping `SELECT 1`, no BEGIN/COMMIT/ROLLBACK, no count of stored events
    (each was a round trip during which the event loop waited: docs/setup-figures.md)."""
    import asyncio

    from rasa.shared.core.trackers import DialogueStateTracker

    # ALTER SYSTEM refuses to run in a transaction.
    engine = database.create_engine(database.database_url({"KANSENBOT_DB_URL": postgres.url()}), autocommit=True)
    with engine.connect() as connection:
        connection.exec_driver_sql("ALTER SYSTEM SET log_statement = 'all'")
        connection.exec_driver_sql("ALTER SYSTEM SET log_line_prefix = '[%%a] '")
        connection.exec_driver_sql("SELECT pg_reload_conf()")
    time.sleep(0.5)
    try:
        store = _store_on(postgres, monkeypatch, "kb-roundtrips")
        tracker = DialogueStateTracker("roundtrip-student", [])
        _turn(tracker, "hoi", time.time())
        asyncio.run(store.save(tracker))  # a new conversation
        before = len(_statements_logged(postgres, "kb-roundtrips"))

        tracker = asyncio.run(store.retrieve("roundtrip-student"))  # the next turn, as Rasa runs it
        _turn(tracker, "ik heb geen laptop", time.time())
        asyncio.run(store.save(tracker))

        statements = _statements_logged(postgres, "kb-roundtrips")[before:]
        assert len(statements) == 2, statements
        assert statements[0].startswith("SELECT events.data") and statements[1].startswith("INSERT INTO events")
        assert [event.type_name for event in asyncio.run(store.retrieve("roundtrip-student")).events] == [
            "user", "action", "bot", "action"] * 2
        store.insights.flush()  # nothing left to write at exit, when this cluster is gone
    finally:
        with engine.connect() as connection:
            connection.exec_driver_sql("ALTER SYSTEM RESET log_statement")
            connection.exec_driver_sql("ALTER SYSTEM RESET log_line_prefix")
            connection.exec_driver_sql("SELECT pg_reload_conf()")
        engine.dispose()


def test_pooled_connections_of_a_restarted_postgres_are_replaced_before_a_turn_uses_them(postgres, monkeypatch):
    """Without pool_pre_ping's `SELECT 1`, a pooled connection the server closed (restart, terminated backend)
    is still found and replaced at checkout, so the first turn after a restart is served, not a 503."""
    import asyncio

    from rasa.shared.core.trackers import DialogueStateTracker

    store = _store_on(postgres, monkeypatch, "kb-restart")
    tracker = DialogueStateTracker("restart-student", [])
    _turn(tracker, "hoi", time.time())
    asyncio.run(store.save(tracker))
    assert asyncio.run(store.retrieve("restart-student")) is not None  # the pool now holds a connection
    assert store.single_statements.pool.checkedin() >= 1  # the turns' engine (autocommit)

    postgres.pg_ctl("stop")
    postgres.pg_ctl("start")
    tracker = asyncio.run(store.retrieve("restart-student"))
    _turn(tracker, "ik heb geen laptop", time.time())
    asyncio.run(store.save(tracker))
    assert len(asyncio.run(store.retrieve("restart-student")).events) == 8
    store.insights.flush()  # nothing left to write at exit, when this cluster is gone


def test_a_worker_holds_one_turn_connection_and_a_small_maintenance_pool(postgres, monkeypatch):
    """Ten turns in a row use one pooled connection of the turns' engine (each statement, in whichever database
    thread, returns its connection before the next); the maintenance engine's pool is capped at 1 + 2
    (docs/deploy.md sizes max_connections on it)."""
    import asyncio

    from rasa.shared.core.trackers import DialogueStateTracker

    store = _store_on(postgres, monkeypatch, "kb-pool-size")
    assert (store.engine.pool.size(), store.engine.pool._max_overflow) == (1, 2)

    async def ten_turns():
        for number in range(10):
            tracker = await store.retrieve(f"pool-student-{number}") or DialogueStateTracker(f"pool-student-{number}", [])
            _turn(tracker, "ik heb geen laptop", time.time())
            await store.save(tracker)

    asyncio.run(ten_turns())
    assert store.single_statements.pool.checkedout() == 0
    assert store.single_statements.pool.checkedin() == 1
    store.insights.flush()
