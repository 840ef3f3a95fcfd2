"""Every route action, run with real rasa_sdk trackers and dispatchers against the shipped knowledge base."""
import json

import pytest

from actions.action_analoog_alternatief import ActionAnaloogAlternatief
from actions.action_budgetcoach import ActionBudgetcoach
from actions.action_contact_persoon import ActionContactPersoon
from actions.action_digitale_tutorial import ActionDigitaleTutorial
from actions.action_docent_handreiking import ActionDocentHandreiking
from actions.action_docent_professionalisering import ActionDocentProfessionalisering
from actions.action_internet_studieplek import ActionInternetStudieplek
from actions.action_leenlaptop import ActionLeenlaptop
from actions.action_regelingen_zoeken import ActionRegelingenZoeken
from actions.knowledge.schema import OPDRACHT_TYPES, TOOL_IDS

from .conftest import all_text, buttons, make_tracker, payloads, run_action, slot_events, texts

SCHOOL = {"school": "voorbeeld-roc"}


def parse_payload(payload):
    intent, _, rest = payload[1:].partition("{")
    return intent, (json.loads("{" + rest) if rest else {})


HUMAN = "/contact_persoon"


def choices(msgs, intent):
    """The entities of the buttons that answer the question itself (the human button comes on top)."""
    return [entities for name, entities in map(parse_payload, payloads(msgs)) if name == intent]


# --- leenlaptop ---------------------------------------------------------------------------------------
def test_leenlaptop_gives_where_when_conditions_and_breakage(kb):
    msgs, events = run_action(ActionLeenlaptop(), make_tracker(SCHOOL, intent="geen_laptop"))
    leen = kb.scholen["voorbeeld-roc"].leenlaptop
    text = all_text(msgs)
    for fact in (leen.waar, leen.wanneer, leen.hoe_lang, leen.kapot, *leen.voorwaarden, *leen.aanvragen):
        assert fact in text
    assert '/regelingen{"betaalt_voor":"device"}' in payloads(msgs)
    assert '/contact_persoon{"persoon":"leenbalie"}' in payloads(msgs)
    assert events == []


def test_example_school_is_flagged_as_example_whenever_contacts_are_shown(kb):
    msgs, _ = run_action(ActionContactPersoon(), make_tracker(SCHOOL, intent="contact_persoon"))
    assert any("voorbeeldschool" in t for t in texts(msgs))
    assert msgs[-1].get("buttons"), "the next-step buttons stay on the last message"


# --- budgetcoach ---------------------------------------------------------------------------------------
def test_budgetcoach_lowers_threshold_and_offers_appointment(kb):
    msgs, _ = run_action(ActionBudgetcoach(), make_tracker(SCHOOL, intent="geldzorgen"))
    text = all_text(msgs)
    t = kb.teksten
    assert kb.scholen["voorbeeld-roc"].budgetcoach.hoe_gaat_een_gesprek in text
    assert t.budgetcoach_gratis_vertrouwelijk in text
    assert t.budgetcoach_mentor_mee in text
    assert msgs[-1]["text"] == t.budgetcoach_aanbod
    assert payloads(msgs) == [
        '/contact_persoon{"persoon":"budgetcoach"}', "/regelingen", '/regelingen{"betaalt_voor":"vaste_lasten"}'
    ]


def test_budgetcoach_promises_only_what_the_profile_confirms(kb, monkeypatch):
    coach = kb.scholen["voorbeeld-roc"].budgetcoach
    monkeypatch.setattr(coach, "vertrouwelijk", False)
    monkeypatch.setattr(coach, "mentor_mag_mee", False)
    msgs, _ = run_action(ActionBudgetcoach(), make_tracker(SCHOOL, intent="geldzorgen"))
    assert kb.teksten.budgetcoach_gratis_vertrouwelijk not in all_text(msgs)
    assert kb.teksten.budgetcoach_mentor_mee not in all_text(msgs)


# --- studieplek ----------------------------------------------------------------------------------------
def test_studieplek_lists_every_place_with_opening_hours(kb):
    msgs, _ = run_action(ActionInternetStudieplek(), make_tracker(SCHOOL, intent="geen_internet_studieplek"))
    text = all_text(msgs)
    for plek in kb.scholen["voorbeeld-roc"].studieplekken:
        assert plek.naam in text and plek.openingstijden in text
    assert "wifi" in text
    assert '/regelingen{"betaalt_voor":"internet"}' in payloads(msgs)
    assert "/analoog_alternatief" in payloads(msgs)


# --- tutorials -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("tool", TOOL_IDS)
def test_every_tool_has_steps_and_a_next_step_for_every_device(kb, tool):
    """Generic tutorial or the school's own system, for each device: numbered steps, then a human."""
    school = kb.scholen["voorbeeld-roc"]
    bron = school.systeem(tool) or kb.tutorials[tool]
    for apparaat in ("windows", "android"):
        slots = {**SCHOOL, "tool": tool, "apparaat": apparaat}
        msgs, events = run_action(ActionDigitaleTutorial(), make_tracker(slots, intent="digitale_vaardigheid"))
        text = all_text(msgs)
        stappen = bron.stappen_voor(apparaat) or bron.stappen_voor("windows")
        if tool != "wachtwoord":
            assert stappen[0] in text, (tool, apparaat)
        assert "1. " in text
        assert slot_events(events) == {"tool": None}
        assert '/contact_persoon{"persoon":"digitale_hulp"}' in payloads(msgs)


def test_tutorial_without_tool_asks_a_group_then_the_tools_of_that_group(kb):
    from actions.knowledge.schema import TUTORIAL_GROEPEN

    msgs, events = run_action(ActionDigitaleTutorial(), make_tracker(SCHOOL, intent="digitale_vaardigheid"))
    assert texts(msgs) == [kb.teksten.tutorial_vraag]
    assert [c["tool_groep"] for c in choices(msgs, "digitale_vaardigheid")] == list(TUTORIAL_GROEPEN)
    assert payloads(msgs)[-1] == HUMAN
    seen = set()
    for groep in TUTORIAL_GROEPEN:
        msgs, _ = run_action(
            ActionDigitaleTutorial(), make_tracker(SCHOOL, intent="digitale_vaardigheid", entities={"tool_groep": groep})
        )
        tools = [c["tool"] for c in choices(msgs, "digitale_vaardigheid") if "tool" in c]
        assert tools and all(kb.tutorials[t].groep == groep for t in tools)
        seen.update(tools)
        assert payloads(msgs)[-1] == HUMAN
        assert all(len(b["title"]) <= 30 for b in buttons(msgs))
    assert seen == set(TOOL_IDS), "every tool is reachable from the menu"


def test_unknown_tool_value_asks_again_and_clears_slot(kb):
    msgs, events = run_action(ActionDigitaleTutorial(), make_tracker({**SCHOOL, "tool": "tiktok"}, intent="digitale_vaardigheid"))
    assert texts(msgs) == [kb.teksten.tutorial_vraag]
    assert slot_events(events) == {"tool": None}


def test_password_tutorial_uses_the_schools_own_route(kb):
    msgs, _ = run_action(ActionDigitaleTutorial(), make_tracker({**SCHOOL, "tool": "wachtwoord"}, intent="digitale_vaardigheid"))
    route = kb.scholen["voorbeeld-roc"].wachtwoord
    text = all_text(msgs)
    assert route.stappen[0] in text
    assert str(route.link) in text
    assert route.hulp.email in text


def test_phone_steps_are_shown_when_they_differ(kb):
    msgs, _ = run_action(ActionDigitaleTutorial(), make_tracker({"tool": "teams"}, intent="digitale_vaardigheid"))
    assert kb.tutorials["teams"].telefoon_stappen[1] in all_text(msgs)


# --- analoog -------------------------------------------------------------------------------------------
def test_analoog_asks_kind_of_assignment_with_buttons(kb):
    msgs, events = run_action(ActionAnaloogAlternatief(), make_tracker(intent="analoog_alternatief"))
    assert texts(msgs) == [kb.teksten.analoog_vraag_student]
    assert {c["opdracht_type"] for c in choices(msgs, "analoog_alternatief")} == set(OPDRACHT_TYPES)
    assert payloads(msgs)[-1] == HUMAN
    assert slot_events(events) == {"opdracht_type": None, "school": "voorbeeld-roc"}


@pytest.mark.parametrize("kind", OPDRACHT_TYPES)
def test_analoog_student_tips_per_kind(kb, kind):
    msgs, events = run_action(ActionAnaloogAlternatief(), make_tracker({"opdracht_type": kind}, intent="analoog_alternatief"))
    for tip in kb.analoog[kind].student:
        assert tip in all_text(msgs)
    assert kb.teksten.analoog_student_vraag_docent in texts(msgs)
    assert slot_events(events)["opdracht_type"] is None


def test_analoog_teacher_gets_teacher_advice(kb):
    msgs, _ = run_action(
        ActionAnaloogAlternatief(), make_tracker({"opdracht_type": "online_quiz", "rol": "docent"}, intent="analoog_alternatief")
    )
    text = all_text(msgs)
    assert all(tip in text for tip in kb.analoog["online_quiz"].docent)
    assert not any(tip in text for tip in kb.analoog["online_quiz"].student)


# --- regelingen ----------------------------------------------------------------------------------------
def test_regelingen_asks_what_it_pays_for_first(kb):
    msgs, _ = run_action(ActionRegelingenZoeken(), make_tracker(SCHOOL, intent="regelingen"))
    assert texts(msgs) == [kb.teksten.regelingen_vraag_betaalt_voor]
    values = [c["betaalt_voor"] for c in choices(msgs, "regelingen")]
    assert values == ["device", "boeken", "internet", "reizen", "schoolkosten", "vaste_lasten", "alles"]


def test_regelingen_then_asks_age_band(kb):
    msgs, _ = run_action(ActionRegelingenZoeken(), make_tracker({**SCHOOL, "betaalt_voor": "device"}, intent="regelingen"))
    assert texts(msgs) == [kb.teksten.regelingen_vraag_leeftijd]
    assert [c["leeftijd"] for c in choices(msgs, "regelingen")] == ["onder_18", "18_plus", "onbekend"]


def _cards(msgs, kb):
    titles = {r.titel for r in kb.regelingen} | {kb.scholen["voorbeeld-roc"].schoolfonds.naam}
    return [t.split("\n")[0] for t in texts(msgs) if t.split("\n")[0] in titles]


def test_regelingen_minor_laptop_shows_three_cards_school_fund_first_and_more_button(kb):
    slots = {**SCHOOL, "betaalt_voor": "device", "leeftijd": "onder_18", "leerweg": "bol"}
    msgs, events = run_action(ActionRegelingenZoeken(), make_tracker(slots, intent="regelingen"))
    cards = _cards(msgs, kb)
    assert len(cards) == 3
    assert cards[0] == "Studentenfonds Voorbeeld-ROC"
    assert "Studiefinanciering (DUO)" not in cards  # 18+ only
    assert "Stichting Leergeld" in cards
    shown = {r.titel: r for r in kb.regelingen}
    for msg in msgs:
        titel = msg["text"].split("\n")[0]
        if titel in shown and shown[titel].link:
            assert msg["text"].split("\n")[-1] == str(shown[titel].link)
    assert '/regelingen{"pagina":2}' in payloads(msgs)
    assert kb.teksten.regelingen_gemeente_tip in texts(msgs)
    assert events == []


def test_regelingen_generic_school_fund_entry_steps_aside_for_the_schools_own(kb):
    slots = {**SCHOOL, "betaalt_voor": "alles", "leeftijd": "onbekend", "leerweg": "onbekend"}
    seen = []
    for page in range(1, 10):
        msgs, _ = run_action(ActionRegelingenZoeken(), make_tracker(slots, intent="regelingen", entities={"pagina": page}))
        seen += _cards(msgs, kb)
    assert "Studentenfonds van je school" not in seen
    assert seen.count("Studentenfonds Voorbeeld-ROC") == 1
    assert len(seen) == len(set(seen))


def test_regelingen_adult_sees_duo_and_not_under_18_schemes(kb):
    slots = {**SCHOOL, "betaalt_voor": "boeken", "leeftijd": "18_plus", "leerweg": "bol"}
    seen = []
    for page in (1, 2, 3, 4):
        msgs, _ = run_action(ActionRegelingenZoeken(), make_tracker(slots, intent="regelingen", entities={"pagina": page}))
        seen += _cards(msgs, kb)
    assert "Studiefinanciering (DUO)" in seen
    assert "Stichting Leergeld" not in seen
    assert "Vergoeding boeken taal, rekenen en burgerschap (onder 18)" not in seen


def test_regelingen_municipality_filter(kb):
    base = {**SCHOOL, "betaalt_voor": "device", "leeftijd": "onder_18", "leerweg": "bol"}
    msgs, _ = run_action(ActionRegelingenZoeken(), make_tracker({**base, "gemeente": "Utrecht"}, intent="regelingen"))
    cards = _cards(msgs, kb)
    assert cards[1] == "U-pas Kindpakket (Utrecht)"
    assert kb.teksten.regelingen_gemeente_tip not in texts(msgs)
    seen = []
    for page in range(1, 8):
        msgs, _ = run_action(
            ActionRegelingenZoeken(), make_tracker({**base, "gemeente": "Zwolle"}, intent="regelingen", entities={"pagina": page})
        )
        seen += _cards(msgs, kb)
    assert "U-pas Kindpakket (Utrecht)" not in seen
    assert "Bijzondere bijstand van je gemeente" in seen


def test_regelingen_last_page_ends_with_budgetcoach_and_no_more_button(kb):
    slots = {**SCHOOL, "betaalt_voor": "reizen", "leeftijd": "18_plus", "leerweg": "bol"}
    pages = []
    for page in range(1, 6):
        msgs, _ = run_action(ActionRegelingenZoeken(), make_tracker(slots, intent="regelingen", entities={"pagina": page}))
        pages.append(msgs)
        if not any("pagina" in p for p in payloads(msgs)):
            break
    last = pages[-1]
    assert texts(last)[-1] in (kb.teksten.regelingen_einde, kb.teksten.regelingen_geen)
    assert payloads(last)[-1] == '/contact_persoon{"persoon":"budgetcoach"}'


def test_regelingen_for_teacher_includes_teacher_material(kb):
    slots = {**SCHOOL, "betaalt_voor": "alles", "leeftijd": "onbekend", "leerweg": "onbekend", "rol": "docent"}
    seen = []
    for page in range(1, 10):
        msgs, _ = run_action(ActionRegelingenZoeken(), make_tracker(slots, intent="regelingen", entities={"pagina": page}))
        seen += _cards(msgs, kb)
    assert "Nibud: In gesprek over geld (voor docenten)" in seen
    msgs, _ = run_action(ActionRegelingenZoeken(), make_tracker({**SCHOOL, "rol": "docent"}, intent="regelingen"))
    assert texts(msgs) == [kb.teksten.regelingen_vraag_betaalt_voor_docent]


# --- docent --------------------------------------------------------------------------------------------
def test_handreiking_overview_lists_seven_with_buttons(kb):
    msgs, _ = run_action(ActionDocentHandreiking(), make_tracker({"rol": "docent"}, intent="docent_handreiking"))
    assert [c["aanbeveling"] for c in choices(msgs, "docent_handreiking")] == [a.id for a in kb.handreiking.aanbevelingen]
    assert payloads(msgs) == payloads(msgs)[:7] + [HUMAN]


def test_handreiking_recommendation_has_tips_questions_and_next(kb):
    msgs, _ = run_action(ActionDocentHandreiking(), make_tracker(intent="docent_handreiking", entities={"aanbeveling": "opmerken"}))
    gekozen = kb.handreiking.aanbevelingen[0]
    text = all_text(msgs)
    assert all(tip in text for tip in gekozen.tips)
    assert all(q in text for q in gekozen.intakevragen)
    assert '/docent_handreiking{"aanbeveling":"bespreekbaar_maken"}' in payloads(msgs)
    assert '/regelingen{"rol":"docent"}' in payloads(msgs)


def test_handreiking_last_recommendation_shows_sources(kb):
    msgs, _ = run_action(ActionDocentHandreiking(), make_tracker(intent="docent_handreiking", entities={"aanbeveling": "teamagenda"}))
    assert all(str(b.link) in all_text(msgs) for b in kb.handreiking.bronnen)
    assert not any("volgende" in b["title"].lower() for b in buttons(msgs))


def test_professionalisering_school_route_and_external_links(kb):
    msgs, _ = run_action(ActionDocentProfessionalisering(), make_tracker({**SCHOOL, "rol": "docent"}, intent="docent_professionalisering"))
    text = all_text(msgs)
    school = kb.scholen["voorbeeld-roc"]
    assert school.icoach.contact.email in text
    assert all(r.titel in text for r in school.professionalisering)
    assert all(str(r.link) in text for r in kb.professionalisering)
    assert '/contact_persoon{"persoon":"icoach"}' in payloads(msgs)


# --- contact -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "last_action, expected",
    [
        ("action_budgetcoach", "budgetcoach@example.org"),
        ("action_leenlaptop", "servicedesk@example.org"),
        ("action_crisis", "vertrouwenspersoon@example.org"),
        (None, "Stuur je mentor een chatbericht"),
    ],
)
def test_contact_follows_context(last_action, expected):
    events = [{"event": "action", "name": last_action}] if last_action else []
    msgs, _ = run_action(ActionContactPersoon(), make_tracker(SCHOOL, intent="contact_persoon", events=events))
    assert expected in all_text(msgs)


def test_contact_budgetcoach_shows_how_to_make_an_appointment(kb):
    msgs, _ = run_action(ActionContactPersoon(), make_tracker(SCHOOL, intent="contact_persoon", entities={"persoon": "budgetcoach"}))
    for step in kb.scholen["voorbeeld-roc"].budgetcoach.afspraak_maken:
        assert step in all_text(msgs)
    targets = [parse_payload(p)[1]["persoon"] for p in payloads(msgs)]
    assert "budgetcoach" not in targets and "mentor_slb" in targets and "vertrouwenspersoon" in targets


def test_contact_for_teacher_defaults_to_icoach():
    msgs, _ = run_action(ActionContactPersoon(), make_tracker({**SCHOOL, "rol": "docent"}, intent="contact_persoon"))
    assert "icoach@example.org" in all_text(msgs)


# --- the route's last message carries the next step, always with a human ------------------------------
ROUTES = [
    (ActionLeenlaptop, "geen_laptop", {}),
    (ActionBudgetcoach, "geldzorgen", {}),
    (ActionInternetStudieplek, "geen_internet_studieplek", {}),
    (ActionDigitaleTutorial, "digitale_vaardigheid", {}),
    (ActionDigitaleTutorial, "digitale_vaardigheid", {"tool": "outlook"}),
    (ActionAnaloogAlternatief, "analoog_alternatief", {}),
    (ActionAnaloogAlternatief, "analoog_alternatief", {"opdracht_type": "verslag"}),
    (ActionRegelingenZoeken, "regelingen", {}),
    (ActionRegelingenZoeken, "regelingen", {"betaalt_voor": "device", "leeftijd": "onder_18"}),
    (ActionRegelingenZoeken, "regelingen", {"betaalt_voor": "device", "leeftijd": "onder_18", "leerweg": "bbl"}),
    (ActionDigitaleTutorial, "digitale_vaardigheid", {"tool": "screenshot"}),
    (ActionDigitaleTutorial, "digitale_vaardigheid", {"tool": "screenshot", "apparaat": "mac"}),
    (ActionDigitaleTutorial, "digitale_vaardigheid", {"tool": "cijfers"}),
    (ActionDocentHandreiking, "docent_handreiking", {"rol": "docent"}),
    (ActionDocentProfessionalisering, "docent_professionalisering", {"rol": "docent"}),
    (ActionContactPersoon, "contact_persoon", {}),
]


@pytest.mark.parametrize("action, intent, slots", ROUTES)
def test_every_route_ends_with_next_step_buttons_that_include_a_human(action, intent, slots):
    msgs, _ = run_action(action(), make_tracker({**SCHOOL, **slots}, intent=intent))
    last = msgs[-1].get("buttons") or []
    assert last, "the route's own last message carries the next step"
    assert all(not m.get("buttons") for m in msgs[:-1]), "one set of next-step buttons, at the end"
    assert any(b["payload"].startswith(HUMAN) for b in last)


def test_loan_laptop_offers_money_worries_next(kb):
    msgs, _ = run_action(ActionLeenlaptop(), make_tracker(SCHOOL, intent="geen_laptop"))
    assert {"title": kb.teksten.knop_ook_geldzorgen, "payload": "/geldzorgen"} in msgs[-1]["buttons"]


@pytest.mark.parametrize("tool", ["teams", "teams_inleveren", "teams_scherm_delen", "teams_rooster"])
def test_teams_tutorial_offers_more_teams_questions(kb, tool):
    msgs, _ = run_action(ActionDigitaleTutorial(), make_tracker({**SCHOOL, "tool": tool}, intent="digitale_vaardigheid"))
    offered = [c["tool"] for c in choices(msgs[-1:], "digitale_vaardigheid") if c]
    assert offered == kb.tutorials[tool].vervolg
    assert len(offered) == 3 and all(t.startswith("teams") and t != tool for t in offered)
