"""Helpers shared by Kansenbot's tests (import as `from tests.support import ...`)."""
from __future__ import annotations

import contextlib
import json
import subprocess
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any, AsyncIterator, Callable, Dict, List, Optional

import pytest
import yaml

from bot.launcher.background import BackgroundBot
from bot.launcher.settings import ROOT


@dataclass(frozen=True)
class RunningBot:
    """Where the session's bot listens. All URLs are on 127.0.0.1 with ports chosen at start."""

    rasa_url: str  # e.g. http://127.0.0.1:41234
    action_server_url: str  # rasa-sdk action server; /health, /webhook
    tracker_db: Path  # this session's SQLite tracker store (a temporary file, not var/kansenbot.db)
    log_path: Path  # launcher + server output, handy in assertion messages
    process: BackgroundBot

    @property
    def rest_webhook(self) -> str:
        return f"{self.rasa_url}/webhooks/rest/webhook"

    @property
    def socketio_url(self) -> str:
        return self.rasa_url  # socket.io path /socket.io

    def send_rest(self, sender: str, message: str, metadata: Optional[Dict[str, Any]] = None) -> List[Dict[str, Any]]:
        """POST a user message over the REST channel and return the bot's replies (a list of dicts)."""
        body: Dict[str, Any] = {"sender": sender, "message": message}
        if metadata is not None:
            body["metadata"] = metadata
        request = urllib.request.Request(
            self.rest_webhook, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read())


def domain_response_texts(name: str) -> List[str]:
    """The texts of a response in domain.yml, so tests compare with the copy instead of repeating it."""
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    variations = (domain.get("responses") or {}).get(name)
    if not variations:
        pytest.fail(f"domain.yml has no response {name!r}")
    return [variation["text"] for variation in variations if "text" in variation]


def wait_until_answering(
    url: str, process: subprocess.Popen, name: str, timeout: float, log: Callable[[], str] = lambda: ""
) -> float:
    """Seconds until ``url`` answers 200; RuntimeError (with the log's tail) if ``process`` exits or time runs out."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited with {process.returncode}:\n{log()[-4000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return time.monotonic() - started
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{name} not ready within {timeout:.0f} s:\n{log()[-4000:]}")


@contextlib.asynccontextmanager
async def fake_action_server(handler: Callable[[Any], Any], port: int) -> AsyncIterator[str]:
    """An aiohttp stand-in for the action server on a loopback port; yields its webhook URL."""
    from aiohttp import web

    app = web.Application()
    app.router.add_post("/webhook", handler)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield f"http://127.0.0.1:{port}/webhook"
    finally:
        await runner.cleanup()
