"""Weeks and months of the insights.

A week is an ISO week ("2026-W05", Monday to Sunday). A month is made of whole ISO weeks: the weeks whose
Thursday falls in that month (the ISO rule that also gives a week its year). So "2026-02" runs from
Monday 2 February to Sunday 1 March 2026. Why not calendar months: a week that straddles two calendar
months would link every month to its neighbours, and a hidden week count could then be worked out from
month totals. With whole weeks, a month is exactly the sum of its weeks, and the disclosure check can
treat every month on its own (bot/insights/disclosure.py).

Only *closed* months are reported, with their weeks: a month ends at midnight after its last Sunday, and
is reported an hour later (no conversation is still being counted into it). A closed month never changes
again, so two reports made at different times cannot be compared to work out a hidden count.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import List, Tuple

CLOSE_MARGIN = dt.timedelta(hours=1)


@lru_cache(maxsize=8)
def timezone(name: str) -> dt.tzinfo:
    """The time zone ``name``; the IANA database from the system, else the copy inside pytz."""
    try:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    except ImportError:  # pragma: no cover - Python 3.11 has zoneinfo
        pass
    import pytz

    try:
        return pytz.timezone(name)
    except pytz.UnknownTimeZoneError:
        raise LookupError(name) from None


def local_time(timestamp: float, zone: dt.tzinfo) -> dt.datetime:
    return dt.datetime.fromtimestamp(timestamp, tz=dt.timezone.utc).astimezone(zone)


def week_key(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def week_start(key: str) -> dt.date:
    year, week = key.split("-W")
    return dt.date.fromisocalendar(int(year), int(week), 1)


def month_of_week(key: str) -> str:
    thursday = week_start(key) + dt.timedelta(days=3)
    return f"{thursday.year}-{thursday.month:02d}"


def weeks_of_month(key: str) -> List[str]:
    year, month = (int(part) for part in key.split("-"))
    first = dt.date(year, month, 1)
    # The first Thursday of the month decides the first week; every Thursday in the month adds one.
    thursday = first + dt.timedelta(days=(3 - first.weekday()) % 7)
    weeks = []
    while thursday.month == month:
        weeks.append(week_key(thursday))
        thursday += dt.timedelta(days=7)
    return weeks


def month_bounds(key: str) -> Tuple[dt.date, dt.date]:
    """First Monday and last Sunday of the month's weeks."""
    weeks = weeks_of_month(key)
    return week_start(weeks[0]), week_start(weeks[-1]) + dt.timedelta(days=6)


def previous_month(key: str) -> str:
    year, month = (int(part) for part in key.split("-"))
    return f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"


def _end(day: dt.date, zone: dt.tzinfo) -> dt.datetime:
    """Midnight after ``day`` in local time, as an aware datetime."""
    following = day + dt.timedelta(days=1)
    naive = dt.datetime(following.year, following.month, following.day)
    if hasattr(zone, "localize"):  # pytz
        return zone.localize(naive)
    return naive.replace(tzinfo=zone)


def week_closed(key: str, now: dt.datetime, zone: dt.tzinfo) -> bool:
    return _end(week_start(key) + dt.timedelta(days=6), zone) + CLOSE_MARGIN <= now


def month_closed(key: str, now: dt.datetime, zone: dt.tzinfo) -> bool:
    return week_closed(weeks_of_month(key)[-1], now, zone)


def last_closed_weeks(count: int, now: dt.datetime, zone: dt.tzinfo) -> List[str]:
    """The last ``count`` weeks of closed months (a week is published with its month)."""
    weeks: List[str] = []
    for month in reversed(last_closed_months((count + 4) // 4 + 1, now, zone)):
        weeks = weeks_of_month(month) + weeks
    return weeks[-count:]


def last_closed_months(count: int, now: dt.datetime, zone: dt.tzinfo) -> List[str]:
    key = month_of_week(week_key(now.astimezone(zone).date()))
    months: List[str] = []
    while len(months) < count:
        if month_closed(key, now, zone):
            months.append(key)
        key = previous_month(key)
    return list(reversed(months))


def weeks_between(first: dt.date, last: dt.date) -> List[str]:
    """ISO weeks that lie entirely between two dates (inclusive)."""
    monday = first + dt.timedelta(days=(7 - first.weekday()) % 7)
    weeks = []
    while monday + dt.timedelta(days=6) <= last:
        weeks.append(week_key(monday))
        monday += dt.timedelta(days=7)
    return weeks


def months_between(first: dt.date, last: dt.date) -> List[str]:
    """Months (of whole ISO weeks) that lie entirely between two dates (inclusive)."""
    months = []
    for week in weeks_between(first, last):
        month = month_of_week(week)
        start, end = month_bounds(month)
        if start >= first and end <= last and month not in months:
            months.append(month)
    return months


