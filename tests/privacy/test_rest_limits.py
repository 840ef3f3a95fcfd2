"""The REST channel's rules for what it accepts, as units: sender ids, body size and depth, Sanic's cap."""
from __future__ import annotations

import asyncio
import uuid
from types import SimpleNamespace

import pytest

from bot.channels import limits
from bot.channels.rest import sender_is_random


@pytest.mark.parametrize("sender", [
    uuid.uuid4().hex, str(uuid.uuid4()), f"rest-{uuid.uuid4().hex}", "3f6c1e0a9b2d4c5e", "V1StGXR8_Z5jdHi6B-myT",
])
def test_random_looking_sender_ids_are_accepted(sender):
    assert sender_is_random(sender)


@pytest.mark.parametrize("sender", [
    "0612345678", "jan@example.nl", "Jan de Vries", "sanne-devries-2007-x", "student-2087654", "test-1",
    f"fenna-bakker-{uuid.uuid4().hex}", f"{uuid.uuid4().hex}-0612345678", "abcdefghijklmnopqrst", "a" * 129,
    "1234567890123456",
])
def test_sender_ids_that_could_be_personal_are_refused(sender):
    assert not sender_is_random(sender)


def test_sanic_is_capped_at_the_largest_channel_limit_before_the_server_starts():
    listeners = []
    blueprint = SimpleNamespace(listener=lambda event: (lambda handler: listeners.append((event, handler))))
    limits.enforce(blueprint)
    app = SimpleNamespace(config=SimpleNamespace(REQUEST_MAX_SIZE=100_000_000, WEBSOCKET_MAX_SIZE=2 ** 20))
    [(event, handler)] = listeners
    asyncio.run(handler(app, None))
    assert event == "before_server_start"
    assert app.config.REQUEST_MAX_SIZE == limits.REQUEST_MAX_SIZE == 256 * 1024
    assert app.config.WEBSOCKET_MAX_SIZE == limits.WEBCHAT_MAX_PACKET_BYTES


@pytest.mark.parametrize("raw, code", [
    (b"x" * (limits.REST_MAX_BODY_BYTES + 1), "too_large"),
    (b"[" * 33 + b"]" * 33, "too_deep"),
    (b'{"a": ' * 40 + b"1" + b"}" * 40, "too_deep"),
    (b"{not json", "invalid_json"),
    (b"\xff\xfe", "invalid_json"),
])
def test_bodies_that_are_refused_and_why(raw, code):
    with pytest.raises(limits.BodyError) as refused:
        limits.parse_json_body(raw, limits.REST_MAX_BODY_BYTES)
    assert refused.value.code == code


def test_a_normal_teams_activity_nests_well_within_the_limit():
    activity = (b'{"type": "message", "from": {"id": "1"}, "entities": [{"type": "clientInfo", "x": {"y": [1, {"z": 2}]}}],'
                b' "channelData": {"tenant": {"id": "t"}}}')
    assert limits.json_depth(activity) == 6
    assert limits.parse_json_body(activity, limits.TEAMS_MAX_BODY_BYTES)["type"] == "message"
