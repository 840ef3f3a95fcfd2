"""digitale_vaardigheid -> a short tutorial for the tool in the `tool` slot, or a choice of tools."""
from rasa_sdk.events import SlotSet

from actions.base import KansenbotAction, Turn, button


class ActionDigitaleTutorial(KansenbotAction):
    action_name = "action_digitale_tutorial"
    # Only the password tutorial is school-specific; it falls back to the generic steps without a school.
    needs_school = False

    def respond(self, turn: Turn):
        tutorial = turn.kb.tutorials.get(turn.slot("tool") or "")
        if tutorial is None:
            turn.say(
                turn.tekst("tutorial_vraag"),
                buttons=[button(t.knop, "digitale_vaardigheid", tool=t.id) for t in turn.kb.tutorials.values()],
            )
            return [SlotSet("tool", None)]

        stappen, link, hulp = tutorial.stappen, str(tutorial.link), None
        if tutorial.schoolroute and turn.school:
            route = turn.school.wachtwoord
            stappen, hulp = route.stappen, route.hulp
            link = str(route.link or link)
        turn.say(turn.tekst("tutorial_stappen", titel=tutorial.titel, lijst=_genummerd(turn, stappen)))
        if tutorial.telefoon_stappen:
            turn.say(turn.tekst("tutorial_telefoon_anders", lijst=_genummerd(turn, tutorial.telefoon_stappen)))
        elif tutorial.werkt_op_telefoon:
            turn.say(turn.tekst("tutorial_telefoon_zelfde"))
        else:
            turn.say(turn.tekst("tutorial_geen_telefoon"))
        if hulp is not None:
            turn.say(turn.tekst("tutorial_wachtwoord_hulp", contact=turn.contact(hulp)))
        turn.say(
            turn.tekst("tutorial_meer", link=link),
            buttons=[
                # The likely next question from the data ("nog een vraag over Teams"), then any other.
                *(button(turn.kb.tutorials[tool].knop, "digitale_vaardigheid", tool=tool) for tool in tutorial.vervolg),
                button(turn.t.knop_andere_tutorial, "digitale_vaardigheid"),
                button(turn.t.knop_lukt_niet, "contact_persoon", persoon="digitale_hulp"),
            ],
        )
        # Cleared so that "iets anders leren" asks again instead of repeating this tutorial.
        return [SlotSet("tool", None)]


def _genummerd(turn: Turn, stappen) -> str:
    return "\n".join(turn.tekst("stap_regel", nummer=i, tekst=stap) for i, stap in enumerate(stappen, start=1))
