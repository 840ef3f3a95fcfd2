"""Turn retired blind development sets into NLU training data (data/nlu/ontwikkel_crisis.yml, ontwikkel_routes.yml).

Each round, helpers who have not seen data/nlu write evaluation sets outside the repository. A set is held back
(counts only) until its figures are reported; after that it is a development set, and its messages are what
students and teachers really write: the best new training data there is. A development set written for training
(route_dev14, route_dev15, crisis_dev19) is imported the same way. This script adds them:
- a crisis item becomes a ``crisis`` example in the block of its kind (``metadata: {soort: ...}``), so the
  classifier and CrisisGuard's kind model learn from it;
- a route item becomes an example of the intent its route label is answered by (bot/nlp/routes.py);
- an everyday item of a crisis set only when a person labelled it (``--labels``: text -> intent, or ``skip``):
  the sets do not say which intent a message about a film or a broken laptop is.
The same labels overrule a set's own: a route item written as a study-place question that reads as a disclosure gets
``skip``, a crisis item filed under the wrong kind gets its kind. Before importing, run the current model on the route
items and let a person read every one it answers with a crisis or the check-in (round 28: 192 read, nine skipped;
round 29: 6 read, one skipped). A text that a held-back set of the round shares gets ``skip`` too.
Entities are not annotated: the blocks say so (``entiteiten_geannoteerd: false``) and the CRF entity extractor leaves
them out of its training (bot/nlp/crf_entity_extractor.py).

Left out, counted and never printed:
- a text already in data/nlu (``in_training``);
- a text of a held-out set in the repository, tests/nlu or tests/privacy (``in_heldout``): those keep the
  figures honest and must never be trained on;
- a text that is not a crisis but on which a crisis pattern fires (``pattern_fires``): the classifier cannot
  unlearn a pattern, and tests/unit/test_crisis_guard.py keeps every everyday training text free of them;
- a text Rasa would read as an entity annotation, "[x](y)" (``annotation_like``).
Each text is scrubbed first (bot/privacy/scrubber.py), because the NLU only ever sees scrubbed text.

    python scripts/import_dev_sets.py --sets-dir DIR --crisis crisis_dev18 ... --routes route_dev13 ... \
        --labels DIR/everyday_labels.yml

The sets live outside the repository, so a new machine may not have the older ones. ``--add`` keeps every example
the generated files already hold and adds the sets named now (a text already there counts as ``duplicate``);
without it the files are rebuilt from the sets named, which must then be all of them.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Mapping

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.nlp import heldout  # noqa: E402
from bot.nlp.crf_entity_extractor import ANNOTATED_KEY  # noqa: E402
from bot.nlp.routes import INTENT_ROUTES  # noqa: E402

CRISIS = heldout.CRISIS
SKIP = "skip"
HELDOUT_FILES = ("tests/nlu/*.yml", "tests/privacy/*.yml")
# "[x](y)", "[x]{...}", "[x][...]": Rasa reads these as entity annotations.
_ANNOTATION_LIKE = re.compile(r"\][(\[{]")
_LABEL_INTENT = {label: intent for intent, label in INTENT_ROUTES.items()}


def key(text: str) -> str:
    """As the held-out leak check compares (tests/test_nlu_heldout.py): case, punctuation and spacing ignored."""
    return heldout.normalise(text)


@dataclass
class Imported:
    crisis: Dict[str, List[str]] = field(default_factory=dict)  # kind -> texts
    intents: Dict[str, List[str]] = field(default_factory=dict)  # intent -> texts
    left_out: Counter = field(default_factory=Counter)


def heldout_texts(root: Path = ROOT) -> set:
    """Every text of the repository's held-out sets, whatever their shape (``text:`` fields or NLU examples)."""
    found: set = set()

    def walk(node) -> None:  # noqa: ANN001 - YAML
        if isinstance(node, dict):
            for name, value in node.items():
                if name == "text" and isinstance(value, str):
                    found.add(key(value))
                elif name == "examples" and isinstance(value, str):
                    found.update(key(heldout.plain_text(line.strip()[2:])) for line in value.splitlines() if line.strip().startswith("- "))
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for pattern in HELDOUT_FILES:
        for path in sorted(root.glob(pattern)):
            walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return found


def import_sets(
    crisis_sets: Iterable[Mapping],
    route_sets: Iterable[List[Mapping]],
    labels: Mapping[str, str],
    *,
    training: set,
    heldout_set: set,
    scrub: Callable[[str], str],
    pattern_fires: Callable[[str], bool],
    existing: Imported | None = None,
) -> Imported:
    result = Imported()
    seen: set = set()
    # what an earlier import wrote stays, first and unchanged: it was checked when it came in. Only an everyday text on
    # which a crisis pattern now fires goes (patterns change between imports: a rule may be withdrawn on review, and
    # tests/unit/test_crisis_guard.py keeps every everyday training text free of them).
    for kind, texts in (existing.crisis if existing else {}).items():
        result.crisis[kind] = list(texts)
        seen.update(map(key, texts))
    for intent, texts in (existing.intents if existing else {}).items():
        kept = [text for text in texts if not pattern_fires(text)]
        if len(kept) < len(texts):
            result.left_out["pattern_fires_now"] += len(texts) - len(kept)
        result.intents[intent] = kept
        seen.update(map(key, texts))

    def accept(text: str, intent: str) -> str | None:
        scrubbed = scrub(" ".join(text.split()))
        keys = {key(text), key(scrubbed)}
        reason = (
            "in_training" if keys & training
            else "in_heldout" if keys & heldout_set
            else "duplicate" if key(scrubbed) in seen
            else "annotation_like" if _ANNOTATION_LIKE.search(scrubbed)
            else "pattern_fires" if intent != CRISIS and pattern_fires(scrubbed)
            else None
        )
        if reason:
            result.left_out[reason] += 1
            return None
        seen.add(key(scrubbed))
        return scrubbed

    for data in crisis_sets:
        for item in data.get("crisis", []):
            kind = labels.get(item["text"], item["kind"])  # a person may move a crisis to another kind, or skip it
            if kind != SKIP and (text := accept(item["text"], CRISIS)):
                result.crisis.setdefault(kind, []).append(text)
        for item in data.get("everyday", []):
            intent = labels.get(item["text"])
            if intent and intent != SKIP and (text := accept(item["text"], intent)):
                result.intents.setdefault(intent, []).append(text)
    for items in route_sets:
        for item in items:
            # a person's label wins: "ik slaap bij vrienden op de bank en heb geen plek om te studeren" is written as a
            # study-place question, but it is hidden homelessness and must not teach the classifier otherwise
            intent = labels.get(item["text"]) or _LABEL_INTENT.get(item.get("route"))
            # a crisis in a route set is scored, not trained: its kind is not written down
            if intent and intent not in (CRISIS, SKIP) and (text := accept(item["text"], intent)):
                result.intents.setdefault(intent, []).append(text)
    return result


def read_existing(out_dir: Path) -> tuple[Imported, List[str]]:
    """What the generated files hold now, and the sets they name, for ``--add``."""
    existing = Imported()
    named: List[str] = []
    for name, into in (("ontwikkel_crisis.yml", existing.crisis), ("ontwikkel_routes.yml", existing.intents)):
        path = out_dir / name
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        if found := re.search(r"development sets \(([^)]*)\)", text):
            named += [set_name for set_name in found.group(1).split(", ") if set_name not in named]
        for block in (yaml.safe_load(text) or {}).get("nlu", []):
            group = block["metadata"]["soort"] if name == "ontwikkel_crisis.yml" else block["intent"]
            # as written: an imported text holds no annotation (``annotation_like`` keeps those out)
            into.setdefault(group, []).extend(line.strip()[2:] for line in block["examples"].splitlines()
                                              if line.strip().startswith("- "))
    return existing, named


def _blocks(header: str, blocks: Iterable[tuple]) -> str:
    lines = ['version: "3.1"', *(f"# {line}" if line else "#" for line in header.splitlines()), "nlu:"]
    for intent, metadata, texts in blocks:
        lines.append(f"- intent: {intent}")
        # not annotated for entities: the CRF must not learn from these (bot/nlp/crf_entity_extractor.py)
        metadata = {**(metadata or {}), ANNOTATED_KEY: False}
        lines += ["  metadata:", *(f"    {name}: {'false' if value is False else value}" for name, value in metadata.items())]
        lines.append("  examples: |")
        lines += [f"    - {text}" for text in texts]
    return "\n".join(lines) + "\n"


def write(result: Imported, out_dir: Path, sets_named: str) -> None:
    origin = (
        "GENERATED by scripts/import_dev_sets.py; do not edit by hand: import the sets again.\n"
        f"Messages of blind development sets ({sets_named}), written by helpers who had not seen data/nlu\n"
        "and kept outside the repository; a set that was held back only after its figures were reported. Scrubbed\n"
        "as the NLU sees them; none is in a held-out set of the repository."
    )
    (out_dir / "ontwikkel_crisis.yml").write_text(
        _blocks(origin, ((CRISIS, {"soort": kind}, texts) for kind, texts in sorted(result.crisis.items()))), encoding="utf-8"
    )
    (out_dir / "ontwikkel_routes.yml").write_text(
        _blocks(origin, ((intent, None, texts) for intent, texts in sorted(result.intents.items()))), encoding="utf-8"
    )


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets-dir", type=Path, required=True)
    parser.add_argument("--crisis", nargs="*", default=[], help="crisis set names (crisis, everyday, ambiguous)")
    parser.add_argument("--routes", nargs="*", default=[], help="route set names (a list of text, route, register)")
    parser.add_argument("--labels", type=Path, help="everyday text -> intent (or skip)")
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "nlu")
    parser.add_argument("--add", action="store_true", help="keep what the generated files hold; add the sets named")
    args = parser.parse_args(argv)

    from rasa.shared.nlu.training_data.loading import load_data

    from bot.nlp.crisis_detect import CrisisDetector
    from bot.privacy.scrubber import scrub_text

    load = lambda name: yaml.safe_load((args.sets_dir / f"{name}.yml").read_text(encoding="utf-8"))  # noqa: E731
    generated = {args.out / "ontwikkel_crisis.yml", args.out / "ontwikkel_routes.yml"}
    # the files this script writes are not "already in data/nlu": importing again replaces them
    training = {
        key(text) for path in sorted(args.out.glob("*.yml")) if path not in generated for text, _ in heldout.load_labelled(path)
    }
    detector = CrisisDetector.from_regex_features(load_data(str(ROOT / "data" / "nlu")).regex_features)
    labels = yaml.safe_load(args.labels.read_text(encoding="utf-8")) if args.labels else {}
    existing, named_before = read_existing(args.out) if args.add else (None, [])
    result = import_sets(
        [load(name) for name in args.crisis],
        [load(name) for name in args.routes],
        labels,
        training=training,
        heldout_set=heldout_texts(),
        scrub=scrub_text,
        pattern_fires=lambda text: detector.detect(text).caught,
        existing=existing,
    )
    named = [*named_before, *(name for name in [*args.crisis, *args.routes] if name not in named_before)]
    write(result, args.out, ", ".join(named))
    print(
        f"crisis {sum(map(len, result.crisis.values()))} ({', '.join(f'{k} {len(v)}' for k, v in sorted(result.crisis.items()))}); "
        f"other {sum(map(len, result.intents.values()))}; left out {dict(result.left_out)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
