"""Tutorials that students act on say whether their menu names were checked against a named source, and when;
the student is told when they were not."""
import datetime as dt
import os
import subprocess
import sys

import pytest

import actions.base as base
from actions.action_digitale_tutorial import ActionDigitaleTutorial
from actions.knowledge import load_knowledge
from actions.knowledge.schema import Verificatie

from .conftest import REPO, make_tracker, run_action, texts
from .test_knowledge_schema import edit, problems


def tutorial(slots):
    return run_action(ActionDigitaleTutorial(), make_tracker(slots, intent="digitale_vaardigheid"))


def caveat(kb) -> str:
    return kb.teksten.tutorial_niet_gecontroleerd.format(knop=kb.teksten.knop_lukt_niet)


# --- the schema ------------------------------------------------------------------------------------------------
def test_every_tutorial_has_a_check_date_and_checked_ones_name_their_source(kb):
    for t in kb.tutorials.values():
        assert isinstance(t.laatst_gecontroleerd, dt.date) and t.laatst_gecontroleerd <= dt.date.today(), t.id
        if t.verificatie == Verificatie.bron_gelezen:
            assert t.bron and t.bron.startswith("https://"), t.id


def test_a_tutorial_that_does_not_say_whether_it_was_checked_is_refused(kb_copy):
    edit(kb_copy / "tutorials.yml",
         "    bron: https://support.kahoot.com/hc/en-us/articles/360000109048-How-to-find-a-game-PIN\n"
         "    laatst_gecontroleerd: 2026-12-03\n    verificatie: bron_gelezen\n", "")
    found = problems(kb_copy)
    assert any("tutorials.yml" in p and "(id: kahoot)" in p and "'verificatie'" in p for p in found), found
    assert any("(id: kahoot)" in p and "'laatst_gecontroleerd'" in p for p in found), found


def test_checked_without_a_source_is_refused(kb_copy):
    edit(kb_copy / "tutorials.yml",
         "    bron: https://support.kahoot.com/hc/en-us/articles/360000109048-How-to-find-a-game-PIN\n", "")
    found = problems(kb_copy)
    assert any("(id: kahoot)" in p and "bron_gelezen zonder bron" in p for p in found), found


def test_a_tutorial_checked_in_the_future_is_refused(kb_copy):
    text = (kb_copy / "tutorials.yml").read_text(encoding="utf-8")
    start = text.index("  - id: kahoot")
    text = text[:start] + text[start:].replace("laatst_gecontroleerd: 2026-12-03", "laatst_gecontroleerd: 2999-01-01", 1)
    (kb_copy / "tutorials.yml").write_text(text, encoding="utf-8")
    assert any("(id: kahoot)" in p and "toekomst" in p for p in problems(kb_copy))


# --- what the student sees -------------------------------------------------------------------------------------
def test_unchecked_steps_say_so_after_the_steps(kb):
    assert not kb.tutorials["outlook"].nagekeken
    msgs, _ = tutorial({"tool": "outlook"})
    shown = texts(msgs)
    assert caveat(kb) in shown
    assert kb.teksten.knop_lukt_niet in caveat(kb)
    assert shown.index(caveat(kb)) > 0, "the steps come first"


def test_unchecked_steps_per_device_say_so_too(kb):
    assert not kb.tutorials["screenshot"].nagekeken and kb.tutorials["screenshot"].per_apparaat
    msgs, _ = tutorial({"tool": "screenshot", "apparaat": "iphone"})
    assert caveat(kb) in texts(msgs)


@pytest.mark.parametrize("tool", ["kahoot", "socrative", "sharepoint"])
def test_checked_steps_carry_no_caveat(kb, tool):
    assert kb.tutorials[tool].nagekeken
    msgs, _ = tutorial({"tool": tool})
    assert caveat(kb) not in texts(msgs)


def test_generic_school_steps_keep_their_own_caveat_only(kb, kb_copy, monkeypatch):
    edit(kb_copy / "schools" / "voorbeeld-roc.yml", "  - soort: cijfers\n", "  - soort: elo\n")
    changed = load_knowledge(kb_copy)
    monkeypatch.setattr(base, "KNOWLEDGE", changed)
    assert not changed.tutorials["cijfers"].nagekeken
    msgs, _ = tutorial({"school": "voorbeeld-roc", "tool": "cijfers"})
    assert kb.teksten.tutorial_algemeen in texts(msgs)
    assert caveat(kb) not in texts(msgs)


def test_mac_users_are_not_told_to_press_ctrl_to_copy_a_link(kb):
    link = kb.tutorials["link_kopieren"]
    assert any("Cmd + C" in s for s in link.mac_stappen)
    assert not any("Ctrl" in s for s in link.mac_stappen)


# --- make validate names what is still unchecked ----------------------------------------------------------------
def test_validate_lists_unchecked_tutorials_apart_from_generic_school_steps():
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-m", "actions.knowledge", "validate"], capture_output=True, text=True,
                         env=env, cwd=REPO, check=True).stdout
    unchecked = next(line for line in out.splitlines() if "nog niet bij de maker zijn nagekeken" in line)
    generic = next(line for line in out.splitlines() if "systemen van de school" in line)
    assert "outlook" in unchecked and "kahoot" not in unchecked and "elo" not in unchecked
    assert "elo" in generic and "wifi" not in generic
