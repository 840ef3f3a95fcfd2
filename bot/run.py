"""Kansenbot launcher: `python -m bot.run serve|shell|train` (what `make run`, `make shell`, `make train` call).

serve  train if data or config changed, then start the action server and the Rasa server (REST and
       socket.io from credentials.yml, tracker store and action endpoint from endpoints.yml) on
       KANSENBOT_HOST, wait until both answer, and stop both on Ctrl-C / SIGTERM.
shell  the same action server plus `rasa shell`, to chat in the terminal.
train  write var/config.active.yml and run `rasa train` into models/kansenbot.tar.gz, unless that model
       was trained on exactly the current config, domain and data ("Nothing changed").

`--enable-api` is deliberately never passed: without a token it would open every conversation to anyone.
"""
from __future__ import annotations

import argparse
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import List, Optional

from bot.launcher import servers, training_inputs
from bot.launcher.processes import Child, LaunchError, check_ports, wait_until_ready
from bot.launcher.settings import ROOT, Settings, SettingsError
from bot.nlp import spacy_pipeline

# Training data for Rasa; data/knowledge/ is the knowledge base and not training data.
TRAINING_DATA = ("data/nlu", "data/dialogue")
DOMAIN = "domain.yml"
MODELS = ROOT / "models"
# One model file, replaced by each training: models/ does not grow, and "newest model" is unambiguous.
MODEL_NAME = "kansenbot"


def say(message: str) -> None:
    print(f"[kansenbot] {message}", file=sys.stderr, flush=True)


def train(settings: Settings, force: bool = False, out: Path = MODELS) -> int:
    """Train unless the newest model was trained on exactly the current inputs.

    Rasa 3.6 itself always writes a new model (`rasa train` has no "Nothing changed" any more; its
    fingerprints only decide which components come from the training cache in .rasa/). So the
    launcher records a digest of the inputs next to the model and skips Rasa when they match.
    """
    active = spacy_pipeline.resolve()
    config = spacy_pipeline.write_active_config(active=active)
    say(spacy_pipeline.banner(active, "training"))
    model, record = out / f"{MODEL_NAME}.tar.gz", out / f"{MODEL_NAME}.inputs"
    digest = training_inputs.digest(ROOT, [config, ROOT / DOMAIN, *(ROOT / path for path in TRAINING_DATA)])
    if not force and model.exists() and record.exists() and record.read_text().strip() == digest:
        say(f"Nothing changed since the last training: using {model.relative_to(ROOT) if model.is_relative_to(ROOT) else model}.")
        return 0
    command = [
        sys.executable, "-m", "rasa", "train",
        "--config", str(config.relative_to(ROOT)),
        "--domain", DOMAIN,
        "--data", *TRAINING_DATA,
        "--out", str(out),
        "--fixed-model-name", MODEL_NAME,
        *(["--force"] if force else []),
    ]
    record.unlink(missing_ok=True)
    code = subprocess.run(command, cwd=ROOT, env=settings.child_env()).returncode
    if code == 0 and model.exists():
        record.write_text(digest + "\n")
    return code


def _model_argument(settings: Settings) -> str:
    model = ROOT / settings.model
    if model.is_dir() and not any(model.glob("*.tar.gz")):
        raise LaunchError(f"No trained model in {settings.model}/. Run `make train` (or `make run`, which trains).")
    if not model.exists():
        raise LaunchError(f"KANSENBOT_MODEL={settings.model} does not exist.")
    return str(model)


def _check_ports(settings: Settings) -> None:
    check_ports(settings.host, {"KANSENBOT_PORT": settings.port, "KANSENBOT_ACTION_PORT": settings.action_port})


def start_action_server(settings: Settings) -> Child:
    return servers.start_action_server(settings.action_port, settings.host, settings.child_env())


def start_rasa_server(settings: Settings, model: str) -> Child:
    return servers.start_rasa_server(model, settings.host, settings.port, settings.child_env(), debug=settings.debug)


class StopRequest:
    """Turns SIGINT/SIGTERM into a flag the launcher's loop checks, so shutdown is orderly."""

    def __init__(self) -> None:
        self._event = threading.Event()
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(sig, self._handle)

    def _handle(self, signum: int, _frame: object) -> None:
        if not self._event.is_set():
            say(f"{signal.Signals(signum).name} received: stopping Kansenbot...")
        self._event.set()

    def __call__(self) -> bool:
        return self._event.is_set()

    def wait(self, seconds: float) -> bool:
        return self._event.wait(seconds)


def stop_all(children: List[Child]) -> None:
    # Reverse start order: the Rasa server stops taking messages before its action server goes.
    for child in reversed(children):
        child.stop()
    say("stopped.")


def serve(settings: Settings, train_first: bool) -> int:
    stop = StopRequest()
    _check_ports(settings)
    if settings.debug:
        say("KANSENBOT_DEBUG=1: debug logs contain what users type. Never use this in production.")
    if train_first:
        code = train(settings)
        if code != 0:
            say(f"training failed (exit code {code}); not starting.")
            return code
    if stop():
        return 130
    model = _model_argument(settings)
    settings.tracker_db_path.parent.mkdir(parents=True, exist_ok=True)
    # Ports again: training can take minutes and something may have taken a port meanwhile.
    _check_ports(settings)
    say(spacy_pipeline.banner(spacy_pipeline.resolve(), "server start"))
    children: List[Child] = []
    try:
        children.append(start_action_server(settings))
        children.append(start_rasa_server(settings, model))
        if not wait_until_ready(children, settings.start_timeout, should_stop=stop):
            return 130
        say(
            f"ready: REST {settings.rasa_url}/webhooks/rest/webhook, socket.io {settings.rasa_url}/socket.io,"
            f" actions {settings.action_server_url}. Ctrl-C stops both."
        )
        while not stop.wait(0.5):
            for child in children:
                code = child.process.poll()
                if code is not None:
                    raise LaunchError(f"The {child.name} stopped unexpectedly (exit code {code}); see its output above.")
        return 0
    finally:
        stop_all(children)


def shell(settings: Settings, train_first: bool) -> int:
    _check_ports(settings)
    if train_first and (code := train(settings)) != 0:
        return code
    model = _model_argument(settings)
    settings.tracker_db_path.parent.mkdir(parents=True, exist_ok=True)
    say(spacy_pipeline.banner(spacy_pipeline.resolve(), "server start"))
    action_server = start_action_server(settings)
    try:
        wait_until_ready([action_server], settings.start_timeout)
        command = servers.rasa_command("shell", model, settings.host, settings.port, debug=settings.debug)
        # The shell owns the terminal: Ctrl-C reaches it directly and ends the chat.
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            return subprocess.run(command, cwd=ROOT, env=settings.child_env()).returncode
        finally:
            signal.signal(signal.SIGINT, previous)
    finally:
        stop_all([action_server])


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["serve", "shell", "train"])
    parser.add_argument("--no-train", action="store_true", help="serve/shell: serve the newest model as it is")
    parser.add_argument("--force", action="store_true", help="train: retrain every component")
    parser.add_argument("--out", type=Path, default=MODELS, help="train: folder for the model (default models/)")
    args = parser.parse_args(argv)
    try:
        settings = Settings.from_env()
        if args.command == "train":
            return train(settings, force=args.force, out=args.out.resolve())
        if args.command == "serve":
            return serve(settings, train_first=not args.no_train)
        return shell(settings, train_first=not args.no_train)
    except (LaunchError, SettingsError) as error:
        say(f"ERROR: {error}")
        return 2


if __name__ == "__main__":
    sys.exit(main())
