"""TED asked only when it could win (bot/runtime/rules_first.py): on the real model, every prediction of
the test stories' conversations (and of some that no rule covers) equals what the full graph predicts."""
from __future__ import annotations

import asyncio
import os
import uuid
from pathlib import Path
from typing import Any, Dict, List

import pytest
import yaml

from bot.launcher import servers
from bot.launcher.settings import ROOT, server_env
from bot.runtime.rules_first import RulesFirstGraphRunner, ask_ted_only_when_it_could_win
from tests.support import free_port, wait_until_answering

MODEL = ROOT / "models" / "kansenbot.tar.gz"
# Openings no rule covers, so that TED's turn comes too.
OFF_SCRIPT = [["ja", "nee", "ja graag"], ["dank je", "ok", "ja"], ["nee", "doei"]]


class CheckingRunner(RulesFirstGraphRunner):
    """Runs both ways for every prediction and records whether they agree. Every third prediction is
    treated as uncertain, so the second step (TED, then all three combined) is compared as well: the
    project's rules are certain about every turn of the test stories."""

    def __init__(self, fast: RulesFirstGraphRunner) -> None:
        super().__init__(fast._runner, fast._schema, fast.core_target, fast.ted_node, fast.ted_priority,
                         fast.other_policy_nodes)
        self.differences: List[Dict[str, Any]] = []
        self.decisions = 0

    def certain(self, winner):  # noqa: ANN001, ANN201
        self.decisions += 1
        return super().certain(winner) and self.decisions % 3 != 0

    def run(self, inputs=None, targets=None):  # noqa: ANN001, ANN201 - the graph runner's interface
        result = super().run(inputs=inputs, targets=targets)
        if targets == [self.core_target]:
            full = self._runner.run(inputs=inputs, targets=targets)[self.core_target]
            if full != result[self.core_target]:
                self.differences.append({"fast": vars(result[self.core_target]), "full": vars(full)})
        return result


def story_conversations() -> List[List[str]]:
    conversations = []
    for path in sorted((ROOT / "tests" / "stories").glob("test_*.yml")):
        for story in yaml.safe_load(path.read_text(encoding="utf-8"))["stories"]:
            texts = [step["user"].strip() for step in story["steps"] if "user" in step]
            if texts:
                conversations.append(texts)
    return conversations


@pytest.fixture(scope="module")
def agent(tmp_path_factory: pytest.TempPathFactory):
    if not MODEL.exists():
        pytest.fail("No trained model in models/: run `make test` (it trains first) or `make train`.")
    from rasa.core.agent import load_agent
    from rasa.core.utils import AvailableEndpoints

    work = tmp_path_factory.mktemp("rules-first")
    port = free_port()
    env = server_env(KANSENBOT_ACTION_URL=f"http://127.0.0.1:{port}/webhook",
                     KANSENBOT_SQLITE_PATH=str(work / "tracker.db"))
    saved = dict(os.environ)
    os.environ.update(env)
    actions = servers.start_action_server(port, "127.0.0.1", env, log_path=work / "actions.log")
    try:
        wait_until_answering(actions.ready_url, actions.process, "action server", 120, actions.log)
        endpoints = AvailableEndpoints.read_endpoints(str(ROOT / "endpoints.yml"))
        loaded = asyncio.run(load_agent(model_path=str(MODEL), endpoints=endpoints))
        yield loaded
    finally:
        actions.stop()
        os.environ.clear()
        os.environ.update(saved)


def test_every_prediction_equals_the_full_graphs(agent) -> None:
    from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

    ask_ted_only_when_it_could_win(agent)
    assert isinstance(agent.processor.graph_runner, RulesFirstGraphRunner), "the project model should qualify"
    checking = CheckingRunner(agent.processor.graph_runner)
    agent.processor.graph_runner = checking

    async def talk() -> None:
        for texts in story_conversations() + OFF_SCRIPT:
            sender = f"rules-first-{uuid.uuid4().hex[:12]}"
            for text in texts:
                await agent.handle_message(UserMessage(text, CollectingOutputChannel(), sender))

    asyncio.run(talk())
    assert checking.differences == []
    # Both ways were exercised: most predictions without TED, some with.
    assert checking.skipped > 50 and checking.asked > 25, (checking.skipped, checking.asked)


def _prediction(confidence: float, priority: int, name: str = "RulePolicy", **flags: bool):
    from rasa.core.policies.policy import PolicyPrediction

    return PolicyPrediction([0.0, confidence], name, policy_priority=priority, **flags)


@pytest.mark.parametrize("winner, certain", [
    (_prediction(1.0, 6), True),  # a rule applies: TED (priority 1) cannot outrank it
    (_prediction(1.0, 3, "MemoizationPolicy"), True),
    (_prediction(0.3, 6), False),  # the rules' fallback: TED may be more confident
    (_prediction(1.0, 1, "OtherPolicy"), False),  # same priority as TED: the ensemble's order would decide
    (_prediction(0.5, 6, is_no_user_prediction=True), True),  # TED's prediction is never a no-user one
    (_prediction(0.0, -1, "CannotWinPrediction"), False),
])
def test_ted_is_skipped_only_when_it_cannot_win(winner, certain) -> None:
    runner = RulesFirstGraphRunner(None, None, "select_prediction", "run_TEDPolicy2", 1, ["run_RulePolicy0"])
    assert runner.certain(winner) is certain
