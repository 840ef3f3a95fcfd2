"""Action server down: answer the user in Dutch with a human to contact, and keep the conversation going.

Where Rasa 3.6 fails: ``RemoteAction.run`` calls ``action_endpoint.request(...)``; a refused connection,
a timeout or a 5xx becomes a ``RasaException``, which ``MessageProcessor._run_action`` logs and swallows:
the action's events are dropped and the user hears nothing. The request itself is the one place that
sees the failure and can still produce a valid action-server answer, so this endpoint catches it there
and answers as the action server would have: the responses ``utter_storing_actieserver`` and
``utter_storing_mens`` (a human to contact) from the domain.
The next message calls the real action server again, so the conversation continues when it is back.

A 400 (the action rejected itself) is passed on unchanged: Rasa's policies handle rejections.
KANSENBOT_ACTION_TIMEOUT (default 10 s) bounds the wait; Rasa's own default is 5 minutes.

``action_crisis`` is different (issue 9): a student in crisis must get the numbers, so it gets at most
``CRISIS_ACTION_TIMEOUT`` (3 s), and when the action server cannot answer (or is not configured at all)
this endpoint answers with the same crisis messages itself (bot/runtime/crisis.py), from the same
knowledge base, instead of the outage message.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any, Dict, Optional, Text

import aiohttp
from rasa.utils.endpoints import ClientResponseError, EndpointConfig

from bot import settings
from bot.runtime import crisis

logger = logging.getLogger(__name__)

FAILURE_RESPONSES = ("utter_storing_actieserver", "utter_storing_mens")


def action_timeout() -> float:
    return settings.get().action_timeout


def fallback_answer(action_name: Optional[str], payload: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    if crisis.is_crisis_action(action_name):
        return crisis.answer_from_action_request(payload or {})
    if action_name == "action_session_start":
        # What Rasa's built-in session start does; a greeting now would come before the user's question.
        return {"events": [{"event": "session_started"}, {"event": "action", "name": "action_listen"}], "responses": []}
    return {"events": [], "responses": [{"response": name} for name in FAILURE_RESPONSES]}


class ResilientActionEndpoint(EndpointConfig):
    """The action server endpoint from endpoints.yml, with a Dutch answer when the server fails."""

    @classmethod
    def wrapping(cls, endpoint: EndpointConfig) -> "ResilientActionEndpoint":
        return cls(
            endpoint.url,
            params=endpoint.params,
            headers=endpoint.headers,
            basic_auth=endpoint.basic_auth,
            token=endpoint.token,
            token_name=endpoint.token_name,
            cafile=endpoint.cafile,
            **endpoint.kwargs,
        )

    async def request(
        self,
        method: Text = "post",
        subpath: Optional[Text] = None,
        content_type: Optional[Text] = "application/json",
        compress: bool = False,
        **kwargs: Any,
    ) -> Optional[Any]:
        payload = kwargs.get("json") or {}
        action_name = payload.get("next_action")
        timeout = action_timeout()
        if crisis.is_crisis_action(action_name):
            timeout = min(timeout, crisis.CRISIS_ACTION_TIMEOUT)
        kwargs["timeout"] = aiohttp.ClientTimeout(total=timeout)
        if not self.url:
            # No action server configured: answer what can be answered without one.
            logger.error("No action server configured for %s; answered without it.", action_name)
            return fallback_answer(action_name, payload)
        try:
            return await super().request(method, subpath, content_type, compress, **kwargs)
        except ClientResponseError as error:
            # 400 is Rasa's way for an action to reject a form value; a crisis answer is never rejected, so
            # for it a 400 (a proxy, a version mismatch) is a failure like any other.
            if error.status == 400 and not crisis.is_crisis_action(action_name):
                raise
            failure = f"HTTP {error.status}"
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as error:
            failure = type(error).__name__
        logger.error("Action server failed for %s (%s); answered without it.", action_name, failure)
        return fallback_answer(action_name, payload)


def make_action_endpoint_resilient(agent: Any) -> None:
    endpoint = getattr(agent, "action_endpoint", None)
    if isinstance(endpoint, ResilientActionEndpoint):
        return
    # Without endpoints.yml's action server Rasa would drop every custom action silently; with this one a
    # crisis still gets its answer and every other action the outage message.
    resilient = ResilientActionEndpoint.wrapping(endpoint) if endpoint is not None else ResilientActionEndpoint(None)
    agent.action_endpoint = resilient
    if getattr(agent, "processor", None) is not None:
        agent.processor.action_endpoint = resilient
