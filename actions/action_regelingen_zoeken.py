"""regelingen -> schemes filtered by what they pay for, age and municipality; three short cards at a time."""
from actions.base import KansenbotAction, Turn, button
from actions.knowledge.query import BETAALT_VOOR_ALLES, ONDER_18, VANAF_18, zoek_regelingen

PER_PAGINA = 3
LEEFTIJD_ONBEKEND = "onbekend"


class ActionRegelingenZoeken(KansenbotAction):
    action_name = "action_regelingen_zoeken"
    # The school's own fund comes first, so the school must be known.
    needs_school = True

    def respond(self, turn: Turn):
        docent = turn.rol == "docent"
        betaalt_voor = turn.slot("betaalt_voor")
        leeftijd = turn.slot("leeftijd")
        if betaalt_voor is None:
            buttons = [button(label, "regelingen", betaalt_voor=key) for key, label in turn.t.knop_betaalt_voor.items()]
            buttons.append(button(turn.t.knop_alles, "regelingen", betaalt_voor=BETAALT_VOOR_ALLES))
            turn.say(turn.tekst("regelingen_vraag_betaalt_voor_docent" if docent else "regelingen_vraag_betaalt_voor"), buttons=buttons)
            return []
        if leeftijd is None:
            turn.say(
                turn.tekst("regelingen_vraag_leeftijd_docent" if docent else "regelingen_vraag_leeftijd"),
                buttons=[
                    button(turn.t.knop_onder_18, "regelingen", leeftijd=ONDER_18),
                    button(turn.t.knop_18_plus, "regelingen", leeftijd=VANAF_18),
                    button(turn.t.knop_zeg_ik_liever_niet, "regelingen", leeftijd=LEEFTIJD_ONBEKEND),
                ],
            )
            return []

        gemeente = turn.slot("gemeente")
        kaarten = zoek_regelingen(
            turn.kb, turn.school, rol=turn.rol, betaalt_voor=betaalt_voor, leeftijd=leeftijd, gemeente=gemeente
        )
        pagina = _pagina(turn.entity("pagina"))
        start = (pagina - 1) * PER_PAGINA
        deze = kaarten[start : start + PER_PAGINA]
        budgetcoach = button(turn.t.knop_budgetcoach, "contact_persoon", persoon="budgetcoach")
        if not deze:
            turn.say(turn.tekst("regelingen_geen" if pagina == 1 else "regelingen_einde"), buttons=[budgetcoach])
            return []
        if pagina == 1:
            turn.say(turn.tekst("regelingen_intro"))
        for kaart in deze:
            turn.say(turn.tekst("regelingen_kaart", titel=kaart.titel, kort=kaart.kort, link=kaart.link))
        if not gemeente and pagina == 1:
            turn.say(turn.tekst("regelingen_gemeente_tip"))
        if start + PER_PAGINA < len(kaarten):
            turn.say(
                turn.tekst("regelingen_meer_vraag"),
                buttons=[button(turn.t.knop_meer_regelingen, "regelingen", pagina=pagina + 1), budgetcoach],
            )
        else:
            turn.say(turn.tekst("regelingen_einde"), buttons=[budgetcoach])
        return []


def _pagina(value) -> int:
    try:
        return max(1, int(value))
    except (TypeError, ValueError):
        return 1
