"""Fixtures for the channel tests; the harness lives in channel_harness.py (a unique module name, so
it cannot clash with other conftest modules on sys.path)."""
from channel_harness import channel_bot  # noqa: F401 (a pytest fixture)
