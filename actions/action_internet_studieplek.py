"""geen_internet_studieplek -> the school's study places with computers/wifi and opening hours."""
from actions.base import KansenbotAction, Turn, button


class ActionInternetStudieplek(KansenbotAction):
    action_name = "action_internet_studieplek"
    needs_school = True

    def respond(self, turn: Turn):
        turn.say(turn.tekst_voor_rol("studieplek_intro", school=turn.school.naam))
        for plek in turn.school.studieplekken:
            voorzieningen = ", ".join(
                label for key, label in turn.t.voorzieningen.items() if getattr(plek, key, False)
            )
            if plek.opmerking:
                voorzieningen = f"{voorzieningen}\n{plek.opmerking}" if voorzieningen else plek.opmerking
            turn.say(
                turn.tekst(
                    "studieplek_kaart",
                    naam=plek.naam,
                    locatie=plek.locatie,
                    openingstijden=plek.openingstijden,
                    voorzieningen=voorzieningen,
                ).rstrip()
            )
        turn.say(
            turn.tekst("studieplek_bieb"),
            buttons=[
                button(turn.t.knop_geld_voor_internet, "regelingen", betaalt_voor="internet"),
                button(turn.t.knop_zonder_internet, "analoog_alternatief"),
                button(turn.t.knop_laptop_lenen, "geen_laptop"),
            ],
        )
        return []
