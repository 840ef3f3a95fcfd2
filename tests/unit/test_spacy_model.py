"""The server loads its spaCy pipeline once (bot/runtime/spacy_model.py), with Rasa's own checks."""
import pytest
from rasa.nlu.utils.spacy_utils import SpacyNLP
from rasa.nlu.model import InvalidModelError

from bot.nlp.spacy_pipeline import ROOT, resolve
from bot.runtime import spacy_model


@pytest.fixture
def loaded_once():
    original = SpacyNLP.load_model
    spacy_model.load_spacy_once()
    yield
    SpacyNLP.load_model = original


def test_both_graph_nodes_get_the_same_pipeline(loaded_once) -> None:
    active = resolve()
    name = str(ROOT / active.model) if active.is_fallback else active.model
    first, second = SpacyNLP.load_model(name), SpacyNLP.load_model(name)
    assert first is second
    assert [token.text for token in first.model("ik heb geen laptop")] == ["ik", "heb", "geen", "laptop"]


def test_a_missing_model_still_fails_as_in_rasa(loaded_once) -> None:
    with pytest.raises(InvalidModelError):
        SpacyNLP.load_model("no_such_spacy_model")
    with pytest.raises(InvalidModelError):
        SpacyNLP.load_model("")
