"""The server's RegexFeaturizer features (bot/runtime/regex_features.py) are exactly Rasa's own."""
import copy

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.nlu.featurizers.sparse_featurizer.regex_featurizer import RegexFeaturizer
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.runtime.regex_features import features_for_patterns, original_features_for_patterns

# Like the lookup tables and regexes of data/nlu: word alternations, a number pattern, a pattern that
# matches across tokens, one that matches inside a token, and a name used twice (the later one decides).
PATTERNS = [
    {"name": "gemeente", "pattern": r"(\bAmsterdam\b|\bDen Haag\b|\bBest\b)"},
    {"name": "telefoon", "pattern": r"\b06[- ]?\d{8}\b"},
    {"name": "laptop", "pattern": r"lap\s?top"},
    {"name": "dubbel", "pattern": r"geld"},
    {"name": "dubbel", "pattern": r"zorgen"},
    {"name": "nooit", "pattern": r"xyzzy"},
]
TEXTS = [
    "ik woon in Den Haag en heb geen laptop",
    "bel me op 06-12345678 of 0612345678",
    "ik heb geldzorgen in best en Best",
    "lap top stuk, laptoplaptop",
    "zorgen",
    "geen geld",  # the first "dubbel" matches, the later one does not: False, as in Rasa
    "hoi",
]


def _featurizer(case_sensitive: bool) -> RegexFeaturizer:
    config = {**RegexFeaturizer.get_default_config(), "case_sensitive": case_sensitive}
    return RegexFeaturizer(config, model_storage=None, resource=None,
                           execution_context=ExecutionContext(GraphSchema({}), node_name="regex"),
                           known_patterns=copy.deepcopy(PATTERNS))


def _tokenised(text: str) -> Message:
    message = Message.build(text=text)
    WhitespaceTokenizer(WhitespaceTokenizer.get_default_config()).process([message])
    return message


@pytest.mark.parametrize("case_sensitive", [True, False])
@pytest.mark.parametrize("text", TEXTS)
def test_same_features_and_token_marks_as_rasa(text: str, case_sensitive: bool) -> None:
    featurizer = _featurizer(case_sensitive)
    rasa_message, fast_message = _tokenised(text), _tokenised(text)
    rasa_sequence, rasa_sentence = original_features_for_patterns(featurizer, rasa_message, TEXT)
    fast_sequence, fast_sentence = features_for_patterns(featurizer, fast_message, TEXT)

    assert (fast_sequence.toarray() == rasa_sequence.toarray()).all()
    assert (fast_sentence.toarray() == rasa_sentence.toarray()).all()
    assert fast_sequence.shape == rasa_sequence.shape and fast_sentence.shape == rasa_sentence.shape
    rasa_marks = [list(token.get("pattern").items()) for token in rasa_message.get("text_tokens")]
    fast_marks = [list(token.get("pattern").items()) for token in fast_message.get("text_tokens")]
    assert fast_marks == rasa_marks
    assert (fast_sentence.toarray().any()) == (text not in ("hoi",))


def test_empty_text_gives_no_features() -> None:
    featurizer = _featurizer(False)
    assert features_for_patterns(featurizer, Message.build(text=""), TEXT) == (None, None)
