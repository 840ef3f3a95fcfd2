"""contact_persoon -> always a human: the person asked for, or the one that fits what was just discussed."""
from typing import Optional

from actions.base import KansenbotAction, Turn, button
from actions.knowledge.schema import PERSONEN

# Which person fits the conversation so far, by the last help route that ran.
CONTEXT_PERSOON = {
    "action_budgetcoach": "budgetcoach",
    "action_regelingen_zoeken": "budgetcoach",
    "action_leenlaptop": "leenbalie",
    "action_internet_studieplek": "digitale_hulp",
    "action_digitale_tutorial": "digitale_hulp",
    "action_analoog_alternatief": "mentor_slb",
    "action_docent_handreiking": "icoach",
    "action_docent_professionalisering": "icoach",
    "action_crisis": "vertrouwenspersoon",
    "utter_anonimiteit": "mentor_slb",
}
DOCENT_VERVANGING = {"digitale_hulp": "icoach"}
ANDEREN = ("mentor_slb", "budgetcoach", "vertrouwenspersoon")


class ActionContactPersoon(KansenbotAction):
    action_name = "action_contact_persoon"
    needs_school = True

    def respond(self, turn: Turn):
        persoon = self._kies(turn)
        school = turn.school
        if persoon == "budgetcoach":
            contact = school.budgetcoach.contact
        elif persoon == "leenbalie":
            contact = school.leenlaptop.contact
        else:
            contact = getattr(school, persoon).contact
        if turn.rol == "ouder" and persoon == "mentor_slb" and school.ouders:
            # Parents cannot chat with the mentor in Teams; the school says how they reach it.
            contact = school.ouders.contact
            turn.say(turn.t.contact_intro_ouder)
        else:
            turn.say(turn.t.contact_intro[persoon])
        andere = [p for p in ANDEREN + (("icoach",) if turn.rol == "docent" else ()) if p != persoon]
        buttons = [button(turn.t.knop_persoon[p], "contact_persoon", persoon=p) for p in andere]
        if persoon == "budgetcoach":
            turn.say(turn.contact(contact))
            turn.say(turn.tekst("budgetcoach_afspraak", lijst=turn.lijst(school.budgetcoach.afspraak_maken)), buttons=buttons)
        else:
            turn.say(turn.contact(contact), buttons=buttons)
        return []

    @staticmethod
    def _kies(turn: Turn) -> str:
        gevraagd = turn.entity("persoon")
        if gevraagd in PERSONEN:
            return gevraagd
        persoon = _uit_context(turn) or ("icoach" if turn.rol == "docent" else "mentor_slb")
        return DOCENT_VERVANGING.get(persoon, persoon) if turn.rol == "docent" else persoon


def _uit_context(turn: Turn) -> Optional[str]:
    for event in reversed(turn.tracker.events or []):
        if event.get("event") == "action" and event.get("name") in CONTEXT_PERSOON:
            return CONTEXT_PERSOON[event["name"]]
    return None
