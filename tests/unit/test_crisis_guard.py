"""CrisisGuard: crisis wins over any prediction, also "say it differently"; it names the kind; casual talk
loses a crisis intent the classifier gave it; and the trained guard is saved and loaded whole."""
from pathlib import Path

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.loading import load_data
from rasa.shared.nlu.training_data.message import Message

from bot.nlp import crisis_detect, heldout
from bot.nlp.crisis_guard import CrisisGuard, CrisisPatternsMissing


def _context() -> ExecutionContext:
    return ExecutionContext(GraphSchema({}), node_name="crisis_guard")


@pytest.fixture(scope="module")
def training_data():
    return load_data(str(heldout.TRAINING_DIR))


@pytest.fixture(scope="module")
def stored_guard(tmp_path_factory, training_data):
    storage, resource = LocalModelStorage(tmp_path_factory.mktemp("guard")), Resource("crisis_guard")
    CrisisGuard.create({}, storage, resource, _context()).train(training_data)
    return CrisisGuard.load({}, storage, resource, _context())


def _classified(text: str, ranking: list) -> Message:
    message = Message.build(text=text)
    top = ranking[0]
    message.set("intent", {"name": top[0], "confidence": top[1]})
    message.set("intent_ranking", [{"name": name, "confidence": confidence} for name, confidence in ranking])
    return message


def _processed(guard: CrisisGuard, message: Message) -> Message:
    guard.process([message])
    return message


def _kinds(message: Message) -> list:
    return [e["value"] for e in message.get("entities") or [] if e["entity"] == "crisis_soort"]


def test_a_crisis_phrase_overrides_a_confident_other_intent_and_names_its_kind(stored_guard):
    message = _processed(stored_guard, _classified("het gaat niet goed, ik bekras elke avond mn armen", [("geldzorgen", 0.9), ("crisis", 0.01)]))
    assert message.get("intent") == {"name": "crisis", "confidence": 1.0}
    assert [entry["name"] for entry in message.get("intent_ranking")] == ["crisis", "geldzorgen"]
    assert _kinds(message) == ["zelfdoding"]
    entity = next(e for e in message.get("entities") if e["entity"] == "crisis_soort")
    assert (entity["start"], entity["end"]) == (0, len(message.get("text")))


def test_a_crisis_phrase_overrides_say_it_differently(stored_guard):
    message = _processed(stored_guard, _classified("iedereen is beter af zonder mij", [("nlu_fallback", 0.2), ("out_of_scope", 0.15)]))
    assert message.get("intent")["name"] == "crisis"


def test_a_classifier_crisis_score_gets_the_check_in_and_below_the_threshold_nothing(stored_guard):
    at = _processed(stored_guard, _classified("weet even niet hoe het verder moet", [("help", 0.5), ("crisis", 0.2)]))
    below = _processed(stored_guard, _classified("weet even niet hoe het verder moet", [("help", 0.5), ("crisis", 0.19)]))
    assert at.get("intent")["name"] == "crisis" and _kinds(at) == ["checkin"]
    assert below.get("intent") == {"name": "help", "confidence": 0.5}


def test_a_confident_classifier_crisis_gets_the_answer_with_a_kind(stored_guard):
    message = _processed(stored_guard, _classified("weet even niet hoe het verder moet", [("crisis", 0.8), ("help", 0.1)]))
    assert message.get("intent") == {"name": "crisis", "confidence": 0.8}  # its own confidence is kept
    assert _kinds(message) and "checkin" not in _kinds(message)


def test_casual_talk_loses_the_crisis_intent_the_classifier_gave_it(stored_guard):
    # Below the answer threshold the exaggeration explains the crisis words: no alarm. With the classifier sure, a
    # casual span never silences (review_crisis16): the check-in, never the full answer.
    message = _processed(stored_guard, _classified("ik ga dood van verveling", [("out_of_scope", 0.55), ("crisis", 0.4)]))
    assert message.get("intent")["name"] == "out_of_scope" and _kinds(message) == []
    sure = _processed(stored_guard, _classified("ik ga dood van verveling", [("crisis", 0.9), ("out_of_scope", 0.05)]))
    assert sure.get("intent")["name"] == "crisis" and _kinds(sure) == ["checkin"]


def test_everyday_messages_pass_untouched(stored_guard):
    for text in ["mijn laptop is dood", "ik heb mijn arm gebroken", "ik kras op mijn laptop", "ik ben weg doei"]:
        message = _processed(stored_guard, _classified(text, [("geen_laptop", 0.7), ("crisis", 0.05)]))
        assert message.get("intent")["name"] == "geen_laptop", text


def test_no_pattern_fires_on_an_everyday_training_or_heldout_a_message(stored_guard):
    # Set A only: set B stays blind (bot/nlp/heldout.py). Patterns alone, no classifier score.
    everyday = [
        text for text, intent in heldout.load_training() + heldout.load_heldout_sets()["A"] if intent != heldout.CRISIS
    ]
    detector = crisis_detect.CrisisDetector(stored_guard._detector.patterns())
    assert [text for text in everyday if detector.detect(text).caught] == []


def test_loading_registers_the_detector_for_the_channels(stored_guard):
    assert crisis_detect.active_detector() is stored_guard._detector


def test_a_model_without_crisis_patterns_refuses_to_load(tmp_path: Path):
    with pytest.raises(CrisisPatternsMissing, match="make train"):
        CrisisGuard.load({}, LocalModelStorage(tmp_path), Resource("missing"), _context())


# --- someone who asks how to reach a helpline gets its full answer (actions/knowledge/crisis.py) -----------
@pytest.mark.parametrize("text, kind", [
    ("hoe kan ik 113 bereiken", "zelfdoding"),
    ("wat is het nummer van de zelfmoordlijn?", "zelfdoding"),
    ("ik wil de kindertelefoon bellen", "geweld_thuis"),
    ("wat is het telefoonnummer van veilig thuis", "geweld_thuis"),
    ("mag ik het centrum seksueel geweld ook bellen als het al maanden geleden is", "seksueel_geweld"),
    ("wat is het telefoonnummer van de nachtopvang", "geen_slaapplek"),
])
def test_asking_how_to_reach_a_helpline_gets_that_helplines_full_answer(stored_guard, text, kind):
    message = _processed(stored_guard, _classified(text, [("out_of_scope", 0.7), ("contact_persoon", 0.2), ("crisis", 0.01)]))
    assert message.get("intent")["name"] == "crisis"
    assert kind in _kinds(message)


@pytest.mark.parametrize("text", [
    "hoe bereik ik lokaal 113 vanaf de ingang",
    "bus 113 rijdt niet, kan ik iemand bellen",
    "voor mijn werkstuk: hoe bereik je veilig thuis?",
    "ik doe vrijwilligerswerk, hoe werkt de chat van de kindertelefoon",
    "wat doet veilig thuis eigenlijk",
])
def test_a_room_a_bus_a_project_or_a_question_without_contact_is_no_request_for_a_helpline(stored_guard, text):
    message = _processed(stored_guard, _classified(text, [("out_of_scope", 0.9), ("crisis", 0.0)]))
    assert message.get("intent")["name"] != "crisis" or "crisis_soort" not in str(message.get("entities"))


def test_a_crisis_answer_already_found_keeps_its_kind_when_a_helpline_is_named(stored_guard):
    message = _processed(stored_guard, _classified(
        "ik heb 113 gebeld maar ik sta nu op het dak en ga springen", [("crisis", 0.9)]))
    assert "zelfdoding" in _kinds(message)


def test_a_helpline_request_keeps_113_and_112_and_a_teachers_answer(stored_guard):
    hidden = _processed(stored_guard, _classified(
        "ik ga zo slapen voor altijd. wat is het nummer van de kindertelefoon", [("out_of_scope", 0.6), ("crisis", 0.1)]))
    assert {"geweld_thuis", "checkin"} <= set(_kinds(hidden))
    teacher = _processed(stored_guard, _classified(
        "ik ben docent, hoe bereik ik veilig thuis voor een leerling?", [("docent_handreiking", 0.8), ("crisis", 0.05)]))
    assert _kinds(teacher)[0] == "zorg_om_student"


@pytest.mark.parametrize("text", ["ik kom veilig thuis hoor, ik app je straks", "ik woon op nummer 113", "is lokaal 2.113 open?"])
def test_everyday_words_that_look_like_a_helpline_are_no_request(text):
    from actions.knowledge import get_knowledge
    from actions.knowledge.crisis import gevraagde_hulplijn

    assert gevraagde_hulplijn(get_knowledge(), text) is None


@pytest.mark.parametrize("shape", ["nummer van de " * 8000, "bel " + "113 " * 25000, "a" * 100_000])
def test_the_helpline_check_reads_a_bounded_part_of_any_message_fast(shape):
    import time

    from actions.knowledge import get_knowledge
    from actions.knowledge.crisis import gevraagde_hulplijn

    started = time.perf_counter()
    gevraagde_hulplijn(get_knowledge(), shape[:100_000])
    assert time.perf_counter() - started < 1.0
