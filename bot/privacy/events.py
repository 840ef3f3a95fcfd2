"""Scrub serialised Rasa events: everything that came from the user, before it is stored."""
from __future__ import annotations

from typing import Any, Dict

from bot.privacy.scrubber import scrub_text, scrub_value

# Event types whose content originates from the user (or channel metadata about the user).
_USER_EVENTS = {"user", "user_featurization"}


def scrub_event(data: Dict[str, Any]) -> Dict[str, Any]:
    """A copy of the event dict ``data`` (``Event.as_dict()``) with personal data replaced."""
    event = data.get("event")
    if event in _USER_EVENTS:
        cleaned = dict(data)
        if isinstance(cleaned.get("text"), str):
            cleaned["text"] = scrub_text(cleaned["text"])
        for key in ("parse_data", "metadata", "input_channel_metadata"):
            if key in cleaned:
                cleaned[key] = scrub_value(cleaned[key])
        return cleaned
    if event == "slot":
        # Slots filled from entities or free text carry the user's words.
        return {**data, "value": scrub_value(data.get("value"))}
    if event == "session_started" and "metadata" in data:
        return {**data, "metadata": scrub_value(data["metadata"])}
    return data
