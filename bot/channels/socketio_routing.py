"""Engine.io session ids that name their replica, so a proxy can route long-polling back to it.

A socket.io session lives in the memory of one Rasa process. Over WebSocket that is no problem: the whole
session is one TCP connection. Over HTTP long-polling (the widget's fallback where a school network blocks
WebSockets) every poll is a new request carrying ``?sid=...``, and it must reach the process that created
the session. Cookies cannot pin it: the widget sends none (``credentials: "omit"``), and one school's
students share one IP address behind its NAT, so hashing on the address would put a whole school on one
replica. Instead each replica puts its name in front of the ids it hands out (``r1.Xk3...``) and the proxy
sends ``sid=r1.*`` to replica r1 (deploy/haproxy/haproxy.cfg). The first request of a session carries no
sid and may go to any replica. When a replica is gone, its sessions end; the widget reconnects to another
replica and re-sends what was not acknowledged (bot/runtime/idempotency.py keeps that exactly-once).

The name comes from KANSENBOT_REPLICA (letters, digits and "-"; empty = no prefix, one replica).
"""
from __future__ import annotations

import os
import re
from typing import Optional

import engineio
import socketio

REPLICA_ENV = "KANSENBOT_REPLICA"
_REPLICA = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,62}$")


def replica_name(value: Optional[str] = None) -> str:
    """This process's replica name ("" for none); ValueError for a name a proxy rule could not match."""
    name = (os.environ.get(REPLICA_ENV, "") if value is None else value).strip()
    if name and not _REPLICA.match(name):
        raise ValueError(f"{REPLICA_ENV}={name!r}: use letters, digits and '-' (at most 63), e.g. r1.")
    return name


class ReplicaEngineIOServer(engineio.AsyncServer):
    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003 - engine.io's own options
        super().__init__(*args, **kwargs)
        self.replica = replica_name()

    def generate_id(self) -> str:
        session_id = super().generate_id()
        return f"{self.replica}.{session_id}" if self.replica else session_id


class ReplicaAsyncServer(socketio.AsyncServer):
    """python-socketio's server on top of the engine.io server above."""

    def _engineio_server_class(self):  # noqa: ANN202 - python-socketio's factory hook
        return ReplicaEngineIOServer
