"""bot/checks/validate_data.py: validation fails on any Rasa warning, passes a clean project."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.launcher.settings import ROOT

CONFIG = """
recipe: default.v1
assistant_id: validate-test
language: nl
pipeline:
  - name: WhitespaceTokenizer
  - name: CountVectorsFeaturizer
  - name: DIETClassifier
    epochs: 1
policies:
  - name: RulePolicy
"""
DOMAIN = """
version: "3.1"
intents: [greet, goodbye]
responses:
  utter_greet:
    - text: "Hoi!"
  utter_goodbye:
    - text: "Doei!"
"""
NLU = """
version: "3.1"
nlu:
- intent: greet
  examples: |
    - hoi
    - hallo
- intent: goodbye
  examples: |
    - doei
    - dag
"""
RULES = """
version: "3.1"
rules:
- rule: groet
  steps:
  - intent: greet
  - action: utter_greet
- rule: doei
  steps:
  - intent: goodbye
  - action: utter_goodbye
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "data" / "nlu").mkdir(parents=True)
    (tmp_path / "data" / "dialogue").mkdir()
    (tmp_path / "config.yml").write_text(CONFIG)
    (tmp_path / "domain.yml").write_text(DOMAIN)
    (tmp_path / "data" / "nlu" / "nlu.yml").write_text(NLU)
    (tmp_path / "data" / "dialogue" / "rules.yml").write_text(RULES)
    return tmp_path


def validate(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot.checks.validate_data", "--config", "config.yml", "--domain", "domain.yml",
         "--data", "data/nlu", "data/dialogue"],
        cwd=project, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "TF_CPP_MIN_LOG_LEVEL": "3",
                          "RASA_TELEMETRY_ENABLED": "false", "HOME": str(project)},
        capture_output=True, text=True, timeout=300,
    )


def test_a_clean_project_passes(project):
    result = validate(project)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "[kansenbot] training data, domain and config are valid (no warnings)." in result.stderr


def test_a_warning_that_rasas_own_flag_lets_through_fails(project):
    # An unused response: `rasa data validate --fail-on-warnings` exits 0 on this in Rasa 3.6.21.
    (project / "domain.yml").write_text(DOMAIN + '  utter_ongebruikt:\n    - text: "Nooit gezegd."\n')

    result = validate(project)

    assert result.returncode == 1
    assert "[kansenbot] validation warning: The utterance 'utter_ongebruikt' is not used in any story or rule." in result.stderr
    assert "[kansenbot] ERROR: 1 validation warning(s)" in result.stderr


def test_an_error_fails(project):
    (project / "data" / "dialogue" / "rules.yml").write_text(RULES.replace("utter_goodbye", "utter_bestaat_niet"))
    result = validate(project)
    assert result.returncode == 1


def test_missing_inputs_are_named(project):
    (project / "domain.yml").unlink()
    result = validate(project)
    assert result.returncode == 1
    assert "[kansenbot] ERROR: validation input missing: domain.yml" in result.stderr
