"""Crisis always wins, also when the intent classifier hesitates.

Runs after the intent classifier and FallbackClassifier. A message becomes intent ``crisis`` when
- it matches one of the ``crisis_signaal`` regexes in the NLU training data (data/nlu/crisis.yml), or
- the classifier gave ``crisis`` at least ``min_confidence``, even when another intent scored higher
  or FallbackClassifier turned the prediction into ``nlu_fallback``.

Why: a crisis message that ends up as "say it differently" or as a budget-coach answer leaves a student
in danger without 113/112. A false alarm costs one kind message with phone numbers; a miss can cost a
life. The patterns are data, so a school can add phrasings without touching Python.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.exceptions import FileIOException
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from rasa.shared.utils.io import read_json_file, dump_obj_as_json_to_file

PATTERNS_FILE = "crisis_patterns.json"


class CrisisPatternsMissing(RuntimeError):
    """The trained model lacks the crisis patterns: retrain rather than run without them."""


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class CrisisGuard(GraphComponent, IntentClassifier):
    """Overrides the predicted intent with ``crisis`` on a crisis signal."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "intent": "crisis",
            # name of the regex blocks in the training data that signal a crisis
            "regex_name": "crisis_signaal",
            # classifier confidence for `intent` from which it wins over the top intent
            "min_confidence": 0.2,
        }

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        patterns: Optional[List[Text]] = None,
    ) -> None:
        self._config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self._patterns = list(patterns or [])
        self._compiled = [re.compile(p, re.IGNORECASE) for p in self._patterns]

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "CrisisGuard":
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        self._patterns = [
            feature["pattern"]
            for feature in training_data.regex_features
            if feature.get("name") == self._config["regex_name"]
        ]
        self._compiled = [re.compile(p, re.IGNORECASE) for p in self._patterns]
        with self._model_storage.write_to(self._resource) as directory:
            dump_obj_as_json_to_file(directory / PATTERNS_FILE, self._patterns)
        return self._resource

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "CrisisGuard":
        # A guard without its patterns would silently stop recognising crisis messages by their words:
        # refuse to start instead.
        try:
            with model_storage.read_from(resource) as directory:
                patterns = read_json_file(directory / PATTERNS_FILE)
        except (ValueError, FileNotFoundError, FileIOException) as error:
            raise CrisisPatternsMissing(f"the model has no crisis patterns ({error}); run `make train`") from error
        return cls(config, model_storage, resource, patterns)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            if self._is_crisis(message):
                self._mark_crisis(message)
        return messages

    def _is_crisis(self, message: Message) -> bool:
        intent = message.get(INTENT) or {}
        if intent.get(INTENT_NAME_KEY) == self._config["intent"]:
            return False  # already right, keep the classifier's confidence
        text = message.get(TEXT) or ""
        if any(pattern.search(text) for pattern in self._compiled):
            return True
        return self._crisis_confidence(message) >= self._config["min_confidence"]

    def _crisis_confidence(self, message: Message) -> float:
        for candidate in message.get(INTENT_RANKING_KEY) or []:
            if candidate.get(INTENT_NAME_KEY) == self._config["intent"]:
                return float(candidate.get(PREDICTED_CONFIDENCE_KEY) or 0.0)
        return 0.0

    def _mark_crisis(self, message: Message) -> None:
        crisis = {INTENT_NAME_KEY: self._config["intent"], PREDICTED_CONFIDENCE_KEY: 1.0}
        ranking = [
            candidate
            for candidate in message.get(INTENT_RANKING_KEY) or []
            if candidate.get(INTENT_NAME_KEY) != self._config["intent"]
        ]
        message.set(INTENT, crisis, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [crisis, *ranking], add_to_output=True)
