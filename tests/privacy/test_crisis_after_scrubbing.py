"""The privacy filter runs before the NLU (bot/channels/guard.py), so it must never hide a crisis: a word
it takes for a name ("ik ben aangerand" -> "ik ben [NAAM]") would cost the student the crisis answer.

Checked with CrisisGuard's patterns (bot/nlp/crisis_detect.py), which decide on every path, also when
Rasa cannot run: on every crisis example of the training data, and on probes written for this test.
"""
from __future__ import annotations

import re

import pytest
import yaml

from bot.nlp.crisis_detect import active_detector
from bot.nlp.heldout import ROOT
from bot.privacy.scrubber import scrub_text

# Entity and link annotations in NLU examples: keep the words.
_ANNOTATION = re.compile(r"\[([^\]]+)\](?:\{[^}]*\}|\([^)]*\))")


def crisis_examples():
    data = yaml.safe_load((ROOT / "data" / "nlu" / "crisis.yml").read_text(encoding="utf-8"))
    for block in data["nlu"]:
        if block.get("intent") != "crisis":
            continue
        for line in block["examples"].splitlines():
            line = line.strip()
            if line.startswith("- "):
                yield _ANNOTATION.sub(r"\1", line[2:].strip())


def test_scrubbing_never_hides_a_crisis_example_from_the_patterns():
    detector = active_detector()
    hidden = []
    examples = list(crisis_examples())
    assert len(examples) > 100
    for text in examples:
        before = detector.detect(text)
        if not before.caught:
            continue  # found by the classifier, not by a pattern: tests/test_nlu_crisis.py covers those
        after = detector.detect(scrub_text(text))
        if not after.caught or set(after.kinds) != set(before.kinds):
            hidden.append((text, scrub_text(text)))
    assert hidden == []


@pytest.mark.parametrize("text", [
    "ik ben suicidaal",
    "ik ben suïcidaal en ik weet het niet meer",
    "hoi ik ben aangerand, help",
    "ik ben thuisloos en ik moet morgen naar school",
    "ik ben dakloos sinds gisteren",
    "ik ben verkracht",
])
def test_a_crisis_word_after_ik_ben_is_not_taken_for_a_name(text):
    scrubbed = scrub_text(text)
    assert "[NAAM]" not in scrubbed
    assert active_detector().detect(scrubbed).caught


def test_a_name_in_a_crisis_message_is_still_removed():
    scrubbed = scrub_text("ik ben Sanne de Vries en ik wil niet meer leven")
    assert "Sanne" not in scrubbed and "Vries" not in scrubbed
    assert active_detector().detect(scrubbed).caught
