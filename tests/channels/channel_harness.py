"""A running Rasa server with Kansenbot's channels, for tests that talk to it like Teams or a browser would.

Once per test session: train the tiny fixture bot (tests/channels/fixtures/bot: keyword intents and
rules, ~10 s), start a fake Bot Connector (token endpoint + serviceUrl) on loopback, write a JWKS with a
test RSA key, and start the Rasa server (bot/launcher/servers.py, as the launcher does) with Kansenbot's
channel classes and Rasa's plain SQL tracker store: what the channels themselves store, without the
tracker store's second scrubbing.
"""
from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
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
from bot.launcher import servers
from bot.launcher.settings import server_env
from tests.support import free_port, wait_until_answering

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_BOT = Path(__file__).resolve().parent / "fixtures" / "bot"

APP_ID = "00000000-1111-2222-3333-444444444444"
APP_PASSWORD = "test-app-password"
TENANT_ID = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"
PSEUDONYM_KEY = "test-pseudonym-key-0123456789abcdef0123456789abcdef"
KEY_ID = "kansenbot-test-key"
ALLOWED_ORIGIN = "https://www.school.example"
BOT_ID = f"28:{APP_ID}"
# Responses the fixture bot takes from the project's domain.yml (the real Dutch copy).
SHARED_RESPONSES = ("utter_teams_alleen_prive",)
# Extra keys the server trusts: one without endorsements, one that endorses another channel only.
UNENDORSED_KEY_ID = "kansenbot-test-key-no-endorsements"
WEBCHAT_KEY_ID = "kansenbot-test-key-webchat-only"


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
        payload = {name: value for name, value in payload.items() if value is not None}  # None: leave the claim out
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


def teams_user() -> Dict[str, str]:
    suffix = uuid.uuid4().hex[:8]
    return {"id": f"29:1AbCdEfTeamsUserId{suffix}", "aadObjectId": f"9d3b2a1c-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
            "name": "Fatima El Amrani"}


def activity(bot: "ChannelBot", user: Dict[str, str], conversation_id: str, **fields: Any) -> Dict[str, Any]:
    body = {
        "type": "message",
        "id": uuid.uuid4().hex,
        "timestamp": "2026-11-23T09:00:00.000Z",
        "channelId": "msteams",
        "serviceUrl": bot.connector.url + "/teams/",
        "from": user,
        "conversation": {"id": conversation_id, "conversationType": "personal", "tenantId": TENANT_ID},
        "recipient": {"id": BOT_ID, "name": "Kansenbot"},
        "locale": "nl-NL",
        "textFormat": "plain",
        "entities": [{"type": "clientInfo", "locale": "nl-NL", "country": "NL", "platform": "Android"}],
        "channelData": {"tenant": {"id": TENANT_ID}},
    }
    body.update(fields)
    return body


def new_conversation() -> str:
    return f"a:1Conv{uuid.uuid4().hex}"


def write_test_jwks(path: Path) -> Dict[str, Any]:
    """Test RSA keys whose public halves are written as the Bot Connector's JWKS; returns the private keys
    by key id: KEY_ID endorses msteams (the one to sign with), UNENDORSED_KEY_ID has no endorsements,
    WEBCHAT_KEY_ID endorses another channel only (the Teams channel must refuse the last two)."""
    keys, private = [], {}
    for kid, endorsements in ((KEY_ID, ["msteams", "emulator"]), (UNENDORSED_KEY_ID, None),
                              (WEBCHAT_KEY_ID, ["webchat"])):
        private[kid] = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        jwk = json.loads(RSAAlgorithm.to_jwk(private[kid].public_key()))
        jwk.update({"kid": kid, "use": "sig", "alg": "RS256"})
        if endorsements is not None:
            jwk["endorsements"] = endorsements
        keys.append(jwk)
    path.write_text(json.dumps({"keys": keys}))
    return private


def teams_credentials(jwks_path: Path, connector: FakeConnector) -> Dict[str, Any]:
    """The repository's Teams channel settings, with the keys, the token endpoint and the serviceUrl on
    loopback: the fake Bot Connector is plain http on loopback; Microsoft's hosts stay allowed too."""
    credentials = yaml.safe_load(re.sub(r"\$\{\w+\}", "", (ROOT / "credentials.yml").read_text()))
    teams = credentials["bot.channels.teams.TeamsInput"]
    teams.update({"app_id": APP_ID, "app_password": APP_PASSWORD, "tenant_id": TENANT_ID,
                  "jwks_path": str(jwks_path), "token_url": f"{connector.url}/{TENANT_ID}/oauth2/v2.0/token",
                  "service_url_hosts": ["smba.trafficmanager.net", connector.url]})
    return credentials


def channel_env() -> Dict[str, str]:
    env = server_env(KANSENBOT_PSEUDONYM_KEY=PSEUDONYM_KEY, KANSENBOT_ALLOWED_ORIGINS=ALLOWED_ORIGIN,
                     MICROSOFT_APP_ID=APP_ID, MICROSOFT_APP_PASSWORD=APP_PASSWORD, MICROSOFT_APP_TENANT_ID=TENANT_ID)
    env.pop("KANSENBOT_BOTFRAMEWORK_JWKS", None)
    return env


@pytest.fixture(scope="session")
def channel_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture bot's model: a few intents, the crisis patterns and CrisisGuard, action_crisis."""
    work = tmp_path_factory.mktemp("channel-model")
    env = channel_env()
    domain = yaml.safe_load((FIXTURE_BOT / "domain.yml").read_text(encoding="utf-8"))
    project_responses = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"]
    domain["responses"].update({name: project_responses[name] for name in SHARED_RESPONSES})
    (work / "domain.yml").write_text(yaml.safe_dump(domain, allow_unicode=True, sort_keys=False), encoding="utf-8")
    trained = subprocess.run(
        [sys.executable, "-m", "rasa", "train", "--config", str(FIXTURE_BOT / "config.yml"), "--domain", str(work / "domain.yml"),
         "--data", str(FIXTURE_BOT / "data"), str(ROOT / "data" / "nlu" / "crisis_patronen.yml"),
         "--out", str(work / "models"), "--fixed-model-name", "channels"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert trained.returncode == 0, trained.stdout[-3000:] + trained.stderr[-3000:]
    return work / "models" / "channels.tar.gz"


@pytest.fixture(scope="session")
def channel_bot(channel_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChannelBot]:
    work = tmp_path_factory.mktemp("channel-bot")
    env = channel_env()
    keys = write_test_jwks(work / "jwks.json")

    connector = FakeConnector(free_port())
    port = free_port()
    db_path = work / "tracker.db"
    (work / "endpoints.yml").write_text(yaml.safe_dump(
        {"tracker_store": {"type": "SQL", "dialect": "sqlite", "db": str(db_path)}}))
    # The repository's credentials.yml, with only what a test must change: where the signing keys, the
    # token endpoint and the Bot Connector are (all on loopback here).
    (work / "credentials.yml").write_text(yaml.safe_dump(teams_credentials(work / "jwks.json", connector)))

    log_path = work / "rasa.log"
    server = servers.start_rasa_server(channel_model, "127.0.0.1", port, env,
                                       credentials=work / "credentials.yml", endpoints=work / "endpoints.yml",
                                       debug=True, log_path=log_path)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(server.ready_url, server.process, "Rasa server", 180, server.log)
        yield ChannelBot(url, port, db_path, log_path, connector, keys[KEY_ID], extra={"keys": keys})
    finally:
        server.stop(grace=20)
        connector.close()
