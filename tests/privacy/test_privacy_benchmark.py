"""Floors on the privacy benchmark (`make bench-privacy` gives the full figures in docs/privacy-benchmark.md).

Issue 10's targets: at least 98 % of personal items caught, at most 1 % of everyday messages changed.
The development set was used to tune the filter, so its floor is the target itself. The blind held-out set
(tests/privacy/blind_heldout.yml, added by the lead) is never read by whoever tunes the filter; its floor
guards against regressions and its failures are reported as figures only, never message by message.
"""
from __future__ import annotations

import pytest

from bot.privacy import evaluation, scrubber

DEV_RECALL_FLOOR, DEV_CHANGED_CEILING = 0.98, 0.01
# The second development set (written blind by someone else, then tuned on): measured recall 98.4 % of 639
# items, 0.6 % of 538 everyday messages changed (scripts/bench_privacy.py, 2026-12-03, after the round tuned
# on a third set, /work/blind/privacy_dev3, which stays outside the repository); the floor is the target.
DEV2_RECALL_FLOOR, DEV2_CHANGED_CEILING = 0.98, 0.01
# Measured on the blind held-out set with `make bench-privacy` (docs/privacy-benchmark.md): recall 92.1 % of
# 445 items and 2.1 % of 338 everyday messages changed after tuning on dev_set.yml; 94.6 % / 2.1 % after a
# second round tuned on dev_set2.yml only; 95.3 % / 2.1 % after a third round tuned on a blind dev set kept
# outside the repository (/work/blind/privacy_dev3: 92.7 % before tuning, 99.1 % after); 96.2 % / 1.8 % after a
# fourth round on another such set (privacy_dev4: 93.4 % before, 99.4 % after); 96.4 % / 2.1 % before and
# 97.5 % / 2.1 % after a round on /work/blind/privacy_dev6 (80.2 % / 3.8 % before, 98.5 % / 0.0 % after;
# scripts/bench_privacy.py, 2026-12-04). Still below the targets: the floor is the measurement less
# about a point, so a regression fails while the gap to 98 % / 1 % stays visible in the docs.
HELDOUT_RECALL_FLOOR, HELDOUT_CHANGED_CEILING = 0.965, 0.025


def _result(path):
    return evaluation.evaluate(evaluation.load_set(path), scrubber.scrub_text, scrubber.PLACEHOLDERS)


def _assert_tuned_set_meets(path, recall_floor, changed_ceiling, min_personal, min_everyday):
    # A development set: its misses may be listed (the filter is tuned on it).
    result = _result(path)
    assert result.personal_total >= min_personal and result.everyday_total >= min_everyday
    missed = [(kind, value) for kind, value, _ in result.missed]
    assert result.overall_recall >= recall_floor, missed
    assert result.changed_share <= changed_ceiling, [why for _, _, why in result.changed]


def test_development_set_meets_the_targets():
    _assert_tuned_set_meets(evaluation.DEV_SET, DEV_RECALL_FLOOR, DEV_CHANGED_CEILING, 250, 250)


def test_second_development_set_stays_above_its_floor():
    _assert_tuned_set_meets(evaluation.DEV_SET2, DEV2_RECALL_FLOOR, DEV2_CHANGED_CEILING, 600, 500)


def test_blind_heldout_set_stays_above_its_floor():
    if not evaluation.HELDOUT_SET.exists():
        pytest.skip("tests/privacy/blind_heldout.yml is not in this checkout (the lead adds and runs it)")
    result = _result(evaluation.HELDOUT_SET)
    # Figures only: the held-out messages must not show up in a test log that a tuner reads.
    assert result.overall_recall >= HELDOUT_RECALL_FLOOR, f"recall {result.overall_recall:.3f}"
    assert result.changed_share <= HELDOUT_CHANGED_CEILING, f"changed {result.changed_share:.3f}"


@pytest.mark.parametrize(
    "text, value, output, caught",
    [
        ("BSN: 3852.80.841", "3852.80.841", "BSN: [BSN].80.841", False),  # digits of it survive
        ("ik ben Sanne de Vries", "Sanne de Vries", "ik ben [NAAM] de Vries", False),  # surname survives
        ("ik ben Sanne de Vries", "Sanne de Vries", "ik ben [NAAM]", True),
        ("ik heb geen gmail, mail: a.b@gmail.com", "a.b@gmail.com", "ik heb geen gmail, mail: [EMAIL]", True),
        ("IBAN NL91 ABNA 0417 1643 00", "NL91 ABNA 0417 1643 00", "IBAN [IBAN] 1643 00", False),
        ("bel ０６１２３４５６７８", "０６１２３４５６７８", "bel 0612345678", False),  # normalised before comparing
        ("mail mevr. de Wit even", "mevr. de Wit", "mail mevr. [NAAM] even", True),  # a title is no identity
        ("groet, dhr. R. Koster", "dhr. R. Koster", "groet, dhr. R. [NAAM]", True),
        ("groet, dhr. Koster", "dhr. Koster", "groet, [NAAM] Koster", False),
        ("Roos zet het rooster online", "Roos", "[NAAM] zet het rooster online", True),  # a word that contains it
        ("Roos zet het rooster online", "Roos", "roos zet het rooster online", False),
        ("mail kim.devries@ziggo.nl", "kim.devries@ziggo.nl", "mail kim.devries@ziggo.nl.", False),
    ],
)
def test_an_item_counts_as_caught_only_when_nothing_of_it_is_left(text, value, output, caught):
    assert evaluation.item_caught(text, output, value, [value]) is caught


def test_an_everyday_message_changes_by_any_replacement_or_a_lost_keep_token():
    placeholders = scrubber.PLACEHOLDERS
    assert evaluation.everyday_changed("bel 0800-0113", "bel 0800-0113", ["0800-0113"], placeholders) is None
    assert evaluation.everyday_changed("bel 0800–0113", "bel 0800-0113", ["0800–0113"], placeholders) is None
    assert evaluation.everyday_changed("hoi Ben", "hoi [NAAM]", [], placeholders) == "replaced: [NAAM]"
    assert evaluation.everyday_changed("lokaal B1.12", "lokaal B1", ["B1.12"], placeholders) == "lost: B1.12"


def test_a_set_with_a_value_that_is_not_in_its_text_is_refused(tmp_path):
    broken = tmp_path / "set.yml"
    broken.write_text("personal:\n  - text: hoi\n    items:\n      - {type: name, value: Sanne}\neveryday: []\n")
    with pytest.raises(evaluation.SetError, match="not in the text"):
        evaluation.load_set(broken)
