"""A credentials.yml with only Microsoft Teams still gets Kansenbot's fault handling.

The runtime hooks used to be attached from the REST channel's blueprint: without the REST channel an
action-server failure meant silence. Now bot/server.py installs them at server start for any channels.
Here: the fixture bot (one custom action) with only the Teams channel, its action server down; a Teams
student who asks for a laptop gets the Dutch failure message with a human to contact; and with the
channel tests' bot (CrisisGuard, action_crisis) a Teams student in crisis gets 113 and 112 from the Rasa
server itself (issue 9).
"""
from __future__ import annotations

import contextlib
import json
import urllib.error
import urllib.request
from pathlib import Path
from typing import Iterator, List

import pytest
import yaml

from tests.channels.channel_harness import (
    KEY_ID,
    PSEUDONYM_KEY,
    ChannelBot,
    FakeConnector,
    activity,
    channel_model,
    new_conversation,
    teams_credentials,
    teams_user,
    write_test_jwks,
)
from tests.privacy.harness import RasaServer, train_model
from tests.support import free_port

ROOT = Path(__file__).resolve().parents[2]


def domain_first_texts(*names: str) -> List[str]:
    responses = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"]
    return [responses[name][0]["text"] for name in names]


@contextlib.contextmanager
def teams_only_server(model: Path, work: Path, name: str, **env: str) -> Iterator[ChannelBot]:
    """``model`` served with only the Teams channel; the action server URL points where nothing listens."""
    connector = FakeConnector(free_port())
    keys = write_test_jwks(work / "jwks.json")
    credentials = teams_credentials(work / "jwks.json", connector)
    teams_only = {"bot.channels.teams.TeamsInput": credentials["bot.channels.teams.TeamsInput"]}
    nothing_listens = free_port()
    rasa = RasaServer(model, work, f"http://127.0.0.1:{nothing_listens}/webhook", name=name,
                      credentials=teams_only, api=False,
                      env={"KANSENBOT_SQLITE_PATH": str(work / "tracker.db"), "KANSENBOT_PSEUDONYM_KEY": PSEUDONYM_KEY, **env})
    try:
        rasa.start()
        yield ChannelBot(rasa.base, rasa.port, work / "tracker.db", rasa.log_path, connector, keys[KEY_ID],
                         extra={"rasa": rasa, "keys": keys})
    finally:
        rasa.stop()
        connector.close()


@pytest.fixture(scope="module")
def teams_only_bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChannelBot]:
    model, _ = train_model()
    with teams_only_server(model, tmp_path_factory.mktemp("teams-only"), "rasa-teams-only",
                           KANSENBOT_ACTION_TIMEOUT="5") as bot:
        yield bot


def test_the_server_has_no_rest_channel(teams_only_bot: ChannelBot) -> None:
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(f"{teams_only_bot.url}/webhooks/rest/", timeout=10)
    assert error.value.code == 404
    assert "Kansenbot runtime installed" in teams_only_bot.extra["rasa"].log()


def test_action_server_down_gives_the_teams_student_a_dutch_message_and_a_human(teams_only_bot: ChannelBot) -> None:
    conversation = new_conversation()
    status, answer = teams_only_bot.post_activity(
        activity(teams_only_bot, teams_user(), conversation, text="ik heb geen laptop"))
    assert (status, answer["status"]) == (202, "accepted")

    replies = teams_only_bot.connector.wait_for_activities(conversation, count=2, timeout=60)
    texts = [reply.body.get("text") for reply in replies]
    assert texts == domain_first_texts("utter_storing_actieserver", "utter_storing_mens"), json.dumps(texts)


@pytest.fixture(scope="module")
def teams_only_crisis_bot(channel_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChannelBot]:
    with teams_only_server(channel_model, tmp_path_factory.mktemp("teams-only-crisis"), "rasa-teams-only-crisis") as bot:
        yield bot


def test_action_server_down_a_teams_student_in_crisis_still_gets_113_and_112(teams_only_crisis_bot: ChannelBot) -> None:
    conversation = new_conversation()
    status, answer = teams_only_crisis_bot.post_activity(
        activity(teams_only_crisis_bot, teams_user(), conversation, text="ik wil niet meer leven"))
    assert (status, answer["status"]) == (202, "accepted")

    replies = teams_only_crisis_bot.connector.wait_for_activities(conversation, count=3, timeout=60)
    text = "\n".join(reply.body.get("text") or "" for reply in replies)
    assert "113" in text and "112" in text, text
    assert domain_first_texts("utter_storing_actieserver")[0] not in text
