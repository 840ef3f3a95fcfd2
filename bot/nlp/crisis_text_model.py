"""A small text classifier for CrisisGuard: logistic regression over hashed word and character n-grams.

Trained on the crisis examples' ``soort`` (data/nlu/crisis.yml), it says which kind a crisis is when the
intent classifier, not a pattern, found it: the student then still gets the right number first.
(A per-sentence crisis-or-not model on the same features was tried for long stories: on the development
set it caught no extra crisis and added false alarms, so it was dropped.)

Hashing needs no vocabulary, so the saved model is numbers only (numpy arrays, no pickle): loading a model
file can never run code.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import List, Sequence

import numpy as np
from scipy import sparse

N_FEATURES = 2**16


def _vectorizers():
    from sklearn.feature_extraction.text import HashingVectorizer

    common = dict(n_features=N_FEATURES, alternate_sign=False, norm=None, binary=True, lowercase=True)
    return (
        HashingVectorizer(analyzer="word", ngram_range=(1, 2), token_pattern=r"(?u)\b\w+\b", **common),
        HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), **common),
    )


def features(texts: Sequence[str]) -> sparse.csr_matrix:
    word, char = _vectorizers()
    matrix = sparse.hstack([word.transform(texts), char.transform(texts)]).tocsr()
    norms = np.sqrt(matrix.multiply(matrix).sum(axis=1)).A1
    norms[norms == 0] = 1.0
    return sparse.diags(1.0 / norms) @ matrix


@dataclass
class LinearTextModel:
    classes: List[str]
    coef: np.ndarray  # (1, n) for two classes, (k, n) for more
    intercept: np.ndarray

    @classmethod
    def train(cls, texts: Sequence[str], labels: Sequence[str], C: float = 10.0, seed: int = 42) -> "LinearTextModel":
        from sklearn.linear_model import LogisticRegression

        # liblinear: a second or two on the training data (lbfgs took up to a minute on a busy machine)
        model = LogisticRegression(C=C, solver="liblinear", max_iter=3000, class_weight="balanced", random_state=seed)
        model.fit(features(texts), list(labels))
        return cls([str(c) for c in model.classes_], model.coef_.astype(np.float32), model.intercept_.astype(np.float32))

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), len(classes)) class probabilities."""
        if not texts:
            return np.zeros((0, len(self.classes)))
        scores = features(texts) @ self.coef.T + self.intercept
        scores = np.asarray(scores)
        if len(self.classes) == 2:
            positive = 1.0 / (1.0 + np.exp(-scores[:, 0]))
            return np.column_stack([1.0 - positive, positive])
        # One-vs-rest (liblinear): each class its own sigmoid, normalised, as scikit-learn's predict_proba.
        ovr = 1.0 / (1.0 + np.exp(-scores))
        return ovr / ovr.sum(axis=1, keepdims=True)

    def probability(self, texts: Sequence[str], label: str) -> np.ndarray:
        return self.probabilities(texts)[:, self.classes.index(label)] if texts else np.zeros(0)

    def save(self, path: Path) -> None:
        np.savez_compressed(path, classes=np.array(self.classes), coef=self.coef, intercept=self.intercept)

    @classmethod
    def load(cls, path: Path) -> "LinearTextModel":
        with np.load(path, allow_pickle=False) as data:
            return cls([str(c) for c in data["classes"]], data["coef"], data["intercept"])
