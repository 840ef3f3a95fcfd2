"""Which messages of a route DEVELOPMENT set go the wrong way (text, right route, what they got, intent).

scripts/bench_routes.py reports counts only, so a held-out set's messages never leak into a report. To
learn from mistakes you need the messages themselves, which is only allowed on a development set: a set
written for tuning, never one of the held-out sets. So this script takes exactly one set, named on the
command line, and refuses the held-out files of the repository (tests/nlu/blind_*.yml, heldout*.yml).

Usage:
  .venv/bin/python scripts/route_errors.py --model models/kansenbot.tar.gz [--mid-conversation] DEV_SET.yml
With --mid-conversation each message comes after another route, exactly as scripts/bench_routes.py's
mid-conversation pass does it (routes.context_for; "ja", "nee" and a school name left out); without it
each message opens a fresh conversation, as the benchmark's first pass.
Output: one line per wrong message: register, right route, predicted route label, NLU intent and its
confidence, the text; then first-route accuracy and macro-F1 (bot/nlp/routes.py's scoring) per register.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

from bot.nlp import heldout, routes  # noqa: E402

HELD_OUT_DIR = ROOT / "tests" / "nlu"


def is_held_out(path: Path) -> bool:
    """A held-out set of the repository: its messages may never be printed."""
    resolved = path.resolve()
    return resolved.parent == HELD_OUT_DIR.resolve() and resolved.name.startswith(("blind_", "heldout"))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", type=Path, help="a route development set (YAML list of {text, route, register})")
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "kansenbot.tar.gz")
    parser.add_argument("--mid-conversation", action="store_true",
                        help="each message after another route (the benchmark's second pass)")
    args = parser.parse_args(argv)
    if is_held_out(args.set):
        raise SystemExit(f"[route-errors] {args.set} is a held-out set: its messages are never printed")
    items = routes.load_route_set(args.set)
    contexts = None
    if args.mid_conversation:
        chosen = [(i, item) for i, item in enumerate(items) if item.route not in routes.CONTEXT_DEPENDENT]
        contexts = [routes.context_for(i, item.route) for i, item in chosen]
        items = [item for _, item in chosen]
    texts = [item.text for item in items]
    predictions = routes.route_predictor(args.model)(texts, contexts)
    parse = heldout.rasa_parser(args.model)
    parsed = parse(texts)
    scores = routes.score_routes(args.set.name, items, predictions)
    for item, label, prediction, nlu in zip(items, scores.predicted, predictions, parsed):
        if prediction.first != routes.ROUTE_ACTIONS[item.route] or label != item.route:
            intent = nlu.get("intent") or {}
            print(f"{item.register:10s} {item.route:24s} -> {label:24s} "
                  f"[{intent.get('name')} {intent.get('confidence', 0):.2f}] {item.text}")
    print(f"\n{len(items)} messages: first-route accuracy {scores.first_route_accuracy:.3f}, "
          f"strict {scores.strict_accuracy:.3f}, macro-F1 {scores.macro_f1:.3f}")
    for register in sorted({item.register for item in items}):
        chosen = [i for i, item in enumerate(items) if item.register == register]
        sub = routes.score_routes(register, [items[i] for i in chosen], [predictions[i] for i in chosen])
        print(f"  {register:12s} {sub.n:4d}  first-route {sub.first_route_accuracy:.3f}  macro-F1 {sub.macro_f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
