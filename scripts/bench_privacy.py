"""Privacy benchmark (`make bench-privacy`): how much personal data the filter catches, how much else it keeps.

Runs bot/privacy/scrubber.py's ``scrub_text`` (patterns and name lists; the spaCy NER only when the
official pipeline is installed) on the labelled sets in tests/privacy/ and writes docs/privacy-benchmark.md:
recall per type of personal data, the share of everyday messages whose meaning changes, and the time per
message. Counting rules: bot/privacy/evaluation.py. The two development sets' misses are listed (the filter
is tuned on them); the blind held-out set (tests/privacy/blind_heldout.yml, when present) gets figures only.
A set from elsewhere is scored with ``--set NAME=PATH`` (figures only, in the report and on stdout); its misses
and changed everyday messages are printed only with ``--list-misses NAME`` (on stdout, never in the report: a
blind set stays out of the repository). ``--without-heldout`` leaves the held-out set alone (while tuning).
Targets from issue 10: recall >= 98 %, everyday messages changed <= 1 %.
"""
from __future__ import annotations

import argparse
import datetime
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")

from bot.privacy import evaluation, scrubber  # noqa: E402

REPORT = ROOT / "docs" / "privacy-benchmark.md"
RECALL_TARGET = 0.98
CHANGED_TARGET = 0.01


def pct(value: float) -> str:
    return f"{100 * value:.1f} %"


def section(name: str, result: evaluation.Result, details: bool) -> list:
    runtime = result.runtime_ms()
    lines = [
        f"## {name}",
        "",
        f"Personal items caught: **{pct(result.overall_recall)}** of {result.personal_total} "
        f"(target {pct(RECALL_TARGET)}). Everyday messages changed: **{pct(result.changed_share)}** "
        f"({len(result.changed)} of {result.everyday_total}; target at most {pct(CHANGED_TARGET)}).",
        "",
        f"Time per message: mean {runtime['mean']:.2f} ms, 95th percentile {runtime['p95']:.2f} ms, "
        f"max {runtime['max']:.2f} ms.",
        "",
        "| type | items | caught | recall |",
        "|---|---:|---:|---:|",
    ]
    for kind in evaluation.TYPES:
        caught, total = result.recall.get(kind, [0, 0])
        if total:
            lines.append(f"| {kind} | {total} | {caught} | {pct(caught / total)} |")
    lines.append("")
    if details:
        if result.missed:
            lines += ["Missed (type, value, what the filter made of the message):", ""]
            lines += [f"- {kind} `{value}`: {output!r}" for kind, value, output in result.missed]
            lines.append("")
        if result.changed:
            lines += ["Everyday messages changed:", ""]
            lines += [f"- {why}: {output!r}" for _, output, why in result.changed]
            lines.append("")
    return lines


def hostile_section() -> list:
    from bot.privacy import log_filter, normalise
    from bot.channels import limits

    detectors = dict(scrubber.DETECTORS)
    detectors["normalisation"] = normalise.normalise
    detectors["log filter (cut, then scrubbed)"] = log_filter.clean_log_text
    detectors["whole filter on 2000 characters (channel limit)"] = lambda text: scrubber.scrub_text(text[:2000])
    timings = evaluation.hostile_timings(detectors)
    deep = b"[" * limits.TEAMS_MAX_BODY_BYTES
    json_seconds = evaluation.fastest(lambda: limits.json_depth(deep), tries=3)
    lines = [
        "## Hostile input (linear time)",
        "",
        f"Each detector on {evaluation.HOSTILE_SIZE // 1000} KB of each hostile shape in bot/privacy/evaluation.py: "
        "CPU seconds, fastest of 3 tries (tests/privacy/test_linear_time.py allows 1 s). Slowest shape per detector:",
        "",
        "| detector | slowest | shape |",
        "|---|---:|---|",
    ]
    lines += [f"| {name} | {seconds:.3f} s | {shape} |" for name, (seconds, shape) in timings.items()]
    lines += ["", f"JSON nesting check on {limits.TEAMS_MAX_BODY_BYTES // 1024} KB of `[`: {json_seconds:.3f} s.", ""]
    print("[bench-privacy] hostile input: slowest detector "
          f"{max(timings.items(), key=lambda item: item[1][0])[0]} "
          f"{max(seconds for seconds, _ in timings.values()):.3f} s")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPORT)
    parser.add_argument("--set", dest="extra_sets", action="append", default=[], metavar="NAME=PATH",
                        help="also score this set (figures only; repeatable)")
    parser.add_argument("--list-misses", action="append", default=[], metavar="NAME",
                        help="print the misses and changed everyday messages of the extra set NAME")
    parser.add_argument("--without-heldout", action="store_true", help="do not score the blind held-out set")
    parser.add_argument("--no-hostile", action="store_true", help="skip the hostile-input timings")
    args = parser.parse_args()
    extra = []
    for spec in args.extra_sets:
        name, separator, path = spec.partition("=")
        if not separator or not name or not Path(path).is_file():
            parser.error(f"--set wants NAME=PATH of an existing file, got {spec!r}")
        extra.append((name, Path(path)))
    unknown = set(args.list_misses) - {name for name, _ in extra}
    if unknown:
        parser.error(f"--list-misses names no --set: {', '.join(sorted(unknown))}")

    started = time.perf_counter()
    scrubber.preload()
    load_seconds = time.perf_counter() - started
    sets = [("Development set (tests/privacy/dev_set.yml; the filter was tuned on it)", evaluation.DEV_SET, True),
            ("Second development set (tests/privacy/dev_set2.yml; written blind by someone else, then tuned on)",
             evaluation.DEV_SET2, True)]
    if args.without_heldout:
        print("[bench-privacy] --without-heldout: the blind held-out set is not scored.")
    elif evaluation.HELDOUT_SET.exists():
        sets.append(("Blind held-out set (tests/privacy/blind_heldout.yml; figures only)", evaluation.HELDOUT_SET, False))
    else:
        print("[bench-privacy] tests/privacy/blind_heldout.yml is not there: reporting the development set only.")

    lines = [
        "# Privacy benchmark",
        "",
        f"Written by `make bench-privacy` (scripts/bench_privacy.py) on {datetime.date.today().isoformat()}, "
        f"Python {platform.python_version()}, {os.cpu_count()} CPU cores, load average "
        f"{os.getloadavg()[0]:.1f} at the start (a shared machine: wall times per message rise with it). Counting rules: "
        "bot/privacy/evaluation.py (an item is caught when its value and every identifying piece of it - "
        "3+ digits, or letters that are not an ordinary Dutch word - are gone; an everyday message is "
        "changed by any replacement or a lost `keep` token).",
        "",
        f"Word lists and patterns loaded in {load_seconds:.2f} s (once per process, at server start). "
        f"spaCy NER: {'used' if scrubber.name_recognizer._nlp is not None else 'not available (fallback pipeline)'}.",
        "",
    ]
    sets += [(f"Extra set {name} ({path.name}; figures only)", path, False) for name, path in extra]
    listed = {path for name, path in extra if name in args.list_misses}
    failures = []
    for name, path, details in sets:
        data = evaluation.load_set(path)
        result = evaluation.evaluate(data, scrubber.scrub_text, scrubber.PLACEHOLDERS)
        lines += section(name, result, details)
        if path in {extra_path for _, extra_path in extra}:
            print("\n".join(section(name, result, path in listed)))
        print(f"[bench-privacy] {path.name}: recall {pct(result.overall_recall)} of {result.personal_total}, "
              f"everyday changed {pct(result.changed_share)} of {result.everyday_total}, "
              f"{result.runtime_ms()['mean']:.2f} ms/message")
        if result.overall_recall < RECALL_TARGET or result.changed_share > CHANGED_TARGET:
            failures.append(path.name)
    if not args.no_hostile:
        lines += hostile_section()
    args.out.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")
    print(f"[bench-privacy] wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    if failures:
        print(f"[bench-privacy] below target: {', '.join(failures)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
