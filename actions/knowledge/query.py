"""Picking knowledge for one person: which school, which schemes, in which order; buttons and contact
cards as every answer shows them. Pure functions, no Rasa: the action server and (for crisis answers
when the action server is down) the Rasa server both use them.

Who is asking (the audience) decides what may be shown at all; a scheme that excludes this audience is
never shown, not even marked. How fresh and how checked a scheme is decides how it is shown:

- ``bron_gelezen`` and checked within the last 12 months: shown as is;
- ``bron_gelezen`` but checked longer ago: shown, with the check date and "kijk via de link of het nog
  klopt". The scheme was real when read; amounts and conditions change, the reader can check the link;
- ``niet_geverifieerd``: withheld from students and parents, who act on a card directly (apply, buy,
  wait for money); shown to teachers marked "nog niet gecontroleerd", because a teacher checks before
  passing it on and would otherwise not know the lead exists.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from typing import Any, Dict, List, Optional

from actions.knowledge.loader import KnowledgeBase
from bot import settings
from actions.knowledge.schema import (
    CONTACT_VELDEN,
    Aanvrager,
    BetaaltVoor,
    Contact,
    Leerweg,
    Onderwijs,
    Regeling,
    SchoolProfiel,
    Teksten,
    Verificatie,
)

logger = logging.getLogger(__name__)

# The slot in which Rasa keeps the channel's metadata of the session's first message (Rasa's
# SESSION_START_METADATA_SLOT; the actions cannot import Rasa itself). ``configured_school`` reads it.
METADATA_SLOT = "session_started_metadata"

# A deployment that serves one school (or one channel per school) can pin it here.
ENV_SCHOOL = "KANSENBOT_SCHOOL"


def configured_school(kb: KnowledgeBase, metadata: Any) -> Optional[str]:
    """The school fixed by the deployment: channel metadata, then KANSENBOT_SCHOOL, then the only profile."""
    if isinstance(metadata, dict):
        value = metadata.get("school")
        if isinstance(value, str) and value in kb.scholen:
            return value
        if value is not None:
            logger.warning("Channel metadata names an unknown school profile; ignoring it.")
    pinned = settings.get().school
    if pinned in kb.scholen:
        return pinned
    if len(kb.scholen) == 1:
        return next(iter(kb.scholen))
    return None


def school_id_for(kb: KnowledgeBase, current: Any, metadata: Any) -> Optional[str]:
    """The school of a conversation: the ``school`` slot when it names a profile, else ``configured_school``."""
    if isinstance(current, str) and current in kb.scholen:
        return current
    return configured_school(kb, metadata)


def button(title: str, intent: str, **entities: Any) -> Dict[str, str]:
    """A button whose payload is an intent with entities, so a click always routes (issue 3 contract)."""
    payload = f"/{intent}{json.dumps(entities, ensure_ascii=False, separators=(',', ':'))}" if entities else f"/{intent}"
    return {"title": title, "payload": payload}


def contact_kaart(teksten: Teksten, contact: Contact) -> str:
    """A person's function and every way to reach them, one labelled line each."""
    gegevens = "\n".join(
        f"{teksten.contact_labels[veld]} {getattr(contact, veld)}" for veld in CONTACT_VELDEN if getattr(contact, veld, None)
    )
    return teksten.contact_kaart.format(functie=contact.functie, gegevens=gegevens)


ONDER_18 = "onder_18"
VANAF_18 = "18_plus"
BETAALT_VOOR_ALLES = "alles"
LEERWEGEN = tuple(l.value for l in Leerweg)
# Kansenbot is an mbo assistant: every audience is an mbo student (or their parent or teacher).
ONDERWIJS_PUBLIEK = Onderwijs.mbo
# "Older than 12 months" counts as stale.
VERSHEID = dt.timedelta(days=365)

ACTUEEL = "actueel"
VEROUDERD = "verouderd"
NIET_GEVERIFIEERD = "niet_geverifieerd"


@dataclass(frozen=True)
class Publiek:
    """Who the schemes are for: the role of the person asking and what we know of the student."""

    rol: str = "student"
    leeftijd: Optional[str] = None
    leerweg: Optional[str] = None


@dataclass(frozen=True)
class Kaart:
    """What a person sees of one scheme: title, one line, the condition, who applies, the checked link."""

    titel: str
    kort: str
    link: Optional[str]
    voorwaarde: Optional[str] = None
    aanvrager: Optional[str] = None
    status: str = ACTUEEL
    gecontroleerd: Optional[dt.date] = None
    id: Optional[str] = None


def status(regeling: Regeling, vandaag: dt.date) -> str:
    if regeling.verificatie == Verificatie.niet_geverifieerd:
        return NIET_GEVERIFIEERD
    if vandaag - regeling.laatst_gecontroleerd > VERSHEID:
        return VEROUDERD
    return ACTUEEL


def uitgesloten(regeling: Regeling, publiek: Publiek) -> Optional[str]:
    """Why this scheme must not be shown to this audience, or None when it may be. One rule per line."""
    if publiek.rol not in {d.value for d in regeling.doelgroep}:
        return "doelgroep"
    if ONDERWIJS_PUBLIEK not in regeling.onderwijs:
        return "onderwijs"
    if publiek.leeftijd == ONDER_18 and regeling.leeftijd_min is not None and regeling.leeftijd_min >= 18:
        return "leeftijd"
    if publiek.leeftijd == VANAF_18 and regeling.leeftijd_max is not None and regeling.leeftijd_max < 18:
        return "leeftijd"
    if publiek.leerweg in LEERWEGEN and publiek.leerweg not in {l.value for l in regeling.leerweg}:
        return "leerweg"
    return None


def toonbaar(regeling: Regeling, publiek: Publiek, vandaag: dt.date) -> bool:
    if uitgesloten(regeling, publiek):
        return False
    return status(regeling, vandaag) != NIET_GEVERIFIEERD or publiek.rol == "docent"


def _gemeente_match(regeling: Regeling, gemeente: Optional[str]) -> bool:
    return bool(gemeente) and gemeente.casefold() in {g.casefold() for g in regeling.gemeenten}


def _filter_op(betaalt_voor: Optional[str]) -> Optional[str]:
    return betaalt_voor if betaalt_voor in {b.value for b in BetaaltVoor} else None


def _kandidaten(kb: KnowledgeBase, school: Optional[SchoolProfiel], publiek: Publiek, betaalt_voor, gemeente, vandaag):
    filter_op = _filter_op(betaalt_voor)
    fonds = school.schoolfonds if school else None
    for regeling in kb.regelingen:
        if not toonbaar(regeling, publiek, vandaag):
            continue
        if regeling.vervangen_door_schoolfonds and fonds:
            continue
        if regeling.gemeenten and not _gemeente_match(regeling, gemeente):
            continue
        soorten = {b.value for b in regeling.betaalt_voor}
        if soorten and filter_op and filter_op not in soorten:
            continue
        yield regeling


def leerweg_maakt_uit(
    kb: KnowledgeBase,
    school: Optional[SchoolProfiel],
    publiek: Publiek,
    *,
    betaalt_voor: Optional[str],
    gemeente: Optional[str],
    vandaag: dt.date,
) -> bool:
    """True when bol or bbl changes which paying schemes fit, so asking for it is worth the student's tap.

    Info-only entries (such as "Bbl? Dit geldt voor jou") do not count: they would make every search ask.
    """
    return any(
        r.betaalt_voor and len(r.leerweg) < len(LEERWEGEN)
        for r in _kandidaten(kb, school, publiek, betaalt_voor, gemeente, vandaag)
    )


def zoek_regelingen(
    kb: KnowledgeBase,
    school: Optional[SchoolProfiel],
    *,
    rol: str,
    betaalt_voor: Optional[str],
    leeftijd: Optional[str],
    gemeente: Optional[str],
    leerweg: Optional[str] = None,
    vandaag: Optional[dt.date] = None,
) -> List[Kaart]:
    """Schemes for this audience, best first: the school's own fund, their municipality, the rest, general info.

    Municipal schemes for a named municipality only appear when it matches; the generic municipal entries
    (no municipalities listed) always may. Info-only entries (no ``betaalt_voor``) come last. For a parent,
    schemes their own application unlocks come first within each group.
    """
    vandaag = vandaag or dt.date.today()
    publiek = Publiek(rol=rol, leeftijd=leeftijd, leerweg=leerweg)
    filter_op = _filter_op(betaalt_voor)
    ranked = []
    fonds = school.schoolfonds if school else None
    if fonds and rol in ("student", "ouder", "docent"):
        if filter_op is None or filter_op in {b.value for b in fonds.betaalt_voor}:
            kaart = Kaart(fonds.naam, fonds.kort, str(fonds.link or school.website), fonds.voorwaarde, fonds.aanvrager.value)
            ranked.append(((0, 0, 0), kaart))
    for regeling in _kandidaten(kb, school, publiek, betaalt_voor, gemeente, vandaag):
        soorten = {b.value for b in regeling.betaalt_voor}
        if _gemeente_match(regeling, gemeente):
            groep = 1
        elif soorten:
            groep = 2
        else:
            groep = 3
        ouder_eerst = 0 if rol == "ouder" and regeling.aanvrager == Aanvrager.ouder else 1
        kaart = Kaart(
            titel=regeling.titel,
            kort=regeling.kort,
            link=str(regeling.link) if regeling.link else None,
            voorwaarde=regeling.voorwaarde,
            aanvrager=regeling.aanvrager.value if regeling.aanvrager else None,
            status=status(regeling, vandaag),
            gecontroleerd=regeling.laatst_gecontroleerd,
            id=regeling.id,
        )
        ranked.append(((groep, ouder_eerst, regeling.volgorde), kaart))
    ranked.sort(key=lambda item: item[0])
    return [kaart for _, kaart in ranked]
