"""CPU time of one conversation turn in the Rasa server, and where it goes (`make profile-turn`).

    python scripts/profile_turn.py [--model models/kansenbot.tar.gz] [--turns 240] [--cprofile out.pstats]

Loads the agent exactly as the server does (endpoints.yml: Kansenbot's tracker store on a temporary
SQLite file, the lock store, the action server started through bot/launcher/servers.py) with Kansenbot's
runtime installed, and sends the load benchmark's script (scripts/bench_load.py) turn after turn through
``agent.handle_message``, as a channel does, without HTTP. Prints the CPU time per turn of this process
(the Rasa server's work) and of the action server, which are repeatable on a busy machine where wall
times are not. With --cprofile it also writes a profile and prints the top functions.

For instruction counts (even steadier): valgrind --tool=callgrind --instr-atstart=no ... with
--callgrind, which switches instrumentation on only around the measured turns.
"""
from __future__ import annotations

import argparse
import asyncio
import cProfile
import ctypes
import io
import os
import pstats
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any, Dict, List, Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.launcher import servers  # noqa: E402
from bot.launcher.settings import server_env  # noqa: E402
from tests.support import free_port, wait_until_answering  # noqa: E402

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def process_cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat", "rb") as handle:
        fields = handle.read().rsplit(b")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime


def _callgrind(request: str) -> None:
    """Toggle valgrind's instrumentation (a no-op outside valgrind)."""
    os.system(f"callgrind_control --{request} {os.getpid()} >/dev/null 2>&1")


def _time_graph_nodes() -> Dict[str, float]:
    """CPU seconds spent in each graph node from now on (wraps GraphNode.__call__ for this process)."""
    from rasa.engine.graph import GraphNode

    spent: Dict[str, float] = {}
    call = GraphNode.__call__

    def timed(node: Any, *inputs: Any) -> Any:
        started = time.process_time()
        try:
            return call(node, *inputs)
        finally:
            name = node._node_name
            spent[name] = spent.get(name, 0.0) + time.process_time() - started

    GraphNode.__call__ = timed
    return spent


def _time_phases(agent: Any) -> Dict[str, float]:
    """CPU seconds of the main phases of a turn from now on. Turns run one at a time, so an await inside a
    phase lets only background work (the insights writer, the purge) run in between."""
    from rasa.engine.runner.dask import DaskGraphRunner

    spent: Dict[str, float] = {}

    def wrap(owner: Any, attribute: str, name: str) -> None:
        original = getattr(owner, attribute)

        async def timed_async(*arguments: Any, **keywords: Any) -> Any:
            started = time.process_time()
            try:
                return await original(*arguments, **keywords)
            finally:
                spent[name] += time.process_time() - started

        def timed(*arguments: Any, **keywords: Any) -> Any:
            started = time.process_time()
            try:
                return original(*arguments, **keywords)
            finally:
                spent[name] += time.process_time() - started

        spent[name] = 0.0
        setattr(owner, attribute, timed_async if asyncio.iscoroutinefunction(original) else timed)

    processor = agent.processor
    wrap(processor, "parse_message", "NLU: parse_message (graph run)")
    wrap(processor, "predict_next_with_tracker_if_should", "dialogue: next-action predictions (graph runs)")
    wrap(processor, "fetch_tracker_and_update_session", "tracker: fetch (+ session start)")
    wrap(processor, "save_tracker", "tracker: save (scrub, insert, insights)")
    wrap(processor.action_endpoint, "request", "action server: HTTP request (client side)")
    wrap(DaskGraphRunner, "run", "graph runner: all runs (nodes + dask)")
    return spent


async def run_turns(agent: Any, script: List[str], turns: int, conversations: int) -> List[float]:
    from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

    senders = [f"profile-{number}-{uuid.uuid4().hex[:8]}" for number in range(conversations)]
    cpu: List[float] = []
    for turn in range(turns):
        sender = senders[turn % conversations]
        text = script[(turn // conversations + turn) % len(script)]
        started = time.process_time()
        await agent.handle_message(UserMessage(text, CollectingOutputChannel(), sender, input_channel="rest"))
        cpu.append(time.process_time() - started)
    return cpu


def main(argv: Optional[List[str]] = None) -> int:
    from scripts.bench_load import SCRIPT

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(ROOT / "models" / "kansenbot.tar.gz"))
    parser.add_argument("--actions", default="actions", help="actions package (fixture_actions for the fixture bot)")
    parser.add_argument("--turns", type=int, default=240)
    parser.add_argument("--conversations", type=int, default=20)
    parser.add_argument("--cprofile", help="write a cProfile of the measured turns here and print the top functions")
    parser.add_argument("--callgrind", action="store_true", help="toggle callgrind around the measured turns")
    parser.add_argument("--by-node", action="store_true",
                        help="also print the CPU per turn of each node of Rasa's graph (NLU components, policies)")
    args = parser.parse_args(argv)

    workdir = Path(tempfile.mkdtemp(prefix="kansenbot-profile-"))
    action_port = free_port()
    env = server_env(python_path=[ROOT / "tests" / "fixtures" / "privacy_bot"],
                     KANSENBOT_ACTION_URL=f"http://127.0.0.1:{action_port}/webhook",
                     KANSENBOT_SQLITE_PATH=str(workdir / "tracker.db"))
    os.environ.update(env)
    action_server = servers.start_action_server(action_port, "127.0.0.1", env, args.actions, workdir / "actions.log")
    try:
        wait_until_answering(action_server.ready_url, action_server.process, "action server", 120, action_server.log)
        return asyncio.run(_profile(args, action_server.pid))
    finally:
        action_server.stop()


async def _profile(args: argparse.Namespace, action_pid: int) -> int:
    from types import SimpleNamespace

    from rasa.core.agent import load_agent
    from rasa.core.utils import AvailableEndpoints

    from bot import runtime, server
    from scripts.bench_load import SCRIPT

    runtime.prepare_process()
    server.configure_process(None)  # logging as in the server: Rasa's debug lines filtered out
    started = time.monotonic()
    agent = await load_agent(model_path=args.model, endpoints=AvailableEndpoints.read_endpoints(str(ROOT / "endpoints.yml")))
    runtime.install(SimpleNamespace(ctx=SimpleNamespace(agent=agent)))
    print(f"[profile] agent loaded and runtime installed in {time.monotonic() - started:.1f} s")
    await run_turns(agent, SCRIPT, 2 * args.conversations, args.conversations)  # warm-up: lazy loading, caches

    node_cpu = _time_graph_nodes() if args.by_node else None
    phase_cpu = _time_phases(agent) if args.by_node else None
    profiler = cProfile.Profile() if args.cprofile else None
    action_before = process_cpu_seconds(action_pid)
    if args.callgrind:
        _callgrind("instr=on")
    if profiler:
        profiler.enable()
    wall = time.perf_counter()
    cpu = await run_turns(agent, SCRIPT, args.turns, args.conversations)
    wall = time.perf_counter() - wall
    if profiler:
        profiler.disable()
    if args.callgrind:
        _callgrind("instr=off")
    action_cpu = process_cpu_seconds(action_pid) - action_before

    cpu_ms = sorted(value * 1000 for value in cpu)
    mean = sum(cpu_ms) / len(cpu_ms)
    print(f"[profile] {len(cpu)} turns, {args.conversations} conversations, load average {os.getloadavg()[0]:.2f}")
    print(f"[profile] Rasa process CPU per turn: mean {mean:.1f} ms, median {cpu_ms[len(cpu_ms) // 2]:.1f} ms, "
          f"p90 {cpu_ms[int(len(cpu_ms) * 0.9)]:.1f} ms")
    print(f"[profile] action server CPU per turn: {action_cpu / len(cpu) * 1000:.1f} ms")
    print(f"[profile] wall per turn (one at a time): {wall / len(cpu) * 1000:.1f} ms")
    if node_cpu is not None:
        print("[profile] CPU per turn by graph node (without cProfile's overhead when --cprofile is not given):")
        for name, seconds in sorted(node_cpu.items(), key=lambda item: -item[1]):
            print(f"[profile]   {seconds / len(cpu) * 1000:6.2f} ms  {name}")
        print(f"[profile]   {sum(node_cpu.values()) / len(cpu) * 1000:6.2f} ms  all graph nodes")
        print("[profile] CPU per turn by phase (phases contain the graph nodes above):")
        for name, seconds in phase_cpu.items():
            print(f"[profile]   {seconds / len(cpu) * 1000:6.2f} ms  {name}")
    if profiler:
        profiler.dump_stats(args.cprofile)
        for order in ("cumulative", "tottime"):
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(order).print_stats(45)
            print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
