"""Scrub serialised Rasa events: everything that came from the user, before it is stored."""
from __future__ import annotations

from typing import Any, Dict

from bot.privacy.scrubber import scrub_label, scrub_mapping, scrub_text, scrub_value

# Event types whose content originates from the user (or channel metadata about the user).
_USER_EVENTS = {"user", "user_featurization"}
# Fields of an intent or entity in parse data that hold one of the model's labels, not the user's words.
_LABEL_FIELDS = {"name", "entity", "role", "group", "extractor"}
# Fields of parse data that hold the model's labels: their values are read as labelled items.
_LABELLED_FIELDS = {"intent", "intent_ranking", "entities"}


def _scrub_labelled(item: Any) -> Any:
    """An intent or entity dict: label fields kept when they are the bot's own labels, the rest scrubbed
    (keys too: a client can add its own, {"Sanne de Vries": 1})."""
    if not isinstance(item, dict):
        return scrub_value(item)
    return scrub_mapping(item, lambda key, value: scrub_label(value) if key in _LABEL_FIELDS else scrub_value(value),
                         keep=_LABEL_FIELDS)


def scrub_parse_data(parse_data: Any) -> Any:
    """Parse data with the user's words scrubbed and the model's labels (intent and entity names) intact."""
    if not isinstance(parse_data, dict):
        return scrub_value(parse_data)

    def scrub_field(key: Any, value: Any) -> Any:
        if key == "intent":
            return _scrub_labelled(value)
        if key in ("intent_ranking", "entities") and isinstance(value, list):
            return [_scrub_labelled(item) for item in value]
        return scrub_value(value)

    return scrub_mapping(parse_data, scrub_field, keep=_LABELLED_FIELDS)


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
