"""Keys inside stored parse data are scrubbed like values: a client (REST) can put personal data in a key."""
from bot.privacy import scrubber
from bot.privacy.events import scrub_event


def test_keys_in_parse_data_intent_and_entities_are_scrubbed():
    scrubber.remember_labels(["greet", "school"])
    event = {
        "event": "user",
        "text": "hoi",
        "parse_data": {
            "intent": {"name": "greet", "Sanne de Vries 0612345678": 1, "confidence": 0.9},
            "entities": [{"entity": "school", "value": "x", "Piet Jansen 0612345678": 2}],
            "Kees Bakker 0612345678": 3,
            "text": "hoi",
        },
    }
    cleaned = scrub_event(event)
    stored = repr(cleaned)
    for digits in ("0612345678", "Sanne", "Piet", "Kees"):
        assert digits not in stored
    parse_data = cleaned["parse_data"]
    # Known fields and the bot's own labels intact; every value kept.
    assert parse_data["intent"]["name"] == "greet" and parse_data["intent"]["confidence"] == 0.9
    assert parse_data["entities"][0]["entity"] == "school" and parse_data["entities"][0]["value"] == "x"
    assert sorted(parse_data["intent"].values(), key=str) == sorted([1, 0.9, "greet"], key=str)
    assert 2 in parse_data["entities"][0].values() and 3 in parse_data.values()
    assert parse_data["text"] == "hoi"


def test_colliding_keys_in_parse_data_lose_no_value():
    cleaned = scrub_event({"event": "user", "parse_data": {"intent": {"a@b.nl": 1, "c@d.nl": 2}, "e@f.nl": 3, "g@h.nl": 4}})
    parse_data = cleaned["parse_data"]
    assert sorted(parse_data["intent"].values()) == [1, 2]
    assert sorted(value for key, value in parse_data.items() if key != "intent") == [3, 4]
    assert "@" not in repr(cleaned)


def test_only_field_name_shaped_keys_are_remembered_as_clean():
    long_key = "x" * 65
    odd_keys = ["Sanne de Vries", "Grote Markt", long_key, "9abc", "a-b"]
    scrubber.scrub_value({key: 1 for key in odd_keys + ["confidence", "extra_field"]})
    assert "confidence" in scrubber._CLEAN_KEYS and "extra_field" in scrubber._CLEAN_KEYS
    assert not any(key in scrubber._CLEAN_KEYS for key in odd_keys)
