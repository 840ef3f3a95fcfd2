"""bot/nlp/spacy_pipeline.py: both loading paths, the active config, the wheel folder and the sha256 pin.

The official nl_core_news_sm cannot be downloaded here, so an impostor is built: a blank Dutch
pipeline packaged by `spacy package` as nl_core_news_sm 3.4.0. It is installed with PIP_TARGET into a
temporary folder, never into the shared environment.
"""
from __future__ import annotations

import hashlib
import importlib.metadata
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.launcher.settings import ROOT
from bot.nlp import spacy_pipeline as sp


def _quiet_env() -> dict:
    import os

    return {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"}


@pytest.fixture(scope="module")
def impostor_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel nl_core_news_sm-3.4.0-py3-none-any.whl of a blank Dutch pipeline, alone in a folder."""
    work = tmp_path_factory.mktemp("impostor")
    source, packaged, wheels = work / "pipeline", work / "packaged", work / "wheels"
    packaged.mkdir()
    wheels.mkdir()
    subprocess.run(
        [sys.executable, "-c", "import spacy, sys; spacy.blank('nl').to_disk(sys.argv[1])", str(source)],
        check=True, capture_output=True, env=_quiet_env(),
    )
    subprocess.run(
        [sys.executable, "-m", "spacy", "package", str(source), str(packaged),
         "--name", "core_news_sm", "--version", sp.OFFICIAL_VERSION, "--build", "wheel"],
        check=True, capture_output=True, env=_quiet_env(),
    )
    (built,) = packaged.glob("*/dist/*.whl")
    assert built.name == f"{sp.OFFICIAL_NAME}-{sp.OFFICIAL_VERSION}-py3-none-any.whl"
    return Path(shutil.copy(built, wheels))


@pytest.fixture
def pip_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Redirect every pip install of the code under test into a temporary folder."""
    target = tmp_path / "site"
    monkeypatch.setenv("PIP_TARGET", str(target))
    monkeypatch.delenv(sp.WHEELS_ENV, raising=False)
    monkeypatch.delenv(sp.SHA256_ENV, raising=False)

    # "Installed" means installed in the target, so the tests also hold where the real pipeline exists.
    def installed_in_target() -> bool:
        return any(
            dist.metadata["Name"] == sp.OFFICIAL_NAME and dist.version == sp.OFFICIAL_VERSION
            for dist in importlib.metadata.distributions(path=[str(target)])
        )

    monkeypatch.setattr(sp, "official_installed", installed_in_target)
    yield target
    for name in [module for module in sys.modules if module.startswith(sp.OFFICIAL_NAME)]:
        del sys.modules[name]


@pytest.fixture
def official_absent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sp, "official_installed", lambda: False)


def _fake_installed_version(monkeypatch: pytest.MonkeyPatch, version: str) -> None:
    real = importlib.metadata.version

    def version_of(name: str) -> str:
        return version if name == sp.OFFICIAL_NAME else real(name)

    monkeypatch.setattr(sp.importlib.metadata, "version", version_of)


def _write_config(root: Path) -> None:
    shutil.copy(ROOT / "config.yml", root / "config.yml")


# --- loading path 1: the official pipeline -------------------------------------------------------


def test_the_official_pipeline_is_used_when_its_pinned_version_is_installed(tmp_path, monkeypatch):
    _fake_installed_version(monkeypatch, sp.OFFICIAL_VERSION)

    active = sp.resolve(tmp_path)

    assert active == sp.ActivePipeline(sp.OFFICIAL_NAME, False, f"official {sp.OFFICIAL_NAME} {sp.OFFICIAL_VERSION}")
    assert not (tmp_path / sp.FALLBACK_REL).exists(), "no fallback is built when the official one is there"


def test_another_version_of_the_official_pipeline_does_not_count(tmp_path, monkeypatch):
    _fake_installed_version(monkeypatch, "3.7.0")
    assert not sp.official_installed()
    assert sp.resolve(tmp_path).is_fallback


def test_a_wheel_folder_installs_the_official_pipeline_which_then_loads(impostor_wheel, pip_target, tmp_path, monkeypatch):
    assert not sp.official_installed(), "precondition: nothing installed in the target yet"
    monkeypatch.setenv(sp.WHEELS_ENV, str(impostor_wheel.parent))

    status = sp.install_official(url="http://127.0.0.1:9/unreachable.whl", timeout=2)

    assert status == f"installed {sp.OFFICIAL_NAME} {sp.OFFICIAL_VERSION} from {impostor_wheel.parent}"
    monkeypatch.syspath_prepend(str(pip_target))
    assert sp.official_installed()
    active = sp.resolve(tmp_path)
    assert active.model == sp.OFFICIAL_NAME and not active.is_fallback

    import spacy

    nlp = spacy.load(active.model)
    assert nlp.lang == "nl"
    assert [token.text for token in nlp("Ik heb geen laptop.")] == ["Ik", "heb", "geen", "laptop", "."]


def test_a_wheel_folder_without_the_wheel_is_reported_and_the_download_tried(tmp_path, pip_target, capsys):
    status = sp.install_official(wheel_dir=str(tmp_path), url="http://127.0.0.1:9/unreachable.whl", timeout=2)

    assert status.startswith("official release not reachable")
    assert f"{tmp_path} holds no {sp.OFFICIAL_NAME}-{sp.OFFICIAL_VERSION} wheel" in capsys.readouterr().err
    assert not pip_target.exists()


# --- the sha256 pin on the downloaded release -----------------------------------------------------


def test_a_download_with_another_sha256_is_refused_and_not_installed(impostor_wheel, pip_target):
    status = sp.install_official(wheel_dir="", url=impostor_wheel.as_uri(), sha256="0" * 64)

    assert status.startswith("REFUSED the downloaded wheel: sha256 ")
    assert not pip_target.exists(), "nothing may be installed from a file with the wrong checksum"


def test_a_download_with_the_pinned_sha256_is_installed(impostor_wheel, pip_target, monkeypatch):
    digest = hashlib.sha256(impostor_wheel.read_bytes()).hexdigest()
    monkeypatch.setenv(sp.SHA256_ENV, digest.upper())  # the environment pin, case-insensitive

    status = sp.install_official(wheel_dir="", url=impostor_wheel.as_uri())

    assert status == f"installed {sp.OFFICIAL_NAME} {sp.OFFICIAL_VERSION} from the official release"
    assert list(pip_target.glob(f"{sp.OFFICIAL_NAME}-{sp.OFFICIAL_VERSION}.dist-info"))


def test_without_a_pin_the_download_is_installed_with_a_warning_naming_its_sha256(impostor_wheel, pip_target, capsys):
    status = sp.install_official(wheel_dir="", url=impostor_wheel.as_uri(), sha256="")

    digest = hashlib.sha256(impostor_wheel.read_bytes()).hexdigest()
    assert status.endswith("from the official release")
    assert f"no sha256 pinned for {sp.OFFICIAL_NAME}; downloaded file has sha256 {digest}" in capsys.readouterr().err


# --- loading path 2: the fallback -----------------------------------------------------------------


def test_the_fallback_is_built_from_spacys_dutch_data_and_lemmatises(tmp_path, official_absent):
    active = sp.resolve(tmp_path)

    assert active.is_fallback and active.model == "var/spacy/nl_kansenbot_fallback"
    import spacy

    nlp = spacy.load(tmp_path / active.model)
    assert nlp.lang == "nl" and nlp.meta["name"] == sp.FALLBACK_MARK
    assert nlp.pipe_names == ["lemmatizer"]
    doc = nlp("Ik ging met twee laptops naar school")
    assert [token.lemma_ for token in doc][1] == "gaan"
    assert [token.lemma_ for token in doc][4] == "laptop"
    assert doc[0].is_stop and not doc[4].is_stop


def test_the_fallback_is_built_once(tmp_path, official_absent):
    sp.resolve(tmp_path)
    meta = tmp_path / sp.FALLBACK_REL / "meta.json"
    before = meta.stat().st_mtime_ns

    sp.resolve(tmp_path)

    assert meta.stat().st_mtime_ns == before


# --- var/config.active.yml -------------------------------------------------------------------------


def test_the_active_config_points_spacy_at_the_fallback_and_changes_nothing_else(tmp_path):
    _write_config(tmp_path)
    fallback = sp.ActivePipeline("var/spacy/nl_kansenbot_fallback", True, "FALLBACK Dutch pipeline")

    written = sp.write_active_config(tmp_path, fallback)

    assert written == tmp_path / "var" / "config.active.yml"
    text = written.read_text(encoding="utf-8")
    assert text.startswith("# GENERATED from config.yml")
    assert "# spaCy pipeline: FALLBACK Dutch pipeline" in text
    source = yaml.safe_load((tmp_path / "config.yml").read_text(encoding="utf-8"))
    active = yaml.safe_load(text)
    spacy_steps = [step for step in active["pipeline"] if step["name"] == "SpacyNLP"]
    assert spacy_steps == [{"name": "SpacyNLP", "model": "var/spacy/nl_kansenbot_fallback"}]
    for step in source["pipeline"]:
        step["model"] = fallback.model if step["name"] == "SpacyNLP" else step.get("model")
        if step["model"] is None:
            del step["model"]
    assert active == source


def test_the_active_config_is_rewritten_only_when_the_pipeline_changes(tmp_path):
    _write_config(tmp_path)
    fallback = sp.ActivePipeline("var/spacy/nl_kansenbot_fallback", True, "FALLBACK Dutch pipeline")
    official = sp.ActivePipeline(sp.OFFICIAL_NAME, False, "official")
    target = sp.write_active_config(tmp_path, fallback)
    first = target.stat().st_mtime_ns

    sp.write_active_config(tmp_path, fallback)
    assert target.stat().st_mtime_ns == first, "unchanged content must not touch the file"

    sp.write_active_config(tmp_path, official)
    spacy_step = yaml.safe_load(target.read_text(encoding="utf-8"))["pipeline"][0]
    assert spacy_step == {"name": "SpacyNLP", "model": sp.OFFICIAL_NAME}


def test_the_repository_config_names_the_official_pipeline():
    config = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))
    assert {"name": "SpacyNLP", "model": sp.OFFICIAL_NAME} in config["pipeline"]


# --- the banner -----------------------------------------------------------------------------------


def test_the_fallback_banner_is_loud_and_says_how_to_get_the_official_pipeline():
    text = sp.banner(sp.ActivePipeline("x", True, "FALLBACK"), "server start")
    assert "server start: spaCy FALLBACK pipeline in use" in text
    assert text.count("\n") >= 4 and text.startswith("!" * 20)
    assert "make spacy-model" in text and sp.WHEELS_ENV in text


def test_the_official_banner_is_one_line():
    text = sp.banner(sp.ActivePipeline(sp.OFFICIAL_NAME, False, "official nl_core_news_sm 3.4.0"), "training")
    assert text == "[kansenbot] training: spaCy pipeline = official nl_core_news_sm 3.4.0"
