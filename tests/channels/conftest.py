"""Fixtures for the channel tests; the harness lives in channel_harness.py (a unique module name, so
it cannot clash with other conftest modules on sys.path)."""
import sys

from tests.channels.channel_harness import ROOT, channel_bot, channel_model  # noqa: F401 (pytest fixtures)

# `make test` sets PYTHONPATH; this lets `pytest tests/channels` work on its own too.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
