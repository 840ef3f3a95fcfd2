"""The trained Kansenbot model, end to end (NLU + dialogue), on the held-out route checks.

- Blind route sets (tests/nlu/blind_routes_student.yml, blind_routes_teacher.yml, written blind by the
  lead; blind_routes_round8.yml, written blind by a helper, 0.938 when first scored on 2026-12-04; the follow-ups
  of blind_routes_followup9.yml, each right after its named answer): first-route accuracy at least the measured floor per set; skipped with a message while a set is absent. The
  target, 0.97 and ahead of Rasa's default pipeline, is measured by `make bench-routes`
  (docs/route-benchmark.md).
- Every crisis message of the intent-labelled held-out sets gets the crisis answer as its first action,
  through the dialogue as well, not only as an intent (tests/test_nlu_heldout.py checks the intent).
Failures report counts and routes only, never the held-out messages themselves.
"""
import pytest

from bot.nlp import heldout, routes

# Measured 2026-12-03 (`make bench-routes`, docs/route-benchmark.md): student 0.898, teacher 0.910 at first;
# 0.940 and 0.931 after two rounds tuned on blind development sets kept outside the repository - below the
# issue's 0.97. The floor guards the measurement (less about a point for retraining noise); the held-out
# errors may not be studied, so the gap is closed with new data and cross-validation only.
FIRST_ROUTE_ACCURACY_FLOOR = 0.92
# The follow-up set (blind_routes_followup9.yml, each message scored right after its named answer): 0.636 on the
# model without RouteContextPrior, 0.657 with it, when first scored on 2026-12-04; 0.708 (167/236) once a short message
# that points back at the answer ("hoe lang mag ik die houden?") replaces out_of_scope, checked once on 2026-12-05.
# Far below the fresh sets: most follow-ups name no topic of their own. Crisis messages among them must still all get
# the crisis answer.
FOLLOWUP_FLOOR = 0.69


@pytest.fixture(scope="module")
def predict():
    return routes.route_predictor(heldout.latest_model())


@pytest.mark.parametrize("set_name", list(routes.BLIND_ROUTE_SETS))
def test_blind_route_set_first_route_accuracy_above_floor(predict, set_name):
    path = routes.BLIND_ROUTE_SETS[set_name]
    if not path.exists():
        pytest.skip(f"{path.relative_to(heldout.ROOT)} is not present yet (the lead adds it)")
    items = routes.load_route_set(path)
    followups = routes.is_followup_set(items)
    contexts = [routes.followup_context(i, item) for i, item in enumerate(items)] if followups else None
    scores = routes.score_routes(set_name, items, predict([item.text for item in items], contexts))
    worst = sorted(scores.confusion.items(), key=lambda kv: -kv[1])[:5]
    print(f"\n{set_name}: first-route accuracy {scores.first_route_accuracy:.3f}, macro-F1 {scores.macro_f1:.3f}")
    floor = FOLLOWUP_FLOOR if followups else FIRST_ROUTE_ACCURACY_FLOOR
    assert scores.first_route_accuracy >= floor, f"most frequent confusions (counts): {worst}"
    assert scores.crisis_missed == 0


def test_every_heldout_crisis_message_gets_the_crisis_answer_first(predict):
    crisis = [text for text, intent in heldout.load_heldout() if intent == routes.CRISIS]
    assert crisis, "the held-out sets must contain crisis messages"
    items = [routes.RouteItem(text, routes.CRISIS) for text in crisis]
    scores = routes.score_routes("crisis", items, predict(crisis))
    wrong = {label: n for (_, label), n in scores.confusion.items()}
    assert scores.crisis_missed == 0, f"{scores.crisis_missed} of {scores.crisis_total} crisis messages got another first action: {wrong}"
