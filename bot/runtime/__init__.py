"""What Kansenbot adds around Rasa's agent inside the Rasa server process: fault handling.

``attach(blueprint)`` is called by an input channel's blueprint (bot/channels/rest.py); it registers a
server listener that, once Rasa has loaded its agent, installs:
- a resilient action endpoint (bot/runtime/action_endpoint.py): action server down or failing -> the user
  gets ``utter_storing_actieserver`` (Dutch, with a human to contact) and the conversation goes on;
- visible tracker-store outages (bot/runtime/tracker_outage.py): Rasa's FailSafeTrackerStore would silently
  continue in memory (forgetting the conversation); instead the channel answers 503 with
  ``utter_storing``;
- the action-server answer schema compiled once (bot/runtime/action_validation.py, a measured hot spot);
- the knowledge base, loaded and validated at start: the crisis answers the server gives itself when the
  action server cannot (bot/runtime/crisis.py) come from it.
Installing twice is harmless, so several channels may attach.
"""
from __future__ import annotations

import logging
from typing import Any

from bot.privacy.log_filter import install_log_scrubbing

logger = logging.getLogger(__name__)


def install(app: Any) -> None:
    from bot.runtime import crisis
    from bot.runtime.action_endpoint import make_action_endpoint_resilient
    from bot.runtime.action_validation import compile_action_result_schema_once
    from bot.runtime.tracker_outage import make_tracker_store_outages_visible

    from bot.privacy.scrubber import name_recognizer

    install_log_scrubbing()
    compile_action_result_schema_once()
    crisis.knowledge()  # a broken knowledge base stops the server here, with file, entry and field named
    name_recognizer.preload()
    agent = getattr(app.ctx, "agent", None)
    if agent is None:
        logger.warning("No agent loaded yet; Kansenbot fault handling not installed.")
        return
    make_action_endpoint_resilient(agent)
    make_tracker_store_outages_visible(agent)


def attach(blueprint: Any) -> None:
    async def install_when_started(app: Any, _loop: Any) -> None:
        install(app)

    blueprint.listener("after_server_start")(install_when_started)
