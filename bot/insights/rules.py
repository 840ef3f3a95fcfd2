"""What the insights count, from data/insights.yml (routes, 'not understood', channels, time zone).

A school adapts the file, never Python. It is checked when it is loaded; a mistake names the file and the
key. The school profile ids come from data/knowledge/schools/ (the knowledge loader requires a profile's
id to equal its file name), so a typed school name that is not a profile never becomes a counter.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, FrozenSet, List, Optional, Tuple

from pydantic import BaseModel, Extra, ValidationError, validator
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

ROOT = Path(__file__).resolve().parents[2]
RULES_FILE = ROOT / "data" / "insights.yml"

# The crisis contract (issue 13): whatever the crisis helper names its actions and responses.
CRISIS_PREFIXES = ("action_crisis", "utter_crisis")
CRISIS = "crisis"
UNKNOWN_SCHOOL = "onbekend"
OTHER_CHANNEL = "anders"
UNDERSTOOD, NOT_UNDERSTOOD = "begrepen", "niet_begrepen"
WEEKDAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")
HOURS = tuple(f"{hour:02d}" for hour in range(24))

_NAME = re.compile(r"^(action|utter)_[a-z0-9_]+$")
_SCHOOL_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


class RulesError(ValueError):
    """data/insights.yml cannot be used; the message names the file and the key."""


class _NotUnderstood(BaseModel, extra=Extra.forbid):
    intents: List[str]
    antwoorden: List[str]


class _RulesFile(BaseModel, extra=Extra.forbid):
    routes: Dict[str, str]
    niet_begrepen: _NotUnderstood
    kanalen: Dict[str, str]
    tijdzone: str

    @validator("routes")
    def _route_names(cls, routes: Dict[str, str]) -> Dict[str, str]:
        for name, label in routes.items():
            if not _NAME.match(name):
                raise ValueError(f"{name!r} is geen naam van een actie (action_...) of antwoord (utter_...)")
            if name.startswith(CRISIS_PREFIXES):
                raise ValueError(f"{name!r}: crisis telt vanzelf, zet het niet in de lijst")
            if not label.strip():
                raise ValueError(f"{name!r} heeft geen naam voor het rapport")
        if not routes:
            raise ValueError("minstens één route nodig")
        return routes

    @validator("kanalen")
    def _channel_names(cls, channels: Dict[str, str]) -> Dict[str, str]:
        for name in channels:
            if not re.match(r"^[a-z0-9_]{1,32}$", name) or name == OTHER_CHANNEL:
                raise ValueError(f"{name!r} is geen kanaalnaam (kleine letters, cijfers, _)")
        return channels


@dataclass(frozen=True)
class InsightRules:
    routes: Dict[str, str]  # action/response name -> label
    fallback_intents: FrozenSet[str]
    fallback_responses: FrozenSet[str]
    channels: Dict[str, str]  # channel name -> label
    timezone: str

    def route_of(self, action_name: Optional[str]) -> Optional[str]:
        """The route an action or response counts as (its own name, or 'crisis'); None when it is none."""
        if not action_name:
            return None
        if action_name.startswith(CRISIS_PREFIXES):
            return CRISIS
        return action_name if action_name in self.routes else None

    def channel_of(self, input_channel: Optional[str]) -> str:
        return input_channel if input_channel in self.channels else OTHER_CHANNEL

    @property
    def channel_values(self) -> Tuple[str, ...]:
        return tuple(self.channels) + (OTHER_CHANNEL,)


def load_rules(path: Optional[Path] = None) -> InsightRules:
    path = Path(path or RULES_FILE)
    try:
        data = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
        parsed = _RulesFile.parse_obj(data)
    except (OSError, YAMLError) as error:
        raise RulesError(f"{path}: kan het bestand niet lezen: {error}") from None
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(str(part) for part in item['loc'])}: {item['msg']}" for item in error.errors())
        raise RulesError(f"{path}: {problems}") from None
    _check_timezone(parsed.tijdzone, path)
    return InsightRules(
        routes=dict(parsed.routes),
        fallback_intents=frozenset(parsed.niet_begrepen.intents),
        fallback_responses=frozenset(parsed.niet_begrepen.antwoorden),
        channels=dict(parsed.kanalen),
        timezone=parsed.tijdzone,
    )


def _check_timezone(name: str, path: Path) -> None:
    from bot.insights.periods import timezone

    try:
        timezone(name)
    except LookupError:
        raise RulesError(f"{path}: tijdzone: {name!r} is geen bekende tijdzone (bijv. Europe/Amsterdam)") from None


def school_ids(directory: Optional[Path] = None) -> FrozenSet[str]:
    """The school profile ids: the file names in data/knowledge/schools/ (KANSENBOT_KNOWLEDGE_DIR)."""
    from actions.knowledge.loader import DEFAULT_DIR, ENV_DIR

    base = Path(directory or os.environ.get(ENV_DIR) or DEFAULT_DIR) / "schools"
    return frozenset(path.stem for path in base.glob("*.yml") if _SCHOOL_ID.match(path.stem))


def school_of(slot_value: object, known: FrozenSet[str]) -> str:
    """The school a count belongs to: a known profile id, else 'onbekend' (never free text)."""
    return slot_value if isinstance(slot_value, str) and slot_value in known else UNKNOWN_SCHOOL
