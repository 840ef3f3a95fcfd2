"""End to end against the running fixture bot: hostile requests are refused quickly, the server keeps
answering everyone else, and personal data in a "/" message leaves no trace in either server's output.
"""
from __future__ import annotations

import http.client as httpclient
import json
import multiprocessing
import re
import statistics
import time
import urllib.request
from typing import List

from tests.privacy.harness import API_TOKEN, http
from tests.support import sender_id

SECRETS = ["Jansen", "0612345678", "06 12345678", "Bakker", "Fenna", "3852.80.841", "385280841"]
SLASH_MESSAGES = [
    '/geen_laptop{"school":"Jan Jansen 0612345678"}',
    "/greet Jan Jansen 0612345678",
    '/geen_laptop{"school":"Fenna Bakker"}',
    '/geen_laptop{"naam": "Jan Jansen", "bsn": "3852.80.841"}',
    "/geen_laptop{not json 06 12345678 Jan Jansen",
]


def traces(text: str) -> List[str]:
    return [secret for secret in SECRETS if re.search(rf"(?<![0-9A-Za-z]){re.escape(secret)}(?![0-9A-Za-z])", text)]


def test_slash_messages_with_personal_data_leave_no_trace_in_either_server(privacy_bot):
    for number, text in enumerate(SLASH_MESSAGES):
        status, _ = privacy_bot.rasa.say(f"slash-{number}", text)
        assert status == 200, text
        # Rasa's HTTP API skips the channel; its NLU warnings and the stored events must hold too.
        status, _ = http("POST", f"{privacy_bot.rasa.base}/conversations/slash-api-{number}/messages?token={API_TOKEN}",
                         {"text": text, "sender": "user"})
        assert status == 200, text
    time.sleep(1)  # let both servers flush their output
    assert traces("\n".join(privacy_bot.stored_event_data())) == []
    assert traces(privacy_bot.rasa.log()) == [], "Rasa server output"
    assert traces(privacy_bot.actions.log()) == [], "action server output"
    # Proof that the slash messages reached the action server (it logs the text it gets): only placeholders.
    assert "[NAAM]" in privacy_bot.actions.log()


def test_the_trace_check_would_notice_a_trace():
    assert traces('text="/greet Jan Jansen 0612345678"') == ["Jansen", "0612345678"]
    assert traces("port 50612345678, id a3852.80.8412") == []


def _raw_post(port: int, body: bytes, content_length: int) -> int:
    """POST with a Content-Length of our choosing (the body may be shorter); the status code."""
    connection = httpclient.HTTPConnection("127.0.0.1", port, timeout=20)
    try:
        connection.putrequest("POST", "/webhooks/rest/webhook")
        connection.putheader("Content-Type", "application/json")
        connection.putheader("Content-Length", str(content_length))
        connection.endheaders()
        connection.send(body)
        return connection.getresponse().status
    finally:
        connection.close()


def test_a_huge_body_is_refused_from_its_header_before_it_is_read(privacy_bot):
    started = time.monotonic()
    status = _raw_post(privacy_bot.rasa.port, b'{"sender": "', 50 * 1024 * 1024)
    assert status == 413
    assert time.monotonic() - started < 5  # Sanic did not wait for 50 MB that never come


def test_a_body_over_the_rest_limit_gets_the_dutch_answer(privacy_bot):
    body = json.dumps({"sender": sender_id("groot-lichaam"), "message": "hoi", "metadata": {"x": "a" * 100_000}})
    status, replies = http("POST", f"{privacy_bot.rasa.base}/webhooks/rest/webhook", raw=body.encode())
    assert status == 413 and "te lang" in replies[0]["text"]


# Refused ones (each attacker sends one kind back to back), and one attacker whose 2000-character
# messages are accepted: scrubbed (off the event loop), then answered by Rasa like any message.
HOSTILE_BODIES = {
    "deep arrays": [(b"[" * 60_000, 400)],
    "deep objects": [(b'{"a":' * 12_000, 400)],
    "8000 characters": [(json.dumps({"sender": sender_id("aanval"), "message": "ik ben " * 1140}).encode(), 413)],
    "50 MB announced": [(None, 413)],
    "2000 hostile characters": [
        (json.dumps({"sender": sender_id("aanval"), "message": "A-" * 999}).encode(), 200),
        (json.dumps({"sender": sender_id("aanval"), "message": "06 " * 666}).encode(), 200),
        (json.dumps({"sender": sender_id("aanval"), "message": "Jan " * 499}).encode(), 200),
    ],
}
ATTACK_SECONDS = 6.0


def _attack(base: str, name: str, results: "multiprocessing.Queue") -> None:
    """One attacker (its own process, so the health check's client never waits for its GIL)."""
    statuses = []
    deadline = time.monotonic() + ATTACK_SECONDS
    port = int(base.rsplit(":", 1)[1])
    while time.monotonic() < deadline:
        for body, _ in HOSTILE_BODIES[name]:
            if body is None:
                statuses.append(_raw_post(port, b'{"sender": "', 50 * 1024 * 1024))
            else:
                statuses.append(http("POST", f"{base}/webhooks/rest/webhook", raw=body, timeout=60)[0])
    results.put((name, statuses))


def _health_check_latencies(base: str, count: int) -> list:
    latencies = []
    for _ in range(count):
        started = time.perf_counter()
        with urllib.request.urlopen(f"{base}/webhooks/rest/", timeout=30) as answer:
            assert answer.status == 200
        latencies.append(time.perf_counter() - started)
        time.sleep(0.2)
    return latencies


def test_health_check_answers_within_100_ms_while_hostile_requests_run(privacy_bot):
    """Five attackers send hostile requests back to back for 6 s while the health check is asked 15 times.

    The bound applies to the median: on a busy 2-core CI machine one check can lose its core to the
    attackers of this very test (or to Rasa answering an accepted 2000-character message), but a blocked
    event loop - what the quadratic address pattern did - delays every check, and so the median, by
    seconds. What other programs on the machine cost (a shared CI runner, a developer's busy laptop) is
    measured first, without attackers, and allowed on top: on a quiet machine that is a few milliseconds,
    so the bound stays 100 ms there; a stalled server still misses it by seconds.
    """
    base = privacy_bot.rasa.base
    baseline = statistics.median(_health_check_latencies(base, 15))
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    attackers = [context.Process(target=_attack, args=(base, name, results), daemon=True) for name in HOSTILE_BODIES]
    for process in attackers:
        process.start()
    latencies = []
    try:
        time.sleep(1.0)  # let the attack get going
        latencies = _health_check_latencies(base, 15)
        statuses = dict(results.get(timeout=120) for _ in attackers)
    finally:
        for process in attackers:
            process.join(timeout=30)
            if process.is_alive():
                process.kill()
    for name, bodies in HOSTILE_BODIES.items():
        assert statuses[name] and set(statuses[name]) == {expected for _, expected in bodies}, (name, statuses[name][:5])
    median = statistics.median(latencies)
    print(f"health check without attackers: median {baseline * 1000:.1f} ms; under attack: median {median * 1000:.1f} ms, max {max(latencies) * 1000:.0f} ms; "
          f"requests sent: { {name: len(sent) for name, sent in statuses.items()} }")
    bound = 0.1 + baseline
    assert median < bound, (
        f"median {median * 1000:.0f} ms over {[round(s * 1000) for s in latencies]} ms; "
        f"allowed {bound * 1000:.0f} ms (100 ms + {baseline * 1000:.0f} ms measured without attackers)"
    )
