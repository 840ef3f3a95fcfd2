"""Faults: action server down, conversation database unreachable at start."""
import time

from tests.privacy.harness import RasaServer, free_port

STORING = "er gaat even iets mis bij mij"
HUMAN = "mentor"


def test_action_server_down_gives_dutch_message_with_a_human_and_the_conversation_continues(privacy_bot):
    assert privacy_bot.rasa.say("storing", "ik heb geen laptop")[1][0]["text"].startswith("Je kunt een laptop")
    privacy_bot.actions.stop()
    try:
        started = time.monotonic()
        status, replies = privacy_bot.rasa.say("storing", "ik heb geen laptop")
        assert time.monotonic() - started < 10
        assert status == 200
        texts = " ".join(reply["text"] for reply in replies).lower()
        assert STORING in texts and HUMAN in texts
        # Responses that need no action server keep working meanwhile.
        assert privacy_bot.rasa.say("storing", "hoi")[1][0]["text"].startswith("Hoi")
    finally:
        privacy_bot.actions.start()
    status, replies = privacy_bot.rasa.say("storing", "ik heb geen laptop")
    assert status == 200 and replies[0]["text"].startswith("Je kunt een laptop")
    _, tracker = privacy_bot.rasa.tracker("storing")
    user_turns = [event for event in tracker["events"] if event["event"] == "user"]
    assert len(user_turns) == 4  # one conversation, nothing lost


def test_unreachable_database_at_start_stops_the_server_with_a_clear_error(trained_fixture_model, tmp_path):
    closed_port = free_port()  # nothing listens here
    rasa = RasaServer(
        trained_fixture_model,
        tmp_path,
        "http://127.0.0.1:1/webhook",
        env={"KANSENBOT_DB_URL": f"postgresql://kansenbot@127.0.0.1:{closed_port}/kansenbot", "KANSENBOT_DB_CONNECT_TIMEOUT": "3"},
        name="rasa-no-db",
    )
    started = time.monotonic()
    try:
        rasa.start(timeout=180)
        raise AssertionError("the server started without its database")
    except RuntimeError as error:
        assert "exited" in str(error), str(error)[-2000:]
    finally:
        rasa.stop()
    assert time.monotonic() - started < 180
    log = rasa.log()
    assert "Kansenbot cannot reach its conversation database" in log
    assert "KANSENBOT_DB_" in log
