"""docent_handreiking -> the research's seven recommendations, each with tips and intake questions."""
from actions.base import KansenbotAction, Turn, button


class ActionDocentHandreiking(KansenbotAction):
    action_name = "action_docent_handreiking"

    def respond(self, turn: Turn):
        aanbevelingen = turn.kb.handreiking.aanbevelingen
        gekozen = next((a for a in aanbevelingen if a.id == turn.entity("aanbeveling")), None)
        alle = [button(a.knop, "docent_handreiking", aanbeveling=a.id) for a in aanbevelingen]
        if gekozen is None:
            overzicht = "\n".join(
                turn.tekst("handreiking_lijst_regel", nummer=i, titel=a.knop) for i, a in enumerate(aanbevelingen, start=1)
            )
            turn.say(f"{turn.tekst('handreiking_intro')}\n{overzicht}", buttons=alle)
            return []

        turn.say(turn.tekst("handreiking_waarom", titel=gekozen.titel, waarom=gekozen.waarom))
        turn.say(turn.tekst("handreiking_tips", lijst=turn.lijst(gekozen.tips)))
        index = aanbevelingen.index(gekozen)
        buttons = []
        if index + 1 < len(aanbevelingen):
            volgende = aanbevelingen[index + 1]
            buttons.append(button(turn.t.knop_volgende_aanbeveling, "docent_handreiking", aanbeveling=volgende.id))
        buttons.append(button(turn.t.knop_alle_aanbevelingen, "docent_handreiking"))
        buttons.append(button(turn.t.knop_regelingen_docent, "regelingen", rol="docent"))
        buttons.append(button(turn.t.knop_scholing, "docent_professionalisering"))
        if index + 1 == len(aanbevelingen):
            turn.say(turn.tekst("handreiking_intakevragen", lijst=turn.lijst(gekozen.intakevragen)))
            bronnen = turn.lijst(f"{b.titel}: {b.link}" for b in turn.kb.handreiking.bronnen)
            turn.say(turn.tekst("handreiking_bronnen", lijst=bronnen), buttons=buttons)
        else:
            turn.say(turn.tekst("handreiking_intakevragen", lijst=turn.lijst(gekozen.intakevragen)), buttons=buttons)
        return []
