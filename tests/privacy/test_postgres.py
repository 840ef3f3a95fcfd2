"""PostgreSQL tracker store: a real server on loopback. Conversations survive a Rasa restart; an outage of
the database gives a clear 503 (not a hang) and the conversation continues when it is back."""
import subprocess
import time

import pytest

from tests.privacy.harness import PYTHON, ROOT, ActionServer, PostgresCluster, RasaServer, base_env
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
