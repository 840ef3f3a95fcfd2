"""docent_professionalisering -> what research says works, then the school's own route (i-coach, academy) and
the external offers, each with a link; offers that nobody checked yet are marked as such."""
from actions.base import KansenbotAction, Turn, button
from actions.knowledge.schema import Verificatie


class ActionDocentProfessionalisering(KansenbotAction):
    action_name = "action_docent_professionalisering"
    needs_school = True

    def respond(self, turn: Turn):
        school = turn.school
        advies = turn.kb.handreiking.professionalisering
        turn.say(turn.tekst("prof_advies", titel=advies.titel, waarom=advies.waarom, lijst=turn.lijst(advies.tips)))
        turn.say(turn.tekst("prof_advies_bronnen", lijst=turn.lijst(f"{b.titel}: {b.link}" for b in advies.bronnen)))
        turn.say(turn.tekst("prof_school", school=school.naam))
        turn.say(f"{school.icoach.uitleg}\n{turn.contact(school.icoach.contact)}")
        for route in school.professionalisering:
            extra = turn.contact(route.contact) if route.contact else ""
            link = str(route.link) if route.link else extra
            turn.say(turn.tekst("prof_school_route", titel=route.titel, uitleg=route.uitleg, link=link).rstrip())
        if turn.kb.professionalisering:
            regels = "\n\n".join(_extern(turn, r) for r in turn.kb.professionalisering)
            turn.say(f"{turn.tekst('prof_extern')}\n{regels}")
        turn.say(
            turn.tekst("prof_vervolg"),
            buttons=[
                button(turn.t.knop_handreiking, "docent_handreiking"),
                button(turn.t.knop_persoon["icoach"], "contact_persoon", persoon="icoach"),
            ],
        )
        return []


def _extern(turn: Turn, route) -> str:
    if route.titel == route.organisatie:
        tekst = turn.tekst("prof_extern_regel_zonder_organisatie", titel=route.titel, uitleg=route.uitleg, link=route.link)
    else:
        tekst = turn.tekst("prof_extern_regel", titel=route.titel, organisatie=route.organisatie, uitleg=route.uitleg, link=route.link)
    if route.verificatie == Verificatie.niet_geverifieerd:
        tekst = f"{tekst}\n{turn.t.prof_extern_niet_gecontroleerd}"
    return tekst
