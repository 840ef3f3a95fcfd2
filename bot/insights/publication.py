"""What may be published for one school: the counters of closed months and their weeks, with hidden cells.

Every month is protected on its own, together with its (whole ISO) weeks, and always the same way
whatever report asks for it, so no two reports together say more than each says alone. In a month block:
- per week and per message dimension (begrip, kanaal, uur, weekdag), the cells add up to the week's
  number of messages (``berichten``/``totaal``);
- every month cell is the sum of its week cells, and per message dimension the month cells add up to the
  month's number of messages;
- route cells have no published total; crisis has a month cell only (weekly crisis counts are never
  stored) and stands alone.
Weeks are published once their month has ended: a week shown before its month ends could no longer be
hidden to protect that month.

``bot.insights.disclosure.protect`` decides shown or hidden per block.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

from bot.insights import periods
from bot.insights.counting import MESSAGE_DIMENSIONS, MONTH, ROUTE, WEEK, Cell
from bot.insights.disclosure import THRESHOLD, ProtectionError, Relation, Status, protect
from bot.insights.rules import CRISIS, HOURS, NOT_UNDERSTOOD, UNDERSTOOD, WEEKDAYS, InsightRules

logger = logging.getLogger(__name__)

MESSAGES, TOTAL = "berichten", "totaal"
Key = Tuple[str, str, str]  # (dimension, value, period)


def dimension_values(rules: InsightRules, counts: Mapping[Cell, int], school: str) -> Dict[str, Tuple[str, ...]]:
    """Every value a dimension can have (zeros included), plus stored ones no longer in data/insights.yml."""
    base = {
        "begrip": (UNDERSTOOD, NOT_UNDERSTOOD),
        "kanaal": rules.channel_values,
        "uur": HOURS,
        "weekdag": WEEKDAYS,
        ROUTE: tuple(rules.routes),
    }
    stored: Dict[str, set] = {dimension: set() for dimension in base}
    for cell in counts:
        if cell.school == school and cell.dimension in stored and cell.value != CRISIS:
            stored[cell.dimension].add(cell.value)
    return {dimension: names + tuple(sorted(stored[dimension] - set(names))) for dimension, names in base.items()}


@dataclass
class Publication:
    """The protected counters of one school for the requested weeks and months."""

    school: str
    weeks: List[str]
    months: List[str]
    routes: Tuple[str, ...]
    values: Dict[Key, int] = field(default_factory=dict)
    status: Dict[Key, Status] = field(default_factory=dict)

    def shown(self, dimension: str, value: str, period: str) -> Optional[int]:
        """The count when it may be shown; None when it is hidden."""
        key = (dimension, value, period)
        return None if self.status[key].hidden else self.values[key]

    def keys(self, dimension: str, period: str) -> List[Key]:
        return [key for key in self.values if key[0] == dimension and key[2] == period]


class Publisher:
    """Protects the weeks and months of one school from its stored counters (each block once)."""

    def __init__(self, counts: Mapping[Cell, int], school: str, rules: InsightRules) -> None:
        self.counts = counts
        self.school = school
        values = dimension_values(rules, counts, school)
        self.routes = values.pop(ROUTE)
        self.dimensions = {dimension: values[dimension] for dimension in MESSAGE_DIMENSIONS}
        self._months: Dict[str, Tuple[Dict[Key, int], Dict[Key, Status]]] = {}

    def _count(self, kind: str, period: str, dimension: str, value: str) -> int:
        return self.counts.get(Cell(self.school, kind, period, dimension, value), 0)

    # ------------------------------------------------------------------------------------- blocks
    def block(self, month: str) -> Tuple[Dict[Key, int], List[Relation], set]:
        """The month's cells with its weeks, the sums between them, and the cells that stand alone."""
        weeks = periods.weeks_of_month(month)
        values: Dict[Key, int] = {}
        relations: List[Relation] = []
        rows = [(dimension, name) for dimension, names in self.dimensions.items() for name in names]
        for week in weeks:
            for dimension, name in rows:
                values[(dimension, name, week)] = self._count(WEEK, week, dimension, name)
            for route in self.routes:
                values[(ROUTE, route, week)] = self._count(WEEK, week, ROUTE, route)
            # Every message has exactly one 'begrip' value, so those add up to the number of messages.
            values[(MESSAGES, TOTAL, week)] = sum(values[("begrip", name, week)] for name in self.dimensions["begrip"])
        for dimension, name in [(MESSAGES, TOTAL)] + rows + [(ROUTE, route) for route in self.routes]:
            parts = tuple((dimension, name, week) for week in weeks)
            values[(dimension, name, month)] = sum(values[key] for key in parts)
            relations.append(Relation((dimension, name, month), parts))
        for period in weeks + [month]:
            for dimension, names in self.dimensions.items():
                relations.append(Relation((MESSAGES, TOTAL, period), tuple((dimension, name, period) for name in names)))
        crisis = (ROUTE, CRISIS, month)
        values[crisis] = self._count(MONTH, month, ROUTE, CRISIS)
        # The crisis count is part of no sum: a reader knows that, when hidden, it is under 5.
        return values, relations, {crisis}

    def month(self, month: str) -> Tuple[Dict[Key, int], Dict[Key, Status]]:
        if month not in self._months:
            values, relations, capped = self.block(month)
            try:
                status = protect(values, relations, capped=capped)
            except ProtectionError as error:  # never show what could not be checked
                logger.error("Insights: month %s of %s could not be checked (%s); all its cells are hidden.",
                             month, self.school, error)
                status = {key: Status.PRIMARY if value < THRESHOLD else Status.COMPLEMENT for key, value in values.items()}
            self._months[month] = (values, status)
        return self._months[month]

    # ---------------------------------------------------------------------------------- publication
    def publish(self, weeks: Sequence[str], months: Sequence[str]) -> Publication:
        """The protected cells of ``weeks`` and ``months`` (only weeks of closed months may be asked for)."""
        publication = Publication(self.school, list(weeks), list(months), self.routes)
        wanted = set(weeks) | set(months)
        for month in sorted(set(months) | {periods.month_of_week(week) for week in weeks}):
            values, status = self.month(month)
            for key, value in values.items():
                if key[2] in wanted:
                    publication.values[key] = value
                    publication.status[key] = status[key]
        return publication
