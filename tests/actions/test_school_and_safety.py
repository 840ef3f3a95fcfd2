"""Which school applies, session start, and the safety net: no crash ever reaches the user."""
import pytest

import actions.action_session_start as session_module
import actions.base as base
from actions.action_budgetcoach import ActionBudgetcoach
from actions.action_digitale_tutorial import ActionDigitaleTutorial
from actions.action_docent_professionalisering import ActionDocentProfessionalisering
from actions.action_internet_studieplek import ActionInternetStudieplek
from actions.action_leenlaptop import ActionLeenlaptop
from actions.action_regelingen_zoeken import ActionRegelingenZoeken
from actions.action_session_start import ActionSessionStart
from actions.knowledge import load_knowledge

from .conftest import all_text, domain_dict, make_tracker, payloads, run_action, slot_events, texts


@pytest.fixture
def two_schools(kb_copy, monkeypatch):
    text = (kb_copy / "schools" / "voorbeeld-roc.yml").read_text(encoding="utf-8")
    text = text.replace("id: voorbeeld-roc", "id: tweede-roc").replace("naam: Voorbeeld-ROC", "naam: Tweede Voorbeeld-ROC")
    (kb_copy / "schools" / "tweede-roc.yml").write_text(text, encoding="utf-8")
    kb = load_knowledge(kb_copy)
    monkeypatch.setattr(base, "KNOWLEDGE", kb)
    monkeypatch.setattr(session_module, "KNOWLEDGE", kb)
    monkeypatch.delenv(base.ENV_SCHOOL, raising=False)
    return kb


def test_several_schools_and_none_known_asks_once_with_buttons_that_reroute(two_schools):
    msgs, events = run_action(ActionLeenlaptop(), make_tracker(intent="geen_laptop"))
    assert texts(msgs) == [two_schools.teksten.kies_school]
    assert sorted(payloads(msgs)) == ['/geen_laptop{"school":"tweede-roc"}', '/geen_laptop{"school":"voorbeeld-roc"}']
    assert events == []


def test_school_is_asked_only_once_for_two_routes_in_one_message(two_schools):
    asked = [
        {"event": "user", "text": None},
        {"event": "action", "name": "action_leenlaptop"},
        {"event": "bot", "text": two_schools.teksten.kies_school},
    ]
    msgs, _ = run_action(ActionBudgetcoach(), make_tracker(intent="geen_laptop+geldzorgen", events=asked))
    assert msgs == []
    msgs, _ = run_action(ActionBudgetcoach(), make_tracker(intent="geen_laptop+geldzorgen", events=asked[:2]))
    assert payloads(msgs)[0].startswith("/geen_laptop+geldzorgen{")


def test_school_slot_picks_the_profile(two_schools):
    msgs, events = run_action(ActionLeenlaptop(), make_tracker({"school": "tweede-roc"}, intent="geen_laptop"))
    assert "Tweede Voorbeeld-ROC" in texts(msgs)[0]
    assert events == []


def test_unknown_school_in_slot_is_cleared_and_asked(two_schools):
    msgs, events = run_action(ActionLeenlaptop(), make_tracker({"school": "bestaat-niet"}, intent="geen_laptop"))
    assert texts(msgs) == [two_schools.teksten.kies_school]
    assert slot_events(events) == {"school": None}


def test_channel_metadata_names_the_school(two_schools):
    tracker = make_tracker({"session_started_metadata": {"school": "tweede-roc"}}, intent="geen_laptop")
    msgs, events = run_action(ActionLeenlaptop(), tracker)
    assert slot_events(events) == {"school": "tweede-roc"}
    assert "Tweede Voorbeeld-ROC" in texts(msgs)[0]


def test_env_pins_the_school(two_schools, monkeypatch):
    monkeypatch.setenv(base.ENV_SCHOOL, "tweede-roc")
    _, events = run_action(ActionLeenlaptop(), make_tracker(intent="geen_laptop"))
    assert slot_events(events) == {"school": "tweede-roc"}


def test_routes_without_school_content_do_not_ask(two_schools):
    msgs, _ = run_action(ActionDigitaleTutorial(), make_tracker({"tool": "kahoot"}, intent="digitale_vaardigheid"))
    assert "Kahoot" in texts(msgs)[0]


# --- session start ---------------------------------------------------------------------------------
def test_session_start_sets_school_from_metadata_and_keeps_defaults(two_schools):
    tracker = make_tracker({"session_started_metadata": {"school": "tweede-roc", "andere": 1}})
    msgs, events = run_action(ActionSessionStart(), tracker)
    assert msgs == []
    assert [e["event"] for e in events] == ["session_started", "slot", "slot", "action"]
    assert events[1]["name"] == "school" and events[1]["value"] == "tweede-roc"
    assert events[-1]["name"] == "action_listen"


def test_session_start_ignores_unknown_school_and_leaves_it_open(two_schools):
    tracker = make_tracker({"session_started_metadata": {"school": "nep"}})
    _, events = run_action(ActionSessionStart(), tracker)
    assert [e["event"] for e in events] == ["session_started", "slot", "action"]
    assert "school" not in slot_events(events)


def test_session_start_single_profile_is_used(kb):
    _, events = run_action(ActionSessionStart(), make_tracker())
    assert slot_events(events)["school"] == "voorbeeld-roc"


def test_session_start_carries_slots_over_only_when_configured():
    domain = domain_dict()
    domain["session_config"]["carry_over_slots_to_new_session"] = True
    old = [{"event": "slot", "name": "gemeente", "value": "Utrecht"}]
    _, events = run_action(ActionSessionStart(), make_tracker(events=old), domain)
    assert slot_events(events)["gemeente"] == "Utrecht"
    domain["session_config"]["carry_over_slots_to_new_session"] = False
    _, events = run_action(ActionSessionStart(), make_tracker(events=old), domain)
    assert "gemeente" not in slot_events(events)


# --- safety net -----------------------------------------------------------------------------------
def test_failing_action_apologises_and_names_a_human_without_partial_output(kb, monkeypatch):
    def broken(self, turn):
        turn.say("half bericht")
        raise RuntimeError("boom")

    monkeypatch.setattr(ActionBudgetcoach, "respond", broken)
    msgs, events = run_action(ActionBudgetcoach(), make_tracker({"school": "voorbeeld-roc"}, intent="geldzorgen"))
    assert texts(msgs)[0] == kb.teksten.fout_excuus
    assert "mentor" in texts(msgs)[1].lower()
    assert "half bericht" not in all_text(msgs)
    assert events == []


def test_failing_action_without_school_still_names_a_human(two_schools, monkeypatch):
    monkeypatch.setattr(ActionDigitaleTutorial, "respond", lambda self, turn: 1 / 0)
    msgs, _ = run_action(ActionDigitaleTutorial(), make_tracker(intent="digitale_vaardigheid"))
    assert texts(msgs) == [two_schools.teksten.fout_excuus, two_schools.teksten.fout_mens_algemeen]


# --- optional fields missing ----------------------------------------------------------------------
@pytest.fixture
def minimal_school(kb_copy, monkeypatch):
    """The example school with every optional field removed."""
    from ruamel.yaml import YAML

    path = kb_copy / "schools" / "voorbeeld-roc.yml"
    yaml = YAML(typ="safe", pure=True)
    data = yaml.load(path.read_text(encoding="utf-8"))
    for key in ("schoolfonds", "professionalisering"):
        data.pop(key)
    for plek in data["studieplekken"]:
        plek.pop("opmerking", None)
    data["wachtwoord"].pop("link")
    for loc in data["locaties"]:
        loc.pop("adres")
    with path.open("w", encoding="utf-8") as fh:
        yaml.dump(data, fh)
    kb = load_knowledge(kb_copy)
    monkeypatch.setattr(base, "KNOWLEDGE", kb)
    return kb


@pytest.mark.parametrize(
    "action, intent, slots",
    [
        (ActionRegelingenZoeken(), "regelingen", {"betaalt_voor": "device", "leeftijd": "onder_18"}),
        (ActionInternetStudieplek(), "geen_internet_studieplek", {}),
        (ActionDigitaleTutorial(), "digitale_vaardigheid", {"tool": "wachtwoord"}),
        (ActionDocentProfessionalisering(), "docent_professionalisering", {"rol": "docent"}),
    ],
)
def test_missing_optional_fields_do_not_crash(minimal_school, action, intent, slots):
    msgs, _ = run_action(action, make_tracker({"school": "voorbeeld-roc", **slots}, intent=intent))
    assert minimal_school.teksten.fout_excuus not in texts(msgs)
    assert msgs


def test_without_own_fund_the_generic_student_fund_is_shown(minimal_school):
    msgs, _ = run_action(
        ActionRegelingenZoeken(),
        make_tracker({"school": "voorbeeld-roc", "betaalt_voor": "device", "leeftijd": "onder_18", "leerweg": "bol"}, intent="regelingen"),
    )
    assert any(t.startswith("Studentenfonds van je school") for t in texts(msgs))


def test_wachtwoord_without_school_link_falls_back_to_tutorial_link(minimal_school):
    msgs, _ = run_action(
        ActionDigitaleTutorial(), make_tracker({"school": "voorbeeld-roc", "tool": "wachtwoord"}, intent="digitale_vaardigheid")
    )
    assert str(minimal_school.tutorials["wachtwoord"].link) in all_text(msgs)
