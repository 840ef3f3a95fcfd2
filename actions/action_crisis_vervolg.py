"""What someone types right after a crisis answer, when no route claims it -> help unless it is clearly good.

The check-in asks "Hoe gaat het nu met je?". A student who types "slecht", "nee" or "weet niet" instead of
pressing "Het gaat niet goed" used to get the topics or "daar kan ik niet mee helpen" (issue 9). The rules
(data/dialogue/rules.yml) send yes, no, out of scope and not understood after ``action_crisis`` here; the
answer comes from actions/knowledge/crisis.py ``na_crisis``, which the Rasa server also uses when this
action server cannot answer (bot/runtime/crisis.py).
"""
from actions.base import KansenbotAction, Turn
from actions.knowledge.crisis import VERVOLG_ACTION, na_crisis, noodbericht, vorig_antwoord_was_checkin


class ActionCrisisVervolg(KansenbotAction):
    action_name = VERVOLG_ACTION
    needs_school = False

    def respond(self, turn: Turn):
        rol = turn.slot("rol")
        tekst = (turn.tracker.latest_message or {}).get("text")
        na_checkin = vorig_antwoord_was_checkin(turn.tracker.events or [], rol)
        for bericht in na_crisis(turn.kb, turn.school, tekst, na_checkin, rol, turn.intent):
            if "response" in bericht:
                turn.dispatcher.utter_message(response=bericht["response"])
            else:
                turn.say(bericht["text"], bericht.get("buttons"))
        return []

    @staticmethod
    def _apologise(turn: Turn) -> None:
        # Right after a crisis answer a failure must still show 113 and 112, not only "sorry".
        for bericht in noodbericht(turn.kb):
            turn.dispatcher.utter_message(text=bericht["text"])
