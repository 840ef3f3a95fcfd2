"""Child processes of the launcher: port checks, start in their own session, readiness, clean stop.

Each child runs in its own session so that a Ctrl-C in the terminal reaches the launcher only, which
then stops the Rasa server first (no new messages) and the action server second. The kernel also sends
the children SIGTERM if the launcher itself dies (PR_SET_PDEATHSIG), so no server is left orphaned.
"""
from __future__ import annotations

import ctypes
import errno
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, List, Mapping, Optional, Sequence

STOP_GRACE_SECONDS = 15.0


class LaunchError(RuntimeError):
    """Something a user can fix (port in use, server did not start); the message says what."""


def port_problem(host: str, port: int) -> Optional[str]:
    """None when host:port can be listened on, else a sentence saying why not."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        # Same option the servers use, so a port in TIME_WAIT after a restart counts as free.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                return f"port {port} on {host} is already in use (is Kansenbot already running?)"
            if error.errno == errno.EACCES:
                return f"no permission to listen on port {port} on {host}"
            return f"cannot listen on {host}:{port} ({error.strerror})"
    return None


def check_ports(host: str, ports: Mapping[str, int]) -> None:
    """Raise LaunchError naming every port that cannot be used and the variable that moves it."""
    problems = [f"{variable}: {problem}" for variable, port in ports.items() if (problem := port_problem(host, port))]
    if problems:
        raise LaunchError(
            "Cannot start Kansenbot:\n  "
            + "\n  ".join(problems)
            + "\nStop the other program, or choose another port, e.g. KANSENBOT_PORT=5105 make run."
        )


# The signal comes when the *thread* that started the child ends, not only the process: start children
# from a long-lived thread (the main one), never from a short-lived helper thread.
def _die_with_parent() -> None:  # runs in the child between fork and exec
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass  # not Linux: the launcher's own signal handling still stops the children


@dataclass
class Child:
    """A server process started by the launcher (or by a test or benchmark through the same functions)."""

    name: str
    process: subprocess.Popen
    ready_url: str
    log_path: Optional[Path] = None  # None: the output goes to the launcher's terminal

    @property
    def pid(self) -> int:
        return self.process.pid

    def is_ready(self) -> bool:
        try:
            with urllib.request.urlopen(self.ready_url, timeout=2) as response:
                return 200 <= response.status < 300
        except (urllib.error.URLError, OSError):
            return False

    def running(self) -> bool:
        return self.process.poll() is None

    def log(self) -> str:
        if self.log_path is None or not self.log_path.exists():
            return ""
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def kill(self) -> None:
        """SIGKILL the whole process group at once: a crash, as a machine or OOM killer would cause it."""
        _signal_group(self.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self, grace: float = STOP_GRACE_SECONDS) -> Optional[int]:
        """SIGTERM the child's whole process group, SIGKILL after `grace` seconds; return its exit code."""
        if self.process.poll() is None:
            _signal_group(self.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                _signal_group(self.pid, signal.SIGKILL)
                self.process.wait()
        # Anything the child left behind in its group goes too; wait until the kernel has done it.
        _signal_group(self.pid, signal.SIGKILL)
        deadline = time.monotonic() + 5
        while process_group_members(self.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.process.returncode


def _signal_group(pgid: int, sig: int) -> None:
    try:
        os.killpg(pgid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def start(
    name: str, command: Sequence[str], ready_url: str, env: Mapping[str, str], cwd: str, log_path: Optional[Path] = None
) -> Child:
    """Start ``command`` in its own session; its output goes to ``log_path`` (appended) or the terminal."""
    log = None
    if log_path is not None:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        log = log_path.open("ab")
    try:
        process = subprocess.Popen(
            list(command),
            env=dict(env),
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT if log is not None else None,
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )
    finally:
        if log is not None:
            log.close()
    return Child(name, process, ready_url, log_path)


def wait_until_ready(
    children: List[Child], timeout: float, should_stop: Callable[[], bool] = lambda: False
) -> bool:
    """True when every child answers its ready URL; False if asked to stop; LaunchError on failure."""
    deadline = time.monotonic() + timeout
    waiting = list(children)
    while waiting:
        if should_stop():
            return False
        for child in list(waiting):
            code = child.process.poll()
            if code is not None:
                raise LaunchError(f"The {child.name} stopped while starting (exit code {code}); see its output above.")
            if child.is_ready():
                waiting.remove(child)
        if waiting and time.monotonic() > deadline:
            names = ", ".join(child.name for child in waiting)
            raise LaunchError(
                f"The {names} did not become ready within {timeout:.0f} s"
                " (raise KANSENBOT_START_TIMEOUT on a slow machine)."
            )
        if waiting:
            time.sleep(0.5)
    return True


def process_group_members(pgid: int) -> List[int]:
    """Pids still alive in a process group (Linux /proc); used to prove nothing was left behind."""
    members = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        # fields: state, ppid, pgrp, ...; zombies are already dead.
        if int(fields[2]) == pgid and fields[0] != b"Z":
            members.append(int(entry))
    return members
