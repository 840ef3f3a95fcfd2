"""Ask TED only when its answer could matter: the same next action, a third of the CPU per turn.

Rasa 3.6 runs every policy for every prediction and then lets the ensemble pick one: the highest
confidence wins, a tie goes to the higher priority (DefaultPolicyPredictionEnsemble._pick_best_policy).
Kansenbot's rules answer almost every turn, with confidence 1.0, and RulePolicy (priority 6) and
MemoizationPolicy (3) outrank TEDPolicy (1): whenever one of them is certain, TED's prediction cannot
win. Computing it anyway was the most expensive step of a turn (profiled with scripts/profile_turn.py:
about 8 ms of TensorFlow and featurisation per prediction, 2.25 predictions per turn).

So the prediction graph runs in two steps, through the graph runner's own ``run(inputs, targets)``:
1. the other policies, then the real ensemble with TED's input replaced by a prediction that cannot win
   (all zeros, lowest priority, no events, listed where TED is);
2. only if that winner could still be beaten by TED (its confidence below 1.0, or a priority not above
   TED's), TED runs and the ensemble combines all three predictions, exactly as before.
The result of step 1 equals the full run's: TED's prediction carries no events (it never does; optional
events are the winner's only) and cannot outrank a certain prediction of a higher priority. TED could
only win through an end-to-end prediction (from user text), so nothing is skipped for a model whose TED
was trained with text features. tests/unit/test_rules_first.py compares both paths turn by turn.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional

from rasa.core.policies.policy import PolicyPrediction
from rasa.core.policies.ted_policy import TEDPolicy
from rasa.engine.graph import GraphSchema
from rasa.shared.nlu.constants import TEXT

logger = logging.getLogger(__name__)

CANNOT_WIN = "CannotWinPrediction"  # policy name of the stand-in for TED's prediction


class RulesFirstGraphRunner:
    """Wraps the processor's graph runner; everything except the core target passes through unchanged."""

    def __init__(self, runner: Any, schema: GraphSchema, core_target: str, ted_node: str, ted_priority: int,
                 other_policy_nodes: List[str]) -> None:
        self._runner = runner
        self._schema = schema
        self.core_target = core_target
        self.ted_node = ted_node
        self.ted_priority = ted_priority
        self.other_policy_nodes = other_policy_nodes
        self.skipped = 0
        self.asked = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._runner, name)

    def run(self, inputs: Optional[Dict[str, Any]] = None, targets: Optional[List[str]] = None) -> Dict[str, Any]:
        if targets != [self.core_target]:
            return self._runner.run(inputs=inputs, targets=targets)
        inputs = dict(inputs or {})
        others = self._runner.run(inputs=inputs, targets=self.other_policy_nodes)
        stand_in = PolicyPrediction([0.0] * len(self._any_prediction(others).probabilities), CANNOT_WIN,
                                    policy_priority=-1)
        first = self._runner.run(inputs={**inputs, **others, self.ted_node: stand_in}, targets=[self.core_target])
        winner: PolicyPrediction = first[self.core_target]
        if self.certain(winner):
            self.skipped += 1
            return first
        self.asked += 1
        return self._runner.run(inputs={**inputs, **others}, targets=[self.core_target])

    @staticmethod
    def _any_prediction(results: Dict[str, Any]) -> PolicyPrediction:
        return next(value for value in results.values() if isinstance(value, PolicyPrediction))

    def certain(self, winner: PolicyPrediction) -> bool:
        """Could TED's prediction (not end-to-end, no user-less flag, no events) have beaten ``winner``?"""
        if winner.policy_name == CANNOT_WIN:
            return False
        if winner.is_no_user_prediction or winner.is_end_to_end_prediction:
            return True  # the ensemble considers only predictions with the same flags: TED's has neither
        return winner.max_confidence >= 1.0 and winner.policy_priority > self.ted_priority


def rules_first_runner(processor: Any) -> Optional[RulesFirstGraphRunner]:
    """The wrapper for this processor's model, or None where skipping TED could change a prediction."""
    schema: GraphSchema = processor.model_metadata.predict_schema
    core_target = processor.model_metadata.core_target
    if not core_target or core_target not in schema.nodes:
        return None
    policy_nodes = [node for node in schema.nodes[core_target].needs.values()
                    if node in schema.nodes and node.startswith("run_") and _is_policy(schema, node)]
    ted_nodes = [node for node in policy_nodes if issubclass(schema.nodes[node].uses, TEDPolicy)]
    if len(ted_nodes) != 1 or len(policy_nodes) < 2:
        return None
    ted_node = ted_nodes[0]
    ted_config = {**schema.nodes[ted_node].uses.get_default_config(), **schema.nodes[ted_node].config}
    ted = _component(processor.graph_runner, ted_node)
    if ted is None or TEXT in getattr(ted, "fake_features", {TEXT: None}):
        return None  # trained with user text: TED could make an end-to-end prediction, which outranks
    return RulesFirstGraphRunner(processor.graph_runner, schema, core_target, ted_node, int(ted_config["priority"]),
                                 [node for node in policy_nodes if node != ted_node])


def _is_policy(schema: GraphSchema, node: str) -> bool:
    from rasa.core.policies.policy import Policy

    return issubclass(schema.nodes[node].uses, Policy)


def _component(runner: Any, node: str) -> Any:
    graph_node = getattr(runner, "_instantiated_nodes", {}).get(node)
    return getattr(graph_node, "_component", None)


def ask_ted_only_when_it_could_win(agent: Any) -> None:
    """Install the wrapper on the agent's processor; idempotent."""
    processor = getattr(agent, "processor", None)
    if processor is None or isinstance(processor.graph_runner, RulesFirstGraphRunner):
        return
    runner = rules_first_runner(processor)
    if runner is None:
        logger.info("Every policy runs for every prediction (no TED in this model, or one trained on user text).")
        return
    processor.graph_runner = runner
