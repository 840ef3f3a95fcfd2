"""NLU benchmark (`make bench-nlu`): the Kansenbot pipeline against two baselines on the held-out set.

In one run, on the same training data (data/nlu) and the same held-out sets (tests/nlu/, see
bot/nlp/heldout.py: set A and the blind set B, reported separately and together):
  1. Kansenbot: var/config.active.yml (config.yml with the active spaCy pipeline);
  2. Rasa's default pipeline, as `rasa init` writes it (tests/nlu/rasa_init_config.yml);
  3. TF-IDF (word 1-2-grams + character 2-5-grams) + logistic regression in scikit-learn.
Scoring rules are in bot/nlp/heldout.py. Writes docs/nlu-benchmark.md and docs/nlu-confusion.png.

Crisis (bot/nlp/crisis_eval.py), for the Kansenbot pipeline: for every crisis set present - the crisis part
of each intent held-out set, the blind crisis set tests/nlu/blind_crisis.yml when it exists, and any
--crisis-set given - recall per kind (caught = crisis answer or check-in), the right kind first, false
alarms on everyday messages (crisis answer and check-in apart) and how ambiguous messages are handled.
Held-out sets are reported in counts only; texts are listed only for --crisis-set files.
`--crisis-only` skips the intent benchmark and prints the crisis report without writing docs/.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Optional, Sequence

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
# Rasa's training cache (~/.rasa/cache) would reuse an earlier run's components and report a DIET
# training of 13 minutes as 40 seconds: train from scratch so the times mean something.
os.environ["RASA_MAX_CACHE_SIZE"] = "0"

from bot.nlp import crisis_eval, heldout  # noqa: E402

KANSENBOT_CONFIG = ROOT / "var" / "config.active.yml"
RASA_INIT_CONFIG = ROOT / "tests" / "nlu" / "rasa_init_config.yml"
REPORT = ROOT / "docs" / "nlu-benchmark.md"
CONFUSION = ROOT / "docs" / "nlu-confusion.png"
SEED = 42
COMBINED = "Both held-out sets"


def train_rasa_nlu(config: Path, out_dir: Path, name: str) -> Path:
    from rasa.model_training import train_nlu

    model = train_nlu(
        config=str(config),
        nlu_data=str(ROOT / "data" / "nlu"),
        output=str(out_dir),
        fixed_model_name=name,
        domain=str(ROOT / "domain.yml"),
    )
    if not model:
        raise SystemExit(f"training with {config} failed")
    return Path(model)


def tfidf_logreg(train_texts: Sequence[str], train_labels: Sequence[str], texts: Sequence[str]) -> List[str]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    features = make_union(
        TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
    )
    model = make_pipeline(features, LogisticRegression(C=10.0, max_iter=3000, random_state=SEED))
    model.fit(list(train_texts), list(train_labels))
    return list(model.predict(list(texts)))


def confusion_png(scores: heldout.Scores, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from sklearn.metrics import confusion_matrix

    labels = sorted(set(scores.gold)) + sorted(set(scores.predicted) - set(scores.gold))
    matrix = confusion_matrix(scores.gold, scores.predicted, labels=labels)
    fig, ax = plt.subplots(figsize=(12, 10))
    ax.imshow(matrix, cmap="Blues")
    ax.set_xticks(range(len(labels)), labels, rotation=75, ha="right", fontsize=8)
    ax.set_yticks(range(len(labels)), labels, fontsize=8)
    for i in range(len(labels)):
        for j in range(len(labels)):
            if matrix[i, j]:
                colour = "white" if matrix[i, j] > matrix.max() / 2 else "black"
                ax.text(j, i, str(matrix[i, j]), ha="center", va="center", fontsize=7, color=colour)
    ax.set_xlabel("voorspeld")
    ax.set_ylabel("juist")
    ax.set_title(f"Kansenbot NLU op de held-out set (macro-F1 {scores.macro_f1:.3f})")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)


def summary_table(results: List[heldout.Scores], seconds: Optional[dict] = None) -> List[str]:
    lines = [
        "| | " + " | ".join(r.name for r in results) + " |",
        "|---|" + "---:|" * len(results),
        "| **intent macro-F1** | " + " | ".join(f"**{r.macro_f1:.3f}**" for r in results) + " |",
        "| accuracy | " + " | ".join(f"{r.accuracy:.3f}" for r in results) + " |",
        "| **crisis recall** | " + " | ".join(f"**{r.crisis_recall:.3f}**" for r in results) + " |",
        "| everyday messages answered as crisis | " + " | ".join(str(len(r.false_crisis)) for r in results) + " |",
        "| predicted nlu_fallback | " + " | ".join(str(r.fallbacks) for r in results) + " |",
    ]
    if seconds:
        lines.append("| train + test time (s), 2 cores | " + " | ".join(f"{seconds[r.name]:.0f}" for r in results) + " |")
    return lines


def markdown(by_set: Dict[str, List[heldout.Scores]], n_train: int, seconds: dict, notes: List[str]) -> str:
    combined = by_set[COMBINED]
    intents = sorted(combined[0].per_intent)
    lines = [
        "# NLU benchmark",
        "",
        f"Generated by `make bench-nlu` (scripts/bench_nlu.py) on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.",
        f"Training data: data/nlu ({n_train} labelled messages). Test data: two held-out sets under tests/nlu/, "
        "never trained on (see bot/nlp/heldout.py): set A (heldout.yml, its errors were studied once, so it "
        "leans optimistic) and set B (heldout_fresh.yml, written blind before the pipeline was tuned; nobody "
        "studies its individual errors).",
        "",
        "Scoring (bot/nlp/heldout.py): one gold label per message; multi-intent messages "
        "(`geen_laptop+geldzorgen`, `geen_internet_studieplek+geldzorgen`) are a class of their own and only "
        "the exact combined label counts; a `nlu_fallback` prediction counts as wrong; macro-F1 is the "
        "unweighted mean of per-intent F1.",
        "",
        f"## {COMBINED} ({len(combined[0].gold)} messages)",
        "",
        *summary_table(combined, seconds),
    ]
    for name, results in by_set.items():
        if name != COMBINED:
            lines += ["", f"## Set {name} ({len(results[0].gold)} messages)", "", *summary_table(results)]
    head = "| | " + " | ".join(r.name for r in combined) + " |"
    lines += ["", f"## Per-intent F1, {COMBINED}", "", head, "|---|" + "---:|" * len(combined)]
    lines += [f"| {intent} | " + " | ".join(f"{r.per_intent[intent]:.3f}" for r in combined) + " |" for intent in intents]
    for r in combined:
        if r.missed_crisis:
            lines += ["", f"Crisis messages missed by {r.name}: " + "; ".join(f"`{t}`" for t in r.missed_crisis)]
    lines += [""] + notes if notes else []
    lines += ["", "Confusion matrix of the Kansenbot pipeline on both sets: [nlu-confusion.png](nlu-confusion.png).", ""]
    return "\n".join(lines)


def crisis_sets(extra: Sequence[Path]) -> List[tuple]:
    """(crisis set, show its texts) for every crisis set present."""
    found = [(crisis_eval.crisis_part(f"set {name}, crisis part", pairs), False) for name, pairs in heldout.load_heldout_sets().items()]
    if crisis_eval.BLIND_CRISIS_SET.exists():
        found.append((crisis_eval.load_crisis_set(crisis_eval.BLIND_CRISIS_SET, "blind crisis set"), False))
    found += [(crisis_eval.load_crisis_set(path), True) for path in extra]
    return found


def crisis_report(model: Path, extra: Sequence[Path]) -> List[str]:
    parse = heldout.rasa_parser(model)
    lines = ["## Crisis detection (Kansenbot pipeline)", "",
             "Scoring: bot/nlp/crisis_eval.py. A check-in counts as caught; \"right kind first\" is the kind "
             "action_crisis answers first; held-out sets are reported in counts only.", ""]
    for crisis_set, show in crisis_sets(extra):
        scores = crisis_eval.evaluate(crisis_set, parse)
        lines += crisis_eval.markdown(scores, show_texts=show) + [""]
        print(f"[bench-nlu] {crisis_set.name}: caught {scores.caught}/{scores.total}, everyday with crisis answer "
              f"{len(scores.everyday_crisis)}/{scores.everyday_total}, with check-in {len(scores.everyday_checkin)}", file=sys.stderr)
    return lines


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-rasa-init", action="store_true", help="only Kansenbot and TF-IDF (faster)")
    parser.add_argument(
        "--kansenbot-model",
        type=Path,
        help="evaluate this already trained Kansenbot model (e.g. from `make train`, same config and data)"
        " instead of training one here: saves a full DIET training on a busy machine",
    )
    parser.add_argument(
        "--crisis-set", type=Path, action="append", default=[],
        help="also score this crisis set (format: bot/nlp/crisis_eval.py), e.g. a development copy; texts are listed",
    )
    parser.add_argument(
        "--crisis-only", action="store_true",
        help="only the crisis report, printed (needs --kansenbot-model or a model in models/); docs/ is not written",
    )
    args = parser.parse_args(argv)

    if args.crisis_only:
        print("\n".join(crisis_report(args.kansenbot_model or heldout.latest_model(), args.crisis_set)))
        return 0
    if not KANSENBOT_CONFIG.exists():
        raise SystemExit(f"{KANSENBOT_CONFIG} is missing: run `make config` first")
    sets = heldout.load_heldout_sets()
    test = [pair for pairs in sets.values() for pair in pairs]
    train = heldout.load_training()
    leaks = heldout.leaked(test, train)
    if leaks:
        raise SystemExit(f"held-out messages found in the training data: {leaks}")
    texts = [t for t, _ in test]
    gold = [i for _, i in test]

    predictions, seconds, notes = {}, {}, []
    with tempfile.TemporaryDirectory(prefix="bench-nlu-") as tmp:
        candidates = [("Kansenbot pipeline", KANSENBOT_CONFIG, args.kansenbot_model)]
        if not args.skip_rasa_init:
            candidates.append(("Rasa default (rasa init)", RASA_INIT_CONFIG, None))
        for name, config, trained in candidates:
            start = time.time()
            if trained:
                print(f"[bench-nlu] evaluating the trained model {trained} for {name}", file=sys.stderr)
                model = trained
                notes.append(f"The Kansenbot model was trained by `make train` ({trained.name}); its time is evaluation only.")
            else:
                print(f"[bench-nlu] training {name} ({config.relative_to(ROOT)})", file=sys.stderr)
                model = train_rasa_nlu(config, Path(tmp), name.split()[0].lower())
            predictions[name] = heldout.rasa_predictor(model)(texts)
            seconds[name] = time.time() - start
            if name == "Kansenbot pipeline":
                crisis_lines = crisis_report(model, args.crisis_set)
        start = time.time()
        name = "TF-IDF + logistic regression"
        predictions[name] = tfidf_logreg([t for t, _ in train], [i for _, i in train], texts)
        seconds[name] = time.time() - start

    by_set = {COMBINED: [heldout.score(name, texts, gold, predicted) for name, predicted in predictions.items()]}
    offset = 0
    for set_name, pairs in sets.items():
        part = slice(offset, offset + len(pairs))
        offset += len(pairs)
        by_set[set_name] = [
            heldout.score(name, texts[part], gold[part], predicted[part]) for name, predicted in predictions.items()
        ]
    REPORT.write_text(markdown(by_set, len(train), seconds, notes) + "\n".join(crisis_lines) + "\n", encoding="utf-8")
    confusion_png(by_set[COMBINED][0], CONFUSION)
    for set_name, results in by_set.items():
        for r in results:
            print(f"{set_name:20s} {r.name:32s} macro-F1 {r.macro_f1:.3f}  accuracy {r.accuracy:.3f}  "
                  f"crisis recall {r.crisis_recall:.3f}  fallbacks {r.fallbacks}")
    print(f"[bench-nlu] wrote {REPORT.relative_to(ROOT)} and {CONFUSION.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
