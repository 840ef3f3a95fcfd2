"""RegexIntentOverride (bot/nlp/intent_override.py) with the overrides of config.yml and the regexes of data/nlu."""
import pytest
import yaml
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.loading import load_data
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlp import heldout
from bot.nlp.intent_override import IntentOverrideInvalid, RegexIntentOverride

COMPONENT = "bot.nlp.intent_override.RegexIntentOverride"


def _context() -> ExecutionContext:
    return ExecutionContext(GraphSchema({}), node_name="intent_override")


def shipped_config() -> dict:
    pipeline = yaml.safe_load((heldout.ROOT / "config.yml").read_text(encoding="utf-8"))["pipeline"]
    names = [step["name"] for step in pipeline]
    # Before CrisisGuard, so a crisis still wins over an override.
    assert names.index(COMPONENT) < names.index("bot.nlp.crisis_guard.CrisisGuard")
    return {key: value for key, value in pipeline[names.index(COMPONENT)].items() if key != "name"}


@pytest.fixture(scope="module")
def stored_override(tmp_path_factory):
    storage, resource = LocalModelStorage(tmp_path_factory.mktemp("override")), Resource("intent_override")
    config = shipped_config()
    RegexIntentOverride.create(config, storage, resource, _context()).train(load_data(str(heldout.TRAINING_DIR)))
    # Loaded from the model's storage, as the server does.
    return RegexIntentOverride.load(config, storage, resource, _context())


def classified(text: str, intent: str) -> Message:
    message = Message.build(text=text)
    message.set("intent", {"name": intent, "confidence": 0.79})
    message.set("intent_ranking", [{"name": intent, "confidence": 0.79}, {"name": "contact_persoon", "confidence": 0.12}])
    return message


def intent_after(override: RegexIntentOverride, text: str, intent: str) -> str:
    message = classified(text, intent)
    override.process([message])
    assert message.get("intent_ranking")[0]["name"] == message.get("intent")["name"]
    return message.get("intent")["name"]


@pytest.mark.parametrize("text", [
    "ben je een robot? ik wil een mens",
    "is dit een bot? kan ik iemand echt spreken",
    "robot of niet, ik wil gewoon een medewerker",
    "praat ik met een computer? liever een echt persoon",
    "are you a bot? I want a real person",
    "ben je een chatbot? mag ik een mens",
])
def test_a_bot_question_that_asks_for_a_person_gets_the_person(stored_override, text):
    assert intent_after(stored_override, text, "bot_challenge") == "contact_persoon"


@pytest.mark.parametrize("text", [
    "ben je een robot",
    "ben je wel een mens?",
    "zit ik met een mens te praten?",
    "ben jij een bot of een echt persoon",
    "wil je een mens worden?",
    "ben je een bot? wil je me helpen met teams",
])
def test_a_plain_bot_question_stays_a_bot_question(stored_override, text):
    assert intent_after(stored_override, text, "bot_challenge") == "bot_challenge"


def test_only_the_named_intent_is_overridden(stored_override):
    # The wish for a person inside another topic keeps its topic: the route answers and offers a person.
    assert intent_after(stored_override, "ik wil een mens spreken over mijn geldzorgen", "geldzorgen") == "geldzorgen"


def test_training_fails_when_config_names_a_regex_block_data_does_not_have(tmp_path):
    config = {"overrides": [{"intent": "bot_challenge", "regex": "bestaat_niet", "becomes": "contact_persoon"}]}
    override = RegexIntentOverride.create(config, LocalModelStorage(tmp_path), Resource("x"), _context())
    with pytest.raises(IntentOverrideInvalid, match="bestaat_niet"):
        override.train(TrainingData(regex_features=[{"name": "wens_om_mens", "pattern": "mens"}]))


@pytest.mark.parametrize("overrides", [
    "bot_challenge",
    [{"intent": "bot_challenge", "regex": "wens_om_mens"}],
    [{"intent": "bot_challenge", "regex": "", "becomes": "contact_persoon"}],
])
def test_an_incomplete_override_in_config_is_refused(tmp_path, overrides):
    with pytest.raises(IntentOverrideInvalid):
        RegexIntentOverride.create({"overrides": overrides}, LocalModelStorage(tmp_path), Resource("x"), _context())
