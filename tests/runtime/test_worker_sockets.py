"""New connections are spread over the Sanic workers (bot/runtime/worker_sockets.py).

A small Sanic app (not Rasa: the same Sanic 21.12 start-up, seconds instead of a model load per worker)
runs with two workers, idle; 20 keep-alive connections are opened at once, as a load generator or a proxy
opens them, and each answers with the worker's process id. With Sanic's one shared socket all 20 went to
one worker in every burst measured (docs/setup-figures.md); with a socket per worker the kernel hashes
them over both, so each worker gets some (at least 2 of 20 fails by chance with probability 4e-5).
"""
from __future__ import annotations

import asyncio
import collections
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import aiohttp
import pytest

from bot.runtime import worker_sockets
from tests.support import child_pids, free_port, listening_sockets

ROOT = Path(__file__).resolve().parents[2]

APP = textwrap.dedent("""
    import os, sys
    from sanic import Sanic, response

    if sys.argv[2] == "patched":
        from bot.runtime.worker_sockets import listen_in_every_worker
        listen_in_every_worker()

    app = Sanic("worker_spread")

    @app.get("/")
    async def pid(request):
        return response.text(str(os.getpid()))

    app.run(host="127.0.0.1", port=int(sys.argv[1]), workers=2, access_log=False)
""")


async def _burst(port: int, connections: int = 20) -> collections.Counter:
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=connections, force_close=False)) as session:
        async def one() -> str:
            async with session.get(f"http://127.0.0.1:{port}/") as reply:
                return await reply.text()
        return collections.Counter(await asyncio.gather(*(one() for _ in range(connections))))


def _wait_for(port: int, server: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert server.poll() is None, server.stdout.read()
        # Both workers started and listening (with a socket per worker, each listens once it has started).
        workers = child_pids(server.pid)
        if len(workers) == 2 and all(listening_sockets(pid, port) for pid in workers):
            try:
                if len(asyncio.run(_burst(port, 1))) == 1:
                    return
            except aiohttp.ClientError:
                pass
        time.sleep(0.2)
    raise AssertionError("the test server did not answer")


def _run(mode: str, bursts: int = 3) -> tuple:
    """(listening sockets per worker, connections per worker in each burst)"""
    port = free_port()
    server = subprocess.Popen([sys.executable, "-c", APP, str(port), mode], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, start_new_session=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        _wait_for(port, server)
        sockets = [listening_sockets(pid, port) for pid in child_pids(server.pid)]
        return sockets, [asyncio.run(_burst(port)) for _ in range(bursts)]
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


@pytest.mark.skipif(not worker_sockets.supported(), reason="no SO_REUSEPORT on this system")
def test_each_worker_listens_on_its_own_socket_and_gets_connections():
    sockets, spreads = _run("patched")
    # Sanic's own start-up: both workers hold the one shared listening socket.
    assert len(sockets) == 2 and all(len(held) == 1 for held in sockets), sockets
    assert sockets[0] != sockets[1], "the workers share one listening socket"
    for spread in spreads:
        assert len(spread) == 2, spread
        assert min(spread.values()) >= 2, spread


def test_a_port_another_server_of_the_same_user_listens_on_fails_the_start():
    # SO_REUSEPORT alone would let a second multi-worker Kansenbot join the first one's listening group and
    # take part of its students, without an error; the plain probe bind refuses, as Sanic's own bind does.
    import socket

    other = socket.socket()
    other.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    other.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    other.bind(("127.0.0.1", 0))
    other.listen()
    try:
        with pytest.raises(OSError):
            worker_sockets.reserve_address("127.0.0.1", other.getsockname()[1]).close()
    finally:
        other.close()
    # A free port still works, and is only reserved (not listening) until the workers bind their own sockets.
    reserved = worker_sockets.reserve_address("127.0.0.1", free_port())
    try:
        worker_sockets.worker_socket(reserved).close()
    finally:
        worker_sockets._RESERVED.discard(reserved.fileno())
        reserved.close()
