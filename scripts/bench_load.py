"""Load benchmark (`make bench`): N concurrent simulated conversations over REST against one Rasa process.

    python scripts/bench_load.py [--conversations 20] [--turns 8] [--model models/x.tar.gz] [--fixture]

Starts the action server and `rasa run` (Kansenbot's REST channel and tracker store, SQLite in a temp dir)
on free loopback ports, then runs every conversation as a sequence of turns (each turn waits for the
reply before the next, as a student would). Reports per-turn latency (p50/p95/p99), turns per second,
errors (non-200, exceptions), lost replies (200 with no bot message), peak RSS of each process, training
time and time to ready, and writes them to docs/benchmarks.md (with the machine's load average, because
the machine is shared).

Model: --model, else the newest models/*.tar.gz with the project's actions, else the fixture bot
(tests/fixtures/privacy_bot) trained now.
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any, Dict, List, Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402

from tests.privacy.harness import ActionServer, RasaServer, train_model  # noqa: E402

SCRIPT = [
    "hoi",
    "ik heb geen laptop",
    "mijn mail is student@school.nl en bel me op 06-12345678",
    "kan ik ergens een laptop lenen?",
    "ik heb geldzorgen",
    "hoe werkt teams?",
    "dank je",
    "doei",
]


def percentile(values: List[float], fraction: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


async def conversation(session: aiohttp.ClientSession, url: str, number: int, turns: int, think: float,
                       results: Dict[str, Any]) -> None:
    sender = f"bench-{uuid.uuid4().hex}"  # the REST channel only takes random-looking ids
    pace = random.Random(number)
    # Students start at different moments, then read the reply and type the next message.
    await asyncio.sleep(pace.uniform(0, think))
    for turn in range(turns):
        if turn:
            await asyncio.sleep(pace.uniform(0.5 * think, 1.5 * think))
        text = SCRIPT[(turn + number) % len(SCRIPT)]
        started = time.perf_counter()
        try:
            async with session.post(url, json={"sender": sender, "message": text}) as response:
                body = await response.json(content_type=None)
                elapsed = time.perf_counter() - started
                if response.status != 200:
                    results["errors"].append(f"HTTP {response.status}")
                elif not body:
                    results["lost"] += 1
                results["latencies"].append(elapsed)
        except Exception as error:  # counted, and the conversation goes on like a student retrying
            results["errors"].append(type(error).__name__)


async def run_load(url: str, conversations: int, turns: int, think: float, timeout: float) -> Dict[str, Any]:
    results: Dict[str, Any] = {"latencies": [], "errors": [], "lost": 0}
    connector = aiohttp.TCPConnector(limit=conversations)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=timeout)) as session:
        started = time.perf_counter()
        await asyncio.gather(*(conversation(session, url, number, turns, think, results) for number in range(conversations)))
        results["wall"] = time.perf_counter() - started
    return results


async def sample_memory(processes: List[Any], stop: asyncio.Event) -> None:
    while not stop.is_set():
        for process in processes:
            process.sample_rss()
        await asyncio.sleep(0.25)


async def measure(rasa: RasaServer, actions: ActionServer, conversations: int, turns: int,
                  thinks: List[float]) -> List[Dict[str, Any]]:
    stop = asyncio.Event()
    sampler = asyncio.create_task(sample_memory([rasa, actions], stop))
    url = f"{rasa.base}/webhooks/rest/webhook"
    # Warm-up: the first messages load lazy parts of the pipeline; a school's bot has been up for hours.
    await run_load(url, 2, 2, 0, 120)
    runs = []
    for think in thinks:
        load_before = os.getloadavg()
        results = await run_load(url, conversations, turns, think, 300)
        results.update(think=think, load_before=load_before, load_after=os.getloadavg())
        runs.append(results)
    stop.set()
    await sampler
    return runs


def choose_model(args: argparse.Namespace, workdir: Path) -> Dict[str, Any]:
    if args.model:
        return {"model": Path(args.model), "actions": "actions", "kind": f"given model {args.model}", "train": None}
    models = sorted((ROOT / "models").glob("*.tar.gz"), key=lambda path: path.stat().st_mtime)
    has_actions = any((ROOT / "actions").glob("*.py"))
    if models and has_actions and not args.fixture:
        return {"model": models[-1], "actions": "actions", "kind": f"project model {models[-1].name}", "train": None}
    model, seconds = train_model(workdir / "fixture")
    return {"model": model, "actions": "fixture_actions", "kind": "fixture bot (tests/fixtures/privacy_bot)", "train": seconds}


def scenario_rows(results: Dict[str, Any], total: int) -> List[str]:
    latencies_ms = [value * 1000 for value in results["latencies"]]
    lost = results["lost"]
    before, after = results["load_before"], results["load_after"]
    think = results["think"]
    title = (f"simulated students: {think:g} s mean reading/typing time between turns (uniform {0.5 * think:g}-{1.5 * think:g} s)"
             if think else "stress: no pause between turns (each conversation sends its next message as soon as the reply arrives)")
    return [
        f"### {title}",
        "",
        f"Machine load average (1/5/15 min) before: {before[0]:.2f}/{before[1]:.2f}/{before[2]:.2f}, "
        f"after: {after[0]:.2f}/{after[1]:.2f}/{after[2]:.2f}",
        "",
        "| figure | value |",
        "|---|---|",
        f"| turn latency p50 | {percentile(latencies_ms, 0.50):.0f} ms |",
        f"| turn latency p95 | {percentile(latencies_ms, 0.95):.0f} ms |",
        f"| turn latency p99 | {percentile(latencies_ms, 0.99):.0f} ms |",
        f"| turn latency max | {max(latencies_ms) if latencies_ms else float('nan'):.0f} ms |",
        f"| throughput | {len(latencies_ms) / results['wall']:.1f} turns/s ({len(latencies_ms)} turns in {results['wall']:.1f} s) |",
        f"| errors | {len(results['errors'])} {sorted(set(results['errors'])) if results['errors'] else ''} |",
        f"| lost replies | {lost} |",
        "",
    ]


def report(args: argparse.Namespace, chosen: Dict[str, Any], ready: float, runs: List[Dict[str, Any]],
           rasa: RasaServer, actions: ActionServer) -> str:
    total = args.conversations * args.turns
    lines = [
        "# Load benchmark",
        "",
        "Written by `make bench` (scripts/bench_load.py); numbers are as measured on the run below.",
        "",
        f"- Run: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} CPU cores shared with other "
        "jobs (see load averages), one Rasa process (REST channel, Kansenbot tracker store on SQLite, action "
        "server in a second process), loopback HTTP",
        f"- Bot: {chosen['kind']}",
        f"- Load: {args.conversations} concurrent conversations x {args.turns} turns = {total} turns per scenario "
        "(a turn is one message and its full reply; 2x2 warm-up turns not counted)",
        f"- Training time: {'%.0f s' % chosen['train'] if chosen['train'] is not None else 'not trained in this run (existing model)'}",
        f"- Time to ready (rasa run start until it answers HTTP): {ready:.1f} s",
        f"- Peak RSS: rasa run {rasa.peak_rss_kb / 1024:.0f} MB, action server {actions.peak_rss_kb / 1024:.0f} MB",
        "",
    ]
    for results in runs:
        lines += scenario_rows(results, total)
    lines += [
        "Targets (issue 6): no errors or lost replies at 20 concurrent conversations; p95 under 300 ms on 2 cores",
        "with one Rasa process.",
        "",
    ]
    return "\n".join(lines)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=20)
    parser.add_argument("--turns", type=int, default=8)
    parser.add_argument("--model", help="a trained model (.tar.gz); default: see module docstring")
    parser.add_argument("--fixture", action="store_true", help="benchmark the fixture bot even if a project model exists")
    parser.add_argument("--think", type=float, nargs="+", default=[3.0, 0.0],
                        help="mean seconds between a reply and the next message, one scenario per value (default: 3 0)")
    parser.add_argument("--out", default=str(ROOT / "docs" / "benchmarks.md"))
    args = parser.parse_args(argv)
    os.environ["RASA_TELEMETRY_ENABLED"] = "false"

    workdir = Path(tempfile.mkdtemp(prefix="kansenbot-bench-"))
    chosen = choose_model(args, workdir)
    actions = ActionServer(workdir, actions=chosen["actions"])
    rasa = None
    try:
        actions.start()
        rasa = RasaServer(chosen["model"], workdir, actions.url, env={"KANSENBOT_SQLITE_PATH": str(workdir / "tracker.db")})
        ready = rasa.start()
        runs = asyncio.run(measure(rasa, actions, args.conversations, args.turns, args.think))
        rasa.sample_rss()
        actions.sample_rss()
    finally:
        if rasa is not None:
            rasa.stop()
        actions.stop()
        shutil.rmtree(workdir / "fixture", ignore_errors=True)  # the trained model; the logs stay
    text = report(args, chosen, ready, runs, rasa, actions)
    Path(args.out).write_text(text, encoding="utf-8")
    history = ROOT / "var" / "bench" / "history.jsonl"
    history.parent.mkdir(parents=True, exist_ok=True)
    with history.open("a") as out:
        out.write(json.dumps({"at": time.time(), "kind": chosen["kind"], "conversations": args.conversations,
                              "turns": args.turns, "runs": runs}) + "\n")
    print(text)
    print(f"[bench] logs in {workdir}; written to {args.out}")
    return 0 if all(not run["errors"] and not run["lost"] for run in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
