"""What counting for the team insights costs per turn (not part of `make test`: timings depend on the machine).

    .venv/bin/python scripts/bench_insights.py [--turns 400]

Saves the same made-up turns through Kansenbot's tracker store on a throwaway SQLite database twice,
interleaved: once as the bot does (with counting) and once with counting switched off, and prints the
median and 95th percentile of ``save()`` per turn for both, the time ``record()`` itself takes (the only
part on the event loop), and how long one batched write of the pending counters takes (in a worker
thread in the bot). Set KANSENBOT_DB_URL to measure on PostgreSQL instead.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--turns", type=int, default=400)
    args = parser.parse_args()
    from rasa.shared.core.domain import Domain

    from bot.insights import synthetic
    from bot.storage.tracker_store import KansenbotTrackerStore

    folder = tempfile.mkdtemp(prefix="kansenbot-bench-")
    if not os.environ.get("KANSENBOT_DB_URL"):
        os.environ["KANSENBOT_SQLITE_PATH"] = str(Path(folder) / "bench.db")
    store = KansenbotTrackerStore(Domain.empty())
    real_record = store.insights.record
    record_times, record_cpu = [], []

    def counting(tracker, new_events):  # the real record(), timed: the only part on the event loop
        begun, begun_cpu = time.perf_counter(), time.thread_time()
        real_record(tracker, new_events)
        record_times.append(time.perf_counter() - begun)
        record_cpu.append(time.thread_time() - begun_cpu)

    rng = random.Random(1)
    start = time.time() - 3600
    timings = {"with counting": [], "without counting": []}
    turn = 0
    while turn < args.turns:
        # One made-up conversation, saved turn by turn as the bot saves it.
        full = synthetic.conversation(rng, f"bench-{turn}", start + turn, "voorbeeld-roc", "socketio")
        events = list(full.events)
        cuts = [index + 1 for index, event in enumerate(events) if event.type_name == "action" and
                getattr(event, "action_name", "") == "action_listen" and index > 3]
        mode = "with counting" if turn % 2 == 0 else "without counting"
        store.insights.record = counting if mode == "with counting" else (lambda tracker, new_events: None)
        tracker = type(full).from_events(full.sender_id, events[: cuts[0]], slots=list(full.slots.values()))
        for cut in cuts[1:]:
            before = len(tracker.events)
            for event in events[before:cut]:
                tracker.update(event)
            begun = time.perf_counter()
            asyncio.run(store.save(tracker))
            timings[mode].append(time.perf_counter() - begun)
            turn += 1
    store.insights.record = real_record
    pending = len(store.insights._pending)
    begun = time.perf_counter()
    store.insights.flush()
    flush_seconds = time.perf_counter() - begun

    backend = store.engine.url.get_backend_name()
    print(f"[bench-insights] {backend}, {args.turns} turns (half with counting, half without, interleaved)")
    for mode, samples in timings.items():
        print(f"[bench-insights]   save() {mode:17s}: median {statistics.median(samples) * 1000:6.2f} ms, "
              f"p95 {percentile(samples, 0.95) * 1000:6.2f} ms ({len(samples)} turns)")
    extra = statistics.median(timings["with counting"]) - statistics.median(timings["without counting"])
    print(f"[bench-insights]   difference of the medians: {extra * 1000:+.2f} ms per turn")
    print(f"[bench-insights]   record() alone (on the event loop): median {statistics.median(record_times) * 1e6:.0f} us, "
          f"p95 {percentile(record_times, 0.95) * 1e6:.0f} us; CPU time median {statistics.median(record_cpu) * 1e6:.0f} us, "
          f"p95 {percentile(record_cpu, 0.95) * 1e6:.0f} us (wall minus CPU = waiting for a busy machine)")
    print(f"[bench-insights]   one batched write of {pending} pending counters: {flush_seconds * 1000:.1f} ms (worker thread)")
    store.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
