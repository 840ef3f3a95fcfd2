"""geldzorgen -> lower the threshold to the budget coach: what a talk is like, free, confidential, bring someone."""
from actions.base import KansenbotAction, Turn, button


class ActionBudgetcoach(KansenbotAction):
    action_name = "action_budgetcoach"
    needs_school = True

    def respond(self, turn: Turn):
        coach = turn.school.budgetcoach
        turn.say(turn.tekst_voor_rol("budgetcoach_intro"))
        turn.say(turn.tekst("budgetcoach_drempel", hoe_gaat_een_gesprek=coach.hoe_gaat_een_gesprek))
        # Only promise what the school's profile confirms.
        if coach.gratis and coach.vertrouwelijk:
            turn.say(turn.tekst("budgetcoach_gratis_vertrouwelijk"))
        # "Take your mentor along" is advice for the student; a parent reads the intro meant for them.
        if coach.mentor_mag_mee and turn.rol != "ouder":
            turn.say(turn.tekst("budgetcoach_mentor_mee"))
        turn.say(
            turn.tekst("budgetcoach_aanbod"),
            buttons=[
                button(turn.t.knop_afspraak_maken, "contact_persoon", persoon="budgetcoach"),
                button(turn.t.knop_regelingen, "regelingen"),
                # Debts, health insurance, rent: municipal debt help and zorgtoeslag are schemes, not the coach.
                button(turn.t.knop_schuldhulp, "regelingen", betaalt_voor="vaste_lasten"),
            ],
        )
        return []
