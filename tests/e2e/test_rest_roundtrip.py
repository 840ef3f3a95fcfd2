"""End to end: the launcher's two servers answer a Dutch greeting over REST in Dutch."""
from __future__ import annotations

import uuid

import pytest

from tests.support import RunningBot, domain_response_texts

pytestmark = pytest.mark.e2e


def test_hoi_over_rest_gets_the_dutch_greeting(running_bot: RunningBot) -> None:
    replies = running_bot.send_rest(f"e2e-{uuid.uuid4().hex}", "hoi")

    texts = [reply.get("text") for reply in replies]
    expected = domain_response_texts("utter_greet")
    assert any(text in expected for text in texts), (
        f"expected one of {expected} (utter_greet), got {replies}; log: {running_bot.log_path}"
    )


def test_both_servers_are_only_on_loopback_and_the_http_api_is_closed(running_bot: RunningBot) -> None:
    import urllib.error
    import urllib.request

    # Without --enable-api the tracker endpoints do not exist: nobody can read conversations over HTTP.
    try:
        urllib.request.urlopen(f"{running_bot.rasa_url}/conversations/anyone/tracker", timeout=10)
        raise AssertionError("the Rasa HTTP API is open: /conversations/<id>/tracker answered")
    except urllib.error.HTTPError as error:
        assert error.code == 404
    with urllib.request.urlopen(f"{running_bot.action_server_url}/health", timeout=10) as response:
        assert response.status == 200
