"""Student numbers, ids and phone numbers in the forms students write them (issue 10). Made-up examples."""
import pytest

from bot.privacy.scrubber import scrub_text


@pytest.mark.parametrize(
    "text, gone",
    [
        ("ik ben st 512345 en mijn rooster klopt niet", "512345"),
        ("stud nr 4455667, mijn pas doet het niet", "4455667"),
        ("Naam: Piet, nr. 3409871, klas 2C", "3409871"),
        ("nummer: 30451128 (student)", "30451128"),
        # A message about student numbers: the other numbers of that length in it are student numbers too.
        ("stud nummer 4455667 klopt niet, op mijn pas staat 4455676", "4455676"),
        ("ik heb twee studentnummers?? 3344556 en 3344557", "3344557"),
        ("ik heb twee studentnummers?? 3344556 en 3344557", "3344556"),
        # "nr." before a capital does not end the sentence.
        ("verblijfsdocument nr. NL4K82J19 is verlopen", "NL4K82J19"),
        # A keyword before a phone number with spaced dashes: the whole number goes, not only its end.
        ("Je kunt me bellen, mijn nummer is 010 - 433 21 98.", "010"),
        ("bel me op O6-12345678 aub", "12345678"),
    ],
)
def test_numbers_in_students_forms(text, gone):
    assert gone not in scrub_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "De bus van 7.45 had 25 minuten vertraging",
        "Mijn studentnummer werkt niet, en ik heb 125000 euro schuld?",
    ],
)
def test_other_numbers_stay(text):
    assert scrub_text(text) == text


# After a keyword, a number that follows a digit and a separator is left to the phone detector only when
# the whole run is a phone number; otherwise it is the id the keyword names (review finding).
@pytest.mark.parametrize(
    "text, gone",
    [
        ("paspoortnummer 12 - NW1234567", "NW1234567"),
        ("polisnummer 55 - 123456", "123456"),
        ("documentnummer 3 - IXP12345", "IXP12345"),
        ("mijn relatienummer 100 / 2003456", "2003456"),
        ("lidnummer 12  3456789", "3456789"),
    ],
)
def test_an_id_after_a_short_number_is_scrubbed(text, gone):
    assert gone not in scrub_text(text)


@pytest.mark.parametrize("text", ["mijn nummer is 020 - 612 48 37", "polisnummer 020 - 612 48 37 klopt"])
def test_a_spaced_phone_number_after_a_keyword_stays_one_placeholder(text):
    scrubbed = scrub_text(text)
    assert scrubbed.count("[TELEFOON]") == 1 and not any(char.isdigit() for char in scrubbed), scrubbed


@pytest.mark.parametrize(
    "text, gone",
    [
        # Phone-typed keywords and the number on the school pass.
        ("stdnr 77120 klopt niet", "77120"),
        ("mn nummer is 551203, kan je kijken?", "551203"),
        ("m'n nr: 4412093", "4412093"),
        ("het leerling nummer van mij is 44.102.9", "44.102.9"),
        ("er staat op de pas: id op de pas 31-220914", "220914"),
        ("nummer op de pas = 0442198", "0442198"),
        # A message about the student's own number or account: a five-to-eight digit number in it is that number.
        ("kun je 773102 opzoeken? dat is mijn nummer", "773102"),
        ("wil je mn account ontgrendelen, 551876", "551876"),
        ("[STUDENTNUMMER] of 40217? weet het niet zeker", "40217"),
        ("ik heb twee nummers gekregen: 771203 en 771204", "771204"),
        # Introduced by the number, or logging in with it.
        ("ik ben 3019284, mijn rooster is leeg", "3019284"),
        ("inloggen met 558120 lukt niet meer", "558120"),
        ("ovnr 77120 staat op mijn kaart", "77120"),
        # A number right after a name and a colon.
        ("dit is het nummer van Sanne: 228104", "228104"),
    ],
)
def test_student_numbers_in_phone_typed_forms(text, gone):
    assert gone not in scrub_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "mijn nummer doet het niet meer sinds de update",
        "mijn account is geblokkeerd, foutcode 50058",
        "mijn nummer is 06 12345678",
        "ik ben 17 en zit in klas 2B",
        "ik kan niet inloggen, foutcode 50126",
        # A device's number in a message about logging in; a phone number's groups.
        "ik kan niet inloggen op pc 12345 in lokaal B2.14",
        "inloggen lukt niet, bel me 06 12345678",
    ],
)
def test_student_number_talk_keeps_other_numbers(text):
    out = scrub_text(text)
    assert "[STUDENTNUMMER]" not in out


@pytest.mark.parametrize(
    "text, kept",
    [
        # Sums owed and counts in a message about an account, logging in or "mijn nummer" are no student
        # numbers (review of the scrub6 round): the budget coach must still read the amount.
        ("mn nummer bij duo is nieuw, nu moet ik nog 14300 terugbetalen", "14300"),
        ("ik heb 2 nummers van de gemeente gekregen en mijn schuld is 21000", "21000"),
        ("inloggen bij mijn bank gaat niet en mijn tekort is ongeveer 110000", "110000"),
        ("mijn account op roblox heeft 320000 robux", "320000"),
        ("inloggen mislukt, al 200000 keer geprobeerd", "200000"),
        ("log in en ga naar pagina 104233 van het handboek", "104233"),
        ("mijn schoolpas doet het niet bij kopieerapparaat 61720", "61720"),
        ("dit is 300000 keer makkelijker", "300000"),
        ("[NAAM]: 180000 views op mijn filmpje", "180000"),
    ],
)
def test_sums_and_counts_in_an_account_message_stay(text, kept):
    assert kept in scrub_text(text)


@pytest.mark.parametrize(
    "text, gone",
    [
        # ... while the student number in the same kind of message still goes.
        ("inloggen lukt nog steeds niet met 3049581", "3049581"),
        ("mijn studentnummer is 3049581 en mijn schuld is 15000", "3049581"),
        ("ik ben 3049581 en mijn account is geblokkeerd", "3049581"),
    ],
)
def test_the_student_number_next_to_a_sum_still_goes(text, gone):
    assert gone not in scrub_text(text)


# Round scrub7 (made-up examples): the number of a person's record after its word; student numbers on a pass,
# as a user name, in the school's student system, after "de mentor van", in brackets after a name.
@pytest.mark.parametrize(
    "text, gone, placeholder",
    [
        ("het serienummer van mijn leenlaptop is 7XB4410PQ2", "7XB4410PQ2", "[NUMMER]"),
        ("huurcontract nr WB-88213 loopt af", "88213", "[NUMMER]"),
        ("het gaat over dossier 2022-KL-1187 bij jeugdzorg", "1187", "[NUMMER]"),
        ("ik kreeg een brief van het CJIB met 2025.1187.4410", "4410", "[NUMMER]"),
        ("mijn duo-nummer: 7Q5511204", "5511204", "[NUMMER]"),
        ("op mijn schoolpasje staat 554120, is dat mijn nummer?", "554120", "[STUDENTNUMMER]"),
        ("mijn usernaam is 2218840 maar inloggen lukt niet", "2218840", "[STUDENTNUMMER]"),
        ("kan iemand 2294417 ontgrendelen, magister zegt geblokkeerd", "2294417", "[STUDENTNUMMER]"),
        ("wil de mentor van 2201398 mij terugbellen", "2201398", "[STUDENTNUMMER]"),
        ("Ik (Noor Dijkstra, 1e jaar, 2287103) ben ziek", "2287103", "[STUDENTNUMMER]"),
    ],
)
def test_scrub7_numbers_are_caught(text, gone, placeholder):
    out = scrub_text(text)
    assert gone not in out and placeholder in out


@pytest.mark.parametrize(
    "text",
    [
        "het serienummer staat op de sticker onder de laptop",
        "mijn huurcontract loopt tot 2026",
        "het dossier van het schooljaar 2024-2025 is klaar",
        "het contract is voor 32 uur per week",
        "mijn pasje kost 15 euro om te vervangen",
        "in magister staat lokaal B2.14 bij les 3",
        "de mentor van klas 2B is ziek",
    ],
)
def test_scrub7_near_everyday_numbers_stay(text):
    assert scrub_text(text) == text


# Round scrub7: a question about passwords is no password; DUO's own number is public (openbare_nummers).
def test_scrub7_a_question_about_passwords_stays():
    assert scrub_text("welke wachtwoord is sterk genoeg voor teams?") == "welke wachtwoord is sterk genoeg voor teams?"
    assert "[NUMMER]" in scrub_text("mijn wachtwoord is sterk123")


def test_scrub7_duo_number_is_public_but_a_student_number_is_not():
    assert scrub_text("bel DUO op 050 599 77 55") == "bel DUO op 050 599 77 55"
    assert "[TELEFOON]" in scrub_text("bel mij op 050 599 12 34")


def test_scrub7_phone_with_a_slash_and_a_space():
    assert "[TELEFOON]" in scrub_text("nieuw nummer: 06/ 31 44 20 19")
    assert scrub_text("de score was 3/ 4 voor ons") == "de score was 3/ 4 voor ons"


# Round scrub18: "sn" shortens studentnummer like "ln"; a count of things before it stays.
def test_scrub18_sn_before_a_student_number():
    assert "[STUDENTNUMMER]" in scrub_text("hoi, sn 3019283, mijn rooster is leeg")
    assert scrub_text("ik heb 3 sn en 4 km") == "ik heb 3 sn en 4 km"


# Round scrub18: "(0)" glued to the country code is part of the number ("0031(0)20 ...", "+31(0)6-..."); the country
# code does not stay behind.
@pytest.mark.parametrize("text", ["bel mijn oom: 0031(0)20 1234567", "app +31(0)6-87654321 maar"])
def test_scrub18_country_code_with_glued_trunk_zero(text):
    scrubbed = scrub_text(text)
    assert "[TELEFOON]" in scrubbed and "31" not in scrubbed and "(" not in scrubbed
