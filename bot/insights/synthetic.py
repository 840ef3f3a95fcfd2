"""Made-up conversations for the sample report (docs/insights-voorbeeld.html) and for tests.

They are real Rasa trackers with real events, saved through Kansenbot's tracker store, so they go
through exactly the counting path of the running bot. Nothing here comes from real students: the
volumes, hours and routes are invented to look like a school year (quiet holidays, evening peaks).
"""
from __future__ import annotations

import datetime as dt
import random
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

from rasa.shared.core.events import ActionExecuted, BotUttered, Event, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.slots import TextSlot
from rasa.shared.core.trackers import DialogueStateTracker

from bot.insights import periods

# (intent, first action, weight) for a student's question
QUESTIONS: Sequence[Tuple[str, str, float]] = (
    ("geen_laptop", "action_leenlaptop", 24),
    ("geldzorgen", "action_budgetcoach", 18),
    ("geen_internet_studieplek", "action_internet_studieplek", 12),
    ("digitale_vaardigheid", "action_digitale_tutorial", 16),
    ("analoog_alternatief", "action_analoog_alternatief", 5),
    ("regelingen", "action_regelingen_zoeken", 8),
    ("docent_handreiking", "action_docent_handreiking", 3),
    ("docent_professionalisering", "action_docent_professionalisering", 2),
    ("contact_persoon", "action_contact_persoon", 7),
    ("anonimiteit", "utter_anonimiteit", 4),
)
CHANNELS = (("botframework", 55), ("socketio", 40), ("rest", 5))
# Relative number of conversations per hour of the day: school hours and an evening peak.
HOUR_WEIGHTS = (1, 0.5, 0.3, 0.2, 0.2, 0.3, 1, 3, 6, 8, 9, 9, 8, 9, 9, 8, 6, 5, 5, 7, 8, 7, 5, 3)
DAY_WEIGHTS = (10, 10, 9, 9, 7, 3, 4)  # Monday .. Sunday
# ISO weeks with (almost) no school: autumn, Christmas, spring, May and summer holidays.
HOLIDAY_WEEKS = {43, 52, 1, 8, 18, 29, 30, 31, 32, 33, 34}
SECRET_TEXT = "synthetisch-geheim"  # every user text holds this marker; tests check it never leaks


def conversations(
    seed: int, first_day: dt.date, last_day: dt.date, schools: Dict[Optional[str], float], per_week: float,
    timezone: str = "Europe/Amsterdam",
) -> Iterator[DialogueStateTracker]:
    """Conversations between ``first_day`` and ``last_day``; ``schools`` maps profile id (None = not known)
    to a share; about ``per_week`` conversations in an ordinary week."""
    rng = random.Random(seed)
    zone = periods.timezone(timezone)
    day = first_day
    number = 0
    while day <= last_day:
        week = day.isocalendar()[1]
        expected = per_week * DAY_WEIGHTS[day.weekday()] / sum(DAY_WEIGHTS)
        expected *= 0.15 if week in HOLIDAY_WEEKS else 1.0
        for _ in range(_poisson(rng, expected)):
            number += 1
            hour = rng.choices(range(24), HOUR_WEIGHTS)[0]
            start = _aware(dt.datetime(day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60)), zone)
            school = rng.choices(list(schools), list(schools.values()))[0]
            channel = rng.choices([name for name, _ in CHANNELS], [weight for _, weight in CHANNELS])[0]
            yield conversation(rng, f"synthetisch-{seed}-{number}", start.timestamp(), school, channel)
        day += dt.timedelta(days=1)


def conversation(
    rng: random.Random, sender: str, start: float, school: Optional[str], channel: str
) -> DialogueStateTracker:
    """One made-up conversation: a question or two, sometimes not understood, rarely a crisis."""
    clock = [start]
    events: List[Event] = [ActionExecuted("action_session_start", timestamp=start), SessionStarted(timestamp=start)]
    if school:
        events.append(SlotSet("school", school, timestamp=start))
    events.append(ActionExecuted("action_listen", timestamp=start))

    def turn(intent: str, actions: Sequence[str]) -> None:
        clock[0] += rng.uniform(5, 90)
        events.append(UserUttered(f"{SECRET_TEXT} {sender} {intent}", {"name": intent, "confidence": 0.9},
                                  input_channel=channel, timestamp=clock[0]))
        for action in actions:
            events.append(ActionExecuted(action, timestamp=clock[0] + 0.1))
            events.append(BotUttered("Antwoord.", timestamp=clock[0] + 0.1))
        events.append(ActionExecuted("action_listen", timestamp=clock[0] + 0.2))

    if rng.random() < 0.4:
        turn("greet", ["utter_greet", "utter_onderwerpen"])
    if rng.random() < 0.008:
        turn("crisis", ["action_crisis"])
    for _ in range(1 if rng.random() < 0.75 else 2):
        if rng.random() < 0.12:
            turn("nlu_fallback", ["utter_ask_rephrase"])
        intent, action, _ = rng.choices(QUESTIONS, [weight for _, _, weight in QUESTIONS])[0]
        turn(intent, [action])
    if rng.random() < 0.03:
        turn("out_of_scope", ["utter_out_of_scope"])
    if rng.random() < 0.3:
        turn("thanks", ["utter_graag_gedaan", "utter_iets_anders"])
    return DialogueStateTracker.from_events(sender, events, slots=[TextSlot("school", mappings=[])])


def _poisson(rng: random.Random, mean: float) -> int:
    # Knuth's method; the means here are small (a few conversations per day).
    limit, count, product = pow(2.718281828459045, -mean), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def _aware(naive: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    return zone.localize(naive) if hasattr(zone, "localize") else naive.replace(tzinfo=zone)
