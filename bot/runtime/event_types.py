"""Look up Rasa event classes by name once, not on every event read from the database.

Rasa 3.6's ``Event.resolve_by_type`` walks the whole tree of Event subclasses (and asks
``inspect.isabstract`` of each) for every event it deserialises: ~40 times per turn when the tracker is
read back, 8% of a turn's CPU in a cProfile of scripts/profile_turn.py. The classes do not change once
the server runs, so the first answer for a name is kept. Same lookup order, same result, same errors.
"""
from __future__ import annotations

from typing import Dict, Optional, Text, Type

from rasa.shared.core.events import Event

_original = Event.resolve_by_type
_known: Dict[Text, Type[Event]] = {}


def resolve_by_type(type_name: Text, default: Optional[Type[Event]] = None) -> Optional[Type[Event]]:
    found = _known.get(type_name)
    if found is not None:
        return found
    try:
        resolved = _original(type_name, default=None)
    except ValueError:  # no such event: Rasa's answer with the caller's default (e.g. a story's action name)
        resolved = None
    if resolved is not None:
        _known[type_name] = resolved
        return resolved
    return _original(type_name, default=default)  # unknown names: Rasa's own answer or ValueError


def cache_event_type_lookup() -> None:
    Event.resolve_by_type = staticmethod(resolve_by_type)  # type: ignore[method-assign]
