"""Weeks, months of whole ISO weeks, closed periods and Dutch local time."""
import datetime as dt

import pytest

from bot.insights import periods
from tests.insights.support import UTC, at

AMSTERDAM = periods.timezone("Europe/Amsterdam")


def test_iso_weeks_and_months_of_whole_weeks():
    assert periods.week_key(dt.date(2026, 1, 1)) == "2026-W01"
    assert periods.week_key(dt.date(2027, 1, 1)) == "2026-W53"
    assert periods.weeks_of_month("2026-02") == ["2026-W06", "2026-W07", "2026-W08", "2026-W09"]
    assert periods.month_bounds("2026-02") == (dt.date(2026, 2, 2), dt.date(2026, 3, 1))
    assert periods.month_of_week("2026-W53") == "2026-12"
    assert len(periods.weeks_of_month("2026-12")) == 5


def test_every_week_belongs_to_exactly_one_month():
    weeks, month = [], "2024-01"
    for _ in range(48):
        listed = periods.weeks_of_month(month)
        assert {periods.month_of_week(week) for week in listed} == {month}
        weeks += listed
        year, number = map(int, month.split("-"))
        month = f"{year + number // 12}-{number % 12 + 1:02d}"
    mondays = [periods.week_start(week) for week in weeks]
    # 48 months in a row cover consecutive weeks, none twice and none left out.
    assert all(later - earlier == dt.timedelta(days=7) for earlier, later in zip(mondays, mondays[1:]))
    assert mondays[0] == dt.date(2024, 1, 1) and mondays[-1] == dt.date(2027, 12, 27)


def test_a_month_is_reported_an_hour_after_its_last_sunday():
    # November 2026 = weeks 45-48, ending Sunday 29 November; midnight in Amsterdam is 23:00 UTC.
    assert not periods.month_closed("2026-11", dt.datetime(2026, 11, 29, 23, 59, tzinfo=UTC), AMSTERDAM)
    assert periods.month_closed("2026-11", dt.datetime(2026, 11, 30, 0, 0, tzinfo=UTC), AMSTERDAM)
    now = dt.datetime(2026, 12, 3, 12, tzinfo=UTC)
    assert periods.last_closed_months(3, now, AMSTERDAM) == ["2026-09", "2026-10", "2026-11"]
    # Weeks come with their month: the week that has just ended (W49) is not there yet.
    assert periods.last_closed_weeks(5, now, AMSTERDAM) == ["2026-W44", "2026-W45", "2026-W46", "2026-W47", "2026-W48"]
    assert periods.last_closed_weeks(12, now, AMSTERDAM)[0] == "2026-W37"


def test_periods_between_dates_hold_only_whole_weeks_and_months():
    assert periods.weeks_between(dt.date(2026, 3, 4), dt.date(2026, 3, 22)) == ["2026-W11", "2026-W12"]
    assert periods.months_between(dt.date(2026, 2, 1), dt.date(2026, 4, 30)) == ["2026-02", "2026-03"]


def test_local_time_follows_dutch_summer_and_winter_time():
    assert periods.local_time(at(2026, 7, 1, 18), AMSTERDAM).hour == 20
    assert periods.local_time(at(2026, 1, 5, 18), AMSTERDAM).hour == 19
    # Sunday 23:30 in Amsterdam is still the old week, though it is Sunday 21:30 or 22:30 UTC.
    sunday_night = periods.local_time(at(2026, 3, 29, 21, 30), AMSTERDAM)
    assert (sunday_night.weekday(), sunday_night.hour) == (6, 23)


def test_without_the_system_time_zone_database_pytz_is_used(monkeypatch):
    import zoneinfo

    def missing(name):
        raise zoneinfo.ZoneInfoNotFoundError(name)

    monkeypatch.setattr(zoneinfo, "ZoneInfo", missing)
    periods.timezone.cache_clear()
    try:
        zone = periods.timezone("Europe/Amsterdam")
        assert type(zone).__module__.startswith("pytz")
        assert periods.local_time(at(2026, 7, 1, 18), zone).hour == 20
        assert periods.month_closed("2026-11", dt.datetime(2026, 11, 30, 0, 0, tzinfo=UTC), zone)
        assert not periods.month_closed("2026-11", dt.datetime(2026, 11, 29, 23, 59, tzinfo=UTC), zone)
        with pytest.raises(LookupError):
            periods.timezone("Europe/Nergens")
    finally:
        periods.timezone.cache_clear()
