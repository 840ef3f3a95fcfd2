"""analoog_alternatief -> ways to do an assignment without own laptop/internet (students) or advice (teachers)."""
from rasa_sdk.events import SlotSet

from actions.base import KansenbotAction, Turn, button


class ActionAnaloogAlternatief(KansenbotAction):
    action_name = "action_analoog_alternatief"

    def respond(self, turn: Turn):
        alternatief = turn.kb.analoog.get(turn.slot("opdracht_type") or "")
        docent = turn.rol == "docent"
        if alternatief is None:
            turn.say(
                turn.tekst("analoog_vraag_docent" if docent else "analoog_vraag_student"),
                buttons=[button(a.knop, "analoog_alternatief", opdracht_type=a.opdracht_type) for a in turn.kb.analoog.values()],
            )
            return [SlotSet("opdracht_type", None)]

        andere = button(turn.t.knop_andere_opdracht, "analoog_alternatief")
        if docent:
            turn.say(
                turn.tekst("analoog_docent", kop=alternatief.docent_kop, lijst=turn.lijst(alternatief.docent)),
                buttons=[andere, button(turn.t.knop_handreiking, "docent_handreiking")],
            )
        else:
            turn.say(turn.tekst("analoog_student", kop=alternatief.student_kop, lijst=turn.lijst(alternatief.student)))
            turn.say(
                turn.tekst("analoog_student_vraag_docent"),
                buttons=[andere, button(turn.t.knop_laptop_lenen, "geen_laptop")],
            )
        # Cleared so that "andere opdracht" asks again.
        return [SlotSet("opdracht_type", None)]
