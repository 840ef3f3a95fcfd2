"""Bot Framework security: verifying Microsoft's signed requests and getting Kansenbot's own token.

Incoming: every request from the Bot Connector carries a JWT signed with one of Microsoft's keys. It is
checked the way Microsoft documents it ("Authenticate requests from the Bot Connector service"): RS256
only, issuer api.botframework.com, audience = our app id, not expired (5 minutes clock skew), the key
endorses the activity's channel, and the token's ``serviceurl`` claim equals the activity's serviceUrl,
so a replayed token cannot make Kansenbot post replies (and its access token) to another host.

Rasa's channel downloads the signing keys when the server starts, which fails without internet. Here
the keys come from a JWKS file when one is configured (tests, air-gapped set-ups) and are otherwise
fetched from Microsoft on first use and refreshed daily or when an unknown key id appears.

Outgoing: the access token comes from the single-tenant endpoint of the school's own Azure tenant
(Azure bots are single-tenant since July 2025), or the multi-tenant botframework.com endpoint for older
registrations without a tenant id.
"""
from __future__ import annotations

import asyncio
import json
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Mapping, Optional, Tuple

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
UNKNOWN_KID_REFRESH_SECONDS = 300
HTTP_TIMEOUT = aiohttp.ClientTimeout(total=10)


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


class ConnectorKeys:
    """Microsoft's signing keys, from a fixed JWKS or fetched (and cached) from the OpenID metadata."""

    def __init__(self, fixed_keys: Optional[Dict[str, Dict[str, Any]]] = None,
                 openid_config_url: str = OPENID_CONFIG_URL) -> None:
        self._fixed = fixed_keys is not None
        self._keys: Dict[str, Dict[str, Any]] = dict(fixed_keys or {})
        self._openid_config_url = openid_config_url
        self._fetched_at = 0.0
        self._lock = asyncio.Lock()

    async def get(self, kid: str) -> Optional[Dict[str, Any]]:
        if not self._fixed:
            age = time.monotonic() - self._fetched_at
            stale = age > KEYS_MAX_AGE_SECONDS
            unknown = kid not in self._keys and age > UNKNOWN_KID_REFRESH_SECONDS
            if stale or unknown or not self._keys:
                await self._refresh()
        return self._keys.get(kid)

    async def _refresh(self) -> None:
        async with self._lock:
            try:
                async with aiohttp.ClientSession(timeout=HTTP_TIMEOUT) as session:
                    async with session.get(self._openid_config_url) as config_response:
                        config_response.raise_for_status()
                        jwks_uri = (await config_response.json(content_type=None))["jwks_uri"]
                    async with session.get(jwks_uri) as keys_response:
                        keys_response.raise_for_status()
                        self._keys = _keys_by_id(await keys_response.json(content_type=None))
            except (aiohttp.ClientError, asyncio.TimeoutError, KeyError, ValueError) as error:
                # Keep the old keys; requests signed with an unknown key are refused meanwhile.
                logger.warning("Could not fetch the Bot Framework signing keys (%s).", type(error).__name__)
            finally:
                self._fetched_at = time.monotonic()


@dataclass(frozen=True)
class ConnectorAuth:
    """Verifies the Authorization header of a Bot Connector request."""

    app_id: str
    keys: ConnectorKeys

    async def verify(self, authorization: Optional[str], activity: Mapping[str, Any]) -> Dict[str, Any]:
        if not authorization:
            raise AuthError("No Authorization header.")
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise AuthError("The Authorization header must be 'Bearer <token>'.")
        token = token.strip()
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
        channel_id = activity.get("channelId")
        if endorsements and channel_id not in endorsements:
            raise AuthError("The signing key does not endorse this channel.")
        service_url = activity.get("serviceUrl")
        if claims.get("serviceurl") and claims["serviceurl"].rstrip("/") != str(service_url).rstrip("/"):
            raise AuthError("The token was issued for another serviceUrl.")
        return claims


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
