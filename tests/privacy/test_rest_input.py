"""Bad input over REST gets a clear answer or HTTP error, and the server keeps serving after each."""
import pytest

from tests.privacy.harness import http
from tests.support import sender_id

DUTCH_EMPTY = "Ik zie geen tekst"
DUTCH_TOO_LONG = "te lang"


def still_serving(bot, sender: str) -> None:
    status, replies = bot.rasa.say(sender, "hoi")
    assert status == 200 and replies and replies[0]["text"], replies


@pytest.mark.parametrize("text", ["", "   ", "\n\t  \n", "\x00\x01\x1b"])
def test_empty_or_invisible_message_gets_a_dutch_hint(privacy_bot, text):
    status, replies = privacy_bot.rasa.say("leeg", text)
    assert status == 200
    assert DUTCH_EMPTY in replies[0]["text"]
    still_serving(privacy_bot, "leeg")


def test_missing_message_field_counts_as_empty(privacy_bot):
    status, replies = http("POST", f"{privacy_bot.rasa.base}/webhooks/rest/webhook", {"sender": sender_id("zonder")})
    assert status == 200 and DUTCH_EMPTY in replies[0]["text"]


def test_one_megabyte_message_is_refused_with_a_dutch_answer(privacy_bot):
    status, replies = privacy_bot.rasa.say("groot", "laptop " * 150_000)
    assert status == 413
    assert DUTCH_TOO_LONG in replies[0]["text"]
    still_serving(privacy_bot, "groot")


def test_emoji_only_gets_an_answer(privacy_bot):
    status, replies = privacy_bot.rasa.say("emoji", "😢😢👩‍👩‍👧")
    assert status == 200 and replies and replies[0]["text"]


def test_control_characters_are_removed_and_the_question_answered(privacy_bot):
    status, replies = privacy_bot.rasa.say("ctrl", "ik heb\x00 geen\x1b[2J laptop\u202e")
    assert status == 200
    assert "laptop lenen" in replies[0]["text"]
    _, tracker = privacy_bot.rasa.tracker("ctrl")
    texts = [event["text"] for event in tracker["events"] if event["event"] == "user"]
    assert texts and all("\x00" not in text and "\u202e" not in text and "\x1b" not in text for text in texts)


@pytest.mark.parametrize(
    "raw, content_type, status, error",
    [
        (b'{"sender": "x", "message": ', "application/json", 400, "invalid_json"),
        (b"\xff\xfe\x00", "application/json", 400, "invalid_json"),
        (b'["sender", "message"]', "application/json", 400, "invalid_json"),
        (b'{"sender": "3f6c1e0a9b2d4c5e", "message": 42}', "application/json", 400, "invalid_message"),
        (b'{"message": "hoi"}', "application/json", 400, "invalid_sender"),
        (b'{"sender": "", "message": "hoi"}', "application/json", 400, "invalid_sender"),
        (b'{"sender": "x", "message": "hoi"}', "application/json", 400, "invalid_sender"),
        (b'{"sender": "3f6c1e0a9b2d4c5e", "message": "hoi", "metadata": "nee"}', "application/json", 400, "invalid_metadata"),
        pytest.param(b"[" * 50_000, "application/json", 400, "invalid_json", id="deep-arrays"),
        pytest.param(b'{"a":' * 8_000 + b"1" + b"}" * 8_000, "application/json", 400, "invalid_json", id="deep-objects"),
        pytest.param(b'{"sender": "3f6c1e0a9b2d4c5e", "message": "hoi", "metadata": ' + b"[" * 40 + b"]" * 40 + b"}",
                     "application/json", 400, "invalid_json", id="deep-metadata"),
        (b"sender=x&message=hoi", "application/x-www-form-urlencoded", 415, "unsupported_media_type"),
        (b'{"sender": "x", "message": "hoi"}', "text/plain", 415, "unsupported_media_type"),
    ],
)
def test_malformed_requests_get_http_errors(privacy_bot, raw, content_type, status, error):
    got_status, body = http("POST", f"{privacy_bot.rasa.base}/webhooks/rest/webhook", raw=raw, content_type=content_type)
    assert got_status == status
    assert body["error"] == error
    still_serving(privacy_bot, "na-fout")


def test_health_endpoint(privacy_bot):
    assert http("GET", f"{privacy_bot.rasa.base}/webhooks/rest/")[0] == 200
