"""Round 40 (names.py, dates.py, numbers.py, data/privacy.yml): each new rule with its opposite. The cases are written
for this file; none is copied from a development or held-back set."""
import pytest

from bot.privacy.scrubber import scrub_text
from tests.privacy.scrub_checks import assert_gone, assert_stays


@pytest.mark.parametrize("text, gone, placeholder", [
    # a statement signed at the top: "Ik, <name>, verklaar ..."
    ("Ik, Tesfay Berhane, verklaar dat ik geen eigen laptop heb", "Tesfay Berhane", "[NAAM]"),
    ("ik, noura, heb geen internet thuis", "noura", "[NAAM]"),
    # a date of birth with the month as a word between dashes or slashes
    ("geboortedatum 14-okt-2006, klopt dat met wat jullie hebben?", "14-okt-2006", "[GEBOORTEDATUM]"),
    ("ik ben geboren op 3/Mar/2007", "3/Mar/2007", "[GEBOORTEDATUM]"),
    # a code that opens an account is a secret
    ("de activatiecode uit de brief is K7P-2QX-9MZ4", "K7P-2QX-9MZ4", "[NUMMER]"),
    ("mijn verificatiecode: 553 901", "553 901", "[NUMMER]"),
    # the student pass's own number, and "s.nr"
    ("schoolpasnummer 66120487 werkt niet bij de printer", "66120487", "[STUDENTNUMMER]"),
    ("s.nr 23-11870, niveau 3", "23-11870", "[STUDENTNUMMER]"),
    # a name right after a title and a comma is still a name; only a possessive is not
    ("Geachte mevrouw, Fatma heeft geen laptop", "Fatma", "[NAAM]"),
    # a surname that looks like a possessive stays a name after its title
    ("mevrouw Ter Haar heeft mijn e-mail nodig", "Ter Haar", "[NAAM]"),
    # a person before "speel ik" with "met" is a person, a first name before "wil ik" too
    ("met Sanne speel ik elke dag fifa", "Sanne", "[NAAM]"),
    ("Daan wil ik bellen over de stage", "Daan", "[NAAM]"),
    # a hyphenated name stays a name after "ik ben"
    ("ik ben Jean-Luc en heb geen laptop", "Jean-Luc", "[NAAM]"),
    # review r40p: a name typed in capitals with a hyphen is no role; a person fronted before "wil ik later"
    ("ik ben NINA-Hoek, 17 jaar", "NINA-Hoek", "[NAAM]"),
    ("Dit is DJ-Visser van klas 2B", "DJ-Visser", "[NAAM]"),
    ("visser wil ik later bellen over mijn stage", "visser", "[NAAM]"),
    ("Sanne speel ik de bal toe bij basketbal", "Sanne", "[NAAM]"),
    ("Geachte mevrouw Zijn, ik heb een vraag", "Zijn", "[NAAM]"),
    ("de activatiecode van mijn PS5-game is 3JK9-ABC1-77QP", "3JK9-ABC1-77QP", "[NUMMER]"),
    ("Ik, Fatma el Idrissi, verklaar dat alles klopt", "Fatma el Idrissi", "[NAAM]"),
    # review r40q: surnames typed after an abbreviation, a person fronted before "wil ik worden genoemd"
    ("ik ben BOL-Hoek en heb een vraag", "BOL-Hoek", "[NAAM]"),
    ("IK BEN VO-HAAN EN HEB EEN VRAAG", "VO-HAAN", "[NAAM]"),
    ("jansen wil ik worden genoemd, niet bij mijn voornaam", "jansen", "[NAAM]"),
    ("mijn verificatiecode is 482913", "482913", "[NUMMER]"),
])
def test_round_40_items_go(text, gone, placeholder):
    assert_gone(text, gone, placeholder)


@pytest.mark.parametrize("text", [
    # a role made of an abbreviation and a word, or an abbreviation with "-er"
    "ik ben BPV-coördinator en zoek een regeling voor reiskosten",
    "Hoi, ik ben ICT-docent en wil een cursus volgen",
    "ik ben BBL'er en werk vier dagen",
    "als MBO-student heb ik recht op een OV",
    # a possessive after a title and a comma
    "Geachte heer, mevrouw, Onze dochter heeft geen rustige plek om te leren",
    "Beste meneer, Ons kind kan niet inloggen",
    # a game or a job fronted before "speel ik" or "wil ik worden"
    "Minecraft speel ik elke dag op mijn telefoon",
    "Tetris speel ik in de pauze",
    "kok wil ik worden, welke opleiding is dat",
    "bakker wil ik later worden",
    # a delivery service
    "Thuisbezorgd bezorger hier, mijn rooster botst",
    "ik werk bij Deliveroo in het weekend",
    # event dates and codes that are things
    "de toets is op 21-feb-2027",
    "waar vul ik de activatiecode in?",
    "de productcode is 8WX-22",
    "ik moet het voor 3 mar inleveren",
    # review r40p and r40q: what the narrowed rules leave alone
    "ik, mattie, snap het niet",
    "Ik, Max Verstappen, ben de beste coureur",
    "mijn inlogcode vergeten, 2de keer deze week",
    "sms-code 100x aangevraagd en niks",
    "activatiecode Microsoft-365 werkt niet",
    "toegangscode voor lokaal: H204",
    "de activatiecode was 100 eur",
    "inlogcode is 112 bellen als het mis gaat",
    "de herstelcode is 6cijferig",
    "Ik, Zorgstudent, heb een vraag over de stage",
    "Ik, eerlijk gezegd, snap Teams niet",
    "ik ben nu 17 mar ik voel me ouder",
    "Ik heb de herstelcode in 2023 opgeslagen",
    "de sms-code kwam om 8.15 uur binnen",
    "de verificatiecode is 6-cijferig",
    "de activatiecode van Office 2021 werkt niet",
    "sms-code werkt niet op mijn Nokia 3310",
])
def test_round_40_ordinary_stays(text):
    assert_stays(text)


@pytest.mark.parametrize("text, expected", [
    # review r40p: after a found name and a comma, a greeting word or a place is no second name of a list
    ("Hoi Sanne, ewa alles goed?", "Hoi [NAAM], ewa alles goed?"),
    ("Sanne, paris is mooi in de zomer", "[NAAM], paris is mooi in de zomer"),
    ("kaan, Yusuf en ik zitten in hetzelfde groepje", "[NAAM], [NAAM] en ik zitten in hetzelfde groepje"),
    ("salam, Fatima. ik heb een vraag", "salam, [NAAM]. ik heb een vraag"),
])
def test_round_40_a_list_of_names_and_what_is_no_list(text, expected):
    assert scrub_text(text) == expected
