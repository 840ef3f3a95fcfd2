"""Messages handled at most once (bot/runtime/idempotency.py): a message whose id the client sent is looked
up in the stored conversation and answered from it when it is a repeat; a message without one (Rasa made
its id) is not looked up, since no stored message can have a fresh random id."""
from __future__ import annotations

import asyncio
from types import SimpleNamespace

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.lock_store import InMemoryLockStore
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.runtime.idempotency import handle_each_message_once

SENDER = "b2f0c1d4e5a6b7c8d9e0f1a2b3c4d5e6"


class CountingStore(InMemoryTrackerStore):
    def __init__(self) -> None:
        super().__init__(Domain.empty())
        self.reads = 0

    async def retrieve(self, sender_id):
        self.reads += 1
        return await super().retrieve(sender_id)


def _agent():
    handled = []

    async def handle(message):
        handled.append(message.text)
        await message.output_channel.send_text_message(message.sender_id, "nieuw antwoord")
        return message.output_channel.messages

    store = CountingStore()
    agent = SimpleNamespace(is_ready=lambda: True, lock_store=InMemoryLockStore(), tracker_store=store,
                            processor=SimpleNamespace(handle_message=handle))
    handle_each_message_once(agent)
    tracker = DialogueStateTracker.from_events(SENDER, [
        UserUttered("ik heb geen laptop", message_id="widget-42"), BotUttered("eerste antwoord"),
    ])
    asyncio.run(store.save(tracker))
    return agent, store, handled


def test_a_repeat_of_a_client_message_id_is_answered_from_the_stored_turn():
    agent, store, handled = _agent()
    message = UserMessage("ik heb geen laptop", CollectingOutputChannel(), SENDER, message_id="widget-42")
    answer = asyncio.run(agent.handle_message(message))
    assert [m["text"] for m in answer] == ["eerste antwoord"] and handled == []
    assert store.reads >= 1


def test_a_message_without_a_client_id_is_handled_without_reading_the_conversation_first():
    agent, store, handled = _agent()
    for message in (UserMessage("hoi", CollectingOutputChannel(), SENDER),
                    UserMessage("hoi", CollectingOutputChannel(), SENDER, None, None, None)):
        answer = asyncio.run(agent.handle_message(message))
        assert [m["text"] for m in answer] == ["nieuw antwoord"]
    assert handled == ["hoi", "hoi"]
    assert store.reads == 0  # Rasa made these ids: no stored message can have them


def test_a_new_client_message_id_is_looked_up_and_then_handled():
    agent, store, handled = _agent()
    message = UserMessage("hoi", CollectingOutputChannel(), SENDER, message_id="widget-43")
    asyncio.run(agent.handle_message(message))
    assert handled == ["hoi"] and store.reads == 1
