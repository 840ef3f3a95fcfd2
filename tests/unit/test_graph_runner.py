"""The model graph run without dask (bot/runtime/graph_runner.py) gives what Rasa's dask runner gives."""
from __future__ import annotations

import asyncio

import pytest

from bot.launcher.settings import ROOT
from bot.runtime.graph_runner import run_in_order, run_with_dask

MODEL = ROOT / "models" / "kansenbot.tar.gz"
TEXTS = ["hoi", "ik heb geen laptop", "mijn mail is [EMAIL] en bel me op [TELEFOON]", "ik heb geldzorgen",
         "hoe werkt teams?", "ik woon in Amsterdam", "ik wil niet meer leven", "dank je", "xqzt"]


@pytest.fixture(scope="module")
def agent():
    if not MODEL.exists():
        pytest.fail("No trained model in models/: run `make test` (it trains first) or `make train`.")
    from rasa.core.agent import Agent

    return Agent.load(str(MODEL))


def _with(runner_run, agent, text: str):
    from rasa.engine.runner.dask import DaskGraphRunner

    original = DaskGraphRunner.run
    DaskGraphRunner.run = runner_run
    try:
        return asyncio.run(_turn(agent, text))
    finally:
        DaskGraphRunner.run = original


async def _turn(agent, text: str):
    """NLU output and every predicted action (with its policy and probabilities) for one message."""
    from rasa.core.channels.channel import UserMessage
    from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_SESSION_START_NAME
    from rasa.shared.core.events import ActionExecuted, SessionStarted, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    parsed = await agent.processor.parse_message(UserMessage(text))
    tracker = DialogueStateTracker("graph-runner", agent.domain.slots)
    for event in (ActionExecuted(ACTION_SESSION_START_NAME), SessionStarted(), ActionExecuted(ACTION_LISTEN_NAME),
                  UserUttered(text, parsed["intent"], parsed["entities"], parsed)):
        tracker.update(event)
    predictions = []
    for _ in range(5):
        action, prediction = agent.processor.predict_next_with_tracker_if_should(tracker)
        predictions.append((action.name(), prediction.policy_name, list(prediction.probabilities)))
        if action.name() == ACTION_LISTEN_NAME:
            break
        tracker.update(ActionExecuted(action.name()))
    return parsed, predictions


@pytest.mark.parametrize("text", TEXTS)
def test_same_nlu_and_predictions_as_dask(agent, text: str) -> None:
    assert _with(run_in_order, agent, text) == _with(run_with_dask, agent, text)
