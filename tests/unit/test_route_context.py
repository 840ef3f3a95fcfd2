"""RouteContextPrior (bot/nlp/route_context.py): a follow-up right after a route is read within that route."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_SESSION_START_NAME
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlp.route_context import (
    CONTEXT_KEY, RouteContextInvalid, RouteContextPrior, points_back, reweighted, route_before, swapped, words_of,
)

ROOT = Path(__file__).resolve().parents[2]

ROUTES = {"action_leenlaptop": "geen_laptop", "action_budgetcoach": "geldzorgen"}


BACK_REFERENCE = {
    "weak_intents": ["out_of_scope"],
    "back_reference_words": ["dat", "die", "daar", "hem", "m", "zo'n", "ook"],
    "back_reference_max_words": 10,
    "back_reference_block_score": 0.1,
}


def prior(**config) -> RouteContextPrior:
    return RouteContextPrior({"routes": ROUTES, "never_replace": ["crisis", "contact_persoon"], **BACK_REFERENCE, **config})


def tracker_after(*actions: str, extra=()) -> DialogueStateTracker:
    events = [ActionExecuted(ACTION_SESSION_START_NAME), SessionStarted(), ActionExecuted(ACTION_LISTEN_NAME)]
    if actions:
        events.append(UserUttered("/geen_laptop", {"name": "geen_laptop", "confidence": 1.0}))
        for action in actions:
            events.append(ActionExecuted(action))
            events.extend(extra)
        events.append(ActionExecuted(ACTION_LISTEN_NAME))
    return DialogueStateTracker.from_events("test", events)


def message(*ranking, text: str = "moet ik borg betalen?") -> Message:
    ranked = [{"name": name, "confidence": confidence} for name, confidence in ranking]
    return Message(data={"text": text, "intent": dict(ranked[0]), "intent_ranking": ranked})


def top(msg: Message):
    return msg.get("intent")["name"], round(msg.get("intent")["confidence"], 3)


def test_follow_up_after_a_route_becomes_that_route_when_the_prior_overtakes():
    msg = message(("regelingen", 0.40), ("geen_laptop", 0.20), ("geldzorgen", 0.10))
    prior().process([msg], tracker_after("action_leenlaptop"))
    # 0.20 * 3 = 0.60 against 0.40; the total becomes 1 + 2 * 0.20 = 1.4.
    assert top(msg) == ("geen_laptop", round(0.60 / 1.4, 3))
    assert [c["name"] for c in msg.get("intent_ranking")] == ["geen_laptop", "regelingen", "geldzorgen"]
    assert msg.get(CONTEXT_KEY) == {"favoured": "geen_laptop", "was": "regelingen"}


def test_the_crisis_score_is_never_changed_so_crisis_guard_decides_as_without_context():
    # 0.25 is above CrisisGuard's check-in threshold (0.2); scaled with the rest it would fall to 0.18.
    msg = message(("out_of_scope", 0.30), ("crisis", 0.25), ("geen_laptop", 0.20))
    prior().process([msg], tracker_after("action_leenlaptop"))
    assert top(msg)[0] == "geen_laptop"
    assert {c["name"]: c["confidence"] for c in msg.get("intent_ranking")}["crisis"] == 0.25


def test_no_change_when_the_unchanged_crisis_score_would_end_up_on_top():
    msg = message(("out_of_scope", 0.40), ("crisis", 0.35), ("geen_laptop", 0.14))
    prior().process([msg], tracker_after("action_leenlaptop"))
    # geen_laptop: 0.42 / 1.28 = 0.33 < 0.35: it would not be on top, so nothing changes.
    assert top(msg) == ("out_of_scope", 0.4)


def test_bot_messages_and_slots_after_the_route_still_count_as_right_after_it():
    msg = message(("regelingen", 0.40), ("geen_laptop", 0.20))
    tracker = tracker_after("action_leenlaptop", extra=[BotUttered("Je kunt een laptop lenen."), SlotSet("school", None)])
    prior().process([msg], tracker)
    assert top(msg)[0] == "geen_laptop"


@pytest.mark.parametrize("ranking", [
    # the classifier is fairly sure of a new topic: "en ik heb ook geen internet"
    (("geen_internet_studieplek", 0.55), ("geen_laptop", 0.30)),
    # the boosted score does not overtake: 0.1 * 3 < 0.45
    (("regelingen", 0.45), ("geen_laptop", 0.10)),
    # the route's intent is not in the ranking at all
    (("regelingen", 0.40), ("geldzorgen", 0.30)),
    # already the route's intent
    (("geen_laptop", 0.30), ("regelingen", 0.25)),
    # a crisis on top is never replaced, however unsure
    (("crisis", 0.30), ("geen_laptop", 0.29)),
    # nor a request for a person ("ik heb niemand om mee te praten" after the budget coach)
    (("contact_persoon", 0.30), ("geen_laptop", 0.29)),
])
def test_left_alone(ranking):
    msg = message(*ranking)
    before = (dict(msg.get("intent")), [dict(c) for c in msg.get("intent_ranking")])
    prior().process([msg], tracker_after("action_leenlaptop"))
    assert (msg.get("intent"), msg.get("intent_ranking")) == before
    assert msg.get(CONTEXT_KEY) is None


@pytest.mark.parametrize("tracker", [
    None,
    DialogueStateTracker.from_events("fresh", []),
    tracker_after(),  # session started, nothing said yet
    tracker_after("utter_greet", "utter_onderwerpen"),  # the menu is no route
    tracker_after("action_leenlaptop", "utter_iets_anders"),  # something else came after the route
    tracker_after("action_crisis"),  # a crisis answer is never a route to lean towards
])
def test_only_right_after_a_route(tracker):
    msg = message(("regelingen", 0.40), ("geen_laptop", 0.30))
    prior().process([msg], tracker)
    assert top(msg) == ("regelingen", 0.4)


def test_a_new_session_forgets_the_route():
    tracker = tracker_after("action_leenlaptop")
    tracker.update(ActionExecuted(ACTION_SESSION_START_NAME))
    tracker.update(SessionStarted())
    tracker.update(ActionExecuted(ACTION_LISTEN_NAME))
    assert route_before(tracker, ROUTES) is None


def test_reweighted_scales_to_the_full_distribution_not_the_shown_part():
    ranking = [{"name": "a", "confidence": 0.3}, {"name": "b", "confidence": 0.2}]  # 0.5 not shown
    new = reweighted(ranking, "b", 2.0)
    assert [(c["name"], round(c["confidence"], 4)) for c in new] == [("b", round(0.4 / 1.2, 4)), ("a", 0.25)]


@pytest.mark.parametrize("config, problem", [
    ({"boost": 0.5}, "'boost'"),
    ({"boost": True}, "'boost'"),
    ({"max_top_confidence": 0}, "'max_top_confidence'"),
    ({"max_top_confidence": 1.5}, "'max_top_confidence'"),
    ({"routes": {}}, "'routes'"),
    ({"routes": {"action_leenlaptop": 3}}, "'routes'"),
    ({"never_replace": "crisis"}, "'never_replace'"),
    ({"never_replace": ["contact_persoon"]}, "must contain 'crisis'"),
])
def test_bad_settings_are_refused_with_a_clear_message(config, problem):
    with pytest.raises(RouteContextInvalid, match=problem):
        prior(**config)


def test_training_refuses_a_route_intent_the_data_does_not_have():
    data = TrainingData([Message(data={"text": "geen laptop", "intent": "geen_laptop"})])
    with pytest.raises(RouteContextInvalid, match="geldzorgen"):
        prior().train(data)


def test_rasa_builds_a_training_step_for_it_so_the_check_runs_at_rasa_train():
    """A non-trainable component gets no training node in Rasa's graph: its check would never run."""
    from rasa.engine.recipes.default_recipe import DefaultV1Recipe
    from rasa.shared.data import TrainingType

    config = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))
    ours = [c for c in config["pipeline"] if c["name"] == "bot.nlp.route_context.RouteContextPrior"]
    config["pipeline"] = [{"name": "WhitespaceTokenizer"}, *ours]
    config["policies"] = []
    schemas = DefaultV1Recipe().graph_config_for_recipe(config, {}, training_type=TrainingType.NLU)
    trained = [name for name, node in schemas.train_schema.nodes.items() if node.uses is RouteContextPrior and node.fn == "train"]
    assert trained, "no training step: RouteContextPrior.train would never run at `rasa train`"


def test_config_routes_are_the_routes_the_rules_give_those_intents():
    """Each configured pair is a rule of data/dialogue/rules.yml: intent -> that action, nothing before it."""
    config = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))
    settings = next(c for c in config["pipeline"] if c["name"] == "bot.nlp.route_context.RouteContextPrior")
    rules = yaml.safe_load((ROOT / "data" / "dialogue" / "rules.yml").read_text(encoding="utf-8"))["rules"]
    opening = {
        (r["steps"][0]["intent"], r["steps"][1]["action"])
        for r in rules
        if len(r["steps"]) >= 2 and "intent" in r["steps"][0] and "action" in r["steps"][1]
    }
    assert settings["routes"], "no routes configured"
    for action, intent in settings["routes"].items():
        assert (intent, action) in opening, f"{intent} -> {action} is no rule"
    assert {"crisis", "contact_persoon"} <= set(settings["never_replace"])


def test_a_reverted_turn_does_not_count_as_the_route_before():
    from rasa.shared.core.events import UserUtteranceReverted

    tracker = tracker_after("utter_greet")
    tracker.update(UserUttered("/geen_laptop", {"name": "geen_laptop", "confidence": 1.0}))
    tracker.update(ActionExecuted("action_leenlaptop"))
    tracker.update(UserUtteranceReverted())
    assert route_before(tracker, ROUTES) is None


# --- a short message that points back at the answer just given (weak_intents, back_reference_words) ---


def test_a_short_message_pointing_back_takes_the_route_however_sure_out_of_scope_was():
    msg = message(("out_of_scope", 0.92), ("crisis", 0.03), ("geen_laptop", 0.01), text="en hoe lang mag ik die dan houden?")
    prior().process([msg], tracker_after("action_leenlaptop"))
    # The two scores change places; everything else, crisis above all, keeps its score.
    assert top(msg) == ("geen_laptop", 0.92)
    assert {c["name"]: c["confidence"] for c in msg.get("intent_ranking")} == {"geen_laptop": 0.92, "crisis": 0.03, "out_of_scope": 0.01}
    assert msg.get(CONTEXT_KEY) == {"favoured": "geen_laptop", "was": "out_of_scope", "points_back": True}


def test_the_route_may_be_missing_from_the_shown_ranking():
    msg = message(("out_of_scope", 0.70), ("regelingen", 0.10), text="kan ik m vandaag nog ophalen")
    prior().process([msg], tracker_after("action_leenlaptop"))
    assert top(msg) == ("geen_laptop", 0.7)
    assert [c["name"] for c in msg.get("intent_ranking")] == ["geen_laptop", "regelingen", "out_of_scope"]


@pytest.mark.parametrize("text", [
    "wie wint er zondag ajax of psv",  # names its own subject, points back at nothing
    "wat is de hoofdstad van australië",
    "kan je mijn huiswerk wiskunde maken? vraag 4 t/m 8",  # "t/m" is no "m"
    # more than 10 words: a message this long names its own subject
    "Mijn zoon wil halverwege het schooljaar van opleiding wisselen naar de zorg. Kan dat?",
])
def test_out_of_scope_stays_without_a_short_back_reference(text):
    msg = message(("out_of_scope", 0.85), ("geen_laptop", 0.02), text=text)
    prior().process([msg], tracker_after("action_leenlaptop"))
    assert top(msg) == ("out_of_scope", 0.85)
    assert msg.get(CONTEXT_KEY) is None


def test_a_back_reference_never_replaces_another_intent_than_the_weak_one():
    # The classifier is unsure, but its top is a topic of its own (and the usual boost does not overtake).
    msg = message(("regelingen", 0.45), ("geen_laptop", 0.10), text="moet ik daar iets voor betalen?")
    prior().process([msg], tracker_after("action_leenlaptop"))
    assert top(msg) == ("regelingen", 0.45)


@pytest.mark.parametrize("tracker", [None, tracker_after(), tracker_after("action_crisis"), tracker_after("utter_greet")])
def test_a_back_reference_counts_only_right_after_a_route(tracker):
    msg = message(("out_of_scope", 0.80), ("geen_laptop", 0.05), text="hoe lang duurt dat?")
    prior().process([msg], tracker)
    assert top(msg) == ("out_of_scope", 0.8)


def test_words_keep_their_inner_punctuation():
    assert words_of("Zo'n ding, t/m vrijdag?!") == ["zo'n", "ding", "t/m", "vrijdag"]
    assert points_back("Krijg ik zo'n ding?", {"zo'n"}, 10)
    assert not points_back("", {"dat"}, 10)


def test_swapped_leaves_every_other_score_alone():
    ranking = [{"name": "out_of_scope", "confidence": 0.6}, {"name": "crisis", "confidence": 0.25}]
    assert swapped(ranking, "out_of_scope", "geldzorgen") == [
        {"name": "geldzorgen", "confidence": 0.6}, {"name": "crisis", "confidence": 0.25}, {"name": "out_of_scope", "confidence": 0.0},
    ]


@pytest.mark.parametrize("blocking", [("crisis", 0.12), ("contact_persoon", 0.10)])
def test_some_sign_of_distress_or_of_a_wish_for_a_person_keeps_the_message_out_of_the_route(blocking):
    # Below CrisisGuard's check-in (0.2), but enough not to answer "die leraar pest me" with the laptop text.
    msg = message(("out_of_scope", 0.70), blocking, ("geen_laptop", 0.02), text="die leraar pest me")
    prior().process([msg], tracker_after("action_leenlaptop"))
    assert top(msg) == ("out_of_scope", 0.7)
    assert msg.get(CONTEXT_KEY) is None


def test_a_crisis_score_just_under_the_block_does_not_stop_the_rule():
    msg = message(("out_of_scope", 0.70), ("crisis", 0.09), ("geen_laptop", 0.02), text="kost dat iets?")
    prior().process([msg], tracker_after("action_leenlaptop"))
    assert top(msg) == ("geen_laptop", 0.7)


def test_exactly_ten_words_still_point_back_eleven_do_not():
    ten = "en hoe lang mag ik die dan nog bij me"
    assert len(words_of(ten)) == 10 and points_back(ten, {"die"}, 10)
    assert not points_back(ten + " houden", {"die"}, 10)


@pytest.mark.parametrize("config, problem", [
    ({"weak_intents": ["crisis"]}, "'weak_intents' may not name"),
    ({"weak_intents": ["contact_persoon"]}, "'weak_intents' may not name"),
    ({"weak_intents": ["geen_laptop"]}, "'weak_intents' may not name"),
    ({"back_reference_words": ["'m"]}, "'back_reference_words'"),
    ({"back_reference_words": ["dat ding"]}, "'back_reference_words'"),
    ({"back_reference_block_score": 0}, "'back_reference_block_score'"),
    ({"back_reference_block_score": True}, "'back_reference_block_score'"),
    ({"weak_intents": "out_of_scope"}, "'weak_intents'"),
    ({"back_reference_words": ["Dat"]}, "lower-case"),
    ({"back_reference_words": [""]}, "lower-case"),
    ({"back_reference_max_words": 0}, "'back_reference_max_words'"),
    ({"back_reference_max_words": 2.5}, "'back_reference_max_words'"),
])
def test_bad_back_reference_settings_are_refused(config, problem):
    with pytest.raises(RouteContextInvalid, match=problem):
        prior(**config)


def test_training_refuses_a_weak_intent_the_data_does_not_have():
    data = TrainingData([
        Message(data={"text": "geen laptop", "intent": "geen_laptop"}), Message(data={"text": "geld", "intent": "geldzorgen"}),
    ])
    with pytest.raises(RouteContextInvalid, match="out_of_scope"):
        prior().train(data)


def test_config_points_back_only_from_out_of_scope():
    config = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))
    settings = next(c for c in config["pipeline"] if c["name"] == "bot.nlp.route_context.RouteContextPrior")
    assert settings["weak_intents"] == ["out_of_scope"]
    # "het" and "dit" are as often an article or a pointer to something new ("wie wint de eredivisie dit jaar").
    assert not {"het", "dit"} & set(settings["back_reference_words"])
