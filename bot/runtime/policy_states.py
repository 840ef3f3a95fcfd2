"""The dialogue states the policies predict from, built on from the previous prediction of the same turn.

Rasa 3.6's RulePolicy and MemoizationPolicy turn the tracker into a list of states (one per action taken
so far: the user's intent and entity names, the slots, the previous action) with
``Domain.states_for_tracker_history``, which replays every event of the conversation from the start for
every call. A turn makes about 2.3 predictions, each calling it two or three times (RulePolicy twice right
after a user message with the same arguments, MemoizationPolicy once with other arguments), so a turn
replayed the session about six times: the biggest part of the policies' CPU (docs/setup-figures.md).

Here the same computation is a fold that can go on: Rasa's loop over the prior trackers, with its running
values (the states so far, the replayed tracker, the last ML action, whether the turn is hidden) kept after
the events it has seen. The next call with the same arguments on the same tracker object replays only the
events added since, if the events already replayed are still the first ones the tracker applies (the same
event objects: a rewind, restart or undone loop fails that check and the fold starts again from the start,
as Rasa does). The result is the same list of states; tests/runtime/test_policy_states.py compares it with
Rasa's own function after every event of conversations that cover rules, stories, forms, rewinds and
restarts.

Privacy: what is kept is stored on the tracker object itself (an attribute), so it lives exactly as long as
that tracker: Rasa makes a new tracker from the database for every message and drops it after the turn.
Nothing is kept across turns or shared between conversations, and no copy of any text outlives the turn
(the replayed tracker holds the same events as the tracker it belongs to).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

from rasa.shared.core.constants import PREVIOUS_ACTION
from rasa.shared.core.domain import Domain, State
from rasa.shared.core.events import ActionExecuted, Event
from rasa.shared.core.trackers import DialogueStateTracker

_FOLDS = "_kansenbot_state_folds"
_rasa_states_for_tracker_history: Any = None


@dataclass
class _Fold:
    domain: Domain
    replay: DialogueStateTracker  # the tracker after ``applied`` (Rasa's prior tracker, advanced in place)
    applied: List[Event] = field(default_factory=list)
    states: List[State] = field(default_factory=list)
    last_ml_action_sub_state: Optional[Dict[str, Any]] = None
    turn_was_hidden: bool = False


def _step(fold: _Fold, states: List[State], values: List[Any], hide_rule_turn: bool, omit_unset_slots: bool,
          ignore_rule_only_turns: bool, rule_only_data: Optional[Dict[str, Any]]) -> None:
    """One pass of the loop body of Rasa's Domain.states_for_tracker_history (3.6.21), for ``fold.replay``.

    ``values`` is [last_ml_action_sub_state, turn_was_hidden], changed in place."""
    domain, tracker = fold.domain, fold.replay
    if ignore_rule_only_turns:
        if not values[1]:
            values[0] = domain._get_prev_action_sub_state(tracker)
        if not tracker.followup_action and not tracker.latest_action_name == tracker.active_loop_name:
            values[1] = hide_rule_turn
        if values[1]:
            return
    state = domain.get_active_state(tracker, omit_unset_slots=omit_unset_slots)
    if ignore_rule_only_turns:
        domain._remove_rule_only_features(state, rule_only_data)
        if states:
            domain._substitute_rule_only_user_input(state, states[-1])
        if values[0]:
            state[PREVIOUS_ACTION] = values[0]
    states.append(domain._clean_state(state))


def _copy(state: State) -> State:
    # Callers change the states they get (featurizers delete the text or intent of a user sub-state), so
    # they get their own dicts; the values inside are strings and tuples.
    return {name: dict(sub_state) for name, sub_state in state.items()}


def _key(domain: Domain, omit_unset_slots: bool, ignore_rule_only_turns: bool,
         rule_only_data: Optional[Dict[str, Any]]) -> Tuple[Any, ...]:
    return id(domain), omit_unset_slots, ignore_rule_only_turns, json.dumps(rule_only_data, sort_keys=True, default=str)


def states_for_tracker_history(
    self: Domain,
    tracker: DialogueStateTracker,
    omit_unset_slots: bool = False,
    ignore_rule_only_turns: bool = False,
    rule_only_data: Optional[Dict[str, Any]] = None,
) -> List[State]:
    """Rasa's ``Domain.states_for_tracker_history``, going on from the last call for this tracker."""
    applied = tracker.applied_events()
    folds: Dict[Tuple[Any, ...], _Fold] = tracker.__dict__.setdefault(_FOLDS, {})
    key = _key(self, omit_unset_slots, ignore_rule_only_turns, rule_only_data)
    fold = folds.get(key)
    if (
        fold is None
        or fold.domain is not self
        or len(fold.applied) > len(applied)
        or any(seen is not event for seen, event in zip(fold.applied, applied))
    ):
        fold = folds[key] = _Fold(domain=self, replay=tracker.init_copy())
    values = [fold.last_ml_action_sub_state, fold.turn_was_hidden]
    for event in applied[len(fold.applied):]:
        # generate_all_prior_trackers: the tracker before each action, then the event applied.
        if isinstance(event, ActionExecuted):
            _step(fold, fold.states, values, event.hide_rule_turn, omit_unset_slots, ignore_rule_only_turns,
                  rule_only_data)
        fold.replay.update(event)
    fold.applied = applied
    fold.last_ml_action_sub_state, fold.turn_was_hidden = values
    # The last prior tracker (after every event) gives the last state; it is not kept, as the next event
    # (the predicted action) makes it the state before that action, with that action's hide_rule_turn.
    states = list(fold.states)
    _step(fold, states, list(values), False, omit_unset_slots, ignore_rule_only_turns, rule_only_data)
    return [_copy(state) for state in states]


def build_states_incrementally() -> None:
    """Patch ``Domain.states_for_tracker_history``; idempotent."""
    global _rasa_states_for_tracker_history
    if _rasa_states_for_tracker_history is not None:
        return
    _rasa_states_for_tracker_history = Domain.states_for_tracker_history
    Domain.states_for_tracker_history = states_for_tracker_history
