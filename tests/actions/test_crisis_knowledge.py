"""data/knowledge/crisis.yml and the school's crisis fields: validated like schemes; a wrong or stale number
can never reach a student, and every fact names its source and check date."""
import datetime as dt

import pytest

from actions.knowledge import load_knowledge
from actions.knowledge.schema import CRISIS_SOORTEN

from .test_knowledge_schema import edit, problems


def test_shipped_crisis_knowledge_has_every_kind_and_sources(kb):
    assert {s.id for s in kb.crisis.soorten} == set(CRISIS_SOORTEN)
    for lijn in kb.crisis.hulplijnen:
        assert lijn.bron.startswith("https://"), lijn.id
        assert lijn.laatst_gecontroleerd <= dt.date.today(), lijn.id
    assert kb.crisis.meldcode.bron.startswith("https://www.rijksoverheid.nl/")


@pytest.mark.parametrize("ident, numbers", [
    ("zelfmoordpreventie", ["113", "0800-0113"]),
    ("alarm", ["112"]),
    ("veilig_thuis", ["0800-2000"]),
    ("kindertelefoon", ["0800-0432"]),
    ("csg", ["0800-0188"]),
    ("politie", ["0900-8844"]),
])
def test_the_helplines_the_issue_names(kb, ident, numbers):
    assert kb.crisis.hulplijn(ident).telefoon == numbers


def test_a_line_that_closes_at_night_says_when_it_is_open(kb):
    # De Kindertelefoon is open from 11.00 to 21.00 (kindertelefoon.nl); a student reading it at night must
    # not be sent to a closed line without knowing.
    zin = kb.crisis.hulplijn("kindertelefoon").zin
    assert "11.00" in zin and "21.00" in zin and "dag en nacht" not in zin


def test_no_fijn_in_any_crisis_copy(kb):
    copy = [kb.crisis.checkin.opening, *kb.crisis.teksten.dict().values()]
    for soort in kb.crisis.soorten:
        copy += [soort.opening, soort.buiten_schooltijd, *(r.tekst for r in soort.hulp), *soort.berichten]
    assert not [text for text in copy if "fijn" in text.lower()]


def test_fijn_in_crisis_copy_is_refused_when_the_knowledge_is_loaded(kb_copy):
    edit(kb_copy / "crisis.yml", "opening: Wat je vertelt, is heel zwaar.", "opening: Fijn dat je het vertelt. Wat je vertelt, is heel zwaar.")
    assert any("soort zelfdoding: opening" in p and "fijn" in p for p in problems(kb_copy))


def test_a_changed_number_must_change_in_the_sentence_too(kb_copy):
    edit(kb_copy / "crisis.yml", 'telefoon: ["0800-2000"]\n    chat: https://www.veiligthuis.nl', 'telefoon: ["0800-2001"]\n    chat: https://www.veiligthuis.nl')
    found = problems(kb_copy)
    assert any("crisis.yml" in p and "0800-2000" in p and "niet bij telefoon" in p for p in found), found


def test_a_number_written_in_the_copy_must_belong_to_a_helpline(kb_copy):
    edit(kb_copy / "crisis.yml", 'tekst: "Ben je nu in gevaar? {zin}"', 'tekst: "Ben je nu in gevaar? Bel 0800-1234. {zin}"')
    assert any("0800-1234" in p and "geen enkele hulplijn" in p for p in problems(kb_copy))


def test_an_invalid_phone_number_is_refused(kb_copy):
    edit(kb_copy / "crisis.yml", 'telefoon: ["0900-8844"]', 'telefoon: ["0900-88"]')
    assert any("0900-88" in p and "telefoonnummer" in p for p in problems(kb_copy))


def test_an_unknown_kind_is_refused(kb_copy):
    edit(kb_copy / "crisis.yml", "  - id: geen_slaapplek\n", "  - id: geen_slaapplek_typfout\n")
    assert any("soorten[4].id" in p and "geen_slaapplek_typfout" in p for p in problems(kb_copy))


def test_an_unknown_helpline_is_refused(kb_copy):
    edit(kb_copy / "crisis.yml", "      - hulplijn: csg\n", "      - hulplijn: csgg\n")
    assert any("seksueel_geweld" in p and "'csgg'" in p for p in problems(kb_copy))


def test_every_helpline_line_must_carry_its_number(kb_copy):
    edit(kb_copy / "crisis.yml", 'tekst: "Praat erover met Veilig Thuis. {zin}"', 'tekst: "Praat erover met Veilig Thuis."')
    assert any("{zin}" in p for p in problems(kb_copy))


def test_the_check_in_line_must_name_113_and_112(kb_copy):
    edit(kb_copy / "crisis.yml", "In gevaar: {alarm}.", "Bel als het moet.")
    assert any("noodregel" in p and "{alarm}" in p for p in problems(kb_copy))


def test_an_unverified_helpline_is_reported_by_make_validate(kb):
    assert kb.crisis.hulplijn("opvang").verificatie.value == "niet_geverifieerd"


def test_the_trusted_person_must_say_when_they_can_be_reached(kb_copy):
    edit(kb_copy / "schools" / "voorbeeld-roc.yml", "    bereikbaar: maandag t/m vrijdag, 8.30-16.30 uur (niet in de schoolvakanties)\n", "")
    assert any("vertrouwenspersoon.contact.bereikbaar" in p for p in problems(kb_copy))


def test_a_school_profile_without_its_crisis_fields_is_refused(kb_copy):
    path = kb_copy / "schools" / "voorbeeld-roc.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("\n# Wat een crisisantwoord")] + "\n", encoding="utf-8")
    assert any("voorbeeld-roc" in p and "'veiligheid'" in p and "ontbreekt" in p for p in problems(kb_copy))


def test_the_night_shelter_route_of_the_region_is_optional(kb_copy):
    path = kb_copy / "schools" / "voorbeeld-roc.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("  nachtopvang:")], encoding="utf-8")
    assert load_knowledge(kb_copy).scholen["voorbeeld-roc"].veiligheid.nachtopvang is None


def test_the_kinds_are_the_text_values_of_the_crisis_entity_in_order():
    from actions.knowledge.crisis import crisis_soorten

    entities = [
        {"entity": "crisis_soort", "value": "geweld_thuis", "start": 0, "end": 4},
        {"entity": "rol", "value": "docent"},
        {"entity": "crisis_soort", "value": None},
        {"entity": "crisis_soort", "value": ["zelfdoding"]},
        "not an entity",
        {"entity": "crisis_soort", "value": "zorg_om_student"},
    ]
    assert crisis_soorten(entities) == ["geweld_thuis", "zorg_om_student"]
    assert crisis_soorten(None) == [] and crisis_soorten([]) == []


def test_a_helpline_asked_for_must_answer_with_a_known_kind(kb_copy):
    edit(kb_copy / "crisis.yml", "    antwoord_bij_vraag: geweld_thuis\n", "    antwoord_bij_vraag: huiselijk\n", count=1)
    assert any("antwoord_bij_vraag" in p and "huiselijk" in p for p in problems(kb_copy))


def test_who_asks_for_a_helpline_by_name_gets_an_answer_with_its_number(kb):
    from actions.knowledge.crisis import crisis_antwoord

    asked = [lijn for lijn in kb.crisis.hulplijnen if lijn.gevraagd_als]
    assert {lijn.id for lijn in asked} >= {"zelfmoordpreventie", "veilig_thuis", "kindertelefoon", "csg"}
    for lijn in asked:
        answer = "\n".join(b["text"] for b in crisis_antwoord(kb, None, [lijn.antwoord_bij_vraag], None))
        # a line without a number of its own (the night shelter) is named, with how to reach it today
        assert (lijn.telefoon[0] if lijn.telefoon else lijn.gevraagd_als[0]) in answer, lijn.id
