"""Scrub serialised Rasa events: everything that came from the user, before it is stored."""
from __future__ import annotations

from typing import Any, Dict

from bot.privacy.scrubber import scrub_label, scrub_text, scrub_value

# Event types whose content originates from the user (or channel metadata about the user).
_USER_EVENTS = {"user", "user_featurization"}
# Fields of an intent or entity in parse data that hold one of the model's labels, not the user's words.
_LABEL_FIELDS = {"name", "entity", "role", "group", "extractor"}


def _scrub_labelled(item: Any) -> Any:
    """An intent or entity dict: label fields kept when they are the bot's own labels, the rest scrubbed."""
    if not isinstance(item, dict):
        return scrub_value(item)
    return {key: scrub_label(value) if key in _LABEL_FIELDS else scrub_value(value) for key, value in item.items()}


def scrub_parse_data(parse_data: Any) -> Any:
    """Parse data with the user's words scrubbed and the model's labels (intent and entity names) intact."""
    if not isinstance(parse_data, dict):
        return scrub_value(parse_data)
    cleaned = {}
    for key, value in parse_data.items():
        if key == "intent":
            cleaned[key] = _scrub_labelled(value)
        elif key in ("intent_ranking", "entities") and isinstance(value, list):
            cleaned[key] = [_scrub_labelled(item) for item in value]
        else:
            cleaned[key] = scrub_value(value)
    return cleaned


def scrub_event(data: Dict[str, Any]) -> Dict[str, Any]:
    """A copy of the event dict ``data`` (``Event.as_dict()``) with personal data replaced."""
    event = data.get("event")
    if event in _USER_EVENTS:
        cleaned = dict(data)
        if isinstance(cleaned.get("text"), str):
            cleaned["text"] = scrub_text(cleaned["text"])
        if "parse_data" in cleaned:
            cleaned["parse_data"] = scrub_parse_data(cleaned["parse_data"])
        for key in ("metadata", "input_channel_metadata"):
            if key in cleaned:
                cleaned[key] = scrub_value(cleaned[key])
        return cleaned
    if event == "slot":
        # Slots filled from entities or free text carry the user's words.
        return {**data, "value": scrub_value(data.get("value"))}
    if event == "session_started" and "metadata" in data:
        return {**data, "metadata": scrub_value(data["metadata"])}
    return data
