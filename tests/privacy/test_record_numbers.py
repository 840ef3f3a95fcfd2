"""Order, invoice, ticket, payment and reference numbers (issue 10, privacy decision of 2026-12-04).

The school's servicedesk or finance office, or a shop, can look such a number up and find the student, so it is
an indirect identifier and goes like any other id: the word stays, the number becomes [NUMMER]. What stays: the
words without a number, years, dates and amounts after them, and the numbers of things nobody owns (versions,
error codes, ISBNs). The words are listed in data/privacy.yml (dossierwoorden). Made-up examples.
"""
import pytest

from bot.privacy.scrubber import scrub_text


@pytest.mark.parametrize(
    "text, gone",
    [
        ("mijn bestelnummer is 4400123321 en de laptop is nog niet binnen", "4400123321"),
        ("bestelnummer 123456789 bij de webshop", "123456789"),  # nine digits, no BSN: still the order's number
        ("ordernummer 2024-88713, wanneer komt hij?", "88713"),
        ("het factuurnummer is F2024-00123, ik kan het niet betalen", "F2024-00123"),
        ("Het factuurnummer is 20241234", "20241234"),
        ("ticketnummer bij de servicedesk: INC0098123", "INC0098123"),
        ("ik heb melding SR-2024-0481 gemaakt maar niks gehoord", "0481"),
        ("betalingskenmerk 1234 5678 9012 3456", "5678"),
        ("kenmerk 7001 2345 6789 0123 staat op de brief", "0123"),
        ("de track & trace is 3SABCD1234567", "3SABCD1234567"),
        ("mijn bestelling 10023498 is niet geleverd", "10023498"),
        ("referentie 2024.3381.9920 van de boete", "3381"),
        ("De brief heeft dossiernummer 2024-A-0098, wat moet ik daarmee?", "0098"),  # the whole number, not its start
    ],
)
def test_a_record_number_goes_and_its_word_stays(text, gone):
    result = scrub_text(text)
    assert gone not in result, result
    assert "[NUMMER]" in result, result


def test_a_grouped_payment_reference_is_one_placeholder():
    assert scrub_text("betalingskenmerk 1234 5678 9012 3456") == "betalingskenmerk [NUMMER]"


@pytest.mark.parametrize(
    "text",
    [
        "de helpdesk zegt dat ik een ticket moet maken, hoe doe ik dat",
        "moet ik het ordernummer hebben om de laptop te retourneren?",
        "ik heb een order geplaatst van 3 boeken",
        "ik wil een melding maken bij de servicedesk",
        "de factuur van 2024 is 180 euro",
        "factuur 1250 euro, kan dat in 3 keer?",
        "de order van 12 mei is nog niet binnen",
        "de factuur voor schooljaar 2025-2026 is binnen",  # a school year after the word
        "Teams versie 24295.605.3225.8804",
        "error 0x80070005 bij het inloggen",
        "in Outlook krijg ik melding 0x8004010F",  # an error code after "melding"
        "het ISBN is 9789001234567",
    ],
)
def test_the_words_years_amounts_and_things_stay(text):
    assert scrub_text(text) == text
