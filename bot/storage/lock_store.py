"""Conversation locks: one message of a conversation at a time, also across Rasa replicas and workers.

Wired in endpoints.yml as ``lock_store: type: bot.storage.lock_store.KansenbotLockStore``:
- without KANSENBOT_REDIS_URL: Rasa's in-memory lock store (one Rasa process; what `make run` starts);
- with KANSENBOT_REDIS_URL (e.g. ``redis://127.0.0.1:6379/1``): locks in Redis, shared by every replica
  and every Sanic worker (SANIC_WORKERS). Several processes without Redis are refused at start.

Why not Rasa's own RedisLockStore (Rasa 3.6): it reads the ticket list, changes it and writes it back
without a transaction, so two replicas taking a ticket for one conversation at the same moment can get
the same number (and handle the conversation at the same time), and a replica releasing its ticket can
delete one another replica just took (which then fails with LockError). And its tickets live a fixed
TICKET_LOCK_LIFETIME (60 s): when a replica dies while handling a message, that conversation waits a
minute. Here every step is one Lua script (atomic in Redis), tickets come from INCR (unique, in arrival
order), and each ticket has a lease key its holder renews while it waits or works. A ticket whose lease
is gone belongs to a dead process and is skipped, so a conversation goes on within LEASE_SECONDS after
a crash. A live holder keeps its lease for at most the lock lifetime (Rasa's TICKET_LOCK_LIFETIME, 60 s),
as with Rasa's store, so a hung turn cannot block its conversation for ever.
"""
from __future__ import annotations

import asyncio
import logging
import os
import socket
import time
from contextlib import asynccontextmanager
from typing import Any, AsyncIterator, Optional, Text

from rasa.core.lock_store import LOCK_LIFETIME, InMemoryLockStore, LockError

from bot import settings

logger = logging.getLogger(__name__)

REDIS_URL_ENV = "KANSENBOT_REDIS_URL"
KEY_PREFIX = "kansenbot:lock:"
LEASE_SECONDS = 10.0  # how long a dead holder blocks its conversation
RENEW_EVERY_SECONDS = 2.0  # the holder's event loop may stall this much less than the lease
POLL_SECONDS = 0.05  # a waiting message checks this often whether it is its turn
IDLE_KEY_SECONDS = 3600  # the counter and queue of an idle conversation disappear after this
REDIS_TIMEOUT_SECONDS = 3.0

# KEYS: queue, lease prefix. ARGV: ticket. 1 = this ticket's turn, 0 = wait, -1 = this ticket's lease is gone.
_TRY = """
local earlier = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1])
for _, number in ipairs(earlier) do
  if redis.call('EXISTS', KEYS[2] .. number) == 1 then return 0 end
  redis.call('ZREM', KEYS[1], number)
end
if redis.call('EXISTS', KEYS[2] .. ARGV[1]) == 0 then return -1 end
return 1
"""
# KEYS: counter, queue, lease prefix. ARGV: holder, lease ms, idle seconds. Returns {the new ticket, _TRY's
# answer for it}: taking a ticket and the first try in one script, so a conversation whose lock is free (each
# conversation has one message in flight) costs two round trips to Redis per message, not three.
_ISSUE = """
local n = redis.call('INCR', KEYS[1])
redis.call('EXPIRE', KEYS[1], ARGV[3])
redis.call('SET', KEYS[3] .. n, ARGV[1], 'PX', ARGV[2])
redis.call('ZADD', KEYS[2], n, n)
redis.call('EXPIRE', KEYS[2], ARGV[3])
local function try(KEYS, ARGV)
""" + _TRY + """
end
return {n, try({KEYS[2], KEYS[3]}, {tostring(n)})}
"""
# KEYS: queue, lease prefix. ARGV: ticket.
_RELEASE = """
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('DEL', KEYS[2] .. ARGV[1])
return 1
"""


def workers_requested() -> int:
    return settings.get().sanic_workers


class KansenbotLockStore(InMemoryLockStore):
    """Rasa's in-memory lock store, or leased ticket locks in Redis when KANSENBOT_REDIS_URL is set."""

    def __init__(self, endpoint_config: Any = None, redis_url: Optional[str] = None) -> None:
        super().__init__()
        url = redis_url if redis_url is not None else (settings.get().redis_url or "")
        if not url and workers_requested() > 1:
            raise ValueError(
                f"SANIC_WORKERS={workers_requested()} needs {REDIS_URL_ENV}: without Redis each worker would "
                "lock conversations only for itself (docs/deploy.md)."
            )
        self.redis_url = url
        self._redis: Any = None
        self._scripts: Any = None
        self.holder = f"{socket.gethostname()}:{os.getpid()}"

    @property
    def shared(self) -> bool:
        return bool(self.redis_url)

    def _client(self) -> Any:
        # Created on first use, inside the event loop of the process (and Sanic worker) that uses it.
        if self._redis is None:
            import redis.asyncio as redis

            self._redis = redis.Redis.from_url(
                self.redis_url, socket_timeout=REDIS_TIMEOUT_SECONDS, socket_connect_timeout=REDIS_TIMEOUT_SECONDS
            )
            self._scripts = {name: self._redis.register_script(code)
                             for name, code in (("issue", _ISSUE), ("try", _TRY), ("release", _RELEASE))}
        return self._redis

    @staticmethod
    def _keys(conversation_id: Text) -> tuple:
        base = KEY_PREFIX + conversation_id
        return base + ":next", base + ":queue", base + ":lease:"

    @asynccontextmanager
    async def lock(
        self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME, wait_time_in_seconds: float = 1
    ) -> AsyncIterator[Any]:
        if not self.shared:
            async with super().lock(conversation_id, lock_lifetime, wait_time_in_seconds) as ticket_lock:
                yield ticket_lock
            return
        self._client()
        counter, queue, lease = self._keys(conversation_id)
        lease_ms = int(LEASE_SECONDS * 1000)
        try:
            ticket, state = (int(value) for value in await self._scripts["issue"](
                keys=[counter, queue, lease], args=[self.holder, lease_ms, IDLE_KEY_SECONDS]))
        except Exception as error:  # Redis down or slow: the message fails visibly, never unlocked
            raise LockError(f"Could not take a ticket for a conversation: {type(error).__name__}") from None
        renewal = asyncio.ensure_future(self._renew(lease + str(ticket), lease_ms, time.monotonic() + lock_lifetime))
        try:
            while state != 1:
                if state == -1:
                    raise LockError("The conversation's lock lease ran out while waiting.")
                await asyncio.sleep(POLL_SECONDS)
                state = int(await self._scripts["try"](keys=[queue, lease], args=[ticket]))
            yield None
        finally:
            renewal.cancel()
            try:
                await self._scripts["release"](keys=[queue, lease], args=[ticket])
            except Exception as error:  # the lease runs out by itself
                logger.warning("Could not release a conversation lock (%s); it expires within %g s.",
                               type(error).__name__, LEASE_SECONDS)

    async def _renew(self, key: str, lease_ms: int, until: float) -> None:
        while time.monotonic() < until:
            await asyncio.sleep(min(RENEW_EVERY_SECONDS, max(0.0, until - time.monotonic())))
            try:
                await self._redis.set(key, self.holder, px=lease_ms, xx=True)
            except asyncio.CancelledError:
                raise
            except Exception as error:
                logger.warning("Could not renew a conversation lock: %s", type(error).__name__)
