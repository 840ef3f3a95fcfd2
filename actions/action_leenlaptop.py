"""geen_laptop -> where, when and how to borrow a laptop at this school, and what if it breaks."""
from actions.base import KansenbotAction, Turn, button


class ActionLeenlaptop(KansenbotAction):
    action_name = "action_leenlaptop"
    needs_school = True

    def respond(self, turn: Turn):
        leen = turn.school.leenlaptop
        turn.say(turn.tekst_voor_rol("leenlaptop_intro", school=turn.school.naam))
        turn.say(turn.tekst("leenlaptop_waar", waar=leen.waar, wanneer=leen.wanneer))
        turn.say(turn.tekst("leenlaptop_aanvragen", lijst=turn.lijst(leen.aanvragen)))
        turn.say(turn.tekst("leenlaptop_voorwaarden", lijst=turn.lijst(leen.voorwaarden), hoe_lang=leen.hoe_lang))
        turn.say(
            turn.tekst("leenlaptop_kapot", kapot=leen.kapot),
            buttons=[
                button(turn.t.knop_geld_voor_laptop, "regelingen", betaalt_voor="device"),
                button(turn.t.knop_ook_geldzorgen, "geldzorgen"),
                button(turn.t.knop_persoon["leenbalie"], "contact_persoon", persoon="leenbalie"),
            ],
        )
        return []
