"""Picking knowledge for one person: which school, which schemes, in which order; buttons and contact
cards as every answer shows them. Pure functions, no Rasa: the action server and (for crisis answers
when the action server is down) the Rasa server both use them."""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from typing import Any, Dict, List, Optional

from actions.knowledge.loader import KnowledgeBase
from actions.knowledge.schema import CONTACT_VELDEN, BetaaltVoor, Contact, Regeling, SchoolProfiel, Teksten

logger = logging.getLogger(__name__)

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
    pinned = os.environ.get(ENV_SCHOOL)
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


@dataclass(frozen=True)
class Kaart:
    """What a student sees of one scheme: a title, one line and a link."""

    titel: str
    kort: str
    link: str


def _past_leeftijd(regeling: Regeling, leeftijd: Optional[str]) -> bool:
    if leeftijd == ONDER_18:
        return regeling.leeftijd_min is None or regeling.leeftijd_min <= 17
    if leeftijd == VANAF_18:
        return regeling.leeftijd_max is None or regeling.leeftijd_max >= 18
    return True


def _gemeente_match(regeling: Regeling, gemeente: Optional[str]) -> bool:
    return bool(gemeente) and gemeente.casefold() in {g.casefold() for g in regeling.gemeenten}


def zoek_regelingen(
    kb: KnowledgeBase,
    school: Optional[SchoolProfiel],
    *,
    rol: str,
    betaalt_voor: Optional[str],
    leeftijd: Optional[str],
    gemeente: Optional[str],
) -> List[Kaart]:
    """Schemes for this person, best first: the school's own fund, their municipality, the rest, general info.

    Municipal schemes for a named municipality only appear when it matches; the generic municipal entries
    (no municipalities listed) always may. Info-only entries (no ``betaalt_voor``) come last.
    """
    filter_op = betaalt_voor if betaalt_voor in {b.value for b in BetaaltVoor} else None
    ranked = []
    fonds = school.schoolfonds if school else None
    if fonds:
        if filter_op is None or filter_op in {b.value for b in fonds.betaalt_voor}:
            ranked.append(((0, 0), Kaart(fonds.naam, fonds.kort, str(fonds.link or school.website))))
    for regeling in kb.regelingen:
        if rol not in {d.value for d in regeling.doelgroep}:
            continue
        if regeling.vervangen_door_schoolfonds and fonds:
            continue
        if not _past_leeftijd(regeling, leeftijd):
            continue
        if regeling.gemeenten and not _gemeente_match(regeling, gemeente):
            continue
        soorten = {b.value for b in regeling.betaalt_voor}
        if soorten and filter_op and filter_op not in soorten:
            continue
        if _gemeente_match(regeling, gemeente):
            groep = 1
        elif soorten:
            groep = 2
        else:
            groep = 3
        ranked.append(((groep, regeling.volgorde), Kaart(regeling.titel, regeling.kort, str(regeling.link))))
    ranked.sort(key=lambda item: item[0])
    return [kaart for _, kaart in ranked]
