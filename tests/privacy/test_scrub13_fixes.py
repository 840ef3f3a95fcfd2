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
