"""Rasa's model graph run node after node, without dask: the same calls with the same inputs, less work.

Every turn Rasa 3.6 runs its model graph about three times (the NLU pipeline once, the policies once per
predicted action) through ``DaskGraphRunner.run``, which each time computes the minimal sub-graph for the
targets, builds a dask task graph, formats a debug line with the inputs (the tracker included), and lets
``dask.get`` order and run the tasks: about 3 ms of a turn's CPU beside the nodes' own work
(scripts/profile_turn.py --by-node: "graph runner" minus "all graph nodes").

Here the order of the minimal sub-graph is worked out once per set of targets (every parent before its
child, as dask does), and each run calls the same ``GraphNode`` objects with their parents' outputs, as the
dask task ``(node, *needs)`` does. The nodes are the same objects, so hooks, errors and outputs are Rasa's;
nodes that do not depend on each other (RulePolicy and MemoizationPolicy) only read their inputs, so their
order does not change a result. Errors are raised as Rasa raises them (``GraphRunError`` for a
``RuntimeError``). tests/unit/test_graph_runner.py compares the results with dask's on the trained model.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa.engine.exceptions import GraphRunError
from rasa.engine.runner.dask import DaskGraphRunner

logger = logging.getLogger(__name__)

_dask_run = DaskGraphRunner.run
# (node name, the names of the nodes or inputs whose outputs it takes, in the order dask passes them)
Plan = List[Tuple[Text, Tuple[Text, ...]]]


def _plan(runner: DaskGraphRunner, targets: Tuple[Text, ...]) -> Plan:
    plans: Dict[Tuple[Text, ...], Plan] = runner.__dict__.setdefault("_kansenbot_plans", {})
    plan = plans.get(targets)
    if plan is None:
        schema = runner._graph_schema.minimal_graph_schema(list(targets))
        plan, placed = [], set()

        def place(name: Text) -> None:  # depth first: parents before children, each node once
            if name in placed or name not in schema.nodes:
                return
            placed.add(name)
            needs = tuple(schema.nodes[name].needs.values())
            for parent in needs:
                place(parent)
            plan.append((name, needs))

        for target in targets:
            place(target)
        plans[targets] = plan
    return plan


def run_in_order(
    self: DaskGraphRunner, inputs: Optional[Dict[Text, Any]] = None, targets: Optional[List[Text]] = None
) -> Dict[Text, Any]:
    run_targets = tuple(targets if targets else self._graph_schema.target_names)
    plan = _plan(self, run_targets)
    results: Dict[Text, Any] = {}
    for input_name, input_value in (inputs or {}).items():
        if isinstance(input_value, str) and (input_value in results or any(input_value == name for name, _ in plan)):
            # Rasa's own check (DaskGraphRunner._add_inputs_to_graph)
            raise GraphRunError(
                f"Input value '{input_value}' clashes with a node name. Make sure that none of the input names "
                f"passed to the `run` method are the same as node names in the graph schema."
            )
        results[input_name] = (input_name, input_value)
    try:
        for name, needs in plan:
            # An input that was not given reaches the node as its bare name, as with dask; the node then
            # raises Rasa's "Missing input" error.
            results[name] = self._instantiated_nodes[name](*(results.get(need, need) for need in needs))
    except RuntimeError as error:
        raise GraphRunError("Error running runner.") from error
    return dict(results[target] for target in run_targets)


def run_graphs_without_dask() -> None:
    DaskGraphRunner.run = run_in_order  # type: ignore[method-assign]


def run_with_dask(runner: DaskGraphRunner, inputs: Optional[Dict[Text, Any]] = None,
                  targets: Optional[List[Text]] = None) -> Dict[Text, Any]:
    """Rasa's own run, for the comparison test."""
    return _dask_run(runner, inputs, targets)
