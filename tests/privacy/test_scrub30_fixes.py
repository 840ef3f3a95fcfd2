"""Round 30 (names.py round scrub22, numbers.py scrub_iban): each new rule with its opposite. The cases are written for
this file; none is copied from a held-back set."""
import pytest

from bot.privacy.numbers import scrub_iban
from bot.privacy.scrubber import scrub_text
from tests.privacy.scrub_checks import assert_gone, assert_stays


@pytest.mark.parametrize("text, gone", [
    # a word no list knows, right after or before a name found, is the rest of that name
    ("hallo, ik ben yusuf ogbonna en ik mis mijn rooster", "ogbonna"),
    ("mijn moeder amina el-haddouchi belt morgen", "el-haddouchi"),
    ("ik ben zofia wróblewska uit de entree-opleiding", "wróblewska"),
    ("ikram Benali en ik doen samen de opdracht", "ikram"),
    # an initial and its lower-case surname after "op naam van"
    ("de rekening staat op naam van k. tjon", "tjon"),
    # a friend named after a chat word for a friend
    ("mn maatje tesfay zoekt ook een laptop", "tesfay"),
    ("mijn bestie Noor heeft geen wifi", "Noor"),
    # the person asked, first in the message
    ("sanne, kan jij mijn schrift meenemen", "sanne"),
    ("bram, heb jij de code van de kluis", "bram"),
    # the one met, between a form of "hebben" and "gezien", "gesproken", "gebeld"
    ("heb jij lotte vandaag gezien", "lotte"),
    ("ik heb daan gisteren gebeld maar hij nam niet op", "daan"),
    # a surname with its particles opening a clause before a finite verb
    ("van der meer moet de sleutels nog terugbrengen", "meer"),
    ("de jong zei dat de les om 10 uur begint", "jong"),
    # a class code after "uit" says the words before it name a person
    ("fleur de groot uit 2C heeft mijn oplader", "groot"),
    ("anna kowalczyk uit klas 3B zoekt een stageplek", "kowalczyk"),
])
def test_the_round_30_rules_find_the_name(text, gone):
    assert_gone(text, gone, "[NAAM]")


@pytest.mark.parametrize("text", [
    # greetings, apologies, relations and slang before the comma
    "sorry, kan je me nog een keer helpen",
    "broer, heb jij de oplader",
    "mattie, weet jij waar lokaal B2 is",
    "hellup, kan je me helpen met Teams",
    # met no person
    "ik heb school gebeld over mijn rooster",
    "ik heb mama gebeld dat ik later kom",
    "ik heb ziggo gebeld want het internet ligt eruit",
    "heb je die film al gezien",
    # a common noun after "de" opening a clause
    "de boer was blij met de stagiairs",
    "de roos is het symbool van de liefde",
    "de zonnebloem en de roos zijn de bloemen voor de opdracht",
    "van de week heb ik geen tijd",
    "ter plekke is het altijd druk",
    # a class code without a person before it
    "de jongens uit 2B hebben de bal",
    "een model uit 3D printen voor techniek",
])
def test_the_same_shapes_without_a_person_keep_the_words(text):
    assert_stays(text)


@pytest.mark.parametrize("text, expected", [
    # a verb form made from an app, a chat word without vowels, a compound ending in a relation word, a word of another
    # language: beside a name, yet no part of it
    ("Fatima appte me gister", "[NAAM] appte me gister"),
    ("thnx Sanne voor je hulp", "thnx [NAAM] voor je hulp"),
    ("graag het rooster, zegt mijn stagebaas Pieter", "graag het rooster, zegt mijn stagebaas [NAAM]"),
    ("Moja córka Anna ma problem z Teams", "Moja córka [NAAM] ma problem z Teams"),
    ("mn maatje tesfay zoekt ook een laptop", "mn maatje [NAAM] zoekt ook een laptop"),
])
def test_the_words_beside_a_name_stay(text, expected):
    assert scrub_text(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a failed candidate gives up one word only: the IBAN inside it is still found
    ("kan je de 35 euro overmaken naar nl12 snsb 0987 6543 21, dank je", "kan je de 35 euro overmaken naar [IBAN], dank je"),
    ("AA 10 NL85ABNA0000000000 ok", "AA 10 [IBAN] ok"),
    ("BE68 5390 0754 7034 ok", "[IBAN] ok"),
    ("het is de 12 euro waard", "het is de 12 euro waard"),
])
def test_an_iban_inside_a_longer_candidate_is_found(text, expected):
    assert scrub_iban(text) == expected


@pytest.mark.parametrize("text, gone", [
    # a street named after a person, in lower case or with a title
    ("ik woon op de pieter de hoochstraat 21, kan de pas daarheen", "pieter"),
    ("stuur het naar anna van burenlaan 8 hs", "anna"),
    ("wij wonen op de dr. maria montessorilaan 3", "dr."),
])
def test_a_street_named_after_a_person_is_all_of_the_address(text, gone):
    assert_gone(text, gone, "[ADRES]")


@pytest.mark.parametrize("text, gone", [
    ("het insta van mijn zusje is lotje.2009, ze krijgt rare dm's", "lotje.2009"),
    ("volg me op tiktok, xxmilanxx", "xxmilanxx"),
    ("add me op snap, noor.b07", "noor.b07"),
])
def test_an_account_after_whose_it_is_or_a_comma_is_found(text, gone):
    assert_gone(text, gone, "[ACCOUNT]")


@pytest.mark.parametrize("text, expected", [
    ("ik woon bij mijn oma op de kerkstraat 5", "ik woon bij mijn oma op de [ADRES]"),
    ("ik zit op tiktok, maar niet vaak", "ik zit op tiktok, maar niet vaak"),
    ("op tiktok, 12.30 uur komt de livestream", "op tiktok, 12.30 uur komt de livestream"),
    ("snapchat van mijn zus is kapot", "snapchat van mijn zus is kapot"),
])
def test_around_an_address_or_a_platform_the_ordinary_words_stay(text, expected):
    assert scrub_text(text) == expected


@pytest.mark.parametrize("text", [
    # review r30: words of address, slang beside a name, colours, jobs after a title, a count after a platform
    "buddy, kan je me helpen met teams",
    "abla, kan je helpen",
    "de wit is op, we moeten nieuwe verf halen",
    "bij de wit moet je de was apart doen",
    "meneer directeur komt vandaag langs",
    "op tiktok, 2x per dag post ik iets",
])
def test_review_r30_everyday_words_stay(text):
    assert_stays(text)


@pytest.mark.parametrize("text, expected", [
    ("Emre kanka gaat mee naar de les", "[NAAM] kanka gaat mee naar de les"),
    ("ik heb Ali gezein in de kantine", "ik heb [NAAM] gezein in de kantine"),
])
def test_review_r30_slang_and_typos_beside_a_name_stay(text, expected):
    assert scrub_text(text) == expected
