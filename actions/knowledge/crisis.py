"""The first answer to a crisis, built from data/knowledge/crisis.yml and the school profile. Pure, no Rasa.

Used by ``action_crisis`` (actions/action_crisis.py) and, with exactly the same result, by the Rasa server
itself when the action server cannot answer (bot/runtime/crisis.py): a crisis answer must never depend on
a second process being up.

What a student gets (issue 9), as chat messages:
1. a calm opening, then the right number first, then the other help for this kind; a second kind found
   in the same message adds its own line (``ook``);
2. for a teacher: the meldcode steps and "never promise secrecy";
3. the school's trusted person (or, for a teacher, the aandachtsfunctionaris) with when they can be
   reached, and what to do outside school hours, with buttons to a human.
An ambiguous signal gets one short check-in instead: how are you, 113 and 112 in one line, buttons.
"""
from __future__ import annotations

import functools
import re
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from actions.knowledge.loader import KnowledgeBase
from actions.knowledge.query import button, contact_kaart
from actions.knowledge.schema import CrisisSoort, SchoolProfiel

INTENT = "crisis"
# The entity CrisisGuard (bot/nlp/crisis_guard.py) and the check-in's button put on a crisis message.
ENTITY = "crisis_soort"
CHECKIN = "checkin"
DOCENT = "zorg_om_student"
ALGEMEEN = "algemeen"
# Which kind comes first when one message holds several: the most urgent help first.
VOORRANG = ("acuut_gevaar", "zelfdoding", "seksueel_geweld", "geweld_thuis", "geen_slaapplek")
ACTION_NAME = "action_crisis"
# The reply to what someone types right after a crisis answer when no route claims it (yes, no, "slecht",
# not understood): actions/action_crisis_vervolg.py, and the Rasa server itself when that action cannot answer.
VERVOLG_ACTION = "action_crisis_vervolg"
# Leaving right after a crisis answer: a goodbye that still shows 113 and 112.
AFSCHEID_INTENTS = ("goodbye", "thanks")
# The response with the topics, sent after "goed om te horen".
ONDERWERPEN = "utter_onderwerpen"
# Kinds that a teacher may be telling about themselves (kies_soorten).
EIGEN_NOOD = ("zelfdoding",)

Bericht = Dict[str, object]


def crisis_soorten(entities: Optional[Iterable[Any]]) -> List[str]:
    """The kinds in NLU's entities (Rasa's parse result, a tracker's latest message): the text values of
    ``ENTITY``, in order. Whatever else a client or an old tracker puts there is left out."""
    return [e["value"] for e in entities or []
            if isinstance(e, Mapping) and e.get("entity") == ENTITY and isinstance(e.get("value"), str)]


def kies_soorten(gevonden: Sequence[str], rol: Optional[str]) -> Tuple[str, List[str]]:
    """(the kind answered first, the other kinds that add a line), from the kinds NLU found.

    Teacher phrasing found by NLU ("een student van mij ...") gives the teacher answer. The role slot alone
    (a click on "Ik ben docent", maybe long ago) gives it only for what happens to someone else; suicidal
    thoughts and a crisis of unclear kind ("het gaat niet goed") may be the teacher's own, so they get their
    own answer, 113 first (113 is also for people worried about someone). An ambiguous signal alone gets the
    check-in; a crisis of unclear kind gets the general answer.
    """
    volgorde = list(gevonden)
    gevonden = set(gevonden)
    specifiek = [soort for soort in VOORRANG if soort in gevonden]
    # Violence at home named by NLU before acute danger: a past weapon threat by a family member
    # (bot/nlp/crisis_detect.py _kinds; safeguarding decision, crisis round 14): that answer first, 112 second.
    # NLU names acute danger first in every other case, so this order is only kept when NLU gives it.
    if {"geweld_thuis", "acuut_gevaar"} <= gevonden and volgorde.index("geweld_thuis") < volgorde.index("acuut_gevaar"):
        specifiek.remove("acuut_gevaar")
        specifiek.insert(specifiek.index("geweld_thuis") + 1, "acuut_gevaar")
    if DOCENT in gevonden or (rol == "docent" and specifiek and specifiek[0] not in EIGEN_NOOD):
        return DOCENT, specifiek
    if specifiek:
        return specifiek[0], specifiek[1:]
    if CHECKIN in gevonden and ALGEMEEN not in gevonden:
        return CHECKIN, []
    return ALGEMEEN, []


def _vul(kb: KnowledgeBase, tekst: str, **waarden: str) -> str:
    """Fill {zin}, {naam}, {tekst} and {<hulplijn-id>} (that helpline's short form)."""
    korte_vormen = {lijn.id: lijn.kort for lijn in kb.crisis.hulplijnen}
    return tekst.format_map({**korte_vormen, **waarden})


def _hulpregel(kb: KnowledgeBase, hulplijn: str, tekst: str) -> str:
    lijn = kb.crisis.hulplijn(hulplijn)
    return _vul(kb, tekst, zin=lijn.zin, naam=lijn.naam)


def noodregel(kb: KnowledgeBase) -> str:
    """113 and 112 in one line (check-in, the widget when offline, the last-resort answer)."""
    return _vul(kb, kb.crisis.teksten.noodregel)


def noodbericht(kb: KnowledgeBase) -> List[Bericht]:
    """The shortest crisis answer, for when building the full one failed: it can hardly fail itself."""
    return [{"text": f"{kb.crisis.soort(ALGEMEEN).opening}\n\n{noodregel(kb)}"}]


def checkin(kb: KnowledgeBase) -> List[Bericht]:
    c = kb.crisis.checkin
    return [{
        "text": f"{c.opening}\n\n{noodregel(kb)}",
        "buttons": [
            button(c.knop_gaat_niet_goed, INTENT, **{ENTITY: ALGEMEEN}),
            button(c.knop_andere_vraag, "help"),
            button(c.knop_iemand_van_school, "contact_persoon", persoon="vertrouwenspersoon"),
        ],
    }]


def crisis_antwoord(
    kb: KnowledgeBase, school: Optional[SchoolProfiel], gevonden: Sequence[str], rol: Optional[str],
    na_checkin: bool = False,
) -> List[Bericht]:
    """The messages for a crisis message in which NLU found the kinds ``gevonden`` (possibly none).

    ``na_checkin``: the previous answer was already the check-in. A second signal of the same kind ("ik weet
    het niet") is then no reason to ask again: it gets the general answer, as "Het gaat niet goed" does."""
    eerste, andere = kies_soorten(gevonden, rol)
    if eerste == CHECKIN and na_checkin:
        eerste, andere = ALGEMEEN, []
    if eerste == CHECKIN:
        return checkin(kb)
    soort = kb.crisis.soort(eerste)
    docent = eerste == DOCENT
    eerste_tekst = _eerste_bericht(kb, school, soort, andere, docent)
    # A feeling ("ik kan niet meer") next to a crisis of another kind: 113 and 112 stay in the answer, as the
    # check-in alone would have shown them (bot/nlp/crisis_detect.py adds CHECKIN to the kinds then).
    if CHECKIN in gevonden and not _toont_zelfmoordpreventie(kb, eerste, andere):
        eerste_tekst = f"{eerste_tekst}\n\n{noodregel(kb)}"
    berichten: List[Bericht] = [{"text": eerste_tekst}]
    if soort.toon_meldcode:
        meldcode = kb.crisis.meldcode
        stappen = "\n".join(f"{nummer}. {stap}" for nummer, stap in enumerate(meldcode.stappen, start=1))
        berichten.append({"text": f"{meldcode.titel}\n{stappen}"})
    berichten.extend({"text": _vul(kb, tekst)} for tekst in soort.berichten)
    berichten.append(_school_bericht(kb, school, soort, docent))
    return berichten


def _toont_zelfmoordpreventie(kb: KnowledgeBase, eerste: str, andere: Sequence[str]) -> bool:
    """Whether the first message already shows the suicide-prevention line (by the first kind or an added one)."""
    lijn_113 = kb.crisis.soort("zelfdoding").hulp[0].hulplijn
    getoond = {regel.hulplijn for regel in kb.crisis.soort(eerste).hulp}
    getoond.update(kb.crisis.soort(ander).hulp[0].hulplijn for ander in andere)
    return lijn_113 in getoond


def _eerste_bericht(
    kb: KnowledgeBase, school: Optional[SchoolProfiel], soort: CrisisSoort, andere: Sequence[str], docent: bool
) -> str:
    teksten = kb.crisis.teksten
    regels = [_hulpregel(kb, regel.hulplijn, regel.tekst) for regel in soort.hulp]
    schoolregels = []
    if soort.toon_acuut_op_school:
        schoolregels.append(
            teksten.acuut_op_school.format(tekst=school.veiligheid.acuut_op_school) if school
            else teksten.acuut_op_school_algemeen
        )
    if soort.toon_nachtopvang and school and school.veiligheid.nachtopvang:
        schoolregels.append(f"{teksten.nachtopvang_school}\n{contact_kaart(kb.teksten, school.veiligheid.nachtopvang)}")
    # The school's own route right after the first (most urgent) line.
    regels[1:1] = schoolregels
    getoond = {regel.hulplijn for regel in soort.hulp}
    for ident in andere:
        ander = kb.crisis.soort(ident)
        tekst = ander.ook_docent if docent else ander.ook
        eerste_lijn = ander.hulp[0].hulplijn
        if tekst and eerste_lijn not in getoond:
            regels.append(_hulpregel(kb, eerste_lijn, tekst))
            getoond.add(eerste_lijn)
    return "\n\n".join([soort.opening, *regels])


def _school_bericht(kb: KnowledgeBase, school: Optional[SchoolProfiel], soort: CrisisSoort, docent: bool) -> Bericht:
    teksten = kb.crisis.teksten
    buiten = _vul(kb, soort.buiten_schooltijd)
    buttons = []
    if school is None:
        delen = [teksten.school_onbekend_docent if docent else teksten.school_onbekend]
        if not docent:
            buttons = [button(teksten.knop_iemand_van_school, "contact_persoon")]
    else:
        if docent:
            delen = [teksten.school_zorgteam, contact_kaart(kb.teksten, school.veiligheid.aandachtsfunctionaris.contact)]
        else:
            delen = [teksten.school_vertrouwenspersoon, contact_kaart(kb.teksten, school.vertrouwenspersoon.contact)]
            buttons = [
                button(teksten.knop_vertrouwenspersoon, "contact_persoon", persoon="vertrouwenspersoon"),
                button(teksten.knop_mentor, "contact_persoon", persoon="mentor_slb"),
            ]
        buiten = f"{buiten} {school.veiligheid.buiten_schooltijd}"
    tekst = "\n".join(delen) + "\n\n" + teksten.buiten_schooltijd.format(tekst=buiten)
    if school is not None and school.voorbeeld:
        tekst += "\n\n" + kb.teksten.voorbeeld_let_op.format(school=school.naam)
    bericht: Bericht = {"text": tekst}
    if buttons:
        bericht["buttons"] = buttons
    return bericht


def gaat_goed(kb: KnowledgeBase, tekst: Optional[str]) -> bool:
    """Whether a reply to "Hoe gaat het nu met je?" is clearly good: a good word and no word that says
    otherwise (data/knowledge/crisis.yml checkin). When in doubt it is not, so the help goes out."""
    woorden = set(re.findall(r"\w+", (tekst or "").lower()))
    c = kb.crisis.checkin
    # An eye-roll or upside-down smiley makes "prima" sarcastic ("ja hoor prima 🙃").
    sarcastisch = any(teken in (tekst or "") for teken in c.niet_goed_tekens)
    return bool(woorden & set(c.goed_woorden)) and not woorden & set(c.niet_goed_woorden) and not sarcastisch


def vorig_antwoord_was_crisis(events: Sequence[Mapping[str, Any]]) -> bool:
    """Whether the message before the latest one got a crisis answer (the check-in or a full one). A check-in signal
    right after it ("chill, heb alles al geregeld", "ik weet het niet") then gets the general answer, never the
    same "Hoe gaat het nu met je?" again: after a crisis answer such a line is a warning sign, not small talk."""
    berichten = [e for e in events if isinstance(e, Mapping) and e.get("event") == "user"]
    if len(berichten) < 2:
        return False
    return ((berichten[-2].get("parse_data") or {}).get("intent") or {}).get("name") == INTENT


def vorig_antwoord_was_checkin(events: Sequence[Mapping[str, Any]], rol: Optional[str]) -> bool:
    """Whether the crisis answer before the latest message was the check-in: the kinds NLU put on the user
    message before the latest one, chosen as action_crisis chose them (Rasa's event dicts, oldest first)."""
    berichten = [e for e in events if isinstance(e, Mapping) and e.get("event") == "user"]
    if len(berichten) < 2:
        return False
    vorige = berichten[-2].get("parse_data") or {}
    return kies_soorten(crisis_soorten(vorige.get("entities")), rol)[0] == CHECKIN


def na_crisis(
    kb: KnowledgeBase, school: Optional[SchoolProfiel], tekst: Optional[str], na_checkin: bool, rol: Optional[str],
    intent: Optional[str] = None,
) -> List[Bericht]:
    """The reply to a message right after a crisis answer that no route claimed.

    After the check-in ("Hoe gaat het nu met je?") only a clearly good answer gets "goed om te horen" and the
    topics; anything else ("slecht", "nee", "weet niet", a reply NLU did not understand) gets the general
    crisis answer, as the button "Het gaat niet goed" does. After a full crisis answer the whole answer is not
    repeated: 113 and 112 in one line, with a person to talk to.
    """
    c = kb.crisis.checkin
    if intent in AFSCHEID_INTENTS:
        # "doei", "dank je": no new question, but the numbers go with them.
        return [{"text": f"{c.afscheid}\n\n{noodregel(kb)}"}]
    if gaat_goed(kb, tekst):
        return [{"text": c.goed_reactie}, {"response": ONDERWERPEN}]
    if na_checkin:
        return crisis_antwoord(kb, school, [ALGEMEEN], rol)
    return [{
        "text": f"{c.na_antwoord}\n\n{noodregel(kb)}",
        "buttons": [
            button(c.knop_iemand_van_school, "contact_persoon", persoon="vertrouwenspersoon"),
            button(c.knop_andere_vraag, "help"),
        ],
    }]


# A number that is also a helpline's ("113") is a room, a bus, a house or a page after these words.
_GEEN_HULPLIJN_ERVOOR = re.compile(
    r"\b(lokaal|kamer|ruimte|bus|buslijn|lijn|tram|pagina|blz|hoofdstuk|opdracht|vraag|huisnummer|nr|op\s+nummer|"
    r"woon\s+op|nummer\s+van\s+de\s+bus)\.?\s*$"
)
# Between a word that asks for contact and the helpline's name: at most a few small words ("nummer van de
# kindertelefoon", "bel ik 113", "113 bellen", "113 wel bereiken").
_TUSSEN = r"(?:\s+(?:van|voor|naar|met|bij|de|het|ik|je|jij|u|we|wel|even|nou|dan|eigenlijk|zo|snel|the|of|for|to|i|can|nog|gratis|heeft|is|has|ook|nu|nog)){0,3}\s+"


def gevraagde_hulplijn(kb: KnowledgeBase, tekst: Optional[str]) -> Optional[str]:
    """The crisis kind whose full answer someone gets who asks how to reach a helpline ("wat is het nummer van
    veilig thuis", "hoe bel ik 113?"), else None. Names and words come from data/knowledge/crisis.yml
    (``gevraagd_als``, ``antwoord_bij_vraag``, ``hulplijn_vraagwoorden``): a word that asks for contact must
    stand right next to the name, a few small words apart at most. A question for school or work
    (``hulplijn_vraag_niet_bij``: werkstuk, stage, ...) is left to the crisis detection as before."""
    tekst = " ".join((tekst or "").lower().split())[:2000]
    woorden = set(re.findall(r"\w+", tekst))
    if not woorden & set(kb.crisis.hulplijn_vraagwoorden) or woorden & set(kb.crisis.hulplijn_vraag_niet_bij):
        return None
    namen = tuple((lijn.antwoord_bij_vraag, tuple(lijn.gevraagd_als)) for lijn in kb.crisis.hulplijnen if lijn.antwoord_bij_vraag)
    gevonden = set()
    for soort, patroon in _hulplijn_patronen(namen, tuple(kb.crisis.hulplijn_vraagwoorden)):
        for match in patroon.finditer(tekst):
            if not _GEEN_HULPLIJN_ERVOOR.search(tekst[max(0, match.start() - 30):match.start()]):
                gevonden.add(soort)
                break
    return next((soort for soort in VOORRANG if soort in gevonden), None)


@functools.lru_cache(maxsize=4)
def _hulplijn_patronen(namen: Tuple[Tuple[str, Tuple[str, ...]], ...], vraagwoorden: Tuple[str, ...]) -> List[Tuple[str, "re.Pattern[str]"]]:
    """One compiled pattern per helpline name, built once per knowledge base: built per message they would push
    the NLU's crisis patterns out of Python's regex cache (512 entries; bot/nlp/crisis_detect.py keeps those
    under it)."""
    vraag = "(?:" + "|".join(re.escape(w) for w in vraagwoorden) + ")"
    patronen = []
    for soort, genoemd in namen:
        for naam in genoemd:
            naam_re = rf"(?<![\w.-]){re.escape(naam.lower())}(?![\w-])"
            patronen.append((soort, re.compile(rf"\b{vraag}{_TUSSEN}{naam_re}|{naam_re}{_TUSSEN}{vraag}\b")))
    return patronen
