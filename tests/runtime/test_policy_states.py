"""The policies' states built on from the previous call (bot/runtime/policy_states.py) are exactly Rasa's own,
after every event of every rule, story and test story of the project, with rewinds and restarts in between,
for the argument sets RulePolicy and MemoizationPolicy use."""
from __future__ import annotations

from pathlib import Path

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (ActionExecuted, ActionReverted, ActiveLoop, Restarted, SlotSet, UserUttered,
                                     UserUtteranceReverted)
from rasa.shared.core.training_data.story_reader.yaml_story_reader import YAMLStoryReader
from rasa.shared.core.trackers import DialogueStateTracker

from bot.runtime import policy_states

ROOT = Path(__file__).resolve().parents[2]
STORY_FILES = sorted([*(ROOT / "data" / "dialogue").glob("*.yml"), *(ROOT / "tests" / "stories").glob("test_*.yml")])


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain.yml"))


@pytest.fixture(scope="module")
def conversations(domain):
    steps = []
    for path in STORY_FILES:
        steps += YAMLStoryReader(domain).read_from_file(str(path))
    conversations = [[event for event in step.events if not isinstance(event, str)] for step in steps]
    return [events for events in conversations if events]


def _argument_sets(domain: Domain):
    slots = [slot.name for slot in domain.slots][:3]
    loops = list(domain.form_names)[:1]
    return [
        dict(),  # RulePolicy
        dict(omit_unset_slots=True),
        dict(ignore_rule_only_turns=True, rule_only_data=None),
        dict(ignore_rule_only_turns=True, rule_only_data={"slots": slots, "active_loops": loops}),  # MemoizationPolicy
    ]


def _rasa(domain, tracker, **arguments):
    return policy_states._rasa_states_for_tracker_history(domain, tracker, **arguments)


def _with_rewinds(events):
    """The story's events, with the kinds of events that make Rasa forget earlier ones put in between."""
    changed = []
    for number, event in enumerate(events):
        changed.append(event)
        if isinstance(event, UserUttered) and number % 3 == 0:
            changed += [UserUtteranceReverted(), event]  # the user's message undone, then sent again
        if isinstance(event, ActionExecuted) and number % 5 == 4:
            changed += [ActionReverted(), event]
    return changed + [Restarted(), ActionExecuted("action_listen"), *events[:4]]


@pytest.fixture(autouse=True, scope="module")
def patched():
    policy_states.build_states_incrementally()


@pytest.mark.parametrize("every", [1, 2, 3])
def test_the_states_are_rasas_after_every_event_of_every_story(domain, conversations, every):
    """Asked after every event, every second or every third: several events (a rewind among them) can come
    between two predictions."""
    compared = 0
    for events in conversations:
        for story in (events, _with_rewinds(events)):
            tracker = DialogueStateTracker("states", domain.slots)
            for number, event in enumerate(story):
                tracker.update(event)
                if number % every:
                    continue
                for arguments in _argument_sets(domain):
                    ours = domain.states_for_tracker_history(tracker, **arguments)
                    assert ours == _rasa(domain, tracker, **arguments)
                    compared += 1
    assert compared > 5000 // every


def test_a_caller_that_changes_its_states_does_not_change_the_next_result(domain, conversations):
    events = max(conversations, key=len)
    tracker = DialogueStateTracker("states", domain.slots)
    for event in events:
        tracker.update(event)
        states = domain.states_for_tracker_history(tracker)
        for state in states:  # as the featurizers do with the last user sub-state
            for sub_state in state.values():
                sub_state.clear()
        assert domain.states_for_tracker_history(tracker) == _rasa(domain, tracker)


def test_forms_slots_and_hidden_rule_turns(domain):
    form = next(iter(domain.form_names), None)
    slot = domain.slots[0].name
    events = [ActionExecuted("action_session_start"), ActionExecuted("action_listen"),
              UserUttered("x", {"name": domain.intents[0], "confidence": 1.0}),
              ActionExecuted(domain.action_names_or_texts[5], hide_rule_turn=True), SlotSet(slot, "ja"),
              ActionExecuted("action_listen"), UserUttered("y", {"name": domain.intents[1], "confidence": 1.0})]
    if form:
        events += [ActionExecuted(form), ActiveLoop(form), SlotSet(slot, None), ActionExecuted("action_listen"),
                   UserUttered("z", {"name": domain.intents[2], "confidence": 1.0}), ActionExecuted(form),
                   ActiveLoop(None)]
    tracker = DialogueStateTracker("states", domain.slots)
    for event in events + [UserUtteranceReverted()] + events[-3:]:
        tracker.update(event)
        for arguments in _argument_sets(domain):
            assert domain.states_for_tracker_history(tracker, **arguments) == _rasa(domain, tracker, **arguments)


def test_the_kept_fold_belongs_to_the_tracker_only(domain, conversations):
    events = conversations[0]
    first, second = DialogueStateTracker("a", domain.slots), DialogueStateTracker("b", domain.slots)
    for event in events:
        first.update(event)
    domain.states_for_tracker_history(first)
    assert policy_states._FOLDS in first.__dict__ and policy_states._FOLDS not in second.__dict__
    copied = DialogueStateTracker.from_dict("a", first.current_state(event_verbosity=__import__(
        "rasa.shared.core.trackers", fromlist=["EventVerbosity"]).EventVerbosity.ALL)["events"], domain.slots)
    assert policy_states._FOLDS not in copied.__dict__
