"""Round scrub8: student numbers after the short "s-nummer" forms, a birthday as day and month without a year,
a mobile number read as "06" and pairs in words, a room code after "lokaal" (not an account's id).
Own made-up values and phrasings; each personal form has an everyday neighbour that must stay as written."""
import pytest

from bot.privacy.scrubber import scrub_text


@pytest.mark.parametrize(
    "text, placeholder",
    [
        ("mijn s-nummer is 2119034, kan je kijken?", "[STUDENTNUMMER]"),
        ("s-nr. 2250417 van klas 2B", "[STUDENTNUMMER]"),
        ("hier mn snummer: 2087763", "[STUDENTNUMMER]"),
        ("ik ben jarig op 14/9, krijg ik dan korting?", "[GEBOORTEDATUM]"),
        ("mijn verjaardag valt op 7-12", "[GEBOORTEDATUM]"),
        ("verjaardag: 03-05 dus volgende week", "[GEBOORTEDATUM]"),
        ("bel me op 06 eenenveertig zeventien drieëndertig negentig", "[TELEFOON]"),
        ("app naar 06 dertien vijf negen tachtig twintig", "[TELEFOON]"),
    ],
)
def test_scrub8_personal_numbers_and_dates_go(text, placeholder):
    assert placeholder in scrub_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "de deadline is 14/9 om 17.00",
        "we hebben 7-12 gewonnen met voetbal",
        "de verjaardag van de school is in 1998 en de les begint om 11.45",
        "blok 2 loopt van 3-5 tot 14-6",
        "ik heb 06 twaalf keer gebeld maar niemand nam op",
        "wat is het wachtwoord van lokaal D1.07?",
        "de wifi code van kamer B2.16 werkt niet",
        "mijn s-nummer werkt niet in magister",
        "bel 0800 1234 of 112 in nood",
    ],
)
def test_scrub8_everyday_numbers_stay(text):
    assert scrub_text(text) == text
