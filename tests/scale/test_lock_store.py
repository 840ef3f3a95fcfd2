"""bot/storage/lock_store.py against a real redis-server: one message per conversation at a time, across
"replicas" (separate store objects, separate processes), in arrival order, and a crashed holder blocks
its conversation only for the lease."""
from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from typing import Iterator, List

import pytest
from rasa.core.lock_store import InMemoryLockStore

from bot.launcher.settings import ROOT
from bot.storage import lock_store
from bot.storage.lock_store import KansenbotLockStore
from tests.scale.harness import RedisServer


@pytest.fixture(scope="module")
def redis() -> Iterator[RedisServer]:
    server = RedisServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_two_replicas_take_turns_in_arrival_order(redis: RedisServer) -> None:
    replicas = [KansenbotLockStore(redis_url=redis.url), KansenbotLockStore(redis_url=redis.url)]
    inside: List[int] = []
    order: List[int] = []
    most = [0]

    async def message(number: int) -> None:
        await asyncio.sleep(number * 0.05)  # arrival order 0, 1, 2, ...
        async with replicas[number % 2].lock("conversation-a"):
            inside.append(number)
            most[0] = max(most[0], len(inside))
            order.append(number)
            await asyncio.sleep(0.03)
            inside.remove(number)

    async def scenario() -> None:
        for replica in replicas:  # connections and scripts ready, as in a server that has been running
            async with replica.lock("warm-up"):
                pass
        await asyncio.gather(*(message(number) for number in range(8)))

    asyncio.run(scenario())
    assert most[0] == 1 and order == list(range(8))


def test_other_conversations_are_not_held_up(redis: RedisServer) -> None:
    store = KansenbotLockStore(redis_url=redis.url)

    async def scenario() -> float:
        async with store.lock("conversation-b"):
            started = time.monotonic()
            async with store.lock("conversation-c"):
                return time.monotonic() - started

    assert asyncio.run(scenario()) < 1.0


HOLDER = """
import asyncio, sys, time
from bot.storage.lock_store import KansenbotLockStore
async def hold():
    async with KansenbotLockStore(redis_url=sys.argv[1]).lock("conversation-d"):
        print("holding", flush=True)
        await asyncio.sleep(600)
asyncio.run(hold())
"""


def test_a_crashed_holder_blocks_its_conversation_only_for_the_lease(redis: RedisServer) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, redis.url], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert holder.stdout.readline().strip() == "holding"
        os.kill(holder.pid, signal.SIGKILL)  # a replica crashing while it handles a message
        holder.wait()
        started = time.monotonic()

        async def take() -> float:
            async with KansenbotLockStore(redis_url=redis.url).lock("conversation-d"):
                return time.monotonic() - started

        waited = asyncio.run(take())
    finally:
        if holder.poll() is None:
            holder.kill()
    assert waited <= lock_store.LEASE_SECONDS + 2


def test_a_live_holder_keeps_its_lock_beyond_the_lease(redis: RedisServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lock_store, "LEASE_SECONDS", 1.0)
    monkeypatch.setattr(lock_store, "RENEW_EVERY_SECONDS", 0.2)
    store = KansenbotLockStore(redis_url=redis.url)
    events: List[str] = []

    async def slow_turn() -> None:
        async with store.lock("conversation-e"):
            events.append("first in")
            await asyncio.sleep(2.5)  # longer than the lease: renewed, so nobody else gets in
            events.append("first out")

    async def next_turn() -> None:
        await asyncio.sleep(0.1)
        async with store.lock("conversation-e"):
            events.append("second in")

    async def scenario() -> None:
        await asyncio.gather(slow_turn(), next_turn())

    asyncio.run(scenario())
    assert events == ["first in", "first out", "second in"]


def test_without_redis_it_is_rasas_in_memory_lock_store(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KANSENBOT_REDIS_URL", raising=False)
    monkeypatch.delenv("SANIC_WORKERS", raising=False)
    store = KansenbotLockStore()
    assert isinstance(store, InMemoryLockStore) and not store.shared

    async def scenario() -> None:
        async with store.lock("conversation-f"):
            pass

    asyncio.run(scenario())


def test_several_workers_without_redis_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KANSENBOT_REDIS_URL", raising=False)
    monkeypatch.setenv("SANIC_WORKERS", "2")
    with pytest.raises(ValueError, match="SANIC_WORKERS=2 needs KANSENBOT_REDIS_URL"):
        KansenbotLockStore()


def test_a_free_lock_costs_two_round_trips_to_redis(redis: RedisServer) -> None:
    """Taking the ticket and the first try are one script: a message of a conversation whose lock is free
    (the usual case: one message in flight per conversation) sends Redis two commands, take and release."""
    import redis as redis_client

    store = KansenbotLockStore(redis_url=redis.url)
    admin = redis_client.Redis.from_url(redis.url)

    async def messages() -> None:
        async with store.lock("free-conversation"):  # scripts loaded, connection open
            pass
        admin.config_resetstat()
        for _ in range(5):
            async with store.lock("free-conversation"):
                pass

    asyncio.run(messages())
    calls = {name: stats["calls"] for name, stats in admin.info("commandstats").items()}
    admin.close()
    # (commandstats also counts the commands the scripts run inside Redis, so only the script calls are counted)
    assert calls.get("cmdstat_evalsha", 0) == 10, calls
    assert "cmdstat_zrangebyscore" in calls  # the first try ran, inside the take script
