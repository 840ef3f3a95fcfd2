"""What Kansenbot says about privacy must be literally true, per channel, with the real retention setting.

The chain is tested as it runs: KANSENBOT_RETENTION_DAYS -> action_session_start (slot) -> Rasa's own
response selection (channel variants, conditions, slot filling) on the real domain.yml.
"""
import asyncio
import json
import re
from pathlib import Path

import pytest
import yaml
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker

from actions.action_session_start import ActionSessionStart
from tests.actions.conftest import REPO, domain_dict, make_tracker, run_action

DOMAIN = Domain.load(str(REPO / "domain.yml"))
NLG = TemplatedNaturalLanguageGenerator(DOMAIN.responses)
TEAMS, WIDGET, REST = "botframework", "socketio", CollectingOutputChannel.name()
PRIVACY_RESPONSES = ("utter_greet", "utter_anonimiteit", "utter_anonimiteit_opslag", "utter_anonimiteit_wie")


def session_tracker() -> DialogueStateTracker:
    """A Rasa tracker after Kansenbot's own session start (the events the action server returns)."""
    _, events = run_action(ActionSessionStart(), make_tracker(), domain_dict())
    tracker = DialogueStateTracker.from_events("copy-test", [], DOMAIN.slots)
    for event in events:
        tracker.update(Event.from_parameters(event), DOMAIN)
    return tracker


def say(response: str, channel: str, tracker: DialogueStateTracker = None) -> str:
    tracker = tracker or session_tracker()
    generated = asyncio.run(NLG.generate(response, tracker, channel))
    return generated["text"]


@pytest.mark.parametrize("setting, promise", [("7", "Elk bericht wis ik na 7 dagen."),
                                              ("1", "Elk bericht wis ik na 1 dag."),
                                              ("45.5", "Elk bericht wis ik na 45,5 dagen."),
                                              ("30", "Elk bericht wis ik na 30 dagen.")])
def test_the_retention_setting_is_what_the_bot_says(monkeypatch, setting, promise):
    monkeypatch.setenv("KANSENBOT_RETENTION_DAYS", setting)
    tracker = session_tracker()
    for channel in (TEAMS, WIDGET, REST):
        assert say("utter_anonimiteit_opslag", channel, tracker).endswith(promise)


def test_default_retention_is_the_purges_default(monkeypatch):
    from bot.privacy.retention import DEFAULT_DAYS

    monkeypatch.delenv("KANSENBOT_RETENTION_DAYS", raising=False)
    assert say("utter_anonimiteit_opslag", WIDGET).endswith(f"na {DEFAULT_DAYS:g} dagen.")


def test_without_the_action_server_the_answer_names_no_number(monkeypatch):
    monkeypatch.setenv("KANSENBOT_RETENTION_DAYS", "not-a-number")
    tracker = session_tracker()
    assert tracker.get_slot("bewaartermijn_dagen") is None
    text = say("utter_anonimiteit_opslag", TEAMS, tracker)
    assert "Na een vaste tijd wis ik elk bericht." in text and not re.search(r"\d|None|\{", text)


def test_teams_never_promises_anonymity_and_says_who_can_see_you():
    texts = {name: say(name, TEAMS) for name in PRIVACY_RESPONSES}
    everything = " ".join(texts.values())
    assert re.sub(r"niet anoniem", "", everything).count("anoniem") == 0
    assert "Microsoft" in texts["utter_anonimiteit"] and "Teams-beheerder" in texts["utter_anonimiteit"]
    assert "code" in texts["utter_anonimiteit"]
    # The mentor cannot read along because the app is personal scope only (teams_app/app.yml).
    assert "privéchat" in texts["utter_anonimiteit_wie"] and "lezen niet mee" in texts["utter_anonimiteit_wie"]
    assert "blijft wel in Teams staan" in texts["utter_anonimiteit_wie"]


def test_the_widget_is_anonymous_and_tells_how_to_wipe_a_shared_computer():
    texts = {name: say(name, WIDGET) for name in PRIVACY_RESPONSES}
    assert "anoniem" in texts["utter_greet"] and "anoniem" in texts["utter_anonimiteit"]
    assert "Wis gesprek" in texts["utter_anonimiteit_wie"]
    assert "lezen niet mee" in texts["utter_anonimiteit_wie"]


def test_rest_and_other_channels_get_no_promise_that_depends_on_the_channel():
    """A REST integration (a school portal) decides itself who sees the chat: no anonymity, no mentor line."""
    texts = " ".join(say(name, REST) for name in PRIVACY_RESPONSES)
    assert "anoniem" not in texts and "mentor" not in texts and "Wis gesprek" not in texts


def _all_copy() -> str:
    """Every piece of Dutch copy a student can see, outside the crisis responses (113 is anonymous)."""
    domain = yaml.safe_load((REPO / "domain.yml").read_text(encoding="utf-8"))
    responses = {name: variants for name, variants in domain["responses"].items() if not name.startswith("utter_crisis")}
    parts = [json.dumps(responses, ensure_ascii=False)]
    parts += [path.read_text(encoding="utf-8") for path in (REPO / "data" / "knowledge").rglob("*.yml")]
    parts.append((REPO / "bot" / "channels" / "teams_app" / "app.yml").read_text(encoding="utf-8"))
    parts.append((REPO / "bot" / "webchat" / "kansenbot-widget.js").read_text(encoding="utf-8"))
    return "\n".join(parts)


def test_no_anonymity_promise_where_it_is_not_true():
    copy = _all_copy()
    assert "Praat anoniem met de budgetcoach" not in copy
    assert not re.search(r"anoniem[^.\n]{0,40}budgetcoach|budgetcoach[^.\n]{0,40}anoniem", copy, re.IGNORECASE)
    assert "helpt je anoniem" not in copy


def test_every_confidentiality_promise_names_its_limit():
    """"Vertrouwelijk" without its limit is not true: when someone is in danger, staff follow the meldcode."""
    domain = yaml.safe_load((REPO / "domain.yml").read_text(encoding="utf-8"))
    texts = [variant.get("text", "") for variants in domain["responses"].values() for variant in variants]
    for path in (REPO / "data" / "knowledge").rglob("*.yml"):
        texts += _strings(yaml.safe_load(path.read_text(encoding="utf-8")))
    promises = [text for text in texts if re.search(r"vertrouwelijk|blijft tussen", text, re.IGNORECASE)]
    assert promises, "the test would pass vacuously"
    for text in promises:
        assert "gevaar" in text, f"confidentiality without its limit: {text!r}"


def _strings(value):
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


def test_the_private_chat_line_exists_for_the_teams_channel():
    from bot.channels.teams import PRIVATE_CHAT_ONLY

    text = say(PRIVATE_CHAT_ONLY, TEAMS)
    assert "privéchat" in text and len(text) < 160
