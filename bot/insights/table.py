"""The ``insight_counts`` table: counters only, in the conversation database (SQLite or PostgreSQL).

    insight_counts(school, period_kind, period, dimension, value, count)
    primary key (school, period_kind, period, dimension, value)

Every column but ``count`` comes from a fixed list (school profile ids, 'week'/'maand', period keys,
dimension names, route/channel/hour/weekday names), so no text a user typed can get in. The retention
purge deletes conversations (the ``events`` table) and never touches this table.
"""
from __future__ import annotations

from typing import Dict, Iterable, Mapping, Optional, Sequence

import sqlalchemy as sa

from bot.insights.counting import Cell
from bot.storage import database

metadata = sa.MetaData()
insight_counts = sa.Table(
    "insight_counts",
    metadata,
    sa.Column("school", sa.String(64), primary_key=True),
    sa.Column("period_kind", sa.String(8), primary_key=True),
    sa.Column("period", sa.String(10), primary_key=True),
    sa.Column("dimension", sa.String(16), primary_key=True),
    sa.Column("value", sa.String(48), primary_key=True),
    sa.Column("count", sa.Integer, nullable=False),
)


def create_table(engine: sa.engine.Engine) -> None:
    with database.schema_change(engine) as connection:
        metadata.create_all(connection, tables=[insight_counts])


def add_counts(engine: sa.engine.Engine, counts: Mapping[Cell, int]) -> None:
    """Add ``counts`` to the stored counters in one transaction (insert, or add to an existing row)."""
    rows = [dict(cell._asdict(), count=int(count)) for cell, count in counts.items() if count]
    if not rows:
        return
    backend = engine.url.get_backend_name()
    if backend == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif backend == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:  # pragma: no cover - Kansenbot supports these two (bot/storage/database.py)
        raise RuntimeError(f"insight counters need SQLite or PostgreSQL, not {backend}")
    statement = insert(insight_counts)
    statement = statement.on_conflict_do_update(
        index_elements=[column.name for column in insight_counts.primary_key.columns],
        set_={"count": insight_counts.c["count"] + statement.excluded["count"]},
    )
    with engine.begin() as connection:
        connection.execute(statement, rows)


def read_counts(
    engine: sa.engine.Engine, schools: Optional[Sequence[str]] = None, periods: Optional[Iterable[str]] = None
) -> Dict[Cell, int]:
    query = sa.select(insight_counts)
    if schools is not None:
        query = query.where(insight_counts.c.school.in_(list(schools)))
    if periods is not None:
        query = query.where(insight_counts.c.period.in_(sorted(set(periods))))
    with engine.connect() as connection:
        return {
            Cell(row.school, row.period_kind, row.period, row.dimension, row.value): int(row.count)
            for row in connection.execute(query)
        }


def stored_schools(engine: sa.engine.Engine) -> list:
    with engine.connect() as connection:
        return [row[0] for row in connection.execute(sa.select(insight_counts.c.school).distinct())]
