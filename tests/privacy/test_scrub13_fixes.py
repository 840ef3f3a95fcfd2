"""Round scrub13 (issue 10): everyday messages the filter changed (public figures, a pair of things called by their
kind) and the open items of the review of scrub11 (/work/notes/review_scrub11.md: S2, S6, S7, S8) and older leaks.
Each rule is pinned from both sides with sentences of our own: the personal item goes, the ordinary sentence stays."""
import pytest

from tests.privacy.scrub_checks import assert_gone, assert_stays


# Public figures (data/privacy.yml namen.publieke_personen) stay, and so does a single name listed right beside one.
@pytest.mark.parametrize("text", [
    "zangeres Emma Heesters komt naar onze stad",
    "ik kijk elke avond naar Max Verstappen in de Formule 1",
    "mag ik mijn spreekbeurt over Memphis Depay doen?",
    "ik heb gisteren naar Snelle en Maan geluisterd",
    "Joost Klein en Froukje staan op het festival",
    "ik luister graag naar Suzan & Freek, Nielson en Roxy Dekker",
    "is Femke Bol sneller dan Sifan Hassan?",
])
def test_public_figures_stay(text):
    assert_stays(text)


@pytest.mark.parametrize("text, gone", [
    ("mijn vriend Marco Borsato zit bij mij in de klas", "Borsato"),  # after a cue a person, whoever it is
    ("ik ga met Snelle en Sanne de Vries naar het concert", "Vries"),  # a full name beside a public figure
    ("Sanne en Daan komen niet", "Sanne"),
    ("bij Liam, Noor en Sem in de groep", "Liam"),
])
def test_people_beside_public_figures_still_go(text, gone):
    assert_gone(text, gone, "[NAAM]")


# A first name that is a word too, listed with a lower-case word and the pair called a kind of thing (review scrub11 N9).
@pytest.mark.parametrize("text", [
    "Linde en eik zijn bomen die je in elk park ziet",
    "Iris en lelie, die bloemen ruiken lekker",
    "Linde of berk, die bomen hebben zachte bladeren",
])
def test_a_pair_of_things_stays(text):
    assert_stays(text)


@pytest.mark.parametrize("text, gone", [
    ("Bas en Mark zijn dieren", "Mark"),  # Mark written as a name
    ("Roos en Jade, die pesten me elke dag", "Roos"),
])
def test_a_pair_of_people_goes(text, gone):
    assert_gone(text, gone, "[NAAM]")


# A title right after "de film", "het boek": the work, not a person.
@pytest.mark.parametrize("text", [
    "we kijken de film Kees de Jongen in de les",
    "ik lees het boek Pluk van de Petteflet voor mijn zusje",
    "is de serie Anne Frank echt gebeurd?",
])
def test_a_title_after_its_kind_stays(text):
    assert_stays(text)


@pytest.mark.parametrize("text, gone", [
    ("de film van Daan Jansen staat op insta", "Jansen"),
    ("film Sanne Bakker morgen even voor het project", "Bakker"),
])
def test_a_person_near_a_work_still_goes(text, gone):
    assert_gone(text, gone, "[NAAM]")


# S2: "Laan"/"Weg"/"Plein" and a year need a house number after the year; the year alone is no house number.
@pytest.mark.parametrize("text", [
    "Weg 2023 was een slecht jaar voor mij",
    "Weg 2019 en 2020 waren zware jaren",
    "Laan 2023 was leuk",
    "Laan 1990 tot nu",
    "Plein 2022 was druk",
])
def test_s2_a_year_after_a_street_word_stays(text):
    assert_stays(text)


@pytest.mark.parametrize("text, gone", [
    ("mijn adres is Laan 1940-1945 12", "12"),
    ("Plein 1944 nr 7, Arnhem", "nr 7"),
    ("stuur het naar Weg 1813 14 in Ede", "14"),
])
def test_s2_a_street_named_after_a_year_with_its_number_goes(text, gone):
    assert_gone(text, gone, "[ADRES]")


# S6: a postcode with its digits or its letters spaced.
@pytest.mark.parametrize("text, gone", [
    ("mijn postcode is 7 5 4 1 KP", "KP"),
    ("mijn postcode is 7541 k p", "7541"),
    ("postcode: 3 5 1 1 ab", "3 5 1 1"),
    ("ik woon op 7541 k p Enschede", "7541"),
])
def test_s6_partly_spaced_postcodes_go(text, gone):
    assert_gone(text, gone, "[ADRES]")


@pytest.mark.parametrize("text", [
    "de antwoorden van vraag 1 2 3 4 ab staan online",
    "ik heb opgave 1234 a b gemaakt",
    "lokaal 1204 a b is dicht",
])
def test_s6_spaced_numbers_and_letters_stay(text):
    assert_stays(text)


# S8: "in 't Veld", "van 't Hek" with an apostrophe (straight or curly) are a surname after a title or a first name.
@pytest.mark.parametrize("text, gone", [
    ("mevrouw Sanne in 't Veld is mijn mentor", "Veld"),
    ("Sanne In 't Veld belt u terug", "Veld"),
    ("mevrouw in 't Veld is mijn mentor", "Veld"),
    ("juf In ’t Veld heeft het rooster", "Veld"),
    ("meneer van 't Hek geeft wiskunde", "Hek"),
])
def test_s8_surnames_with_apostrophe_t_go(text, gone):
    assert_gone(text, gone, "[NAAM]")


@pytest.mark.parametrize("text", [
    "ik vind 't niet leuk",
    "is 't goed zo?",
    "ik ben in 't Gooi op vakantie",
    "ik ben in het Gooi op vakantie",
])
def test_s8_apostrophe_t_as_a_word_stays(text):
    assert_stays(text)


# Older leaks: a first name that is a word too ("Roos", "Ben", "Storm") with people around it, a verb form that is a name
# before a finite verb ("Ben is"), a name that is a month before what only a person does ("Mei reageert").
@pytest.mark.parametrize("text, gone", [
    ("Roos en vriendinnen pesten me elke dag", "Roos"),
    ("ik word gepest door Roos en vriendinnen", "Roos"),
    ("Roos en papa komen morgen", "Roos"),
    ("Roos en familie zijn op vakantie, dus ze is er niet", "Roos"),
    ("Ben is een dier, hij schopt me elke dag", "Ben"),
    ("Ben is vandaag ziek, kan hij het later inhalen?", "Ben"),
    ("Wil heeft mijn oplader nog", "Wil"),
    ("Roos is een bloem van een meid", "Roos"),
    ("Storm is een orkaan in de klas, hij breekt alles", "Storm"),
    ("Mei reageert niet op mijn berichten, ze is boos", "Mei"),
    ("Zomer appt me niet meer terug", "Zomer"),
])
def test_older_leaks_go(text, gone):
    assert_gone(text, gone, "[NAAM]")


@pytest.mark.parametrize("text", [
    "Ben je morgen op school?",
    "Ben jij ook ziek?",
    "Wil je mij helpen met de opdracht?",
    "Roos is een bloem",
    "Storm is een orkaan",
    "Mei komt eraan en zij heeft examens",
    "Mei heeft 31 dagen",
    "Mei kan ik niet, juni wel",
    "Rozen en tulpen zijn mooi",
    "op de Meir is een winkel waar ze laptops herstellen",
])
def test_words_that_are_names_stay(text):
    assert_stays(text)


# S7: a named street without a number after "woon(t)" and up to three words before "in/op/aan de"; in lower case too
# when the street is no word of the language.
@pytest.mark.parametrize("text, gone", [
    ("hij woont bij ons in de Kerkstraat", "Kerkstraat"),
    ("ze woont tegenover mij in de Kerkstraat", "Kerkstraat"),
    ("hij woont op de kerkstraat, vlakbij school", "kerkstraat"),
    ("ik woon al jaren gewoon in de Dorpsstraat", "Dorpsstraat"),
])
def test_s7_named_streets_go(text, gone):
    assert_gone(text, gone, "[ADRES]")


@pytest.mark.parametrize("text", [
    "ik woon aan de snelweg",
    "ik woon in de Kalverstraat-buurt",
    "we wonen niet meer in de buurt",
    "ik woon in de binnenstad",
    "mijn oma woont in de Achterhoek",
])
def test_s7_words_after_woon_stay(text):
    assert_stays(text)


# After "ik ben": an abbreviation in capitals (three to five letters) or a word for what a person is, is no name.
@pytest.mark.parametrize("text", [
    "Ik ben MBO student niveau 4",
    "ik ben HAVO leerling en wil naar het mbo",
    "Ik ben Hindoe en heb vrij met Divali",
    "ik ben Eerstejaars en weet nog niks",
])
def test_what_someone_is_after_ik_ben_stays(text):
    assert_stays(text)


@pytest.mark.parametrize("text, gone", [
    ("ik ben Noor uit 2B", "Noor"),
    ("yo ik ben DJ, kan ik mijn laptop inruilen?", "DJ"),
])
def test_names_after_ik_ben_still_go(text, gone):
    assert_gone(text, gone, "[NAAM]")


# "<Naam> is de/het <adjective> <kind of thing>": a thing too with a definite article and any inflected adjective.
@pytest.mark.parametrize("text", [
    "Bas is het laagste instrument in het orkest",
    "Jade is de mooiste steen",
    "Jade is een groene steen",
])
def test_a_word_defined_with_an_adjective_stays(text):
    assert_stays(text)


@pytest.mark.parametrize("text, gone", [
    ("Daan is de beste speler van het team", "Daan"),
    ("Mark is het domste dier, hij slaat me", "Mark"),
    ("Bas is een grote sukkel", "Bas"),
])
def test_a_person_defined_with_an_adjective_goes(text, gone):
    assert_gone(text, gone, "[NAAM]")


# After "ik ben" an adjective (a nationality, a condition) in capitals is no name; English after "my name is" neither; a
# street and a duration or a distance is no address.
@pytest.mark.parametrize("text", [
    "Ik ben Hongaars en woon hier sinds kort",
    "Ik ben Syrische en spreek Arabisch",
    "Ik ben Dyslectisch, krijg ik extra tijd?",
    "Hi, my name is not important, but I have a question",
    "Bij de Markt 5 minuten lopen",
    "de Kerkweg 3 km verderop is de school",
])
def test_adjectives_english_and_durations_stay(text):
    assert_stays(text)


@pytest.mark.parametrize("text, gone, placeholder", [
    ("my name is john", "john", "[NAAM]"),
    ("ik heet will", "will", "[NAAM]"),
    ("ik woon op de Kerkstraat 5", "Kerkstraat", "[ADRES]"),
    ("mijn adres is Dorpsstraat 12, Ede", "Dorpsstraat", "[ADRES]"),
])
def test_names_and_streets_still_go(text, gone, placeholder):
    assert_gone(text, gone, placeholder)


# Listed with a public figure after "met" or "bij": who one is with, so the first name still goes.
@pytest.mark.parametrize("text, gone", [
    ("ik ga met Froukje en Snelle naar de film", "Froukje"),
    ("ik ga met Marco Borsato en Froukje mee", "Froukje"),
])
def test_a_name_in_company_of_a_public_figure_goes(text, gone):
    assert_gone(text, gone, "[NAAM]")
