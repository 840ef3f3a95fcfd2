"""Fixes for the review of round scrub6 (/work/notes/review_scrub6.md: F2, F3, F4, F15, F16, F17, F18, M1, M3).
Made-up examples: each a form the review found wrong, and the personal form next to it that must still go."""
import pytest

from bot.privacy.scrubber import scrub_text


@pytest.mark.parametrize(
    "text",
    [
        # F2: places and tools at school with a number are no street; "ip-adres" is no address word.
        "je pasje ophalen op de servicedesk 4",
        "het verslag opsturen naar magister 1",
        "ik moet het inleveren, brengen naar de mediatheek 3",
        "het mac-adres is router 7",
        # F3: a time or a bus or tram line before a square.
        "we zien elkaar om 11 Marktplein",
        "pak tram 9 Centraalplein",
        # F4 / F17: a word of the language ending in ring, pad... with "nummer" or a slash.
        "de bespreking, nummer 3 op de lijst",
        "aflevering 4/6 komt vrijdag",
        # F15: school systems after "username".
        "username osiris doet het niet",
        # F16: "is" inside a word after "wachtwoord".
        "wachtwoord magister kwijt",
        "mijn wachtwoord van de basisschool werkt nog",
        # M3: a word of the language after "woon in de".
        "ik woon in de wijk 4 jaar",
    ],
)
def test_review_scrub6_everyday_text_stays(text):
    out = scrub_text(text)
    assert "[ADRES]" not in out and "[ACCOUNT]" not in out and "is[NUMMER]" not in out, out
    assert out == text


def test_review_scrub6_f18_a_bus_line_after_an_address_stays():
    # F18: "bus 8" followed by a verb is a bus line, not the box of the address.
    out = scrub_text("ik loop stage op Molenweg 3 bus 8 rijdt daar langs")
    assert "[ADRES]" in out and "bus 8 rijdt" in out


@pytest.mark.parametrize(
    "text, gone, placeholder",
    [
        ("bezorgen op de merelhorst 19", "merelhorst", "[ADRES]"),
        ("ik woon op 41 Distelstraat", "Distelstraat", "[ADRES]"),
        ("we wonen in de lindenhove 8", "lindenhove", "[ADRES]"),
        ("post naar Beukstraat 6 bus 3 te Genk", "Genk", "[ADRES]"),
        ("mijn wachtwoord is Kaas!2024", "Kaas!2024", "[NUMMER]"),
        ("nr op m'n pas 2219904", "2219904", "[STUDENTNUMMER]"),
        ("std-nr 2219904 klopt niet", "2219904", "[STUDENTNUMMER]"),
        ("username kaasboer2005", "kaasboer2005", "[ACCOUNT]"),
    ],
)
def test_review_scrub6_personal_forms_still_go(text, gone, placeholder):
    out = scrub_text(text)
    assert gone not in out and placeholder in out, out


# F1: a spaced or bracketed "@" before a mail provider after a word of the language is no e-mail address.
@pytest.mark.parametrize("text", ["thuis inloggen @ outlook lukt niet", "kies (a) gmail of (b) iets anders", "mijn agenda @ outlook is leeg"])
def test_review_scrub6_f1_word_at_provider_stays(text):
    assert scrub_text(text) == text


@pytest.mark.parametrize("text", ["mail me: ruben @ gmail", "bram [at] hotmail", "noor2006 @ outlook"])
def test_review_scrub6_f1_name_at_provider_goes(text):
    assert "[EMAIL]" in scrub_text(text)


# F19: a listed feast or public figure that is also a given name is a name after an explicit cue only.
@pytest.mark.parametrize("text, gone", [("mijn zus Ramadan komt niet", "Ramadan"), ("ik ben Maxima, uit klas 2", "Maxima"),
                                        ("groetjes, Holi", "Holi")])
def test_review_scrub6_f19_given_name_after_a_cue_goes(text, gone):
    assert gone not in scrub_text(text)


@pytest.mark.parametrize("text", ["in de Ramadan eet ik overdag niet", "is er school met Diwali?"])
def test_review_scrub6_f19_the_feast_itself_stays(text):
    assert scrub_text(text) == text


# The review's remaining misses and one nit, fixed by the lead (own examples).
@pytest.mark.parametrize("text, gone, placeholder", [
    ("mijn username Zonnepitje kan niet inloggen", "Zonnepitje", "[ACCOUNT]"),
    ("gebruikersnaam Merelbos werkt niet meer", "Merelbos", "[ACCOUNT]"),
    ("stuur het naar fenna op hotmail punt com", "fenna", "[EMAIL]"),
    ("mail: bram.k op gmail.com", "bram.k", "[EMAIL]"),
    ("bel me op nul zes vierentwintig dertien achtenvijftig negentig", "vierentwintig", "[TELEFOON]"),
])
def test_review_misses_are_scrubbed(text, gone, placeholder):
    out = scrub_text(text)
    assert gone not in out and placeholder in out, out


@pytest.mark.parametrize("text", [
    "mijn username Magister doet raar",
    "ik zit de hele dag op gmail punt com",
    "mijn cijfers dit jaar: zes, 7, 8, 6, 5, 7, 8, 9, 6",
    "we hadden nul zes en twintig punten",
])
def test_review_look_alikes_stay(text):
    assert scrub_text(text) == text
