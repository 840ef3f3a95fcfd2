"""crisis -> the first answer for this kind of crisis: right number first, the school's trusted person, after hours.

The kinds come from NLU (entity ``crisis_soort``, set by bot/nlp/crisis_guard.py or the check-in's button);
the copy and numbers from data/knowledge/crisis.yml and the school profile (actions/knowledge/crisis.py).
The Rasa server renders the same answer itself when this action server does not answer in time
(bot/runtime/crisis.py), so this action is never the only way to the numbers.
"""
from typing import List

from actions.base import KansenbotAction, Turn
from actions.knowledge.crisis import ACTION_NAME, crisis_antwoord, crisis_soorten, noodbericht, vorig_antwoord_was_checkin, vorig_antwoord_was_crisis


class ActionCrisis(KansenbotAction):
    action_name = ACTION_NAME
    # Never ask "which school?" first: without a school the answer names the mentor and trusted person in
    # general terms, and the button to a human asks for the school.
    needs_school = False

    def respond(self, turn: Turn):
        rol = turn.slot("rol")
        events = turn.tracker.events or []
        # right after any crisis answer a check-in signal gets the general answer, not the same question again
        na_checkin = vorig_antwoord_was_checkin(events, rol) or vorig_antwoord_was_crisis(events)
        for bericht in crisis_antwoord(turn.kb, turn.school, gevonden_soorten(turn), rol, na_checkin):
            turn.say(bericht["text"], bericht.get("buttons"))
        return []

    @staticmethod
    def _apologise(turn: Turn) -> None:
        # Whatever broke, a student in crisis still gets 113 and 112 instead of "sorry, try again".
        for bericht in noodbericht(turn.kb):
            turn.dispatcher.utter_message(text=bericht["text"])


def gevonden_soorten(turn: Turn) -> List[str]:
    """Every kind NLU put on the latest message (a message can hold more than one)."""
    return crisis_soorten((turn.tracker.latest_message or {}).get("entities"))
