"""When a message also says what it really needs, answer that need: an intent overridden by a named regex.

"ben je een robot? ik wil een mens" is a bot question to the classifier (the words robot and bot weigh
most), but the student asks for a person: the bot's answer only offers one behind a button. Training
examples cannot fix this without pulling real bot questions ("ben je een bot of een mens?") the other way,
so the rule lives here, as data:

    - name: bot.nlp.intent_override.RegexIntentOverride
      overrides:
        - {intent: bot_challenge, regex: vraag_om_mens, becomes: contact_persoon}

``regex`` names a regex block of data/nlu (the same patterns feed RegexFeaturizer). An override applies
only when the predicted intent is ``intent`` and one of the block's patterns matches (case-insensitive).
Training fails when a named block is missing, and the patterns are saved in the model, so a model never
runs with an override that silently matches nothing. Runs before CrisisGuard: crisis still wins.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from rasa.shared.utils.io import dump_obj_as_json_to_file, read_json_file

OVERRIDES_FILE = "intent_overrides.json"
KEYS = ("intent", "regex", "becomes")


class IntentOverrideInvalid(ValueError):
    """config.yml names an override that is incomplete or a regex block that data/nlu does not have."""


def checked_overrides(overrides: Any) -> List[Dict[str, str]]:
    if not isinstance(overrides, list) or any(
        not isinstance(o, dict) or any(not isinstance(o.get(k), str) or not o.get(k) for k in KEYS) for o in overrides
    ):
        raise IntentOverrideInvalid(f"'overrides' must be a list of {{{', '.join(KEYS)}}} with text values")
    return [{k: o[k] for k in KEYS} for o in overrides]


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class RegexIntentOverride(GraphComponent, IntentClassifier):
    """Replaces a predicted intent by another when a named regex of the training data matches."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"overrides": []}

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 rules: Optional[List[Dict[str, Any]]] = None) -> None:
        self._overrides = checked_overrides({**self.get_default_config(), **config}["overrides"])
        self._model_storage = model_storage
        self._resource = resource
        # [{intent, becomes, patterns: [compiled]}]
        self._rules = rules or []

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "RegexIntentOverride":
        return cls(config, model_storage, resource)

    @staticmethod
    def _compiled(saved: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
        return [{**rule, "patterns": [re.compile(p, re.IGNORECASE) for p in rule["patterns"]]} for rule in saved]

    def train(self, training_data: TrainingData) -> Resource:
        patterns: Dict[str, List[str]] = {}
        for feature in training_data.regex_features:
            patterns.setdefault(feature["name"], []).append(feature["pattern"])
        missing = sorted({o["regex"] for o in self._overrides} - set(patterns))
        if missing:
            raise IntentOverrideInvalid(f"config.yml names regex block(s) {missing} that data/nlu does not have")
        saved = [{"intent": o["intent"], "becomes": o["becomes"], "patterns": patterns[o["regex"]]} for o in self._overrides]
        self._rules = self._compiled(saved)
        with self._model_storage.write_to(self._resource) as directory:
            dump_obj_as_json_to_file(directory / OVERRIDES_FILE, saved)
        return self._resource

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "RegexIntentOverride":
        with model_storage.read_from(resource) as directory:
            saved = read_json_file(directory / OVERRIDES_FILE)
        return cls(config, model_storage, resource, cls._compiled(saved))

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
            text = message.get(TEXT) or ""
            rule = next((r for r in self._rules if r["intent"] == intent and any(p.search(text) for p in r["patterns"])), None)
            if rule is not None:
                self._override(message, rule["becomes"])
        return messages

    @staticmethod
    def _override(message: Message, becomes: str) -> None:
        ranking = message.get(INTENT_RANKING_KEY) or []
        message.set(INTENT, {INTENT_NAME_KEY: becomes, PREDICTED_CONFIDENCE_KEY: 1.0}, add_to_output=True)
        rest = [c for c in ranking if c.get(INTENT_NAME_KEY) != becomes]
        message.set(INTENT_RANKING_KEY, [{INTENT_NAME_KEY: becomes, PREDICTED_CONFIDENCE_KEY: 1.0}, *rest], add_to_output=True)
