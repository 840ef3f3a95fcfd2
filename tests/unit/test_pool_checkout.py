"""The pool's checkout check (bot/storage/database.py): a dead connection is refused without a round trip."""
import os
import resource
import socket

import pytest

from bot.storage import database


def test_an_idle_socket_is_alive_and_a_closed_peer_is_dead():
    ours, theirs = socket.socketpair()
    try:
        assert database._readable(ours.fileno()) is False
        theirs.close()  # the server ends the connection
        assert database._readable(ours.fileno()) is True
    finally:
        ours.close()


def test_a_descriptor_above_1024_is_checked_not_refused():
    # select.select raises ValueError for fd >= 1024: every checkout of a busy process would count as dead.
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < 1200:
        pytest.skip("this machine allows fewer than 1200 open files")
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, 1200), hard))
    ours, theirs = socket.socketpair()
    high = os.dup2(ours.fileno(), 1100)
    try:
        assert database._readable(high) is False
        theirs.close()
        assert database._readable(high) is True
    finally:
        os.close(high)
        ours.close()
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
