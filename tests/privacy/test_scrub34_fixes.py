"""Round 34 (names.py, numbers.py, data/privacy.yml): each new rule with its opposite. The cases are written for this
file; none is copied from a development or held-back set."""
import pytest

from bot.privacy.scrubber import scrub_text
from tests.privacy.scrub_checks import assert_gone, assert_stays


@pytest.mark.parametrize("text, gone", [
    # after "mijn zus heet" an ordinary word is a name when the sentence ends or goes on right after it
    ("mijn broertje heet hoop, echt waar", "hoop"),
    ("mijn tante heet wil.", "wil"),
    # lent to or greeted: a person stands there
    ("mijn oplader heb ik uitgeleend aan sanne", "sanne"),
    ("doe de groeten aan kim van mij", "kim"),
    ("ik heb een laptop geleend van visser", "visser"),
    # a listed first name and a word in lower case opening a form line before "geboren" or an age
    ("noah pinas, geboren 3 maart 2008, klas 2b", "noah pinas"),
    ("lotte wijngaarde, 17 jaar, geboren 12-05-2008", "lotte wijngaarde"),
    # a capitalised surname of the lists, no Dutch or English word, opening a sentence before what a person does
    ("Nowicki zegt dat de opdracht nog niet is nagekeken", "Nowicki"),
    ("Kowalczyk heeft me gisteren gemaild", "Kowalczyk"),
    ("Nguyen uit klas 3 heeft ook geen laptop", "Nguyen"),
    # "het beste" before a name still closes a message (review r34 B4)
    ("top, het beste, jan", "jan"),
    ("zo beste kim, hoe gaat het", "kim"),
    # a lesson or a mail of a person
    ("morgen heb ik les van Boukhari in lokaal 12", "Boukhari"),
])
def test_names_round_34_go(text, gone):
    assert_gone(text, gone, "[NAAM]")


@pytest.mark.parametrize("text", [
    # the opposites: "heet" with an adverb, lending to a place, greetings to a relation, brands and tools opening a
    # sentence, the best of something, a listed figure with initials, a feast day, reading-list writers
    "mijn zus heet ook zo.",
    "mijn broer heet eigenlijk anders.",
    "ik heb hem geleend van de bieb",
    "geleend van school, moet terug vrijdag",
    "doe de groeten aan je moeder",
    "uitgeleend aan alle studenten van klas 1",
    "Philips heeft een nieuwe laptop",
    "Magister heeft een storing",
    "School wil dat we alles printen",
    "de mail van Microsoft kwam niet aan",
    "een bericht van Somtoday over mijn rooster",
    "welke provider heeft het beste studententarief",
    "ik lees Annie M.G. Schmidt voor mijn leesdossier",
    "Met Keti Koti zijn we vrij toch?",
    "De Tweeling van Tessa de Loo staat op de leeslijst",
    "ik ben jarig, geboren in de zomer",
])
def test_round_34_opposites_stay(text):
    assert_stays(text)


def test_a_greeting_beste_still_announces_a_name():
    assert_gone("Beste Kim, mijn laptop is stuk", "Kim", "[NAAM]")


@pytest.mark.parametrize("text, gone", [
    # record words: a waiting list, a loan laptop, joined to what it is for by a dash
    ("mijn wachtlijstnummer is WL-5521", "WL-5521"),
    ("uitleennummer LL-1187, hij start niet meer", "LL-1187"),
    ("mijn duo-aanvraagnummer is AV-2025-778812", "AV-2025-778812"),
    # a code in two groups of four after a record's word
    ("de herstelcode is Q4TM-8K2P", "Q4TM-8K2P"),
    # a case number with a letter prefix after a word for a number
    ("onder zaaknummer VT-2024-5512 staat mijn melding", "VT-2024-5512"),
    ("pasnummer staat erop: nr HP.3318.0042", "HP.3318.0042"),
    # a number read out digit by digit after a word for a number
    ("meldingsnummer is vier acht nul, streepje, twee twee één", "vier acht nul"),
    ("nummer van mijn pas: 1 0 4 7 7 2 3 9", "1 0 4 7 7 2 3 9"),
])
def test_ids_round_34_go(text, gone):
    assert_gone(text, gone, "[NUMMER]")


def test_a_student_number_read_out_is_a_student_number():
    assert_gone("mijn studentnummer is zes zes nul twee een negen acht", "zes zes nul", "[STUDENTNUMMER]")


@pytest.mark.parametrize("text", [
    # digits in words or alone without a word for a number, a phone number said as a phone number, versions, rooms
    "tel tot vijf: een twee drie vier vijf",
    "ik had een 6, 7, 8, 5, 9 voor de toetsen",
    "versie nummer v1.2.3 werkt niet",
    "lokaal nummer B.2.14 is dicht",
    "Is het nummer van de Kindertelefoon nog 0800-0432?",
    "nummer ISO-9001 is een norm",
    "de code is WIN1-1234",
])
def test_round_34_numbers_that_stay(text):
    assert_stays(text)


@pytest.mark.parametrize("text", [
    # Review r34: brands and public figures opening a sentence, prices after a dashed ticket, rooms, course and exam codes,
    # norms, helplines after a label, grades and counts after "nummer", a helpline read out digit by digit.
    "Gucci heeft een nieuwe collectie",
    "Ferrari heeft de race gewonnen",
    "Timmermans zegt dat het klimaat belangrijk is",
    "mijn OV-ticket kost 12.50",
    "lokaal nummer C02.112 is dicht",
    "module nr. BOL-2024-03 staat in de studiewijzer",
    "examen nr. EX-2024-001 is verplaatst",
    "norm nummer NEN 1010-11 moeten we kennen",
    "Veilig Thuis nummer: T 0800-2000",
    "voor opdracht nummer 3 had ik een zes, een vijf, een zeven",
    "vraag nummer 1,2,3,4,5 snap ik niet",
    "het nummer van 113 is nul acht nul nul nul een een drie",
])
def test_round_34_review_opposites_stay(text):
    assert_stays(text)


@pytest.mark.parametrize("text, gone", [
    # spoken possessives and a name joined to "ik" (round 34)
    ("ghaith z'n laptop doet raar", "ghaith"),
    ("selam d'r telefoon is kapot", "selam"),
    ("Kim haar laptop is stuk", "Kim"),
    ("roos en ik willen samen een laptop", "roos"),
])
def test_owners_and_pairs_with_me_go(text, gone):
    assert_gone(text, gone, "[NAAM]")


@pytest.mark.parametrize("text", [
    # review r34b: brands and clubs before z'n, a verb whose subject chat leaves out, an English word before "and I",
    # things and pets with their possessive, "school en ik"
    "Gucci z'n riem is nep",
    "Feyenoord z'n spits is goed",
    "Ken haar al jaren",
    "Ken der niet zoveel van",
    "I stayed home and I drew and I painted",
    "de laptop z'n scherm is kapot",
    "mijn hond z'n riem is weg",
    "school en ik zijn geen vrienden",
])
def test_round_34_review_b_opposites_stay(text):
    assert_stays(text)
