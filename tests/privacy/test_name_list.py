"""The fuller first-name list (data/privacy_voornamen.txt) and what must stay intact with it (issue 10).
Examples made up for these tests, not taken from any benchmark set."""
import pytest

from bot.privacy.lexicon import FIRST_NAMES_FILE, lexicon
from bot.privacy.scrubber import scrub_text


def test_the_list_names_its_source_and_licence():
    header = FIRST_NAMES_FILE.read_text(encoding="utf-8")[:2000]
    assert "gender-guesser 0.4.0" in header and "GNU Free Documentation License" in header


@pytest.mark.parametrize("name", ["Kees", "Marloes", "Jorrit", "Froukje", "Wiebe", "Greetje", "Hanneke"])
def test_common_dutch_first_names_are_known(name):
    assert lexicon().is_dutch_first_name(name)


@pytest.mark.parametrize(
    "text, gone",
    [
        ("Ik heb morgen een gesprek met Marloes over mijn stage", "Marloes"),
        ("Jorrit heeft mijn oplader nog", "Jorrit"),
        ("mag ik met Froukje in een groepje voor het project?", "Froukje"),
        ("de oplader van Wiebe ligt nog in lokaal 3", "Wiebe"),
    ],
)
def test_dutch_first_names_the_faker_lists_miss(text, gone):
    assert gone not in scrub_text(text)


@pytest.mark.parametrize(
    "text",
    [
        # English words that are first names somewhere else in the world.
        "My old laptop broke. Mine is at the shop now",
        "Hay una beca para estudiantes?",
        # Abbreviations with a name's letters.
        "Bij ING kan ik geen rekening openen zonder ouder",
        "Zit BO ook in het vak pedagogiek?",
        # Brands and feasts.
        "Mijn Lenovo laptop start niet op",
        "Is school dicht op Keti Koti?",
    ],
)
def test_words_that_are_names_elsewhere_stay(text):
    assert scrub_text(text) == text
