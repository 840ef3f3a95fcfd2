"""The two checks every scrubber rule is pinned with, from both sides: the ordinary sentence stays as it is, and
the personal item goes, replaced by its placeholder."""
from bot.privacy.scrubber import scrub_text


def assert_stays(text: str) -> None:
    assert scrub_text(text) == text


def assert_gone(text: str, gone: str, placeholder: str) -> None:
    scrubbed = scrub_text(text)
    assert gone not in scrubbed and placeholder in scrubbed, scrubbed
