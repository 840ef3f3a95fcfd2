"""Intent classifier: TF-IDF weighting plus logistic regression over the pipeline's sparse features.

Rasa's LogisticRegressionClassifier fits on raw counts with a fixed C=1. On short chat messages that
lets long messages and frequent character n-grams dominate: on our data it scored below a plain
TF-IDF + logistic regression baseline (docs/nlu-benchmark.md). This subclass keeps everything Rasa
does (features from the featurizers before it, intent ranking, persistence with skops) and only puts
a sublinear TF-IDF transform in front of a logistic regression whose C is configurable.

It also refuses to start without its trained classifier: the parent silently creates an untrained one
when loading fails, and every message would then crash at prediction time.

Prediction skips work that does not change a number (profiled with scripts/profile_turn.py: 3.7 ms of a
turn's CPU, now about 0.5 ms): the message's sentence features are stacked once instead of through
Rasa's feature-combining helpers, and the TF-IDF and softmax steps run the same scikit-learn functions
without re-validating input that the pipeline itself built. The probabilities are bit for bit those of
``Pipeline.predict_proba`` (tests/unit/test_intent_classifier.py compares them).
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

import numpy as np
import scipy.sparse

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.utils.tensorflow.constants import RANKING_LENGTH
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.utils.extmath import safe_sparse_dot, softmax
from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2


# skops refuses to load any type it does not know. The TF-IDF step keeps its idf weights as a scipy
# sparse matrix: plain numbers, safe to load. Anything else in the file is refused.
TRUSTED_TYPES = ["scipy.sparse._csr.csr_matrix"]


class ClassifierNotTrained(RuntimeError):
    """The model holds no trained intent classifier: retrain instead of answering at random."""


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class TfidfLogisticRegressionClassifier(LogisticRegressionClassifier):
    """Logistic regression on TF-IDF weighted sparse features."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            **LogisticRegressionClassifier.get_default_config(),
            "max_iter": 3000,
            # Inverse regularisation strength; chosen by cross-validation on the training data
            # (scripts/cv_nlu.py), never on the held-out sets.
            "C": 10.0,
            # log(1 + count): a word typed three times is not three times as telling.
            "sublinear_tf": True,
        }

    def __init__(
        self,
        config: Dict[Text, Any],
        name: Text,
        model_storage: ModelStorage,
        resource: Resource,
    ) -> None:
        super().__init__(config, name, model_storage, resource)
        self.config = {**self.get_default_config(), **config}
        self.clf = Pipeline(
            [
                ("tfidf", TfidfTransformer(sublinear_tf=self.config["sublinear_tf"])),
                (
                    "logreg",
                    LogisticRegression(
                        C=self.config["C"],
                        solver=self.config["solver"],
                        max_iter=self.config["max_iter"],
                        tol=self.config["tol"],
                        random_state=self.config["random_state"],
                        # Intents have 28-110 examples; without weights the big ones swallow the small.
                        class_weight="balanced",
                    ),
                ),
            ]
        )

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "TfidfLogisticRegressionClassifier":
        import skops.io as sio

        try:
            with model_storage.read_from(resource) as model_dir:
                path = model_dir / f"{resource.name}.skops"
                untrusted = sorted(set(sio.get_untrusted_types(file=path)) - set(TRUSTED_TYPES))
                if untrusted:
                    raise ClassifierNotTrained(f"{path.name} holds types that are not trusted: {untrusted}")
                classifier = sio.load(path, trusted=TRUSTED_TYPES)
        except (ValueError, FileNotFoundError) as error:  # no such resource in the model
            raise ClassifierNotTrained(
                f"the model has no trained intent classifier ({error}); run `make train`"
            ) from error
        component = cls(config, execution_context.node_name, model_storage, resource)
        component.clf = classifier
        return component

    # ------------------------------------------------------------------------------------ prediction
    def _sentence_matrix(self, messages: List[Message]) -> Optional[scipy.sparse.csr_matrix]:
        """The rows ``_create_X`` builds, stacked directly; None when a message has dense features too."""
        rows = []
        for message in messages:
            parts = [feature.features for feature in message.features
                     if feature.attribute == TEXT and feature.type == FEATURE_TYPE_SENTENCE]
            if not parts or any(not scipy.sparse.issparse(part) for part in parts):
                return None
            rows.append(scipy.sparse.hstack(parts).tocsr())
        return rows[0] if len(rows) == 1 else scipy.sparse.vstack(rows).tocsr()

    def _weights_by_feature(self, logreg: LogisticRegression) -> np.ndarray:
        """``coef_.T`` as a C-ordered copy, made once per fitted model: scipy's sparse-times-dense product
        ravels its dense operand, and the transposed view is not C-ordered, so it copied every weight
        (features x intents) on every message: 2.7 ms of a turn's CPU (scripts/profile_turn.py --by-node).
        The same numbers in the same order, so the product is bit for bit the same."""
        cached = getattr(self, "_weights_cache", None)
        if cached is None or cached[0] is not logreg.coef_:
            cached = (logreg.coef_, np.ascontiguousarray(logreg.coef_.T))
            self._weights_cache = cached
        return cached[1]

    def _fast_probabilities(self, X: scipy.sparse.csr_matrix) -> Optional[np.ndarray]:
        """TfidfTransformer.transform + LogisticRegression.predict_proba (scikit-learn 1.1) without input
        validation; None when the fitted models are of a kind these steps do not cover."""
        steps = getattr(self.clf, "named_steps", {})
        tfidf, logreg = steps.get("tfidf"), steps.get("logreg")
        if not (isinstance(tfidf, TfidfTransformer) and isinstance(logreg, LogisticRegression)
                and tfidf.use_idf and tfidf.norm == "l2" and logreg.classes_.size > 2
                and logreg.multi_class in ("auto", "multinomial") and logreg.solver != "liblinear"):
            return None
        X = X.astype(np.float64, copy=True)
        if tfidf.sublinear_tf:
            np.log(X.data, X.data)
            X.data += 1
        X = X * tfidf._idf_diag
        inplace_csr_row_normalize_l2(X)
        scores = safe_sparse_dot(X, self._weights_by_feature(logreg), dense_output=True) + logreg.intercept_
        return softmax(scores, copy=False)

    def predict_probabilities(self, messages: List[Message]) -> np.ndarray:
        X = self._sentence_matrix(messages)
        probabilities = self._fast_probabilities(X) if X is not None else None
        if probabilities is None:
            probabilities = self.clf.predict_proba(self._create_X(messages))
        return probabilities

    def process(self, messages: List[Message]) -> List[Message]:
        """The parent's ``process`` (same ranking, same output), on the probabilities above."""
        if not messages:
            return messages
        probabilities = self.predict_probabilities(messages)
        intents = self.clf.classes_
        for row, message in zip(probabilities, messages):
            ranking = sorted(({"name": name, "confidence": value} for name, value in zip(intents, row)),
                             key=lambda entry: -entry["confidence"])
            intent = ranking[0]
            if self.config[RANKING_LENGTH] > 0:
                ranking = ranking[: self.config[RANKING_LENGTH]]
            message.set("intent", intent, add_to_output=True)
            message.set("intent_ranking", ranking, add_to_output=True)
        return messages

