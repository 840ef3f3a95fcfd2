"""Scheme cards (issue 11): never shown to an audience they exclude, stale and unchecked items handled by rule,
every card carries its condition, who applies and a checked link; the parent role gets parent copy."""
import datetime as dt
import itertools

import pytest

import actions.action_regelingen_zoeken as regelingen_module
from actions.action_budgetcoach import ActionBudgetcoach
from actions.action_contact_persoon import ActionContactPersoon
from actions.action_leenlaptop import ActionLeenlaptop
from actions.action_regelingen_zoeken import ActionRegelingenZoeken
from actions.knowledge.query import (
    NIET_GEVERIFIEERD,
    VEROUDERD,
    Publiek,
    leerweg_maakt_uit,
    status,
    uitgesloten,
    zoek_regelingen,
)

from .conftest import all_text, make_tracker, payloads, run_action, texts

SCHOOL = {"school": "voorbeeld-roc"}
TODAY = dt.date(2026, 12, 3)
ROLLEN = ("student", "ouder", "docent")
LEEFTIJDEN = ("onder_18", "18_plus", "onbekend")
LEERWEGEN = ("bol", "bbl", None)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(regelingen_module, "vandaag", lambda: TODAY)


def all_cards(slots, rol="student"):
    """Every card text over all pages of the scheme route, as the user would page through them."""
    seen = []
    for page in range(1, 15):
        msgs, _ = run_action(
            ActionRegelingenZoeken(), make_tracker({**SCHOOL, "rol": rol, **slots}, intent="regelingen", entities={"pagina": page})
        )
        seen += [t for t in texts(msgs) if "\n" in t]
        if not any('"pagina"' in p for p in payloads(msgs)):
            break
    return seen


def titles(cards):
    return [c.split("\n")[0] for c in cards]


def by_id(kb, ident):
    return next(r for r in kb.regelingen if r.id == ident)


# --- never shown to an audience it excludes: one test per rule ----------------------------------------------
@pytest.mark.parametrize(
    "leerweg, hidden, visible",
    [
        ("bbl", ("studentenreisproduct-mbo", "duo-studiefinanciering-mbo", "duo-aanvullende-beurs"), "bbl-geen-studiefinanciering"),
        ("bol", ("bbl-geen-studiefinanciering",), "studentenreisproduct-mbo"),
    ],
)
def test_a_scheme_for_one_leerweg_is_never_shown_in_the_other(kb, leerweg, hidden, visible):
    shown = titles(all_cards({"betaalt_voor": "alles", "leeftijd": "18_plus", "leerweg": leerweg}))
    for ident in hidden:
        assert by_id(kb, ident).titel not in shown
    assert by_id(kb, visible).titel in shown


def test_under_18_never_sees_adult_only_schemes(kb):
    shown = titles(all_cards({"betaalt_voor": "alles", "leeftijd": "onder_18", "leerweg": "bol"}))
    for ident in ("zorgtoeslag-18-plus", "duo-studiefinanciering-mbo", "geldfit"):
        assert by_id(kb, ident).titel not in shown
    assert by_id(kb, "stichting-leergeld").titel in shown


def test_adult_never_sees_under_18_schemes(kb):
    shown = titles(all_cards({"betaalt_voor": "alles", "leeftijd": "18_plus", "leerweg": "bol"}))
    for ident in ("stichting-leergeld", "geen-lesgeld-onder-18", "internet-thuis-onder-18"):
        assert by_id(kb, ident).titel not in shown


@pytest.mark.parametrize("rol", ROLLEN)
def test_tegemoetkoming_scholieren_never_reaches_an_mbo_audience(kb, rol):
    shown = titles(all_cards({"betaalt_voor": "alles", "leeftijd": "18_plus", "leerweg": "onbekend"}, rol=rol))
    assert by_id(kb, "tegemoetkoming-scholieren").titel not in shown


def test_parent_never_sees_teacher_or_student_only_material(kb):
    shown = titles(all_cards({"betaalt_voor": "alles", "leeftijd": "onbekend", "leerweg": "onbekend"}, rol="ouder"))
    for ident in ("nibud-in-gesprek-over-geld", "job-schoolkosten", "jip-jongeren-informatie-punt"):
        assert by_id(kb, ident).titel not in shown


def test_no_excluded_scheme_in_any_audience_combination(kb):
    """The rules above, exhaustively: whatever `uitgesloten` rejects never comes back from the search."""
    school = kb.scholen["voorbeeld-roc"]
    for rol, leeftijd, leerweg in itertools.product(ROLLEN, LEEFTIJDEN, LEERWEGEN):
        publiek = Publiek(rol=rol, leeftijd=leeftijd, leerweg=leerweg)
        shown = {k.id for k in zoek_regelingen(kb, school, rol=rol, betaalt_voor="alles", leeftijd=leeftijd,
                                                gemeente=None, leerweg=leerweg, vandaag=TODAY)}
        for regeling in kb.regelingen:
            if uitgesloten(regeling, publiek):
                assert regeling.id not in shown, (regeling.id, publiek)


# --- stale and unchecked --------------------------------------------------------------------------------------
def test_stale_after_twelve_months_counted_from_today(kb):
    regeling = by_id(kb, "studentenreisproduct-mbo")
    checked = regeling.laatst_gecontroleerd
    assert status(regeling, checked + dt.timedelta(days=365)) != VEROUDERD
    assert status(regeling, checked + dt.timedelta(days=366)) == VEROUDERD


def test_stale_card_is_shown_with_its_check_date_and_a_warning(kb, monkeypatch):
    regeling = by_id(kb, "studentenreisproduct-mbo")
    monkeypatch.setattr(regelingen_module, "vandaag", lambda: regeling.laatst_gecontroleerd + dt.timedelta(days=400))
    cards = all_cards({"betaalt_voor": "reizen", "leeftijd": "18_plus", "leerweg": "bol"})
    card = next(c for c in cards if c.startswith(regeling.titel))
    assert "meer dan een jaar geleden" in card
    assert f"{regeling.laatst_gecontroleerd.year}" in card
    assert card.split("\n")[-1] == str(regeling.link), "the warning comes before the link"


def test_fresh_card_has_no_warning(kb):
    cards = all_cards({"betaalt_voor": "reizen", "leeftijd": "18_plus", "leerweg": "bol"})
    card = next(c for c in cards if c.startswith(by_id(kb, "studentenreisproduct-mbo").titel))
    assert "meer dan een jaar" not in card and kb.teksten.kaart_niet_gecontroleerd not in card


@pytest.mark.parametrize("rol", ["student", "ouder"])
def test_unchecked_scheme_is_withheld_from_students_and_parents(kb, rol):
    unchecked = [r for r in kb.regelingen if status(r, TODAY) == NIET_GEVERIFIEERD]
    assert unchecked, "the shipped data has an unchecked scheme to test with"
    shown = titles(all_cards({"betaalt_voor": "alles", "leeftijd": "onder_18", "leerweg": "onbekend"}, rol=rol))
    assert not {r.titel for r in unchecked} & set(shown)


def test_unchecked_scheme_is_shown_to_teachers_marked(kb):
    regeling = by_id(kb, "leermiddelen-basisvaardigheden-onder-18")
    cards = all_cards({"betaalt_voor": "boeken", "leeftijd": "onder_18", "leerweg": "onbekend"}, rol="docent")
    card = next(c for c in cards if c.startswith(regeling.titel))
    assert kb.teksten.kaart_niet_gecontroleerd in card


# --- what a card shows ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "ident, slots, fragment",
    [
        ("stichting-leergeld", {"betaalt_voor": "device", "leeftijd": "onder_18", "leerweg": "bol"}, "je ouder of verzorger"),
        ("bijzondere-bijstand", {"betaalt_voor": "device", "leeftijd": "18_plus", "leerweg": "bol"}, "vóórdat je de kosten maakt"),
        ("duo-studiefinanciering-mbo", {"betaalt_voor": "boeken", "leeftijd": "18_plus", "leerweg": "bol"}, "binnen 10 jaar"),
        ("studentenreisproduct-mbo", {"betaalt_voor": "reizen", "leeftijd": "onder_18", "leerweg": "bol"}, "Alleen voor bol"),
    ],
)
def test_card_shows_the_condition_that_matters_and_who_applies(kb, ident, slots, fragment):
    regeling = by_id(kb, ident)
    card = next(c for c in all_cards(slots) if c.startswith(regeling.titel))
    assert fragment in card
    assert regeling.kort in card
    assert kb.teksten.kaart_aanvrager["student"][regeling.aanvrager.value] in card


def test_every_shown_link_is_a_source_that_was_read(kb):
    for regeling in kb.regelingen:
        if regeling.link:
            assert regeling.link == regeling.bron or regeling.link in regeling.andere_bronnen, regeling.id
    for card in all_cards({"betaalt_voor": "alles", "leeftijd": "onbekend", "leerweg": "onbekend"}, rol="docent"):
        last = card.split("\n")[-1]
        if last.startswith("https://"):
            regeling = next((r for r in kb.regelingen if r.titel == card.split("\n")[0]), None)
            if regeling:  # the school's own fund links to the school
                assert last in {str(regeling.bron), *map(str, regeling.andere_bronnen)}


def test_bol_or_bbl_is_asked_only_when_it_changes_the_answer(kb):
    school = kb.scholen["voorbeeld-roc"]
    assert leerweg_maakt_uit(kb, school, Publiek("student", "18_plus"), betaalt_voor="reizen", gemeente=None, vandaag=TODAY)
    assert not leerweg_maakt_uit(kb, school, Publiek("student", "onder_18"), betaalt_voor="internet", gemeente=None, vandaag=TODAY)
    msgs, _ = run_action(
        ActionRegelingenZoeken(), make_tracker({**SCHOOL, "betaalt_voor": "reizen", "leeftijd": "18_plus"}, intent="regelingen")
    )
    assert texts(msgs) == [kb.teksten.regelingen_vraag_leerweg]
    assert '/regelingen{"leerweg":"bbl"}' in payloads(msgs)
    msgs, _ = run_action(
        ActionRegelingenZoeken(), make_tracker({**SCHOOL, "betaalt_voor": "internet", "leeftijd": "onder_18"}, intent="regelingen")
    )
    assert kb.teksten.regelingen_intro in texts(msgs)


def test_debts_and_health_insurance_reach_municipal_debt_help_and_zorgtoeslag(kb):
    shown = titles(all_cards({"betaalt_voor": "vaste_lasten", "leeftijd": "18_plus", "leerweg": "bbl"}))
    assert by_id(kb, "gemeentelijke-schuldhulpverlening").titel in shown
    assert by_id(kb, "zorgtoeslag-18-plus").titel in shown


# --- the parent role ----------------------------------------------------------------------------------------
def test_parent_is_asked_about_their_child(kb):
    msgs, _ = run_action(ActionRegelingenZoeken(), make_tracker({**SCHOOL, "rol": "ouder"}, intent="regelingen"))
    assert texts(msgs) == [kb.teksten.regelingen_vraag_betaalt_voor_ouder]
    msgs, _ = run_action(
        ActionRegelingenZoeken(), make_tracker({**SCHOOL, "rol": "ouder", "betaalt_voor": "device"}, intent="regelingen")
    )
    assert texts(msgs) == [kb.teksten.regelingen_vraag_leeftijd_ouder]


def test_parent_sees_schemes_they_apply_for_first_in_parent_words(kb):
    cards = all_cards({"betaalt_voor": "device", "leeftijd": "onder_18", "leerweg": "bol"}, rol="ouder")
    national = [c for c in cards if c.split("\n")[0] in {r.titel for r in kb.regelingen if r.niveau.value == "landelijk"}]
    assert national[0].startswith(by_id(kb, "stichting-leergeld").titel)
    assert kb.teksten.kaart_aanvrager["ouder"]["ouder"] in national[0]
    assert not any(kb.teksten.kaart_aanvrager["student"]["ouder"] in c for c in cards), "no student wording for a parent"


def test_parent_gets_parent_copy_and_the_schools_contact_for_parents(kb):
    msgs, _ = run_action(ActionLeenlaptop(), make_tracker({**SCHOOL, "rol": "ouder"}, intent="geen_laptop"))
    assert texts(msgs)[0] == kb.teksten.leenlaptop_intro_ouder.format(school="Voorbeeld-ROC")
    msgs, _ = run_action(ActionContactPersoon(), make_tracker({**SCHOOL, "rol": "ouder"}, intent="contact_persoon"))
    assert kb.teksten.contact_intro_ouder in texts(msgs)
    assert kb.scholen["voorbeeld-roc"].ouders.contact.email in all_text(msgs)
    msgs, _ = run_action(ActionBudgetcoach(), make_tracker({**SCHOOL, "rol": "ouder"}, intent="geldzorgen"))
    assert texts(msgs)[0] == kb.teksten.budgetcoach_intro_ouder
    assert kb.teksten.budgetcoach_mentor_mee not in texts(msgs)
    assert '/regelingen{"betaalt_voor":"vaste_lasten"}' in payloads(msgs)


def test_student_copy_has_no_patronising_line(kb):
    msgs, _ = run_action(ActionLeenlaptop(), make_tracker(SCHOOL, intent="geen_laptop"))
    assert "heel normaal" not in all_text(msgs)
