"""Keyed pseudonyms for stable platform ids (a Teams user id, an Azure AD object id).

A stable id links every conversation of one student, and through Microsoft Graph to a name. Kansenbot
stores HMAC-SHA256(key, id) instead: the same student keeps one conversation history, but without the
key nobody can go back from the pseudonym to the id, nor test guesses against it. The key comes from the
environment (``KANSENBOT_PSEUDONYM_KEY``) and never from a file in the repository. Rotating the key
starts every user with a fresh history, which is also how a school "forgets" old links.
"""
from __future__ import annotations

import hashlib
import hmac
from typing import Mapping, Optional

from bot import settings

PSEUDONYM_KEY_ENV = "KANSENBOT_PSEUDONYM_KEY"
MIN_KEY_LENGTH = 32
KEY_HINT = (
    f"Set {PSEUDONYM_KEY_ENV} to a long random secret (at least {MIN_KEY_LENGTH} characters), e.g. the output "
    'of: python -c "import secrets; print(secrets.token_hex(32))". Keep it out of git; '
    "changing it later gives every user a new pseudonym."
)


class PseudonymKeyError(RuntimeError):
    """The pseudonym key is missing or too weak; the message says how to fix it."""


def load_key(environ: Optional[Mapping[str, str]] = None) -> bytes:
    """The pseudonym key from the environment, or a PseudonymKeyError that explains what to set."""
    secret = (settings.get() if environ is None else settings.from_environ(environ)).pseudonym_key
    value = secret.get_secret_value() if secret is not None else ""
    if not value:
        raise PseudonymKeyError(f"{PSEUDONYM_KEY_ENV} is not set. {KEY_HINT}")
    if len(value) < MIN_KEY_LENGTH:
        raise PseudonymKeyError(f"{PSEUDONYM_KEY_ENV} is too short ({len(value)} characters). {KEY_HINT}")
    return value.encode("utf-8")


class Pseudonymiser:
    """Turns stable ids into pseudonyms with one key; ``prefix`` says which channel an id came from."""

    def __init__(self, key: bytes, prefix: str = "") -> None:
        if len(key) < MIN_KEY_LENGTH:
            raise PseudonymKeyError(f"The pseudonym key is too short ({len(key)} bytes). {KEY_HINT}")
        self._key = key
        self._prefix = prefix

    @classmethod
    def from_environment(cls, prefix: str = "", environ: Optional[Mapping[str, str]] = None) -> "Pseudonymiser":
        return cls(load_key(environ), prefix)

    def __call__(self, identifier: str) -> str:
        if not identifier:
            raise ValueError("Cannot pseudonymise an empty id.")
        digest = hmac.new(self._key, identifier.encode("utf-8"), hashlib.sha256).hexdigest()
        return f"{self._prefix}{digest}"

    def __repr__(self) -> str:  # never show the key in logs or tracebacks
        return f"Pseudonymiser(prefix={self._prefix!r})"
