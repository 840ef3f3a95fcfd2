"""The trained model's NLU output on every training example, to show a speed change alters nothing.

    python scripts/nlu_snapshot.py --out before.json [--model models/kansenbot.tar.gz]
    python scripts/nlu_snapshot.py --out after.json --compare before.json

Parses every example text of data/nlu (and the crisis patterns' own examples, which are in data/nlu too)
with ``agent.parse_message``, in a process prepared as the server's (bot/runtime), and writes intent, ranking and entities with full float precision. With
--compare it exits 1 and names the first differing texts' indices (never the texts: they may be crisis
messages) when anything differs.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def example_texts(data: Path) -> List[str]:
    from rasa.shared.nlu.training_data.loading import load_data

    texts = {message.get("text") for message in load_data(str(data)).intent_examples if message.get("text")}
    return sorted(texts)


async def parse_all(model: str, texts: List[str]) -> List[Dict[str, Any]]:
    from rasa.core.agent import Agent

    from bot import runtime, server

    runtime.prepare_process()  # the server's own code paths (bot/runtime), not only Rasa's
    server.configure_process(logging.WARNING)  # no debug lines: they would print every example's text
    agent = Agent.load(model)
    results = []
    for text in texts:
        parsed = await agent.parse_message(text)
        results.append({key: parsed.get(key) for key in ("intent", "intent_ranking", "entities")})
    return results


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(ROOT / "models" / "kansenbot.tar.gz"))
    parser.add_argument("--data", default=str(ROOT / "data" / "nlu"))
    parser.add_argument("--out", required=True)
    parser.add_argument("--compare", help="an earlier snapshot: exit 1 when anything differs")
    args = parser.parse_args(argv)
    texts = example_texts(Path(args.data))
    results = asyncio.run(parse_all(args.model, texts))
    snapshot = [{"text": text, **result} for text, result in zip(texts, results)]
    Path(args.out).write_text(json.dumps(snapshot, ensure_ascii=False, default=str), encoding="utf-8")
    print(f"[nlu-snapshot] {len(snapshot)} texts parsed -> {args.out}")
    if not args.compare:
        return 0
    earlier = {entry["text"]: entry for entry in json.loads(Path(args.compare).read_text(encoding="utf-8"))}
    differing = [index for index, entry in enumerate(snapshot)
                 if json.loads(json.dumps(entry, ensure_ascii=False, default=str)) != earlier.get(entry["text"])]
    missing = len(set(earlier) - {entry["text"] for entry in snapshot})
    print(f"[nlu-snapshot] {len(differing)} of {len(snapshot)} texts differ from {args.compare}; "
          f"{missing} earlier texts not parsed now" + (f"; first indices {differing[:10]}" if differing else ""))
    return 1 if differing or missing else 0


if __name__ == "__main__":
    sys.exit(main())
