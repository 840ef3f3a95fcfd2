"""scripts/setup.sh refuses a bad set-up with a clear message: wrong Python, no disk space, no registry.

Each case runs the real script in a copy of the repository's set-up files, so the shared .venv is
never touched.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.launcher.settings import ROOT


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    for folder in ("scripts", "requirements"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    return tmp_path


def run_setup(checkout: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["bash", str(checkout / "scripts" / "setup.sh")],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_python_that_is_not_3_11_is_refused_by_name(checkout):
    result = run_setup(checkout, PYTHON="/bin/false")

    assert result.returncode == 1
    assert "[setup] ERROR: Kansenbot needs Python 3.11, but PYTHON=/bin/false is not" in result.stderr
    assert not (checkout / ".venv").exists()


def test_a_python_of_another_version_is_refused_with_its_version(checkout, tmp_path):
    fake = tmp_path / "python3.10"
    fake.write_text("#!/bin/sh\nif [ \"$1\" = --version ]; then echo 'Python 3.10.12'; exit 0; fi\nexit 1\n")
    fake.chmod(0o755)

    result = run_setup(checkout, PYTHON=str(fake))

    assert result.returncode == 1
    assert "it reports: Python 3.10.12" in result.stderr


def test_an_environment_made_by_another_python_is_refused(checkout):
    venv_bin = checkout / ".venv" / "bin"
    venv_bin.mkdir(parents=True)
    (venv_bin / "python").write_text("#!/bin/sh\necho 'Python 3.9.2'; exit 1\n")
    (venv_bin / "python").chmod(0o755)

    result = run_setup(checkout, PYTHON=sys.executable)

    assert result.returncode == 1
    assert ".venv was made with Python 3.9.2, not Python 3.11. Remove it (rm -rf .venv)" in result.stderr


def test_too_little_disk_space_is_refused_before_installing(checkout):
    result = run_setup(checkout, PYTHON=sys.executable, KANSENBOT_SETUP_NEED_MB=str(10**12))

    assert result.returncode == 1
    assert "[setup] ERROR: Not enough disk space:" in result.stderr
    assert f"needs about {10**12} MB" in result.stderr
    assert not (checkout / ".venv").exists()


def test_an_unreachable_package_registry_is_named_as_such(checkout):
    result = run_setup(
        checkout,
        PYTHON=sys.executable,
        KANSENBOT_SETUP_NEED_MB="0",
        PIP_INDEX_URL="http://127.0.0.1:9/simple",  # port 9 (discard) is closed: connection refused
        PIP_RETRIES="0",
        PIP_TIMEOUT="2",
        PIP_NO_CACHE_DIR="1",
    )

    assert result.returncode == 1
    assert "[setup] ERROR: pip could not reach the package registry (PyPI)" in result.stderr
    assert not (checkout / ".venv" / ".kansenbot-installed").exists(), "a failed install must not be stamped"


def test_an_installed_environment_is_recognised_without_pip(checkout):
    """The stamp path: nothing to install, so no network and no pip (the installed .venv is faked)."""
    venv_bin = checkout / ".venv" / "bin"
    venv_bin.mkdir(parents=True)
    (venv_bin / "python").symlink_to(sys.executable)
    (venv_bin / "rasa").write_text("#!/bin/sh\nexit 0\n")
    (venv_bin / "rasa").chmod(0o755)
    (venv_bin / "pip").write_text("#!/bin/sh\necho pip must not run >&2; exit 3\n")
    (venv_bin / "pip").chmod(0o755)
    requirements = (checkout / "requirements" / "lock.txt").read_bytes() + (checkout / "requirements" / "rasa.txt").read_bytes()
    import hashlib

    (checkout / ".venv" / ".kansenbot-installed").write_text(hashlib.sha256(requirements).hexdigest() + "\n")
    # The spaCy step needs the bot package; a stub that only proves it is reached keeps this fast.
    (checkout / "bot" / "nlp").mkdir(parents=True)
    (checkout / "bot" / "__init__.py").write_text("")
    (checkout / "bot" / "nlp" / "__init__.py").write_text("")
    (checkout / "bot" / "nlp" / "spacy_pipeline.py").write_text("import sys; print('spacy step', sys.argv[1:])\n")

    result = run_setup(checkout, PYTHON=sys.executable)

    assert result.returncode == 0, result.stderr
    assert "[setup] Python environment is up to date (.venv)." in result.stdout
    assert "spacy step ['setup', '--stage', 'set-up']" in result.stdout
    assert "pip must not run" not in result.stderr
