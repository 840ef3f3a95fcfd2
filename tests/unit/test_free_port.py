"""free_port: several test runs on one machine never hand out the same port (tests/support.py)."""
from __future__ import annotations

import os
import subprocess
import sys

from bot.launcher.settings import ROOT

# Each process takes its ports and keeps them (and so its locks) until it is told to end.
TAKE_PORTS = (
    "import sys\n"
    "from tests.support import free_port\n"
    "print(' '.join(str(free_port()) for _ in range(10)), flush=True)\n"
    "sys.stdin.read()\n"
)


def test_concurrent_runs_get_different_ports() -> None:
    # A narrow range outside the default one: without the locks, three runs would share ports.
    env = {**os.environ, "KANSENBOT_TEST_PORTS": "6900-6959", "PYTHONPATH": str(ROOT)}
    runs = [subprocess.Popen([sys.executable, "-c", TAKE_PORTS], cwd=ROOT, env=env, text=True,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE) for _ in range(3)]
    try:
        taken = [[int(port) for port in run.stdout.readline().split()] for run in runs]
    finally:
        for run in runs:
            run.communicate("", timeout=60)
    ports = [port for ports in taken for port in ports]
    assert [len(ports) for ports in taken] == [10, 10, 10]
    assert len(set(ports)) == len(ports), taken
    assert all(6900 <= port <= 6959 for port in ports)
