"""Tracker-store outages become a clear error instead of a silent in-memory conversation.

Rasa's Agent wraps every tracker store in ``FailSafeTrackerStore``: when the database fails it logs an
error and continues with an in-memory store, so the user gets answers without context and the messages
of the outage are lost at the next restart. Its constructor takes ``on_tracker_store_error``, but the
Agent never passes one; we set it on the wrapper the Agent made, so the error reaches the channel, which
answers 503 with ``utter_storing`` (bot/channels/rest.py).
"""
from __future__ import annotations

from typing import Any, NoReturn

from rasa.core.tracker_store import FailSafeTrackerStore

from bot.storage.tracker_store import TrackerStoreUnavailable


def raise_unavailable(error: Exception) -> NoReturn:
    if isinstance(error, TrackerStoreUnavailable):
        raise error
    raise TrackerStoreUnavailable(f"conversation database unavailable ({type(error).__name__})") from None


def make_tracker_store_outages_visible(agent: Any) -> None:
    store = getattr(agent, "tracker_store", None)
    if isinstance(store, FailSafeTrackerStore):
        store._on_tracker_store_error = raise_unavailable
