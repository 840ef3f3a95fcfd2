"""Synthetic conversations for the insight tests: real Rasa trackers, saved through the real tracker store."""
from __future__ import annotations

import asyncio
import datetime as dt
from collections import Counter
from typing import Dict, Optional, Sequence

from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.slots import TextSlot
from rasa.shared.core.trackers import DialogueStateTracker

from bot.insights.counting import Cell

SECRET = "geheim-bericht-7Q4"  # in every user text; must never reach a counter, a CSV or a page
UTC = dt.timezone.utc


def at(year: int, month: int, day: int, hour: int, minute: int = 0) -> float:
    """A UTC moment as a timestamp."""
    return dt.datetime(year, month, day, hour, minute, tzinfo=UTC).timestamp()


class Dialogue:
    """One conversation, built turn by turn and saved like the bot saves it (after every turn)."""

    def __init__(self, store, sender: str, start: float, school: Optional[str] = None, channel: str = "socketio") -> None:
        self.store, self.channel, self.clock = store, channel, start
        events = [ActionExecuted("action_session_start", timestamp=start), SessionStarted(timestamp=start)]
        if school is not None:
            events.append(SlotSet("school", school, timestamp=start))
        events.append(ActionExecuted("action_listen", timestamp=start))
        self.tracker = DialogueStateTracker.from_events(sender, events, slots=[TextSlot("school", mappings=[])])

    def turn(self, intent: str, *actions: str, buttons: Sequence[Dict[str, str]] = (), school: Optional[str] = None,
             after: float = 30, save: bool = True, metadata: Optional[Dict[str, str]] = None) -> "Dialogue":
        self.clock += after
        self.tracker.update(UserUttered(f"{SECRET} {self.tracker.sender_id} {intent}", {"name": intent, "confidence": 0.9},
                                        input_channel=self.channel, timestamp=self.clock, metadata=metadata))
        for action in actions:
            self.tracker.update(ActionExecuted(action, timestamp=self.clock + 0.1))
            self.tracker.update(BotUttered(f"antwoord op {SECRET}", {"buttons": list(buttons)}, timestamp=self.clock + 0.1))
        if school is not None:
            self.tracker.update(SlotSet("school", school, timestamp=self.clock + 0.1))
        self.tracker.update(ActionExecuted("action_listen", timestamp=self.clock + 0.2))
        if save:
            self.save()
        return self

    def save(self) -> None:
        asyncio.run(self.store.save(self.tracker))


def week_cells(school: str, week: str, counts: Dict[str, Dict[str, int]]) -> "Counter[Cell]":
    return Counter({Cell(school, "week", week, dimension, value): n
                    for dimension, values in counts.items() for value, n in values.items()})
