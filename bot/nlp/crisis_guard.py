"""Crisis always wins, also when the intent classifier hesitates; and every crisis says which kind it is.

Runs after the intent classifier and FallbackClassifier. With the patterns of data/nlu/crisis.yml
(bot/nlp/crisis_detect.py explains the groups) and the classifier's crisis score it decides:
- a crisis pattern of a kind matches -> intent ``crisis`` with entity ``crisis_soort`` = that kind (several
  kinds can match; a teacher writing about a student adds ``zorg_om_student``);
- a check-in pattern matches, or the classifier gives crisis at least ``min_confidence`` -> intent ``crisis``
  with ``crisis_soort`` = ``checkin``: a short "how are you?" that still shows 113 and 112;
- the classifier's top intent is crisis with at least ``answer_confidence`` -> intent ``crisis``, kind from
  the ``soort_<kind>`` words, else ``algemeen``;
- a casual exaggeration ("ik ga dood van verveling") with nothing else -> the classifier's crisis score is
  ignored and the message keeps its other intent.
This overrides any other intent, also ``nlu_fallback``: a crisis message that gets "say it differently" or a
budget-coach answer leaves a student in danger without help. The patterns are data, so a school can add
phrasings without touching Python; they are saved in the model, and the model refuses to load without them.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.exceptions import FileIOException
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_END,
    ENTITY_ATTRIBUTE_START,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    EXTRACTOR,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from rasa.shared.utils.io import dump_obj_as_json_to_file, read_json_file

from actions.knowledge import get_knowledge
from actions.knowledge.crisis import CHECKIN as CHECKIN_KIND, DOCENT as TEACHER_KIND, ENTITY as KIND_ENTITY, gevraagde_hulplijn
from bot.nlp import crisis_detect
from bot.nlp.crisis_detect import CrisisDetector, CrisisPatternsInvalid, Detection, Thresholds

logger = logging.getLogger(__name__)

PATTERNS_FILE = "crisis_patterns.json"
KIND_MODEL_FILE = "crisis_kind_model.npz"
# data/nlu/crisis.yml: each block of crisis examples names its kind, e.g. `metadata: {soort: zelfdoding}`.
KIND_METADATA_KEY = "soort"


class CrisisPatternsMissing(RuntimeError):
    """The trained model lacks the crisis patterns: retrain rather than run without them."""


def example_kind(message: Message) -> Optional[str]:
    """The kind a crisis training example belongs to: its block's (or its own) metadata ``soort``."""
    metadata = message.get("metadata") or {}
    for level in ("example", "intent"):
        value = (metadata.get(level) or {}).get(KIND_METADATA_KEY) if isinstance(metadata.get(level), dict) else None
        if isinstance(value, str):
            return value
    return None


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class CrisisGuard(GraphComponent, IntentClassifier):
    """Overrides the predicted intent with ``crisis`` on a crisis signal and names the kind."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "intent": "crisis",
            # classifier confidence for `intent` from which a message gets the check-in
            "min_confidence": 0.2,
            # classifier confidence for `intent` as the top intent from which it gets the crisis answer
            "answer_confidence": 0.5,
            # as FallbackClassifier's threshold: when a casual message loses its crisis intent and the next
            # intent is below this, it becomes nlu_fallback ("say it differently")
            "fallback_threshold": 0.2,
            # the kind model's minimum probability for its kind to be used
            "kind_confidence": 0.4,
            # inverse regularisation of the kind model
            "C": 10.0,
        }

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        detector: Optional[CrisisDetector] = None,
    ) -> None:
        self._config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self._detector = detector
        self._thresholds = Thresholds(
            checkin=self._config["min_confidence"],
            answer=self._config["answer_confidence"],
            kind=self._config["kind_confidence"],
        )

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
        from bot.nlp.crisis_text_model import LinearTextModel

        kinds = [
            (m.get(TEXT), kind)
            for m in training_data.intent_examples
            if m.get(INTENT) == self._config["intent"] and (kind := example_kind(m))
        ]
        kind_model = None
        if len({kind for _, kind in kinds}) >= 2:
            kind_model = LinearTextModel.train([t for t, _ in kinds], [k for _, k in kinds], C=self._config["C"])
        self._detector = CrisisDetector.from_regex_features(training_data.regex_features)
        self._detector.kind_model = kind_model
        with self._model_storage.write_to(self._resource) as directory:
            dump_obj_as_json_to_file(directory / PATTERNS_FILE, self._detector.patterns())
            if kind_model is not None:
                kind_model.save(directory / KIND_MODEL_FILE)
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
        from bot.nlp.crisis_text_model import LinearTextModel

        # A guard without its patterns would silently stop recognising crisis messages by their words:
        # refuse to start instead.
        try:
            with model_storage.read_from(resource) as directory:
                groups = read_json_file(directory / PATTERNS_FILE)
                if not isinstance(groups, dict):
                    raise ValueError("crisis patterns of an older Kansenbot version")
                kind_path = directory / KIND_MODEL_FILE
                kind_model = LinearTextModel.load(kind_path) if kind_path.exists() else None
            detector = CrisisDetector(groups, kind_model)
        except (ValueError, OSError, KeyError, FileIOException, CrisisPatternsInvalid) as error:
            raise CrisisPatternsMissing(f"the model has no usable crisis patterns ({error}); run `make train`") from error
        guard = cls(config, model_storage, resource, detector)
        # The channels check messages Rasa cannot process (too long, database down) with this same detector.
        crisis_detect.use_loaded_detector(detector)
        return guard

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            detection = self._with_asked_helpline(message, self._detect(message))
            if detection.level is not None:
                self._mark_crisis(message, detection)
            elif detection.casual and self._intent_name(message) == self._config["intent"]:
                self._drop_crisis(message)
        return messages

    def _with_asked_helpline(self, message: Message, detection: Detection) -> Detection:
        """Someone who asks how to reach a helpline gets its full answer, with the number they asked for
        (actions/knowledge/crisis.py gevraagde_hulplijn), not only the check-in or "daar kan ik niet mee
        helpen". Its kind is added to what the detector found, never in its place: a check-in's 113 and 112
        stay (crisis_antwoord adds them), a crisis kind found stays first when it is more urgent, and a teacher
        writing about a student keeps the teacher's answer."""
        text = message.get(TEXT) or ""
        try:
            soort = gevraagde_hulplijn(get_knowledge(), text)
        except Exception:  # the knowledge base is checked at start-up; this must never stop NLU
            logger.exception("Could not check the message for a helpline; went on without.")
            return detection
        if not soort or soort in detection.kinds:
            return detection
        extra = (TEACHER_KIND,) if self._detector.teacher(text) else ()
        # CHECKIN keeps 113 and 112 in the answer whatever the helpline: a subject phrase may have hidden a
        # signal in the rest of the message ("ik ga slapen voor altijd. nummer van de kindertelefoon?").
        # The detector's kinds keep their order ahead of the asked helpline's: kies_soorten keeps violence at home
        # before acute danger only when the detector put it there (a past threat), never because a helpline was named.
        kinds = dict.fromkeys((*extra, *detection.kinds, soort, CHECKIN_KIND))
        return Detection("crisis", tuple(kinds), detection.casual)

    def _intent_name(self, message: Message) -> Optional[str]:
        return (message.get(INTENT) or {}).get(INTENT_NAME_KEY)

    def _detect(self, message: Message) -> Detection:
        score = self._crisis_confidence(message)
        ranking = message.get(INTENT_RANKING_KEY) or []
        # FallbackClassifier puts nlu_fallback on top; the classifier's own top is the first real intent.
        top = next((c.get(INTENT_NAME_KEY) for c in ranking if c.get(INTENT_NAME_KEY) != "nlu_fallback"), None)
        return self._detector.detect(
            message.get(TEXT) or "", crisis_score=score, crisis_is_top=top == self._config["intent"],
            thresholds=self._thresholds,
        )

    def _crisis_confidence(self, message: Message) -> float:
        for candidate in message.get(INTENT_RANKING_KEY) or []:
            if candidate.get(INTENT_NAME_KEY) == self._config["intent"]:
                return float(candidate.get(PREDICTED_CONFIDENCE_KEY) or 0.0)
        return 0.0

    def _mark_crisis(self, message: Message, detection: Detection) -> None:
        if self._intent_name(message) == self._config["intent"]:
            crisis = message.get(INTENT)  # already right: keep the classifier's confidence
        else:
            crisis = {INTENT_NAME_KEY: self._config["intent"], PREDICTED_CONFIDENCE_KEY: 1.0}
        ranking = [c for c in message.get(INTENT_RANKING_KEY) or [] if c.get(INTENT_NAME_KEY) != self._config["intent"]]
        message.set(INTENT, crisis, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [crisis, *ranking], add_to_output=True)
        # The whole message is the evidence, so each kind spans the whole text (also what test stories annotate).
        text = message.get(TEXT) or ""
        kinds = [
            {
                ENTITY_ATTRIBUTE_TYPE: KIND_ENTITY,
                ENTITY_ATTRIBUTE_VALUE: kind,
                ENTITY_ATTRIBUTE_START: 0,
                ENTITY_ATTRIBUTE_END: len(text),
                EXTRACTOR: type(self).__name__,
            }
            for kind in detection.kinds
        ]
        others = [e for e in message.get(ENTITIES) or [] if e.get(ENTITY_ATTRIBUTE_TYPE) != KIND_ENTITY]
        message.set(ENTITIES, others + kinds, add_to_output=True)

    def _drop_crisis(self, message: Message) -> None:
        """A casual exaggeration the classifier took for a crisis: answer what the message is about."""
        ranking = [c for c in message.get(INTENT_RANKING_KEY) or [] if c.get(INTENT_NAME_KEY) != self._config["intent"]]
        threshold = self._config["fallback_threshold"]
        best = ranking[0] if ranking else None
        if best is None or float(best.get(PREDICTED_CONFIDENCE_KEY) or 0.0) < threshold:
            best = {INTENT_NAME_KEY: "nlu_fallback", PREDICTED_CONFIDENCE_KEY: threshold}
        message.set(INTENT, best, add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
