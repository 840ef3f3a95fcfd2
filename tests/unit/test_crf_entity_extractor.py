"""The CRF entity extractor keeps its trained taggers in the model: loading it trains nothing and predicts
exactly what Rasa's own load (which trains the CRF again from the stored training set) predicts."""
from pathlib import Path

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.extractors.crf_entity_extractor import CRFEntityExtractor
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import CountVectorsFeaturizer
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlp.crf_entity_extractor import TAGGER_INDEX, StoredCRFEntityExtractor, annotated

# (text, [(start, end, entity, role)])
EXAMPLES = [
    ("mijn laptop is kapot", [(5, 11, "tool", None)]),
    ("ik kan niet inloggen op teams", [(24, 29, "tool", None)]),
    ("teams doet het niet", [(0, 5, "tool", None)]),
    ("ik heb geen laptop voor school", [(12, 18, "tool", None)]),
    ("hoe werkt outlook", [(10, 17, "tool", None)]),
    ("outlook is stuk", [(0, 7, "tool", None)]),
    ("ik ben docent", [(7, 13, "rol", "gebruiker")]),
    ("als docent wil ik weten", [(4, 10, "rol", "gebruiker")]),
    ("ik ben student", [(7, 14, "rol", "gebruiker")]),
    ("ik ben een student bij jullie", [(11, 18, "rol", "gebruiker")]),
    ("hallo", []),
    ("dank je wel", []),
]
PROBES = [text for text, _ in EXAMPLES] + ["mijn outlook doet het niet", "ik ben docent en teams is stuk", "laptop kapot", "hallo daar", "student"]


def _context(name: str = "crf") -> ExecutionContext:
    return ExecutionContext(GraphSchema({}), node_name=name)


class Featurised:
    """Tokens and sparse features, as the pipeline gives the CRF (it skips a message without features)."""

    def __init__(self, storage: LocalModelStorage, training: TrainingData) -> None:
        self.tokenizer = WhitespaceTokenizer(WhitespaceTokenizer.get_default_config())
        self.featurizer = CountVectorsFeaturizer.create(
            CountVectorsFeaturizer.get_default_config(), storage, Resource("featurizer"), _context("featurizer"))
        self.tokenizer.process_training_data(training)
        self.featurizer.train(training)
        self.featurizer.process_training_data(training)

    def process(self, messages) -> None:
        self.tokenizer.process(messages)
        self.featurizer.process(messages)


def _message(text: str, spans) -> Message:
    entities = [{"start": start, "end": end, "value": text[start:end], "entity": entity, **({"role": role} if role else {})}
                for start, end, entity, role in spans]
    return Message.build(text=text, intent="any", entities=entities)


@pytest.fixture
def trained(tmp_path: Path):
    storage = LocalModelStorage(tmp_path)
    training = TrainingData([_message(text, spans) for text, spans in EXAMPLES])
    tokenizer = Featurised(storage, training)
    resource = Resource("crf")
    config = StoredCRFEntityExtractor.get_default_config()
    StoredCRFEntityExtractor.create(config, storage, resource, _context()).train(training)
    return storage, resource, config, tokenizer


def _entities(extractor, tokenizer, text: str):
    """What the extractor finds, without its name (the one thing that differs: each names its own class)."""
    message = Message.build(text=text)
    tokenizer.process([message])
    extractor.process([message])
    entities = message.get("entities")
    assert all(entity["extractor"] == type(extractor).__name__ for entity in entities)
    return [{key: value for key, value in entity.items() if key != "extractor"} for entity in entities]


def test_the_stored_taggers_load_without_training_and_predict_what_rasas_retraining_predicts(trained, monkeypatch):
    storage, resource, config, tokenizer = trained
    retrained = CRFEntityExtractor.load(config, storage, resource, _context())  # Rasa: trains again

    def no_training(*_args, **_kwargs):
        raise AssertionError("the stored CRF was trained again at load")

    monkeypatch.setattr(CRFEntityExtractor, "train_model", classmethod(no_training))
    loaded = StoredCRFEntityExtractor.load(config, storage, resource, _context())
    assert loaded.crf_order == retrained.crf_order == ["entity", "role"]
    found = [_entities(loaded, tokenizer, text) for text in PROBES]
    assert found == [_entities(retrained, tokenizer, text) for text in PROBES]
    assert any(entity["entity"] == "tool" for entities in found for entity in entities)  # it does find something
    assert any(entity.get("role") == "gebruiker" for entities in found for entity in entities)


def test_a_model_without_stored_taggers_is_loaded_as_rasa_loads_it(trained):
    storage, resource, config, tokenizer = trained
    with storage.write_to(resource) as model_dir:  # as a model trained by Rasa's own CRFEntityExtractor
        (model_dir / TAGGER_INDEX).unlink()
    loaded = StoredCRFEntityExtractor.load(config, storage, resource, _context())
    assert loaded.crf_order == ["entity", "role"]
    assert [entity["entity"] for entity in _entities(loaded, tokenizer, "mijn laptop is kapot")] == ["tool"]


def test_a_model_without_the_component_gives_an_extractor_that_finds_nothing(tmp_path):
    storage = LocalModelStorage(tmp_path)
    tokenizer = Featurised(storage, TrainingData([_message(text, spans) for text, spans in EXAMPLES]))
    config = StoredCRFEntityExtractor.get_default_config()
    loaded = StoredCRFEntityExtractor.load(config, storage, Resource("missing"), _context())
    assert _entities(loaded, tokenizer, "mijn laptop is kapot") == []


def _trained_with_unannotated(tmp_path: Path, flagged: bool):
    """The examples above plus many imported ones that name teams without an annotation."""
    tmp_path.mkdir()
    storage = LocalModelStorage(tmp_path)
    imported = [
        Message.build(text=f"teams {word} het niet", intent="any")
        for word in ("doet", "werkt", "laadt", "start", "opent", "toont", "speelt", "deelt", "geeft", "zegt", "pakt", "vindt")
    ]
    if flagged:
        for message in imported:
            message.set("metadata", {"intent": {"entiteiten_geannoteerd": False}})
    training = TrainingData([_message(text, spans) for text, spans in EXAMPLES] + imported)
    tokenizer = Featurised(storage, training)
    config = StoredCRFEntityExtractor.get_default_config()
    StoredCRFEntityExtractor.create(config, storage, Resource("crf"), _context()).train(training)
    return StoredCRFEntityExtractor.load(config, storage, Resource("crf"), _context()), tokenizer


def test_examples_marked_as_not_annotated_do_not_teach_the_crf_that_their_words_are_no_entities(tmp_path):
    unflagged, tokenizer = _trained_with_unannotated(tmp_path / "unflagged", flagged=False)
    assert _entities(unflagged, tokenizer, "teams doet het niet") == []  # what the flag prevents
    flagged, tokenizer = _trained_with_unannotated(tmp_path / "flagged", flagged=True)
    assert [entity["entity"] for entity in _entities(flagged, tokenizer, "teams doet het niet")] == ["tool"]


@pytest.mark.parametrize("metadata, expected", [
    (None, True),
    ({"intent": {"soort": "zelfdoding"}}, True),
    ({"intent": {"entiteiten_geannoteerd": False}}, False),
    ({"example": {"entiteiten_geannoteerd": False}}, False),
    ({"intent": {"entiteiten_geannoteerd": True}}, True),
])
def test_annotated_reads_the_block_or_example_metadata(metadata, expected):
    message = Message.build(text="hallo", intent="any")
    if metadata is not None:
        message.set("metadata", metadata)
    assert annotated(message) is expected
