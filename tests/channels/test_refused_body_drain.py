"""A body over Sanic's size cap gets the 413 answer, not a connection reset (bot/channels/limits.py).

Sanic refuses the body from its Content-Length and, left alone, closes the socket while the client is still
sending: the kernel then resets the connection and a client such as urllib fails before it reads the 413.
These tests run a real Sanic server on loopback (TCP, not ASGI: the reset only happens on a real socket)
with the same 413 handler shape as the REST channel, and a plain blocking client.
"""
import asyncio
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Tuple

import pytest

from bot.channels import limits
from tests.channels.drain_server import DRAIN_BYTES

SERVER = Path(__file__).with_name("drain_server.py")


@pytest.fixture(scope="module")
def port():
    """The server runs in a child process: Sanic 21.12 can start only one app per process (its TouchUp
    step fails on the second), and the other channel tests start theirs in this one."""
    child = subprocess.Popen([sys.executable, str(SERVER)], stdout=subprocess.PIPE, text=True,
                             cwd=SERVER.parents[2])
    try:
        lines = []
        for line in child.stdout:  # Sanic's start-up banner comes first
            lines.append(line)
            if line.startswith("port ") or len(lines) > 50:
                break
        assert lines and lines[-1].startswith("port "), f"the drain test server did not start: {lines!r}"
        yield int(lines[-1].split()[1])
    finally:
        child.terminate()
        child.wait(timeout=10)


def post(port: int, body: bytes) -> Tuple[int, bytes]:
    request = urllib.request.Request(f"http://127.0.0.1:{port}/webhook", data=body, method="POST")
    request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def health(port: int) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as answer:
        assert answer.status == 200
    return time.perf_counter() - started


def send_slowly(port: int, body: bytes, piece: int = 32 * 1024, pause: float = 0.002) -> bytes:
    """POST ``body`` the way a client on a slow (phone) connection does: in pieces, and only then read the
    answer, as urllib and requests do. Raises ConnectionError when the server resets while it is sending."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(b"POST /webhook HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: %d\r\n\r\n" % len(body))
        for start in range(0, len(body), piece):
            sock.sendall(body[start:start + piece])
            time.sleep(pause)
        answer = b""
        while not answer.endswith(b"}"):
            chunk = sock.recv(65536)
            if not chunk:
                break
            answer += chunk
        return answer


def test_a_body_over_the_cap_gets_the_413_and_not_a_reset_while_the_client_still_sends(port):
    one_megabyte = b'{"message": "' + b"laptop " * 150_000 + b'"}'
    # Without draining, the server closed after the first pieces and this client failed while sending.
    answer = send_slowly(port, one_megabyte)
    assert answer.startswith(b"HTTP/1.1 413") and b"te lang" in answer
    # The same through urllib, a few times over (on a busy machine it raced into a reset without draining).
    assert [post(port, one_megabyte)[0] for _ in range(3)] == [413] * 3
    assert post(port, b'{"message": "hoi"}')[0] == 200


def test_a_body_past_the_drain_limit_is_cut_off_and_the_server_keeps_serving(port):
    try:
        outcome = post(port, b"x" * (3 * DRAIN_BYTES))
    except (urllib.error.URLError, ConnectionError) as error:
        outcome = ("cut off", str(error))
    health_seconds = health(port)
    # Either the client read the 413 before the reset, or it was cut off; never a 200 and never a hang.
    assert outcome[0] in (413, "cut off")
    assert health_seconds < 1.0


def test_a_client_that_announces_a_big_body_and_sends_nothing_is_let_go_after_the_time_limit(port):
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(b"POST /webhook HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 1000000\r\n\r\n")
        started = time.perf_counter()
        health_during = health(port)
        answer = b""
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            answer += chunk
        held_seconds = time.perf_counter() - started
    assert answer.startswith(b"HTTP/1.1 413")
    assert 1.5 < held_seconds < 6.0, held_seconds
    assert health_during < 1.0


@pytest.mark.parametrize("request_stub", [object(), type("NoBody", (), {"stream": None})()])
def test_draining_a_request_without_a_body_stream_reads_nothing(request_stub):
    assert asyncio.run(limits.drain_refused_body(request_stub)) == 0
