"""Load the spaCy pipeline once per process, not once per graph node.

Rasa 3.6's model graph has two nodes for SpacyNLP (``provide_SpacyNLP0``, which hands the pipeline to the
tokenizer and featurisers, and ``run_SpacyNLP0``); each calls ``SpacyNLP.load_model`` and so ``spacy.load``,
and the second copy is never used for a message. That cost 2.7 s of CPU and about 70 MB per server process
at start (docs/setup-figures.md). Here the first load for a model name is kept and handed to the second
node: the same pipeline object, which SpacyNLP only reads, so every message is processed as before.
"""
from __future__ import annotations

from typing import Dict, Text

from rasa.nlu.utils.spacy_utils import SpacyModel, SpacyNLP

_load_model = SpacyNLP.load_model
_loaded: Dict[Text, SpacyModel] = {}


def load_model_once(spacy_model_name: Text) -> SpacyModel:
    model = _loaded.get(spacy_model_name)
    if model is None:
        model = _loaded[spacy_model_name] = _load_model(spacy_model_name)  # Rasa's checks and errors
    return model


def load_spacy_once() -> None:
    SpacyNLP.load_model = staticmethod(load_model_once)  # type: ignore[method-assign]
