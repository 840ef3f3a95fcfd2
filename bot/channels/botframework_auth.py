"""Bot Framework security: verifying Microsoft's signed requests and getting Kansenbot's own token.

Incoming: every request from the Bot Connector carries a JWT signed with one of Microsoft's keys. It is
checked the way Microsoft documents it ("Authenticate requests from the Bot Connector service to your
bot", learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication) and
the Bot Framework SDK does it (botframework-connector: JwtTokenValidation, ChannelValidation,
JwtTokenExtractor, EndorsementsValidator), and stricter where the SDK is lenient:

  1. "Bearer" scheme; a JWT signed with RS256 only (the algorithm the OpenID metadata names);
  2. a key from Microsoft's OpenID keys document (or the configured JWKS file);
  3. issuer https://api.botframework.com, audience = our app id, not expired (5 minutes clock skew);
  4. the key endorses the activity's channel. The SDK lets a key without endorsements through; here a
     key must list "msteams" (Microsoft: "If the endorsement is not present, your bot should reject");
  5. the token's ``serviceurl`` claim is present and equals the activity's serviceUrl (the SDK only
     compares when the claim is there), so a replayed token cannot send replies elsewhere;
  6. and before any of that, the activity itself: channelId "msteams" (Kansenbot is a Teams bot), its
     serviceUrl https on Microsoft's Teams service hosts (``ServiceUrlPolicy``: Kansenbot sends its
     access token there), and its tenant (channelData.tenant.id, conversation.tenantId) the school's own
     when a tenant is configured.

Rasa's channel downloads the signing keys when the server starts, which fails without internet. Here
the keys come from a JWKS file when one is configured (tests, air-gapped set-ups) and are otherwise
fetched from Microsoft on first use, refreshed daily, and when an unknown key id appears - but at most
once per KEYS_MIN_REFRESH_SECONDS, and concurrent requests share one download (a flood of tokens with
made-up key ids costs one download, not one each).

Outgoing: the access token comes from the single-tenant endpoint of the school's own Azure tenant
(Azure bots are single-tenant since July 2025), or the multi-tenant botframework.com endpoint for older
registrations without a tenant id.
"""
from __future__ import annotations

import asyncio
import ipaddress
import json
import logging
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Awaitable, Callable, Dict, FrozenSet, Iterable, Mapping, Optional, Tuple

import aiohttp
import jwt
from jwt.algorithms import RSAAlgorithm

logger = logging.getLogger(__name__)

OPENID_CONFIG_URL = "https://login.botframework.com/v1/.well-known/openidconfiguration"
BOT_CONNECTOR_ISSUER = "https://api.botframework.com"
TOKEN_SCOPE = "https://api.botframework.com/.default"
MULTI_TENANT = "botframework.com"
CLOCK_SKEW_SECONDS = 300
KEYS_MAX_AGE_SECONDS = 24 * 3600
# The SDK refreshes for an unknown key id at most once an hour; five minutes lets a real key rotation
# through sooner and still bounds the downloads an attacker can cause to 12 an hour.
KEYS_MIN_REFRESH_SECONDS = 300
HTTP_TIMEOUT = aiohttp.ClientTimeout(total=10)
TEAMS_CHANNEL_ID = "msteams"
# Microsoft's Teams service URLs: the public cloud, GCC, GCC High and DoD (Microsoft 365 Agents SDK,
# TeamsServiceEndpoints; checked 2026-12-03 in a stored copy). Dutch schools use the first.
DEFAULT_SERVICE_URL_HOSTS = (
    "smba.trafficmanager.net",
    "smba.infra.gcc.teams.microsoft.com",
    "smba.infra.gov.teams.microsoft.us",
    "smba.infra.dod.teams.microsoft.us",
)
# scheme://host[:port][/path]: no user info, query or fragment, a plain host name or IPv4 address.
_SERVICE_URL = re.compile(r"^(https?)://([a-z0-9.-]+)(?::(\d{1,5}))?(/[A-Za-z0-9._~%/-]*)?$", re.IGNORECASE)
_LOOPBACK_NAMES = {"localhost"}


class AuthError(Exception):
    """The request is not from the Bot Connector; the message is safe to return to the caller."""


def token_url_for(tenant_id: Optional[str]) -> str:
    return f"https://login.microsoftonline.com/{tenant_id or MULTI_TENANT}/oauth2/v2.0/token"


def _keys_by_id(jwks: Mapping[str, Any]) -> Dict[str, Dict[str, Any]]:
    keys = jwks.get("keys") if isinstance(jwks, Mapping) else None
    if not isinstance(keys, list) or not keys:
        raise ValueError("A JWKS needs a non-empty 'keys' list.")
    return {key["kid"]: key for key in keys if isinstance(key, dict) and key.get("kid")}


def load_jwks_file(path: str) -> Dict[str, Dict[str, Any]]:
    try:
        return _keys_by_id(json.loads(Path(path).read_text(encoding="utf-8")))
    except (OSError, ValueError) as error:
        raise ValueError(f"Cannot read the Bot Framework signing keys from {path}: {error}") from error


KeyFetcher = Callable[[], Awaitable[Dict[str, Dict[str, Any]]]]


class ConnectorKeys:
    """Microsoft's signing keys, from a fixed JWKS or fetched (and cached) from the OpenID metadata.

    A refresh happens when the keys are older than ``max_age_seconds`` or a token names a key id we do
    not have, but never twice within ``min_refresh_seconds`` (failed attempts count too), and requests
    that arrive during a download wait for that same download instead of starting their own.
    """

    def __init__(self, fixed_keys: Optional[Dict[str, Dict[str, Any]]] = None,
                 openid_config_url: str = OPENID_CONFIG_URL, *, fetch: Optional[KeyFetcher] = None,
                 clock: Callable[[], float] = time.monotonic,
                 min_refresh_seconds: float = KEYS_MIN_REFRESH_SECONDS,
                 max_age_seconds: float = KEYS_MAX_AGE_SECONDS) -> None:
        self._fixed = fixed_keys is not None
        self._keys: Dict[str, Dict[str, Any]] = dict(fixed_keys or {})
        self._openid_config_url = openid_config_url
        self._fetch: KeyFetcher = fetch or self._download
        self._clock = clock
        self._min_refresh = min_refresh_seconds
        self._max_age = max_age_seconds
        self._fetched_at: Optional[float] = None
        self._attempted_at: Optional[float] = None
        self._refreshing: Optional["asyncio.Future[None]"] = None

    async def get(self, kid: str) -> Optional[Dict[str, Any]]:
        if self._fixed:
            return self._keys.get(kid)
        fresh = self._fetched_at is not None and self._clock() - self._fetched_at < self._max_age
        if kid in self._keys and fresh:
            return self._keys[kid]
        if self._refreshing is None and self._may_refresh():
            self._attempted_at = self._clock()
            self._refreshing = asyncio.ensure_future(self._refresh())
        if self._refreshing is not None:
            # shield: one caller giving up (client gone) must not cancel the download for the others.
            await asyncio.shield(self._refreshing)
        return self._keys.get(kid)

    def _may_refresh(self) -> bool:
        return self._attempted_at is None or self._clock() - self._attempted_at >= self._min_refresh

    async def _refresh(self) -> None:
        try:
            self._keys = await self._fetch()
            self._fetched_at = self._clock()
        except (aiohttp.ClientError, asyncio.TimeoutError, KeyError, TypeError, ValueError) as error:
            # Keep the old keys; requests signed with an unknown key are refused until the next attempt.
            logger.warning("Could not fetch the Bot Framework signing keys (%s).", type(error).__name__)
        finally:
            self._refreshing = None

    async def _download(self) -> Dict[str, Dict[str, Any]]:
        async with aiohttp.ClientSession(timeout=HTTP_TIMEOUT) as session:
            async with session.get(self._openid_config_url) as config_response:
                config_response.raise_for_status()
                jwks_uri = (await config_response.json(content_type=None))["jwks_uri"]
            async with session.get(jwks_uri) as keys_response:
                keys_response.raise_for_status()
                return _keys_by_id(await keys_response.json(content_type=None))


def _is_loopback(host: str) -> bool:
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _origin(scheme: str, host: str, port: Optional[str]) -> Tuple[str, str, int]:
    return scheme.lower(), host.lower().rstrip("."), int(port) if port else (443 if scheme.lower() == "https" else 80)


class ServiceUrlPolicy:
    """Where Kansenbot may send replies - and with them its access token: https on Microsoft's hosts.

    Entries are host names (https, port 443) or origins ("https://host:port"). Plain http is accepted
    only for a loopback origin ("http://127.0.0.1:3978"), for tests and a local Bot Framework Emulator.
    """

    def __init__(self, entries: Iterable[str] = DEFAULT_SERVICE_URL_HOSTS) -> None:
        allowed = set()
        for entry in entries:
            text = str(entry).strip()
            match = _SERVICE_URL.match(text if "://" in text else f"https://{text}")
            if not match or (match.group(4) or "/") != "/":
                raise ValueError(f"service_url_hosts: {text!r} is not a host name or an origin like https://host:port")
            origin = _origin(match.group(1), match.group(2), match.group(3))
            if origin[0] != "https" and not _is_loopback(origin[1]):
                raise ValueError(f"service_url_hosts: {text!r} must use https (plain http only for loopback).")
            allowed.add(origin)
        if not allowed:
            raise ValueError("service_url_hosts is empty: Kansenbot could not reply to anyone.")
        self.allowed: FrozenSet[Tuple[str, str, int]] = frozenset(allowed)

    def allows(self, service_url: Any) -> bool:
        match = _SERVICE_URL.match(service_url) if isinstance(service_url, str) else None
        return bool(match) and _origin(match.group(1), match.group(2), match.group(3)) in self.allowed


def activity_tenants(activity: Mapping[str, Any]) -> Tuple[Any, ...]:
    """Every tenant id the activity names (Teams puts it in channelData.tenant.id and conversation.tenantId)."""
    channel_data = activity.get("channelData")
    tenant = channel_data.get("tenant") if isinstance(channel_data, Mapping) else None
    conversation = activity.get("conversation")
    found = (tenant.get("id") if isinstance(tenant, Mapping) else None,
             conversation.get("tenantId") if isinstance(conversation, Mapping) else None)
    return tuple(value for value in found if value is not None)


@dataclass(frozen=True)
class ConnectorAuth:
    """Verifies that a request comes from the Bot Connector, for the school's own Teams (see the module doc)."""

    app_id: str
    keys: ConnectorKeys
    tenant_id: Optional[str] = None
    service_urls: ServiceUrlPolicy = field(default_factory=ServiceUrlPolicy)

    async def verify(self, authorization: Optional[str], activity: Mapping[str, Any]) -> Dict[str, Any]:
        if not authorization:
            raise AuthError("No Authorization header.")
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise AuthError("The Authorization header must be 'Bearer <token>'.")
        token = token.strip()
        self.check_activity(activity)
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError:
            raise AuthError("The bearer token is not a valid JWT.") from None
        # Never trust the algorithm the token names: only Microsoft's RS256 is accepted.
        if header.get("alg") != "RS256":
            raise AuthError("The token must be signed with RS256.")
        jwk = await self.keys.get(str(header.get("kid", "")))
        if jwk is None:
            raise AuthError("The token is signed with an unknown key.")
        try:
            claims = jwt.decode(
                token,
                key=RSAAlgorithm.from_jwk(jwk),
                algorithms=["RS256"],
                audience=self.app_id,
                issuer=BOT_CONNECTOR_ISSUER,
                leeway=CLOCK_SKEW_SECONDS,
                options={"require": ["exp", "iss", "aud"]},
            )
        except jwt.PyJWTError as error:
            raise AuthError(f"The token was rejected ({type(error).__name__}).") from None

        endorsements = jwk.get("endorsements")
        if not isinstance(endorsements, list) or activity.get("channelId") not in endorsements:
            raise AuthError("The signing key does not endorse the msteams channel.")
        claimed = claims.get("serviceurl")
        if not isinstance(claimed, str) or not claimed:
            raise AuthError("The token has no serviceurl claim.")
        if claimed.rstrip("/") != str(activity.get("serviceUrl")).rstrip("/"):
            raise AuthError("The token was issued for another serviceUrl.")
        return claims

    def check_activity(self, activity: Mapping[str, Any]) -> None:
        """What the activity says about where it comes from, checked before any key is looked up."""
        if activity.get("channelId") != TEAMS_CHANNEL_ID:
            raise AuthError("Kansenbot accepts activities from Microsoft Teams only (channelId msteams).")
        if not self.service_urls.allows(activity.get("serviceUrl")):
            raise AuthError("The serviceUrl is not one of Microsoft's Teams service hosts.")
        if self.tenant_id:
            tenants = activity_tenants(activity)
            if not tenants or any(str(tenant).lower() != self.tenant_id.lower() for tenant in tenants):
                raise AuthError("The activity comes from another Microsoft 365 tenant.")


class TokenProvider:
    """Kansenbot's own access token for replying through the Bot Connector, cached until shortly before expiry."""

    _cache: Dict[Tuple[str, str], Tuple[str, float]] = {}
    _locks: Dict[Tuple[str, str], asyncio.Lock] = {}

    def __init__(self, app_id: str, app_password: str, token_url: str) -> None:
        self.app_id = app_id
        self._app_password = app_password
        self.token_url = token_url

    def __repr__(self) -> str:  # the password stays out of logs and tracebacks
        return f"TokenProvider(app_id={self.app_id!r}, token_url={self.token_url!r})"

    async def token(self) -> str:
        cache_key = (self.token_url, self.app_id)
        cached = self._cache.get(cache_key)
        if cached and cached[1] > time.monotonic():
            return cached[0]
        lock = self._locks.setdefault(cache_key, asyncio.Lock())
        async with lock:
            cached = self._cache.get(cache_key)
            if cached and cached[1] > time.monotonic():
                return cached[0]
            form = {
                "grant_type": "client_credentials",
                "client_id": self.app_id,
                "client_secret": self._app_password,
                "scope": TOKEN_SCOPE,
            }
            async with aiohttp.ClientSession(timeout=HTTP_TIMEOUT) as session:
                async with session.post(self.token_url, data=form) as response:
                    if response.status != 200:
                        raise RuntimeError(
                            f"The token endpoint {self.token_url} answered HTTP {response.status}: check "
                            "MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TENANT_ID."
                        )
                    body = await response.json(content_type=None)
            access_token = body["access_token"]
            # Renew a minute early so a reply never goes out with a token that expires in flight.
            expires_at = time.monotonic() + max(int(body.get("expires_in", 3600)) - 60, 0)
            self._cache[cache_key] = (access_token, expires_at)
            return access_token
