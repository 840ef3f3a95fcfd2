"""`make train` / `make run` train only when the model's inputs changed (bot/run.py + training_inputs)."""
from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from bot import run
from bot.launcher import training_inputs
from bot.launcher.settings import ROOT, Settings


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "data" / "nlu").mkdir(parents=True)
    (tmp_path / "data" / "dialogue").mkdir()
    (tmp_path / "data" / "nlu" / "groet.yml").write_text("nlu: []\n")
    (tmp_path / "domain.yml").write_text("version: '3.1'\n")
    (tmp_path / "config.yml").write_text("language: nl\n")
    shutil.copytree(ROOT / "requirements", tmp_path / "requirements")
    return tmp_path


def _digest(project: Path) -> str:
    return training_inputs.digest(project, [project / "config.yml", project / "domain.yml", project / "data" / "nlu"])


def test_the_digest_is_stable_and_sees_every_kind_of_change(project):
    first = _digest(project)
    assert _digest(project) == first

    (project / "data" / "nlu" / "groet.yml").write_text("nlu: [x]\n")
    edited = _digest(project)
    assert edited != first

    (project / "data" / "nlu" / "extra.yml").write_text("nlu: []\n")
    added = _digest(project)
    assert added != edited

    (project / "data" / "nlu" / "extra.yml").rename(project / "data" / "nlu" / "renamed.yml")
    assert _digest(project) != added

    before_pin = _digest(project)
    with (project / "requirements" / "lock.txt").open("a") as pins:
        pins.write("example==1.0\n")
    assert _digest(project) != before_pin


@pytest.fixture
def fake_rasa(monkeypatch, tmp_path):
    """Replace the `rasa train` subprocess; it 'trains' by writing the model file."""
    calls = []

    def fake_run(command, **kwargs):
        calls.append(command)
        out = Path(command[command.index("--out") + 1])
        if fake_run.succeeds:
            (out / f"{command[command.index('--fixed-model-name') + 1]}.tar.gz").write_bytes(b"model")
        return SimpleNamespace(returncode=0 if fake_run.succeeds else 1)

    fake_run.succeeds = True
    monkeypatch.setattr(run.subprocess, "run", fake_run)
    monkeypatch.setattr(run.training_inputs, "digest", lambda root, inputs: fake_run.inputs)
    fake_run.inputs = "inputs-v1"
    fake_run.calls = calls
    return fake_run


def test_training_runs_once_and_is_skipped_while_nothing_changes(fake_rasa, tmp_path, capsys):
    settings = Settings.from_env({})
    assert run.train(settings, out=tmp_path) == 0
    assert len(fake_rasa.calls) == 1
    command = fake_rasa.calls[0]
    assert command[1:4] == ["-m", "rasa", "train"]
    assert command[command.index("--config") + 1] == "var/config.active.yml"
    assert command[command.index("--data") + 1 : command.index("--data") + 3] == ["data/nlu", "data/dialogue"]

    assert run.train(settings, out=tmp_path) == 0
    assert len(fake_rasa.calls) == 1, "unchanged inputs must not train again"
    assert "Nothing changed since the last training" in capsys.readouterr().err

    fake_rasa.inputs = "inputs-v2"
    assert run.train(settings, out=tmp_path) == 0
    assert len(fake_rasa.calls) == 2


def test_force_always_trains(fake_rasa, tmp_path):
    settings = Settings.from_env({})
    run.train(settings, out=tmp_path)
    run.train(settings, force=True, out=tmp_path)
    assert len(fake_rasa.calls) == 2 and "--force" in fake_rasa.calls[1]


def test_a_failed_training_is_retried_next_time(fake_rasa, tmp_path):
    settings = Settings.from_env({})
    run.train(settings, out=tmp_path)
    fake_rasa.inputs = "inputs-v2"
    fake_rasa.succeeds = False
    assert run.train(settings, out=tmp_path) == 1

    fake_rasa.succeeds = True
    assert run.train(settings, out=tmp_path) == 0
    assert len(fake_rasa.calls) == 3, "after a failure the old model's record must not count as up to date"


def test_a_deleted_model_is_trained_again(fake_rasa, tmp_path):
    settings = Settings.from_env({})
    run.train(settings, out=tmp_path)
    (tmp_path / "kansenbot.tar.gz").unlink()
    run.train(settings, out=tmp_path)
    assert len(fake_rasa.calls) == 2
