"""A message that arrives twice is handled once, and the second time answered from the stored turn.

Clients send a message again when they cannot know whether it arrived: the widget re-sends every message
it has no acknowledgement for after a reconnect (same ``message_id``), a REST client retries with the
same ``Idempotency-Key`` header after a lost connection. With several Rasa replicas the second copy may
reach another replica, e.g. after the first one crashed between storing the turn and answering. Handling
the copy again would store the turn twice and answer twice; ignoring it would lose the answer when the
first reply never reached the client.

So, under the conversation's lock (the same lock Rasa's ``Agent.handle_message`` takes; with Redis it is
shared by all replicas), the stored conversation is asked whether it already holds a user message with
this id. If so, the bot messages that followed it are sent again and nothing is stored; otherwise Rasa
handles the message as usual. The check is one indexed SQL query on the conversation's rows (Kansenbot's
tracker store is Rasa's SQL store); other tracker stores are asked through their ordinary ``retrieve``.

Only an id the client sent can arrive twice. Rasa gives a message without one a fresh random id
(``uuid4``) in ``UserMessage``; no stored message can have it, so that message is not looked up. That
lookup was one of the three reads of every turn (about 4 of a turn's 13 database round trips, each of
which holds the event loop while PostgreSQL answers: docs/setup-figures.md, "What a turn waits on").
"""
from __future__ import annotations

import inspect
import json
import logging
from typing import Any, Dict, List, Optional

import sqlalchemy as sa
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.tracker_store import SQLTrackerStore, TrackerStore
from rasa.shared.core.events import BotUttered, UserUttered

logger = logging.getLogger(__name__)


def innermost(store: Any) -> Any:
    """The tracker store inside Rasa's wrappers (FailSafeTrackerStore, AwaitableTrackerStore)."""
    seen = 0
    while hasattr(store, "_tracker_store") and seen < 5:
        store, seen = store._tracker_store, seen + 1
    return store


def _stored_in_sql(store: SQLTrackerStore, sender_id: str, message_id: str) -> bool:
    events = SQLTrackerStore.SQLEvent.__table__
    query = sa.select(events.c.data).where(
        events.c.sender_id == sender_id,
        events.c.type_name == UserUttered.type_name,
        events.c.data.contains(json.dumps(message_id), autoescape=True),
    )
    # Kansenbot's store reads in autocommit mode: one round trip, no BEGIN and ROLLBACK around it.
    with getattr(store, "single_statements", store.engine).connect() as connection:
        rows = connection.execute(query).fetchall()
    return any(json.loads(row[0]).get("message_id") == message_id for row in rows)


async def stored_answer(store: TrackerStore, sender_id: str, message_id: str) -> Optional[List[Dict[str, Any]]]:
    """The bot messages that answered the stored user message ``message_id``, or None if it is not stored."""
    inner = innermost(store)
    if isinstance(inner, SQLTrackerStore):
        try:
            # Kansenbot's store runs the query in its database threads, not on the event loop.
            run = getattr(inner, "run_blocking", None)
            arguments = (inner, sender_id, message_id)
            found = await run(_stored_in_sql, *arguments) if run else _stored_in_sql(*arguments)
            if not found:
                return None
        except sa.exc.SQLAlchemyError:
            return None  # the database is down: Rasa's own handling reports that (503 with utter_storing)
    tracker = await store.retrieve(sender_id)
    if tracker is None:
        return None
    answer: Optional[List[Dict[str, Any]]] = None
    for event in tracker.events:
        if isinstance(event, UserUttered):
            if answer is not None:
                break
            if event.message_id == message_id:
                answer = []
        elif answer is not None and isinstance(event, BotUttered):
            answer.append(event.message())
    return answer


# Set on every UserMessage made after ``handle_each_message_once``: did its channel pass a message id?
ID_FROM_CLIENT = "_kansenbot_id_from_client"
_rasa_user_message_init: Any = None


def note_where_message_ids_come_from() -> None:
    """Mark each new ``UserMessage`` with whether its id came from the channel; idempotent."""
    global _rasa_user_message_init
    if _rasa_user_message_init is not None:
        return
    _rasa_user_message_init = UserMessage.__init__
    signature = inspect.signature(_rasa_user_message_init)

    def __init__(self: UserMessage, *args: Any, **kwargs: Any) -> None:
        _rasa_user_message_init(self, *args, **kwargs)
        given = signature.bind(self, *args, **kwargs).arguments.get("message_id")
        setattr(self, ID_FROM_CLIENT, given is not None)

    UserMessage.__init__ = __init__


def may_be_a_repeat(message: UserMessage) -> bool:
    # A message made before the marking started (or by code that bypasses __init__) is looked up, as before.
    return bool(message.message_id) and getattr(message, ID_FROM_CLIENT, True)


def handle_each_message_once(agent: Any) -> None:
    """Replace ``agent.handle_message`` with Rasa's own steps plus the check above; idempotent."""
    note_where_message_ids_come_from()
    if getattr(agent, "_kansenbot_once", False):
        return

    async def handle_message(message: UserMessage) -> Optional[List[Dict[str, Any]]]:
        # Rasa 3.6's Agent.handle_message, with the check inside the lock.
        if not agent.is_ready():
            logger.info("Ignoring message as there is no agent to handle it.")
            return None
        async with agent.lock_store.lock(message.sender_id):
            if may_be_a_repeat(message):
                answer = await stored_answer(agent.tracker_store, message.sender_id, message.message_id)
                if answer is not None:
                    logger.info("A message that was already handled arrived again; its answer is sent again.")
                    for bot_message in answer:
                        await message.output_channel.send_response(message.sender_id, bot_message)
                    if isinstance(message.output_channel, CollectingOutputChannel):
                        return message.output_channel.messages
                    return None
            return await agent.processor.handle_message(message)

    agent.handle_message = handle_message
    agent._kansenbot_once = True
