"""The NLU of a message runs in a worker thread of its own, not on the Rasa server's event loop.

Rasa 3.6's ``MessageProcessor.parse_message`` is a coroutine, but the NLU pipeline inside it (spaCy, the
featurizers, the classifier, the CRF, the crisis patterns) runs synchronously on the event loop. While one
long message is parsed, nothing else in the process moves: no health check, no socket.io heartbeat, no
other student's reply, no crisis answer from a failure path. On a busy 2-core machine a 2,000-character
message held every other request for a quarter of a second (tests/privacy/test_e2e_hostile.py).

Here the pipeline runs in one dedicated thread. One, because the components were written for one caller
at a time (spaCy's ``Language`` and sklearn-crfsuite are not documented as thread-safe), so messages are
still parsed one after the other, as before; the event loop only awaits the result. Python's GIL switches
every few milliseconds, so the loop keeps answering while a parse runs.

Rasa's own ``parse_message`` does three more things around the pipeline, kept here in the same order:
a retrieval-intent lookup, a debug log line with the text (left out: message text is never logged) and a
warning about features the model did not see in training. An HTTP NLU server (``http_interpreter``) is
left to Rasa: that call is already asynchronous.
"""
from __future__ import annotations

import asyncio
import functools
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Awaitable, Callable, Dict, Optional, Text

_NLU_THREAD = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kansenbot-nlu")
# Rasa's own parse_message, kept for the HTTP NLU server case; None until patched.
_rasa_parse_message: Optional[Callable[..., Awaitable[Dict[Text, Any]]]] = None


async def _parse_message(
    self: Any, message: Any, tracker: Optional[Any] = None, only_output_properties: bool = True
) -> Dict[Text, Any]:
    from rasa.shared.core.trackers import DialogueStateTracker

    if self.http_interpreter:
        return await _rasa_parse_message(self, message, tracker, only_output_properties)
    if tracker is None:
        tracker = DialogueStateTracker.from_events(message.sender_id, [])
    parse = functools.partial(self._parse_message_with_graph, message, tracker, only_output_properties)
    parse_data = await asyncio.get_running_loop().run_in_executor(_NLU_THREAD, parse)
    self._update_full_retrieval_intent(parse_data)
    self._check_for_unseen_features(parse_data)
    return parse_data


def parse_off_the_event_loop() -> None:
    """Patch ``MessageProcessor.parse_message`` (every processor, also one made by a model reload); idempotent."""
    global _rasa_parse_message
    from rasa.core.processor import MessageProcessor

    if _rasa_parse_message is not None:
        return
    _rasa_parse_message = MessageProcessor.parse_message
    MessageProcessor.parse_message = _parse_message
