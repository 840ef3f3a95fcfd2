"""The resilient action endpoint: failures become a Dutch answer, rejections stay rejections."""
import asyncio

import pytest
from aiohttp import web
from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot.runtime.action_endpoint import ResilientActionEndpoint, make_action_endpoint_resilient
from bot.runtime.action_validation import compile_action_result_schema_once
from tests.privacy.harness import free_port
from tests.support import fake_action_server

DOMAIN = Domain.from_dict({
    "actions": ["action_leenlaptop", "action_session_start"],
    "responses": {
        "utter_storing_actieserver": [{"text": "Sorry, er gaat even iets mis bij mij."}],
        "utter_storing_mens": [{"text": "Ga naar je mentor."}],
    },
})


async def run_action(name: str, status: int) -> tuple:
    async def handler(_request):
        if status == 200:
            return web.json_response({"events": [], "responses": [{"text": "echt antwoord"}]})
        if status == 400:
            return web.json_response({"action_name": name, "error": "nee"}, status=400)
        if status == 408:
            await asyncio.sleep(5)
        return web.Response(status=status)

    async with fake_action_server(handler, free_port()) as url:
        endpoint = ResilientActionEndpoint.wrapping(EndpointConfig(url))
        output = CollectingOutputChannel()
        tracker = DialogueStateTracker("t", DOMAIN.slots)
        events = await RemoteAction(name, endpoint).run(output, TemplatedNaturalLanguageGenerator(DOMAIN.responses), tracker, DOMAIN)
        return events, [message["text"] for message in output.messages]


def test_working_action_server_is_used():
    events, _ = asyncio.run(run_action("action_leenlaptop", 200))
    assert [event.text for event in events] == ["echt antwoord"]


@pytest.mark.parametrize("status", [500, 502, 404])
def test_failing_action_server_gives_the_dutch_answer(status):
    events, _ = asyncio.run(run_action("action_leenlaptop", status))
    assert [event.text for event in events] == ["Sorry, er gaat even iets mis bij mij.", "Ga naar je mentor."]


def test_slow_action_server_is_cut_off(monkeypatch):
    monkeypatch.setenv("KANSENBOT_ACTION_TIMEOUT", "0.5")
    events, _ = asyncio.run(run_action("action_leenlaptop", 408))
    assert events[0].text.startswith("Sorry")


def test_rejection_is_passed_on_to_rasa():
    with pytest.raises(ActionExecutionRejection):
        asyncio.run(run_action("action_leenlaptop", 400))


def test_session_start_without_action_server_starts_the_session_silently():
    events, _ = asyncio.run(run_action("action_session_start", 503))
    assert isinstance(events[0], SessionStarted) and not any(getattr(event, "text", None) for event in events)


def test_install_wraps_agent_and_processor_once():
    class Stub:
        pass

    agent, agent.processor = Stub(), Stub()
    agent.action_endpoint = EndpointConfig("http://127.0.0.1:1/webhook", token="t")
    make_action_endpoint_resilient(agent)
    first = agent.action_endpoint
    make_action_endpoint_resilient(agent)
    assert isinstance(first, ResilientActionEndpoint) and agent.action_endpoint is first is agent.processor.action_endpoint
    assert first.token == "t"


def test_compiled_schema_still_rejects_invalid_answers():
    from jsonschema import ValidationError

    compile_action_result_schema_once()
    action = RemoteAction("action_leenlaptop", None)
    assert action._validate_action_result({"events": [], "responses": []})
    with pytest.raises(ValidationError):
        action._validate_action_result({"events": "geen lijst"})
