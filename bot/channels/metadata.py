"""What a channel may hand to Rasa besides the text: a short whitelist, nothing personal.

Rasa stores ``UserMessage.metadata`` in the tracker store with every user event and sends it to the
action server. Rasa's own channels pass on whatever the client sent (the Bot Framework channel even the
whole Teams activity, with the user's name and ids). Kansenbot's channels build metadata only through
``safe_metadata``: known keys with short, validated values; anything else is dropped.
"""
from __future__ import annotations

import re
from typing import Any, Callable, Dict, Mapping, Optional

from bot.channels.guard import check_user_text, max_message_chars

_SCHOOL_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_LOCALE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$")
_ROLES = {"student", "docent"}
_CONVERSATION_TYPES = {"personal", "groupChat", "channel"}


def _matches(pattern: "re.Pattern[str]") -> Callable[[Any], bool]:
    return lambda value: isinstance(value, str) and bool(pattern.match(value))


# key -> check; a value that fails its check is dropped, never "repaired".
ALLOWED_KEYS: Dict[str, Callable[[Any], bool]] = {
    # which school's knowledge applies (school profile id, see data/knowledge)
    "school": _matches(_SCHOOL_ID),
    "rol": lambda value: value in _ROLES,
    "locale": _matches(_LOCALE),
    # Teams: 1:1 chat, group chat or team channel (answers in a channel are visible to classmates)
    "conversation_type": lambda value: value in _CONVERSATION_TYPES,
}


def safe_metadata(raw: Optional[Mapping[str, Any]], **trusted: Any) -> Dict[str, Any]:
    """Whitelisted metadata from a client's ``raw`` dict plus values the channel itself sets.

    ``trusted`` values (set by channel code, not by the client) win over client values, but go
    through the same checks so that a bug cannot leak personal data into the tracker store.
    """
    merged: Dict[str, Any] = {}
    if isinstance(raw, Mapping):
        merged.update(raw)
    merged.update({key: value for key, value in trusted.items() if value is not None})
    return {key: value for key, value in merged.items() if key in ALLOWED_KEYS and ALLOWED_KEYS[key](value)}


def clean_text(text: Any) -> Optional[str]:
    """User text as it may enter Rasa, for channels that cannot answer a problem with an HTTP error.

    Shortened to the maximum length (rather than refused) by keeping its beginning and its end: a long
    story often ends with what is really wrong ("... ik wil niet meer leven"), and the NLU and the crisis
    patterns must see that. Then checked like every channel's text (bot/channels/guard.py). None for
    anything that is not text or is empty after cleaning.
    """
    if not isinstance(text, str):
        return None
    limit = max_message_chars()
    if len(text) > limit:
        head = limit // 2
        text = f"{text[:head]} ... {text[-(limit - head - 5):]}"
    return check_user_text(text).text
