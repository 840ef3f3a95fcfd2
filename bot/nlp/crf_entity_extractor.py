"""Rasa's CRFEntityExtractor, with the trained CRF kept in the model instead of trained again at every start.

Rasa 3.6's ``CRFEntityExtractor`` persists only its training set (``crf_dataset.json``) and, in ``load``,
trains the CRF on it again (rasa/nlu/extractors/crf_entity_extractor.py): Rasa stopped pickling the model,
and did not store crfsuite's own model file instead. On Kansenbot's data that retraining was about 13 s of
the Rasa server's 31 s of CPU to ready, in every server process and every Sanic worker
(docs/setup-figures.md, "Time to ready").

This subclass also stores crfsuite's model file for each tagger (crfsuite's own binary format, read by its
C library; no pickle, so loading it runs no code from the file) and loads the taggers from those bytes.
The CRF is the one training made: crfsuite's L-BFGS training is deterministic, so it is the model Rasa's
load would have trained again from the same data (tests/unit/test_crf_entity_extractor.py compares
their predictions, and docs/setup-figures.md the NLU output of the whole model). A model trained before
this component existed has no model files: it is loaded as Rasa loads it, by training again.
"""
from __future__ import annotations

import json
import logging
from collections import OrderedDict
from pathlib import Path
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.crf_entity_extractor import CRFEntityExtractor, CRFToken
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

logger = logging.getLogger(__name__)

# A block of training examples whose entities were never annotated says so in its metadata
# (``entiteiten_geannoteerd: false``; data/nlu/ontwikkel_*.yml, written by scripts/import_dev_sets.py). The intent
# classifier learns from them; the CRF must not: to it every word of an example is "no entity", so "mijn dochter"
# or "in teams" there would teach it that a role or a tool is none (a test story lost its role this way).
ANNOTATED_KEY = "entiteiten_geannoteerd"


def annotated(message: Message) -> bool:
    """Whether the message's entities were annotated (every hand-written example; not an imported one)."""
    metadata = message.get("metadata") or {}
    return all(
        not isinstance(metadata.get(level), dict) or metadata[level].get(ANNOTATED_KEY, True) is not False
        for level in ("intent", "example")
    )


# Which model file holds which tagger (tag names such as "entity", "role", "group"), in Rasa's crf_order.
TAGGER_INDEX = "crf_taggers.json"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=True)
class StoredCRFEntityExtractor(CRFEntityExtractor):
    """CRFEntityExtractor whose trained taggers are part of the model (same predictions, no training at load)."""

    def train(self, training_data: TrainingData) -> Resource:
        kept = [message for message in training_data.training_examples if annotated(message)]
        if len(kept) < len(training_data.training_examples):
            training_data = TrainingData(
                training_examples=kept,
                entity_synonyms=training_data.entity_synonyms,
                regex_features=training_data.regex_features,
                lookup_tables=training_data.lookup_tables,
            )
        return super().train(training_data)

    def persist(self, dataset: List[List[CRFToken]]) -> None:
        super().persist(dataset)  # the training set as Rasa stores it: older code can still load the model
        if not self.entity_taggers:
            return
        with self._model_storage.write_to(self._resource) as model_dir:
            files: Dict[Text, Text] = {}
            for number, (tag_name, tagger) in enumerate(self.entity_taggers.items()):
                files[tag_name] = f"crf_tagger_{number}.crfsuite"
                (model_dir / files[tag_name]).write_bytes(Path(tagger.modelfile.name).read_bytes())
            (model_dir / TAGGER_INDEX).write_text(json.dumps(files), encoding="utf-8")

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> CRFEntityExtractor:
        taggers = cls._stored_taggers(model_storage, resource)
        if taggers is None:
            return super().load(config, model_storage, resource, execution_context, **kwargs)
        extractor = cls(config, model_storage, resource, taggers)
        extractor.crf_order = list(taggers)
        return extractor

    @staticmethod
    def _stored_taggers(model_storage: ModelStorage, resource: Resource) -> Optional["OrderedDict[Text, Any]"]:
        """The trained taggers from the model, in Rasa's crf_order; None when the model has none stored."""
        import pycrfsuite
        import sklearn_crfsuite

        try:
            with model_storage.read_from(resource) as model_dir:
                index = model_dir / TAGGER_INDEX
                if not index.exists():
                    return None
                crf_order = json.loads((model_dir / "crf_order.json").read_text(encoding="utf-8"))
                files = json.loads(index.read_text(encoding="utf-8"))
                taggers: "OrderedDict[Text, Any]" = OrderedDict()
                for tag_name in crf_order:
                    crf = sklearn_crfsuite.CRF()
                    # The model directory is temporary (Rasa unpacks the archive for loading only), so the
                    # tagger reads the model from memory; sklearn-crfsuite uses a set tagger as is.
                    # crfsuite reads the model in place without copying it, and python-crfsuite keeps no
                    # reference to the bytes: the CRF object holds them for as long as it holds the tagger.
                    crf._kansenbot_model = (model_dir / files[tag_name]).read_bytes()
                    tagger = pycrfsuite.Tagger()
                    tagger.open_inmemory(crf._kansenbot_model)
                    crf._tagger = tagger
                    taggers[tag_name] = crf
                return taggers
        except ValueError:  # no such resource in the model: Rasa's load says so and returns an empty extractor
            return None
