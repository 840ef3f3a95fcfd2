"""Small, server-less checks of the pieces the channels share."""
from __future__ import annotations

import hashlib
import hmac

import pytest

from bot.channels.botframework_auth import token_url_for
from bot.channels.guard import max_message_chars
from bot.channels.metadata import clean_text, safe_metadata
from bot.channels.webchat import OriginPolicy, parse_origins
from bot.privacy.pseudonym import PSEUDONYM_KEY_ENV, Pseudonymiser, PseudonymKeyError, load_key

KEY = "k" * 40


def test_pseudonym_is_hmac_sha256_of_the_id_with_the_key() -> None:
    pseudonym = Pseudonymiser.from_environment(prefix="teams-", environ={PSEUDONYM_KEY_ENV: KEY})
    expected = hmac.new(KEY.encode(), b"29:abc", hashlib.sha256).hexdigest()
    assert pseudonym("29:abc") == "teams-" + expected
    assert pseudonym("29:abc") == pseudonym("29:abc") != pseudonym("29:abd")
    assert Pseudonymiser(b"x" * 40)("29:abc") != pseudonym("29:abc")[len("teams-"):]
    assert KEY not in repr(pseudonym)


@pytest.mark.parametrize("environ, complaint", [({}, "is not set"), ({PSEUDONYM_KEY_ENV: "short"}, "too short")])
def test_missing_or_weak_key_is_refused_with_advice(environ: dict, complaint: str) -> None:
    with pytest.raises(PseudonymKeyError, match=complaint) as error:
        load_key(environ)
    assert "secrets.token_hex" in str(error.value)


def test_metadata_whitelist_drops_personal_and_unknown_values() -> None:
    raw = {"school": "voorbeeld-roc", "rol": "docent", "locale": "nl-NL", "name": "Jan", "aadObjectId": "x",
           "conversation_type": "personal", "email": "jan@example.nl"}
    assert safe_metadata(raw) == {"school": "voorbeeld-roc", "rol": "docent", "locale": "nl-NL",
                                  "conversation_type": "personal"}
    assert safe_metadata({"school": "Jan de Vries <script>", "rol": "rector", "locale": "x" * 40}) == {}
    assert safe_metadata(None, school="voorbeeld-roc", locale=None) == {"school": "voorbeeld-roc"}
    assert safe_metadata("not a dict") == {}


def test_clean_text_scrubs_caps_and_rejects_non_text() -> None:
    assert clean_text(None) is None and clean_text(42) is None
    assert "jan@example.nl" not in clean_text("mail jan@example.nl")
    assert len(clean_text("a" * 5000)) == max_message_chars()


def test_single_and_multi_tenant_token_endpoints() -> None:
    assert token_url_for("tenant-guid") == "https://login.microsoftonline.com/tenant-guid/oauth2/v2.0/token"
    assert token_url_for(None) == "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token"


def test_origin_policy() -> None:
    default = OriginPolicy([])
    assert default("http://localhost:5005") and default("http://127.0.0.1:8080")
    assert not default("https://evil.example") and not default("http://localhost.evil.example")
    configured = OriginPolicy(parse_origins(" https://www.school.nl/ , https://intranet.school.nl"))
    assert configured("https://www.school.nl") and configured("https://intranet.school.nl")
    assert not configured("http://localhost:5005") and not configured("https://www.school.nl.evil.example")
    assert configured("https://kansenbot.school.nl", {"HTTP_HOST": "kansenbot.school.nl"})
    assert configured(None)


def test_teams_is_off_without_app_id_and_refuses_half_configurations(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.channels.teams import TeamsInput

    monkeypatch.delenv(PSEUDONYM_KEY_ENV, raising=False)
    assert TeamsInput.from_credentials({"app_id": "", "app_password": ""}).configured is False
    with pytest.raises(ValueError, match="MICROSOFT_APP_PASSWORD is empty"):
        TeamsInput.from_credentials({"app_id": "some-app"})
    with pytest.raises(PseudonymKeyError, match="is not set"):
        TeamsInput.from_credentials({"app_id": "some-app", "app_password": "secret"})
    monkeypatch.setenv(PSEUDONYM_KEY_ENV, KEY)
    teams = TeamsInput.from_credentials({"app_id": "some-app", "app_password": "secret", "tenant_id": "t-1"})
    assert teams.configured and teams.tokens.token_url.endswith("/t-1/oauth2/v2.0/token")
    assert "secret" not in repr(teams.tokens)


def test_signing_keys_are_fetched_on_first_use_and_refetched_at_most_every_few_minutes() -> None:
    """The path without an injected JWKS: OpenID metadata -> jwks_uri -> keys, cached."""
    import asyncio
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from bot.channels.botframework_auth import ConnectorKeys
    from tests.support import free_port

    hits = []

    class Microsoft(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            hits.append(self.path)
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            body = {"jwks_uri": f"{base}/keys"} if self.path == "/openid" else {
                "keys": [{"kid": "k1", "kty": "RSA", "n": "AQAB", "e": "AQAB", "endorsements": ["msteams"]}]}
            data = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", free_port()), Microsoft)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        keys = ConnectorKeys(openid_config_url=f"http://127.0.0.1:{server.server_address[1]}/openid")

        async def scenario() -> None:
            assert (await keys.get("k1"))["endorsements"] == ["msteams"]
            assert await keys.get("unknown") is None  # no second download within five minutes
            assert (await keys.get("k1"))["kid"] == "k1"

        asyncio.run(scenario())
        assert hits == ["/openid", "/keys"]
    finally:
        server.shutdown()
        server.server_close()


def test_unreachable_key_server_means_refused_requests_not_a_crash() -> None:
    import asyncio

    from bot.channels.botframework_auth import AuthError, ConnectorAuth, ConnectorKeys
    from tests.support import free_port

    keys = ConnectorKeys(openid_config_url=f"http://127.0.0.1:{free_port()}/openid")
    auth = ConnectorAuth("app", keys)
    import jwt as pyjwt
    from cryptography.hazmat.primitives.asymmetric import rsa

    token = pyjwt.encode({"aud": "app"}, rsa.generate_private_key(public_exponent=65537, key_size=2048),
                         algorithm="RS256", headers={"kid": "k1"})
    activity = {"channelId": "msteams", "serviceUrl": "https://smba.trafficmanager.net/emea/"}
    with pytest.raises(AuthError, match="unknown key"):
        asyncio.run(auth.verify(f"Bearer {token}", activity))


@pytest.mark.parametrize("payload", [
    "/geen_laptop", '/digitale_vaardigheid{"tool":"teams"}', "/geen_laptop+geldzorgen",
    '/regelingen{"gemeente": "\'s-Hertogenbosch", "betaalt_voor": "device"}', '/regelingen{"gemeente":"Súdwest-Fryslân"}',
])
def test_button_payloads_route_exactly_as_written(payload: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.privacy import scrubber

    monkeypatch.setattr(scrubber, "scrub_text", lambda text: "[SCRUBBED]")
    assert clean_text(payload) == payload


@pytest.mark.parametrize("text", [
    "ik heb geen laptop", "/geen_laptop bel me op 0612345678", '/geen_laptop{"school": {"naam": "Jan"}}',
    '/geen_laptop{"Naam":"Jan"}',
])
def test_everything_else_goes_through_the_scrubber(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.privacy import scrubber

    monkeypatch.setattr(scrubber, "scrub_text", lambda text: "[SCRUBBED]")
    assert clean_text(text) == "[SCRUBBED]"


@pytest.mark.parametrize("payload, expected", [
    ('/regelingen{"gemeente":"0612345678"}', '/regelingen{"gemeente":"[TELEFOON]"}'),
    ('/geen_laptop{"school":"Jan Jansen 0612345678"}', '/geen_laptop{"school":"[NAAM] [TELEFOON]"}'),
    ('/geen_laptop{"naam":"jan@example.nl"}', '/geen_laptop{"naam":"[EMAIL]"}'),
    ('/geen_laptop{"school":"sanne bakker"}', '/geen_laptop{"school":"[NAAM]"}'),
    ('/regelingen{"leeftijd":"18_plus","pagina":2}', '/regelingen{"leeftijd":"18_plus","pagina":2}'),
])
def test_a_payload_keeps_its_intent_but_unknown_values_are_scrubbed(payload: str, expected: str) -> None:
    assert clean_text(payload) == expected
