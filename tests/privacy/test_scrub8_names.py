"""Round scrub8 name phrasings (own made-up names and sentences): a greeting before "<name> hier", a word
between "mijn <relatie>" and a verb, an ordinary capitalised word after "ik ben" followed by where the person
is from or what people call them, the last word after a sign-off, and "meneer de <rol>" (no name)."""
import pytest

from bot.privacy.scrubber import scrub_text


@pytest.mark.parametrize(
    "text, gone",
    [
        ("hoi jesse hier, mijn laptop start niet", "jesse"),
        ("hey, Noortje hier! vraagje over de les", "Noortje"),
        ("mijn broer zon zit ook in klas 3", "zon"),
        ("mijn nicht regen komt volgend jaar naar deze school", "regen"),
        ("hallo, ik ben Vrede uit Syrië en ik zoek een laptop", "Vrede"),
        ("ik ben Beer, zo noemen ze me op school", "Beer"),
        ("dankjewel! xx fleur", "fleur"),
        ("tot morgen, groetjes roos", "roos"),
    ],
)
def test_scrub8_names_go(text, gone):
    out = scrub_text(text)
    assert "[NAAM]" in out and gone not in out.split(), out


@pytest.mark.parametrize(
    "text",
    [
        "meneer de conciërge zegt dat het lokaal dicht is",
        "mevrouw de directeur wil ons spreken",
        "omdat mijn zus koorts heeft kan ik niet komen",
        "een student die honger heeft kan bij de kantine terecht",
        "mijn moeder ook zegt dat het moet",
        "ik ben Student uit Utrecht",
        "ik ben Moslim uit Syrië en zoek een gebedsruimte",
        "ik ben Nederlander uit Rotterdam",
        "mijn broer gisteren zei dat de les uitvalt",
        "ik ben blij, zo gaat het goed",
        "bedankt! xx lieve groetjes aan de klas",
        "yo hier is mijn vraag over de les",
    ],
)
def test_scrub8_everyday_words_stay(text):
    assert scrub_text(text) == text


@pytest.mark.parametrize(
    "text, gone",
    [
        ("kan ik de rekenmachine van fenne lenen?", "fenne"),
        ("de tas van joep ligt nog in lokaal 4", "joep"),
    ],
)
def test_scrub8_lower_case_owner_after_van_goes(text, gone):
    out = scrub_text(text)
    assert "[NAAM]" in out and gone not in out.split(), out


@pytest.mark.parametrize(
    "text",
    [
        "de laptop van school is kapot",
        "de sleutel van huis ligt op tafel",
        "het rooster van dinsdag klopt niet",
        "de kleur van roos vind ik mooi",
    ],
)
def test_scrub8_things_after_van_stay(text):
    assert scrub_text(text) == text
