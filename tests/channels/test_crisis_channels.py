"""A crisis through every channel (issue 9), on the running channel bot: it has no action server at all, so
these also show that the Rasa server answers action_crisis itself. Each sends a crisis, expects 113/112.

The widget's offline text (113 and 112 when Kansenbot cannot be reached) comes from the knowledge base:
the server puts it in when it serves the widget, and the copy in the file is the same.
"""
from __future__ import annotations

import json
import re
import time
import urllib.request
import uuid

from bot import settings
from bot.channels.webchat import WEBCHAT_DIR, WIDGET_FILE, WIDGET_MAX_LEN_CEILING, widget_as_served
from bot.runtime.crisis import widget_crisis_line
from tests.channels.channel_harness import ALLOWED_ORIGIN, ChannelBot, activity, new_conversation, teams_user
from tests.channels.test_teams_channel import expected_sender
from tests.channels.test_web_channels import WidgetClient, run
from tests.support import domain_response_texts

CRISIS_LINE = re.compile(r'/\*kansenbot:crisis\*/("(?:[^"\\]|\\.)*")/\*kansenbot:crisis-end\*/')


def reply_texts(calls) -> str:
    texts = []
    for call in calls:
        body = call.body if isinstance(call.body, dict) else {}
        texts.append(body.get("text") or "")
        texts += [a.get("content", {}).get("text", "") for a in body.get("attachments") or []]
    return "\n".join(texts)


def test_a_signed_teams_crisis_message_gets_the_crisis_answer(channel_bot: ChannelBot) -> None:
    user, conversation = teams_user(), new_conversation()
    status, _ = channel_bot.post_activity(activity(channel_bot, user, conversation, text="ik wil niet meer leven"))
    assert status == 202
    # Rasa sends each paragraph as its own message: opening, the 113 line, the 112 line, the school.
    replies = channel_bot.connector.wait_for_activities(conversation, count=4)
    text = reply_texts(replies)
    assert "113" in text and "0800-0113" in text and "112" in text, text


def test_a_crisis_in_a_teams_group_chat_gets_the_crisis_answer_then_the_private_chat_line(channel_bot: ChannelBot) -> None:
    user, conversation = teams_user(), new_conversation()
    sent = activity(channel_bot, user, conversation, text="<at>Kansenbot</at> ik wil niet meer leven")
    sent["conversation"]["conversationType"] = "groupChat"
    status, answer = channel_bot.post_activity(sent)
    assert (status, answer["status"]) == (200, "private_chat_only")
    private_line = domain_response_texts("utter_teams_alleen_prive")[0]
    deadline = time.monotonic() + 30
    replies = channel_bot.connector.activities(conversation)
    while not any(reply.body.get("text") == private_line for reply in replies) and time.monotonic() < deadline:
        time.sleep(0.2)
        replies = channel_bot.connector.activities(conversation)
    text = reply_texts(replies)
    assert "113" in text and "112" in text, text
    assert replies[-1].body["text"] == private_line, text
    # Still nothing entered Rasa: no tracker for the student.
    assert channel_bot.events(expected_sender(user["id"])) == []


def test_a_widget_crisis_message_gets_the_crisis_answer(channel_bot: ChannelBot) -> None:
    async def scenario() -> str:
        client = WidgetClient(channel_bot, origin=ALLOWED_ORIGIN)
        await client.connect()
        session_id = await client.start_session()
        assert (await client.say(session_id, "mijn vader slaat me", school="voorbeeld-roc"))["ok"] is True
        await client.disconnect()
        return "\n".join(m.get("text") or "" for m in client.bot_messages)

    text = run(scenario())
    assert "0800-2000" in text and "112" in text and "vertrouwenspersoon@example.org" in text


def test_a_rest_crisis_message_gets_the_crisis_answer(channel_bot: ChannelBot) -> None:
    status, replies = channel_bot.post_rest({"sender": uuid.uuid4().hex, "message": "ik ben verkracht"})
    text = "\n".join(reply["text"] for reply in replies)
    assert status == 200 and "0800-0188" in text and "112" in text


def _served_line(url: str) -> str:
    with urllib.request.urlopen(f"{url}/webchat/{WIDGET_FILE}", timeout=30) as answer:
        return json.loads(CRISIS_LINE.search(answer.read().decode("utf-8")).group(1))


def test_the_served_widget_shows_113_and_112_from_the_knowledge_base_when_offline(channel_bot: ChannelBot) -> None:
    served = _served_line(channel_bot.url)
    assert served == widget_crisis_line()
    assert "113" in served and "112" in served


def test_the_widget_file_carries_the_same_line_for_a_copy_hosted_elsewhere() -> None:
    shipped = (WEBCHAT_DIR / WIDGET_FILE).read_text(encoding="utf-8")
    found = CRISIS_LINE.search(shipped)
    assert found, "the widget lost its /*kansenbot:crisis*/ marker"
    assert json.loads(found.group(1)) == widget_crisis_line(), (
        "data/knowledge/crisis.yml changed: update the line in bot/webchat/kansenbot-widget.js to "
        f"{json.dumps(widget_crisis_line())}"
    )
    assert "T.offline + \" \" + CRISIS" in shipped


def test_a_message_refused_as_too_long_still_shows_113_and_112() -> None:
    # A long story may end in a crisis: the widget keeps the text in the box and shows the crisis line.
    shipped = (WEBCHAT_DIR / WIDGET_FILE).read_text(encoding="utf-8")
    assert "setStatus(T.tooLong + \" \" + CRISIS)" in shipped


def test_serving_fills_the_crisis_line_and_the_servers_length_limit_and_refuses_a_widget_without_markers() -> None:
    widget = (b'var CRISIS = /*kansenbot:crisis*/"oud"/*kansenbot:crisis-end*/;'
              b' var MAX_LEN = /*kansenbot:max-len*/1/*kansenbot:max-len-end*/;')
    assert widget_as_served(widget, 'bel "112"', 2500) == (
        b'var CRISIS = /*kansenbot:crisis*/"bel \\"112\\""/*kansenbot:crisis-end*/;'
        b' var MAX_LEN = /*kansenbot:max-len*/2500/*kansenbot:max-len-end*/;')
    # A limit beyond one socket.io packet would make the server drop the message unanswered.
    assert f"/*kansenbot:max-len*/{WIDGET_MAX_LEN_CEILING}/*".encode() in widget_as_served(widget, "x", 10**6)
    for broken in (b"var CRISIS = 'x'; var MAX_LEN = /*kansenbot:max-len*/1/*kansenbot:max-len-end*/;",
                   b'var CRISIS = /*kansenbot:crisis*/"x"/*kansenbot:crisis-end*/; var MAX_LEN = 1;'):
        try:
            widget_as_served(broken, "bel 112", 2000)
            raise AssertionError("a widget without a marker was accepted")
        except ValueError:
            pass


def test_the_served_widget_refuses_what_the_server_would_cut(channel_bot: ChannelBot) -> None:
    served = urllib.request.urlopen(f"{channel_bot.url}/webchat/{WIDGET_FILE}", timeout=30).read()
    assert f"/*kansenbot:max-len*/{settings.get().max_message_chars}/*".encode() in served


def test_teams_and_the_widget_keep_the_end_of_a_long_message_where_a_crisis_often_is():
    # Found by review: Teams and socket.io cut a long message to its first characters, so a story ending in
    # "ik wil niet meer leven" reached the NLU without it.
    from bot.channels.metadata import clean_text
    from bot.settings import get

    story = "Het gaat al een tijd niet goed op school en thuis. " * 60 + "Ik wil niet meer leven."
    cleaned = clean_text(story)
    assert len(story) > get().max_message_chars >= len(cleaned)
    assert cleaned.endswith("Ik wil niet meer leven.") and cleaned.startswith("Het gaat al een tijd")
