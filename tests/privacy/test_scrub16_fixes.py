"""Round scrub16: the leaks review s22 (/work/notes/review_s22.md) found in the keep-exceptions of round scrub14. A
keep-exception must rest on positive evidence that the word is not a person; when in doubt, scrub. Every probe of the
review is pinned here as assert_gone, and the cases the exceptions were made for still stay."""
import pytest

from tests.privacy.scrub_checks import assert_gone, assert_stays


# M1: only a name that is a place itself (namen.voornaam_ook_plaats), before a known country or region
# (namen.land_of_streek), or as the predicate noun "is de stad / het land"; no hospitals, no "in het ziekenhuis".
@pytest.mark.parametrize("text, gone", [
    ("Noor lag in Maasstad na haar zelfmoordpoging", "Noor"),
    ("Daan ligt in Isala met een hersenschudding", "Daan"),
    ("Sanne ligt in Rijnstate", "Sanne"),
    ("Sanne ligt in Spaarne Gasthuis", "Sanne"),
    ("Sanne ligt in Zuyderland", "Sanne"),
    ("Sanne ligt in Tergooi", "Sanne"),
    ("Sanne ligt in Meander", "Sanne"),
    ("Sanne ligt in Radboud", "Sanne"),
    ("Sanne ligt in Parnassia", "Sanne"),
    ("Sanne ligt in Bronovo", "Sanne"),
    ("Sanne ligt in Haaglanden", "Sanne"),
    ("Sanne ligt in Gelre", "Sanne"),
    ("Sanne ligt in Bravis ziekenhuis", "Sanne"),
    ("Lisa ligt bij Radboud", "Lisa"),
    ("Sanne ligt in Spanje in het ziekenhuis", "Sanne"),
    ("Daan lag in Turkije in coma", "Daan"),
    ("Ahmed ligt in Marokko begraven", "Ahmed"),
    ("Lisa ligt in Duitsland bij haar vader", "Lisa"),
    ("Kevin is de stad in gegaan zonder te zeggen", "Kevin"),
    ("Jayden is het land uit gezet", "Jayden"),
    ("Victoria ligt in Spanje in het ziekenhuis", "Victoria"),
    ("Jordan is het land uit gezet", "Jordan"),
    ("Florence ligt in Italië in het ziekenhuis", "Florence"),
])
def test_m1_people_lying_somewhere_go(text, gone):
    assert_gone(text, gone, "[NAAM]")


@pytest.mark.parametrize("text", [
    "Paris is de hoofdstad van Frankrijk",
    "Florence ligt in Italië",
    "Florence ligt in Italië, daar gaan we heen met de klas",
    "Sydney is een stad in Australië",
    "Paris ligt in Frankrijk",
    "Georgia is een land in de Kaukasus",
])
def test_m1_places_that_are_first_names_stay(text):
    assert_stays(text)


# M2: "Mark het/die/dat/hem ..." opening a sentence is an imperative only with positive evidence: "als klaar/gedaan/...",
# or a particle ending the clause; never with a subject or "me" in the clause.
@pytest.mark.parametrize("text, gone", [
    ("Mark die slaat me elke dag", "Mark"),
    ("Mark hem pest me", "Mark"),
    ("Mark die jongen pest me", "Mark"),
    ("Mark het doet pijn", "Mark"),
    ("Mark dat vind ik niet leuk", "Mark"),
    ("Mark dat wist ik niet", "Mark"),
    ("Mark hem heb ik geblokt", "Mark"),
    ("Mark die ken je toch", "Mark"),
    ("Mark dit slaat nergens op", "Mark"),
    ("Mark die jongen pest me uit", "Mark"),
    ("Mark het verslag is af", "Mark"),
])
def test_m2_names_before_their_verb_go(text, gone):
    assert_gone(text, gone, "[NAAM]")


@pytest.mark.parametrize("text", [
    "Mark het als klaar",
    "Mark het als klaar in Teams",
    "Mark die taak als gedaan",
    "Mark die mail als gelezen",
    "Mark dat als belangrijk",
    "Mark die taak af",
    "Fleur je verslag op",
    "Fleur je presentatie wat op",
    "Mark je de opdracht als klaar?",
])
def test_m2_imperatives_stay(text):
    assert_stays(text)


# S4: "Met <public figure>" followed by what marks a caller is a caller; a public figure said to be one's relation is
# that person's name; a figure glued to a hyphen is a double surname.
@pytest.mark.parametrize("text, gone", [
    ("Met Lieke Klaver hier, de moeder van Sem", "Lieke"),
    ("Met Lieke Klaver, moeder van Daan uit 2C", "Lieke"),
    ("met Stefan de Vrij hier", "Stefan"),
    ("Met Daley Blind hier", "Daley"),
    ("Met Harry Kane hier, ik heb een vraag", "Harry"),
    ("Met George Russell van 4havo, mag ik ziek melden", "George"),
    ("Met Jan Ullrich-de Boer, vader van Sem", "Ullrich"),
    ("Met Harry Kane\nik ben de vader van Sem", "Harry"),
    ("mijn docent is Lieke Klaver", "Lieke"),
    ("mijn buurman is Harry Kane", "Harry"),
    ("mijn docent: Lieke Klaver", "Lieke"),
])
def test_s4_callers_with_a_public_figures_name_go(text, gone):
    assert_gone(text, gone, "[NAAM]")


@pytest.mark.parametrize("text", [
    "Met Virgil van Dijk als voorbeeld kun je zien hoe het moet",
    "Met Max Verstappen is het altijd spannend",
    "mijn held is Virgil van Dijk",
])
def test_s4_public_figures_stay(text):
    assert_stays(text)


# S5: "<naam> is een deel/onderdeel/stukje van" a thing only for a name that is a word too, before a concrete thing
# (namen.onderdeel_van or a soort_ding), never after a possessive.
@pytest.mark.parametrize("text, gone", [
    ("Sanne is een deel van het probleem in onze klas", "Sanne"),
    ("Daan is een deel van de reden dat ik niet naar school wil", "Daan"),
    ("Kevin is een onderdeel van de pestgroep", "Kevin"),
    ("Kevin is een onderdeel van het pesten", "Kevin"),
    ("Iris is een deel van mijn leven", "Iris"),
    ("Kevin is een stukje van mijn hart", "Kevin"),
    ("Iris is een stukje van je hart", "Iris"),
    ("Sanne is een deel van ons team", "Sanne"),
    ("Iris is een deel van het hart van mijn moeder", "Iris"),
])
def test_s5_people_part_of_something_go(text, gone):
    assert_gone(text, gone, "[NAAM]")


@pytest.mark.parametrize("text", [
    "Iris is een deel van het oog",
    "Iris is een onderdeel van het menselijk oog",
    "Roos is een deel van de plant",
])
def test_s5_parts_of_things_stay(text):
    assert_stays(text)


# S6: a capitalised compound after a platform is a thing only when its first part is known as a word or a brand.
@pytest.mark.parametrize("text, gone", [
    ("discord Jaimy-gamer", "Jaimy"),
    ("snap Jaimy-bakker", "Jaimy"),
    ("insta Jaimy-official", "Jaimy"),
    ("insta Semhar-danst", "Semhar"),
    ("insta Tesfay-official", "Tesfay"),
    ("tiktok Xylo-vlogger", "Xylo"),
])
def test_s6_platform_compounds_with_an_unknown_first_part_go(text, gone):
    assert_gone(text, gone, "[ACCOUNT]")


@pytest.mark.parametrize("text", [
    "doen we de Spotify Wrapped-opdracht in groepjes?",
    "hoe werkt de Instagram Reels-functie voor ons project?",
    "hebben we op school een Teams Premium-abonnement?",
])
def test_s6_platform_compounds_of_known_words_stay(text):
    assert_stays(text)


# S7: "nr", "nrs" and "nummers" are house-number words too: spaced digits and letters after them before a town are a
# postcode; the exercise words still protect questions and their answers.
@pytest.mark.parametrize("text, gone", [
    ("postcode en huis nr: 1 2 3 4 A B Ede", "1 2 3 4"),
    ("nrs 5 6 1 1 A Z Eindhoven", "5 6 1 1"),
    ("nummers 5 6 1 1 a z Eindhoven", "5 6 1 1"),
])
def test_s7_spaced_postcodes_after_number_words_go(text, gone):
    assert_gone(text, gone, "[ADRES]")


@pytest.mark.parametrize("text", [
    "antwoorden vraag 1 2 3 4 a b Ede",
    "opgave 1 2 3 4 a b Ede snap ik niet",
])
def test_s7_numbered_exercises_stay(text):
    assert_stays(text)


# S8: after storm/orkaan/tyfoon a name is the storm's only when capitalised and no Dutch first name, or with weather
# after it.
@pytest.mark.parametrize("text, gone", [
    ("orkaan Sanne ging vandaag langs mijn huis", "Sanne"),
    ("ik heb ruzie met tyfoon Daan", "Daan"),
    ("mijn zusje, orkaan Noor, heeft mijn lader gesloopt", "Noor"),
    ("orkaan Noor heeft mijn lader gesloopt", "Noor"),
    ("ik zag storm Daan gisteren", "Daan"),
])
def test_s8_people_after_a_storm_word_go(text, gone):
    assert_gone(text, gone, "[NAAM]")


@pytest.mark.parametrize("text", [
    "door storm Ciara reed er geen trein naar school",
    "orkaan Katrina is een voorbeeld bij aardrijkskunde",
    "storm Noor raasde over het land",
    "orkaan Sandy trok over New York",
])
def test_s8_storm_names_stay(text):
    assert_stays(text)


# S3: a machine sender ("noreply@") stays only when its domain holds no first name or surname and is no free-mail
# provider.
@pytest.mark.parametrize("text, gone", [
    ("mijn mail is postmaster@kimbakker.nl", "kimbakker"),
    ("mijn prive mail is noreply@jansen-familie.nl", "jansen"),
    ("mail me op noreply@gmail.com", "gmail"),
    ("mail me op noreply@gmail.com", ".com"),
    ("stuur het naar noreply@hotmail.nl", "hotmail"),
])
def test_s3_personal_machine_senders_go(text, gone):
    assert_gone(text, gone, "[EMAIL]")


@pytest.mark.parametrize("text", [
    "ik kreeg een bericht van noreply@roosters-mbo.nl, klopt dat?",
    "de mail kwam van no-reply@magister.net en ik snap hem niet",
    "waarom stuurt donotreply@duo.nl mij steeds mails",
    "ik kreeg mail van noreply@school-info.nl",
    "noreply@somtoday.nl stuurt me elke dag een mail",
])
def test_s3_machine_senders_stay(text):
    assert_stays(text)


# N1: a "- # header" line in a YAML list is a null entry: the name lists have none, and the loader refuses one.
def test_n1_name_lists_hold_only_strings():
    import yaml

    from bot.privacy.lexicon import SETTINGS_FILE, lexicon

    settings = yaml.safe_load(SETTINGS_FILE.read_text(encoding="utf-8"))["namen"]
    for key in ("publieke_personen", "geen_naam"):
        assert all(isinstance(entry, str) for entry in settings[key]), key
    assert "none" not in lexicon().not_names


def test_n1_loader_refuses_a_null_entry(monkeypatch):
    from bot.privacy import lexicon as module

    real = module._settings()
    broken = dict(real, namen=dict(real["namen"], publieke_personen=list(real["namen"]["publieke_personen"]) + [None]))
    monkeypatch.setattr(module, "_settings", lambda: broken)
    module.lexicon.cache_clear()
    try:
        with pytest.raises(ValueError, match="publieke_personen"):
            module.lexicon()
    finally:
        monkeypatch.undo()
        module.lexicon.cache_clear()
