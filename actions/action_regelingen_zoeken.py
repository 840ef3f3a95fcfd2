"""regelingen -> schemes for this audience (role, age, bol/bbl, municipality); three cards at a time.

Each card shows the title, one line, the condition that matters, who applies and the checked link. Which
schemes may be shown, and how stale or unchecked ones are handled, is decided in actions/knowledge/query.py.
"""
import datetime as dt

from actions.base import KansenbotAction, Turn, button
from actions.knowledge.query import (
    BETAALT_VOOR_ALLES,
    LEERWEGEN,
    NIET_GEVERIFIEERD,
    ONDER_18,
    VANAF_18,
    VEROUDERD,
    Kaart,
    Publiek,
    leerweg_maakt_uit,
    zoek_regelingen,
)

PER_PAGINA = 3
LEEFTIJD_ONBEKEND = "onbekend"
LEERWEG_ONBEKEND = "onbekend"


def vandaag() -> dt.date:
    """Today, for the 12-month freshness rule (tests pin it)."""
    return dt.date.today()


class ActionRegelingenZoeken(KansenbotAction):
    action_name = "action_regelingen_zoeken"
    # The school's own fund comes first, so the school must be known.
    needs_school = True

    def respond(self, turn: Turn):
        betaalt_voor = turn.slot("betaalt_voor")
        leeftijd = turn.slot("leeftijd")
        leerweg = turn.slot("leerweg")
        gemeente = turn.slot("gemeente")
        today = vandaag()
        if betaalt_voor is None:
            buttons = [button(label, "regelingen", betaalt_voor=key) for key, label in turn.t.knop_betaalt_voor.items()]
            buttons.append(button(turn.t.knop_alles, "regelingen", betaalt_voor=BETAALT_VOOR_ALLES))
            turn.say(turn.tekst_voor_rol("regelingen_vraag_betaalt_voor"), buttons=buttons)
            return []
        if leeftijd is None:
            turn.say(
                turn.tekst_voor_rol("regelingen_vraag_leeftijd"),
                buttons=[
                    button(turn.t.knop_onder_18, "regelingen", leeftijd=ONDER_18),
                    button(turn.t.knop_18_plus, "regelingen", leeftijd=VANAF_18),
                    button(turn.t.knop_zeg_ik_liever_niet, "regelingen", leeftijd=LEEFTIJD_ONBEKEND),
                ],
            )
            return []
        publiek = Publiek(rol=turn.rol, leeftijd=leeftijd, leerweg=leerweg)
        # bol or bbl is asked only when the answer changes which schemes fit.
        if leerweg is None and leerweg_maakt_uit(
            turn.kb, turn.school, publiek, betaalt_voor=betaalt_voor, gemeente=gemeente, vandaag=today
        ):
            turn.say(
                turn.tekst_voor_rol("regelingen_vraag_leerweg"),
                buttons=[
                    button(turn.t.knop_bol, "regelingen", leerweg="bol"),
                    button(turn.t.knop_bbl, "regelingen", leerweg="bbl"),
                    button(turn.t.knop_weet_ik_niet, "regelingen", leerweg=LEERWEG_ONBEKEND),
                ],
            )
            return []

        kaarten = zoek_regelingen(
            turn.kb, turn.school, rol=turn.rol, betaalt_voor=betaalt_voor, leeftijd=leeftijd, gemeente=gemeente,
            leerweg=leerweg if leerweg in LEERWEGEN else None, vandaag=today,
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
            turn.say(kaart_tekst(turn, kaart))
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


def kaart_tekst(turn: Turn, kaart: Kaart) -> str:
    """Title and one line, the condition, who applies (in words for this role), a freshness mark, the link."""
    regels = [turn.tekst("regelingen_kaart", titel=kaart.titel, kort=kaart.kort)]
    if kaart.voorwaarde:
        regels.append(turn.tekst("kaart_voorwaarde", voorwaarde=kaart.voorwaarde))
    if kaart.aanvrager:
        regels.append(turn.t.kaart_aanvrager[turn.rol][kaart.aanvrager])
    if kaart.status == VEROUDERD:
        regels.append(turn.tekst("kaart_verouderd", datum=_datum(kaart.gecontroleerd)))
    elif kaart.status == NIET_GEVERIFIEERD:
        regels.append(turn.t.kaart_niet_gecontroleerd)
    if kaart.link:
        regels.append(kaart.link)
    return "\n".join(regels)


MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december")


def _datum(datum: dt.date) -> str:
    return f"{datum.day} {MAANDEN[datum.month - 1]} {datum.year}"


def _pagina(value) -> int:
    try:
        return max(1, int(value))
    except (TypeError, ValueError):
        return 1
