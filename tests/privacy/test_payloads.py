"""Every value Kansenbot's own buttons carry passes the payload check unchanged (bot/channels/payloads.py).

If an action starts putting a new kind of value in a button, this test names it: add it to the knowledge
base or to payloads.CODE_VALUES, or the click would be scrubbed and route without it.
"""
from __future__ import annotations

import json

import pytest

from actions.action_regelingen_zoeken import LEEFTIJD_ONBEKEND
from actions.knowledge import get_knowledge
from actions.knowledge.query import BETAALT_VOOR_ALLES, ONDER_18, VANAF_18
from actions.knowledge.schema import PERSONEN, BetaaltVoor, Doelgroep
from bot.channels.guard import check_user_text
from bot.channels.payloads import known_values


def button_values():
    kb = get_knowledge()
    yield from (("tool", tool) for tool in kb.tutorials)
    yield from (("opdracht_type", kind) for kind in kb.analoog)
    yield from (("school", school) for school in kb.scholen)
    yield from (("aanbeveling", item.id) for item in kb.handreiking.aanbevelingen)
    yield from (("persoon", person) for person in PERSONEN)
    yield from (("betaalt_voor", topic.value) for topic in BetaaltVoor)
    yield from (("rol", role.value) for role in Doelgroep)
    yield from (("leeftijd", band) for band in (ONDER_18, VANAF_18, LEEFTIJD_ONBEKEND))
    yield ("betaalt_voor", BETAALT_VOOR_ALLES)


@pytest.mark.parametrize("entity, value", list(button_values()))
def test_values_of_our_own_buttons_are_known(entity: str, value: str) -> None:
    assert value.casefold() in known_values()
    payload = "/regelingen" + json.dumps({entity: value}, separators=(",", ":"))
    assert check_user_text(payload).text == payload


@pytest.mark.parametrize("municipality", ["Den Haag", "'s-Hertogenbosch", "Súdwest-Fryslân", "utrecht"])
def test_municipalities_are_known(municipality: str) -> None:
    assert municipality.casefold() in known_values()


from hypothesis import given, strategies as st  # noqa: E402

from tests.privacy.test_scrubber_properties import PROFILE, personal_data  # noqa: E402


@PROFILE
@given(st.sampled_from(["geen_laptop", "regelingen", "greet"]), st.sampled_from(["school", "gemeente", "naam"]),
       st.text(alphabet=" abcdefghij", max_size=10), personal_data)
def test_personal_data_in_a_payload_value_never_passes(intent, entity, noise, secret):
    payload = f"/{intent}" + json.dumps({entity: f"{noise} {secret}".strip()}, ensure_ascii=False)
    assert secret not in check_user_text(payload).text
