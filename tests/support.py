"""Helpers shared by Kansenbot's tests and benchmarks (import as `from tests.support import ...`).

Servers are started through bot/launcher/servers.py (the launcher's own functions) or, for the whole bot,
by running the launcher itself (`start_background`), so tests prove the production start-up path.
"""
from __future__ import annotations

import contextlib
import fcntl
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, AsyncIterator, Callable, Dict, List, Mapping, Optional

import pytest
import yaml

from bot.launcher.processes import process_group_members
from bot.launcher.settings import ROOT

READY_MARK = "[kansenbot] ready:"
# Ports handed out by this process -> their lock file, held open until the process ends (None: no lock).
_held: Dict[int, Optional[Any]] = {}
_PORT_LOCKS = Path(tempfile.gettempdir()) / "kansenbot-test-ports"


def _reserve(port: int) -> bool:
    """Lock this port's lock file for this process; False when another process holds it.

    The kernel drops the lock when the process ends, also after a crash or SIGKILL: nothing to clean up.
    """
    try:
        _PORT_LOCKS.mkdir(exist_ok=True)
        handle = open(_PORT_LOCKS / str(port), "a")
    except OSError:  # no writable temp folder: the bind check alone decides
        _held[port] = None
        return True
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        return False
    _held[port] = handle
    return True


def _release(port: int) -> None:
    handle = _held.pop(port, None)
    if handle is not None:
        handle.close()


def free_port(host: str = "127.0.0.1") -> int:
    """A loopback port that is free now and reserved for this process until it ends.

    From KANSENBOT_TEST_PORTS (default 5400-5999): below the kernel's ephemeral range, so no outgoing
    connection takes the port between this check and the server's bind. A server takes a while to bind
    its port, and several test runs may share the machine (CI jobs, developers' worktrees): each run
    locks the ports it hands out (a lock file per port in the temp folder) and starts its search at a
    random place in the range, so two runs never hand out the same port while their servers start.
    """
    first, last = (int(part) for part in os.environ.get("KANSENBOT_TEST_PORTS", "5400-5999").split("-"))
    ports = list(range(first, last + 1))
    start = random.randrange(len(ports))
    for port in ports[start:] + ports[:start]:
        if port in _held or not _reserve(port):
            continue
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            try:
                probe.bind((host, port))
            except OSError:  # in use by a program that does not take part in the locking
                _release(port)
                continue
        return port
    raise RuntimeError(f"no free port in {first}-{last}")


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


def listening_sockets(pid: int, port: int) -> set:
    """Inodes of the listening TCP sockets on ``port`` that process ``pid`` holds."""
    listening = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:
                listening.add(fields[9])
    held = set()
    try:
        descriptors = os.listdir(f"/proc/{pid}/fd")
    except OSError:  # the process is gone
        return held
    for fd in descriptors:
        try:
            link = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if link.startswith("socket:[") and link[8:-1] in listening:
            held.add(link[8:-1])
    return held


def child_pids(pid: int) -> List[int]:
    """Direct children of a process (Linux /proc), e.g. the Sanic workers of a Rasa server."""
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


def cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            return handle.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


@dataclass
class BackgroundBot:
    """The launcher (`python -m bot.run serve`) running in the background, exactly as `make run` starts it."""

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
                for pid in child_pids(self.process.pid):
                    command = cmdline(pid)
                    if "bot.action_server" in command or "rasa_sdk" in command:
                        self.child_pids["actions"] = pid
                    elif "bot.server run" in command:
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
            alive += [f"{name} group: pid {member} {cmdline(member)}" for member in process_group_members(pid)]
        return alive


def start_background(log_path: Path, extra_env: Optional[Mapping[str, str]] = None, host: str = "127.0.0.1",
                     train: bool = False) -> BackgroundBot:
    """Start the launcher on two free ports of `host`; its output goes to `log_path`."""
    port, action_port = free_port(host), free_port(host)
    env = dict(os.environ)
    env.update({"KANSENBOT_HOST": host, "KANSENBOT_PORT": str(port), "KANSENBOT_ACTION_PORT": str(action_port),
                "RASA_TELEMETRY_ENABLED": "false"})
    env.update(extra_env or {})
    command = [sys.executable, "-m", "bot.run", "serve"] + ([] if train else ["--no-train"])
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL)
    return BackgroundBot(host, port, action_port, log_path, process)


def sender_id(label: str) -> str:
    """A stable, random-looking REST sender id for a readable test label ("leeg" -> "3b1f...").

    The REST channel refuses sender ids that could be personal data (bot/channels/rest.py), so tests
    name their conversations with labels and send this instead; the same label gives the same id.
    """
    return uuid.uuid5(uuid.NAMESPACE_URL, f"kansenbot-test/{label}").hex


@dataclass(frozen=True)
class RunningBot:
    """Where the session's bot listens. All URLs are on 127.0.0.1 with ports chosen at start."""

    rasa_url: str  # e.g. http://127.0.0.1:41234
    action_server_url: str  # rasa-sdk action server; /health, /webhook
    tracker_db: Path  # this session's SQLite tracker store (a temporary file, not var/kansenbot.db)
    log_path: Path  # launcher + server output, handy in assertion messages
    process: BackgroundBot

    @property
    def rest_webhook(self) -> str:
        return f"{self.rasa_url}/webhooks/rest/webhook"

    @property
    def socketio_url(self) -> str:
        return self.rasa_url  # socket.io path /socket.io

    def send_rest(self, sender: str, message: str, metadata: Optional[Dict[str, Any]] = None) -> List[Dict[str, Any]]:
        """POST a user message over the REST channel and return the bot's replies (a list of dicts).

        ``sender`` is a label: the id sent is ``sender_id(sender)``.
        """
        body: Dict[str, Any] = {"sender": sender_id(sender), "message": message}
        if metadata is not None:
            body["metadata"] = metadata
        request = urllib.request.Request(
            self.rest_webhook, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read())


def domain_response_texts(name: str) -> List[str]:
    """The texts of a response in domain.yml, so tests compare with the copy instead of repeating it."""
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    variations = (domain.get("responses") or {}).get(name)
    if not variations:
        pytest.fail(f"domain.yml has no response {name!r}")
    return [variation["text"] for variation in variations if "text" in variation]


def wait_until_answering(
    url: str, process: subprocess.Popen, name: str, timeout: float, log: Callable[[], str] = lambda: ""
) -> float:
    """Seconds until ``url`` answers 200; RuntimeError (with the log's tail) if ``process`` exits or time runs out."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited with {process.returncode}:\n{log()[-4000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return time.monotonic() - started
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{name} not ready within {timeout:.0f} s:\n{log()[-4000:]}")


@contextlib.asynccontextmanager
async def fake_action_server(handler: Callable[[Any], Any], port: int) -> AsyncIterator[str]:
    """An aiohttp stand-in for the action server on a loopback port; yields its webhook URL."""
    from aiohttp import web

    app = web.Application()
    app.router.add_post("/webhook", handler)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield f"http://127.0.0.1:{port}/webhook"
    finally:
        await runner.cleanup()


class BrokenCrisisPatterns:
    """Crisis patterns that fail on every message, quoting it in the error (as a real bug might): for tests
    of the crisis check failing, and that the message stays out of the logs. Install with
    ``monkeypatch.setattr(crisis_detect, "active_detector", BrokenCrisisPatterns)``."""

    def detect(self, text: str, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError(f"pattern failure on {text!r}")


async def database_down(_message: Any) -> None:
    """A channel's message handler while the conversation database is down."""
    from bot.storage.tracker_store import TrackerStoreUnavailable

    raise TrackerStoreUnavailable("conversation database unavailable")
