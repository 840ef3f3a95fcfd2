"""No input can make the privacy filter, the log filter or the JSON checks slow: each takes 100 KB of
hostile text in well under a second.

The issue this guards against: a street-address pattern took quadratic time (2 KB of "A-A-A-..." cost
0.1 s, 32 KB 23 s) and ran on the event loop, so a few requests a second froze the bot for everyone.
The patterns now have bounded repetitions and start only where a word starts; names are found by reading
tokens once. The shapes below are the ones that make backtracking patterns blow up.

The shapes are in bot/privacy/evaluation.py (`make bench-privacy` prints the measured times). The bound is
generous (1 s for 100 KB; measured 0.03-0.4 s) and each case gets up to five tries, the fastest counting: on a busy 2-core CI machine a single run can be descheduled, while a quadratic pattern
would take minutes on every try. Channels never hand the filter more than 2000 characters anyway.
"""
from __future__ import annotations

import io
import logging
from typing import Callable

import pytest

from bot.channels import limits
from bot.privacy import evaluation, log_filter
from bot.privacy.lexicon import lexicon
from bot.privacy.normalise import normalise
from bot.privacy.scrubber import DETECTORS

BOUND_SECONDS = 1.0
SHAPES = evaluation.hostile_inputs()


def fastest(run: Callable[[], object]) -> float:
    return evaluation.fastest(run, good_enough=BOUND_SECONDS)


@pytest.fixture(scope="module", autouse=True)
def word_lists_loaded() -> None:
    lexicon()  # loading the lists once (about a second) is start-up work, not part of any message


@pytest.mark.parametrize("name", list(DETECTORS))
def test_each_detector_is_linear_on_hostile_input(name: str) -> None:
    detector = DETECTORS[name]
    slow = {}
    for shape, text in SHAPES.items():
        text = normalise(text)
        seconds = fastest(lambda: detector(text))
        if seconds >= BOUND_SECONDS:
            slow[shape] = round(seconds, 2)
    assert not slow, f"{name} took over {BOUND_SECONDS} s on 100 KB of: {slow}"


def test_normalisation_is_linear_on_hostile_input() -> None:
    slow = {shape: seconds for shape, text in SHAPES.items() if (seconds := fastest(lambda: normalise(text))) >= BOUND_SECONDS}
    assert not slow


def test_the_log_filter_cuts_before_it_scrubs() -> None:
    log_filter.install_log_scrubbing()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    log = logging.getLogger("kansenbot.test.hostile")
    log.addHandler(handler)
    log.propagate = False
    try:
        for shape, text in SHAPES.items():
            seconds = fastest(lambda: log.error("received %s", text))
            assert seconds < BOUND_SECONDS, shape
    finally:
        log.removeHandler(handler)
    lines = stream.getvalue().splitlines()
    # Cut to MAX_LOG_LINE_CHARS, then scrubbed: a placeholder may be longer than what it replaced.
    assert lines and all(len(line) <= 4 * log_filter.MAX_LOG_LINE_CHARS for line in lines)
    assert "characters cut" in stream.getvalue()


@pytest.mark.parametrize("body", [b"[" * 250_000, b'{"a":' * 50_000, b'"' + b"\\\\" * 120_000 + b'"', b"{" + b" " * 250_000])
def test_json_checks_are_linear_and_refuse_deep_nesting(body: bytes) -> None:
    seconds = fastest(lambda: limits.json_depth(body))
    assert seconds < BOUND_SECONDS
    if body.startswith((b"[", b'{"a"')):
        with pytest.raises(limits.BodyError) as refused:
            limits.parse_json_body(body, limits.TEAMS_MAX_BODY_BYTES)
        assert refused.value.code == "too_deep"


def test_depth_ignores_brackets_inside_strings() -> None:
    assert limits.json_depth(b'{"text": "[[[[{{{{", "list": [1, [2]]}') == 3
    assert limits.parse_json_body(b'{"a": "]]]]"}', 100) == {"a": "]]]]"}
