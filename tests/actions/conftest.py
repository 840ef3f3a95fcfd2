"""Helpers to run Kansenbot actions with real rasa_sdk trackers and dispatchers."""
from __future__ import annotations

import asyncio
import shutil
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

REPO = Path(__file__).resolve().parents[2]
KNOWLEDGE_DIR = REPO / "data" / "knowledge"


def make_tracker(
    slots: Optional[Dict[str, Any]] = None,
    intent: Optional[str] = None,
    entities: Optional[Dict[str, Any]] = None,
    events: Optional[List[Dict[str, Any]]] = None,
) -> Tracker:
    ents = [{"entity": k, "value": v} for k, v in (entities or {}).items()]
    latest = {"intent": {"name": intent, "confidence": 1.0}, "entities": ents, "text": None} if intent else {}
    all_slots = {"school": None, "rol": None, "tool": None, "gemeente": None, "opdracht_type": None,
                 "betaalt_voor": None, "leeftijd": None, "leerweg": None, "apparaat": None,
                 "session_started_metadata": None}
    all_slots.update(slots or {})
    return Tracker("test-user", all_slots, latest, events or [], False, None, {}, "action_listen")


def run_action(action, tracker: Tracker, domain: Optional[Dict[str, Any]] = None):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, domain if domain is not None else domain_dict()))
    return dispatcher.messages, events


def domain_dict() -> Dict[str, Any]:
    return yaml.safe_load((REPO / "domain.yml").read_text(encoding="utf-8"))


def texts(messages) -> List[str]:
    return [m.get("text") or "" for m in messages]


def all_text(messages) -> str:
    return "\n".join(texts(messages))


def buttons(messages) -> List[Dict[str, str]]:
    return [b for m in messages for b in (m.get("buttons") or [])]


def payloads(messages) -> List[str]:
    return [b["payload"] for b in buttons(messages)]


def slot_events(events) -> Dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


@pytest.fixture
def kb_copy(tmp_path) -> Path:
    """A writable copy of the shipped knowledge base, for breaking it on purpose."""
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, target)
    return target


@pytest.fixture
def kb():
    from actions.base import KNOWLEDGE

    return KNOWLEDGE
