"""A follow-up question is read in the light of the answer just given: the last route weighs more.

"krijg ik er ook een oplader bij?" right after the loan-laptop answer is about the loan laptop, but on its
own the classifier puts it just below out_of_scope. The classifier scores each message as if it opened the
conversation. Rasa hands an NLU component the dialogue tracker when its ``process`` asks for it, so this
component knows which help route answered right before the message, and multiplies that route's intent
score by ``boost`` (a prior: after the laptop answer, a laptop question is more likely), then scales the
ranking back to 1. The top intent changes only when the boosted score overtakes it.

It never acts:
- in a fresh conversation, or when the bot's last action was not one of ``routes`` (a greeting, the menu,
  a person, a crisis answer);
- when the classifier is already fairly sure of another intent (top confidence >= ``max_top_confidence``):
  "en ik heb ook geen internet" after the laptop answer stays a new topic;
- on the intents of ``never_replace`` (crisis, which must be there, and a request for a person): on top they are
  never replaced and their score is never changed (CrisisGuard reads the crisis score from the ranking: a check-in
  at 0.25 stays a check-in). This runs before CrisisGuard, which still overrides whatever comes out of here.

A second, narrower rule for the classifier's "none of my topics" answer (``weak_intents``, out_of_scope): a short
message (at most ``back_reference_max_words`` words) with a word that points back at the answer just given
(``back_reference_words``: "dat", "die", "daar", "hem", "zo'n", ...) takes the route's place however sure
out_of_scope was. "hoe lang mag ik die dan houden?" after the loan-laptop answer has no topic word of its own, so the
classifier calls it out of scope (0.92), and its route score is as low as that of a real off-topic question (both
mostly under 0.05): no score can tell them apart, the back-reference can. A real off-topic question names its own
subject ("wie wint er zondag ajax of psv", "wat is de hoofdstad van australië") and rarely points back. The rule stands
aside when an intent of ``never_replace`` (crisis, a request for a person) scores ``back_reference_block_score`` or
more: a message with some sign of distress is not answered with the route's practical text.

Why a prior and not more training data: follow-ups have no topic words of their own, so every example that
taught them moved fresh questions the wrong way (the issue 11 notes of 2026-12-04). Fresh conversations
are untouched by construction. The settings live in config.yml; ``boost`` and ``max_top_confidence`` were
chosen on the blind development route sets only, which are kept outside the repository (their follow-ups
against their messages asked after another route), never on the held-out sets.
"""
from __future__ import annotations

from typing import Any, Collection, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.events import ActionExecuted, Restarted, SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

CRISIS_INTENT = "crisis"
CONTEXT_KEY = "route_context"  # in the parse data: which route weighed more, for tests and the debug log


class RouteContextInvalid(ValueError):
    """config.yml gives this component settings it cannot use."""


def checked_config(config: Dict[Text, Any]) -> Dict[Text, Any]:
    boost, top, routes = config.get("boost"), config.get("max_top_confidence"), config.get("routes")
    if not isinstance(boost, (int, float)) or isinstance(boost, bool) or boost < 1:
        raise RouteContextInvalid(f"'boost' must be a number of at least 1, not {boost!r}")
    if not isinstance(top, (int, float)) or isinstance(top, bool) or not 0 < top <= 1:
        raise RouteContextInvalid(f"'max_top_confidence' must be a number above 0 and at most 1, not {top!r}")
    if not isinstance(routes, dict) or not routes or any(
        not isinstance(k, str) or not isinstance(v, str) or not k or not v for k, v in routes.items()
    ):
        raise RouteContextInvalid("'routes' must map each route action to the intent that leads to it")
    never = config.get("never_replace")
    if not isinstance(never, list) or any(not isinstance(i, str) for i in never):
        raise RouteContextInvalid("'never_replace' must be a list of intent names")
    if CRISIS_INTENT not in never:
        # A school may add intents here, never take crisis out: the crisis score must reach CrisisGuard unchanged.
        raise RouteContextInvalid(f"'never_replace' must contain {CRISIS_INTENT!r}")
    weak = config.get("weak_intents")
    if not isinstance(weak, list) or any(not isinstance(i, str) for i in weak):
        raise RouteContextInvalid("'weak_intents' must be a list of intent names")
    if set(weak) & (set(never) | set(routes.values())):
        # A weak intent is replaced by the route: never a crisis or a request for a person, and a route's own intent
        # would end up twice in the ranking.
        raise RouteContextInvalid("'weak_intents' may not name an intent of 'never_replace' or 'routes'")
    words = config.get("back_reference_words")
    # Each word exactly as words_of() cuts a message into words: "'m" or "Dat" could never match.
    if not isinstance(words, list) or any(not isinstance(w, str) or words_of(w) != [w] for w in words):
        raise RouteContextInvalid("'back_reference_words' must be a list of single lower-case words without edge punctuation")
    max_words = config.get("back_reference_max_words")
    if not isinstance(max_words, int) or isinstance(max_words, bool) or max_words < 1:
        raise RouteContextInvalid(f"'back_reference_max_words' must be a whole number of at least 1, not {max_words!r}")
    block = config.get("back_reference_block_score")
    if not isinstance(block, (int, float)) or isinstance(block, bool) or not 0 < block <= 1:
        raise RouteContextInvalid(f"'back_reference_block_score' must be a number above 0 and at most 1, not {block!r}")
    return {
        "boost": float(boost), "max_top_confidence": float(top), "routes": dict(routes), "never_replace": set(never),
        "weak_intents": set(weak), "back_reference_words": frozenset(words), "back_reference_max_words": max_words,
        "back_reference_block_score": float(block),
    }


# Punctuation around a word, not inside it: "zo'n" and "t/m" stay one word ("t/m" is no "m", the short "hem").
_EDGE_PUNCTUATION = ".,;:!?()[]{}\"'‘’“”«»…-–—*"


def words_of(text: str) -> List[str]:
    return [word for word in (raw.strip(_EDGE_PUNCTUATION) for raw in (text or "").lower().split()) if word]


def points_back(text: str, back_reference_words: Collection[str], max_words: int) -> bool:
    """A short message with a word that refers to what was just said ("en hoe lang mag ik die houden?")."""
    words = words_of(text)
    return 0 < len(words) <= max_words and any(word in back_reference_words for word in words)


def swapped(ranking: List[Dict[str, Any]], weak: str, favoured: str) -> List[Dict[str, Any]]:
    """The ranking with the weak top's score and the favoured route's score exchanged, best first; every other
    intent (crisis among them) keeps its score exactly. A route missing from the shown ranking had a score too small
    to show, so the weak intent gets 0."""
    weak_score = next(c[PREDICTED_CONFIDENCE_KEY] for c in ranking if c[INTENT_NAME_KEY] == weak)
    favoured_score = next((c[PREDICTED_CONFIDENCE_KEY] for c in ranking if c[INTENT_NAME_KEY] == favoured), 0.0)
    rest = [dict(c) for c in ranking if c[INTENT_NAME_KEY] not in (weak, favoured)]
    changed = [{INTENT_NAME_KEY: favoured, PREDICTED_CONFIDENCE_KEY: weak_score},
               {INTENT_NAME_KEY: weak, PREDICTED_CONFIDENCE_KEY: favoured_score}]
    return sorted(changed + rest, key=lambda c: -c[PREDICTED_CONFIDENCE_KEY])


def route_before(tracker: Optional[DialogueStateTracker], routes: Dict[str, str]) -> Optional[str]:
    """The route action the bot ran last, when nothing but listening came after it in this session.

    Read from the applied events, as the policies see them: a reverted turn (action_back, a two-stage fallback)
    does not count. After the combined route (laptop and budget coach) the budget coach ran last, so that is
    the route a follow-up leans towards."""
    if tracker is None:
        return None
    for event in reversed(tracker.applied_events()):
        if isinstance(event, (SessionStarted, Restarted)):
            return None
        if isinstance(event, ActionExecuted) and event.action_name != ACTION_LISTEN_NAME:
            return event.action_name if event.action_name in routes else None
    return None


def reweighted(
    ranking: List[Dict[str, Any]], favoured: str, boost: float, unchanged: Collection[str] = ()
) -> List[Dict[str, Any]]:
    """The ranking with ``favoured``'s score times ``boost``, the others scaled so that all would sum to 1 again
    (``unchanged`` aside, see below), best first.

    The classifier's scores over all intents sum to 1, but Rasa passes on only the top of the ranking, so the
    new total is 1 + (boost - 1) * the favoured score, not the sum of the shown part. Intents in ``unchanged``
    keep their score exactly: CrisisGuard reads the crisis score from this ranking, and a follow-up must never
    lower it below the check-in threshold."""
    favoured_score = next(c[PREDICTED_CONFIDENCE_KEY] for c in ranking if c[INTENT_NAME_KEY] == favoured)
    total = 1.0 + (boost - 1.0) * favoured_score

    def score(candidate: Dict[str, Any]) -> float:
        name, value = candidate[INTENT_NAME_KEY], candidate[PREDICTED_CONFIDENCE_KEY]
        if name in unchanged:
            return value
        return value * (boost if name == favoured else 1.0) / total

    weighted = [{INTENT_NAME_KEY: c[INTENT_NAME_KEY], PREDICTED_CONFIDENCE_KEY: score(c)} for c in ranking]
    return sorted(weighted, key=lambda c: -c[PREDICTED_CONFIDENCE_KEY])


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class RouteContextPrior(GraphComponent, IntentClassifier):
    """Weighs the intent of the route that answered right before the message more (see the module docstring).

    Trainable only so that ``rasa train`` runs ``train``, which checks the settings against the training data:
    Rasa builds no training step for a component that is not trainable. Nothing is learned or stored."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "boost": 3.0, "max_top_confidence": 0.5, "routes": {}, "never_replace": [CRISIS_INTENT],
            "weak_intents": [], "back_reference_words": [], "back_reference_max_words": 10, "back_reference_block_score": 0.1,
        }

    def __init__(self, config: Dict[Text, Any], resource: Optional[Resource] = None) -> None:
        self._config = checked_config({**self.get_default_config(), **config})
        self._resource = resource

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "RouteContextPrior":
        return cls(config, resource)

    def train(self, training_data: TrainingData) -> Resource:
        # So a model never runs with a route whose intent the data does not have (a renamed intent would
        # otherwise make the prior silently do nothing for that route).
        named = set(self._config["routes"].values()) | self._config["weak_intents"]
        missing = sorted(named - set(training_data.intents))
        if missing:
            raise RouteContextInvalid(f"config.yml names intent(s) {missing} under 'routes' or 'weak_intents' that data/nlu does not have")
        return self._resource

    def process(self, messages: List[Message], tracker: Optional[DialogueStateTracker] = None) -> List[Message]:
        route = route_before(tracker, self._config["routes"])
        if route is None:
            return messages
        for message in messages:
            self._weigh(message, self._config["routes"][route])
        return messages

    def _weigh(self, message: Message, favoured: str) -> None:
        intent = message.get(INTENT) or {}
        ranking = message.get(INTENT_RANKING_KEY) or []
        top = intent.get(INTENT_NAME_KEY)
        scores = {c.get(INTENT_NAME_KEY): c.get(PREDICTED_CONFIDENCE_KEY) or 0.0 for c in ranking}
        if (
            top in self._config["weak_intents"]
            and top in scores
            # Some sign of distress or of a wish for a person ("die leraar pest me", "dan spring ik van het dak"), even
            # below CrisisGuard's check-in: the message is not pulled into the route by a pointing word.
            and all(scores.get(name, 0.0) < self._config["back_reference_block_score"] for name in self._config["never_replace"])
            and points_back(message.get(TEXT), self._config["back_reference_words"], self._config["back_reference_max_words"])
        ):
            new_ranking = swapped(ranking, top, favoured)
            message.set(INTENT, dict(new_ranking[0]), add_to_output=True)
            message.set(INTENT_RANKING_KEY, new_ranking, add_to_output=True)
            message.set(CONTEXT_KEY, {"favoured": favoured, "was": top, "points_back": True}, add_to_output=True)
            return
        if (
            top == favoured
            or top in self._config["never_replace"]
            or (intent.get(PREDICTED_CONFIDENCE_KEY) or 0.0) >= self._config["max_top_confidence"]
            or not any(c.get(INTENT_NAME_KEY) == favoured for c in ranking)
        ):
            return
        new_ranking = reweighted(ranking, favoured, self._config["boost"], self._config["never_replace"])
        if new_ranking[0][INTENT_NAME_KEY] != favoured:
            return
        message.set(INTENT, dict(new_ranking[0]), add_to_output=True)
        message.set(INTENT_RANKING_KEY, new_ranking, add_to_output=True)
        message.set(CONTEXT_KEY, {"favoured": favoured, "was": top}, add_to_output=True)
