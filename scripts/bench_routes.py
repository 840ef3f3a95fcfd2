"""Route benchmark (`make bench-routes`): the first help route end to end, Kansenbot against Rasa's default.

For every held-out message: message -> NLU -> dialogue policies -> the first action predicted after it
(predicted, never executed: no action server). See bot/nlp/routes.py for the labels and the scoring.

Sets (by default):
  - tests/nlu/blind_routes_student.yml, blind_routes_teacher.yml and blind_routes_round8.yml, written
    blind, when present (a YAML list of {text, route, register, note?});
  - tests/nlu/blind_routes_followup9.yml, next messages written blind after a named answer ({after, ...}):
    scored right after that answer, in a pass of their own ("follow-ups after an answer");
  - the intent-labelled held-out sets tests/nlu/heldout.yml (A) and heldout_fresh.yml (B), turned into
    route checks through the rules (bot/nlp/routes.py INTENT_ROUTES).
Systems, trained in the same run on the same data/nlu, domain.yml and data/dialogue:
  1. Kansenbot: var/config.active.yml (config.yml with the active spaCy pipeline);
  2. Rasa's default: the NLU pipeline `rasa init` writes (tests/nlu/rasa_init_config.yml) with
     Kansenbot's dialogue policies, so the difference is the understanding, not the dialogue.
Two passes: each message in a fresh conversation, and each message after another route (the
mid-conversation pass; "ja", "nee" and a typed school name are left out there, their answer depends on
what came before by design).

The report (docs/route-benchmark.md) holds figures and counts only, never message texts: whoever reads
it learns nothing about the held-out messages beyond how many went where.

Usage:
  .venv/bin/python scripts/bench_routes.py [--kansenbot-model models/kansenbot.tar.gz]
      [--skip-rasa-init | --rasa-init-model PATH]
      [--set NAME=PATH ...] [--with-default-sets] [--report docs/route-benchmark.md] [--no-mid-conversation]
      [--no-followup-context]
--set replaces the default sets (a route set file each), e.g. the synthetic fixture
tests/fixtures/routes_synthetic.yml that tests the script itself; --with-default-sets keeps them too.

Follow-ups (issue 11): messages of the register "mid_conversation" were written to follow an answer, so
the first pass scores them after a context turn, their own route's opener (bot/nlp/routes.py
followup_context); --no-followup-context scores them in a fresh conversation, as before, so the older
figures stay comparable.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
# Rasa's training cache would reuse an earlier run's components and make the times meaningless.
os.environ["RASA_MAX_CACHE_SIZE"] = "0"

import yaml  # noqa: E402

from bot.nlp import heldout, routes  # noqa: E402

KANSENBOT_CONFIG = ROOT / "var" / "config.active.yml"
RASA_INIT_CONFIG = ROOT / "tests" / "nlu" / "rasa_init_config.yml"
REPORT = ROOT / "docs" / "route-benchmark.md"
KANSENBOT = "Kansenbot"
RASA_INIT = "Rasa default (rasa init NLU)"
ALL_SETS = "all sets together"
FRESH = "fresh conversation"
MID = "mid-conversation"
# Sets of follow-ups written as answers to a named route (every item has ``after``, e.g. tests/nlu/
# blind_routes_followup9.yml): scored only after that route, in a pass of their own, so they neither dilute
# the fresh-conversation figure of issue 11 nor get an artificial other-route context.
FOLLOWUPS = "follow-ups after an answer"


def rasa_init_with_our_policies(out: Path) -> Path:
    """The `rasa init` NLU pipeline with Kansenbot's dialogue policies, as one config file."""
    baseline = yaml.safe_load(RASA_INIT_CONFIG.read_text(encoding="utf-8"))
    ours = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))
    baseline["policies"] = ours["policies"]
    path = out / "rasa_init_with_kansenbot_policies.yml"
    path.write_text(yaml.safe_dump(baseline, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def train_full_model(config: Path, out_dir: Path, name: str) -> Path:
    """rasa train (NLU + dialogue) on the project's domain, data/nlu and data/dialogue."""
    from rasa.model_training import train

    with contextlib.redirect_stdout(sys.stderr):
        result = train(
            domain=str(ROOT / "domain.yml"),
            config=str(config),
            training_files=[str(ROOT / "data" / "nlu"), str(ROOT / "data" / "dialogue")],
            output=str(out_dir),
            fixed_model_name=name,
            force_training=True,
        )
    if result.code != 0 or not result.model:
        raise SystemExit(f"[bench-routes] training with {config} failed")
    return Path(result.model)


def parse_set_option(values: Sequence[str]) -> Dict[str, List[routes.RouteItem]]:
    sets = {}
    for value in values:
        name, sep, path = value.partition("=")
        if not sep or not name or not path:
            raise SystemExit(f"[bench-routes] --set expects NAME=PATH, got {value!r}")
        file = Path(path)
        if not file.is_file():
            raise SystemExit(f"[bench-routes] --set {name}: no such file {path}")
        try:
            sets[name] = routes.load_route_set(file)
        except routes.RouteSetError as error:
            raise SystemExit(f"[bench-routes] {error}") from error
    return sets


def evaluate(
    predict, sets: Dict[str, List[routes.RouteItem]], system: str, mid: bool, followup_context: bool = True
) -> Dict[str, Dict[str, routes.RouteScores]]:
    """pass -> set name (and ALL_SETS) -> scores, for one system.

    With ``followup_context``, a message of the follow-up register (routes.FOLLOWUP_REGISTER) is scored after
    its context turn (routes.followup_context) in the first pass, and left out of the after-another-route
    pass (its context is fixed by design, like "ja"). Without it, every message is scored as before: the
    first pass in a fresh conversation, the second after another route.
    """
    passes = {FRESH: {}}
    if mid:
        passes[MID] = {}
    if any(routes.is_followup_set(items) for items in sets.values()):
        passes[FOLLOWUPS] = {}
    pooled: Dict[str, Tuple[list, list]] = {name: ([], []) for name in passes}

    def is_followup(item: routes.RouteItem) -> bool:
        return followup_context and item.register == routes.FOLLOWUP_REGISTER

    for set_name, items in sets.items():
        texts = [item.text for item in items]
        if routes.is_followup_set(items):
            answers = predict(texts, [routes.followup_context(i, item) for i, item in enumerate(items)])
            passes[FOLLOWUPS][set_name] = routes.score_routes(f"{system}, {set_name}", items, answers)
            pooled[FOLLOWUPS][0].extend(items)
            pooled[FOLLOWUPS][1].extend(answers)
            continue
        contexts = [routes.followup_context(i, item) if is_followup(item) else None for i, item in enumerate(items)]
        fresh = predict(texts, contexts)
        passes[FRESH][set_name] = routes.score_routes(f"{system}, {set_name}", items, fresh)
        pooled[FRESH][0].extend(items)
        pooled[FRESH][1].extend(fresh)
        if mid:
            chosen = [
                (i, item) for i, item in enumerate(items) if item.route not in routes.CONTEXT_DEPENDENT and not is_followup(item)
            ]
            if not chosen:
                continue
            contexts = [routes.context_for(i, item.route) for i, item in chosen]
            later = predict([item.text for _, item in chosen], contexts)
            mid_items = [item for _, item in chosen]
            passes[MID][set_name] = routes.score_routes(f"{system}, {set_name}", mid_items, later)
            pooled[MID][0].extend(mid_items)
            pooled[MID][1].extend(later)
    for name in passes:
        if len(passes[name]) > 1:
            passes[name][ALL_SETS] = routes.score_routes(f"{system}, {ALL_SETS}", *pooled[name])
    return {name: by_set for name, by_set in passes.items() if by_set}


def _fmt(value: float) -> str:
    return "n/a" if value != value else f"{value:.3f}"  # NaN: no crisis messages in the set


def summary_table(by_system: Dict[str, routes.RouteScores], seconds: Optional[Dict[str, float]] = None) -> List[str]:
    names = list(by_system)
    rows = [
        "| | " + " | ".join(names) + " |",
        "|---|" + "---:|" * len(names),
        "| messages | " + " | ".join(str(s.n) for s in by_system.values()) + " |",
        "| **first-route accuracy** | " + " | ".join(f"**{s.first_route_accuracy:.3f}**" for s in by_system.values()) + " |",
        "| route accuracy, strict (second route too) | " + " | ".join(f"{s.strict_accuracy:.3f}" for s in by_system.values()) + " |",
        "| **route macro-F1** | " + " | ".join(f"**{s.macro_f1:.3f}**" for s in by_system.values()) + " |",
        "| **crisis recall** | "
        + " | ".join(f"**{_fmt(s.crisis_recall)}** ({s.crisis_total - s.crisis_missed}/{s.crisis_total})" for s in by_system.values())
        + " |",
        "| false crisis alarms (crisis answer or check-in first, not labelled crisis) | "
        + " | ".join(str(s.crisis_false_alarms) for s in by_system.values())
        + " |",
        "| answered with the rephrase question | " + " | ".join(str(s.rephrase) for s in by_system.values()) + " |",
        "| answered by the follow-up answer (within the last route) | " + " | ".join(str(s.followup) for s in by_system.values()) + " |",
    ]
    combined = sorted({c for s in by_system.values() for c in s.second_route})
    for label in combined:
        cells = []
        for s in by_system.values():
            n, followed = s.second_route.get(label, (0, 0))
            cells.append(f"{followed}/{n}")
        rows.append(f"| `{label}`: budget coach followed | " + " | ".join(cells) + " |")
    if seconds:
        rows.append("| train + test time (s), 2 cores | " + " | ".join(f"{seconds[n]:.0f}" for n in names) + " |")
    return rows


def register_table(by_system: Dict[str, routes.RouteScores]) -> List[str]:
    registers = sorted({r for s in by_system.values() for r in s.per_register})
    rows = ["| register | messages | " + " | ".join(by_system) + " |", "|---|---:|" + "---:|" * len(by_system)]
    for register in registers:
        n = next(s.per_register[register][0] for s in by_system.values() if register in s.per_register)
        cells = [f"{s.per_register[register][1]:.3f}" if register in s.per_register else "" for s in by_system.values()]
        rows.append(f"| {register} | {n} | " + " | ".join(cells) + " |")
    return rows


def per_route_table(by_system: Dict[str, routes.RouteScores]) -> List[str]:
    first = next(iter(by_system.values()))
    support = Counter(first.gold)
    rows = ["| route | messages | " + " | ".join(by_system) + " |", "|---|---:|" + "---:|" * len(by_system)]
    for label in sorted(first.per_route):
        rows.append(f"| {label} | {support[label]} | " + " | ".join(f"{s.per_route[label]:.3f}" for s in by_system.values()) + " |")
    return rows


def confusion_table(scores: routes.RouteScores) -> List[str]:
    if not scores.confusion:
        return ["No errors."]
    rows = ["| right route | answered as | count |", "|---|---|---:|"]
    for (gold, predicted), count in sorted(scores.confusion.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append(f"| {gold} | {predicted} | {count} |")
    return rows


def markdown(
    results: Dict[str, Dict[str, Dict[str, routes.RouteScores]]],
    set_sizes: Dict[str, int],
    missing: List[str],
    seconds: Dict[str, float],
    notes: List[str],
    n_train: int,
    followup_context: bool = True,
) -> str:
    systems = list(results)
    passes = list(results[systems[0]])
    set_names = list(results[systems[0]].get(FRESH, {}))
    overall = (ALL_SETS if ALL_SETS in set_names else set_names[0]) if set_names else None
    lines = [
        "# Route benchmark",
        "",
        f"Generated by `make bench-routes` (scripts/bench_routes.py) on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.",
        f"Training data: data/nlu ({n_train} labelled messages), domain.yml, data/dialogue; "
        + ("every system trained in this run." if not notes else "see the notes at the end for models trained before."),
        "",
        "What is measured: for each message, the first action the dialogue policies predict after it (message -> "
        "NLU -> rules and policies), predicted, not executed. *First-route accuracy*: that action is the right "
        "route's action (for the combined labels: the first route of the combined rule). *Strict*: the combined "
        "labels must also get the budget coach as second route, and a single problem must not. Macro-F1, per-route "
        "F1 and the confusions use the strict labels. Crisis recall: messages labelled crisis get the crisis "
        "answer first. Label definitions: bot/nlp/routes.py.",
        "",
        (
            "Systems: **Kansenbot** (config.yml with the active spaCy pipeline) and **Rasa's default NLU pipeline** "
            "(`rasa init`, tests/nlu/rasa_init_config.yml, without CrisisGuard) with Kansenbot's dialogue policies, "
            "rules and stories, so the difference is the understanding."
            if RASA_INIT in systems
            # Why say so: a report that names a comparison it did not run would claim more than was measured.
            else "Systems: **Kansenbot** only (config.yml with the active spaCy pipeline). Rasa's default pipeline "
            "was not run (--skip-rasa-init), so this report has no side-by-side comparison."
        ),
        "",
        "Sets: " + ", ".join(f"{name} ({size})" for name, size in set_sizes.items()) + ". "
        "Intent-labelled sets are scored through the rules (INTENT_ROUTES); they have no register.",
    ]
    if missing:
        lines += ["", "Not present in this run: " + ", ".join(missing) + "."]
    lines += ["", "This report gives figures and counts only, no message texts.", ""]
    for pass_name in passes:
        lines += [f"## {pass_name[0].upper()}{pass_name[1:]}", ""]
        if pass_name == MID:
            lines += [
                "Each message after an earlier route (a laptop, tutorial, budget-coach, teacher, greeting or "
                "study-place exchange, in turn, never the message's own route). \"ja\", \"nee\" and typed school "
                "names are left out: their answer depends on what came before by design"
                + (f"; so are the follow-ups (register `{routes.FOLLOWUP_REGISTER}`)." if followup_context else "."),
                "",
            ]
        if pass_name == FOLLOWUPS:
            lines += [
                "Sets written as the next message after a named answer (`after`): each is scored right after that "
                "route. Per register: *same route* (a follow-up on the answer), *other route* (a new topic), *no "
                "route* (a person, thanks, a crisis, ...). Not part of the fresh-conversation figures. Kansenbot reads "
                "such a message in the light of the answer before it (bot/nlp/route_context.py); Rasa's default "
                "pipeline has no such step, so a comparison here shows what that step adds.",
                "",
            ]
        if pass_name == FRESH and followup_context:
            lines += [
                f"Messages of the register `{routes.FOLLOWUP_REGISTER}` (follow-ups) are scored after a context turn: "
                "the opener of their own route (its intent and the actions the rules run for it) for a help route, "
                "another route in turn for other labels (bot/nlp/routes.py followup_context); every other message "
                "in a fresh conversation. `--no-followup-context` scores them fresh too (the figure before issue 11's "
                "follow-ups).",
                "",
            ]
        for set_name in [name for name in results[systems[0]][pass_name]]:
            by_system = {system: results[system][pass_name][set_name] for system in systems}
            lines += [f"### {set_name}", "", *summary_table(by_system, seconds if (pass_name == FRESH and set_name == overall) else None), ""]
            if pass_name in (FRESH, FOLLOWUPS) and any(r != routes.NOT_LABELLED for s in by_system.values() for r in s.per_register):
                lines += ["First-route accuracy per register:", "", *register_table(by_system), ""]
    if overall is not None:
        fresh_overall = {system: results[system][FRESH][overall] for system in systems}
        lines += [f"## Per-route F1, {overall}, fresh conversation", "", *per_route_table(fresh_overall), ""]
        for system in systems:
            lines += [f"## Confusions of {system}, {overall}, fresh conversation (counts)", "", *confusion_table(fresh_overall[system]), ""]
    lines += notes
    return "\n".join(lines).rstrip() + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kansenbot-model", type=Path, help="evaluate this trained Kansenbot model (e.g. models/kansenbot.tar.gz from `make train`, same data) instead of training one here")
    parser.add_argument(
        "--rasa-init-model",
        type=Path,
        help="evaluate this trained model of Rasa's default pipeline (rasa init NLU with Kansenbot's policies, trained on "
        "the same data) instead of training one here; its DIET training takes long on a busy machine",
    )
    parser.add_argument("--skip-rasa-init", action="store_true", help="only Kansenbot (faster; no comparison)")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=PATH", help="a route set file; replaces the default sets (repeatable)")
    parser.add_argument("--report", type=Path, default=REPORT, help="where to write the Markdown report")
    parser.add_argument("--no-mid-conversation", action="store_true", help="only the fresh-conversation pass")
    parser.add_argument(
        "--no-followup-context",
        action="store_true",
        help=f"score messages of the register {routes.FOLLOWUP_REGISTER!r} in a fresh conversation like every other "
        "message (the figure before follow-ups were answered in context), instead of after a context turn",
    )
    parser.add_argument(
        "--with-default-sets", action="store_true", help="with --set: also score the default sets (blind route sets, held-out sets)"
    )
    args = parser.parse_args(argv)
    if args.skip_rasa_init and args.rasa_init_model:
        parser.error("--rasa-init-model and --skip-rasa-init exclude each other")

    if args.set:
        sets, missing = parse_set_option(args.set), []
        if args.with_default_sets:
            defaults, missing = routes.default_sets()
            clash = sorted(set(defaults) & set(sets))
            if clash:
                raise SystemExit(f"[bench-routes] --set names clash with the default sets: {', '.join(clash)}")
            sets.update(defaults)
    else:
        sets, missing = routes.default_sets()
        train_pairs = heldout.load_training()
        blind_texts = [(item.text, item.route) for name, items in sets.items() if name.startswith("blind") for item in items]
        if heldout.leaked(blind_texts, train_pairs):
            raise SystemExit(f"[bench-routes] {len(heldout.leaked(blind_texts, train_pairs))} blind route messages also occur in data/nlu: remove them from the training data")
    for name in missing:
        print(f"[bench-routes] not present, skipped: {name}", file=sys.stderr)
    if not args.kansenbot_model and not KANSENBOT_CONFIG.exists():
        raise SystemExit(f"[bench-routes] {KANSENBOT_CONFIG} is missing: run `make config` first")

    results, seconds, notes = {}, {}, []
    with tempfile.TemporaryDirectory(prefix="bench-routes-") as tmp:
        tmp_dir = Path(tmp)
        candidates = [(KANSENBOT, KANSENBOT_CONFIG, args.kansenbot_model)]
        if not args.skip_rasa_init:
            candidates.append((RASA_INIT, rasa_init_with_our_policies(tmp_dir), args.rasa_init_model))
        for system, config, trained in candidates:
            start = time.time()
            if trained:
                print(f"[bench-routes] evaluating the trained model {trained} for {system}", file=sys.stderr)
                model = trained
                notes.append(f"The {system} model was trained before this run ({trained.name}); its time is evaluation only.")
            else:
                print(f"[bench-routes] training {system} ({config.name}): NLU and dialogue", file=sys.stderr)
                model = train_full_model(config, tmp_dir, system.split()[0].lower())
            predict = routes.route_predictor(model)
            results[system] = evaluate(
                predict, sets, system, mid=not args.no_mid_conversation, followup_context=not args.no_followup_context
            )
            seconds[system] = time.time() - start
    n_train = len(heldout.load_training())
    set_sizes = {name: len(items) for name, items in sets.items()}
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(
        markdown(results, set_sizes, missing, seconds, notes, n_train, followup_context=not args.no_followup_context),
        encoding="utf-8",
    )
    for system, passes in results.items():
        for pass_name, by_set in passes.items():
            for set_name, s in by_set.items():
                print(
                    f"{system:28s} {pass_name:20s} {set_name:22s} first-route {s.first_route_accuracy:.3f}  "
                    f"strict {s.strict_accuracy:.3f}  macro-F1 {s.macro_f1:.3f}  crisis {_fmt(s.crisis_recall)}  "
                    f"right {round(s.first_route_accuracy * s.n)}/{s.n}  follow-up answers {s.followup}"
                )
                if set_name != ALL_SETS and pass_name in (FRESH, FOLLOWUPS):
                    for register, (n, acc) in s.per_register.items():
                        if register != routes.NOT_LABELLED:
                            print(f"{'':28s} {'':20s} {set_name:22s}   register {register:18s} {round(acc * n)}/{n} = {acc:.3f}")
    print(f"[bench-routes] wrote {args.report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
