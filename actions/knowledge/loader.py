"""Reads data/knowledge/ into one validated, immutable KnowledgeBase, once per process.

Every problem becomes a KnowledgeError whose lines name the file, the entry and the field, so the
person who edited the YAML can fix it without reading Python.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple, Type

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from actions.knowledge.schema import (
    OPDRACHT_TYPES,
    TOOL_IDS,
    TUTORIAL_GROEPEN,
    AnaloogAlternatief,
    CrisisKennis,
    DocentHandreiking,
    ExterneRoute,
    Regeling,
    SchoolProfiel,
    Teksten,
    Tutorial,
)
from bot import settings

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "data" / "knowledge"
ENV_DIR = "KANSENBOT_KNOWLEDGE_DIR"

# file name -> (top-level key holding a list of entries, model); None key = the whole file is one model
LIST_FILES: Dict[str, Tuple[str, Type[BaseModel], str]] = {
    "regelingen.yml": ("regelingen", Regeling, "id"),
    "tutorials.yml": ("tutorials", Tutorial, "id"),
    "analoog.yml": ("alternatieven", AnaloogAlternatief, "opdracht_type"),
    "professionalisering.yml": ("routes", ExterneRoute, "id"),
}

# file name -> model of the whole file
SINGLE_FILES: Dict[str, Type[BaseModel]] = {
    "docent_handreiking.yml": DocentHandreiking,
    "teksten.yml": Teksten,
    # helplines and the first answer per kind of crisis (issue 9)
    "crisis.yml": CrisisKennis,
}

_PYDANTIC_NL = {
    "field required": "ontbreekt",
    "extra fields not permitted": "onbekend veld (typefout?)",
    "none is not an allowed value": "mag niet leeg zijn",
    "ensure this value has at least 1 characters": "mag niet leeg zijn",
    "value is not a valid list": "moet een lijst zijn",
    "value is not a valid dict": "moet een blok met velden zijn",
    "value could not be parsed to a boolean": "moet true of false zijn",
    "value is not a valid integer": "moet een heel getal zijn",
    "invalid date format": "moet een datum zijn (JJJJ-MM-DD)",
}


class KnowledgeError(Exception):
    """The knowledge base cannot be used; ``problems`` holds one readable line per problem."""

    def __init__(self, problems: Sequence[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True)
class KnowledgeBase:
    scholen: Dict[str, SchoolProfiel]
    regelingen: Tuple[Regeling, ...]
    tutorials: Dict[str, Tutorial]
    analoog: Dict[str, AnaloogAlternatief]
    handreiking: DocentHandreiking
    professionalisering: Tuple[ExterneRoute, ...]
    teksten: Teksten
    crisis: CrisisKennis
    directory: Path


def _read_yaml(path: Path, problems: List[str]) -> Any:
    try:
        # The pure safe loader refuses duplicate keys instead of silently keeping the last one.
        return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    except YAMLError as exc:
        problems.append(f"{path}: geen geldige YAML: {str(exc).strip()}")
    except OSError as exc:
        problems.append(f"{path}: kan niet gelezen worden: {exc.strerror}")
    return None


def _field_path(loc: Sequence[Any]) -> str:
    out = ""
    for part in loc:
        if part == "__root__":
            continue
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(hele item)"


def _validation_problems(path: Path, entry: str, exc: ValidationError) -> List[str]:
    lines = []
    for err in exc.errors():
        msg = _PYDANTIC_NL.get(err["msg"], err["msg"])
        lines.append(f"{path}: {entry}: veld '{_field_path(err['loc'])}': {msg}")
    return lines


def _parse(model: Type[BaseModel], data: Any, path: Path, entry: str, problems: List[str]):
    if not isinstance(data, dict):
        problems.append(f"{path}: {entry}: moet een blok met velden zijn, niet {type(data).__name__}")
        return None
    try:
        return model.parse_obj(data)
    except ValidationError as exc:
        problems.extend(_validation_problems(path, entry, exc))
        return None


def _parse_list(path: Path, key: str, model: Type[BaseModel], id_field: str, problems: List[str]) -> list:
    data = _read_yaml(path, problems)
    if data is None:
        if path.exists() and not problems:
            problems.append(f"{path}: bestand is leeg")
        return []
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        problems.append(f"{path}: verwacht een lijst onder '{key}:'")
        return []
    items, seen = [], set()
    for index, raw in enumerate(data[key]):
        ident = raw.get(id_field) if isinstance(raw, dict) else None
        entry = f"item {index + 1} ({id_field}: {ident})" if ident else f"item {index + 1}"
        parsed = _parse(model, raw, path, entry, problems)
        if parsed is None:
            continue
        value = getattr(parsed, id_field)
        if value in seen:
            problems.append(f"{path}: {entry}: veld '{id_field}': '{value}' komt dubbel voor")
        seen.add(value)
        items.append(parsed)
    extra = sorted(set(data) - {key})
    if extra:
        problems.append(f"{path}: onbekende sleutel(s) bovenaan: {', '.join(map(str, extra))}")
    return items


def load_knowledge(directory: Optional[Path] = None) -> KnowledgeBase:
    """Load and validate every knowledge file; raise KnowledgeError listing all problems at once."""
    directory = Path(directory or settings.get().knowledge_dir or DEFAULT_DIR)
    problems: List[str] = []
    if not directory.is_dir():
        raise KnowledgeError([f"{directory}: map met de kennisbank bestaat niet"])

    for name in list(LIST_FILES) + list(SINGLE_FILES):
        if not (directory / name).is_file():
            problems.append(f"{directory / name}: bestand ontbreekt")

    parsed: Dict[str, list] = {}
    for name, (key, model, id_field) in LIST_FILES.items():
        path = directory / name
        parsed[name] = _parse_list(path, key, model, id_field, problems) if path.is_file() else []

    singles: Dict[str, Any] = {}
    for name, model in SINGLE_FILES.items():
        path = directory / name
        if path.is_file():
            data = _read_yaml(path, problems)
            singles[name] = _parse(model, data, path, "bestand", problems) if data is not None else None

    scholen: Dict[str, SchoolProfiel] = {}
    school_dir = directory / "schools"
    school_files = sorted(school_dir.glob("*.yml")) if school_dir.is_dir() else []
    if not school_files:
        problems.append(f"{school_dir}: geen schoolprofiel gevonden (minstens één *.yml nodig)")
    for path in school_files:
        data = _read_yaml(path, problems)
        if data is None:
            continue
        profiel = _parse(SchoolProfiel, data, path, f"schoolprofiel {path.stem}", problems)
        if profiel is None:
            continue
        if profiel.id != path.stem:
            problems.append(
                f"{path}: schoolprofiel {path.stem}: veld 'id': '{profiel.id}' moet gelijk zijn aan de bestandsnaam ('{path.stem}')"
            )
        scholen[profiel.id] = profiel

    tutorials = {t.id: t for t in parsed["tutorials.yml"]}
    analoog = {a.opdracht_type: a for a in parsed["analoog.yml"]}
    if (directory / "tutorials.yml").is_file():
        for tool in TOOL_IDS:
            if tool not in tutorials and not any(tool in p for p in problems):
                problems.append(f"{directory / 'tutorials.yml'}: tutorial voor tool '{tool}' ontbreekt")
        for groep in TUTORIAL_GROEPEN:
            aantal = sum(1 for t in tutorials.values() if t.groep == groep)
            # The group's tools are one set of buttons on a phone, next to "iets anders" and a human.
            if not 1 <= aantal <= 6:
                problems.append(f"{directory / 'tutorials.yml'}: groep '{groep}' heeft {aantal} tutorials (1 tot 6 nodig)")
    if (directory / "analoog.yml").is_file():
        for kind in OPDRACHT_TYPES:
            if kind not in analoog and not any(kind in p for p in problems):
                problems.append(f"{directory / 'analoog.yml'}: alternatief voor opdracht_type '{kind}' ontbreekt")

    if problems:
        raise KnowledgeError(problems)
    return KnowledgeBase(
        scholen=scholen,
        regelingen=tuple(parsed["regelingen.yml"]),
        tutorials=tutorials,
        analoog=analoog,
        handreiking=singles["docent_handreiking.yml"],
        professionalisering=tuple(parsed["professionalisering.yml"]),
        teksten=singles["teksten.yml"],
        crisis=singles["crisis.yml"],
        directory=directory,
    )


_lock = threading.Lock()
_cached: Optional[KnowledgeBase] = None


def get_knowledge() -> KnowledgeBase:
    """The process-wide knowledge base, loaded on first use and never re-read per message."""
    global _cached
    if _cached is None:
        with _lock:
            if _cached is None:
                _cached = load_knowledge()
    return _cached
