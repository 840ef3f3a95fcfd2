"""Every Sanic worker listens on a socket of its own (SO_REUSEPORT), so new connections are spread over them.

Sanic 21.12 (``serve_multiple``, used when SANIC_WORKERS > 1) binds one listening socket and hands it to
every worker process. New connections wait in that socket's one queue, and whichever worker happens to be
in its event loop's poll when they arrive takes all of them (uvloop accepts until the queue is empty).
Clients and proxies then keep their connections open (keep-alive), so a worker that got no connections
stays idle while the other one is saturated. Measured on this machine with the project model, 2 workers
and 20 connections opened at once (docs/setup-figures.md, "Two workers"): on an idle server all 20 went to
one worker in 8 of 8 bursts; on a busy one in 3 of 8 (the others 13/7, 11/9, 9/11, 13/7, 4/16). That is
why two workers did 0.82 times the turns of one process on a quiet machine.

Here each worker binds its own listening socket to the same address with SO_REUSEPORT, and Linux hands
each new connection to one of them by a hash of the connection's addresses: an even spread on average,
whichever worker is awake. The parent process's socket keeps the address reserved (so a port that is in
use still fails at start, in the parent, with Sanic's own error) but never listens, so no connection
waits in a queue nobody accepts from. Trade-offs: a connection goes to its worker even when that worker
is busy (the shared queue let an idle worker take it; the hash does not look at load), and connections
not yet accepted by a worker that dies are reset, as its open requests are anyway. Linux lets only
sockets of the same user join a SO_REUSEPORT group, so another user's process cannot take connections; a
listening server of the same user on the port makes the start fail (reserve_address).

One worker (the default, `make run`) is not touched: Sanic binds its socket itself in that case.
"""
from __future__ import annotations

import socket
from typing import Any, Callable, Optional, Set

# File descriptors of the parent's reserving sockets; workers are forked, so they see the same numbers.
_RESERVED: Set[int] = set()
_sanic_serve: Optional[Callable[..., Any]] = None


def supported() -> bool:
    return hasattr(socket, "SO_REUSEPORT")


def _new_socket(host: Optional[str], port: int) -> socket.socket:
    family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0][0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    return sock


def reserve_address(host: str, port: int, *, backlog: int = 100) -> socket.socket:
    """In place of Sanic's ``bind_socket`` in ``serve_multiple``: bound, inheritable, not listening.

    First a plain bind (without SO_REUSEPORT) on the address: SO_REUSEPORT would let this server join the
    listening group of another server of the same user on that port (a second `make run`, an overlapping
    deploy with another model), and students would be split over both without an error. The probe fails
    with "address already in use" as Sanic's own bind would."""
    family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0][0]
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # a restart with TIME_WAIT connections is fine
        probe.bind((host, port))
    sock = _new_socket(host, port)
    sock.bind((host, port))
    _RESERVED.add(sock.fileno())
    return sock


def worker_socket(reserved: socket.socket) -> socket.socket:
    """A socket of this worker's own on the reserved address. Sanic's server listens on it once the
    worker has started (after Rasa loaded the model), so a worker still loading gets no connections."""
    address = reserved.getsockname()
    sock = _new_socket(address[0], address[1])
    sock.bind(address)
    return sock


def _serve(*args: Any, **kwargs: Any) -> Any:
    sock = kwargs.get("sock")
    if kwargs.get("run_multiple") and sock is not None and sock.fileno() in _RESERVED:
        kwargs["sock"] = worker_socket(sock)
    return _sanic_serve(*args, **kwargs)


def listen_in_every_worker() -> None:
    """Patch Sanic 21.12's multi-worker start (``sanic.server.runners``); idempotent, and a no-op where the
    system has no SO_REUSEPORT (the shared socket stays)."""
    global _sanic_serve
    if _sanic_serve is not None or not supported():
        return
    from sanic.server import runners

    _sanic_serve = runners.serve
    # serve_multiple looks both names up in its module when it runs: it binds with the first and starts
    # every worker process with the second.
    runners.bind_socket = reserve_address
    runners.serve = _serve
