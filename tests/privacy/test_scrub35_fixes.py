"""Round 35 (names.py, contact.py, data/privacy.yml): each new rule with its opposite. The cases are written for this
file; none is copied from a development or held-back set."""
import pytest

from bot.privacy.scrubber import scrub_text
from tests.privacy.scrub_checks import assert_gone, assert_stays


@pytest.mark.parametrize("text, gone, placeholder", [
    # foster, step and half family are relation words
    ("ik ben de pleegvader van Milan en hij heeft geen laptop", "Milan", "[NAAM]"),
    ("mijn halfzus Esra woont bij ons", "Esra", "[NAAM]"),
    # "ik en <unknown word>" before a plural verb
    ("ik en rahwa hebben samen één laptop", "rahwa", "[NAAM]"),
    # chat greetings and a sign-off
    ("ey selin, bel me even", "selin", "[NAAM]"),
    ("hee daan, heb jij die oplader nog", "daan", "[NAAM]"),
    ("dankjewel!! xoxo lieke", "lieke", "[NAAM]"),
    # forwarding to someone
    ("kun je dit doorsturen naar Marieke?", "Marieke", "[NAAM]"),
    # a staff member's number and a police report's number
    ("mijn medewerkernummer is MW-20931", "MW-20931", "[NUMMER]"),
    ("het proces-verbaalnummer is PL1300-2025009876", "PL1300-2025009876", "[NUMMER]"),
    # two words no list knows, joined by "en" and opening a sentence before a plural verb
    ("yordanos en merhawit zitten samen op één laptop", "yordanos", "[NAAM]"),
    ("Baldewsingh en Ramautar geven les in lokaal 3", "Ramautar", "[NAAM]"),
])
def test_round_35_personal_data_goes(text, gone, placeholder):
    assert_gone(text, gone, placeholder)


@pytest.mark.parametrize("text", [
    # the opposites: adverbs and pronouns after a relation word, "ik en" before a pronoun or a word of the language,
    # greetings to a word of the language, forwarding to a system, a law and a year, a saying, comic figures, a
    # comedian, a radio station, a computer
    "mijn broer ook is ziek",
    "mijn vader wel is streng",
    "mijn vader egt is streng",
    "mijn moeder wrs is thuis",
    "mijn broer xbox is kapot",
    "mijn moeder samsung is kapot",
    "mijn vader ofzo is boos",
    "ik en klasgenootjes hebben een presentatie",
    "ik en teamgenootjes gaan winnen",
    "Wikiwijs en Xedule willen niet laden",
    "Zalando en Wehkamp hebben geen gratis retour",
    "Zadkine en Albeda zitten samen in een project",
    "stuur het pakket naar de regering 2024",
    "ik en jullie zitten in dezelfde klas",
    "ik en mn zus hebben geen laptop",
    "ey man, wtf is dit",
    "hee joh, hoe werkt teams",
    "stuur het door naar studielink",
    "stuur het naar Magister",
    "wat staat er in de Wet op de studiefinanciering 2000",
    "Hans Teeuwen is zo grappig",
    "ik luister Sky Radio tijdens het leren",
    "SPSS werkt niet op mijn Mac",
    # pairs of tools, brands, schools and abbreviations before a plural verb
    "Kahoot en Quizlet hebben een gratis versie",
    "Canva en Padlet hebben gratis versies",
    "Lenovo en Asus hebben goedkope laptops",
    "Zadkine en Albeda hebben een laptopregeling",
    "ICT en HR hebben geen tijd",
    "wikiwijs en xedule geven een foutmelding",
    "somtoday en eduarte hebben een storing",
])
def test_round_35_opposites_stay(text):
    assert_stays(text)


@pytest.mark.parametrize("text", [
    # a street word keeps a house number shaped like a year: only a word in -ring before a year is kept (review r35 B3)
    "ik woon op de kerkstraat 1990",
    "mijn adres is hoofdweg 1995",
    "stuur het naar noordring 2015",
    "kom naar de buitenring 2004",
    "ik woon kerkweg 1999 in Hoogeveen",
])
def test_a_street_keeps_a_house_number_shaped_like_a_year(text):
    assert "[ADRES]" in scrub_text(text)


@pytest.mark.parametrize("text, gone", [
    # a school's name or a saying is a name after a cue (review r35 B1, B2)
    ("ik heet Firda", "Firda"),
    ("mevrouw Albeda zegt dat het mag", "Albeda"),
    ("Henk en Ingrid van de receptie zeggen dat het mag", "Ingrid"),
    ("ik heb het aan mijn Mac gevraagd", "Mac"),
])
def test_school_names_and_sayings_are_names_after_a_cue(text, gone):
    assert_gone(text, gone, "[NAAM]")
