"""The sample report in docs/ (python -m bot.insights sample): made-up conversations, real counting path.

About fifteen months of invented conversations for the example school (and a few where the school is not
known) are saved through Kansenbot's tracker store into a throwaway SQLite database, exactly as the bot
saves them; then the retention purge deletes every conversation older than 30 days, and the report is
made from the counters that remain. The page says in red that it is an example.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import List

SEED = 2026
FIRST_DAY, LAST_DAY = dt.date(2025, 8, 25), dt.date(2026, 11, 29)
# The report is made as if on this moment: the last closed week is 2026-W48, the last month 2026-11.
MADE_AT = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.timezone.utc)
STEM = "insights-voorbeeld"


def make_sample(out: Path) -> List[Path]:
    from rasa.shared.core.domain import Domain

    from bot.insights import periods, synthetic
    from bot.insights.build import build_report, write_report
    from bot.insights.rules import load_rules
    from bot.storage.tracker_store import KansenbotTrackerStore

    rules = load_rules()
    zone = periods.timezone(rules.timezone)
    with tempfile.TemporaryDirectory(prefix="kansenbot-sample-") as folder:
        previous = os.environ.get("KANSENBOT_SQLITE_PATH")
        os.environ["KANSENBOT_SQLITE_PATH"] = str(Path(folder) / "sample.db")
        try:
            store = KansenbotTrackerStore(Domain.empty())
        finally:
            if previous is None:
                os.environ.pop("KANSENBOT_SQLITE_PATH")
            else:
                os.environ["KANSENBOT_SQLITE_PATH"] = previous
        for tracker in synthetic.conversations(SEED, FIRST_DAY, LAST_DAY, {"voorbeeld-roc": 0.97, None: 0.03}, per_week=120):
            asyncio.run(store.save(tracker))
        store.insights.flush()
        store.purge(30, now=MADE_AT.timestamp())  # the conversations go; the counters stay
        weeks = periods.last_closed_weeks(12, MADE_AT, zone)
        months = periods.last_closed_months(12, MADE_AT, zone)
        report = build_report(store.engine, rules, None, weeks, months, MADE_AT.date(), synthetic=True)
        paths = write_report(report, out, STEM)
        store.engine.dispose()
    screenshot = _screenshot(paths[0], out / f"{STEM}.png")
    return paths + ([screenshot] if screenshot else [])


def _screenshot(page: Path, png: Path):
    """A picture of the top of the page with headless Chromium, when it is installed (make test-browser)."""
    chromium = os.environ.get("KANSENBOT_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("[insights] Chromium not found: no screenshot made (the HTML and CSV are there).")
        return None
    subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", f"--screenshot={png}",
         "--window-size=1000,1800", page.resolve().as_uri()],
        check=True, capture_output=True, timeout=120,
    )
    return png
