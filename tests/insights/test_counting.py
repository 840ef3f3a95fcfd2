"""Counting through the real tracker store (SQLite): exact counts, once per turn, kept across the purge."""
import asyncio
import json
import logging
import sqlite3
from collections import Counter

import pytest
from rasa.shared.core.domain import Domain

from bot import settings
from bot.insights import recorder as recorder_module
from bot.insights.counting import Cell
from bot.insights.table import read_counts
from bot.storage.tracker_store import KansenbotTrackerStore
from tests.insights.support import SECRET, Dialogue, at, week_cells

DAY = 86400
SCHOOL_BUTTONS = [{"title": "Voorbeeld-ROC", "payload": '/geen_laptop{"school":"voorbeeld-roc"}'}]
# Monday 21 September 2026, 10:00 in Amsterdam (summer time): ISO week 39, month 2026-09.
MONDAY = at(2026, 9, 21, 8)


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("KANSENBOT_SQLITE_PATH", str(tmp_path / "tracker.db"))
    monkeypatch.delenv("KANSENBOT_DB_URL", raising=False)
    monkeypatch.delenv("KANSENBOT_DB_HOST", raising=False)
    return KansenbotTrackerStore(Domain.empty())


def counts(store) -> Counter:
    store.insights.flush()
    return Counter(read_counts(store.engine))


def test_every_message_once_and_the_first_route_of_each_turn(store):
    dialogue = Dialogue(store, "student-1", MONDAY, school="voorbeeld-roc", channel="botframework")
    dialogue.turn("greet", "utter_greet", "utter_onderwerpen")
    dialogue.turn("geen_laptop+geldzorgen", "action_leenlaptop", "action_budgetcoach")  # two routes: the first
    dialogue.turn("nlu_fallback", "utter_ask_rephrase")
    dialogue.turn("geldzorgen", "action_budgetcoach")
    dialogue.turn("out_of_scope", "utter_out_of_scope")
    dialogue.turn("weet_niet", "utter_ask_rephrase")  # a 'please rephrase' answer counts too
    dialogue.turn("anonimiteit", "utter_anonimiteit", "utter_anonimiteit_opslag", "utter_anonimiteit_wie")
    dialogue.turn("contact_persoon", "action_contact_persoon", "utter_iets_anders")
    dialogue.save()  # saving again without new events adds nothing
    expected = week_cells("voorbeeld-roc", "2026-W39", {
        "begrip": {"begrepen": 5, "niet_begrepen": 3},
        "kanaal": {"botframework": 8},
        "uur": {"10": 8},
        "weekdag": {"ma": 8},
        "route": {"action_leenlaptop": 1, "action_budgetcoach": 1, "utter_anonimiteit": 1, "action_contact_persoon": 1},
    })
    assert counts(store) == expected


def test_crisis_is_counted_per_month_only_whatever_the_crisis_helper_names_it(store):
    dialogue = Dialogue(store, "student-2", MONDAY, school="voorbeeld-roc")
    dialogue.turn("crisis", "action_crisis")
    dialogue.turn("crisis", "action_crisis_hulp", "action_contact_persoon")
    dialogue.turn("geen_laptop", "action_leenlaptop")
    found = counts(store)
    assert found[Cell("voorbeeld-roc", "maand", "2026-09", "route", "crisis")] == 2
    assert not [cell for cell in found if cell.value == "crisis" and cell.period_kind == "week"]
    assert not [cell for cell in found if cell.value == "action_contact_persoon"]  # not the first route
    assert found[Cell("voorbeeld-roc", "week", "2026-W39", "route", "action_leenlaptop")] == 1


def test_a_whole_conversation_saved_at_once_counts_the_same_as_turn_by_turn(tmp_path, monkeypatch, store):
    def talk(target, sender):
        dialogue = Dialogue(target, sender, MONDAY, school="voorbeeld-roc", channel="rest")
        dialogue.turn("geen_laptop", "action_leenlaptop", save=False)
        dialogue.turn("crisis", "action_crisis", save=False)
        dialogue.turn("nlu_fallback", "utter_ask_rephrase", save=False)
        return dialogue

    talk(store, "in-een-keer").save()
    monkeypatch.setenv("KANSENBOT_SQLITE_PATH", str(tmp_path / "per-turn.db"))
    settings.reload()  # the environment changed after the first store read it
    other = KansenbotTrackerStore(Domain.empty())
    turn_by_turn = Dialogue(other, "per-beurt", MONDAY, school="voorbeeld-roc", channel="rest")
    turn_by_turn.turn("geen_laptop", "action_leenlaptop")
    turn_by_turn.turn("crisis", "action_crisis")
    turn_by_turn.turn("nlu_fallback", "utter_ask_rephrase")
    assert counts(store) == counts(other)
    assert sum(counts(store).values()) == 4 * 3 + 1 + 1  # 3 messages x 4 dimensions, a route, a crisis


def test_a_route_that_only_asks_for_the_school_counts_when_it_answers(store, monkeypatch):
    dialogue = Dialogue(store, "student-3", MONDAY)  # no school from the channel
    dialogue.turn("geen_laptop", "action_leenlaptop", buttons=SCHOOL_BUTTONS)
    dialogue.turn("geen_laptop", "action_leenlaptop", school="voorbeeld-roc")  # the school button
    found = counts(store)
    assert [cell for cell in found if cell.dimension == "route"] == [
        Cell("voorbeeld-roc", "week", "2026-W39", "route", "action_leenlaptop")]
    assert found[Cell("onbekend", "week", "2026-W39", "begrip", "begrepen")] == 1
    assert found[Cell("voorbeeld-roc", "week", "2026-W39", "begrip", "begrepen")] == 1


def test_a_school_is_a_profile_id_and_anything_else_is_onbekend(store):
    Dialogue(store, "s4", MONDAY, school="Het Jan de Vries College").turn("geen_laptop", "action_leenlaptop")
    Dialogue(store, "s5", MONDAY, school="voorbeeld-roc").turn("geen_laptop", "action_leenlaptop")
    assert {cell.school for cell in counts(store)} == {"onbekend", "voorbeeld-roc"}


def test_without_the_slot_the_school_the_channel_named_counts(store):
    # The action server was down at session start, so no slot; the channel's metadata named the school.
    Dialogue(store, "s6", MONDAY).turn("geen_laptop", "action_leenlaptop", metadata={"school": "voorbeeld-roc"})
    Dialogue(store, "s7", MONDAY).turn("geen_laptop", "action_leenlaptop", metadata={"school": "andere-school"})
    found = counts(store)
    assert found[Cell("voorbeeld-roc", "week", "2026-W39", "route", "action_leenlaptop")] == 1
    assert found[Cell("onbekend", "week", "2026-W39", "route", "action_leenlaptop")] == 1


def test_channels_hours_and_weekdays(store):
    Dialogue(store, "web", at(2026, 9, 26, 19, 30), channel="socketio").turn("greet", "utter_greet")  # Sat 21:30
    Dialogue(store, "teams", at(2026, 12, 6, 22, 45), channel="botframework").turn("greet", "utter_greet")  # Sun 23:45
    Dialogue(store, "shell", at(2026, 12, 7, 6, 59), channel="cmdline").turn("greet", "utter_greet")  # Mon 07:59
    found = counts(store)
    assert {(c.period, c.value) for c in found if c.dimension == "kanaal"} == {
        ("2026-W39", "socketio"), ("2026-W49", "botframework"), ("2026-W50", "anders")}
    assert {(c.period, c.value) for c in found if c.dimension == "uur"} == {
        ("2026-W39", "21"), ("2026-W49", "23"), ("2026-W50", "07")}
    assert {(c.period, c.value) for c in found if c.dimension == "weekdag"} == {
        ("2026-W39", "za"), ("2026-W49", "zo"), ("2026-W50", "ma")}


def test_counts_survive_the_retention_purge(store):
    now = at(2026, 11, 30, 12)
    for number in range(6):
        Dialogue(store, f"oud-{number}", now - 45 * DAY, school="voorbeeld-roc").turn("geldzorgen", "action_budgetcoach")
    Dialogue(store, "nieuw", now - 2 * DAY, school="voorbeeld-roc").turn("geldzorgen", "action_budgetcoach")
    before = counts(store)
    store.purge(30, now=now)  # what it returns differs between purge versions; the database tells
    with sqlite3.connect(store.engine.url.database) as connection:
        assert {row[0] for row in connection.execute("SELECT DISTINCT sender_id FROM events")} == {"nieuw"}
    assert counts(store) == before
    # The purged students come back: a new conversation, counted on top of the old counts.
    Dialogue(store, "oud-0", now - 1 * DAY, school="voorbeeld-roc").turn("geldzorgen", "action_budgetcoach")
    after = counts(store)
    assert sum(after.values()) == sum(before.values()) + 5
    assert after[Cell("voorbeeld-roc", "week", "2026-W42", "route", "action_budgetcoach")] == 6


def test_the_counter_table_holds_no_text_and_no_sender(store):
    Dialogue(store, "afzender-8Z2K", MONDAY, school="voorbeeld-roc").turn("geen_laptop", "action_leenlaptop")
    Dialogue(store, "afzender-9X1M", MONDAY, channel="rest").turn("nlu_fallback", "utter_ask_rephrase")
    store.insights.flush()
    with sqlite3.connect(store.engine.url.database) as connection:
        dump = json.dumps(list(connection.execute("SELECT * FROM insight_counts")))
        columns = [row[1] for row in connection.execute("PRAGMA table_info(insight_counts)")]
    assert columns == ["school", "period_kind", "period", "dimension", "value", "count"]
    for secret in (SECRET, "afzender", "8Z2K", "9X1M", "geen_laptop", "antwoord"):
        assert secret not in dump
    assert "action_leenlaptop" in dump and "niet_begrepen" in dump


def test_a_counting_failure_never_breaks_the_conversation(store, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError(f"kapot bij {SECRET}")

    monkeypatch.setattr(recorder_module, "count_turns", broken)
    with caplog.at_level(logging.ERROR):
        Dialogue(store, "student-6", MONDAY).turn("geen_laptop", "action_leenlaptop")
    assert asyncio.run(store.retrieve("student-6")) is not None  # the conversation was stored
    assert "counting a turn failed (RuntimeError)" in caplog.text and SECRET not in caplog.text
    assert counts(store) == Counter()


def test_a_failed_write_keeps_the_counts_for_the_next_one(store, monkeypatch):
    Dialogue(store, "student-7", MONDAY, school="voorbeeld-roc").turn("geen_laptop", "action_leenlaptop")
    original = recorder_module.add_counts
    monkeypatch.setattr(recorder_module, "add_counts", lambda *args: (_ for _ in ()).throw(OSError("schijf vol")))
    with pytest.raises(OSError):
        store.insights.flush()
    Dialogue(store, "student-8", MONDAY, school="voorbeeld-roc").turn("geen_laptop", "action_leenlaptop")
    assert store.insights.pending == 10
    monkeypatch.setattr(recorder_module, "add_counts", original)
    assert counts(store)[Cell("voorbeeld-roc", "week", "2026-W39", "route", "action_leenlaptop")] == 2
    assert store.insights.pending == 0


def test_the_running_server_writes_counts_in_the_background(store, monkeypatch):
    monkeypatch.setattr(recorder_module, "FLUSH_SECONDS", 0.05)

    async def conversation_then_wait():
        store.insights.start_flushing()
        await store.save(Dialogue(store, "student-9", MONDAY, school="voorbeeld-roc")
                         .turn("geen_laptop", "action_leenlaptop", save=False).tracker)
        for _ in range(100):
            await asyncio.sleep(0.05)
            if not store.insights.pending:
                break

    asyncio.run(conversation_then_wait())
    assert store.insights.pending == 0
    assert read_counts(store.engine)[Cell("voorbeeld-roc", "week", "2026-W39", "route", "action_leenlaptop")] == 1
