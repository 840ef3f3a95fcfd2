"""Replicas that start together on an empty PostgreSQL database create the tables one after the other.

Without the advisory lock in bot/storage/database.schema_change, two processes both saw no ``events`` table,
both ran CREATE TABLE, and the second stopped on PostgreSQL's catalogue (duplicate pg_type row); a CI run
of the scale-out test lost a replica that way.
"""
import threading

import sqlalchemy as sa

from bot.insights.table import create_table
from bot.storage import database
from bot.storage.purge import prepare_schema
from tests.privacy.test_postgres import postgres  # noqa: F401  (the throwaway cluster fixture)

STARTING_TOGETHER = 8


def _drop_everything(url: str) -> None:
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        connection.execute(sa.text("DROP TABLE IF EXISTS events, insight_counts CASCADE"))
    engine.dispose()


def test_servers_starting_together_on_an_empty_database_all_get_their_tables(postgres):  # noqa: F811
    url = postgres.url()
    for attempt in range(3):  # a race: a few rounds make a regression show up reliably
        _drop_everything(url)
        engines = [database.create_engine(sa.engine.make_url(url), timeout=30) for _ in range(STARTING_TOGETHER)]
        barrier = threading.Barrier(STARTING_TOGETHER)
        failures = []

        def start(engine: sa.engine.Engine) -> None:
            barrier.wait()
            try:
                prepare_schema(engine)
                create_table(engine)
            except Exception as error:  # noqa: BLE001 - collected and asserted below
                failures.append(f"{type(error).__name__}: {str(error).splitlines()[0]}")

        threads = [threading.Thread(target=start, args=(engine,)) for engine in engines]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        for engine in engines:
            engine.dispose()
        assert failures == [], f"round {attempt}: {failures}"
    inspector = sa.inspect(sa.create_engine(url))
    assert {"events", "insight_counts"} <= set(inspector.get_table_names())
    assert "ix_events_timestamp" in {index["name"] for index in inspector.get_indexes("events")}
