"""Scoring crisis detection: does every crisis get help, the right help first, and no alarm for casual talk?

Used by the pytest floor (tests/test_nlu_crisis.py) and `make bench-nlu` (scripts/bench_nlu.py), so both
count the same way. Two kinds of sets:
- a crisis set (the blind one at tests/nlu/blind_crisis.yml, or a development copy in the same format):
      crisis:    [{text, kind, style}]   kind: zelfdoding | geweld_thuis | seksueel_geweld | acuut_gevaar |
                                         geen_slaapplek | zorg_om_student
      everyday:  [{text, topic}]         dramatic words, no crisis
      ambiguous: [{text, leaning}]       leaning: probably_crisis | probably_everyday
- the crisis part of an intent-labelled held-out set (tests/nlu/heldout*.yml): crisis messages without a
  kind, and every other message as "everyday" (its intent as the topic).

What counts (per message, from the NLU result as the bot would act on it):
- caught: intent crisis, as a crisis answer or as the check-in. Recall must be 100%: a miss gets no 113/112.
- right kind first: the answer the bot gives first is for the message's kind (actions/knowledge/crisis.py
  ``kies_soorten``, the same choice action_crisis makes); the check-in and the general answer do not count.
- right help shown: the kind's own answer is first, or its line is added to the first answer.
- false alarms on everyday messages: a crisis answer, and (gentler, counted apart) a check-in.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import yaml

from actions.knowledge.crisis import CHECKIN, INTENT, crisis_soorten, kies_soorten
from bot.nlp.heldout import ROOT

BLIND_CRISIS_SET = ROOT / "tests" / "nlu" / "blind_crisis.yml"
KINDS = ("zelfdoding", "geweld_thuis", "seksueel_geweld", "acuut_gevaar", "geen_slaapplek", "zorg_om_student")
LEANINGS = ("probably_crisis", "probably_everyday")


class CrisisSetInvalid(ValueError):
    """The file is not in the crisis set format (see the module docstring)."""


@dataclass(frozen=True)
class CrisisItem:
    text: str
    kind: Optional[str] = None  # None: a held-out set's crisis message, no kind given
    style: str = ""


@dataclass
class CrisisSet:
    name: str
    crisis: List[CrisisItem]
    everyday: List[Tuple[str, str]] = field(default_factory=list)  # (text, topic)
    ambiguous: List[Tuple[str, str]] = field(default_factory=list)  # (text, leaning)

    def texts(self) -> List[str]:
        return [c.text for c in self.crisis] + [t for t, _ in self.everyday] + [t for t, _ in self.ambiguous]


def load_crisis_set(path: Path, name: Optional[str] = None) -> CrisisSet:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict) or not isinstance(data.get("crisis"), list):
        raise CrisisSetInvalid(f"{path}: expected a top-level 'crisis:' list")

    def items(section: str, keys: Sequence[str]) -> List[dict]:
        found = data.get(section) or []
        for index, item in enumerate(found):
            if not isinstance(item, dict) or any(not isinstance(item.get(k), str) for k in keys):
                raise CrisisSetInvalid(f"{path}: {section}[{index}] needs {', '.join(keys)}")
        return found

    crisis = items("crisis", ("text", "kind", "style"))
    unknown = sorted({c["kind"] for c in crisis} - set(KINDS))
    if unknown:
        raise CrisisSetInvalid(f"{path}: unknown kind(s) {unknown}; known: {', '.join(KINDS)}")
    return CrisisSet(
        name or Path(path).stem,
        [CrisisItem(c["text"], c["kind"], c["style"]) for c in crisis],
        [(e["text"], e["topic"]) for e in items("everyday", ("text", "topic"))],
        [(a["text"], a["leaning"]) for a in items("ambiguous", ("text", "leaning"))],
    )


def crisis_part(name: str, labelled: Sequence[Tuple[str, str]]) -> CrisisSet:
    """The crisis part of an intent-labelled held-out set: its crisis messages, and the rest as everyday."""
    return CrisisSet(
        name,
        [CrisisItem(text) for text, intent in labelled if intent == INTENT],
        [(text, intent) for text, intent in labelled if intent != INTENT],
    )


@dataclass(frozen=True)
class Outcome:
    """What the bot answers: "crisis", "checkin" or None, the kind answered first, and every kind answered."""

    level: Optional[str]
    first: Optional[str] = None
    answered: Tuple[str, ...] = ()

    @property
    def caught(self) -> bool:
        return self.level is not None


def outcome(parsed: dict, rol: Optional[str] = None) -> Outcome:
    """The outcome of one NLU result (Rasa's parse_message output)."""
    if ((parsed or {}).get("intent") or {}).get("name") != INTENT:
        return Outcome(None)
    first, others = kies_soorten(crisis_soorten(parsed.get("entities")), rol)
    if first == CHECKIN:
        return Outcome(CHECKIN)
    return Outcome("crisis", first, (first, *others))


@dataclass
class KindScore:
    total: int = 0
    caught: int = 0
    right_first: int = 0
    right_shown: int = 0


@dataclass
class CrisisScores:
    name: str
    per_kind: Dict[str, KindScore]
    per_style: Dict[str, KindScore]
    missed: List[CrisisItem]
    wrong_kind: List[Tuple[CrisisItem, Outcome]]
    everyday_total: int
    everyday_crisis: List[str]
    everyday_checkin: List[str]
    ambiguous: Dict[str, Counter]

    @property
    def total(self) -> int:
        return sum(k.total for k in self.per_kind.values())

    @property
    def caught(self) -> int:
        return sum(k.caught for k in self.per_kind.values())

    @property
    def recall(self) -> float:
        return self.caught / self.total if self.total else float("nan")

    def rate(self, attribute: str) -> float:
        with_kind = [k for name, k in self.per_kind.items() if name != "(geen soort)"]
        total = sum(k.total for k in with_kind)
        return sum(getattr(k, attribute) for k in with_kind) / total if total else float("nan")


def score_crisis_set(
    crisis_set: CrisisSet, crisis: Sequence[Outcome], everyday: Sequence[Outcome], ambiguous: Sequence[Outcome]
) -> CrisisScores:
    per_kind: Dict[str, KindScore] = {}
    per_style: Dict[str, KindScore] = {}
    missed, wrong = [], []
    for item, result in zip(crisis_set.crisis, crisis):
        for table, key in ((per_kind, item.kind or "(geen soort)"), (per_style, item.style or "(geen stijl)")):
            score = table.setdefault(key, KindScore())
            score.total += 1
            score.caught += result.caught
            score.right_first += bool(item.kind) and result.first == item.kind
            score.right_shown += bool(item.kind) and item.kind in result.answered
        if not result.caught:
            missed.append(item)
        elif item.kind and result.first != item.kind:
            wrong.append((item, result))
    everyday_texts = [text for text, _ in crisis_set.everyday]
    leaning_counts: Dict[str, Counter] = {}
    for (_, leaning), result in zip(crisis_set.ambiguous, ambiguous):
        leaning_counts.setdefault(leaning, Counter())[result.level or "none"] += 1
    return CrisisScores(
        name=crisis_set.name,
        per_kind=per_kind,
        per_style=per_style,
        missed=missed,
        wrong_kind=wrong,
        everyday_total=len(everyday_texts),
        everyday_crisis=[t for t, r in zip(everyday_texts, everyday) if r.level == "crisis"],
        everyday_checkin=[t for t, r in zip(everyday_texts, everyday) if r.level == CHECKIN],
        ambiguous=leaning_counts,
    )


def evaluate(crisis_set: CrisisSet, parse: Callable[[Sequence[str]], List[dict]]) -> CrisisScores:
    """Parse every message of the set (one batch) and score it."""
    results = [outcome(parsed) for parsed in parse(crisis_set.texts())]
    n_crisis, n_everyday = len(crisis_set.crisis), len(crisis_set.everyday)
    return score_crisis_set(
        crisis_set,
        results[:n_crisis],
        results[n_crisis : n_crisis + n_everyday],
        results[n_crisis + n_everyday :],
    )


def _pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else "-"


def markdown(scores: CrisisScores, show_texts: bool = True) -> List[str]:
    """A report section. ``show_texts`` False for blind sets: only counts, so nobody tunes on their errors."""
    lines = [
        f"### Crisis: {scores.name}",
        "",
        f"- caught (crisis answer or check-in): **{_pct(scores.caught, scores.total)}**",
        f"- everyday messages with a crisis answer: **{_pct(len(scores.everyday_crisis), scores.everyday_total)}**; "
        f"with the check-in: {_pct(len(scores.everyday_checkin), scores.everyday_total)}",
        "",
        "| kind | messages | caught | right kind first | right help shown |",
        "|---|---:|---:|---:|---:|",
    ]
    for kind, score in sorted(scores.per_kind.items()):
        if kind == "(geen soort)":
            lines.append(f"| (no kind given) | {score.total} | {_pct(score.caught, score.total)} | - | - |")
        else:
            lines.append(
                f"| {kind} | {score.total} | {_pct(score.caught, score.total)} | "
                f"{_pct(score.right_first, score.total)} | {_pct(score.right_shown, score.total)} |"
            )
    if len(scores.per_style) > 1:
        lines += ["", "| style | messages | caught |", "|---|---:|---:|"]
        lines += [f"| {style} | {s.total} | {_pct(s.caught, s.total)} |" for style, s in sorted(scores.per_style.items())]
    if scores.ambiguous:
        lines += ["", "| ambiguous, leaning | crisis answer | check-in | no alarm |", "|---|---:|---:|---:|"]
        for leaning, counts in sorted(scores.ambiguous.items()):
            total = sum(counts.values())
            lines.append(
                f"| {leaning} | {_pct(counts['crisis'], total)} | {_pct(counts[CHECKIN], total)} | {_pct(counts['none'], total)} |"
            )
    if show_texts and scores.missed:
        lines += ["", "Missed: " + "; ".join(f"`{item.text}` ({item.kind or '-'})" for item in scores.missed)]
    if show_texts and scores.everyday_crisis:
        lines += ["", "Everyday messages answered as crisis: " + "; ".join(f"`{t}`" for t in scores.everyday_crisis)]
    return lines
