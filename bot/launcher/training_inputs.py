"""A digest of everything a trained model depends on, to decide whether training is needed.

Covers the given files and folders (config, domain, training data: names and contents) plus the
pinned package versions, so a new Rasa or spaCy pin also retrains. Cheap: no Rasa import.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterable

PINS = ("requirements/lock.txt", "requirements/rasa.txt")


def _files(path: Path) -> Iterable[Path]:
    if path.is_dir():
        yield from sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
    elif path.is_file():
        yield path


def digest(root: Path, inputs: Iterable[Path]) -> str:
    hasher = hashlib.sha256()
    for source in [*inputs, *(root / pin for pin in PINS)]:
        for file in _files(source):
            hasher.update(file.relative_to(root).as_posix().encode() + b"\0")
            hasher.update(hashlib.sha256(file.read_bytes()).digest())
        if not source.exists():
            hasher.update(b"missing:" + source.relative_to(root).as_posix().encode() + b"\0")
    return hasher.hexdigest()
