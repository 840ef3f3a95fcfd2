"""Names that the Rasa server and the action server must agree on are written once in Kansenbot's code
(bot/, actions/), so they cannot drift apart: the outage response after a crisis answer, the slot with the
session's channel metadata, and the entity that carries a crisis's kind. Everything else imports them
(the actions package is the one both processes import; docs/architecture.md).
"""
from __future__ import annotations

import ast
from pathlib import Path
from typing import List

import pytest

from bot.launcher.settings import ROOT


def places_written(literal: str) -> List[str]:
    places = []
    for package in ("bot", "actions"):
        for path in sorted((ROOT / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
                if isinstance(node, ast.Constant) and node.value == literal:
                    places.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return places


@pytest.mark.parametrize("literal, home", [
    ("utter_storing_crisis", "bot/runtime/crisis.py"),
    ("session_started_metadata", "actions/knowledge/query.py"),
    ("crisis_soort", "actions/knowledge/crisis.py"),
])
def test_shared_names_are_written_once(literal: str, home: str) -> None:
    places = places_written(literal)
    assert len(places) == 1 and places[0].startswith(home + ":"), places


def test_the_metadata_slot_is_the_one_rasa_fills_at_session_start() -> None:
    from rasa.shared.core.constants import SESSION_START_METADATA_SLOT

    from actions.knowledge.query import METADATA_SLOT

    assert METADATA_SLOT == SESSION_START_METADATA_SLOT
