"""A message in a Teams group chat or team channel (issue 9): nothing enters Rasa, the channel itself checks
for a crisis and then asks for a private chat. Whatever fails on the way, the private-chat line goes out,
and a crisis check that fails gets 113 and 112 in one line (a crisis cannot be ruled out).

Server-less: the channel's group answer runs against a Teams output channel whose Bot Connector is a list
(or fails where a test says so); the full path through a running server is in test_crisis_channels.py.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any, Callable, Dict, List, Optional

import pytest
from rasa.shared.core.domain import Domain

from actions.knowledge.crisis import noodregel
from bot.channels.botframework_auth import TokenProvider
from bot.channels.teams import TeamsInput, TeamsOutput
from bot.nlp import crisis_detect
from bot.nlp.heldout import ROOT
from bot.runtime import crisis
from tests.support import BrokenCrisisPatterns

DOMAIN = Domain.load(str(ROOT / "domain.yml"))
PRIVATE_LINE = DOMAIN.responses["utter_teams_alleen_prive"][0]["text"]


class BotConnector(TeamsOutput):
    """A Teams output channel that keeps what it posts; ``refuse`` says which posts fail (text in, True out)."""

    def __init__(self, refuse: Callable[[str], bool] = lambda text: False) -> None:
        super().__init__(TokenProvider("app-id", "secret", "https://login.invalid/token"), "19:group@thread.v2",
                         {"id": "28:app-id", "name": "Kansenbot"}, "https://smba.trafficmanager.net/emea/")
        self.refuse = refuse
        self.posted: List[str] = []

    async def send(self, message_data: Dict[str, Any]) -> None:
        text = message_data.get("text") or "".join(
            attachment["content"]["text"] for attachment in message_data.get("attachments") or [])
        if self.refuse(text):
            raise RuntimeError("the Bot Connector is unreachable")
        self.posted.append(text)


def group_activity(text: str) -> Dict[str, Any]:
    return {"type": "message", "id": "1", "text": f"<at>Kansenbot</at> {text}", "serviceUrl": "https://smba.trafficmanager.net/emea/",
            "from": {"id": "29:student"}, "recipient": {"id": "28:app-id", "name": "Kansenbot"},
            "conversation": {"id": "19:group@thread.v2", "conversationType": "groupChat"}}


def answer_in_group(text: str, connector: BotConnector, agent: Optional[Any] = None) -> List[str]:
    teams = TeamsInput(app_id="", app_password="", school="voorbeeld-roc")
    teams._output = lambda activity: connector  # type: ignore[method-assign]  # the Bot Connector is this list
    asyncio.run(teams._answer_in_group(agent, group_activity(text), [PRIVATE_LINE]))
    return connector.posted


def test_a_crisis_check_that_fails_gets_113_and_112_and_the_private_chat_line(monkeypatch, caplog):
    monkeypatch.setattr(crisis_detect, "active_detector", BrokenCrisisPatterns)
    caplog.set_level(logging.INFO)
    posted = answer_in_group("mijn stiefvader slaat me", BotConnector())
    assert posted == [noodregel(crisis.knowledge()), PRIVATE_LINE]
    assert "113" in posted[0] and "112" in posted[0]
    assert "stiefvader" not in caplog.text  # errors are logged without the message


def test_a_crisis_answer_that_fails_to_send_does_not_stop_the_rest_or_the_private_chat_line(caplog):
    opening = crisis.knowledge().crisis.soort("geweld_thuis").opening
    connector = BotConnector(refuse=lambda text: text == opening)
    posted = answer_in_group("mijn stiefvader slaat me elke avond", connector)
    assert opening not in posted
    assert any("vertrouwenspersoon@example.org" in text for text in posted), posted  # the answer's last message
    assert posted[-1] == PRIVATE_LINE
    assert "stiefvader" not in caplog.text


def test_the_private_chat_line_goes_out_when_every_crisis_message_fails_to_send():
    connector = BotConnector(refuse=lambda text: text != PRIVATE_LINE)
    assert answer_in_group("ik wil niet meer leven", connector) == [PRIVATE_LINE]


def test_everyday_text_in_a_group_gets_only_the_private_chat_line():
    assert answer_in_group("ik heb geen laptop", BotConnector()) == [PRIVATE_LINE]


@pytest.fixture(scope="module")
def nlu_agent():
    from bot.nlp import heldout

    return heldout.load_agent(heldout.latest_model())


def test_a_teacher_writing_about_a_student_in_a_group_gets_the_teacher_answer(nlu_agent):
    """The kinds come from the model's NLU (zorg_om_student), not from a role: a group has none."""
    kb = crisis.knowledge()
    posted = answer_in_group("een student van mij vertelde dat hij zichzelf snijdt", BotConnector(), nlu_agent)
    text = "\n".join(posted)
    assert kb.crisis.soort("zorg_om_student").opening in posted, text
    assert kb.crisis.meldcode.titel in text and posted[-1] == PRIVATE_LINE
