"""Teams: real Bot Framework activities, signed with a test key, against the running Rasa server."""
from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from typing import Any, Dict

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.channels.channel_harness import (
    APP_ID,
    BOT_ID,
    KEY_ID,
    PSEUDONYM_KEY,
    TENANT_ID,
    UNENDORSED_KEY_ID,
    WEBCHAT_KEY_ID,
    ChannelBot,
    activity,
    new_conversation,
    teams_user,
)
from tests.support import domain_response_texts

PRIVATE_TERMS = ("29:1AbCdEfTeamsUserId", "9d3b2a1c-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "Fatima El Amrani")


def expected_sender(teams_id: str) -> str:
    return "teams-" + hmac.new(PSEUDONYM_KEY.encode(), teams_id.encode(), hashlib.sha256).hexdigest()


def test_message_is_stored_under_the_pseudonym_and_answered_in_the_same_conversation(channel_bot: ChannelBot) -> None:
    user, conversation = teams_user(), new_conversation()
    sent = activity(channel_bot, user, conversation, text="ik heb geen laptop")

    status, answer = channel_bot.post_activity(sent)
    assert (status, answer["status"]) == (202, "accepted")

    replies = channel_bot.connector.wait_for_activities(conversation)
    assert replies, "no reply reached the conversation"
    reply = replies[0]
    assert reply.path == f"/teams/v3/conversations/{conversation}/activities"
    assert reply.headers["Authorization"] == "Bearer test-access-token"
    assert reply.body["type"] == "message"
    assert reply.body["text"].startswith("Je kunt op school een laptop lenen.")
    assert reply.body["from"] == {"id": BOT_ID, "name": "Kansenbot"}
    assert reply.body["replyToId"] == sent["id"]
    assert "recipient" not in reply.body

    # Kansenbot's token came from the school's own tenant (single-tenant bot), with the app's secret.
    token_calls = [call for call in channel_bot.connector.calls if call.path.endswith("/oauth2/v2.0/token")]
    assert token_calls and token_calls[0].path == f"/{TENANT_ID}/oauth2/v2.0/token"
    assert "client_id=" + APP_ID in token_calls[0].body
    assert "scope=https%3A%2F%2Fapi.botframework.com%2F.default" in token_calls[0].body

    sender = expected_sender(user["id"])
    users = channel_bot.wait_for_user_event(sender)
    assert len(users) == 1
    stored = json.loads(users[0]["data"])
    assert stored["text"] == "ik heb geen laptop"
    assert stored["input_channel"] == "botframework"
    # Rasa adds model_id and assistant_id itself; everything from the channel is whitelisted.
    channel_metadata = {k: v for k, v in stored["metadata"].items() if k not in ("model_id", "assistant_id")}
    assert channel_metadata == {"locale": "nl-NL", "conversation_type": "personal"}

    everything = channel_bot.tracker_dump()
    for private in (user["id"], user["aadObjectId"], user["name"], "1AbCdEfTeamsUserId", "El Amrani"):
        assert private not in everything
    log = channel_bot.log_path.read_text()
    for private in (user["id"], user["aadObjectId"], user["name"]):
        assert private not in log


def test_same_student_keeps_one_pseudonym_across_messages(channel_bot: ChannelBot) -> None:
    user, conversation = teams_user(), new_conversation()
    for text in ("hoi", "teams"):
        assert channel_bot.post_activity(activity(channel_bot, user, conversation, text=text))[0] == 202
        channel_bot.connector.wait_for_activities(conversation, count=1)
    users = channel_bot.wait_for_user_event(expected_sender(user["id"]), count=2)
    assert [json.loads(event["data"])["text"] for event in users] == ["hoi", "teams"]


def test_buttons_become_message_back_actions_and_a_click_routes(channel_bot: ChannelBot) -> None:
    user, conversation = teams_user(), new_conversation()
    channel_bot.post_activity(activity(channel_bot, user, conversation, text="hallo"))
    card = channel_bot.connector.wait_for_activities(conversation)[0].body["attachments"][0]
    assert card["contentType"] == "application/vnd.microsoft.card.hero"
    assert card["content"]["text"] == "Hoi! Ik ben Kansenbot. Waar kan ik je mee helpen?"
    laptop = card["content"]["buttons"][0]
    assert laptop == {"type": "messageBack", "title": "Ik heb geen laptop", "displayText": "Ik heb geen laptop",
                      "text": "/geen_laptop", "value": {"payload": "/geen_laptop"}}

    # What Teams sends back when the student clicks: the payload as text, the title shown in the chat.
    click = activity(channel_bot, user, conversation, text=laptop["text"], value=laptop["value"])
    assert channel_bot.post_activity(click)[0] == 202
    replies = channel_bot.connector.wait_for_activities(conversation, count=2)
    assert replies[1].body["text"].startswith("Je kunt op school een laptop lenen.")


def test_a_mention_is_removed_from_the_text(channel_bot: ChannelBot) -> None:
    user, conversation = teams_user(), new_conversation()
    sent = activity(channel_bot, user, conversation, text="<at>Kansenbot</at> laptop")
    assert channel_bot.post_activity(sent)[0] == 202
    events = channel_bot.wait_for_user_event(expected_sender(user["id"]))
    stored = json.loads(events[0]["data"])
    assert stored["text"] == "laptop"
    assert stored["metadata"]["conversation_type"] == "personal"


@pytest.mark.parametrize("conversation_type", ["groupChat", "channel", None])
def test_group_chats_and_channels_get_one_line_and_nothing_is_stored(channel_bot: ChannelBot,
                                                                     conversation_type: Any) -> None:
    user, conversation = teams_user(), new_conversation()
    marker = f"ik heb geen laptop {uuid.uuid4().hex}"
    sent = activity(channel_bot, user, conversation, text=f"<at>Kansenbot</at> {marker}")
    if conversation_type:
        sent["conversation"]["conversationType"] = conversation_type
    else:
        del sent["conversation"]["conversationType"]  # unknown: not treated as a 1:1 chat
    status, answer = channel_bot.post_activity(sent)
    assert (status, answer["status"]) == (200, "private_chat_only")

    replies = channel_bot.connector.wait_for_activities(conversation)
    assert [reply.body["text"] for reply in replies] == domain_response_texts("utter_teams_alleen_prive")
    assert replies[0].body["replyToId"] == sent["id"]
    # Nothing entered Rasa: no tracker for the student, not the text, not even a welcome.
    assert channel_bot.events(expected_sender(user["id"])) == []
    assert marker not in channel_bot.tracker_dump()
    assert len(channel_bot.connector.wait_for_activities(conversation, count=2, timeout=2)) == 1


def test_personal_data_in_the_text_is_scrubbed_before_storage(channel_bot: ChannelBot) -> None:
    user, conversation = teams_user(), new_conversation()
    channel_bot.post_activity(activity(channel_bot, user, conversation, text="mail me op fatima.amrani@example.nl"))
    stored = json.loads(channel_bot.wait_for_user_event(expected_sender(user["id"]))[0]["data"])
    assert "fatima.amrani@example.nl" not in stored["text"]
    assert "fatima.amrani@example.nl" not in channel_bot.tracker_dump()


def test_welcome_when_a_student_starts_a_personal_chat(channel_bot: ChannelBot) -> None:
    user, conversation = teams_user(), new_conversation()
    update = activity(channel_bot, user, conversation, type="conversationUpdate",
                      membersAdded=[{"id": user["id"], "aadObjectId": user["aadObjectId"]}])
    update.pop("text", None)
    status, answer = channel_bot.post_activity(update)
    assert (status, answer["status"]) == (202, "accepted")
    welcome = channel_bot.connector.wait_for_activities(conversation)[0].body
    assert welcome["attachments"][0]["content"]["text"].startswith("Hoi! Ik ben Kansenbot.")
    assert channel_bot.wait_for_user_event(expected_sender(user["id"]))


def test_personal_install_reported_as_bot_added_welcomes_the_installing_student(channel_bot: ChannelBot) -> None:
    user, conversation = teams_user(), new_conversation()
    update = activity(channel_bot, user, conversation, type="conversationUpdate", membersAdded=[{"id": BOT_ID}])
    assert channel_bot.post_activity(update)[0] == 202
    assert channel_bot.connector.wait_for_activities(conversation)
    assert channel_bot.wait_for_user_event(expected_sender(user["id"]))


def test_no_welcome_to_the_bot_or_a_whole_team_channel(channel_bot: ChannelBot) -> None:
    user, conversation = teams_user(), new_conversation()
    update = activity(channel_bot, user, conversation, type="conversationUpdate",
                      membersAdded=[{"id": BOT_ID}, {"id": user["id"]}])
    update["conversation"]["conversationType"] = "channel"
    status, answer = channel_bot.post_activity(update)
    assert (status, answer["status"]) == (200, "ignored")
    assert channel_bot.connector.wait_for_activities(conversation, timeout=3) == []


@pytest.mark.parametrize("kind", ["typing", "messageReaction", "installationUpdate"])
def test_other_activity_types_are_acknowledged_and_ignored(channel_bot: ChannelBot, kind: str) -> None:
    user, conversation = teams_user(), new_conversation()
    status, answer = channel_bot.post_activity(activity(channel_bot, user, conversation, type=kind))
    assert (status, answer["status"]) == (200, "ignored")
    assert channel_bot.events(expected_sender(user["id"])) == []


def _refused(bot: ChannelBot, token: Any, body: Any = None, user: Any = None) -> Dict[str, Any]:
    """401, nothing stored for the student, nothing sent to the conversation (and so no access token out)."""
    user = user or teams_user()
    sent = body or activity(bot, user, new_conversation(), text="laptop")
    status, answer = bot.post_activity(sent, token=token)
    assert status == 401, answer
    assert bot.events(expected_sender(user["id"])) == []
    conversation = (sent.get("conversation") or {}).get("id")
    assert conversation and bot.connector.wait_for_activities(conversation, timeout=1) == []
    return answer


DELETE = object()


def _forged(bot: ChannelBot, token_service_url: Any = "same", kid: str = KEY_ID, **changes: Any) -> Dict[str, Any]:
    """An activity changed as an attacker (or a misrouted request) would, with a token signed by a key the
    server trusts, so only the rule under test can refuse it. ``a__b=value`` sets activity["a"]["b"]."""
    user = teams_user()
    sent = activity(bot, user, new_conversation(), text="laptop")
    for path, value in changes.items():
        *parents, last = path.split("__")
        holder = sent
        for key in parents:
            holder = holder.setdefault(key, {})
        if value is DELETE:
            holder.pop(last, None)
        else:
            holder[last] = value
    service_url = sent.get("serviceUrl") if token_service_url == "same" else token_service_url
    token = bot.token(service_url=service_url, key=bot.extra["keys"][kid], kid=kid,
                      serviceurl=service_url)  # None leaves the claim out
    return _refused(bot, token, body=sent, user=user)


def test_token_without_serviceurl_claim_is_refused(channel_bot: ChannelBot) -> None:
    assert "no serviceurl claim" in _forged(channel_bot, token_service_url=None)["error"]


@pytest.mark.parametrize("service_url", [
    "https://evil.example/teams/",            # signed for it, but not a Microsoft Teams host
    "https://evil.trafficmanager.net/teams/",
    "http://smba.trafficmanager.net/emea/",   # Microsoft's host without TLS
    "https://smba.trafficmanager.net@evil.example/",
])
def test_service_url_off_the_allow_list_is_refused_even_with_a_matching_token(channel_bot: ChannelBot,
                                                                              service_url: str) -> None:
    assert "service hosts" in _forged(channel_bot, serviceUrl=service_url)["error"]


@pytest.mark.parametrize("channel_id", ["webchat", "emulator", DELETE])
def test_channel_other_than_msteams_is_refused(channel_bot: ChannelBot, channel_id: Any) -> None:
    # The webchat-only key endorses "webchat", so only the channel rule can refuse this one.
    kid = WEBCHAT_KEY_ID if channel_id == "webchat" else KEY_ID
    assert "Microsoft Teams only" in _forged(channel_bot, kid=kid, channelId=channel_id)["error"]


@pytest.mark.parametrize("changes", [
    {"channelData__tenant__id": "ffffffff-0000-0000-0000-000000000000"},
    {"conversation__tenantId": "ffffffff-0000-0000-0000-000000000000"},
    {"channelData": DELETE, "conversation__tenantId": DELETE},
])
def test_activity_from_another_tenant_is_refused(channel_bot: ChannelBot, changes: Dict[str, Any]) -> None:
    assert "another Microsoft 365 tenant" in _forged(channel_bot, **changes)["error"]


@pytest.mark.parametrize("kid", [UNENDORSED_KEY_ID, WEBCHAT_KEY_ID])
def test_key_without_an_msteams_endorsement_is_refused(channel_bot: ChannelBot, kid: str) -> None:
    assert "does not endorse the msteams channel" in _forged(channel_bot, kid=kid)["error"]


def test_token_signed_with_an_unknown_key_id_is_refused(channel_bot: ChannelBot) -> None:
    user = teams_user()
    sent = activity(channel_bot, user, new_conversation(), text="laptop")
    token = channel_bot.token(service_url=sent["serviceUrl"], kid="not-a-key-microsoft-has")
    assert "unknown key" in _refused(channel_bot, token, body=sent, user=user)["error"]


def test_request_signed_with_another_key_is_rejected(channel_bot: ChannelBot) -> None:
    impostor = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    answer = _refused(channel_bot, channel_bot.token(service_url=channel_bot.connector.url + "/teams/", key=impostor))
    assert "InvalidSignatureError" in answer["error"]


def test_request_without_token_is_rejected(channel_bot: ChannelBot) -> None:
    assert _refused(channel_bot, None)["error"] == "No Authorization header."


def test_token_for_another_bot_is_rejected(channel_bot: ChannelBot) -> None:
    _refused(channel_bot, channel_bot.token(service_url=channel_bot.connector.url + "/teams/", aud="another-app"))


def test_expired_token_is_rejected(channel_bot: ChannelBot) -> None:
    _refused(channel_bot, channel_bot.token(service_url=channel_bot.connector.url + "/teams/", exp=1_600_000_000))


def test_token_from_another_issuer_is_rejected(channel_bot: ChannelBot) -> None:
    _refused(channel_bot, channel_bot.token(service_url=channel_bot.connector.url + "/teams/",
                                            iss="https://sts.windows.net/evil/"))


def test_token_for_another_service_url_cannot_redirect_replies(channel_bot: ChannelBot) -> None:
    answer = _refused(channel_bot, channel_bot.token(service_url="https://smba.trafficmanager.net/emea/"))
    assert "serviceUrl" in answer["error"]


def test_unsigned_and_symmetric_tokens_are_rejected(channel_bot: ChannelBot) -> None:
    import jwt as pyjwt

    unsigned = pyjwt.encode({"aud": APP_ID, "iss": "https://api.botframework.com"}, None, algorithm="none")
    _refused(channel_bot, unsigned)
    symmetric = pyjwt.encode({"aud": APP_ID, "iss": "https://api.botframework.com"}, "x" * 32,
                             algorithm="HS256", headers={"kid": "kansenbot-test-key"})
    _refused(channel_bot, symmetric)


def test_malformed_activities_get_a_clear_400(channel_bot: ChannelBot) -> None:
    status, answer = channel_bot.post_activity({}, raw=b"not json")
    assert status == 400 and "JSON" in answer["error"]
    user = teams_user()
    broken = activity(channel_bot, user, new_conversation(), text="laptop")
    del broken["conversation"]
    status, answer = channel_bot.post_activity(broken)
    assert status == 400 and answer["error"] == "The activity has no 'conversation.id'."
