"""End to end: a follow-up right after a route is answered within that route (bot/nlp/route_context.py).

``rasa test`` stories cannot show this: Rasa's story test parses each message without the conversation's
tracker, so the context prior never acts there. The real server passes the tracker, so this goes over REST.
"""
from __future__ import annotations

import sqlite3
import uuid
from typing import List

import pytest

from tests.support import RunningBot, sender_id

pytestmark = pytest.mark.e2e

# Own words. On its own the classifier puts this just above the loan laptop (out_of_scope first).
FOLLOW_UP = "krijg ik er ook een oplader bij?"


def actions_after_last_user_message(bot: RunningBot, label: str) -> List[str]:
    with sqlite3.connect(bot.tracker_db) as db:
        rows = db.execute(
            "SELECT type_name, action_name FROM events WHERE sender_id = ? ORDER BY id", (sender_id(label),)
        ).fetchall()
    last_user = max(i for i, (kind, _) in enumerate(rows) if kind == "user")
    return [action for kind, action in rows[last_user:] if kind == "action" and action != "action_listen"]


def test_follow_up_after_the_loan_laptop_answer_stays_with_the_loan_laptop(running_bot: RunningBot) -> None:
    label = f"vervolg-{uuid.uuid4().hex}"
    running_bot.send_rest(label, "/geen_laptop")
    running_bot.send_rest(label, FOLLOW_UP)

    assert actions_after_last_user_message(running_bot, label)[:1] == ["action_leenlaptop"]


@pytest.mark.parametrize("follow_up", ["hoe lang duurt dat ongeveer?", "en tot wanneer mag ik hem hebben?"])
def test_a_short_question_pointing_back_at_the_loan_laptop_answer_stays_with_it(running_bot: RunningBot, follow_up: str) -> None:
    # Own words. On its own the classifier calls these out of scope: no topic word, only "dat" or "hem".
    label = f"vervolg-terug-{uuid.uuid4().hex}"
    running_bot.send_rest(label, "/geen_laptop")
    running_bot.send_rest(label, follow_up)
    assert actions_after_last_user_message(running_bot, label)[:1] == ["action_leenlaptop"]

    fresh = f"vervolg-terug-vers-{uuid.uuid4().hex}"
    running_bot.send_rest(fresh, follow_up)
    assert "action_leenlaptop" not in actions_after_last_user_message(running_bot, fresh)


def test_the_same_message_opening_a_conversation_is_not_taken_for_the_loan_laptop(running_bot: RunningBot) -> None:
    label = f"vervolg-vers-{uuid.uuid4().hex}"
    running_bot.send_rest(label, FOLLOW_UP)

    assert "action_leenlaptop" not in actions_after_last_user_message(running_bot, label)


def test_a_crisis_right_after_a_route_is_still_a_crisis(running_bot: RunningBot) -> None:
    label = f"vervolg-crisis-{uuid.uuid4().hex}"
    running_bot.send_rest(label, "/geen_laptop")
    running_bot.send_rest(label, "laat maar, ik wil er gewoon niet meer zijn")

    assert actions_after_last_user_message(running_bot, label)[:1] == ["action_crisis"]
