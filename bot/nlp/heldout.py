"""Scoring intent classifiers on the held-out Dutch NLU sets (tests/nlu/).

Two sets, never trained on:
- ``heldout.yml`` (set A): written with the first pipeline; the team studied its errors once, so its
  figures lean optimistic;
- ``heldout_fresh.yml`` (set B): written blind (without reading the training data or set A) before
  the pipeline was tuned further. Nobody studies its individual errors; it keeps the figures honest.

Shared by the pytest gate (tests/test_nlu_heldout.py) and the benchmark (scripts/bench_nlu.py), so both
count the same way:
- one gold label per message; a multi-intent message ("geen_laptop+geldzorgen") is a class of its own
  and only the exact combined label counts as correct;
- a prediction of ``nlu_fallback`` counts as wrong: the user gets "say it differently" instead of help;
- macro-F1 is the unweighted mean of per-intent F1 over the gold intents (predicted-only labels such as
  nlu_fallback lower precision elsewhere but get no row of their own).
"""
from __future__ import annotations

import asyncio
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Sequence, Tuple

import yaml

ROOT = Path(__file__).resolve().parents[2]
HELDOUT_SETS = {
    "A": ROOT / "tests" / "nlu" / "heldout.yml",
    "B (blind)": ROOT / "tests" / "nlu" / "heldout_fresh.yml",
}
TRAINING_DIR = ROOT / "data" / "nlu"
CRISIS = "crisis"

# "[teams](tool)" and "[den haag]{...}" -> "teams", "den haag"
_ANNOTATION = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


def plain_text(example: str) -> str:
    return _ANNOTATION.sub(r"\1", example).strip()


def _examples(block: Dict) -> List[str]:
    return [plain_text(line[2:]) for line in block.get("examples", "").splitlines() if line.strip().startswith("- ")]


def load_labelled(path: Path) -> List[Tuple[str, str]]:
    """(text, intent) pairs from one Rasa NLU YAML file; lookups and synonyms are skipped."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [(text, block["intent"]) for block in data.get("nlu", []) if "intent" in block for text in _examples(block)]


def load_heldout_sets() -> Dict[str, List[Tuple[str, str]]]:
    return {name: load_labelled(path) for name, path in HELDOUT_SETS.items()}


def load_heldout() -> List[Tuple[str, str]]:
    """Both held-out sets together."""
    return [pair for pairs in load_heldout_sets().values() for pair in pairs]


def load_training(directory: Path = TRAINING_DIR) -> List[Tuple[str, str]]:
    return [pair for path in sorted(directory.glob("*.yml")) for pair in load_labelled(path)]


_PUNCTUATION = re.compile(r"[^\w\s]")


def normalise(text: str) -> str:
    """Lower case, punctuation dropped, spaces merged: "Hallo!" and "hallo" are the same message."""
    return " ".join(_PUNCTUATION.sub(" ", text.lower()).split())


def leaked(heldout: Iterable[Tuple[str, str]], training: Iterable[Tuple[str, str]]) -> List[str]:
    """Held-out messages that also occur (ignoring case, punctuation and spacing) in the training data."""
    seen = {normalise(text) for text, _ in training}
    return [text for text, _ in heldout if normalise(text) in seen]


@dataclass
class Scores:
    name: str
    macro_f1: float
    accuracy: float
    crisis_recall: float
    per_intent: Dict[str, float]
    missed_crisis: List[str] = field(default_factory=list)
    fallbacks: int = 0
    # everyday messages answered with the crisis numbers: not dangerous, but a student who asked
    # about a laptop and gets 113 loses trust
    false_crisis: List[str] = field(default_factory=list)
    gold: List[str] = field(default_factory=list)
    predicted: List[str] = field(default_factory=list)


def score(name: str, texts: Sequence[str], gold: Sequence[str], predicted: Sequence[str]) -> Scores:
    labels = sorted(set(gold))
    per_intent: Dict[str, float] = {}
    for label in labels:
        tp = sum(1 for g, p in zip(gold, predicted) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, predicted) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, predicted) if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        per_intent[label] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    crisis_total = sum(1 for g in gold if g == CRISIS)
    missed = [t for t, g, p in zip(texts, gold, predicted) if g == CRISIS and p != CRISIS]
    return Scores(
        name=name,
        macro_f1=sum(per_intent.values()) / len(per_intent),
        accuracy=sum(1 for g, p in zip(gold, predicted) if g == p) / len(gold),
        crisis_recall=(crisis_total - len(missed)) / crisis_total if crisis_total else float("nan"),
        per_intent=per_intent,
        missed_crisis=missed,
        fallbacks=sum(1 for p in predicted if p == "nlu_fallback"),
        false_crisis=[t for t, g, p in zip(texts, gold, predicted) if p == CRISIS and g != CRISIS],
        gold=list(gold),
        predicted=list(predicted),
    )


@functools.lru_cache(maxsize=2)
def load_agent(model_path: Path) -> Any:
    """A Rasa agent for a trained model, loaded once per process and path (loading takes seconds; the
    intent, crisis and route checks share it)."""
    import logging

    from rasa.core.agent import Agent
    from rasa.utils.log_utils import configure_structlog

    # Rasa logs every parsed message (with its text) at debug level; keep test output free of it.
    configure_structlog(logging.WARNING)
    return Agent.load(str(model_path))


def rasa_parser(model_path: Path) -> Callable[[Sequence[str]], List[Dict[str, Any]]]:
    """A function that parses texts with a trained Rasa model (NLU part only): intent, entities, ranking."""
    agent = load_agent(Path(model_path))

    async def _parse_all(texts: Sequence[str]) -> List[Dict[str, Any]]:
        return [await agent.parse_message(text) for text in texts]

    return lambda texts: asyncio.run(_parse_all(texts))


def rasa_predictor(model_path: Path) -> Callable[[Sequence[str]], List[str]]:
    """A function that classifies texts with a trained Rasa model (NLU part only)."""
    parse = rasa_parser(model_path)
    return lambda texts: [((parsed.get("intent") or {}).get("name") or "") for parsed in parse(texts)]


def latest_model(models_dir: Path = ROOT / "models") -> Path:
    models = sorted(models_dir.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if not models:
        raise FileNotFoundError(f"no trained model in {models_dir}; run `make train` first")
    return models[-1]
