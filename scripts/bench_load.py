"""Load benchmark (`make bench`): one Rasa process and N Sanic workers side by side, in one run.

    python scripts/bench_load.py [--workers 2] [--conversations 20] [--turns 8] [--model m.tar.gz] [--fixture]

For each configuration (1 process, then N workers sharing the port) it starts, exactly as the launcher
does (bot/launcher/servers.py), the Rasa server with Kansenbot's REST channel, PostgreSQL as tracker store
and Redis locks (both throwaway, on loopback: tests/privacy/harness.py, tests/scale/harness.py; the same
for both configurations, so the comparison is fair), plus the action server. Then it runs every
conversation as a sequence of turns (each waits for the reply, as a student would), with reading pauses
and without (stress). Reports per configuration: time to ready, peak RSS per worker, turns per second,
per-turn latency (p50/p95/p99), errors and lost replies, CPU per turn of every process a turn runs in
(Rasa, action server, PostgreSQL, Redis, the load generator itself), and writes them side by side to
docs/benchmarks.md with the machine's load average, because the machine may be shared.

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

from tests.privacy.harness import ActionServer, PostgresCluster, RasaServer, train_model  # noqa: E402
from tests.scale.harness import RedisServer  # noqa: E402
from tests.support import child_pids, listening_sockets, peak_rss_kb  # noqa: E402

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


async def run_load(url: str, conversations: int, turns: int, think: float, timeout: float,
                   rounds: int = 1, connection_per_turn: bool = False) -> Dict[str, Any]:
    """``conversations`` students at the same time; each slot runs ``rounds`` conversations one after the
    other (a new student when one is done), so a stress run lasts long enough for its start and its end,
    when fewer conversations are left than workers can serve, not to weigh on the throughput."""
    results: Dict[str, Any] = {"latencies": [], "errors": [], "lost": 0}
    # keep-alive: a connection is accepted by one Sanic worker and stays with it for the whole run;
    # per turn: every turn opens a new one (as a reverse proxy without upstream keep-alive does).
    connector = aiohttp.TCPConnector(limit=conversations, force_close=connection_per_turn)

    async def slot(number: int) -> None:
        for round_ in range(rounds):
            await conversation(session, url, number + round_ * conversations, turns, think, results)

    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=timeout)) as session:
        started = time.perf_counter()
        await asyncio.gather(*(slot(number) for number in range(conversations)))
        results["wall"] = time.perf_counter() - started
    return results


def machine_cpu() -> List[int]:
    """The machine's CPU time so far (/proc/stat, all cores): user, nice, system, idle, iowait, irq, softirq, steal."""
    with open("/proc/stat") as handle:
        return [int(value) for value in handle.readline().split()[1:9]]


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int, children: bool = False) -> float:
    """utime + stime of a live process (with ``children``: plus its waited-for children's), 0 when gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
    except OSError:
        return 0.0
    ticks = int(fields[11]) + int(fields[12]) + ((int(fields[13]) + int(fields[14])) if children else 0)
    return ticks / CLOCK_TICKS


def process_tree_cpu(pid: Optional[int]) -> float:
    """CPU seconds of a process and its live children, plus children that ended (PostgreSQL backends)."""
    if pid is None:
        return 0.0
    return cpu_seconds(pid, children=True) + sum(cpu_seconds(child) for child in child_pids(pid))


def postmaster_pid(postgres: Optional[PostgresCluster]) -> Optional[int]:
    try:
        return int((postgres.data / "postmaster.pid").read_text().split()[0]) if postgres else None
    except (OSError, ValueError, IndexError):
        return None


def cpu_snapshot(rasa: RasaServer, services: Dict[str, Optional[int]]) -> Dict[str, float]:
    """CPU seconds so far of every process a turn runs in; the load generator is this process."""
    return {"Rasa server": process_tree_cpu(rasa.pid), **{name: process_tree_cpu(pid) for name, pid in services.items()},
            "load generator": time.process_time()}


def worker_pids(rasa: RasaServer) -> List[int]:
    """The processes that load a model: the server itself, or its Sanic workers when there are several."""
    children = child_pids(rasa.pid)
    return children or [rasa.pid]


def wait_for_workers(rasa: RasaServer, workers: int, timeout: float) -> float:
    """Seconds until every Sanic worker listens (bot/runtime/worker_sockets.py: a socket per worker, opened
    once its model is loaded). The server answers as soon as one worker has loaded; measuring from then
    on a busy machine would run the first turns on one worker while the other still loads."""
    started = time.monotonic()
    while workers > 1:
        pids = worker_pids(rasa)
        if len(pids) == workers and all(listening_sockets(pid, rasa.port) for pid in pids):
            break
        if time.monotonic() - started > timeout:
            raise RuntimeError(f"not every one of the {workers} Sanic workers listens after {timeout:.0f} s")
        time.sleep(0.2)
    return time.monotonic() - started


async def sample_memory(rasa: RasaServer, peaks: Dict[int, int], stop: asyncio.Event) -> None:
    while not stop.is_set():
        for pid in worker_pids(rasa):
            peaks[pid] = max(peaks.get(pid, 0), peak_rss_kb(pid) or 0)
        await asyncio.sleep(0.25)


async def measure(rasa: RasaServer, conversations: int, turns: int, thinks: List[float],
                  services: Dict[str, Optional[int]], stress_rounds: int,
                  connection_per_turn: bool = False) -> Dict[str, Any]:
    stop, peaks = asyncio.Event(), {}
    sampler = asyncio.create_task(sample_memory(rasa, peaks, stop))
    url = f"{rasa.base}/webhooks/rest/webhook"
    # Warm-up: the first messages load lazy parts of the pipeline (in every worker); a school's bot has
    # been up for hours.
    await run_load(url, 8, 3, 0, 300)
    runs = []
    for think in thinks:
        load_before = os.getloadavg()
        cpu_before = cpu_snapshot(rasa, services)
        workers_before = {pid: cpu_seconds(pid) for pid in worker_pids(rasa)}
        machine_before = machine_cpu()
        results = await run_load(url, conversations, turns, think, 300, rounds=1 if think else stress_rounds,
                                 connection_per_turn=connection_per_turn)
        machine = [after - before for after, before in zip(machine_cpu(), machine_before)]
        cpu_after = cpu_snapshot(rasa, services)
        # Per worker: how evenly the turns were spread (a worker's share of the Rasa CPU).
        worker_cpu = sorted((cpu_seconds(pid) - seconds for pid, seconds in workers_before.items()), reverse=True)
        results.update(think=think, machine=machine, load_before=load_before, load_after=os.getloadavg(), worker_cpu=worker_cpu,
                       cpu={name: cpu_after[name] - cpu_before[name] for name in cpu_before})
        runs.append(results)
    stop.set()
    await sampler
    return {"runs": runs, "rss_kb": sorted(peaks.values())}


def run_configuration(workers: int, model: Path, actions: ActionServer, shared_env: Dict[str, str], workdir: Path,
                      args: argparse.Namespace, services: Dict[str, Optional[int]]) -> Dict[str, Any]:
    rasa = RasaServer(model, workdir, actions.url, name=f"rasa-{workers}w", api=False,
                      env={**shared_env, "SANIC_WORKERS": str(workers)})
    try:
        ready = rasa.start(timeout=600)
        ready += wait_for_workers(rasa, workers, timeout=600)
        measured = asyncio.run(measure(rasa, args.conversations, args.turns, args.think, services, args.stress_rounds,
                                        args.connections == "per-turn"))
    finally:
        rasa.stop()
    return {"workers": workers, "ready": ready, **measured}


def choose_model(args: argparse.Namespace, workdir: Path) -> Dict[str, Any]:
    if args.model:
        return {"model": Path(args.model), "actions": "actions", "kind": f"given model {args.model}", "train": None}
    models = sorted((ROOT / "models").glob("*.tar.gz"), key=lambda path: path.stat().st_mtime)
    has_actions = any((ROOT / "actions").glob("*.py"))
    if models and has_actions and not args.fixture:
        return {"model": models[-1], "actions": "actions", "kind": f"project model {models[-1].name}", "train": None}
    model, seconds = train_model(workdir / "fixture")
    return {"model": model, "actions": "fixture_actions", "kind": "fixture bot (tests/fixtures/privacy_bot)", "train": seconds}


def _figures(results: Dict[str, Any]) -> Dict[str, str]:
    latencies = [value * 1000 for value in results["latencies"]]
    errors = results["errors"]
    return {
        "p50": f"{percentile(latencies, 0.50):.0f} ms",
        "p95": f"{percentile(latencies, 0.95):.0f} ms",
        "p99": f"{percentile(latencies, 0.99):.0f} ms",
        "throughput": f"{len(latencies) / results['wall']:.1f} turns/s",
        "errors": f"{len(errors)} {sorted(set(errors)) if errors else ''}".strip(),
        "lost": str(results["lost"]),
        "load": "{:.2f} -> {:.2f}".format(results["load_before"][0], results["load_after"][0]),
        # Idle time shows whether the cores were the limit; softirq is the kernel's network work (loopback
        # TCP), which no process's CPU time includes.
        "machine": "busy {:.0f} %, of which softirq {:.0f} %; idle {:.0f} %".format(
            *(100 * part / max(1, sum(results["machine"])) for part in (
                sum(results["machine"]) - results["machine"][3] - results["machine"][4], results["machine"][6],
                results["machine"][3] + results["machine"][4]))),
        **{f"cpu {name}": f"{seconds / max(1, len(latencies)) * 1000:.1f} ms" for name, seconds in results["cpu"].items()},
        "workers": " / ".join(f"{100 * seconds / max(1e-9, sum(results['worker_cpu'])):.0f} %" for seconds in results["worker_cpu"]),
    }


def cpu_ceiling(workers: int, cores: int, cpu_ms_per_turn: Dict[str, float]) -> float:
    """The most turns per second the measured CPU per turn allows: the Rasa server's processes can use at most
    ``workers`` cores, and every process of a turn (Rasa, actions, PostgreSQL, Redis, the load generator) shares the
    machine's ``cores``. Wall time lost to waiting is what a run falls short of this."""
    rasa = cpu_ms_per_turn["Rasa server"]
    every_process = sum(cpu_ms_per_turn.values())
    return min(min(workers, cores) * 1000 / rasa, cores * 1000 / every_process)


# Why the figures are what they are; the measurements behind it are in docs/setup-figures.md.
EXPLANATION = [
    "Where the time goes: the dialogue is decided by rules only (RulePolicy and MemoizationPolicy, no",
    "TEDPolicy: docs/conversation.md), so a turn's CPU in the Rasa server is the NLU pipeline, the policies",
    "(which replay the whole session's events for every prediction), the tracker store (read, scrub, write)",
    "and the HTTP layers. One Rasa process runs on one core: its CPU per turn above sets the most it can",
    "handle (1000 / ms per turn = turns/s) before the other processes and the machine's load are counted.",
    "With W workers on C cores, the measured CPU per turn allows at most min(W, C) x 1000 / (Rasa ms) and",
    "C x 1000 / (every process's ms) turns/s. One process is bound by the first (its core), while the action",
    "server, PostgreSQL, Redis and the load generator run on the other core; two workers are bound by the",
    "second, as every process shares both cores. The ratio of the two ceilings is the most two workers can gain",
    "on this machine; what a run falls short of its ceiling is waiting (the machine's idle time above).",
    "`make profile-turn` (add --by-node) splits the Rasa server's CPU per turn by graph node and phase;",
    "docs/setup-figures.md has the measurements behind the changes of issue 12.",
]


def report(args: argparse.Namespace, chosen: Dict[str, Any], configurations: List[Dict[str, Any]]) -> str:
    names = ["1 process" if c["workers"] == 1 else f"{c['workers']} workers" for c in configurations]
    header = "| figure | " + " | ".join(names) + " |"
    rows = [header, "|---|" + "---|" * len(names)]

    def row(label: str, values: List[str]) -> None:
        rows.append(f"| {label} | " + " | ".join(values) + " |")

    row("time to ready (start until every worker listens)", [f"{c['ready']:.1f} s" for c in configurations])
    row("peak RSS per worker", [", ".join(f"{kb / 1024:.0f} MB" for kb in c["rss_kb"]) for c in configurations])
    for index, think in enumerate(args.think):
        label = f"{think:g} s reading pauses" if think else "no pauses (stress)"
        figures = [_figures(c["runs"][index]) for c in configurations]
        for key in ("throughput", "p50", "p95", "p99", "errors", "lost", "load", "machine"):
            name = {"load": "load average (1 min)", "machine": "machine CPU (all cores) during the scenario"}.get(key, key)
            row(f"{label}: {name}", [f[key] for f in figures])
        for key in (key for key in figures[0] if key.startswith("cpu ")):
            row(f"{label}: CPU per turn, {key[4:]}", [f[key] for f in figures])
        row(f"{label}: share of the Rasa CPU per worker", [f["workers"] for f in figures])
    stress = args.think.index(0.0) if 0.0 in args.think else None
    if stress is not None:
        def rate(c: Dict[str, Any]) -> float:
            return len(c["runs"][stress]["latencies"]) / c["runs"][stress]["wall"]
        row("stress throughput relative to 1 process", [f"{rate(c) / rate(configurations[0]):.2f}x" for c in configurations])

        # Why the ratio is what it is: with one process the other processes run on the second core beside it; with
        # two workers every process shares both cores, so the ratio can reach at most the ratio of these ceilings.
        def ceiling(c: Dict[str, Any]) -> float:
            run = c["runs"][stress]
            turns = max(1, len(run["latencies"]))
            return cpu_ceiling(c["workers"], os.cpu_count() or 1,
                               {name: seconds / turns * 1000 for name, seconds in run["cpu"].items()})
        row("stress: most turns/s the measured CPU per turn allows (see below)", [f"{ceiling(c):.1f} turns/s" for c in configurations])
        row("stress: throughput as a share of that", [f"{100 * rate(c) / ceiling(c):.0f} %" for c in configurations])
        row("stress: ratio those ceilings allow", [f"{ceiling(c) / ceiling(configurations[0]):.2f}x" for c in configurations])
    total = args.conversations * args.turns
    lines = [
        "# Load benchmark",
        "",
        "Written by `make bench` (scripts/bench_load.py); numbers are as measured on the run below. The load",
        "average shows how busy the (shared) machine was: figures from a busy machine are noisy and low.",
        "",
        f"- Run: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} CPU cores; Rasa server started "
        "as the launcher starts it (`python -m bot.server run`), REST channel, PostgreSQL tracker store and Redis "
        "locks on loopback, action server in its own process, the load generator in a third",
        f"- Bot: {chosen['kind']}",
        f"- Load: {args.conversations} concurrent conversations x {args.turns} turns = {total} turns with reading "
        f"pauses; without pauses (stress) each of the {args.conversations} slots runs {args.stress_rounds} "
        f"conversations of {args.turns} turns one after the other = {total * args.stress_rounds} turns, so the start "
        "and the end of the run (fewer conversations left than workers) hardly weigh on the throughput (a turn is "
        "one message and its full reply; 8x3 warm-up turns not counted)",
        "- CPU per turn: user + system CPU time (/proc/<pid>/stat) of each process over the scenario, with its "
        "child processes (Sanic workers, PostgreSQL backends), divided by the turns; steady on a busy machine, "
        "unlike wall times. The load generator is the benchmark's own process (aiohttp client)",
        "",
        *rows,
        "",
        "Targets (issue 12, 2 cores): one process at least 50 turns/s; two workers at least 1.7 times one;",
        "p95 at most 150 ms at 20 concurrent conversations with reading pauses; ready within 30 s.",
        "",
        *EXPLANATION,
        "",
    ]
    return "\n".join(lines)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2, help="Sanic workers of the second configuration")
    parser.add_argument("--conversations", type=int, default=20)
    parser.add_argument("--turns", type=int, default=8)
    parser.add_argument("--model", help="a trained model (.tar.gz); default: see module docstring")
    parser.add_argument("--fixture", action="store_true", help="benchmark the fixture bot even if a project model exists")
    parser.add_argument("--think", type=float, nargs="+", default=[3.0, 0.0],
                        help="mean seconds between a reply and the next message, one scenario per value (default: 3 0)")
    parser.add_argument("--stress-rounds", type=int, default=6,
                        help="conversations per slot, one after the other, in the stress scenario (default: 6)")
    parser.add_argument("--out", default=str(ROOT / "docs" / "benchmarks.md"))
    parser.add_argument("--one-process-only", action="store_true",
                        help="only the one-process configuration (to compare CPU per turn before and after a change)")
    parser.add_argument("--connections", choices=("keep-alive", "per-turn"), default="keep-alive",
                        help="the load generator's HTTP connections: kept alive (default) or a new one per turn")
    args = parser.parse_args(argv)
    os.environ["RASA_TELEMETRY_ENABLED"] = "false"

    workdir = Path(tempfile.mkdtemp(prefix="kansenbot-bench-"))
    chosen = choose_model(args, workdir)
    postgres, redis = PostgresCluster(), RedisServer()
    actions = ActionServer(workdir, actions=chosen["actions"])
    configurations = []
    try:
        postgres.start()
        redis.start()
        actions.start()
        shared_env = {**postgres.env(), "KANSENBOT_REDIS_URL": redis.url}
        services = {"action server": actions.pid, "PostgreSQL": postmaster_pid(postgres),
                    "Redis": redis.child.pid if redis.child else None}
        for workers in (1,) if args.one_process_only else (1, args.workers):
            configurations.append(run_configuration(workers, chosen["model"], actions, shared_env, workdir, args, services))
    finally:
        actions.stop()
        redis.stop()
        postgres.stop()
        shutil.rmtree(workdir / "fixture", ignore_errors=True)  # the trained model; the logs stay
    text = report(args, chosen, configurations)
    Path(args.out).write_text(text, encoding="utf-8")
    history = ROOT / "var" / "bench" / "history.jsonl"
    history.parent.mkdir(parents=True, exist_ok=True)
    with history.open("a") as out:
        out.write(json.dumps({"at": time.time(), "kind": chosen["kind"], "conversations": args.conversations,
                              "turns": args.turns, "configurations": configurations}) + "\n")
    print(text)
    print(f"[bench] logs in {workdir}; written to {args.out}")
    return 0 if all(not run["errors"] and not run["lost"] for c in configurations for run in c["runs"]) else 1


if __name__ == "__main__":
    sys.exit(main())
