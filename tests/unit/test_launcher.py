"""bot/run.py and bot/launcher/: settings, port checks, clean stops, and the server command line."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
import time

import pytest
import yaml

from bot import run
from bot.launcher import processes, servers
from bot.launcher.processes import Child, LaunchError, check_ports, port_problem, process_group_members
from bot import settings as environment
from bot.launcher.settings import ROOT, Settings, SettingsError
from tests.support import free_port


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return handle.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except FileNotFoundError:
        return False


def _wait_dead(pid: int, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not _alive(pid):
            return True
        time.sleep(0.1)
    return False


@pytest.fixture
def listening_port():
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        yield server.getsockname()[1]


# --- settings ---------------------------------------------------------------------------------------


def test_defaults_listen_on_loopback_only():
    settings = Settings.from_env({})
    assert (settings.host, settings.port, settings.action_port) == ("127.0.0.1", 5005, 5055)
    assert settings.tracker_db_path == ROOT / "var" / "kansenbot.db"
    assert not settings.debug


def test_child_environment_feeds_endpoints_yml():
    settings = Settings.from_env({"KANSENBOT_ACTION_PORT": "5160", "KANSENBOT_SQLITE_PATH": "/tmp/x.db"})
    env = settings.child_env({"RASA_TELEMETRY_ENABLED": "true"})
    assert env["KANSENBOT_ACTION_URL"] == "http://127.0.0.1:5160/webhook"
    assert env["KANSENBOT_SQLITE_PATH"] == "/tmp/x.db"
    assert env["SANIC_HOST"] == "127.0.0.1"
    assert env["RASA_TELEMETRY_ENABLED"] == "false"


@pytest.mark.parametrize(
    "env, message",
    [
        ({"KANSENBOT_PORT": "vijf"}, "KANSENBOT_PORT='vijf': value is not a valid integer"),
        ({"KANSENBOT_ACTION_PORT": "70000"}, "KANSENBOT_ACTION_PORT='70000': ensure this value is less than or equal to 65535"),
        ({"KANSENBOT_PORT": "5150", "KANSENBOT_ACTION_PORT": "5150"}, "both 5150; use two ports."),
        ({"KANSENBOT_START_TIMEOUT": "lang"}, "KANSENBOT_START_TIMEOUT='lang': value is not a valid float"),
    ],
)
def test_unusable_settings_are_named(env, message):
    with pytest.raises(SettingsError) as error:
        Settings.from_env(env)
    assert message in str(error.value)


# --- configuration files -----------------------------------------------------------------------------


def test_endpoints_use_the_local_action_server_and_sqlite_under_var():
    endpoints = yaml.safe_load((ROOT / "endpoints.yml").read_text(encoding="utf-8"))
    assert endpoints["action_endpoint"] == {"url": "${KANSENBOT_ACTION_URL}"}
    # SQLite under var/ unless PostgreSQL is configured: bot/storage/database.py reads KANSENBOT_SQLITE_PATH.
    assert endpoints["tracker_store"] == {"type": "bot.storage.tracker_store.KansenbotTrackerStore"}
    assert environment.shown_default("KANSENBOT_SQLITE_PATH").startswith("var/")


def test_endpoints_yml_expands_through_rasas_own_reader(monkeypatch):
    from rasa.utils.endpoints import read_endpoint_config

    for name, value in Settings.from_env({}).child_env({}).items():
        monkeypatch.setenv(name, value)
    action = read_endpoint_config(str(ROOT / "endpoints.yml"), "action_endpoint")
    assert action.url == "http://127.0.0.1:5055/webhook"
    from bot.storage.database import database_url

    # The tracker store reads the SQLite path the launcher hands to the Rasa server.
    assert database_url(Settings.from_env({}).child_env({})).database == str(ROOT / "var" / "kansenbot.db")


def test_credentials_open_kansenbots_own_rest_widget_and_teams_channels():
    # Rasa's built-in channels would store personal data unfiltered (docs/privacy.md, docs/channels.md).
    credentials = yaml.safe_load((ROOT / "credentials.yml").read_text(encoding="utf-8"))
    assert set(credentials) == {
        "bot.channels.rest.KansenbotRestInput",
        "bot.channels.webchat.WebchatInput",
        "bot.channels.teams.TeamsInput",
    }


def test_the_rasa_server_is_started_through_kansenbots_entry_point_without_the_http_api(monkeypatch):
    started = {}
    monkeypatch.setattr(servers, "start", lambda name, command, **kwargs: started.update(command=command, **kwargs))
    run.start_rasa_server(Settings.from_env({"KANSENBOT_PORT": "5123"}), "models")
    command = started["command"]
    assert command[1:5] == ["-m", "bot.server", "run", "--model"]
    assert command[command.index("--interface") + 1] == "127.0.0.1"
    assert command[command.index("--port") + 1] == "5123"
    assert "--enable-api" not in command and "--debug" not in command
    # Rasa's root route answers for every set of channels (a Teams-only credentials.yml has no REST route).
    assert started["ready_url"] == "http://127.0.0.1:5123/"


def test_the_shell_goes_through_the_same_entry_point():
    command = servers.rasa_command("shell", "models", "127.0.0.1", 5005)
    assert command[1:4] == ["-m", "bot.server", "shell"]


ENTRY_POINT_PROBE = """
import functools, json, sys
import rasa.core.run
from bot import runtime, server
calls = []
# Same signature as Rasa's (rasa.api.run passes only the arguments serve_application declares).
rasa.core.run.serve_application = functools.wraps(rasa.core.run.serve_application)(
    lambda *args, **kwargs: calls.append(kwargs))
code = server.main(sys.argv[1:])
listeners = [(listener.__name__, event) for listener, event in calls[0]["server_listeners"]] if calls else None
print(json.dumps({"code": code, "listeners": listeners, "prepared": runtime._prepared}))
"""


def test_the_entry_point_hands_the_runtime_hooks_to_rasas_serve_application(tmp_path):
    # In a subprocess: the entry point configures logging and TensorFlow for the whole process.
    model = tmp_path / "model.tar.gz"
    model.write_bytes(b"not read: serve_application is replaced")
    env = {**os.environ, "KANSENBOT_ACTION_URL": "http://127.0.0.1:9/webhook", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", ENTRY_POINT_PROBE, "run", "--model", str(model),
         "--credentials", str(ROOT / "credentials.yml"), "--endpoints", str(ROOT / "endpoints.yml")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    probe = json.loads(result.stdout.strip().splitlines()[-1])
    assert probe == {"code": 0, "prepared": True, "listeners": [
        ["_install_when_started", "after_server_start"], ["_close_tracker_store", "after_server_stop"]]}


def test_the_entry_point_refuses_other_commands(capsys):
    from bot import server

    assert server.main(["train"]) == 2
    assert "python -m bot.server run" in capsys.readouterr().err


# --- ports -------------------------------------------------------------------------------------------


def test_a_port_in_use_is_reported_with_the_variable_that_moves_it(listening_port):
    assert port_problem("127.0.0.1", listening_port) == (
        f"port {listening_port} on 127.0.0.1 is already in use (is Kansenbot already running?)"
    )
    with pytest.raises(LaunchError) as error:
        check_ports("127.0.0.1", {"KANSENBOT_ACTION_PORT": listening_port})
    assert f"KANSENBOT_ACTION_PORT: port {listening_port} on 127.0.0.1 is already in use" in str(error.value)
    assert "KANSENBOT_PORT=5105 make run" in str(error.value)


def test_make_run_with_a_port_in_use_stops_with_a_clear_message_and_code_2(listening_port, tmp_path):
    env = {**os.environ, "KANSENBOT_PORT": str(listening_port), "KANSENBOT_ACTION_PORT": str(free_port())}
    result = subprocess.run(
        [sys.executable, "-m", "bot.run", "serve", "--no-train"], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "[kansenbot] ERROR: Cannot start Kansenbot:" in result.stderr
    assert f"KANSENBOT_PORT: port {listening_port} on 127.0.0.1 is already in use" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_bad_setting_stops_the_launcher_with_a_clear_message():
    env = {**os.environ, "KANSENBOT_PORT": "abc"}
    result = subprocess.run(
        [sys.executable, "-m", "bot.run", "serve"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert "[kansenbot] ERROR: KANSENBOT_PORT='abc': value is not a valid integer" in result.stderr


# --- child processes ------------------------------------------------------------------------------------

# A server stand-in that starts a helper of its own, like a worker process.
SERVER_WITH_HELPER = "import subprocess, sys, time; subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)']); time.sleep(600)"
SERVER_IGNORING_SIGTERM = "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); print('up', flush=True); time.sleep(600)"


def _start(code: str) -> Child:
    return processes.start("test server", [sys.executable, "-c", code], "http://127.0.0.1:9/", dict(os.environ), str(ROOT))


def test_stopping_a_child_removes_its_whole_process_group():
    child = _start(SERVER_WITH_HELPER)
    deadline = time.monotonic() + 10
    while len(process_group_members(child.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(process_group_members(child.pid)) == 2, "the stand-in should run with its helper"

    child.stop(grace=5)

    assert _wait_dead(child.pid) and process_group_members(child.pid) == []


def _ignores_sigterm(pid: int) -> bool:
    with open(f"/proc/{pid}/status", encoding="ascii") as handle:
        mask = next(line.split()[1] for line in handle if line.startswith("SigIgn:"))
    return bool(int(mask, 16) & (1 << (signal.SIGTERM - 1)))


def test_a_child_that_ignores_sigterm_is_killed_after_the_grace_period():
    child = _start(SERVER_IGNORING_SIGTERM)
    # Wait until the stand-in really ignores SIGTERM: a fixed sleep raced with a slow start on a busy CI.
    deadline = time.monotonic() + 20
    while not _ignores_sigterm(child.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _ignores_sigterm(child.pid)
    started = time.monotonic()

    code = child.stop(grace=1)

    assert code == -signal.SIGKILL and time.monotonic() - started < 10


def test_children_die_with_the_launcher_even_when_it_is_killed(tmp_path):
    pid_file = tmp_path / "child.pid"
    launcher = textwrap.dedent(
        f"""
        import os, sys, time
        from bot.launcher import processes
        child = processes.start("stand-in", [sys.executable, "-c", "import time; time.sleep(600)"],
                                "http://127.0.0.1:9/", dict(os.environ), {str(ROOT)!r})
        open({str(pid_file)!r}, "w").write(str(child.pid))
        time.sleep(600)
        """
    )
    parent = subprocess.Popen([sys.executable, "-c", launcher], cwd=ROOT)
    deadline = time.monotonic() + 20
    while not pid_file.exists() or not pid_file.read_text():
        assert time.monotonic() < deadline, "stand-in launcher did not start its child"
        time.sleep(0.1)
    child_pid = int(pid_file.read_text())
    assert _alive(child_pid)

    parent.kill()  # SIGKILL: no chance to clean up
    parent.wait()

    assert _wait_dead(child_pid), "the child outlived a killed launcher (orphan)"


def test_a_child_that_dies_while_starting_is_reported():
    child = _start("import sys; sys.exit(3)")
    with pytest.raises(LaunchError, match=r"The test server stopped while starting \(exit code 3\)"):
        processes.wait_until_ready([child], timeout=30)


def test_a_child_that_never_answers_times_out_with_advice():
    child = _start("import time; time.sleep(600)")
    try:
        with pytest.raises(LaunchError, match="did not become ready within 1 s .*KANSENBOT_START_TIMEOUT"):
            processes.wait_until_ready([child], timeout=1)
    finally:
        child.stop(grace=2)
