"""The cached event-class lookup (bot/runtime/event_types.py) answers as Rasa's own does, defaults included."""
import pytest
from rasa.shared.core.events import ActionExecuted, Event, SlotSet, UserUttered

from bot.runtime import event_types


@pytest.fixture
def cached(monkeypatch):
    monkeypatch.setattr(Event, "resolve_by_type", staticmethod(event_types.resolve_by_type))


def test_known_names_give_their_classes(cached):
    assert Event.resolve_by_type("user") is UserUttered
    assert Event.resolve_by_type("slot") is SlotSet
    assert Event.resolve_by_type("user") is UserUttered  # from the cache


def test_an_unknown_name_gives_the_callers_default_or_rasas_error(cached):
    # A story's "- action: ..." (a rule snippet) is read with default=ActionExecuted.
    assert Event.resolve_by_type("...", default=ActionExecuted) is ActionExecuted
    assert Event.from_story_string("...", {"name": "..."}, default=ActionExecuted)[0].action_name == "..."
    assert Event.resolve_by_type("topic") is None
    with pytest.raises(ValueError, match="Unknown event name"):
        Event.resolve_by_type("no-such-event")
