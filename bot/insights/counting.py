"""From the events of one saved turn to counter increments. Pure: no database, no clock, no state.

What one user message adds (all per ISO week, for the conversation's school or 'onbekend', see
``InsightRecorder._school``):
- ``begrip``: ``niet_begrepen`` when the intent is a 'not understood' intent (nlu_fallback, out_of_scope)
  or Kansenbot answered it with a 'please rephrase' response; else ``begrepen``;
- ``kanaal``: the channel it came in through (rest, socketio, botframework, else ``anders``);
- ``uur`` (00-23) and ``weekdag`` (ma-zo) in the configured time zone.
What one turn adds: ``route``, the first help route Kansenbot started for that message (data/insights.yml),
unless that route only asked which school the student is at (it is counted when it answers). Crisis
(any action or response named action_crisis* or utter_crisis*) is counted per *month* only.

Only the names of intents, actions and channels are read: never the text, the sender or entity values.
"""
from __future__ import annotations

from collections import Counter
from typing import NamedTuple, Optional, Sequence

from rasa.shared.core.events import ActionExecuted, BotUttered, Event, UserUttered

from bot.insights import periods
from bot.insights.rules import CRISIS, HOURS, NOT_UNDERSTOOD, UNDERSTOOD, WEEKDAYS, InsightRules

WEEK, MONTH = "week", "maand"
MESSAGE_DIMENSIONS = ("begrip", "kanaal", "uur", "weekdag")
ROUTE = "route"


class Cell(NamedTuple):
    school: str
    period_kind: str
    period: str
    dimension: str
    value: str


def count_turns(events: Sequence[Event], first_new: int, school: str, rules: InsightRules) -> "Counter[Cell]":
    """Counter increments for ``events[first_new:]`` (the events being stored now).

    The earlier events of the same turn are read too, so a route already counted in an earlier save of
    this turn is not counted again.
    """
    zone = periods.timezone(rules.timezone)
    counts: "Counter[Cell]" = Counter()
    begin = 0
    for index in range(min(first_new, len(events)) - 1, -1, -1):
        if isinstance(events[index], UserUttered):
            begin = index
            break
    question: Optional[UserUttered] = None
    route_seen = False
    for index in range(begin, len(events)):
        event = events[index]
        if isinstance(event, UserUttered):
            question, route_seen = event, False
            if index >= first_new:
                understood = not _not_understood(events, index, rules)
                counts.update(_message_cells(event, understood, school, rules, zone))
        elif isinstance(event, ActionExecuted):
            route = rules.route_of(event.action_name)
            if route is None or route_seen:
                continue
            route_seen = True
            if index >= first_new and not _asked_for_school(events, index):
                when = periods.local_time((question or event).timestamp, zone)
                week = periods.week_key(when.date())
                if route == CRISIS:
                    counts[Cell(school, MONTH, periods.month_of_week(week), ROUTE, CRISIS)] += 1
                else:
                    counts[Cell(school, WEEK, week, ROUTE, route)] += 1
    return counts


def _message_cells(event: UserUttered, understood: bool, school: str, rules: InsightRules, zone):
    when = periods.local_time(event.timestamp, zone)
    week = periods.week_key(when.date())
    values = {
        "begrip": UNDERSTOOD if understood else NOT_UNDERSTOOD,
        "kanaal": rules.channel_of(event.input_channel),
        "uur": HOURS[when.hour],
        "weekdag": WEEKDAYS[when.weekday()],
    }
    return [Cell(school, WEEK, week, dimension, values[dimension]) for dimension in MESSAGE_DIMENSIONS]


def _turn_after(events: Sequence[Event], index: int):
    for event in events[index + 1:]:
        if isinstance(event, UserUttered):
            return
        yield event


def _not_understood(events: Sequence[Event], index: int, rules: InsightRules) -> bool:
    if events[index].intent_name in rules.fallback_intents:
        return True
    return any(
        isinstance(event, ActionExecuted) and event.action_name in rules.fallback_responses
        for event in _turn_after(events, index)
    )


def _asked_for_school(events: Sequence[Event], index: int) -> bool:
    """The route's own messages (up to the next action) hold the 'which school?' buttons."""
    for event in _turn_after(events, index):
        if isinstance(event, ActionExecuted):
            return False
        if isinstance(event, BotUttered):
            for button in (event.data or {}).get("buttons") or []:
                if '"school"' in str(button.get("payload", "")):
                    return True
    return False
