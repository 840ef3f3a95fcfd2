"""digitale_vaardigheid -> short steps for the tool in the `tool` slot, or a choice: first a group, then a tool.

The school's own system (profile `systemen:`, and `wachtwoord:`) comes before the generic tutorial. When
the steps differ per device, the student picks the device once (slot `apparaat`) and sees only its steps.
"""
from rasa_sdk.events import SlotSet

from actions.base import KansenbotAction, Turn, button
from actions.knowledge.schema import SYSTEEM_SOORTEN, TUTORIAL_GROEPEN

# A button value that asks for the device again ("ander apparaat").
APPARAAT_KIEZEN = "kiezen"


class ActionDigitaleTutorial(KansenbotAction):
    action_name = "action_digitale_tutorial"
    # School steps are used when the school is known; without a school the generic steps still help.
    needs_school = False

    def respond(self, turn: Turn):
        tool = turn.slot("tool") or ""
        tutorial = turn.kb.tutorials.get(tool)
        if tutorial is None:
            _vraag_welke(turn)
            return [SlotSet("tool", None)]

        systeem = turn.school.systeem(tool) if turn.school and tool in SYSTEEM_SOORTEN else None
        stappen_bron = systeem or tutorial
        link, hulp = tutorial.link, None
        if systeem:
            link = systeem.link or link
            hulp = systeem.hulp
        elif tutorial.schoolroute and turn.school and tool == "wachtwoord":
            route = turn.school.wachtwoord
            turn.say(turn.tekst("tutorial_stappen", titel=tutorial.titel, lijst=_genummerd(turn, route.stappen)))
            turn.say(turn.tekst("tutorial_telefoon_zelfde"))
            return _einde(turn, tutorial, route.link or link, route.hulp)
        elif tutorial.schoolroute:
            # Generic steps for something every school sets up its own way: say so, and name who helps here.
            turn.say(turn.tekst("tutorial_algemeen"))
            hulp = turn.school.digitale_hulp.contact if turn.school else None
            link = link or (turn.school.website if turn.school else None)

        if stappen_bron.per_apparaat:
            apparaat = turn.slot("apparaat")
            if apparaat not in stappen_bron.apparaten():
                turn.say(
                    turn.tekst("tutorial_vraag_apparaat"),
                    buttons=[
                        button(turn.t.knop_apparaat[a], "digitale_vaardigheid", tool=tool, apparaat=a)
                        for a in stappen_bron.apparaten()
                    ],
                )
                return [SlotSet("tool", None)]
            lijst = _genummerd(turn, stappen_bron.stappen_voor(apparaat))
            if systeem:
                turn.say(turn.tekst("tutorial_schoolsysteem", naam=systeem.naam, school=turn.school.naam, lijst=lijst))
            else:
                turn.say(turn.tekst("tutorial_stappen_apparaat", titel=tutorial.titel, apparaat=turn.t.knop_apparaat[apparaat], lijst=lijst))
                _let_op_niet_nagekeken(turn, tutorial)
            return _einde(turn, tutorial, link, hulp, ander_apparaat=True)

        lijst = _genummerd(turn, stappen_bron.stappen)
        if systeem:
            turn.say(turn.tekst("tutorial_schoolsysteem", naam=systeem.naam, school=turn.school.naam, lijst=lijst))
        else:
            turn.say(turn.tekst("tutorial_stappen", titel=tutorial.titel, lijst=lijst))
        if stappen_bron.telefoon_stappen:
            turn.say(turn.tekst("tutorial_telefoon_anders", lijst=_genummerd(turn, stappen_bron.telefoon_stappen)))
        elif stappen_bron.werkt_op_telefoon:
            turn.say(turn.tekst("tutorial_telefoon_zelfde"))
        else:
            turn.say(turn.tekst("tutorial_geen_telefoon"))
        if not systeem:
            _let_op_niet_nagekeken(turn, tutorial)
        return _einde(turn, tutorial, link, hulp)


def _let_op_niet_nagekeken(turn: Turn, tutorial) -> None:
    """Unchecked menu names get an honest line; generic school steps already say they may differ."""
    if not tutorial.nagekeken and not tutorial.schoolroute:
        turn.say(turn.tekst("tutorial_niet_gecontroleerd", knop=turn.t.knop_lukt_niet))


def _vraag_welke(turn: Turn) -> None:
    groep = turn.entity("tool_groep")
    if groep in TUTORIAL_GROEPEN:
        tools = [t for t in turn.kb.tutorials.values() if t.groep == groep]
        turn.say(
            turn.tekst("tutorial_vraag_groep", groep=turn.t.knop_tutorial_groep[groep]),
            buttons=[button(t.knop, "digitale_vaardigheid", tool=t.id) for t in tools]
            + [button(turn.t.knop_andere_tutorial, "digitale_vaardigheid")],
        )
        return
    turn.say(
        turn.tekst("tutorial_vraag"),
        buttons=[button(turn.t.knop_tutorial_groep[g], "digitale_vaardigheid", tool_groep=g) for g in TUTORIAL_GROEPEN],
    )


def _einde(turn: Turn, tutorial, link, hulp, ander_apparaat: bool = False):
    if hulp is not None:
        turn.say(turn.tekst("tutorial_wachtwoord_hulp", contact=turn.contact(hulp)))
    apparaat = [button(turn.t.knop_ander_apparaat, "digitale_vaardigheid", tool=tutorial.id, apparaat=APPARAAT_KIEZEN)]
    turn.say(
        turn.tekst("tutorial_meer", link=link) if link else turn.tekst("tutorial_verder"),
        buttons=[
            # The likely next question from the data ("nog een vraag over Teams"), then any other.
            *(button(turn.kb.tutorials[tool].knop, "digitale_vaardigheid", tool=tool) for tool in tutorial.vervolg),
            *(apparaat if ander_apparaat else []),
            button(turn.t.knop_andere_tutorial, "digitale_vaardigheid"),
            button(turn.t.knop_lukt_niet, "contact_persoon", persoon="digitale_hulp"),
        ],
    )
    # Cleared so that "iets anders leren" asks again instead of repeating this tutorial.
    return [SlotSet("tool", None)]


def _genummerd(turn: Turn, stappen) -> str:
    return "\n".join(turn.tekst("stap_regel", nummer=i, tekst=stap) for i, stap in enumerate(stappen, start=1))
