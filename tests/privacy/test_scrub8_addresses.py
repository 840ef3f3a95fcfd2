"""Round scrub8 address forms (own made-up streets): an article without its apostrophe ("op t Veld 8"), the
house number said alone after "woon op", a street's name said after "de straat heet", a postcode in lower case
right after "postcode", a pitch after a street, an abbreviated "Ln. v." street, and a street's name of
capitalised words joined by a particle before a known town. Everyday neighbours stay."""
import pytest

from bot.privacy.scrubber import scrub_text


@pytest.mark.parametrize(
    "text, gone",
    [
        ("wij wonen op t Hoge Veld 8 in Ede", "Veld 8"),
        ("ik woon op nummer 41b, bij de bakker om de hoek", "41b"),
        ("mijn straat heet Meidoornhaag", "Meidoornhaag"),
        ("de straatnaam is Oude Wetering", "Wetering"),
        ("postcode is 3817 kb", "3817"),
        ("we staan op de Veldweg 9 standplaats 4", "standplaats 4"),
        ("graag sturen naar Ln. v. Oud Zuylen 88", "Zuylen 88"),
        ("voor de zorgtoeslag: Onder de Linden 14, Arnhem", "Linden 14"),
        ("ons adres: Boven het Dorp 3 in Zwolle", "Dorp 3"),
    ],
)
def test_scrub8_addresses_go(text, gone):
    out = scrub_text(text)
    assert "[ADRES]" in out and gone not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "de straat is druk bij school",
        "ik woon op kamers sinds 2023",
        "wat is de postcode van het mbo, weet je dat?",
        "in 2024 ga ik verhuizen",
        "hoofdstuk 3, Utrecht is de hoofdstad van de provincie",
        "Koning van Oranje 2, dat is een boek",
        "we zitten in lokaal 3 standplaats van de fietsen",
    ],
)
def test_scrub8_everyday_places_stay(text):
    assert scrub_text(text) == text
