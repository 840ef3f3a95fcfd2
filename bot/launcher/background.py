"""Run the launcher (`python -m bot.run serve`) as a background process: for e2e tests and benchmarks.

The launcher is started exactly as `make run` starts it, so a test that passes here proves the real
start-up path, including readiness and the clean stop.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Mapping, Optional

from bot.launcher.processes import free_port, process_group_members
from bot.launcher.settings import ROOT

READY_MARK = "[kansenbot] ready:"


def _children(pid: int) -> List[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as handle:
                    if int(handle.read().rsplit(b")", 1)[1].split()[1]) == pid:
                        found.append(int(entry))
            except OSError:
                continue
    return found


def peak_rss_kb(pid: int) -> Optional[int]:
    """VmHWM (peak resident memory) of a live process, in kB."""
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            return handle.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


@dataclass
class BackgroundBot:
    host: str
    port: int
    action_port: int
    log_path: Path
    process: subprocess.Popen
    child_pids: Dict[str, int] = field(default_factory=dict)  # "rasa" / "actions" -> pid, once ready

    @property
    def rasa_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def action_server_url(self) -> str:
        return f"http://{self.host}:{self.action_port}"

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def wait_ready(self, timeout: float) -> float:
        """Seconds until the launcher reported both servers ready; RuntimeError with its log otherwise."""
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if READY_MARK in self.log_path.read_text(errors="replace"):
                for pid in _children(self.process.pid):
                    command = _cmdline(pid)
                    if "bot.action_server" in command or "rasa_sdk" in command:
                        self.child_pids["actions"] = pid
                    elif "rasa run" in command:
                        self.child_pids["rasa"] = pid
                return time.monotonic() - started
            if self.process.poll() is not None:
                raise RuntimeError(f"launcher exited with code {self.process.returncode}:\n{self.log_tail()}")
            time.sleep(0.25)
        raise RuntimeError(f"launcher not ready after {timeout:.0f} s:\n{self.log_tail()}")

    def stop(self, timeout: float = 60.0) -> int:
        """SIGTERM the launcher (what Ctrl-C does) and wait for it; its exit code."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode

    def leftovers(self) -> List[str]:
        """Processes of the launcher's children still alive after stop() (should be none)."""
        alive = []
        for name, pid in self.child_pids.items():
            alive += [f"{name} group: pid {member} {_cmdline(member)}" for member in process_group_members(pid)]
        return alive


def start_background(
    log_path: Path,
    extra_env: Optional[Mapping[str, str]] = None,
    host: str = "127.0.0.1",
    train: bool = False,
) -> BackgroundBot:
    """Start the launcher on two free ports of `host`; its output goes to `log_path`."""
    port, action_port = free_port(host), free_port(host)
    while action_port == port:
        action_port = free_port(host)
    env = dict(os.environ)
    env.update(
        {
            "KANSENBOT_HOST": host,
            "KANSENBOT_PORT": str(port),
            "KANSENBOT_ACTION_PORT": str(action_port),
            "RASA_TELEMETRY_ENABLED": "false",
        }
    )
    env.update(extra_env or {})
    command = [sys.executable, "-m", "bot.run", "serve"] + ([] if train else ["--no-train"])
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        )
    return BackgroundBot(host, port, action_port, log_path, process)
