"""action_crisis with real rasa_sdk trackers: every kind its own first answer, the right number first, the
school's trusted person with when reachable, after hours; teachers get the meldcode; never silence."""
import re

import pytest

import actions.base as base
from actions.action_crisis import ActionCrisis
from actions.knowledge import load_knowledge
from bot.runtime import crisis as runtime_crisis

from .conftest import all_text, make_tracker, payloads, run_action, slot_events, texts

SCHOOL = {"school": "voorbeeld-roc"}


def crisis_tracker(*kinds, slots=None, events=None):
    tracker = make_tracker({**SCHOOL, **(slots or {})}, intent="crisis", events=events)
    tracker.latest_message["entities"] = [{"entity": "crisis_soort", "value": kind} for kind in kinds]
    return tracker


def first_number(text: str) -> str:
    return re.search(r"\b(0800-\d{4}|0900-\d{4}|11[23]|020-261 52 75)\b", text).group(1)


@pytest.mark.parametrize("kind, number", [
    ("zelfdoding", "113"),
    ("geweld_thuis", "0800-2000"),
    ("seksueel_geweld", "0800-0188"),
    ("acuut_gevaar", "112"),
    ("algemeen", "113"),
])
def test_each_kind_leads_with_its_own_number_and_names_the_trusted_person(kb, kind, number):
    msgs, _ = run_action(ActionCrisis(), crisis_tracker(kind))
    first = texts(msgs)[0]
    assert first_number(first) == number, first
    school = kb.scholen["voorbeeld-roc"]
    whole = all_text(msgs)
    assert school.vertrouwenspersoon.contact.email in whole
    assert school.vertrouwenspersoon.contact.bereikbaar in whole
    assert "Buiten schooltijd" in whole and school.veiligheid.buiten_schooltijd in whole
    assert "fijn" not in whole.lower()
    assert '/contact_persoon{"persoon":"vertrouwenspersoon"}' in payloads(msgs)


def test_numbers_come_from_the_knowledge_base(kb):
    msgs, _ = run_action(ActionCrisis(), crisis_tracker("zelfdoding"))
    assert kb.crisis.hulplijn("zelfmoordpreventie").zin in texts(msgs)[0]
    assert kb.crisis.hulplijn("alarm").zin in texts(msgs)[0]


def test_violence_at_home_offers_the_kindertelefoon_for_under_18s(kb):
    first = texts(run_action(ActionCrisis(), crisis_tracker("geweld_thuis"))[0])[0]
    assert "0800-0432" in first and first.index("0800-2000") < first.index("0800-0432")


def test_acute_danger_says_what_to_do_at_school_right_after_112(kb):
    first = texts(run_action(ActionCrisis(), crisis_tracker("acuut_gevaar"))[0])[0]
    school_route = kb.scholen["voorbeeld-roc"].veiligheid.acuut_op_school
    assert first.index("112") < first.index(school_route) < first.index("0900-8844")


def test_no_place_to_sleep_gives_today_s_route_and_the_region_s_shelter(kb):
    first = texts(run_action(ActionCrisis(), crisis_tracker("geen_slaapplek"))[0])[0]
    assert "nachtopvang" in first and "opvangatlas.nl" in first
    assert kb.scholen["voorbeeld-roc"].veiligheid.nachtopvang.functie in first
    assert "112" in first


def test_no_place_to_sleep_gives_under_18s_a_route_that_answers_at_night(kb):
    # The night shelter is adult care (Wmo); under 18 the municipality's youth crisis care is the way, and
    # Veilig Thuis answers day and night (sources: crisis.yml, opvang).
    msgs, _ = run_action(ActionCrisis(), crisis_tracker("geen_slaapplek"))
    first, after_hours = texts(msgs)[0], texts(msgs)[-1]
    under_18 = next(line for line in first.split("\n\n") if "jonger dan 18" in line)
    assert "0800-2000" in under_18 and "dag en nacht" in under_18
    assert "jonger dan 18" in after_hours and "Veilig Thuis" in after_hours


def test_a_second_kind_adds_its_own_line(kb):
    first = texts(run_action(ActionCrisis(), crisis_tracker("geweld_thuis", "zelfdoding"))[0])[0]
    # zelfdoding comes first (VOORRANG); violence at home adds Veilig Thuis.
    assert first_number(first) == "113" and "0800-2000" in first


def test_a_teacher_gets_the_meldcode_no_secrecy_and_the_aandachtsfunctionaris(kb):
    msgs, _ = run_action(ActionCrisis(), crisis_tracker("geweld_thuis", slots={"rol": "docent"}))
    whole = all_text(msgs)
    assert "Is de student nu in gevaar? Bel 112." in texts(msgs)[0]
    assert "0800-2000" in texts(msgs)[0] and "113" in texts(msgs)[0]
    assert all(step in whole for step in kb.crisis.meldcode.stappen)
    assert "geen geheimhouding" in whole
    assert kb.scholen["voorbeeld-roc"].veiligheid.aandachtsfunctionaris.contact.email in whole
    assert kb.scholen["voorbeeld-roc"].vertrouwenspersoon.contact.email not in whole


@pytest.mark.parametrize("kinds", [("zelfdoding",), ("algemeen",)])
def test_a_teacher_in_crisis_themselves_gets_their_own_answer_not_the_one_about_a_student(kb, kinds):
    # Found by review: the role slot alone made "ik wil niet meer leven" (or the check-in's "het gaat niet
    # goed") from someone who once clicked "Ik ben docent" into "Is de student nu in gevaar?".
    msgs, _ = run_action(ActionCrisis(), crisis_tracker(*kinds, slots={"rol": "docent"}))
    assert first_number(texts(msgs)[0]) == "113"
    assert "student" not in texts(msgs)[0].lower()


def test_a_teacher_at_a_school_kansenbot_does_not_know_is_sent_to_the_meldcode_people_not_to_a_mentor(kb):
    from actions.knowledge.crisis import crisis_antwoord

    whole = "\n".join(str(m["text"]) for m in crisis_antwoord(kb, None, ["zorg_om_student"], "docent"))
    assert kb.crisis.teksten.school_onbekend_docent in whole
    assert kb.crisis.teksten.school_onbekend not in whole
    assert "mentor" not in whole.lower()


def test_teacher_phrasing_found_by_nlu_gets_the_teacher_answer_without_the_role_slot(kb):
    msgs, _ = run_action(ActionCrisis(), crisis_tracker("zorg_om_student", "seksueel_geweld"))
    assert "meldcode" in all_text(msgs) and "0800-0188" in texts(msgs)[0]


def test_the_check_in_is_one_short_message_with_113_and_112_in_one_line_and_buttons(kb):
    msgs, _ = run_action(ActionCrisis(), crisis_tracker("checkin"))
    assert len(msgs) == 1
    line = texts(msgs)[0].splitlines()[-1]
    assert "113" in line and "112" in line
    assert "Hoe gaat het nu met je?" in texts(msgs)[0]
    assert payloads(msgs) == ['/crisis{"crisis_soort":"algemeen"}', "/help", '/contact_persoon{"persoon":"vertrouwenspersoon"}']


def test_a_crisis_without_a_kind_gets_the_general_answer(kb):
    msgs, _ = run_action(ActionCrisis(), crisis_tracker())
    assert texts(msgs)[0].startswith(kb.crisis.soort("algemeen").opening)


def test_never_asks_which_school_first(kb_copy, monkeypatch):
    text = (kb_copy / "schools" / "voorbeeld-roc.yml").read_text(encoding="utf-8")
    (kb_copy / "schools" / "tweede-roc.yml").write_text(text.replace("id: voorbeeld-roc", "id: tweede-roc"), encoding="utf-8")
    monkeypatch.setattr(base, "KNOWLEDGE", load_knowledge(kb_copy))
    monkeypatch.delenv(base.ENV_SCHOOL, raising=False)
    tracker = make_tracker(intent="crisis")
    tracker.latest_message["entities"] = [{"entity": "crisis_soort", "value": "zelfdoding"}]
    msgs, _ = run_action(ActionCrisis(), tracker)
    assert "113" in texts(msgs)[0]
    assert "mentor of met de vertrouwenspersoon" in all_text(msgs)
    assert "/contact_persoon" in payloads(msgs)


def test_the_school_from_the_channel_is_remembered(kb):
    tracker = crisis_tracker("zelfdoding", slots={"school": None, "session_started_metadata": {"school": "voorbeeld-roc"}})
    _, events = run_action(ActionCrisis(), tracker)
    assert slot_events(events) == {"school": "voorbeeld-roc"}


def test_when_building_the_answer_fails_113_and_112_still_go_out(kb, monkeypatch):
    import actions.action_crisis as module

    monkeypatch.setattr(module, "crisis_antwoord", lambda *args: 1 / 0)
    msgs, _ = run_action(ActionCrisis(), crisis_tracker("zelfdoding"))
    assert "113" in all_text(msgs) and "112" in all_text(msgs)
    assert kb.teksten.fout_excuus not in all_text(msgs)


@pytest.mark.parametrize("kinds, slots", [
    (("zelfdoding",), {}),
    (("geweld_thuis", "acuut_gevaar"), {}),
    (("seksueel_geweld",), {"rol": "docent"}),
    (("checkin",), {}),
    (("geen_slaapplek",), {"school": None, "session_started_metadata": {"school": "voorbeeld-roc"}}),
])
def test_the_rasa_server_builds_exactly_the_same_answer_when_the_action_server_is_down(kb, kinds, slots):
    tracker = crisis_tracker(*kinds, slots=slots)
    msgs, events = run_action(ActionCrisis(), tracker)
    # What Rasa sends the action server: the tracker as JSON (rasa_sdk reads the same fields).
    payload = {"next_action": "action_crisis", "tracker": {"slots": tracker.slots, "latest_message": tracker.latest_message}}
    fallback = runtime_crisis.answer_from_action_request(payload)
    assert [(m["text"], m.get("buttons") or []) for m in fallback["responses"]] == [
        (m["text"], m.get("buttons") or []) for m in msgs
    ]
    assert fallback["events"] == [{k: v for k, v in e.items() if k != "timestamp"} for e in events]


# --- the reply right after a crisis answer (actions/action_crisis_vervolg.py) ---------------------------------
from actions.action_crisis_vervolg import ActionCrisisVervolg  # noqa: E402


def user_event(text, *kinds):
    return {"event": "user", "text": text, "parse_data": {
        "intent": {"name": "crisis" if kinds else "out_of_scope", "confidence": 1.0},
        "entities": [{"entity": "crisis_soort", "value": kind} for kind in kinds]}}


def reply_after(first_kinds, reply, intent="out_of_scope", slots=None):
    """A tracker whose previous user message got a crisis answer for ``first_kinds``; now ``reply``."""
    events = [user_event("eerste bericht", *first_kinds), {"event": "action", "name": "action_crisis"},
              user_event(reply)]
    tracker = make_tracker({**SCHOOL, **(slots or {})}, intent=intent, events=events)
    tracker.latest_message["text"] = reply
    return tracker


@pytest.mark.parametrize("reply, intent", [
    ("slecht", "out_of_scope"), ("niet zo goed nee", "deny"), ("niet goed", "affirm"), ("weet niet", "nlu_fallback"),
    ("gaat wel", "out_of_scope"), ("ja", "affirm"), ("goed maar ik slaap niet meer", "out_of_scope"),
])
def test_after_the_check_in_a_reply_that_is_not_clearly_good_gets_the_general_crisis_answer(kb, reply, intent):
    msgs, _ = run_action(ActionCrisisVervolg(), reply_after(["checkin"], reply, intent))
    first = texts(msgs)[0]
    assert first_number(first) == "113", first
    assert "112" in first
    assert kb.scholen["voorbeeld-roc"].vertrouwenspersoon.contact.email in all_text(msgs)
    assert texts(msgs) == texts(run_action(ActionCrisis(), crisis_tracker("algemeen"))[0])


@pytest.mark.parametrize("reply", ["prima", "gaat goed hoor", "beter nu, dank je", "oke"])
def test_after_the_check_in_a_clearly_good_reply_gets_the_topics_not_the_numbers_again(kb, reply):
    msgs, _ = run_action(ActionCrisisVervolg(), reply_after(["checkin"], reply, "affirm"))
    assert texts(msgs)[0] == kb.crisis.checkin.goed_reactie
    assert msgs[1].get("response") == "utter_onderwerpen"
    assert "113" not in all_text(msgs)


def test_after_a_full_crisis_answer_not_good_gets_113_and_112_and_a_person_but_not_the_whole_answer_again(kb):
    msgs, _ = run_action(ActionCrisisVervolg(), reply_after(["zelfdoding"], "nee", "deny"))
    assert len(msgs) == 1
    assert "113" in texts(msgs)[0] and "112" in texts(msgs)[0]
    assert '/contact_persoon{"persoon":"vertrouwenspersoon"}' in payloads(msgs)


def test_a_teacher_after_the_check_in_gets_the_same_general_answer(kb):
    msgs, _ = run_action(ActionCrisisVervolg(), reply_after(["checkin"], "slecht", slots={"rol": "docent"}))
    assert first_number(texts(msgs)[0]) == "113"


def test_when_the_action_server_cannot_answer_the_server_gives_the_same_reply(kb):
    tracker = reply_after(["checkin"], "slecht")
    payload = {"next_action": "action_crisis_vervolg", "tracker": {
        "slots": tracker.slots, "latest_message": tracker.latest_message, "events": tracker.events}}
    answer = runtime_crisis.answer_from_action_request(payload)
    msgs, _ = run_action(ActionCrisisVervolg(), tracker)
    assert [m.get("text") for m in answer["responses"]] == texts(msgs)
    assert runtime_crisis.is_crisis_action("action_crisis_vervolg")


def test_a_failing_reply_after_a_crisis_still_shows_113_and_112(kb, monkeypatch):
    import actions.action_crisis_vervolg as module

    def broken(*args, **kwargs):
        raise RuntimeError("kapot")

    monkeypatch.setattr(module, "na_crisis", broken)
    msgs, _ = run_action(ActionCrisisVervolg(), reply_after(["checkin"], "slecht"))
    assert "113" in all_text(msgs) and "112" in all_text(msgs)


@pytest.mark.parametrize("reply", ["ja hoor prima 🙃", "top 🙄", "goed :("])
def test_a_sarcastic_or_sad_good_after_the_check_in_gets_the_help(kb, reply):
    msgs, _ = run_action(ActionCrisisVervolg(), reply_after(["checkin"], reply, "affirm"))
    assert first_number(texts(msgs)[0]) == "113"


@pytest.mark.parametrize("intent", ["goodbye", "thanks"])
def test_leaving_right_after_a_crisis_answer_gets_a_goodbye_with_113_and_112(kb, intent):
    for first in (["checkin"], ["zelfdoding"]):
        msgs, _ = run_action(ActionCrisisVervolg(), reply_after(first, "doei", intent))
        assert len(msgs) == 1
        assert texts(msgs)[0].startswith(kb.crisis.checkin.afscheid)
        assert "113" in texts(msgs)[0] and "112" in texts(msgs)[0]


def test_a_second_check_in_signal_right_after_the_check_in_gets_the_general_answer(kb):
    events = [user_event("ik kan niet meer", "checkin"), {"event": "action", "name": "action_crisis"},
              user_event("ik weet het niet", "checkin")]
    tracker = crisis_tracker("checkin", events=events)
    msgs, _ = run_action(ActionCrisis(), tracker)
    assert texts(msgs) == texts(run_action(ActionCrisis(), crisis_tracker("algemeen"))[0])
    # the first check-in of a conversation stays a check-in
    assert texts(run_action(ActionCrisis(), crisis_tracker("checkin"))[0])[0].startswith(kb.crisis.checkin.opening)


@pytest.mark.parametrize("first", [["zelfdoding"], ["acuut_gevaar", "geweld_thuis"], ["checkin"]])
def test_a_check_in_signal_right_after_any_crisis_answer_gets_the_general_answer_also_from_the_server(kb, first):
    # "chill, heb alles al geregeld" after a suicide answer is a warning sign: never the same "how are you?" again
    events = [user_event("eerste bericht", *first), {"event": "action", "name": "action_crisis"},
              user_event("ok ik heb alles al geregeld", "checkin")]
    tracker = crisis_tracker("checkin", events=events)
    msgs, _ = run_action(ActionCrisis(), tracker)
    general = texts(run_action(ActionCrisis(), crisis_tracker("algemeen"))[0])
    assert texts(msgs) == general
    assert first_number(texts(msgs)[0]) == "113" and "112" in texts(msgs)[0]
    payload = {"next_action": "action_crisis", "tracker": {
        "slots": tracker.slots, "latest_message": tracker.latest_message, "events": tracker.events}}
    assert [m["text"] for m in runtime_crisis.answer_from_action_request(payload)["responses"]] == general


@pytest.mark.parametrize("reply", ["chill, alles is geregeld", "prima, ik ben er klaar mee", "goed, ik heb afscheid genomen",
                                   "top, mijn zaken zijn op orde"])
def test_a_good_word_next_to_a_farewell_word_after_a_crisis_answer_is_no_good_reply(kb, reply):
    for first in (["checkin"], ["zelfdoding"]):
        msgs, _ = run_action(ActionCrisisVervolg(), reply_after(first, reply, "affirm"))
        assert texts(msgs)[0] != kb.crisis.checkin.goed_reactie
        assert "113" in texts(msgs)[0] and "112" in texts(msgs)[0]
