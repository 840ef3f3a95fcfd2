"""The load benchmark's CPU ceiling (scripts/bench_load.py cpu_ceiling): what the measured CPU per turn allows."""
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("bench_load", ROOT / "scripts" / "bench_load.py")
bench_load = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench_load)

# Shaped like a measured run: Rasa 13.4 ms, the other processes 2.5 ms together.
CPU = {"Rasa server": 13.4, "action server": 0.9, "PostgreSQL": 0.8, "Redis": 0.2, "load generator": 0.6}


def test_one_process_is_bound_by_its_own_core():
    assert bench_load.cpu_ceiling(1, 2, CPU) == pytest.approx(1000 / 13.4)


def test_two_workers_are_bound_by_every_process_sharing_the_cores():
    assert bench_load.cpu_ceiling(2, 2, CPU) == pytest.approx(2000 / 15.9)


def test_the_other_processes_cap_the_ratio_below_two():
    ratio = bench_load.cpu_ceiling(2, 2, CPU) / bench_load.cpu_ceiling(1, 2, CPU)
    assert ratio == pytest.approx(2 * 13.4 / 15.9) and ratio < 2


def test_more_workers_than_cores_gain_nothing():
    assert bench_load.cpu_ceiling(4, 2, CPU) == bench_load.cpu_ceiling(2, 2, CPU)
