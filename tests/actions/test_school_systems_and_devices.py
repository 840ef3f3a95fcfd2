"""School systems before generic tutorials, steps per device, the schema refusing mixed or broken steps,
and menus that reach every help route (issue 11)."""
import json

import pytest

import actions.base as base
from actions.action_digitale_tutorial import APPARAAT_KIEZEN, ActionDigitaleTutorial
from actions.knowledge import load_knowledge
from actions.knowledge.schema import PLATFORMEN
from bot.channels.payloads import as_sent

from .conftest import all_text, domain_dict, make_tracker, payloads, run_action, slot_events, texts
from .test_knowledge_schema import edit, problems

SCHOOL = {"school": "voorbeeld-roc"}


def tutorial(slots, **entities):
    return run_action(ActionDigitaleTutorial(), make_tracker(slots, intent="digitale_vaardigheid", entities=entities))


# --- the school's own system, else the generic tutorial --------------------------------------------------------
def test_school_system_steps_name_and_help_replace_the_generic_tutorial(kb):
    systeem = kb.scholen["voorbeeld-roc"].systeem("cijfers")
    msgs, _ = tutorial({**SCHOOL, "tool": "cijfers"})
    text = all_text(msgs)
    assert systeem.naam in text and systeem.stappen[1] in text
    assert systeem.telefoon_stappen[1] in text
    assert systeem.hulp.functie in text
    assert str(systeem.link) in text
    assert kb.tutorials["cijfers"].stappen[1] not in text
    assert kb.teksten.tutorial_algemeen not in text


def test_without_a_school_system_the_generic_steps_say_they_are_general_and_name_who_helps(kb, kb_copy, monkeypatch):
    edit(kb_copy / "schools" / "voorbeeld-roc.yml", "  - soort: cijfers\n", "  - soort: elo\n")
    changed = load_knowledge(kb_copy)
    monkeypatch.setattr(base, "KNOWLEDGE", changed)
    msgs, _ = tutorial({**SCHOOL, "tool": "cijfers"})
    text = all_text(msgs)
    assert changed.tutorials["cijfers"].stappen[0] in text
    assert kb.teksten.tutorial_algemeen in text
    assert changed.scholen["voorbeeld-roc"].digitale_hulp.contact.email in text


def test_without_a_school_the_generic_steps_still_help(kb, two_profiles):
    msgs, events = tutorial({"tool": "cijfers"})
    assert kb.tutorials["cijfers"].stappen[0] in all_text(msgs)
    assert texts(msgs)[-1] == kb.teksten.tutorial_verder
    assert slot_events(events)["tool"] is None


@pytest.fixture
def two_profiles(kb_copy, monkeypatch):
    text = (kb_copy / "schools" / "voorbeeld-roc.yml").read_text(encoding="utf-8")
    (kb_copy / "schools" / "tweede-roc.yml").write_text(text.replace("id: voorbeeld-roc", "id: tweede-roc"), encoding="utf-8")
    loaded = load_knowledge(kb_copy)
    monkeypatch.setattr(base, "KNOWLEDGE", loaded)
    monkeypatch.delenv(base.ENV_SCHOOL, raising=False)
    return loaded


# --- steps per device ----------------------------------------------------------------------------------------
def test_device_specific_tutorial_asks_the_device_once(kb):
    msgs, events = tutorial({**SCHOOL, "tool": "screenshot"})
    assert texts(msgs) == [kb.teksten.tutorial_vraag_apparaat]
    assert [f'/digitale_vaardigheid{{"tool":"screenshot","apparaat":"{a}"}}' for a in PLATFORMEN] == payloads(msgs)[:4]
    assert slot_events(events) == {"tool": None}


@pytest.mark.parametrize("apparaat", PLATFORMEN)
def test_only_the_steps_of_the_chosen_device_are_shown(kb, apparaat):
    screenshot = kb.tutorials["screenshot"]
    msgs, _ = tutorial({**SCHOOL, "tool": "screenshot", "apparaat": apparaat})
    text = all_text(msgs)
    for ander in PLATFORMEN:
        for stap in screenshot.stappen_voor(ander):
            if stap not in screenshot.stappen_voor(apparaat):
                assert stap not in text, (apparaat, ander, stap)
    assert screenshot.stappen_voor(apparaat)[0] in text
    assert kb.teksten.knop_apparaat[apparaat] in text
    assert f'/digitale_vaardigheid{{"tool":"screenshot","apparaat":"{APPARAAT_KIEZEN}"}}' in payloads(msgs)


def test_other_device_button_asks_again(kb):
    msgs, _ = tutorial({**SCHOOL, "tool": "screenshot", "apparaat": APPARAAT_KIEZEN})
    assert texts(msgs) == [kb.teksten.tutorial_vraag_apparaat]


def test_windows_and_mac_printing_steps_are_apart(kb):
    printen = kb.tutorials["printen"]
    assert printen.windows_stappen and printen.mac_stappen and not printen.stappen
    assert not any("Cmd" in s for s in printen.windows_stappen)
    assert not any("Ctrl" in s for s in printen.mac_stappen)


def test_no_tutorial_or_school_system_mixes_devices_in_one_list(kb):
    from actions.knowledge.schema import _PLATFORM_LABEL

    bronnen = list(kb.tutorials.values()) + [s for p in kb.scholen.values() for s in p.systemen]
    for bron in bronnen:
        for stap in (bron.stappen or []) + (bron.telefoon_stappen or []):
            assert not _PLATFORM_LABEL.match(stap), stap


# --- the schema refuses broken or mixed steps ------------------------------------------------------------------
def test_a_device_label_inside_the_general_steps_is_refused(kb_copy):
    edit(kb_copy / "tutorials.yml", "      - Ga naar menti.com.\n", "      - \"Mac: druk op Cmd + Shift + 4.\"\n")
    assert any("(id: mentimeter)" in p and "mac_stappen" in p for p in problems(kb_copy))


def test_windows_steps_without_mac_steps_are_refused(kb_copy):
    edit(kb_copy / "tutorials.yml", "    mac_stappen:\n      - Druk tegelijk op Cmd + Shift + 4.\n"
         "      - Sleep over het stuk van je scherm dat je wilt hebben.\n      - Je screenshot staat nu op je bureaublad.\n", "")
    found = problems(kb_copy)
    assert any("(id: screenshot)" in p and "mac_stappen" in p for p in found), found


def test_a_school_system_listed_twice_is_refused(kb_copy):
    edit(kb_copy / "schools" / "voorbeeld-roc.yml", "  - soort: wifi\n", "  - soort: cijfers\n")
    found = problems(kb_copy)
    assert any("systemen" in p and "dubbel" in p and "cijfers" in p for p in found), found


def test_a_school_system_of_an_unknown_kind_is_refused(kb_copy):
    edit(kb_copy / "schools" / "voorbeeld-roc.yml", "  - soort: printen\n", "  - soort: kantine\n")
    found = problems(kb_copy)
    assert any("systemen" in p and "kantine" in p for p in found), found


def test_a_school_system_without_help_or_with_seven_steps_is_refused(kb_copy):
    path = kb_copy / "schools" / "voorbeeld-roc.yml"
    edit(path, "      - Lukt het niet? Ga langs bij de ICT-servicedesk.\n    werkt_op_telefoon: true\n    hulp:",
         "      - Lukt het niet? Ga langs bij de ICT-servicedesk.\n      - 4\n      - 5\n      - 6\n      - 7\n    werkt_op_telefoon: true\n    hulp:")
    assert any("systemen" in p and "stappen" in p for p in problems(kb_copy))


def test_a_card_link_that_was_not_read_is_refused(kb_copy):
    edit(kb_copy / "regelingen.yml", "    link: https://www.lv.nl/computer-tablet-en-internetregeling",
         "    link: https://www.example.com/niet-gelezen")
    assert any("computer-internetregeling-lvw" in p and "gelezen bron" in p for p in problems(kb_copy))


@pytest.mark.parametrize(
    "old, new, ident, field",
    [
        ("    voorwaarde: Alleen bij een laag inkomen en weinig spaargeld.\n", "", "amsterdam-scholieren", "voorwaarde"),
        ("    aanvrager: niemand\n    voorwaarde: Het telt", "    voorwaarde: Het telt", "geen-lesgeld-onder-18", "aanvrager"),
        ("    leerweg: [bbl]\n", "    leerweg: [deeltijd]\n", "bbl-geen-studiefinanciering", "leerweg"),
        ("    onderwijs: [vo, vavo]\n", "    onderwijs: [hbo]\n", "tegemoetkoming-scholieren", "onderwijs"),
    ],
)
def test_a_scheme_without_condition_or_applicant_or_with_an_unknown_audience_is_refused(kb_copy, old, new, ident, field):
    edit(kb_copy / "regelingen.yml", old, new)
    found = problems(kb_copy)
    assert any(ident in p and field in p for p in found), found


def test_applicant_text_missing_for_a_role_is_refused(kb_copy):
    edit(kb_copy / "teksten.yml", '    zelf: "Wie vraagt aan: wie de hulp nodig heeft, zelf. Dat kan ook jij zijn."\n', "")
    assert any("kaart_aanvrager" in p and "ouder.zelf" in p for p in problems(kb_copy))


# --- menus reach every help route ----------------------------------------------------------------------------
ROUTE_INTENTS = {
    "geen_laptop", "geldzorgen", "geen_internet_studieplek", "digitale_vaardigheid", "analoog_alternatief",
    "regelingen", "docent_handreiking", "docent_professionalisering", "anonimiteit", "contact_persoon",
}
MENUS = ("utter_onderwerpen", "utter_out_of_scope", "utter_ask_rephrase")


def _intent(payload):
    return payload[1:].split("{", 1)[0]


def test_every_help_route_is_one_button_away_from_a_menu():
    domain = domain_dict()
    reached = set()
    for menu in MENUS:
        for variant in domain["responses"][menu]:
            # All variants count: the role buttons open the teacher and parent variants of the same menu.
            reached |= {_intent(b["payload"]) for b in variant.get("buttons", [])}
    assert ROUTE_INTENTS <= reached, ROUTE_INTENTS - reached


@pytest.mark.parametrize("rol, must", [
    ("student", {"regelingen", "analoog_alternatief", "geen_laptop", "geldzorgen", "digitale_vaardigheid"}),
    ("docent", {"docent_handreiking", "docent_professionalisering", "regelingen", "analoog_alternatief"}),
    ("ouder", {"regelingen", "geen_laptop", "geen_internet_studieplek", "contact_persoon"}),
])
def test_each_role_menu_offers_its_routes_and_a_human(rol, must):
    variants = domain_dict()["responses"]["utter_onderwerpen"]
    variant = next(
        (v for v in variants if any(c.get("value") == rol for c in v.get("condition", []))),
        next(v for v in variants if not v.get("condition")),
    )
    intents = {_intent(b["payload"]) for b in variant["buttons"]}
    assert must <= intents and "contact_persoon" in intents


def test_nibud_conversation_guide_is_one_tap_from_the_teacher_menu(kb):
    from actions.action_docent_handreiking import ActionDocentHandreiking

    variant = next(v for v in domain_dict()["responses"]["utter_onderwerpen"] if v.get("condition"))
    # as_sent: the payload as Rasa sends it (domain.yml doubles the braces, Rasa's response filling undoes that).
    payload = as_sent(next(b["payload"] for b in variant["buttons"] if "bespreekbaar_maken" in b["payload"]))
    entities = json.loads("{" + payload.split("{", 1)[1])
    msgs, _ = run_action(ActionDocentHandreiking(), make_tracker({"rol": "docent"}, intent="docent_handreiking", entities=entities))
    text = all_text(msgs)
    assert "In gesprek over geld" in text
    assert "kennisbundel.nl/kennisbank/artikel/gesprekshandleiding" in text
    assert kb.handreiking.onderzoek.door in texts(msgs)[-1], "the research is named as the source"
