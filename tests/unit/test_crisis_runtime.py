"""The crisis answer without the action server: Rasa's RemoteAction through Kansenbot's action endpoint,
against an action server that is down, too slow, or not configured. Each sends a crisis and expects 113/112."""
import asyncio
import time

import pytest
from aiohttp import web
from rasa.core.actions.action import RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot.nlp.heldout import ROOT
from bot.runtime import crisis
from bot.runtime.action_endpoint import ResilientActionEndpoint, make_action_endpoint_resilient
from tests.privacy.harness import free_port
from tests.support import fake_action_server

DOMAIN = Domain.load(str(ROOT / "domain.yml"))


def crisis_tracker(*kinds: str) -> DialogueStateTracker:
    tracker = DialogueStateTracker("crisis-test", DOMAIN.slots)
    entities = [{"entity": "crisis_soort", "value": kind, "start": 0, "end": 4} for kind in kinds]
    tracker.update(UserUttered("test", {"name": "crisis", "confidence": 1.0}, entities), DOMAIN)
    return tracker


async def run(endpoint: EndpointConfig, action: str = "action_crisis", *kinds: str) -> tuple:
    output = CollectingOutputChannel()
    started = time.monotonic()
    events = await RemoteAction(action, endpoint).run(
        output, TemplatedNaturalLanguageGenerator(DOMAIN.responses), crisis_tracker(*kinds), DOMAIN
    )
    return [getattr(e, "text", None) for e in events if getattr(e, "text", None)], time.monotonic() - started


async def with_server(handler, coroutine_factory):
    async with fake_action_server(handler, free_port()) as url:
        return await coroutine_factory(url)


def test_action_server_down_the_rasa_server_answers_the_crisis_itself():
    endpoint = ResilientActionEndpoint.wrapping(EndpointConfig(f"http://127.0.0.1:{free_port()}/webhook"))
    texts, _ = asyncio.run(run(endpoint, "action_crisis", "geweld_thuis"))
    assert "0800-2000" in texts[0] and "112" in texts[0]
    assert any(crisis.knowledge().scholen["voorbeeld-roc"].vertrouwenspersoon.contact.email in t for t in texts)


def test_a_slow_action_server_gets_three_seconds_for_a_crisis(monkeypatch):
    monkeypatch.setenv("KANSENBOT_ACTION_TIMEOUT", "30")

    async def slow(_request):
        await asyncio.sleep(8)
        return web.json_response({"events": [], "responses": [{"text": "te laat"}]})

    async def go(url):
        return await run(ResilientActionEndpoint.wrapping(EndpointConfig(url)), "action_crisis", "zelfdoding")

    texts, seconds = asyncio.run(with_server(slow, go))
    assert "113" in texts[0] and "te laat" not in texts
    assert seconds < crisis.CRISIS_ACTION_TIMEOUT + 3  # generous for a busy CI


def test_a_failing_action_server_still_gives_the_crisis_answer():
    async def broken(_request):
        return web.Response(status=500)

    async def go(url):
        return await run(ResilientActionEndpoint.wrapping(EndpointConfig(url)), "action_crisis", "checkin")

    texts, _ = asyncio.run(with_server(broken, go))
    assert "113" in texts[0] and "112" in texts[0]


def test_a_working_action_server_is_used():
    async def ok(_request):
        return web.json_response({"events": [], "responses": [{"text": "antwoord van de action server"}]})

    async def go(url):
        return await run(ResilientActionEndpoint.wrapping(EndpointConfig(url)), "action_crisis", "zelfdoding")

    texts, _ = asyncio.run(with_server(ok, go))
    assert texts == ["antwoord van de action server"]


def test_without_any_action_server_configured_a_crisis_is_answered_and_other_actions_apologise():
    class Agent:
        action_endpoint = None
        processor = None

    agent = Agent()
    make_action_endpoint_resilient(agent)
    assert isinstance(agent.action_endpoint, ResilientActionEndpoint) and agent.action_endpoint.url is None
    crisis_texts, _ = asyncio.run(run(agent.action_endpoint, "action_crisis", "seksueel_geweld"))
    assert "0800-0188" in crisis_texts[0]
    other_texts, _ = asyncio.run(run(agent.action_endpoint, "action_leenlaptop"))
    assert other_texts == [DOMAIN.responses["utter_storing_actieserver"][0]["text"], DOMAIN.responses["utter_storing_mens"][0]["text"]]


@pytest.mark.parametrize("text, expected", [
    ("ik wil er niet meer zijn", "113"),
    ("mijn stiefvader slaat me elke avond", "0800-2000"),
])
def test_text_the_channel_could_not_process_is_checked_with_the_patterns(text, expected):
    messages = asyncio.run(crisis.answer_for_text(None, text, {"school": "voorbeeld-roc"}))
    assert expected in messages[0]["text"]


def test_everyday_text_gets_no_crisis_answer_from_the_channel():
    assert asyncio.run(crisis.answer_for_text(None, "ik heb geen laptop", None)) == []


def test_the_widget_line_links_the_numbers_of_the_knowledge_base():
    line = crisis.widget_crisis_line()
    assert "[113](tel:113)" in line and "[112](tel:112)" in line and "(https://www.113.nl)" in line


def test_teams_and_the_widget_with_the_database_down_still_send_a_crisis_its_answer():
    from types import SimpleNamespace

    from rasa.core.channels.channel import UserMessage

    from bot.storage.tracker_store import TrackerStoreUnavailable

    async def database_down(_message):
        raise TrackerStoreUnavailable("conversation database unavailable")

    agent = SimpleNamespace(domain=DOMAIN)  # no parse_message: the patterns decide
    crisis_message = UserMessage("ik wil dood", CollectingOutputChannel(), "teams-abc", metadata={"school": "voorbeeld-roc"})
    asyncio.run(crisis.handle_or_answer_crisis(database_down, crisis_message, agent))
    sent = [m["text"] for m in crisis_message.output_channel.messages]
    assert "113" in "\n".join(sent[:3]) and sent[-1] == DOMAIN.responses["utter_storing_crisis"][0]["text"]

    everyday = UserMessage("ik heb geen laptop", CollectingOutputChannel(), "teams-abc")
    with pytest.raises(TrackerStoreUnavailable):  # still raised, for the channel to log
        asyncio.run(crisis.handle_or_answer_crisis(database_down, everyday, agent))
    # Not a crisis: the student still hears that the message did not arrive and where a person is.
    assert [m["text"] for m in everyday.output_channel.messages] == [
        DOMAIN.responses["utter_storing"][0]["text"], DOMAIN.responses["utter_storing_mens"][0]["text"]]


def test_any_other_failure_still_sends_a_crisis_its_answer_and_the_error_is_raised():
    from types import SimpleNamespace

    from rasa.core.channels.channel import UserMessage

    async def broken(_message):
        raise RuntimeError("something else broke")

    agent = SimpleNamespace(domain=DOMAIN, parse_message=None)  # the NLU is not asked: it may be what broke
    crisis_message = UserMessage("mijn stiefvader slaat me elke avond", CollectingOutputChannel(), "sessie-abc")
    with pytest.raises(RuntimeError):
        asyncio.run(crisis.handle_or_answer_crisis(broken, crisis_message, agent))
    assert "0800-2000" in "\n".join(m["text"] for m in crisis_message.output_channel.messages)

    everyday = UserMessage("ik heb geen laptop", CollectingOutputChannel(), "sessie-abc")
    with pytest.raises(RuntimeError):
        asyncio.run(crisis.handle_or_answer_crisis(broken, everyday, agent))
    assert everyday.output_channel.messages == []


# --- the crisis answer already went out, then saving the turn failed (review of issue 9) ------------------
class DatabaseGoesAway(InMemoryTrackerStore):
    """A conversation database that still reads but, once ``gone``, fails when Rasa saves the turn: after
    the turn's answer was sent."""

    gone = False

    async def save(self, tracker):
        if self.gone:
            raise ConnectionError("the conversation database went away")
        await super().save(tracker)


@pytest.fixture(scope="module")
def agent_that_cannot_save():
    """The trained model in a Rasa agent as the server runs it (bot/runtime.install), without an action
    server (so the Rasa server answers action_crisis itself) and with a database that fails on save."""
    import logging

    from rasa.core.agent import Agent
    from rasa.utils.log_utils import configure_structlog

    from bot.nlp.heldout import latest_model
    from bot.runtime.idempotency import handle_each_message_once
    from bot.runtime.tracker_outage import make_tracker_store_outages_visible

    configure_structlog(logging.WARNING)
    agent = Agent.load(str(latest_model()), tracker_store=DatabaseGoesAway(DOMAIN))
    make_action_endpoint_resilient(agent)
    make_tracker_store_outages_visible(agent)
    handle_each_message_once(agent)
    return agent


def test_a_crisis_answer_sent_before_saving_failed_is_not_sent_again(agent_that_cannot_save):
    from rasa.core.channels.channel import UserMessage

    agent = agent_that_cannot_save
    greeting = UserMessage("hoi", CollectingOutputChannel(), "teams-save-fails", metadata={"school": "voorbeeld-roc"})
    asyncio.run(crisis.handle_or_answer_crisis(agent.handle_message, greeting, agent))
    assert greeting.output_channel.messages  # the conversation is stored and answered
    output = CollectingOutputChannel()
    message = UserMessage("ik wil niet meer leven", output, "teams-save-fails", metadata={"school": "voorbeeld-roc"})
    agent.tracker_store._tracker_store.gone = True  # inside Rasa's FailSafeTrackerStore
    asyncio.run(crisis.handle_or_answer_crisis(agent.handle_message, message, agent))
    sent = [m["text"] for m in output.messages]
    assert any("113" in text for text in sent) and any("vertrouwenspersoon@example.org" in text for text in sent), sent
    assert len(sent) == len(set(sent)), f"sent twice: {[text for text in sent if sent.count(text) > 1]}"
    assert sent[-1] == DOMAIN.responses["utter_storing_crisis"][0]["text"]  # the outage line still goes out
    assert message.output_channel is output  # the channel's own output channel, as it gave it


class SendFails(CollectingOutputChannel):
    """An output channel whose post of one text fails (a Bot Connector hiccup)."""

    def __init__(self, failing_text):
        super().__init__()
        self.failing_text = failing_text

    async def send_text_message(self, recipient_id, text, **kwargs):
        if text == self.failing_text:
            raise RuntimeError("post failed")
        await super().send_text_message(recipient_id, text, **kwargs)


def test_with_the_database_down_a_message_that_fails_to_send_does_not_stop_the_next():
    from types import SimpleNamespace

    from rasa.core.channels.channel import UserMessage

    from tests.support import database_down

    answer = asyncio.run(crisis.answer_for_text(None, "ik wil dood", {"school": "voorbeeld-roc"}))
    output = SendFails(failing_text=answer[0]["text"])
    message = UserMessage("ik wil dood", output, "teams-abc", metadata={"school": "voorbeeld-roc"})
    asyncio.run(crisis.handle_or_answer_crisis(database_down, message, SimpleNamespace(domain=DOMAIN)))
    sent = [m["text"] for m in output.messages]
    assert sent == [m["text"] for m in answer[1:]] + [DOMAIN.responses["utter_storing_crisis"][0]["text"]]


def test_with_the_database_down_a_failing_crisis_check_still_sends_113_and_112(monkeypatch, caplog):
    from types import SimpleNamespace

    from rasa.core.channels.channel import UserMessage

    from actions.knowledge.crisis import noodregel
    from bot.nlp import crisis_detect
    from tests.support import BrokenCrisisPatterns, database_down

    monkeypatch.setattr(crisis_detect, "active_detector", BrokenCrisisPatterns)
    message = UserMessage("mijn stiefvader slaat me", CollectingOutputChannel(), "teams-abc")
    asyncio.run(crisis.handle_or_answer_crisis(database_down, message, SimpleNamespace(domain=DOMAIN)))
    sent = [m["text"] for m in message.output_channel.messages]
    assert sent == [noodregel(crisis.knowledge()), DOMAIN.responses["utter_storing_crisis"][0]["text"]]
    assert "stiefvader" not in caplog.text
