"""docent_handreiking -> seven recommendations built on the Practoraat Mediawijsheid's research among mbo
teachers, each with tips, a guide to open right away where there is one, intake questions and the source."""
from actions.base import KansenbotAction, Turn, button


class ActionDocentHandreiking(KansenbotAction):
    action_name = "action_docent_handreiking"

    def respond(self, turn: Turn):
        handreiking = turn.kb.handreiking
        aanbevelingen = handreiking.aanbevelingen
        gekozen = next((a for a in aanbevelingen if a.id == turn.entity("aanbeveling")), None)
        alle = [button(a.knop, "docent_handreiking", aanbeveling=a.id) for a in aanbevelingen]
        if gekozen is None:
            overzicht = "\n".join(
                turn.tekst("handreiking_lijst_regel", nummer=i, titel=a.knop) for i, a in enumerate(aanbevelingen, start=1)
            )
            turn.say(f"{turn.tekst('handreiking_intro', door=handreiking.onderzoek.door)}\n{overzicht}", buttons=alle)
            return []

        turn.say(turn.tekst("handreiking_waarom", titel=gekozen.titel, waarom=gekozen.waarom))
        turn.say(turn.tekst("handreiking_tips", lijst=turn.lijst(gekozen.tips)))
        for hulpmiddel in gekozen.hulpmiddelen:
            turn.say(turn.tekst("handreiking_hulpmiddel", titel=hulpmiddel.titel, uitleg=hulpmiddel.uitleg, link=hulpmiddel.link))
        index = aanbevelingen.index(gekozen)
        buttons = []
        if index + 1 < len(aanbevelingen):
            volgende = aanbevelingen[index + 1]
            buttons.append(button(turn.t.knop_volgende_aanbeveling, "docent_handreiking", aanbeveling=volgende.id))
        buttons.append(button(turn.t.knop_alle_aanbevelingen, "docent_handreiking"))
        buttons.append(button(turn.t.knop_regelingen_docent, "regelingen", rol="docent"))
        buttons.append(button(turn.t.knop_scholing, "docent_professionalisering"))
        turn.say(turn.tekst("handreiking_intakevragen", lijst=turn.lijst(gekozen.intakevragen)))
        # Every answer names the research it builds on; the last one also lists the other sources.
        onderzoek = handreiking.onderzoek
        bron = turn.tekst("handreiking_onderzoek", titel=onderzoek.titel, door=onderzoek.door, link=onderzoek.link)
        if index + 1 == len(aanbevelingen):
            bronnen = turn.lijst(f"{b.titel}: {b.link}" for b in handreiking.bronnen)
            bron = f"{bron}\n{turn.tekst('handreiking_bronnen', lijst=bronnen)}"
        turn.say(bron, buttons=buttons)
        return []
