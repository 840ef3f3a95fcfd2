"""Insight counters on PostgreSQL (the throwaway cluster of test_postgres.py): in-process and through a real
Rasa server, whose last counts are written when it stops."""
import datetime as dt
import io
from collections import Counter

import pytest
import sqlalchemy as sa
from rasa.shared.core.domain import Domain

from bot.insights import periods
from bot.insights.build import build_report
from bot.insights.counting import Cell
from bot.insights.recorder import InsightRecorder
from bot.insights.report import write_csv
from bot.insights.rules import load_rules
from bot.insights.table import read_counts
from bot.storage import database
from bot.storage.tracker_store import KansenbotTrackerStore
from tests.insights.support import SECRET, UTC, Dialogue, at
from tests.privacy.harness import RasaServer
from tests.privacy.test_postgres import actions, postgres  # noqa: F401  (the cluster and action server fixtures)

MONDAY = at(2026, 10, 5, 8)  # Monday 5 October 2026, 10:00 in Amsterdam: week 41, month 2026-10


def conversations(store, prefix):
    for number in range(7):
        dialogue = Dialogue(store, f"{prefix}-{number}", MONDAY + number * 3600, school="voorbeeld-roc", channel="botframework")
        dialogue.turn("geen_laptop", "action_leenlaptop")
        if number % 3 == 0:
            dialogue.turn("nlu_fallback", "utter_ask_rephrase")


@pytest.fixture
def pg_store(postgres, monkeypatch):  # noqa: F811
    monkeypatch.setenv("KANSENBOT_DB_URL", postgres.url())
    store = KansenbotTrackerStore(Domain.empty())
    with store.engine.begin() as connection:
        connection.execute(sa.text("DROP TABLE IF EXISTS insight_counts"))
        connection.execute(sa.text("DELETE FROM events"))
    store.insights._table_ready = False
    yield store
    store.engine.dispose()


def test_counts_on_postgres_add_up_survive_the_purge_and_match_sqlite(pg_store, tmp_path, monkeypatch):
    conversations(pg_store, "pg")
    # A second server process on the same database adds its own counts (insert or add, never overwrite).
    other = InsightRecorder(pg_store.engine)
    for tracker_events in [Dialogue(pg_store, "pg-other", MONDAY, school="voorbeeld-roc", channel="botframework")
                           .turn("geen_laptop", "action_leenlaptop", save=False).tracker]:
        other.record(tracker_events, list(tracker_events.events))
    other.flush()
    pg_store.insights.flush()
    counts = Counter(read_counts(pg_store.engine))
    assert counts[Cell("voorbeeld-roc", "week", "2026-W41", "route", "action_leenlaptop")] == 8
    assert counts[Cell("voorbeeld-roc", "week", "2026-W41", "begrip", "niet_begrepen")] == 3
    assert counts[Cell("voorbeeld-roc", "week", "2026-W41", "kanaal", "botframework")] == 8 + 3

    pg_store.purge(30, now=MONDAY + 60 * 86400)
    with pg_store.engine.connect() as connection:
        assert connection.execute(sa.text("SELECT COUNT(*) FROM events")).scalar() == 0
    assert Counter(read_counts(pg_store.engine)) == counts

    monkeypatch.delenv("KANSENBOT_DB_URL")
    monkeypatch.setenv("KANSENBOT_SQLITE_PATH", str(tmp_path / "same.db"))
    sqlite_store = KansenbotTrackerStore(Domain.empty())
    conversations(sqlite_store, "sqlite")
    Dialogue(sqlite_store, "sqlite-other", MONDAY, school="voorbeeld-roc", channel="botframework").turn(
        "geen_laptop", "action_leenlaptop")
    sqlite_store.insights.flush()
    made_at = dt.datetime(2026, 12, 1, 9, tzinfo=UTC)
    zone = periods.timezone("Europe/Amsterdam")
    weeks, months = periods.last_closed_weeks(9, made_at, zone), periods.last_closed_months(3, made_at, zone)
    tables = []
    for store in (pg_store, sqlite_store):
        report = build_report(store.engine, load_rules(), ["voorbeeld-roc"], weeks, months, made_at.date())
        table = io.StringIO()
        write_csv(report, table)
        tables.append(table.getvalue())
    assert tables[0] == tables[1]
    assert "voorbeeld-roc;week;2026-W41;route;action_leenlaptop;Laptop lenen;8" in tables[0]


def test_a_real_server_counts_rest_messages_and_writes_them_when_it_stops(postgres, actions, trained_fixture_model, tmp_path):  # noqa: F811
    env = {**postgres.env(), "KANSENBOT_DB_TIMEOUT": "3"}
    engine = database.create_engine(database.database_url(env))
    with engine.begin() as connection:
        connection.execute(sa.text("DROP TABLE IF EXISTS insight_counts"))
    rasa = RasaServer(trained_fixture_model, tmp_path, actions.url, env=env, name="rasa-insights")
    try:
        rasa.start()
        assert rasa.say("pg-insights-1", f"hoi {SECRET}")[0] == 200
        status, replies = rasa.say("pg-insights-1", "ik heb geen laptop")
        assert status == 200 and replies[0]["text"].startswith("Je kunt een laptop")
        assert rasa.say("pg-insights-2", "ik heb geen laptop")[0] == 200
    finally:
        rasa.stop()  # SIGTERM: the server writes its last counts on the way out
    counts = read_counts(engine)
    engine.dispose()
    def total(dimension, value):
        return sum(n for cell, n in counts.items() if cell.dimension == dimension and cell.value == value)

    assert total("kanaal", "rest") == 3 and total("route", "action_leenlaptop") == 2
    assert {cell.school for cell in counts} == {"onbekend"}  # the fixture bot has no school slot
    assert SECRET not in repr(counts) and "pg-insights" not in repr(counts)
    assert not [line for line in rasa.log().splitlines() if "Insights" in line]
