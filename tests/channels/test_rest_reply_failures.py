"""REST replies when Rasa is too slow or fails: a Dutch message with a human to contact, never a trace.

Runs the channel's Sanic blueprint in-process through its ASGI interface, so a slow or failing
message handler can be injected without a running model (the full-server fault tests are in
tests/privacy/test_faults.py).
"""
import asyncio
import json
from types import SimpleNamespace
from typing import List, Tuple

import pytest
from rasa.shared.core.domain import Domain
from sanic import Sanic

from bot.channels.rest import KansenbotRestInput
from bot.nlp.heldout import ROOT
from tests.support import sender_id

DOMAIN = Domain.load(str(ROOT / "domain.yml"))
STORING = DOMAIN.responses["utter_storing"][0]["text"]
MENS = DOMAIN.responses["utter_storing_mens"][0]["text"]


async def _post(app: Sanic, body: dict) -> Tuple[int, list]:
    """One POST to /webhooks/rest/webhook through the ASGI interface."""
    sent: List[dict] = []
    request = [{"type": "http.request", "body": json.dumps(body).encode(), "more_body": False}]

    async def receive() -> dict:
        return request.pop(0) if request else {"type": "http.disconnect"}

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/webhooks/rest/webhook",
        "raw_path": b"/webhooks/rest/webhook",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"content-type", b"application/json"), (b"host", b"localhost")],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 5005),
    }
    await app(scope, receive, send)
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    payload = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return status, json.loads(payload)


# Random-looking sender ids: the REST channel refuses anything that could be personal.
S1, S2 = "3f6c1e0a9b2d4c5e", "9a8b7c6d5e4f3a2b"

# One app for the module: Sanic's start-up patches its classes once per process (TouchUp), so a second
# app would not start. Each test plugs in its own message handler.
_handler = {}


async def _dispatch(message):
    await _handler["current"](message)


APP = Sanic("kansenbot_rest_reply_failures")
APP.blueprint(KansenbotRestInput().blueprint(_dispatch), url_prefix="/webhooks/rest")
APP.ctx.agent = SimpleNamespace(domain=DOMAIN)


def _exchange(handler, *bodies: dict) -> List[Tuple[int, list]]:
    _handler["current"] = handler

    async def run() -> List[Tuple[int, list]]:
        if not APP.state.is_started:
            await APP._startup()  # routes and signals, as `sanic` does before serving
        return [await _post(APP, body) for body in bodies]

    return asyncio.run(run())


def test_no_reply_in_time_gives_504_with_a_dutch_message_and_a_human(monkeypatch):
    monkeypatch.setenv("KANSENBOT_REPLY_TIMEOUT", "0.2")
    answered = []

    async def slow_then_fast(message):
        if message.text == "traag":
            await asyncio.sleep(5)
        answered.append(message.text)
        await message.output_channel.send_text_message(message.sender_id, "Hoi! Waar kan ik je mee helpen?")

    (status, replies), (next_status, next_replies) = _exchange(
        slow_then_fast, {"sender": S1, "message": "traag"}, {"sender": S1, "message": "hoi"}
    )
    assert status == 504
    assert [reply["text"] for reply in replies] == [STORING, MENS]
    assert all(reply["recipient_id"] == S1 for reply in replies)
    # the server keeps serving
    assert next_status == 200 and next_replies[0]["text"] == "Hoi! Waar kan ik je mee helpen?"
    assert answered == ["hoi"]


def test_an_unexpected_error_gives_500_without_its_details(caplog):
    async def broken(message):
        raise RuntimeError(f"secret detail about {message.text}")

    [(status, replies)] = _exchange(broken, {"sender": S2, "message": "mijn mail is a@b.nl"})
    assert status == 500
    assert [reply["text"] for reply in replies] == [STORING, MENS]
    assert "secret detail" not in json.dumps(replies)
    assert "a@b.nl" not in caplog.text and "secret detail" not in caplog.text


@pytest.mark.parametrize("seconds, expected", [(None, 30.0), ("2.5", 2.5)])
def test_reply_timeout_comes_from_the_environment(monkeypatch, seconds, expected):
    from bot.channels.rest import reply_timeout

    if seconds is None:
        monkeypatch.delenv("KANSENBOT_REPLY_TIMEOUT", raising=False)
    else:
        monkeypatch.setenv("KANSENBOT_REPLY_TIMEOUT", seconds)
    assert reply_timeout() == expected


# --- crisis on every failure path (issue 9) --------------------------------------------------------------
CRISIS_OUTAGE = DOMAIN.responses["utter_storing_crisis"][0]["text"]
TE_LANG = DOMAIN.responses["utter_fout_te_lang"][0]["text"]


@pytest.fixture
def real_nlu(monkeypatch):
    """The channel's crisis check with the trained model's NLU (classifier and CrisisGuard), as in production."""
    from bot.nlp import heldout

    agent = heldout.load_agent(heldout.latest_model())
    monkeypatch.setattr(APP.ctx, "agent", SimpleNamespace(domain=DOMAIN, parse_message=agent.parse_message))


def test_database_down_a_crisis_still_gets_the_crisis_answer_then_the_outage_line(real_nlu):
    from bot.storage.tracker_store import TrackerStoreUnavailable

    async def database_down(message):
        raise TrackerStoreUnavailable("conversation database unavailable")

    (status, replies), (everyday_status, everyday) = _exchange(
        database_down,
        {"sender": sender_id("s3"), "message": "ik wil er niet meer zijn", "metadata": {"school": "voorbeeld-roc"}},
        {"sender": sender_id("s3"), "message": "ik heb geen laptop"},
    )
    texts = [reply["text"] for reply in replies]
    assert status == 503
    assert "113" in texts[0] and "112" in texts[0] and "vertrouwenspersoon@example.org" in " ".join(texts)
    assert texts[-1] == CRISIS_OUTAGE and STORING not in texts
    assert everyday_status == 503 and [reply["text"] for reply in everyday] == [STORING, MENS]


def test_a_crisis_over_the_size_limit_gets_the_crisis_answer_and_the_too_long_text():
    story = "Ik heb een vraag over mijn rooster en mijn stage. " * 60 + "Mijn vader slaat me en ik durf niet naar huis."
    assert len(story) > 2000

    async def never(message):
        raise AssertionError("a too long message must not reach Rasa")

    (status, replies), (plain_status, plain) = _exchange(
        never, {"sender": sender_id("s4"), "message": story}, {"sender": sender_id("s4"), "message": "bla " * 1000}
    )
    assert status == 413
    assert "0800-2000" in replies[0]["text"] and replies[-1]["text"] == TE_LANG
    assert plain_status == 413 and [reply["text"] for reply in plain] == [TE_LANG]


def test_a_crisis_in_a_body_over_the_rest_limit_gets_the_crisis_answer_and_the_too_long_text():
    from bot.channels import limits

    story = "Ik heb een vraag over mijn rooster en mijn stage. " * 1400 + "Mijn vader slaat me en ik durf niet naar huis."
    plain = "Ik heb een vraag over mijn rooster en mijn stage. " * 1400
    assert len(story.encode()) > limits.REST_MAX_BODY_BYTES

    async def never(message):
        raise AssertionError("a body over the limit must not reach Rasa")

    (status, replies), (plain_status, plain_replies) = _exchange(
        never, {"sender": sender_id("s6"), "message": story}, {"sender": sender_id("s6"), "message": plain}
    )
    assert status == 413
    assert "0800-2000" in replies[0]["text"] and replies[-1]["text"] == TE_LANG
    assert plain_status == 413 and [reply["text"] for reply in plain_replies] == [TE_LANG]


def test_no_reply_in_time_a_crisis_still_gets_the_crisis_answer(monkeypatch):
    monkeypatch.setenv("KANSENBOT_REPLY_TIMEOUT", "0.2")

    async def slow(message):
        await asyncio.sleep(5)

    [(status, replies)] = _exchange(slow, {"sender": sender_id("s5"), "message": "ik heb pillen gespaard en wil ze vannacht nemen"})
    texts = [reply["text"] for reply in replies]
    assert status == 504 and "113" in texts[0] and texts[-2:] == [STORING, MENS]


def test_a_crisis_check_that_fails_gives_113_and_112_before_the_problem_message(monkeypatch, caplog):
    """The check could not run, so a crisis cannot be ruled out: 113 and 112 in one line (review of issue 9)."""
    from actions.knowledge.crisis import noodregel
    from bot.nlp import crisis_detect
    from bot.runtime import crisis
    from tests.support import BrokenCrisisPatterns, database_down

    monkeypatch.setattr(crisis_detect, "active_detector", BrokenCrisisPatterns)
    [(status, replies)] = _exchange(database_down, {"sender": sender_id("s7"), "message": "mijn stiefvader slaat me"})
    assert status == 503
    assert [reply["text"] for reply in replies] == [noodregel(crisis.knowledge()), CRISIS_OUTAGE]
    assert "stiefvader" not in caplog.text
