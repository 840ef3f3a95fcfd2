"""Test stories run through a real action server, the way Rasa calls it.

`rasa test` (rasa 3.6, rasa/core/test.py `_predict_tracker_actions`) only compares the *predicted* action
names with the story and applies the story's own events; it never calls the action endpoint. So it cannot
show that the actions work. Here each story is read with Rasa's YAMLStoryReader and replayed: Rasa's
ActionExtractSlots fills slots from the entities, and every custom action is executed by Rasa's
RemoteAction over HTTP against the action server as `make run` starts it (bot/launcher/servers.py:
rasa-sdk behind the log filter) on a loopback port reserved like every test server's (tests.support.free_port).
We check that each action answers, never apologises, sets the slots the story expects, and that every
button payload names an intent and entities that exist in domain.yml.
"""
from __future__ import annotations

import asyncio
import json
import subprocess
from pathlib import Path

import pytest

from bot.launcher import servers
from bot.launcher.processes import Child
from bot.launcher.settings import server_env
from .conftest import REPO
from tests.support import free_port, wait_until_answering

STORIES = Path(__file__).parent / "stories" / "knowledge_routes.yml"
START_TIMEOUT = 90


def start_server(log_path: Path, extra_env=None) -> Child:
    env = server_env()
    env.pop("KANSENBOT_KNOWLEDGE_DIR", None)
    env.update(extra_env or {})
    return servers.start_action_server(free_port(), "127.0.0.1", env, log_path=log_path)


def wait_for_exit(server: Child) -> int:
    """The exit code of a server that must refuse to start; a failure if it keeps running."""
    try:
        return server.process.wait(timeout=START_TIMEOUT)
    except subprocess.TimeoutExpired:
        server.stop()
        pytest.fail(f"{server.name} kept running:\n{server.log()[-2000:]}")


@pytest.fixture(scope="module")
def action_server(tmp_path_factory):
    server = start_server(tmp_path_factory.mktemp("action-server") / "actions.log")
    try:
        wait_until_answering(server.ready_url, server.process, server.name, START_TIMEOUT, server.log)
    except RuntimeError as error:
        server.stop()
        pytest.fail(str(error))
    yield server.ready_url.rsplit("/", 1)[0] + "/webhook"
    server.stop()


def load_stories():
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.training_data.story_reader.yaml_story_reader import YAMLStoryReader

    domain = Domain.load(str(REPO / "domain.yml"))
    steps = YAMLStoryReader(domain).read_from_file(str(STORIES))
    return domain, steps


DOMAIN, STORY_STEPS = load_stories()


def check_buttons(messages, domain):
    intents = set(domain.intents)
    entities = set(domain.entities)
    for msg in messages:
        for btn in msg.get("buttons") or []:
            payload = btn["payload"]
            assert payload.startswith("/"), payload
            intent, _, rest = payload[1:].partition("{")
            assert intent in intents, f"button {btn['title']!r} sends unknown intent {intent!r}"
            for entity in json.loads("{" + rest) if rest else {}:
                assert entity in entities, f"button {btn['title']!r} sends unknown entity {entity!r}"


async def replay(step, endpoint_url):
    from rasa.core.actions.action import ActionExtractSlots, RemoteAction
    from rasa.core.channels.channel import CollectingOutputChannel
    from rasa.core.nlg import TemplatedNaturalLanguageGenerator
    from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker
    from rasa.utils.endpoints import EndpointConfig

    from actions.base import KNOWLEDGE

    endpoint = EndpointConfig(url=endpoint_url)
    nlg = TemplatedNaturalLanguageGenerator(DOMAIN.responses)
    channel = CollectingOutputChannel()
    tracker = DialogueStateTracker.from_events(f"story-{step.block_name}", [], DOMAIN.slots)

    async def run(name):
        action = ActionExtractSlots(endpoint) if name == "action_extract_slots" else RemoteAction(name, endpoint)
        events = await action.run(channel, nlg, tracker, DOMAIN)
        for event in events:
            tracker.update(event, DOMAIN)
        return events

    await run("action_session_start")
    assert tracker.get_slot("school") == "voorbeeld-roc", "single profile must be chosen at session start"
    pending_slots, report = {}, []
    for event in step.events:
        if isinstance(event, UserUttered):
            tracker.update(ActionExecuted("action_listen"))
            tracker.update(event, DOMAIN)
            pending_slots = {e.key: e.value for e in await run("action_extract_slots") if isinstance(e, SlotSet)}
        elif isinstance(event, SlotSet):
            assert event.key in pending_slots and pending_slots[event.key] == event.value, (
                f"{step.block_name}: expected slot {event.key}={event.value!r}, got {pending_slots}"
            )
        elif isinstance(event, ActionExecuted) and event.action_name in DOMAIN.user_actions:
            events = await run(event.action_name)
            messages = [e.data | {"text": e.text} for e in events if isinstance(e, BotUttered)]
            assert messages, f"{step.block_name}: {event.action_name} said nothing"
            texts = [m["text"] or "" for m in messages]
            assert KNOWLEDGE.teksten.fout_excuus not in texts, f"{step.block_name}: {event.action_name} apologised"
            check_buttons(messages, DOMAIN)
            pending_slots = {e.key: e.value for e in events if isinstance(e, SlotSet)}
            report.append((event.action_name, len(messages)))
        elif isinstance(event, ActionExecuted):
            tracker.update(event, DOMAIN)
    return report


@pytest.mark.parametrize("step", STORY_STEPS, ids=[s.block_name for s in STORY_STEPS])
def test_story_through_action_server(action_server, step):
    report = asyncio.run(replay(step, action_server))
    assert report, "story exercised no custom action"


def test_every_route_action_is_covered_by_a_story():
    from rasa.shared.core.events import ActionExecuted

    covered = {e.action_name for s in STORY_STEPS for e in s.events if isinstance(e, ActionExecuted)}
    missing = {a for a in DOMAIN.user_actions if a.startswith("action_")} - covered - {"action_session_start"}
    assert not missing


def test_server_refuses_to_start_with_broken_knowledge(kb_copy):
    path = kb_copy / "regelingen.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("    bron: https://www.leergeldvianen.nl", "    bronn: https://www.leergeldvianen.nl"), encoding="utf-8")
    server = start_server(kb_copy.parent / "actions.log", {"KANSENBOT_KNOWLEDGE_DIR": str(kb_copy)})
    assert wait_for_exit(server) != 0
    output = server.log()
    assert "regelingen.yml" in output and "stichting-leergeld" in output and "'bron'" in output


def test_server_refuses_unknown_pinned_school(tmp_path):
    server = start_server(tmp_path / "actions.log", {"KANSENBOT_SCHOOL": "bestaat-niet"})
    assert wait_for_exit(server) != 0 and "KANSENBOT_SCHOOL" in server.log()
