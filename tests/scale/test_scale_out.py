"""Scale-out: two Rasa replicas behind HAProxy share Redis locks and PostgreSQL; one is killed mid-run.

On loopback, with real programs: PostgreSQL (the tracker store), redis-server (bot/storage/lock_store.py),
the action server, two Rasa replicas (r1, r2; started as the launcher starts Rasa) and HAProxy running
deploy/haproxy/haproxy.cfg unchanged in front of them (the action server is reached by the replicas only), over TLS with a test certificate. REST and socket.io conversations
(WebSocket and long-polling) talk through the proxy; once every conversation is a few turns in, the
replica that holds socket.io sessions gets SIGKILL while messages are on their way.

No turn may be lost. A turn is lost when
  (a) a message never gets its answer, although its client sends it again after a failure the way the
      widget does (the same message id, once), or
  (b) PostgreSQL does not hold it exactly once: missing, or stored twice (also its answer).
"""
from __future__ import annotations

import asyncio
import json
import random
import uuid
from pathlib import Path
from typing import Any, Dict, Iterator, List, Union

import aiohttp
import pytest
import sqlalchemy as sa
import yaml

from tests.privacy.harness import ActionServer, PostgresCluster, RasaServer, train_model
from tests.scale.clients import RestConversation, Turn, WidgetConversation
from tests.scale.harness import HAProxy, RedisServer, client_ssl_context, start_all

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_DOMAIN = yaml.safe_load((ROOT / "tests" / "fixtures" / "privacy_bot" / "domain.base.yml").read_text())
ANSWER = {text: FIXTURE_DOMAIN["responses"][response][0]["text"] for text, response in
          (("hoi", "utter_greet"), ("ik heb geen laptop", "utter_leenlaptop"), ("doei", "utter_goodbye"))}
SCRIPT = ["hoi", "ik heb geen laptop", "doei"] * 3
KILL_AFTER_TURNS = 3
CREDENTIALS = {
    "bot.channels.rest.KansenbotRestInput": None,
    "bot.channels.webchat.WebchatInput": {"user_message_evt": "user_uttered", "bot_message_evt": "bot_uttered"},
}


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dict[str, Any]]:
    model, _ = train_model()
    work = tmp_path_factory.mktemp("scale-out")
    postgres, redis, actions = PostgresCluster(), RedisServer(), ActionServer(work)
    replicas: List[RasaServer] = []
    proxy = None
    try:
        postgres.start()
        redis.start()
        actions.start()
        for name in ("r1", "r2"):
            replicas.append(RasaServer(model, work, actions.url, name=f"rasa-{name}", credentials=CREDENTIALS,
                                       api=False, env={**postgres.env(), "KANSENBOT_REDIS_URL": redis.url,
                                                       "KANSENBOT_REPLICA": name}))
        start_all(replicas)
        proxy = HAProxy([f"127.0.0.1:{replica.port}" for replica in replicas])
        proxy.check()
        proxy.start()
        yield {"postgres": postgres, "replicas": dict(zip(("r1", "r2"), replicas)), "proxy": proxy}
    finally:
        if proxy is not None:
            proxy.stop()
        for replica in replicas:
            replica.stop()
        actions.stop()
        redis.stop()
        postgres.stop()


async def _converse(conversation: Union[RestConversation, WidgetConversation], http: aiohttp.ClientSession,
                    pace: random.Random) -> None:
    for text in SCRIPT:
        await conversation.say(http, text)
        await asyncio.sleep(pace.uniform(0.05, 0.4))  # reading the answer, typing the next message
    if isinstance(conversation, WidgetConversation):
        await conversation.close()


async def _kill_mid_run(cluster: Dict[str, Any], conversations: List[Any], widgets: List[WidgetConversation]) -> str:
    while min(len([turn for turn in c.turns if turn.answered_at]) for c in conversations) < KILL_AFTER_TURNS:
        await asyncio.sleep(0.05)
    # The replica holding most socket.io sessions right now: its widgets must reconnect elsewhere.
    held = [widget.replicas[-1] for widget in widgets if widget.replicas]
    victim = max(("r1", "r2"), key=held.count)
    cluster["replicas"][victim].kill()
    return victim


def _stored(postgres: PostgresCluster, sender: str) -> List[Dict[str, Any]]:
    engine = sa.create_engine(postgres.url())
    try:
        with engine.connect() as connection:
            rows = connection.execute(sa.text("SELECT type_name, data FROM events WHERE sender_id = :s ORDER BY id"),
                                      {"s": sender}).fetchall()
    finally:
        engine.dispose()
    return [{"type": type_name, **json.loads(data)} for type_name, data in rows]


def test_killing_a_replica_mid_run_loses_no_turn(cluster: Dict[str, Any]) -> None:
    proxy: HAProxy = cluster["proxy"]
    context = client_ssl_context(proxy.certificate["ca"])
    # REST sender ids must look random (bot/channels/rest.py): a UUID with a short prefix.
    rest = [RestConversation(proxy.url, f"rest-{uuid.uuid4().hex}", context) for _ in range(6)]
    widgets = [WidgetConversation(proxy.url, polling=number % 2 == 1, context=context) for number in range(4)]
    conversations: List[Any] = rest + widgets

    async def scenario() -> str:
        async with aiohttp.ClientSession() as http:
            killer = asyncio.ensure_future(_kill_mid_run(cluster, conversations, widgets))
            await asyncio.gather(*(_converse(conversation, http, random.Random(number))
                                   for number, conversation in enumerate(conversations)))
            return await killer

    victim = asyncio.run(scenario())
    assert not cluster["replicas"][victim].running()

    report = []
    for conversation in conversations:
        kind = "rest" if isinstance(conversation, RestConversation) else conversation.transport_name
        sender = conversation.sender if kind == "rest" else conversation.session_id
        turns: List[Turn] = conversation.turns
        # (a) every message answered, after at most one re-send
        for turn in turns:
            assert turn.answered_at is not None, f"{kind} {sender}: {turn.text!r} never answered: {turn.problems}"
            assert ANSWER[turn.text] in turn.answers, f"{kind} {sender}: {turn.text!r} got {turn.answers}"
            assert turn.attempts <= 2, f"{kind} {sender}: {turn.text!r} needed {turn.attempts} sends: {turn.problems}"
        # (b) PostgreSQL holds every turn exactly once, with its answer once
        stored = _stored(cluster["postgres"], sender)
        users = [event for event in stored if event["type"] == "user"]
        assert [event["text"] for event in users] == SCRIPT, f"{kind} {sender}: stored {[e['text'] for e in users]}"
        assert [event["message_id"] for event in users] == [turn.message_id for turn in turns]
        assert [event["text"] for event in stored if event["type"] == "bot"] == [ANSWER[text] for text in SCRIPT]
        report.append(f"{kind:9} resent {sum(turn.attempts - 1 for turn in turns)}"
                      + (f", connections {conversation.connections} via {conversation.replicas}" if kind != "rest" else ""))
    widgets_moved = [widget for widget in widgets if widget.connections > 1]
    assert widgets_moved, "no socket.io session was on the killed replica"
    print(f"\nkilled {victim}:\n  " + "\n  ".join(report))


def test_the_action_server_is_reached_by_the_replicas_only(cluster: Dict[str, Any]) -> None:
    """The action server sits behind the proxy with the replicas: the help route above ("ik heb geen laptop" ->
    action_leenlaptop) needed it, yet none of its own paths can be reached through the proxy."""
    proxy: HAProxy = cluster["proxy"]
    context = client_ssl_context(proxy.certificate["ca"])

    async def status(method: str, path: str) -> int:
        async with aiohttp.ClientSession() as http:
            async with http.request(method, f"{proxy.url}{path}", ssl=context, json={}) as response:
                return response.status

    for method, path in (("POST", "/webhook"), ("GET", "/health"), ("GET", "/actions")):
        assert asyncio.run(status(method, path)) == 404, f"{method} {path} reached through the proxy"
