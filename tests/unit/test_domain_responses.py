"""Every response in domain.yml renders through Rasa's own response filling without an error, and every
button it sends names an intent and entities that exist.

Why: Rasa fills {slot} variables in response texts and button payloads; a payload with single-braced JSON
('/help{"rol":"docent"}') was taken for a variable, and Rasa logged an ERROR with a traceback (and the
response's slot values) every time the menu was sent.
"""
import copy
import json

import pytest
from rasa.core.nlg import interpolator
from rasa.shared.core.domain import Domain

from bot.channels.payloads import PAYLOAD, as_sent
from tests.support import ROOT

DOMAIN = Domain.load(str(ROOT / "domain.yml"))


def _variants():
    for name, variants in DOMAIN.responses.items():
        for number, variant in enumerate(variants):
            yield pytest.param(name, variant, id=f"{name}-{number}")


@pytest.mark.parametrize("name, variant", list(_variants()))
def test_response_renders_without_an_interpolation_error(name, variant, monkeypatch):
    def fail(event, **details):
        raise AssertionError(f"{name}: Rasa could not fill {details.get('placeholder_key')!r}")

    monkeypatch.setattr(interpolator.structlogger, "exception", fail)
    slots = {slot.name: "x" for slot in DOMAIN.slots}
    rendered = interpolator.interpolate(copy.deepcopy(variant), slots)
    for button in rendered.get("buttons") or []:
        payload = button["payload"]
        match = PAYLOAD.match(payload)
        assert match, f"{name}: button {button['title']!r} sends {payload!r}, not /intent or /intent{{json}}"
        assert match.group("intent") in DOMAIN.intents, f"{name}: unknown intent in {payload!r}"
        entities = json.loads(match.group("entities")) if match.group("entities") else {}
        assert set(entities) <= set(DOMAIN.entities), f"{name}: unknown entity in {payload!r}"
        assert as_sent(variant_payload(variant, button["title"])) == payload


def variant_payload(variant, title):
    return next(button["payload"] for button in variant["buttons"] if button["title"] == title)


def test_a_single_braced_payload_is_what_made_rasa_log_an_error(monkeypatch):
    # The failing shape, kept as a check that the test above can fail.
    calls = []
    monkeypatch.setattr(interpolator.structlogger, "exception", lambda event, **details: calls.append(event))
    assert interpolator.interpolate_text('/help{"rol":"docent"}', {}) == '/help{"rol":"docent"}'
    assert calls == ["interpolator.interpolate.text"]
    calls.clear()
    assert interpolator.interpolate_text('/help{{"rol":"docent"}}', {}) == '/help{"rol":"docent"}'
    assert calls == []
