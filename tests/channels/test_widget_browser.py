"""The widget in headless Chromium (tests/browser/widget.test.mjs, node:test + playwright-core).

`make test` / `make test-browser` install Chromium and playwright-core first (scripts/ensure_browser.sh);
run alone, this test says what is missing instead of skipping.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from bot import settings
from tests.channels.channel_harness import ROOT, ChannelBot

BROWSER_TESTS = ROOT / "tests" / "browser"
# Written on every run; docs/screenshots/widget-phone.png is a reviewed copy of it.
SCREENSHOT = ROOT / "build" / "screenshots" / "widget-phone.png"


def test_widget_in_headless_chromium(channel_bot: ChannelBot) -> None:
    chromium = settings.get().chromium or "/usr/bin/chromium"  # as scripts/ensure_browser.sh
    missing = [what for what, ok in (
        (f"Chromium at {chromium}", Path(chromium).exists()),
        ("node", shutil.which("node") is not None),
        ("playwright-core in tests/browser/node_modules", (BROWSER_TESTS / "node_modules" / "playwright-core").is_dir()),
    ) if not ok]
    assert not missing, f"Missing {', '.join(missing)}: run `bash scripts/ensure_browser.sh` (make test does)."

    run = subprocess.run(
        ["node", "--test", "--test-reporter=spec", "widget.test.mjs"], cwd=BROWSER_TESTS,
        env=dict(os.environ, WIDGET_TEST_URL=channel_bot.url, WIDGET_TEST_SCREENSHOT=str(SCREENSHOT)),
        capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-3000:]
    assert SCREENSHOT.stat().st_size > 10_000
