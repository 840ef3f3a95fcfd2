"""Cross-validation of the NLU pipeline on the training data only (`make cv-nlu`).

Why it exists: whoever writes training data must never look at the held-out sets under tests/nlu/,
or the benchmark (scripts/bench_nlu.py) stops measuring anything. This script shows where the
classifier is weak using data/nlu alone: stratified k-fold (default 5 folds, fixed seed), each fold
trained with Rasa's own `train_nlu` on a temporary Rasa YAML file and parsed by a Rasa Agent, so the
whole pipeline runs (featurizers, classifier, FallbackClassifier, CrisisGuard) exactly as in the bot.
Scoring is bot/nlp/heldout.py's, as in the benchmark: nlu_fallback counts as wrong and a multi-intent
label ("geen_laptop+geldzorgen") is a class of its own, so CV figures and benchmark figures compare.

Not `rasa test nlu --cross-validation`: that splits without a seed (rasa/nlu/test.py generate_folds),
also parses every training fold, and scores with scikit-learn's report, where nlu_fallback is a label.

The whole config is trained, entity extractors included: dropping them gave the same intents but
saved only about 10% (measured 104 s vs 116 s for 5 folds), not worth a second config. Lookup tables,
regexes and synonyms stay in every training fold (CrisisGuard reads the crisis regexes).
With about 2,000 examples a run takes 2-2.5 minutes on 2 shared cores (about 25 s per fold).

Reading the figures: CV of data against itself flatters (examples written by one hand resemble each
other) and changes with every added example, so compare runs on the same data (e.g. two configs), and
use the confusions to decide what to write; the held-out benchmark remains the judge.

Comparing two versions of the training data on the same test messages: --fold-base OLD_DATA_DIR
(e.g. `git archive main data/nlu | tar -x -C /tmp/old`) tests only the messages of the old version, in
the old version's folds, with their current labels; examples added since are only trained on.

Usage:
  .venv/bin/python scripts/cv_nlu.py [--config var/config.active.yml] [--folds 5] [--seed 42]
                                     [--top 15] [--examples 3] [--fold-base OLD_DATA_DIR]
"""
from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
# Every fold's data differs, so Rasa's training cache would only fill .rasa/cache with fold artefacts.
os.environ.setdefault("RASA_MAX_CACHE_SIZE", "0")

from bot.nlp import heldout  # noqa: E402

DEFAULT_CONFIG = ROOT / "var" / "config.active.yml"
DEFAULT_DATA = ROOT / "data" / "nlu"
DOMAIN = ROOT / "domain.yml"


def fold_split(texts: Sequence[str], gold: Sequence[str], folds: int, seed: int, base_dir: Optional[Path] = None):
    """(train indices, test indices) per fold.

    Without ``base_dir``: stratified k-fold over all examples. With ``base_dir`` (an earlier version
    of data/nlu): the folds of that version, so two data versions are compared on the same test
    messages. An example whose text (case, punctuation and spacing ignored) is in ``base_dir`` is tested
    in that text's fold, with its current label; an example that is not is only ever trained on.
    """
    from sklearn.model_selection import StratifiedKFold

    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    if base_dir is None:
        return list(splitter.split(texts, gold))
    base = load_examples(base_dir)
    base_texts = [heldout.normalise(t) for t, _ in base]
    fold_of = {}
    for fold, (_, test_index) in enumerate(splitter.split(base_texts, [i for _, i in base])):
        for i in test_index:
            fold_of.setdefault(base_texts[i], fold)
    keys = [heldout.normalise(t) for t in texts]
    result = []
    for fold in range(folds):
        test_index = [i for i, key in enumerate(keys) if fold_of.get(key) == fold]
        tested = set(test_index)
        result.append(([i for i in range(len(texts)) if i not in tested], test_index))
    return result


def load_examples(data_dir: Path) -> List[Tuple[str, str]]:
    """(text, intent) of every intent example, in Rasa's own loading order."""
    from rasa.shared.nlu.constants import INTENT, TEXT
    from rasa.shared.nlu.training_data.loading import load_data

    return [(e.get(TEXT), e.get(INTENT)) for e in load_data(str(data_dir)).intent_examples]


def cross_validate(
    data_dir: Path, config: Path, folds: int, seed: int, base_dir: Optional[Path] = None
) -> Tuple[List[str], List[str], List[dict], List[float], List]:
    """Texts, gold intents and NLU results of every tested example (each parsed by the fold that did not
    train on it), the seconds each fold took (train + parse), and the tested examples themselves. With
    ``base_dir`` only the examples that also occur there are tested (see fold_split)."""
    from rasa.model_training import train_nlu
    from rasa.shared.nlu.constants import INTENT, TEXT
    from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLWriter
    from rasa.shared.nlu.training_data.loading import load_data
    from rasa.shared.nlu.training_data.training_data import TrainingData
    data = load_data(str(data_dir))
    examples = data.intent_examples
    for example in examples:
        keep_kind_when_written(example)
    texts = [e.get(TEXT) for e in examples]
    gold = [e.get(INTENT) for e in examples]
    predicted: List[dict] = [{}] * len(examples)
    seconds: List[float] = []
    tested: List[int] = []

    with tempfile.TemporaryDirectory(prefix="cv-nlu-") as tmp:
        tmp_dir = Path(tmp)
        for fold, (train_index, test_index) in enumerate(fold_split(texts, gold, folds, seed, base_dir), start=1):
            tested += list(test_index)
            start = time.time()
            train = TrainingData(
                training_examples=[examples[i] for i in train_index],
                entity_synonyms=data.entity_synonyms,
                regex_features=data.regex_features,
                lookup_tables=data.lookup_tables,
            )
            fold_data = tmp_dir / f"fold{fold}.yml"
            RasaYAMLWriter().dump(fold_data, train)
            print(f"[cv-nlu] fold {fold}/{folds}: training on {len(train_index)}, testing {len(test_index)}", file=sys.stderr)
            # Rasa prints its "model is trained" line to stdout; keep stdout for the report.
            with contextlib.redirect_stdout(sys.stderr):
                model = train_nlu(str(config), str(fold_data), str(tmp_dir), fixed_model_name=f"fold{fold}", domain=str(DOMAIN))
            if not model:
                raise SystemExit(f"[cv-nlu] training fold {fold} failed")
            for i, parsed in zip(test_index, heldout.rasa_parser(Path(model))([texts[i] for i in test_index])):
                predicted[i] = parsed
            seconds.append(time.time() - start)
    tested.sort()
    return (
        [texts[i] for i in tested],
        [gold[i] for i in tested],
        [predicted[i] for i in tested],
        seconds,
        [examples[i] for i in tested],
    )


def keep_kind_when_written(example) -> None:
    """Copy a block's ``metadata`` (data/nlu/crisis.yml: the crisis kind) onto the example itself.

    RasaYAMLWriter keeps only one intent-level metadata per intent when it writes a fold, so the crisis
    examples' kinds (each block its own) would be lost; example-level metadata is written per example.
    """
    metadata = example.get("metadata") or {}
    intent_level = metadata.get("intent") if isinstance(metadata, dict) else None
    if isinstance(intent_level, dict):
        example.set("metadata", {"example": {**intent_level, **(metadata.get("example") or {})}})


def confusions(texts: Sequence[str], gold: Sequence[str], predicted: Sequence[str]) -> List[Tuple[Tuple[str, str], int, List[str]]]:
    """(gold, predicted) pairs of the errors, most frequent first, with the texts of each."""
    texts_of: Dict[Tuple[str, str], List[str]] = defaultdict(list)
    for text, g, p in zip(texts, gold, predicted):
        if g != p:
            texts_of[(g, p)].append(text)
    counts = Counter({pair: len(found) for pair, found in texts_of.items()})
    return [(pair, n, texts_of[pair]) for pair, n in counts.most_common()]


def crisis_report(examples: Sequence, parsed: Sequence[dict]) -> str:
    """Crisis per kind (the examples' ``soort``) and false alarms, counted as bot/nlp/crisis_eval.py does."""
    from bot.nlp import crisis_eval
    from bot.nlp.crisis_guard import example_kind

    kinds: Dict[str, List[int]] = defaultdict(lambda: [0, 0, 0])  # total, caught, right kind first
    alarms = Counter()
    for example, result in zip(examples, parsed):
        outcome = crisis_eval.outcome(result)
        if example.get("intent") == heldout.CRISIS:
            row = kinds[example_kind(example) or "(geen soort)"]
            row[0] += 1
            row[1] += outcome.caught
            row[2] += outcome.first == example_kind(example)
        else:
            alarms["examples"] += 1
            alarms[outcome.level or "none"] += 1
    lines = ["crisis per kind (caught = crisis answer or check-in; right kind first)"]
    for kind, (total, caught, right) in sorted(kinds.items()):
        lines.append(f"  {kind:16s} {caught}/{total} caught, {right}/{total} right kind first")
    lines.append(
        f"everyday examples: {alarms['crisis']}/{alarms['examples']} crisis answer, "
        f"{alarms[crisis_eval.CHECKIN]}/{alarms['examples']} check-in"
    )
    return "\n".join(lines)


def report(scores: heldout.Scores, texts: Sequence[str], top: int, n_examples: int) -> str:
    support = Counter(scores.gold)
    lines = [
        f"macro-F1 {scores.macro_f1:.3f}   accuracy {scores.accuracy:.3f}   nlu_fallback {scores.fallbacks}"
        f"   crisis recall {scores.crisis_recall:.3f}   ({len(scores.gold)} examples)",
        "",
        "per-intent F1 (lowest first)",
    ]
    for intent, f1 in sorted(scores.per_intent.items(), key=lambda item: (item[1], item[0])):
        lines.append(f"  {f1:.3f}  {intent} ({support[intent]})")
    lines += ["", "top confusions (gold -> predicted)"]
    for (g, p), n, found in confusions(texts, scores.gold, scores.predicted)[:top]:
        lines.append(f"  {n:3d}  {g} -> {p}")
        lines += [f"         - {text}" for text in found[:n_examples]]
    if scores.missed_crisis:
        lines += ["", "crisis messages missed: " + "; ".join(scores.missed_crisis)]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", type=Path, default=DEFAULT_CONFIG, help="Rasa config (default: var/config.active.yml)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="NLU training data (default: data/nlu)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=42, help="fold split seed: same data, same folds")
    parser.add_argument("--top", type=int, default=15, help="how many confusions to list")
    parser.add_argument("--examples", type=int, default=3, help="example texts per confusion")
    parser.add_argument(
        "--fold-base",
        type=Path,
        help="an earlier data/nlu (e.g. from `git archive`): test only its messages, in its folds, and"
        " only train on newer examples, so two data versions compare on the same test messages",
    )
    args = parser.parse_args(argv)

    if not args.config.exists():
        raise SystemExit(f"[cv-nlu] {args.config} is missing: run `make config` first")
    if not args.data.is_dir():
        raise SystemExit(f"[cv-nlu] {args.data} is not a folder with NLU training data")
    if args.folds < 2:
        raise SystemExit("[cv-nlu] --folds must be at least 2")

    from rasa.utils.log_utils import configure_structlog

    logging.getLogger().setLevel(logging.WARNING)
    configure_structlog(logging.WARNING)
    start = time.time()
    if args.fold_base and not args.fold_base.is_dir():
        raise SystemExit(f"[cv-nlu] --fold-base {args.fold_base} is not a folder")
    texts, gold, parsed, seconds, examples = cross_validate(args.data, args.config, args.folds, args.seed, args.fold_base)
    predicted = [((p.get("intent") or {}).get("name") or "") for p in parsed]
    scores = heldout.score("cross-validation", texts, gold, predicted)
    print(report(scores, texts, args.top, args.examples))
    print("\n" + crisis_report(examples, parsed))
    print(
        f"\n[cv-nlu] {args.folds} folds, seed {args.seed}, config {args.config}"
        + (f", folds and test messages of {args.fold_base}" if args.fold_base else "")
        + f": {time.time() - start:.0f} s"
        f" ({', '.join(f'{s:.0f}' for s in seconds)} s per fold)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
