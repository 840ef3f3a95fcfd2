"""The report: hidden cells as x, nothing computable, no text or sender anywhere, nothing loaded from elsewhere."""
import csv
from collections import Counter
import datetime as dt
import io
import re
import subprocess

import pytest
from rasa.shared.core.domain import Domain

from bot.insights import periods, synthetic
from bot.insights.__main__ import main
from bot.insights.build import build_report
from bot.insights.counting import Cell
from bot.insights.disclosure import THRESHOLD, computable_cells
from bot.insights.publication import Publisher
from bot.insights.report import CSV_COLUMNS, HIDDEN, write_csv, write_html
from bot.insights.rules import load_rules
from bot.insights.table import read_counts
from bot.storage.tracker_store import KansenbotTrackerStore
from tests.insights.support import SECRET, UTC, Dialogue, at
from tests.privacy.harness import PYTHON, ROOT, base_env

MADE_AT = dt.datetime(2026, 12, 1, 9, tzinfo=UTC)
ZONE = periods.timezone("Europe/Amsterdam")


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    """Ten weeks of made-up conversations (two schools' worth: one known, some unknown), and a few by hand."""
    database = tmp_path_factory.mktemp("report") / "tracker.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KANSENBOT_SQLITE_PATH", str(database))
        patch.delenv("KANSENBOT_DB_URL", raising=False)
        patch.delenv("KANSENBOT_DB_HOST", raising=False)
        store = KansenbotTrackerStore(Domain.empty())
    import asyncio

    for tracker in synthetic.conversations(5, dt.date(2026, 9, 21), dt.date(2026, 11, 29),
                                           {"voorbeeld-roc": 0.9, None: 0.1}, per_week=40):
        asyncio.run(store.save(tracker))
    # Six crisis answers in October 2026, one in November: shown, and hidden.
    for number in range(6):
        Dialogue(store, f"crisis-{number}", at(2026, 10, 6 + number, 12), school="voorbeeld-roc").turn("crisis", "action_crisis")
    Dialogue(store, "crisis-nov", at(2026, 11, 10, 12), school="voorbeeld-roc").turn("crisis", "action_crisis")
    store.insights.flush()
    yield store, database
    store.engine.dispose()


@pytest.fixture(scope="module")
def report(filled):
    store, _ = filled
    weeks = periods.last_closed_weeks(8, MADE_AT, ZONE)
    months = periods.last_closed_months(3, MADE_AT, ZONE)
    return build_report(store.engine, load_rules(), None, weeks, months, MADE_AT.date())


def rendered(report):
    page, table = io.StringIO(), io.StringIO()
    write_html(report, page)
    write_csv(report, table)
    return page.getvalue(), table.getvalue()


def test_the_csv_shows_exactly_the_protected_counts(filled, report):
    report_counts = Counter(read_counts(filled[0].engine))
    _, table = rendered(report)
    rows = list(csv.DictReader(io.StringIO(table), delimiter=";"))
    assert tuple(rows[0]) == CSV_COLUMNS
    publications = {p.school: p for p in report.publications}
    assert set(publications) == {"voorbeeld-roc", "onbekend"}
    for row in rows:
        publication = publications[row["school"]]
        key = (row["dimensie"], row["waarde"], row["periode"])
        shown = publication.shown(*key)
        assert row["aantal"] == (HIDDEN if shown is None else str(shown))
        if publication.values[key] < THRESHOLD:
            assert row["aantal"] == HIDDEN
    hidden = sum(row["aantal"] == HIDDEN for row in rows)
    assert 0 < hidden < len(rows)
    crisis = {row["periode"]: row["aantal"] for row in rows
              if row["school"] == "voorbeeld-roc" and row["waarde"] == "crisis"}
    stored = {month: report_counts[Cell("voorbeeld-roc", "maand", month, "route", "crisis")] for month in crisis}
    assert stored["2026-10"] >= 6 and crisis["2026-10"] == str(stored["2026-10"])
    assert 1 <= stored["2026-11"] < THRESHOLD and crisis["2026-11"] == HIDDEN
    assert not [row for row in rows if row["waarde"] == "crisis" and row["periode_soort"] == "week"]


def test_no_hidden_small_count_can_be_worked_out_from_any_month(filled):
    store, _ = filled
    counts = read_counts(store.engine)
    for school in ("voorbeeld-roc", "onbekend"):
        publisher = Publisher(counts, school, load_rules())
        for month in ("2026-09", "2026-10", "2026-11"):
            values, relations, capped = publisher.block(month)
            _, status = publisher.month(month)
            assert computable_cells(values, relations, status, capped) == []


def test_no_text_or_sender_in_the_table_the_csv_or_the_page(filled, report):
    store, database = filled
    page, table = rendered(report)
    import sqlite3

    with sqlite3.connect(database) as connection:
        counters = repr(list(connection.execute("SELECT * FROM insight_counts")))
        senders = [row[0] for row in connection.execute("SELECT DISTINCT sender_id FROM events")]
    assert len(senders) > 100
    for output in (counters, page, table):
        for secret in (SECRET, synthetic.SECRET_TEXT, "synthetisch-", "crisis-nov", "Antwoord."):
            assert secret not in output
        assert not [sender for sender in senders if sender in output]


def test_the_page_loads_nothing_from_elsewhere_and_marks_hidden_cells(report):
    page, _ = rendered(report)
    assert page.startswith("<!DOCTYPE html>") and '<html lang="nl">' in page
    assert not re.search(r"""(src|href|action)\s*=\s*["'](?!data:image/png;base64,)""", page)
    assert "url(" not in page and "<script" not in page and "@import" not in page
    assert page.count("data:image/png;base64,") >= 10
    assert '<td class="x">x</td>' in page
    assert "Crisishulp" in page and "alleen per maand" in page


def test_the_sample_flag_says_so_on_the_page(report):
    report.synthetic = True
    try:
        page, table = rendered(report)
    finally:
        report.synthetic = False
    assert "VOORBEELD met verzonnen gegevens" in page
    assert table.startswith("# VOORBEELD met verzonnen gegevens")


def test_make_insights_writes_both_files(filled, tmp_path):
    _, database = filled
    env = base_env(KANSENBOT_SQLITE_PATH=str(database))
    env.pop("KANSENBOT_DB_URL", None)
    env.pop("KANSENBOT_DB_HOST", None)
    result = subprocess.run([PYTHON, "-m", "bot.insights", "report", "--school", "voorbeeld-roc", "--from", "2026-08-31",
                             "--to", "2026-11-30", "--out", str(tmp_path)], env=env, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "week(s), 3 month(s), 1 school(s)" in result.stdout
    files = sorted(path.suffix for path in tmp_path.iterdir())
    assert files == [".csv", ".html"]
    table = next(tmp_path.glob("*.csv")).read_text(encoding="utf-8-sig")
    assert {line.split(";")[2] for line in table.splitlines()[1:]} >= {"2026-09", "2026-11", "2026-W36", "2026-W48"}


def test_bad_arguments_get_one_clear_line(tmp_path):
    assert main(["report", "--school", "bestaat-niet", "--out", str(tmp_path)]) == 2
    with pytest.raises(SystemExit):
        main(["report", "--weeks", "0"])
    with pytest.raises(SystemExit):
        main(["report", "--from", "gisteren"])


def test_the_rules_file_matches_the_domain(capsys):
    assert main(["validate"]) == 0
    assert "valid" in capsys.readouterr().out


def test_a_month_that_cannot_be_checked_is_hidden_entirely(filled, monkeypatch, caplog):
    from bot.insights import publication as publication_module
    from bot.insights.disclosure import ProtectionError

    def failing(*args, **kwargs):
        raise ProtectionError("solver failed")

    monkeypatch.setattr(publication_module, "protect", failing)
    published = Publisher(read_counts(filled[0].engine), "voorbeeld-roc", load_rules()).publish(["2026-W45"], ["2026-11"])
    assert published.values[("berichten", "totaal", "2026-11")] > 0
    assert all(status.hidden for status in published.status.values())
    assert "could not be checked" in caplog.text


def test_the_committed_sample_says_it_is_made_up():
    docs = ROOT / "docs"
    assert "VOORBEELD met verzonnen gegevens" in (docs / "insights-voorbeeld.html").read_text(encoding="utf-8")
    assert (docs / "insights-voorbeeld.csv").read_text(encoding="utf-8-sig").startswith("# VOORBEELD")
    assert (docs / "insights-voorbeeld.png").read_bytes()[:4] == b"\x89PNG"
