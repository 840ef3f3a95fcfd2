"""CrisisGuard: crisis wins over any prediction, also "say it differently"; its patterns are data."""
from pathlib import Path

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.loading import load_data
from rasa.shared.nlu.training_data.message import Message

from bot.nlp import heldout
from bot.nlp.crisis_guard import CrisisGuard, CrisisPatternsMissing

CRISIS_DATA = heldout.ROOT / "data" / "nlu" / "crisis.yml"


def _context() -> ExecutionContext:
    return ExecutionContext(GraphSchema({}), node_name="crisis_guard")


@pytest.fixture(scope="module")
def training_data():
    return load_data(str(CRISIS_DATA))


@pytest.fixture
def stored_guard(tmp_path: Path, training_data):
    storage, resource = LocalModelStorage(tmp_path), Resource("crisis_guard")
    CrisisGuard.create({}, storage, resource, _context()).train(training_data)
    return CrisisGuard.load({}, storage, resource, _context())


def _classified(text: str, ranking: list) -> Message:
    message = Message.build(text=text)
    top = ranking[0]
    message.set("intent", {"name": top[0], "confidence": top[1]})
    message.set("intent_ranking", [{"name": name, "confidence": confidence} for name, confidence in ranking])
    return message


def _intent(guard: CrisisGuard, message: Message) -> dict:
    guard.process([message])
    return message.get("intent")


def test_a_crisis_phrase_overrides_a_confident_other_intent(stored_guard):
    message = _classified("het gaat niet goed, ik bekras elke avond mn armen", [("geldzorgen", 0.9), ("crisis", 0.01)])
    assert _intent(stored_guard, message) == {"name": "crisis", "confidence": 1.0}
    assert [entry["name"] for entry in message.get("intent_ranking")] == ["crisis", "geldzorgen"]


def test_a_crisis_phrase_overrides_say_it_differently(stored_guard):
    message = _classified("iedereen is beter af zonder mij", [("nlu_fallback", 0.2), ("out_of_scope", 0.15)])
    assert _intent(stored_guard, message)["name"] == "crisis"


def test_a_crisis_score_at_the_threshold_wins_but_below_it_does_not(stored_guard):
    at = _classified("ik weet het allemaal niet meer", [("help", 0.5), ("crisis", 0.2)])
    below = _classified("ik weet het allemaal niet meer", [("help", 0.5), ("crisis", 0.19)])
    assert _intent(stored_guard, at)["name"] == "crisis"
    assert _intent(stored_guard, below) == {"name": "help", "confidence": 0.5}


def test_a_crisis_prediction_keeps_the_classifiers_own_confidence(stored_guard):
    message = _classified("ik wil er niet meer zijn", [("crisis", 0.8), ("help", 0.1)])
    assert _intent(stored_guard, message) == {"name": "crisis", "confidence": 0.8}


def test_everyday_messages_pass_untouched(stored_guard):
    for text in ["mijn laptop is dood", "ik heb mijn arm gebroken", "ik kras op mijn laptop", "ik ben weg doei"]:
        message = _classified(text, [("geen_laptop", 0.7), ("crisis", 0.05)])
        assert _intent(stored_guard, message)["name"] == "geen_laptop", text


def test_no_pattern_matches_an_everyday_training_or_heldout_a_message(stored_guard):
    # Set A only: set B stays blind (bot/nlp/heldout.py).
    everyday = [
        text
        for text, intent in heldout.load_training() + heldout.load_heldout_sets()["A"]
        if intent != heldout.CRISIS
    ]
    false_alarms = [text for text in everyday if any(p.search(text) for p in stored_guard._compiled)]
    assert false_alarms == []


def test_a_model_without_crisis_patterns_refuses_to_load(tmp_path: Path):
    with pytest.raises(CrisisPatternsMissing, match="make train"):
        CrisisGuard.load({}, LocalModelStorage(tmp_path), Resource("missing"), _context())
