"""A running Rasa server with Kansenbot's channels, for tests that talk to it like Teams or a browser would.

Once per test session: train the tiny fixture bot (tests/channels/fixtures/bot: keyword intents and
rules, ~10 s), start a fake Bot Connector (token endpoint + serviceUrl) on loopback, write a JWKS with a
test RSA key, and start `rasa run` with Kansenbot's channel classes and a SQLite tracker store.
"""
from __future__ import annotations

import json
import os
import re
import socket
import sqlite3
import subprocess
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional

import jwt
import pytest
import yaml
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm
from tests.support import wait_until_answering

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_BOT = Path(__file__).resolve().parent / "fixtures" / "bot"
RASA = ROOT / ".venv" / "bin" / "rasa"
PORTS = range(5400, 5500)  # this project's channel tests use 5400-5499

APP_ID = "00000000-1111-2222-3333-444444444444"
APP_PASSWORD = "test-app-password"
TENANT_ID = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"
PSEUDONYM_KEY = "test-pseudonym-key-0123456789abcdef0123456789abcdef"
KEY_ID = "kansenbot-test-key"
ALLOWED_ORIGIN = "https://www.school.example"


def free_port(exclude: tuple = ()) -> int:
    for port in PORTS:
        if port in exclude:
            continue
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("No free port in 5400-5499.")


@dataclass
class ConnectorCall:
    path: str
    headers: Dict[str, str]
    body: Any


class FakeConnector:
    """The Bot Connector and Azure AD token endpoint, as far as Kansenbot talks to them."""

    def __init__(self, port: int) -> None:
        self.calls: List[ConnectorCall] = []
        self._changed = threading.Condition()
        connector = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802 (http.server API)
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                body: Any = raw
                if "json" in (self.headers.get("Content-Type") or ""):
                    body = json.loads(raw)
                with connector._changed:
                    connector.calls.append(ConnectorCall(self.path, dict(self.headers), body))
                    connector._changed.notify_all()
                if self.path.endswith("/oauth2/v2.0/token"):
                    payload = {"token_type": "Bearer", "expires_in": 3600, "access_token": "test-access-token"}
                else:
                    payload = {"id": f"reply-{len(connector.calls)}"}
                data = json.dumps(payload).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.url = f"http://127.0.0.1:{port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def activities(self, conversation_id: Optional[str] = None) -> List[ConnectorCall]:
        return [call for call in self.calls if "/v3/conversations/" in call.path
                and (conversation_id is None or f"/v3/conversations/{conversation_id}/" in call.path)]

    def wait_for_activities(self, conversation_id: str, count: int = 1, timeout: float = 20) -> List[ConnectorCall]:
        deadline = time.monotonic() + timeout
        with self._changed:
            while len(self.activities(conversation_id)) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._changed.wait(remaining)
        return self.activities(conversation_id)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@dataclass
class ChannelBot:
    url: str
    port: int
    db_path: Path
    log_path: Path
    connector: FakeConnector
    signing_key: Any
    extra: Dict[str, Any] = field(default_factory=dict)

    def token(self, service_url: Optional[str] = None, key: Any = None, kid: str = KEY_ID,
              **claims: Any) -> str:
        now = int(time.time())
        payload = {"iss": "https://api.botframework.com", "aud": APP_ID, "nbf": now - 10,
                   "exp": now + 3600, "serviceurl": service_url or self.connector.url}
        payload.update(claims)
        return jwt.encode(payload, key or self.signing_key, algorithm="RS256", headers={"kid": kid})

    def post_activity(self, activity: Dict[str, Any], token: Optional[str] = "default",
                      raw: Optional[bytes] = None) -> "tuple[int, Dict[str, Any]]":
        headers = {"Content-Type": "application/json"}
        if token == "default":
            token = self.token(service_url=activity.get("serviceUrl"))
        if token:
            headers["Authorization"] = f"Bearer {token}"
        request = urllib.request.Request(f"{self.url}/webhooks/botframework/webhook",
                                         data=raw if raw is not None else json.dumps(activity).encode(),
                                         headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                return answer.status, json.loads(answer.read() or b"{}")
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"{}")

    def post_rest(self, body: Any) -> "tuple[int, Any]":
        request = urllib.request.Request(f"{self.url}/webhooks/rest/webhook",
                                         data=json.dumps(body).encode(),
                                         headers={"Content-Type": "application/json"}, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                return answer.status, json.loads(answer.read())
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"{}")

    def events(self, sender_id: Optional[str] = None) -> List[Dict[str, Any]]:
        with sqlite3.connect(self.db_path) as db:
            db.row_factory = sqlite3.Row
            query = "SELECT sender_id, type_name, data FROM events"
            rows = db.execute(query + (" WHERE sender_id = ?" if sender_id else ""),
                              (sender_id,) if sender_id else ()).fetchall()
        return [dict(row) for row in rows]

    def tracker_dump(self) -> str:
        """Every byte the tracker store holds, as text, for "never stored" assertions."""
        with sqlite3.connect(self.db_path) as db:
            tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
            return "\n".join(repr(row) for table in tables for row in db.execute(f"SELECT * FROM {table}"))

    def wait_for_user_event(self, sender_id: str, count: int = 1, timeout: float = 20) -> List[Dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while True:
            users = [event for event in self.events(sender_id) if event["type_name"] == "user"]
            if len(users) >= count or time.monotonic() > deadline:
                return users
            time.sleep(0.2)


@pytest.fixture(scope="session")
def channel_bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChannelBot]:
    work = tmp_path_factory.mktemp("channel-bot")
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", PYTHONPATH=str(ROOT), TF_CPP_MIN_LOG_LEVEL="2",
               KANSENBOT_PSEUDONYM_KEY=PSEUDONYM_KEY, KANSENBOT_ALLOWED_ORIGINS=ALLOWED_ORIGIN,
               MICROSOFT_APP_ID=APP_ID, MICROSOFT_APP_PASSWORD=APP_PASSWORD, MICROSOFT_APP_TENANT_ID=TENANT_ID)
    env.pop("KANSENBOT_BOTFRAMEWORK_JWKS", None)

    trained = subprocess.run(
        [str(RASA), "train", "--config", str(FIXTURE_BOT / "config.yml"), "--domain", str(FIXTURE_BOT / "domain.yml"),
         "--data", str(FIXTURE_BOT / "data"), str(ROOT / "data" / "nlu" / "crisis_patronen.yml"),
         "--out", str(work / "models"), "--fixed-model-name", "channels"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert trained.returncode == 0, trained.stdout[-3000:] + trained.stderr[-3000:]

    signing_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    jwk = json.loads(RSAAlgorithm.to_jwk(signing_key.public_key()))
    jwk.update({"kid": KEY_ID, "use": "sig", "alg": "RS256", "endorsements": ["msteams", "emulator"]})
    (work / "jwks.json").write_text(json.dumps({"keys": [jwk]}))

    connector = FakeConnector(free_port())
    port = free_port(exclude=(connector.server.server_address[1],))
    db_path = work / "tracker.db"
    (work / "endpoints.yml").write_text(yaml.safe_dump(
        {"tracker_store": {"type": "SQL", "dialect": "sqlite", "db": str(db_path)}}))
    # The repository's credentials.yml, with only what a test must change: where the signing keys and
    # the token endpoint are (both on loopback here).
    credentials = yaml.safe_load(re.sub(r"\$\{\w+\}", "", (ROOT / "credentials.yml").read_text()))
    teams = credentials["bot.channels.teams.TeamsInput"]
    teams.update({"app_id": APP_ID, "app_password": APP_PASSWORD, "tenant_id": TENANT_ID,
                  "jwks_path": str(work / "jwks.json"),
                  "token_url": f"{connector.url}/{TENANT_ID}/oauth2/v2.0/token"})
    (work / "credentials.yml").write_text(yaml.safe_dump(credentials))

    log_path = work / "rasa.log"
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [str(RASA), "run", "--model", str(work / "models" / "channels.tar.gz"),
             "--credentials", str(work / "credentials.yml"), "--endpoints", str(work / "endpoints.yml"),
             "--interface", "127.0.0.1", "--port", str(port), "--debug"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(f"{url}/webhooks/rest/", process, "rasa run", 180, log_path.read_text)
        yield ChannelBot(url, port, db_path, log_path, connector, signing_key)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        connector.close()
