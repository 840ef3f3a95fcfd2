"""The TF-IDF logistic-regression intent classifier, run as Rasa runs it: train, persist, load, predict."""
from pathlib import Path

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import CountVectorsFeaturizer
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlp.intent_classifier import ClassifierNotTrained, TfidfLogisticRegressionClassifier

EXAMPLES = {
    "geen_laptop": ["ik heb geen laptop", "mijn laptop is kapot", "laptop stuk", "kan ik een laptop lenen"],
    "geldzorgen": ["ik heb geldzorgen", "ik heb schulden", "geen geld voor boeken", "budgetcoach"],
    "greet": ["hoi", "hallo", "goedemorgen", "hey"],
}


def _context(name: str) -> ExecutionContext:
    return ExecutionContext(GraphSchema({}), node_name=name)


def _featurised(storage: LocalModelStorage):
    tokenizer = WhitespaceTokenizer(WhitespaceTokenizer.get_default_config())
    featurizer = CountVectorsFeaturizer.create(
        {**CountVectorsFeaturizer.get_default_config(), "analyzer": "char_wb", "min_ngram": 2, "max_ngram": 4},
        storage,
        Resource("featurizer"),
        _context("featurizer"),
    )
    return tokenizer, featurizer


@pytest.fixture
def trained(tmp_path: Path):
    storage = LocalModelStorage(tmp_path)
    training = TrainingData(
        [Message.build(text=text, intent=intent) for intent, texts in EXAMPLES.items() for text in texts]
    )
    tokenizer, featurizer = _featurised(storage)
    tokenizer.process_training_data(training)
    featurizer.train(training)
    featurizer.process_training_data(training)
    resource = Resource("intent_classifier")
    classifier = TfidfLogisticRegressionClassifier.create(
        TfidfLogisticRegressionClassifier.get_default_config(), storage, resource, _context("intent_classifier")
    )
    classifier.train(training)
    return storage, resource, tokenizer, featurizer


def _predict(classifier, tokenizer, featurizer, text: str) -> dict:
    message = Message.build(text=text)
    tokenizer.process([message])
    featurizer.process([message])
    classifier.process([message])
    return message.as_dict_nlu()


def test_a_persisted_classifier_loads_and_ranks_the_right_intent_first(trained):
    storage, resource, tokenizer, featurizer = trained
    loaded = TfidfLogisticRegressionClassifier.load(
        TfidfLogisticRegressionClassifier.get_default_config(), storage, resource, _context("intent_classifier")
    )
    parsed = _predict(loaded, tokenizer, featurizer, "mijn lapt0p is stuk")
    assert parsed["intent"]["name"] == "geen_laptop"
    ranking = parsed["intent_ranking"]
    assert [entry["name"] for entry in ranking][:1] == ["geen_laptop"]
    assert abs(sum(entry["confidence"] for entry in ranking) - 1.0) < 1e-6
    assert _predict(loaded, tokenizer, featurizer, "hallo daar")["intent"]["name"] == "greet"


def test_tfidf_and_regularisation_are_configurable(trained):
    storage, resource, *_ = trained
    classifier = TfidfLogisticRegressionClassifier.create(
        {"C": 0.5, "sublinear_tf": False}, storage, resource, _context("intent_classifier")
    )
    assert classifier.clf.named_steps["logreg"].C == 0.5
    assert classifier.clf.named_steps["tfidf"].sublinear_tf is False
    assert classifier.clf.named_steps["logreg"].class_weight == "balanced"


def test_a_model_without_a_trained_classifier_refuses_to_load_instead_of_guessing(tmp_path: Path):
    # Rasa's own LogisticRegressionClassifier would return an untrained classifier here, which then
    # fails on the first student message.
    with pytest.raises(ClassifierNotTrained, match="make train"):
        TfidfLogisticRegressionClassifier.load(
            {}, LocalModelStorage(tmp_path), Resource("missing"), _context("intent_classifier")
        )


def test_a_classifier_file_with_other_untrusted_types_is_refused(trained, monkeypatch):
    storage, resource, *_ = trained
    import skops.io as sio

    monkeypatch.setattr(sio, "get_untrusted_types", lambda file: ["scipy.sparse._csr.csr_matrix", "os.system"])
    with pytest.raises(ClassifierNotTrained, match="os.system"):
        TfidfLogisticRegressionClassifier.load({}, storage, resource, _context("intent_classifier"))


def test_predictions_are_bit_for_bit_those_of_the_scikit_learn_pipeline(trained):
    # process() skips scikit-learn's input checks and Rasa's feature-combining helpers for speed; the
    # numbers must stay exactly what Pipeline.predict_proba computes on Rasa's own feature matrix.
    import numpy as np

    storage, resource, tokenizer, featurizer = trained
    classifier = TfidfLogisticRegressionClassifier.load(
        TfidfLogisticRegressionClassifier.get_default_config(), storage, resource, _context("intent_classifier")
    )
    texts = [text for texts in EXAMPLES.values() for text in texts] + ["laptoppp kapot geld", "???", "hoi hoi hoi"]
    messages = []
    for text in texts:
        message = Message.build(text=text)
        tokenizer.process([message])
        featurizer.process([message])
        messages.append(message)
    assert classifier._fast_probabilities(classifier._sentence_matrix(messages[:1])) is not None
    for message in messages:
        expected = classifier.clf.predict_proba(classifier._create_X([message]))
        assert np.array_equal(classifier.predict_probabilities([message]), expected)
    assert np.array_equal(classifier.predict_probabilities(messages), classifier.clf.predict_proba(classifier._create_X(messages)))
    # And process() ranks them as Rasa's LogisticRegressionClassifier.process does.
    from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier

    ours = [Message(data=dict(message.data), features=list(message.features)) for message in messages]
    rasas = [Message(data=dict(message.data), features=list(message.features)) for message in messages]
    classifier.process(ours)
    LogisticRegressionClassifier.process(classifier, rasas)
    assert [m.get("intent_ranking") for m in ours] == [m.get("intent_ranking") for m in rasas]
    assert [m.get("intent") for m in ours] == [m.get("intent") for m in rasas]
