"""Print Kansenbot's set-up, training and start-up figures (no asserts: numbers for docs/setup-figures.md).

    .venv/bin/python scripts/measure_startup.py [--fresh-clone] [--skip-training]

Measures, on this machine as it is right now (say how busy it was when you report the numbers):
  - `make setup` with everything installed (the idempotent path);
  - with --fresh-clone: `git clone` of this repository into a temporary folder + `make setup` there
    (a new .venv, downloads from PyPI; minutes);
  - a full training (`rasa train --force`) and the "Nothing changed" check, into a temporary models folder;
  - the launcher (`python -m bot.run serve --no-train`): seconds until both servers answer, the first
    reply to "hoi", peak resident memory (VmHWM) of the Rasa server and the action server, and the stop.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support import peak_rss_kb, start_background  # noqa: E402

QUIET = {"RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "3"}


def timed(command, cwd=ROOT, env=None) -> float:
    started = time.monotonic()
    subprocess.run(command, cwd=cwd, env={**os.environ, **QUIET, **(env or {})}, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.monotonic() - started


def report(label: str, value: str) -> None:
    print(f"{label:<44} {value}", flush=True)


def measure_setup(fresh_clone: bool) -> None:
    if fresh_clone:
        with tempfile.TemporaryDirectory(prefix="kansenbot-fresh-") as folder:
            clone = Path(folder) / "kansenbot"
            subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
            report("make setup, fresh clone (new .venv)", f"{timed(['make', 'setup'], cwd=clone):.1f} s")
            report("make setup, fresh clone, second run", f"{timed(['make', 'setup'], cwd=clone):.1f} s")
    report("make setup, nothing to do", f"{timed(['make', 'setup']):.1f} s")


def measure_training() -> None:
    with tempfile.TemporaryDirectory(prefix="kansenbot-models-") as out:
        full = timed([sys.executable, "-m", "bot.run", "train", "--force", "--out", out])
        report("training, full (rasa train --force)", f"{full:.1f} s")
        check = timed([sys.executable, "-m", "bot.run", "train", "--out", out])
        report("training, nothing changed (input digest)", f"{check:.1f} s")


def measure_server() -> None:
    with tempfile.TemporaryDirectory(prefix="kansenbot-run-") as folder:
        bot = start_background(Path(folder) / "launcher.log", extra_env={"KANSENBOT_SQLITE_PATH": f"{folder}/t.db"})
        try:
            report("launcher start -> both servers ready", f"{bot.wait_ready(600):.1f} s")
            request = urllib.request.Request(
                f"{bot.rasa_url}/webhooks/rest/webhook",
                data=json.dumps({"sender": uuid.uuid4().hex, "message": "hoi"}).encode(),
                headers={"Content-Type": "application/json"},
            )
            started = time.monotonic()
            with urllib.request.urlopen(request, timeout=120) as response:
                replies = json.loads(response.read())
            report("first reply to 'hoi' (new session)", f"{time.monotonic() - started:.2f} s, {len(replies)} message(s)")
            started = time.monotonic()
            for _ in range(20):
                with urllib.request.urlopen(request, timeout=120) as response:
                    response.read()
            report("next replies, mean of 20", f"{(time.monotonic() - started) / 20 * 1000:.0f} ms")
            for name in ("rasa", "actions"):
                peak = peak_rss_kb(bot.child_pids.get(name, -1))
                report(f"peak RSS (VmHWM), {name} server", f"{peak / 1024:.0f} MiB" if peak else "n/a")
        finally:
            started = time.monotonic()
            code = bot.stop()
            report("stop (SIGTERM -> launcher exited)", f"{time.monotonic() - started:.1f} s, exit code {code}")
            report("processes left behind", str(len(bot.leftovers())))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fresh-clone", action="store_true", help="also time set-up in a fresh clone (minutes)")
    parser.add_argument("--skip-training", action="store_true")
    args = parser.parse_args()
    report("machine", f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start")
    measure_setup(args.fresh_clone)
    if not args.skip_training:
        measure_training()
    measure_server()
    report("load average at the end", f"{os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
