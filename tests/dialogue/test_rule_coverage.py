"""Every turn is answered by a rule: whatever came before, each intent has a certain next action.

Kansenbot has no machine-learned dialogue policy (no TEDPolicy, docs/conversation.md): a turn that no rule
or memorised story covers gets the core fallback ("kun je het anders zeggen?") instead of a guess. This
test walks the trained model through every intent after every bot turn it can reach (breadth first, until
no new last turn appears) and fails on any prediction that is not certain, so a new intent without a rule,
or a rule that only holds in some contexts, shows up here rather than with a student. Crisis must win
everywhere: after any turn it gets exactly the answer it gets at the start of a conversation.

Actions are not run (as in `rasa test`): only the policies' predictions are checked, on trackers built
from the predicted actions. No slot influences the conversation (domain.yml), so slots cannot change a
prediction either.
"""
from __future__ import annotations

from typing import Dict, List, Tuple

import pytest

from bot.launcher.settings import ROOT

MODEL = ROOT / "models" / "kansenbot.tar.gz"
CRISIS = "crisis"
MAX_ACTIONS_PER_TURN = 20  # above Rasa's own limit (10), which ends a loop first
Turn = Tuple[str, Tuple[str, ...]]  # (intent, the bot's actions up to the next action_listen)


@pytest.fixture(scope="module")
def agent():
    if not MODEL.exists():
        pytest.fail("No trained model in models/: run `make test` (it trains first) or `make train`.")
    from rasa.core.agent import Agent

    return Agent.load(str(MODEL))


def _start(agent):
    from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_SESSION_START_NAME
    from rasa.shared.core.events import ActionExecuted, SessionStarted
    from rasa.shared.core.trackers import DialogueStateTracker

    tracker = DialogueStateTracker("rule-coverage", agent.domain.slots)
    for event in (ActionExecuted(ACTION_SESSION_START_NAME), SessionStarted(), ActionExecuted(ACTION_LISTEN_NAME)):
        tracker.update(event)
    return tracker


def _answer(agent, tracker, intent: str) -> Tuple[Tuple[str, ...], List[str]]:
    """The actions predicted for ``intent`` (the tracker is updated); and every uncertain prediction."""
    from rasa.exceptions import ActionLimitReached
    from rasa.shared.core.constants import ACTION_LISTEN_NAME
    from rasa.shared.core.events import ActionExecuted, UserUttered

    tracker.update(UserUttered(intent, {"name": intent, "confidence": 1.0}))
    actions: List[str] = []
    uncertain: List[str] = []
    while len(actions) < MAX_ACTIONS_PER_TURN:
        try:
            action, prediction = agent.processor.predict_next_with_tracker_if_should(tracker)
        except ActionLimitReached:  # Rasa's own limit (max_number_of_predictions): the bot talks in a loop
            uncertain.append(f"Rasa's action limit reached after {actions}")
            return tuple(actions), uncertain
        if prediction.max_confidence < 1.0:
            uncertain.append(f"{action.name()} ({prediction.policy_name}, {prediction.max_confidence:.2f})")
        tracker.update(ActionExecuted(action.name(), policy=prediction.policy_name,
                                      confidence=prediction.max_confidence))
        if action.name() == ACTION_LISTEN_NAME:
            return tuple(actions), uncertain
        actions.append(action.name())
    uncertain.append(f"no action_listen after {MAX_ACTIONS_PER_TURN} actions: {actions}")
    return tuple(actions), uncertain


def test_every_intent_after_every_turn_has_a_certain_answer(agent) -> None:
    intents = [intent for intent in agent.domain.intents if intent not in ("restart", "back", "session_start")]
    assert CRISIS in intents
    crisis_answer, _ = _answer(agent, _start(agent), CRISIS)
    assert crisis_answer, "crisis at the start of a conversation gets no answer"

    gaps: List[str] = []
    crisis_lost: List[str] = []
    frontier = [((), _start(agent))]
    seen: Dict[Turn, bool] = {}
    turns = 0
    while frontier:
        next_frontier = []
        for history, tracker in frontier:
            for intent in intents:
                branch = tracker.copy()
                actions, uncertain = _answer(agent, branch, intent)
                turns += 1
                path = " | ".join(f"{said} -> {', '.join(done)}" for said, done in history)
                if uncertain:
                    gaps.append(f"[{path}] {intent}: {uncertain}")
                if intent == CRISIS and actions != crisis_answer:
                    crisis_lost.append(f"[{path}] crisis -> {actions}")
                turn = (intent, actions)
                if turn not in seen:  # rules look back one turn at most: a new last turn is a new context
                    seen[turn] = True
                    next_frontier.append((history + (turn,), branch))
        frontier = next_frontier

    assert not crisis_lost, "crisis did not get the crisis answer after:\n" + "\n".join(crisis_lost)
    assert not gaps, f"{len(gaps)} of {turns} turns have no certain answer (no rule covers them):\n" + "\n".join(gaps[:40])
    assert turns > len(intents) ** 2  # every intent after every first turn, at least
