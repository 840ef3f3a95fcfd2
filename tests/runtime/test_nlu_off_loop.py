"""The NLU runs in its own thread (bot/runtime/nlu_off_loop.py): the event loop keeps answering meanwhile,
messages are still parsed one at a time, and the result is what Rasa's own parse_message returns."""
from __future__ import annotations

import asyncio
import threading
import time

from rasa.core.channels.channel import UserMessage
from rasa.core.processor import MessageProcessor

from bot.runtime.nlu_off_loop import parse_off_the_event_loop

PARSE_SECONDS = 0.4


class SlowPipeline:
    """Stands in for a processor whose NLU graph takes PARSE_SECONDS of blocking work per message."""

    http_interpreter = None

    def __init__(self) -> None:
        self.running = 0
        self.most_at_once = 0
        self.threads = set()
        self.steps = []

    def _parse_message_with_graph(self, message, tracker, only_output_properties=True):
        self.running += 1
        self.most_at_once = max(self.most_at_once, self.running)
        self.threads.add(threading.current_thread().name)
        time.sleep(PARSE_SECONDS)  # blocking, like spaCy and the classifier
        self.running -= 1
        self.steps.append("graph")
        return {"text": message.text, "intent": {"name": "groet", "confidence": 1.0}, "entities": []}

    def _update_full_retrieval_intent(self, parse_data):
        self.steps.append("retrieval")

    def _check_for_unseen_features(self, parse_data):
        self.steps.append("unseen")


def test_the_event_loop_keeps_answering_while_messages_are_parsed_one_at_a_time():
    parse_off_the_event_loop()
    parse_off_the_event_loop()  # idempotent: patching twice must not wrap twice
    pipeline = SlowPipeline()

    async def scenario():
        ticks = []

        async def heartbeat():
            # What a health check or a socket.io ping needs: the loop, every 20 ms.
            end = time.perf_counter() + 2 * PARSE_SECONDS
            while time.perf_counter() < end:
                started = time.perf_counter()
                await asyncio.sleep(0.02)
                ticks.append(time.perf_counter() - started)

        parses = [MessageProcessor.parse_message(pipeline, UserMessage(f"bericht {n}", sender_id="s")) for n in range(2)]
        results = await asyncio.gather(heartbeat(), *parses)
        return ticks, results[1:]

    ticks, results = asyncio.run(scenario())
    # Before the patch the loop stood still for the whole parse (0.4 s per message).
    assert max(ticks) < PARSE_SECONDS / 2, f"the event loop was blocked for {max(ticks):.2f} s"
    assert pipeline.most_at_once == 1, "the pipeline must never run two messages at once"
    assert len(pipeline.threads) == 1 and threading.current_thread().name not in pipeline.threads
    assert [r["text"] for r in results] == ["bericht 0", "bericht 1"]
    assert pipeline.steps == ["graph", "retrieval", "unseen"] * 2


def test_the_rasa_server_process_gets_the_patch_at_start_up():
    from bot import runtime

    runtime.prepare_process()
    assert MessageProcessor.parse_message.__module__ == "bot.runtime.nlu_off_loop"
