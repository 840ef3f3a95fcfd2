"""What Kansenbot adds to the Rasa server process, set up by the one entry point (bot/server.py).

``prepare_process()`` runs once, before Rasa reads its configuration:
- the log filter (bot/privacy/log_filter.py): no personal data in any log line, whoever writes it;
- the action-server answer schema compiled once (bot/runtime/action_validation.py), event classes
  looked up once (bot/runtime/event_types.py) and the regex features computed without Rasa's per-token
  loop (bot/runtime/regex_features.py), the model graph run without dask (bot/runtime/graph_runner.py):
  measured hot spots of a turn, same results; the spaCy pipeline loaded once, not twice
  (bot/runtime/spacy_model.py); the policies' dialogue states built on from the previous prediction of
  the same turn instead of from the conversation's start (bot/runtime/policy_states.py: kept on the
  tracker object, so nothing outlives the turn);
- Sanic 21.12's WebSocket fix for Python 3.11 (bot/runtime/sanic_websocket.py), which the widget's
  socket.io transport needs;
- the NLU of each message in a worker thread (bot/runtime/nlu_off_loop.py): a long message no longer
  holds the event loop, and with it every other request, while it is parsed;
- with several Sanic workers (SANIC_WORKERS), a listening socket per worker (bot/runtime/worker_sockets.py):
  with Sanic's one shared socket a burst of new connections all went to one worker, which then did all the
  work over its keep-alive connections while the other idled.

``server_listeners()`` are handed to Rasa's ``serve_application`` and run in every server process (also
in each Sanic worker), whatever channels credentials.yml names; ``install(app)`` runs once the agent is
loaded:
- a resilient action endpoint (bot/runtime/action_endpoint.py): action server down or failing -> the user
  gets ``utter_storing_actieserver`` (Dutch, with a human to contact) and the conversation goes on;
- visible tracker-store outages (bot/runtime/tracker_outage.py): Rasa's FailSafeTrackerStore would silently
  continue in memory (forgetting the conversation); instead the channel answers 503 with ``utter_storing``;
- messages handled at most once (bot/runtime/idempotency.py): a message a client sends again after a
  lost connection (same message id) is answered from the stored turn instead of being handled twice;
- the knowledge base, loaded and validated at start: the crisis answers the server gives itself when the
  action server or the conversation database cannot (bot/runtime/crisis.py) come from it;
- the privacy filter's name recogniser loaded before the first student waits for it.
``install`` is synchronous on purpose: Sanic runs it before the event loop serves the first request.
After the server stops, the tracker store's database threads are ended (bot/storage/tracker_store.py).
"""
from __future__ import annotations

import logging
from typing import Any, Callable, List, Tuple

logger = logging.getLogger(__name__)

_prepared = False


def prepare_process() -> None:
    """Process-wide set-up that does not need the agent; idempotent."""
    global _prepared
    if _prepared:
        return
    from bot.privacy.log_filter import install_log_scrubbing
    from bot.runtime import sanic_websocket
    from bot.runtime.action_validation import compile_action_result_schema_once
    from bot.runtime.event_types import cache_event_type_lookup
    from bot.runtime.graph_runner import run_graphs_without_dask
    from bot.runtime.nlu_off_loop import parse_off_the_event_loop
    from bot.runtime.policy_states import build_states_incrementally
    from bot.runtime.regex_features import use_fast_regex_features
    from bot.runtime.spacy_model import load_spacy_once
    from bot.runtime.worker_sockets import listen_in_every_worker

    install_log_scrubbing()
    compile_action_result_schema_once()
    cache_event_type_lookup()
    use_fast_regex_features()
    run_graphs_without_dask()
    build_states_incrementally()
    load_spacy_once()
    sanic_websocket.apply()
    parse_off_the_event_loop()
    listen_in_every_worker()
    _prepared = True


def install(app: Any) -> None:
    """Wrap the loaded agent (action endpoint, tracker store, message handling); idempotent."""
    from bot.privacy.scrubber import name_recognizer
    from bot.runtime import crisis
    from bot.runtime.action_endpoint import make_action_endpoint_resilient
    from bot.runtime.idempotency import handle_each_message_once
    from bot.runtime.tracker_outage import make_tracker_store_outages_visible

    prepare_process()
    crisis.knowledge()  # a broken knowledge base stops the server here, with file, entry and field named
    agent = getattr(app.ctx, "agent", None)
    if agent is None:
        # serve_application loads the agent before the server starts; without one nothing can answer.
        raise RuntimeError("Rasa loaded no agent: Kansenbot's fault handling cannot be installed.")
    make_action_endpoint_resilient(agent)
    make_tracker_store_outages_visible(agent)
    handle_each_message_once(agent)
    name_recognizer.preload()
    logger.info(
        "Kansenbot runtime installed: action-server faults answered, tracker-store outages visible, "
        "repeated messages answered once."
    )


async def _install_when_started(app: Any, _loop: Any) -> None:
    install(app)


async def _close_tracker_store(app: Any, _loop: Any) -> None:
    """The tracker store's database threads end with the server (after the last request)."""
    from bot.runtime.idempotency import innermost

    agent = getattr(app.ctx, "agent", None)
    close = getattr(innermost(getattr(agent, "tracker_store", None)), "close", None)
    if close is not None:
        close()


def server_listeners() -> List[Tuple[Callable[..., Any], str]]:
    """The (listener, event) pairs for ``rasa.core.run.serve_application(server_listeners=...)``."""
    return [(_install_when_started, "after_server_start"), (_close_tracker_store, "after_server_stop")]
