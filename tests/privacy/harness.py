"""Real Rasa and action servers for tests and benchmarks (reusable outside pytest).

- ``fixture_project`` / ``train_model``: the tiny fixture bot (tests/fixtures/privacy_bot) with Kansenbot's
  tracker store and REST channel; the model is trained once and reused while its inputs are unchanged.
- ``ActionServer`` / ``RasaServer``: started through bot/launcher/servers.py, exactly as the launcher starts
  them (``python -m bot.server run`` with the repository's endpoints.yml), on free loopback ports, logs in
  files, stopped (or killed) with their whole process group.
- ``PostgresCluster``: a throwaway PostgreSQL on loopback, run as a non-root user (initdb refuses root).
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Dict, Optional, Tuple

import yaml

from bot.launcher import servers
from bot.launcher.processes import Child
from bot.launcher.settings import server_env
from tests.support import free_port, peak_rss_kb, sender_id, wait_until_answering

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "privacy_bot"
PYTHON = sys.executable
API_TOKEN = "kansenbot-test-token"
# Responses the fixture domain takes from the project's domain.yml (the real Dutch copy).
SHARED_RESPONSES = ("utter_storing", "utter_storing_actieserver", "utter_storing_mens", "utter_fout_leeg_bericht", "utter_fout_te_lang")


def base_env(**extra: str) -> Dict[str, str]:
    """The servers' environment, with the fixture's action package importable."""
    return server_env(python_path=[FIXTURE], **extra)


# ------------------------------------------------------------------------------------------- the model
def fixture_project(dest: Path) -> Path:
    """Write the fixture project (config, domain with the real shared responses, data) into ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURE / "config.yml", dest / "config.yml")
    shutil.copytree(FIXTURE / "data", dest / "data", dirs_exist_ok=True)
    domain = yaml.safe_load((FIXTURE / "domain.base.yml").read_text(encoding="utf-8"))
    project_responses = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"]
    for name in SHARED_RESPONSES:
        domain["responses"][name] = project_responses[name]
    (dest / "domain.yml").write_text(yaml.safe_dump(domain, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return dest


def _fingerprint(project: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(project.rglob("*.yml")):
        digest.update(path.relative_to(project).as_posix().encode() + path.read_bytes())
    return digest.hexdigest()


def train_model(workdir: Optional[Path] = None) -> Tuple[Path, Optional[float]]:
    """Train the fixture model unless an identical one exists; return (model path, seconds or None)."""
    workdir = workdir or ROOT / "var" / "test" / "privacy_bot"
    project = fixture_project(workdir / "project")
    model = workdir / "models" / "privacy_bot.tar.gz"
    stamp = workdir / "models" / "fingerprint"
    fingerprint = _fingerprint(project)
    if model.exists() and stamp.exists() and stamp.read_text() == fingerprint:
        return model, None
    started = time.monotonic()
    log = workdir / "train.log"
    with log.open("w") as out:
        result = subprocess.run(
            [PYTHON, "-m", "rasa", "train", "--config", "config.yml", "--domain", "domain.yml", "--data", "data",
             "--out", str(model.parent), "--fixed-model-name", "privacy_bot"],
            cwd=project, env=base_env(), stdout=out, stderr=subprocess.STDOUT, timeout=1200,
        )
    if result.returncode != 0 or not model.exists():
        raise RuntimeError(f"training the fixture bot failed; see {log}:\n{log.read_text()[-3000:]}")
    stamp.write_text(fingerprint)
    return model, time.monotonic() - started


# --------------------------------------------------------------------------------------- processes
def http(method: str, url: str, body: Any = None, *, raw: Optional[bytes] = None,
         content_type: str = "application/json", timeout: float = 60) -> Tuple[int, Any]:
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    request = urllib.request.Request(url, data=data, method=method)
    if data is not None:
        request.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            payload = response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        payload, status = error.read(), error.code
    try:
        return status, json.loads(payload) if payload else None
    except ValueError:
        return status, payload.decode("utf-8", "replace")


class ManagedServer:
    """A server started through bot/launcher/servers.py, with its output in a log file."""

    def __init__(self, name: str, log_dir: Path) -> None:
        self.name = name
        self.log_path = log_dir / f"{name}.log"
        self.child: Optional[Child] = None
        self.peak_rss_kb = 0

    @property
    def pid(self) -> int:
        assert self.child is not None
        return self.child.pid

    def running(self) -> bool:
        return self.child is not None and self.child.running()

    def sample_rss(self) -> int:
        """Peak resident memory (VmHWM, kB) of the process so far."""
        if self.running():
            self.peak_rss_kb = max(self.peak_rss_kb, peak_rss_kb(self.child.pid) or 0)
        return self.peak_rss_kb

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.exists() else ""

    def wait_ready(self, timeout: float = 300) -> float:
        return self._wait_ready(timeout)

    def _wait_ready(self, timeout: float) -> float:
        assert self.child is not None
        try:
            return wait_until_answering(self.child.ready_url, self.child.process, self.name, timeout, self.log)
        except RuntimeError:
            self.stop()
            raise

    def stop(self, timeout: float = 20) -> None:
        if self.running():
            self.sample_rss()
            self.child.stop(grace=timeout)

    def kill(self) -> None:
        """SIGKILL, as a crash would end it."""
        if self.running():
            self.child.kill()


class ActionServer(ManagedServer):
    def __init__(self, log_dir: Path, actions: str = "fixture_actions", name: str = "action-server") -> None:
        super().__init__(name, log_dir)
        self.actions = actions
        self.port = free_port()

    def launch(self) -> None:
        self.child = servers.start_action_server(self.port, "127.0.0.1", base_env(), self.actions, self.log_path, self.name)

    def start(self, timeout: float = 120) -> float:
        # As `make run` starts it: rasa-sdk behind Kansenbot's log filter (bot.action_server, servers.py).
        self.launch()
        return self._wait_ready(timeout)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/webhook"


class RasaServer(ManagedServer):
    """The Rasa server with the repository's endpoints.yml (Kansenbot's tracker and lock store), the
    given channels (default: REST only), and the HTTP API behind a token so tests can read trackers."""

    def __init__(self, model: Path, log_dir: Path, action_url: str, env: Optional[Dict[str, str]] = None,
                 name: str = "rasa", credentials: Optional[Dict[str, Any]] = None, port: Optional[int] = None,
                 api: bool = True) -> None:
        super().__init__(name, log_dir)
        self.model = model
        self.port = port or free_port()
        self.env = {"KANSENBOT_ACTION_URL": action_url, **(env or {})}
        self.api = api
        self.config_dir = log_dir / f"{name}-config"
        self.config_dir.mkdir(parents=True, exist_ok=True)
        self.credentials = self.config_dir / "credentials.yml"
        self.credentials.write_text(yaml.safe_dump(credentials or {"bot.channels.rest.KansenbotRestInput": None}))

    def launch(self) -> None:
        """Start the process (in this thread: its parent-death signal follows the thread that started it)."""
        extra = ["--enable-api", "--auth-token", API_TOKEN] if self.api else []
        self.child = servers.start_rasa_server(self.model, "127.0.0.1", self.port, base_env(**self.env),
                                               credentials=self.credentials, extra=extra, log_path=self.log_path,
                                               name=self.name)

    def start(self, timeout: float = 300) -> float:
        self.launch()
        return self._wait_ready(timeout)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def say(self, sender: str, text: Any, timeout: float = 60) -> Tuple[int, Any]:
        """``sender`` is a label; the REST channel gets ``sender_id(sender)`` (it refuses personal-looking ids)."""
        return http("POST", f"{self.base}/webhooks/rest/webhook", {"sender": sender_id(sender), "message": text}, timeout=timeout)

    def tracker(self, sender: str) -> Tuple[int, Any]:
        return http("GET", f"{self.base}/conversations/{sender_id(sender)}/tracker?token={API_TOKEN}")


# -------------------------------------------------------------------------------------- PostgreSQL
def postgres_bin() -> Optional[Path]:
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True)
    if candidates:
        return candidates[0].parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


class PostgresCluster:
    """A throwaway PostgreSQL cluster: temp data dir, loopback TCP on a free port, socket in the temp dir."""

    def __init__(self, user: str = "postgres") -> None:
        self.bin = postgres_bin()
        if self.bin is None:
            raise RuntimeError("PostgreSQL is not installed (scripts/ensure_postgres.sh installs it)")
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="kansenbot-pg-"))
        self.data = self.dir / "data"
        self.run_as = user if os.geteuid() == 0 else None
        self.role = user if os.geteuid() == 0 else os.environ.get("USER", "postgres")

    def _run(self, *command: str, check: bool = True) -> subprocess.CompletedProcess:
        full = list(command)
        if self.run_as:
            full = ["runuser", "-u", self.run_as, "--"] + full
        return subprocess.run(full, check=check, capture_output=True, text=True, timeout=120)

    def start(self) -> None:
        os.chmod(self.dir, 0o755)
        if self.run_as:
            shutil.chown(self.dir, self.run_as, self.run_as)
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", self.role, "-E", "UTF8", "--no-sync")
        self.pg_ctl("start")
        self._run(str(self.bin / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", self.role, "kansenbot")

    def pg_ctl(self, action: str) -> None:
        options = f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.dir} -c fsync=off"
        command = [str(self.bin / "pg_ctl"), "-D", str(self.data), "-w", "-t", "60"]
        if action == "start":
            command += ["-o", options, "-l", str(self.dir / "postgres.log"), "start"]
        else:
            command += ["-m", "fast", "stop"]
        self._run(*command)

    def env(self) -> Dict[str, str]:
        return {
            "KANSENBOT_DB_HOST": "127.0.0.1",
            "KANSENBOT_DB_PORT": str(self.port),
            "KANSENBOT_DB_NAME": "kansenbot",
            "KANSENBOT_DB_USER": self.role,
        }

    def url(self) -> str:
        return f"postgresql://{self.role}@127.0.0.1:{self.port}/kansenbot"

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(self.dir, ignore_errors=True)
