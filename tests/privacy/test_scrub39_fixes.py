"""Round 39 (names.py, data/privacy.yml): each new rule with its opposite. The cases are written for this file; none is
copied from a development or held-back set."""
import pytest

from tests.privacy.scrub_checks import assert_gone, assert_stays


@pytest.mark.parametrize("text, gone, placeholder", [
    # foster and step children and a client are relation words (namen.relatie)
    ("Mijn stiefdochter heet Selam Haile en ze zoekt een opleiding", "Selam Haile", "[NAAM]"),
    ("mijn pleegzoon kevin heeft geen laptop", "kevin", "[NAAM]"),
    ("ik mail namens mijn cliënt Yusuf Demir over zijn inschrijving", "Yusuf Demir", "[NAAM]"),
    # a listed surname after a role word, before an adverb
    ("dat zei mijn docent hendriks ook al", "hendriks", "[NAAM]"),
    # "heette ze", "heet hij": the pronoun after the verb, and the past tense
    ("die jongen van de balie, volgens mij heette hij daan", "daan", "[NAAM]"),
    ("ze heette Meron en ze was heel aardig", "Meron", "[NAAM]"),
])
def test_round_39_items_go(text, gone, placeholder):
    assert_gone(text, gone, placeholder)


@pytest.mark.parametrize("text", [
    "mijn pleegkind heeft geen laptop",
    "de client wil een laptop lenen",
    "client side rendering werkt niet in mijn app",
    "mijn stiefkind is ziek vandaag",
    "mijn docent wiskunde ook al",
    "dat zei mijn mentor ook al",
    "mijn docent engels al weken niet gezien",
    "hoe heette ze ook alweer",
    "zo heette hij toen nog niet",
    "heet ze anders?",
])
def test_round_39_ordinary_stays(text):
    assert_stays(text)
