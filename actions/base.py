"""What every Kansenbot action shares: the knowledge base, the school in use, Dutch copy from data,
buttons that always route, and one safety net that turns any failure into an apology plus a human.

Importing this module loads and validates the knowledge base; bad data stops the action server here,
with the file, entry and field in the message, before any student can be answered from it.
"""
from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from typing import Any, Dict, Iterable, List, Optional

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.knowledge import KnowledgeBase, KnowledgeError, get_knowledge
from actions.knowledge.query import ENV_SCHOOL, METADATA_SLOT, button, configured_school, contact_kaart, school_id_for
from actions.knowledge.schema import CONTACT_VELDEN, PLACEHOLDERS, Contact, SchoolProfiel
from bot import settings

logger = logging.getLogger(__name__)

FALLBACK_INTENT = "kies_school"
# Every route offers a human (team brief): a button with this intent is one.
HUMAN_INTENT = "contact_persoon"


def _load_at_startup() -> KnowledgeBase:
    try:
        kb = get_knowledge()
    except KnowledgeError as exc:
        lines = "\n".join(f"  - {p}" for p in exc.problems)
        logger.critical("Kennisbank NIET in orde; de action server start niet:\n%s", lines)
        raise SystemExit(f"Kansenbot start niet: de kennisbank is niet in orde.\n{lines}") from None
    pinned = settings.get().school
    if pinned and pinned not in kb.scholen:
        raise SystemExit(
            f"Kansenbot start niet: {ENV_SCHOOL}={pinned!r} bestaat niet; "
            f"schoolprofielen: {', '.join(sorted(kb.scholen))}"
        )
    return kb


KNOWLEDGE = _load_at_startup()


class Turn:
    """One run of one action: who is asking, for which school, and how to say things to them."""

    def __init__(self, dispatcher: CollectingDispatcher, tracker: Tracker, kb: KnowledgeBase):
        self.dispatcher = dispatcher
        self.tracker = tracker
        self.kb = kb
        self.t = kb.teksten
        self.school: Optional[SchoolProfiel] = None
        self.showed_school_contact = False

    # --- who and what -------------------------------------------------------------------------------
    @property
    def rol(self) -> str:
        """student, docent or ouder (a parent asking for their child); anything else counts as a student."""
        rol = self.tracker.get_slot("rol")
        return rol if rol in ("docent", "ouder") else "student"

    def tekst_voor_rol(self, key: str, **values: Any) -> str:
        """The `<key>_docent` or `<key>_ouder` variant of a text when teksten.yml has one for this role."""
        variant = f"{key}_{self.rol}"
        return self.tekst(variant if self.rol != "student" and hasattr(self.t, variant) else key, **values)

    def slot(self, name: str) -> Optional[Any]:
        value = self.tracker.get_slot(name)
        return value if value not in ("", None) else None

    def entity(self, name: str) -> Optional[Any]:
        """An entity of the latest message only (for one-off choices that must not stick in a slot)."""
        for ent in (self.tracker.latest_message or {}).get("entities") or []:
            if ent.get("entity") == name and ent.get("value") not in (None, ""):
                return ent.get("value")
        return None

    @property
    def intent(self) -> str:
        name = ((self.tracker.latest_message or {}).get("intent") or {}).get("name")
        return name or FALLBACK_INTENT

    # --- saying things --------------------------------------------------------------------------------
    def tekst(self, key: str, **values: Any) -> str:
        text = getattr(self.t, key)
        return text.format(**values) if key in PLACEHOLDERS else text

    def say(self, text: str, buttons: Optional[List[Dict[str, str]]] = None) -> None:
        if buttons:
            self.dispatcher.utter_message(text=text, buttons=buttons)
        else:
            self.dispatcher.utter_message(text=text)

    def lijst(self, items: Iterable[str]) -> str:
        return "\n".join(self.tekst("lijst_regel", tekst=item) for item in items)

    def contact(self, contact: Contact, school_contact: bool = True) -> str:
        self.showed_school_contact = self.showed_school_contact or school_contact
        return contact_kaart(self.t, contact)

    def finish(self) -> None:
        """Mark example data as such, and make sure the next-step buttons always offer a human.

        The route action's last message carries the next step (no separate follow-up question after it),
        so that is where the "talk to someone" button belongs when the route has not offered a person yet.
        """
        messages = self.dispatcher.messages
        if self.school and self.school.voorbeeld and self.showed_school_contact:
            self.say(self.tekst("voorbeeld_let_op", school=self.school.naam))
            # Keep the message with the next-step buttons last.
            if len(messages) >= 2 and messages[-2].get("buttons"):
                messages[-1], messages[-2] = messages[-2], messages[-1]
        if messages and messages[-1].get("buttons"):
            buttons = messages[-1]["buttons"]
            if not any(b.get("payload", "").startswith(f"/{HUMAN_INTENT}") for b in buttons):
                buttons.append(button(self.t.knop_praat_met_iemand, HUMAN_INTENT))


class KansenbotAction(Action, ABC):
    """Base of every route action: resolves the school, runs ``respond``, and never fails at the user.

    Subclasses set ``action_name`` and ``needs_school`` and implement ``respond``. Any exception there is
    logged (without message text) and answered with a short Dutch apology and a human to contact.
    """

    action_name: str = ""
    needs_school: bool = False

    def name(self) -> str:
        return self.action_name

    @abstractmethod
    def respond(self, turn: Turn) -> List[Dict[str, Any]]:
        """Send this route's messages through ``turn`` and return slot events."""

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]):
        turn = Turn(dispatcher, tracker, KNOWLEDGE)
        try:
            events = self._resolve_school(turn)
            if self.needs_school and turn.school is None:
                self._ask_school(turn)
                return events
            events.extend(self.respond(turn) or [])
            turn.finish()
            return events
        except Exception:  # the safety net: whatever broke, the user gets an apology and a human
            logger.exception("Action %s failed; answered with the apology.", self.name())
            dispatcher.messages.clear()
            self._apologise(turn)
            return []

    @staticmethod
    def _resolve_school(turn: Turn) -> List[Dict[str, Any]]:
        current = turn.slot("school")
        chosen = school_id_for(turn.kb, current, turn.slot(METADATA_SLOT))
        turn.school = turn.kb.scholen[chosen] if chosen else None
        if chosen == current:
            return []
        return [SlotSet("school", chosen)]

    @staticmethod
    def _ask_school(turn: Turn) -> None:
        # Two routes in one message ("geen_laptop+geldzorgen") must not ask the same question twice.
        for event in reversed(turn.tracker.events or []):
            if event.get("event") == "user":
                break
            if event.get("event") == "bot" and event.get("text") == turn.t.kies_school:
                return
        # The buttons repeat the question's own intent with the school added, so the same route runs again.
        buttons = [button(p.naam, turn.intent, school=p.id) for p in sorted(turn.kb.scholen.values(), key=lambda p: p.naam)]
        turn.say(turn.tekst("kies_school"), buttons=buttons)

    @staticmethod
    def _apologise(turn: Turn) -> None:
        t = turn.kb.teksten
        try:
            turn.dispatcher.utter_message(text=t.fout_excuus)
            if turn.school:
                person = turn.school.mentor_slb.contact
                contact = " ".join(
                    str(getattr(person, veld)) for veld in CONTACT_VELDEN if getattr(person, veld, None)
                )
                turn.dispatcher.utter_message(text=t.fout_mens.format(wie=person.functie, contact=contact))
            else:
                turn.dispatcher.utter_message(text=t.fout_mens_algemeen)
        except Exception:  # pragma: no cover - last resort, the apology itself must never raise
            logger.exception("Could not send the apology.")
