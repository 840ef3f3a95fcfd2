"""Round 38 (numbers.py, dates.py, names.py, data/privacy.yml): each new rule with its opposite. The cases are written
for this file; none is copied from a development or held-back set."""
import pytest

from bot.privacy.scrubber import scrub_text
from tests.privacy.scrub_checks import assert_gone, assert_stays


@pytest.mark.parametrize("text, gone, placeholder", [
    # a phone number with dashes after the country code: "31-6-1928" inside it is no date
    ("bel mijn moeder: 0031-6-41872093", "0031-6-41872093", "[TELEFOON]"),
    ("mobiel +31-6-20193847", "31-6-20193847", "[TELEFOON]"),
    # a date in words with the year in digits
    ("ik ben geboren op zeven april 2007", "2007", "[GEBOORTEDATUM]"),
    # a first name that is also a rare word, listed between two names
    ("ik zit in een groepje met lotte, kaan en daan", "kaan", "[NAAM]"),
    # "bij voorbaat dank" and "alvast bedankt" close a request like "groetjes"
    ("kunt u mij terugbellen? Bij voorbaat dank, H. Dekker", "Dekker", "[NAAM]"),
    # a word with an underscore before "op discord"
    ("voeg me maar toe, ik ben mila_gamer op discord", "mila_gamer", "[ACCOUNT]"),
    # the words before "is mijn naam"
    ("Goedemiddag, Tesfay Gebru is mijn naam, ik bel over mijn zoon", "Tesfay Gebru", "[NAAM]"),
    ("lotte van den berg is mijn volledige naam", "lotte van den berg", "[NAAM]"),
    # a capitalised first name that is also a word, before a surname and "is mijn naam" (review r38d)
    ("Roos Bakker is mijn naam", "Roos", "[NAAM]"),
    ("hoi! Storm de Vries is mijn naam en ik zit in 2b", "Storm", "[NAAM]"),
])
def test_round_38_items_go(text, gone, placeholder):
    assert_gone(text, gone, placeholder)


@pytest.mark.parametrize("text", [
    # a date next to a phone number, a date in a run, a date in words for an exam
    "op 03-04-2025 om 10 uur",
    "het examen is op vijf juni 2026",
    # after "alvast bedankt" a greeting or a sentence, a department, a team or people; "bvd" is chat; a file on Teams,
    # a game, a group or a file with an underscore before a platform
    "alvast bedankt, fijne dag",
    "Bij voorbaat dank, Examencommissie",
    "Met vriendelijke groet, Team Entree Techniek",
    "bvd tho",
    "het bestand eindopdracht_v2 op teams",
    "speel je call_of_duty op xbox",
    "ga naar de_groepsapp op discord",
    "stuur het bestand project_groep3 via telegram",
    # "is mijn naam" after a pronoun or a question word, with more words after it, after a preposition; ordinary words
    # and typos before "is mijn broer/vriend" (review r38d)
    "dat is mijn naam, niet die van mijn broer",
    "wat is mijn naam in teams?",
    "Studielink is mijn naam kwijtgeraakt",
    "In de klassenlijst is mijn naam fout",
    "morgen is mijn broer jarig",
    "mentorr is mijn vriend",
    # after a sign-off: people, a group, a wish (review r38d); words joined by underscores before a platform
    "Bij voorbaat dank, Groep 8",
    "Alvast bedankt, Fijne dag",
    "stop met screen_time op tiktok",
    # a greeting before a comma is no name listed with one (also before the change: "Goedendag" went)
    "Goedendag, ik heb een vraag over de leenlaptop",
])
def test_round_38_everyday_stays(text):
    assert_stays(text)


def test_round_38_a_greeting_before_a_name_stays():
    scrubbed = scrub_text("Goedendag, Sanne komt vandaag niet")
    assert scrubbed.startswith("Goedendag, [NAAM]"), scrubbed


@pytest.mark.parametrize("text, word", [
    ("ik neem lotte, peren en daan mee", "peren"),
    # a typo listed between two names (review r38b)
    ("Sara, skool en Ahmed", "skool"),
])
def test_round_38_an_ordinary_word_between_two_names_stays(text, word):
    scrubbed = scrub_text(text)
    assert word in scrubbed and scrubbed.count("[NAAM]") == 2, scrubbed


@pytest.mark.parametrize("text, gone", [
    # review r38e: a greeting word or a plural-looking name after a sign-off is still the signer's name
    ("Groetjes, Joe", "Joe"),
    ("groetjes jo bakker", "bakker"),
    ("Groetjes, Anders", "Anders"),
])
def test_round_38_names_after_a_sign_off_still_go(text, gone):
    assert_gone(text, gone, "[NAAM]")


@pytest.mark.parametrize("text, gone", [
    # review r38f: a first name that ends like a department ("raad") still signs
    ("Groetjes, Conraad", "Conraad"),
    ("Met vriendelijke groet, Konraad van Dijk", "Konraad"),
])
def test_round_38_a_name_ending_like_a_department_goes(text, gone):
    assert_gone(text, gone, "[NAAM]")


@pytest.mark.parametrize("text", ["Groetjes, Leerlingenraad", "Bij voorbaat dank, Roosterbureau"])
def test_round_38_a_department_signs_after_any_sign_off(text):
    assert_stays(text)
