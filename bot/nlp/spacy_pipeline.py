"""Which Dutch spaCy pipeline Kansenbot runs on, and how it gets one.

config.yml names the official pipeline ``nl_core_news_sm`` 3.4.0. Set-up installs it from a local wheel
directory (``KANSENBOT_SPACY_WHEELS``) or from the official release URL. Where neither can be reached
(a school network, or CI without internet), set-up builds a fallback from spaCy's own Dutch language
data: the Dutch tokenizer and stop words plus the lookup lemmatizer from ``spacy-lookups-data``. The
fallback has no tagger, parser or named entities, so it is announced loudly wherever it is used.

Training and serving use ``var/config.active.yml``: config.yml with the SpacyNLP ``model`` replaced
by the fallback's path when the official pipeline is missing. Because that path is part of the config,
Rasa's fingerprint changes when the official pipeline appears, and the model is retrained.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import os
import subprocess
import sys
import tempfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Optional

import yaml

OFFICIAL_NAME = "nl_core_news_sm"
OFFICIAL_VERSION = "3.4.0"
OFFICIAL_URL = (
    "https://github.com/explosion/spacy-models/releases/download/"
    f"{OFFICIAL_NAME}-{OFFICIAL_VERSION}/{OFFICIAL_NAME}-{OFFICIAL_VERSION}-py3-none-any.whl"
)
# The release wheel's sha256 could not be read on the machine this was written on (no route to the
# release host, and no public lock file that records it). Set it here, or in KANSENBOT_SPACY_SHA256,
# to make set-up refuse any other file.
OFFICIAL_SHA256 = ""
SHA256_ENV = "KANSENBOT_SPACY_SHA256"


def pinned_sha256() -> str:
    return os.environ.get(SHA256_ENV, OFFICIAL_SHA256).strip().lower()

WHEELS_ENV = "KANSENBOT_SPACY_WHEELS"
ROOT = Path(__file__).resolve().parents[2]
# Relative to the repository root, so the active config (and so Rasa's fingerprint) is the same on
# every clone.
FALLBACK_REL = Path("var") / "spacy" / "nl_kansenbot_fallback"
ACTIVE_CONFIG_REL = Path("var") / "config.active.yml"
FALLBACK_MARK = "kansenbot_fallback"


@dataclass(frozen=True)
class ActivePipeline:
    """The spaCy pipeline that training and serving use."""

    model: str  # what SpacyNLP loads: a package name or a path relative to the repository root
    is_fallback: bool
    description: str


def official_installed() -> bool:
    try:
        return importlib.metadata.version(OFFICIAL_NAME) == OFFICIAL_VERSION
    except importlib.metadata.PackageNotFoundError:
        return False


def _pip(*args: str) -> bool:
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", *args]
    return subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def install_official(
    wheel_dir: Optional[str] = None,
    url: str = OFFICIAL_URL,
    timeout: float = 30.0,
    sha256: Optional[str] = None,
) -> str:
    """Try to install the official pipeline; return a short status line.

    pip honours PIP_TARGET and the other PIP_* variables, so the install location can be redirected
    (the tests install into a temporary folder, never into the shared environment).
    """
    sha256 = pinned_sha256() if sha256 is None else sha256
    if official_installed():
        return f"{OFFICIAL_NAME} {OFFICIAL_VERSION} is already installed"
    wheel_dir = wheel_dir if wheel_dir is not None else os.environ.get(WHEELS_ENV)
    if wheel_dir:
        if _pip("--no-index", "--find-links", wheel_dir, f"{OFFICIAL_NAME}=={OFFICIAL_VERSION}"):
            return f"installed {OFFICIAL_NAME} {OFFICIAL_VERSION} from {wheel_dir}"
        print(f"[spacy] {WHEELS_ENV}={wheel_dir} holds no {OFFICIAL_NAME}-{OFFICIAL_VERSION} wheel", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / url.rsplit("/", 1)[-1]
        try:
            with urllib.request.urlopen(url, timeout=timeout) as response, target.open("wb") as out:
                out.write(response.read())
        except OSError as error:
            return f"official release not reachable ({error.__class__.__name__})"
        digest = _sha256(target)
        if sha256 and digest != sha256:
            return f"REFUSED the downloaded wheel: sha256 {digest} is not the pinned {sha256}"
        if not sha256:
            print(
                f"[spacy] WARNING: no sha256 pinned for {OFFICIAL_NAME}; downloaded file has sha256 {digest}."
                " Pin it in KANSENBOT_SPACY_SHA256 or bot/nlp/spacy_pipeline.py.",
                file=sys.stderr,
            )
        if _pip(str(target)):
            return f"installed {OFFICIAL_NAME} {OFFICIAL_VERSION} from the official release"
        return "pip could not install the downloaded wheel"


def build_fallback(path: Path) -> Path:
    """Build (once) the fallback Dutch pipeline: tokenizer, stop words and lookup lemmatizer."""
    if (path / "meta.json").exists():
        return path
    # Imported only when building: importing spaCy pulls in TensorFlow (through thinc), ~5 s.
    import spacy

    nlp = spacy.blank("nl")
    # The lookup table comes from spacy-lookups-data; mode "lookup" needs no POS tags.
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    nlp.meta["name"] = FALLBACK_MARK
    nlp.meta["version"] = OFFICIAL_VERSION
    nlp.meta["description"] = (
        "FALLBACK for nl_core_news_sm: spaCy Dutch tokenizer, stop words and lookup lemmatizer only"
        " (no tagger, parser or named entities)."
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(path)
    return path


def resolve(root: Path = ROOT) -> ActivePipeline:
    """The pipeline to use now: the official one if installed, else the (built) fallback."""
    if official_installed():
        return ActivePipeline(OFFICIAL_NAME, False, f"official {OFFICIAL_NAME} {OFFICIAL_VERSION}")
    build_fallback(root / FALLBACK_REL)
    return ActivePipeline(
        FALLBACK_REL.as_posix(),
        True,
        "FALLBACK Dutch pipeline (tokenizer, stop words, lookup lemmatizer; no named entities)",
    )


def active_config(config: Dict[str, Any], active: ActivePipeline) -> Dict[str, Any]:
    """config.yml's content with SpacyNLP pointed at the active pipeline."""
    result = dict(config)
    result["pipeline"] = [
        {**step, "model": active.model} if step.get("name") == "SpacyNLP" else dict(step)
        for step in config.get("pipeline", [])
    ]
    return result


def write_active_config(root: Path = ROOT, active: Optional[ActivePipeline] = None) -> Path:
    active = active or resolve(root)
    source = root / "config.yml"
    config = yaml.safe_load(source.read_text(encoding="utf-8"))
    header = (
        "# GENERATED from config.yml by bot/nlp/spacy_pipeline.py - edit config.yml instead.\n"
        f"# spaCy pipeline: {active.description}\n"
    )
    text = header + yaml.safe_dump(active_config(config, active), sort_keys=False, allow_unicode=True)
    target = root / ACTIVE_CONFIG_REL
    target.parent.mkdir(parents=True, exist_ok=True)
    # Rewrite only on change: Rasa fingerprints content, and an unchanged file keeps `make` quiet.
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")
    return target


def banner(active: ActivePipeline, stage: str) -> str:
    if not active.is_fallback:
        return f"[kansenbot] {stage}: spaCy pipeline = {active.description}"
    line = "!" * 78
    return "\n".join(
        [
            line,
            f"!! [kansenbot] {stage}: spaCy FALLBACK pipeline in use, not {OFFICIAL_NAME} {OFFICIAL_VERSION}.",
            "!! Intent recognition works; the privacy filter finds names by phrasing and name lists,",
            "!! without NER. Install the official pipeline where you have internet:",
            f"!!   make spacy-model   (or set {WHEELS_ENV} to a folder with the wheel)",
            line,
        ]
    )


def main(argv: Optional[list] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["setup", "config", "status"])
    parser.add_argument("--stage", default="set-up", help="word shown in the banner (set-up, training, server start)")
    args = parser.parse_args(argv)
    if args.command == "setup":
        print(f"[kansenbot] spaCy: {install_official()}", file=sys.stderr)
    active = resolve()
    if args.command in ("setup", "config"):
        write_active_config(active=active)
    print(banner(active, args.stage), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
