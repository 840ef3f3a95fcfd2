"""The privacy review of the scrub9 round (issue 10): blockers B1-B4 and should-fix S2-S4, S6. Each rule is pinned
from both sides: the personal data it leaked now goes, and the ordinary Dutch the rule was written for stays.
Own sentences."""
import pytest

from bot.privacy.scrubber import scrub_text
from tests.privacy.scrub_checks import assert_gone, assert_stays


# B1: a material word that is a first name too (amber, jade, peer, jasmijn, iris, ...) is a material only after a
# thing made of stuff (data/privacy.yml stof_ding) with "een" or nothing before it and no giving verb in the clause,
# or after geur/smaak/kleur/aroma. A message, a blow, money or a gift "van <naam>" is from a person.
@pytest.mark.parametrize("text, gone", [
    ("een berichtje van jasmijn", "jasmijn"),
    ("ik kreeg een berichtje van jasmijn dat ik dik ben", "jasmijn"),
    ("ik kreeg een appje van amber, ze pest me elke dag", "amber"),
    ("een klap van jade", "jade"),
    ("ik heb een klap gekregen van jade in de pauze", "jade"),
    ("kreeg van jade een klap", "jade"),
    ("een klap van taco", "taco"),
    ("er kwam een dreigbericht van iris op mijn telefoon", "iris"),
    ("ik heb klappen van iris gehad", "iris"),
    ("geld van peer", "peer"),
    ("ik heb geld van peer geleend en hij wil het terug", "peer"),
    ("er is een foto van peer verspreid", "peer"),
    ("de parfum van amber", "amber"),
    ("de parfum van amber ruikt naar rook, ze rookt op school", "amber"),
    ("de shampoo van jade is gestolen uit de kleedkamer", "jade"),
    ("de taart van jasmijn", "jasmijn"),
    ("de thee van iris stond op mijn tafel", "iris"),
    ("ik kreeg een ketting van amber", "amber"),
    ("een ring van jade is gestolen", "jade"),
    ("ik heb een jas van jade gevonden", "jade"),
    ("een jas van jade ligt nog in lokaal 4", "jade"),
    ("ik heb een screenshot van iris", "iris"),
    ("dreigberichten van rozemarijn", "rozemarijn"),
])
def test_b1_a_first_name_after_van_goes(text, gone):
    assert_gone(text, gone, "[NAAM]")


@pytest.mark.parametrize("text", [
    "ik heb een briefje van amber en jade gekregen",
])
def test_b1_two_names_after_van_both_go(text):
    scrubbed = scrub_text(text)
    assert "amber" not in scrubbed and "jade" not in scrubbed, scrubbed


@pytest.mark.parametrize("text", [
    "een tafel van eik",
    "een tafel van eik is duur",
    "de geur van jasmijn",
    "de geur van jasmijn in de aula",
    "een stoel van riet",
    "jam van peer",
    "jam van peer en appel",
    "een mooie oude tafel van eik",
    "een ketting van amber",
    "een ring van jade",
    "de kleur van jade vind ik mooi",
    "de smaak van peer",
    "het aroma van rozemarijn",
    "mijn oma bakt een taart van peer",
    "ik hou van jam van peer",
    "we hebben een vloer van eik",
    "een vaas van kristal",
])
def test_b1_a_material_after_van_stays(text):
    assert_stays(text)


# B2: after an explicit address cue a street is an address whatever its first word; without a cue a name joined by
# "van" is a street before a number and a known town when it opens with a street's head noun (adressen.straat_hoofdwoorden).
@pytest.mark.parametrize("text, gone", [
    ("ik woon op Erf van de Molen 7 in Arnhem", "Molen"),
    ("ik woon op Erf van de Molen 7", "Molen"),
    ("mijn adres is Poort van Kleef 3, Utrecht", "Kleef"),
    ("mijn adres is Poort van Kleef 3", "Kleef"),
    ("adres: Kop van Zuid 4, Rotterdam", "Zuid 4"),
    ("stuur naar Plaats van de Kerk 2 in Gouda", "Kerk"),
    ("mijn oma woont op Tuin van Noord 3 in Rotterdam", "Noord"),
    ("ik woon aan Hoek van de Dam 4, Amsterdam", "Dam"),
    ("ik woon op Hof van Holland 6 in Haarlem", "Holland"),
    ("Hoek van de Dam 4 in Amsterdam", "Dam"),
    ("Erf van de Molen 7, Arnhem", "Molen"),
    ("Poort van Kleef 3, Utrecht", "Kleef"),
])
def test_b2_a_street_after_a_cue_or_with_a_head_noun_goes(text, gone):
    assert_gone(text, gone, "[ADRES]")


@pytest.mark.parametrize("text", [
    "Team van de Week 3, Amsterdam",
    "Held van de Dag 2 in Utrecht",
    "ik woon in Den Haag 3 jaar",
    "ik woon in Alphen aan den Rijn en ik zit in klas 3",
])
def test_b2_a_title_or_a_town_stays(text):
    assert_stays(text)


# B3: after "postcode", lower-case en/in/op/is/of are a conjunction only before a lower-case word (no town) or another
# four digits; before a number, a town, punctuation or the end they are the postcode's letters.
@pytest.mark.parametrize("text, gone", [
    ("postcode 5702 en 12", "5702"),
    ("mijn postcode is 5702 en.", "5702"),
    ("mijn postcode is 5702 en, huisnummer 12", "5702"),
    ("postcode 5702 in helmond", "5702"),
    ("postcode 3811 op 14", "3811"),
    ("postcode 3811 op 14 is mijn huis", "3811"),
])
def test_b3_postcode_letters_in_lower_case_go(text, gone):
    assert_gone(text, gone, "[ADRES]")


@pytest.mark.parametrize("text", [
    "postcode 3500 en hoger",
    "postcode 1234 of 1235",
    "postcode 3500 en mijn huisnummer weet ik niet",
    "mijn postcode is 5702 en ik weet mijn huisnummer niet",  # "en ik": a conjunction, the digits alone are a region
    "het kost 1500 op de rekening",
])
def test_b3_a_region_or_an_amount_stays(text):
    assert_stays(text)


# B4: only lower-case "jarig" is no name (data/privacy.yml geen_naam_in_kleine_letters); the capitalised Frisian name
# is rare and so highly identifying.
@pytest.mark.parametrize("text, gone", [
    ("Jarig heeft mijn telefoon gepakt", "Jarig"),
    ("Jarig de Vries zit bij mij in de klas", "Jarig"),
    ("mijn broer Jarig zit in 3B", "Jarig"),
    ("ik ben jarig, groetjes Jarig", "Jarig"),
])
def test_b4_the_name_jarig_goes(text, gone):
    assert_gone(text, gone, "[NAAM]")


@pytest.mark.parametrize("text", [
    "ik ben jarig",
    "mijn zus is jarig",
    "ik ben morgen jarig",
    "Wie is er jarig vandaag?",
    "Ik ben jarig, mag ik eerder weg?",
])
def test_b4_a_birthday_stays(text):
    assert_stays(text)


# S2: record numbers that escaped: "#" before the number, plural words, every number of a list, partial groups of
# digits, and the codes that name a customer, an order or a parcel.
@pytest.mark.parametrize("text, gone", [
    ("bestelling #1234567", "1234567"),
    ("ticket #45213", "45213"),
    ("ticket nr. #INC0098123", "INC0098123"),
    ("Het ticketnummer van mijn melding is #48213, hoe kan ik de status zien?", "48213"),
    ("tickets INC0098123", "INC0098123"),
    ("ticketnummers INC0098123 en INC0098124", "INC0098124"),
    ("factuurnummers 2024-0042 en 2024-0043", "0043"),
    ("mijn facturen: 2024-0042, 2024-0043", "0043"),
    ("ik heb bestelling 4003 en 4004 gedaan", "4004"),
    ("ticket 123456 en 123457", "123457"),
    ("mijn bestellingen 77881234 en 77881235 zijn niet binnen", "77881235"),
    ("klantcode 4003217788", "4003217788"),
    ("mijn klantcode is AB12345", "AB12345"),
    ("bestelcode 4003217788", "4003217788"),
    ("verzendcode 3SABCD1234567", "3SABCD1234567"),
    ("tracking code 1Z999AA10123456784", "1Z999AA10123456784"),
    ("kenmerk 1234 5678", "5678"),
    ("kenmerk 12345 67890", "67890"),
    ("betalingskenmerk 1234 5678 9012 345", "345"),
])
def test_s2_record_numbers_go(text, gone):
    assert_gone(text, gone, "[NUMMER]")


@pytest.mark.parametrize("text, expected", [
    ("ticket 123456 en 123457", "ticket [NUMMER] en [NUMMER]"),
    ("kenmerk 1234 5678", "kenmerk [NUMMER]"),
    ("betalingskenmerk 1234 5678 9012 345", "betalingskenmerk [NUMMER]"),
    ("bestelling #1234567", "bestelling [NUMMER]"),
])
def test_s2_the_placeholders(text, expected):
    assert scrub_text(text) == expected


@pytest.mark.parametrize("text", [
    "productcode 8712345678901",  # a product's code names no one
    "kortingscode ABC12345",
    "foutcode 0x80070005",
    "mijn discord is shadowwolf#1234",  # a handle, for the handle rule
    "ik heb 2 tickets voor 1250 gekocht",
    "de order van 12 mei is nog niet binnen",
    "factuur 2024-2025",
])
def test_s2_things_that_are_no_record_stay(text):
    scrubbed = scrub_text(text)
    assert "[NUMMER]" not in scrubbed, scrubbed


# S3: ordinary content after a record's word stays: amounts, counts, a day and month, Windows error codes. What is
# ambiguous goes (the safer side): "de factuur is 1250" with no money word, "melding 1603" alone, "melding E1234".
@pytest.mark.parametrize("text", [
    "de factuur is 1250, ik kan het niet betalen",
    "ik moet de factuur 1250 betalen",
    "factuur van 1.450 voor de laptop",
    "bestelling van 2 laptops voor 1299",
    "de factuur bedraagt 1250",
    "order 1000 stuks",
    "bestelling 1500 gram",
    "ticket voor 14-06 naar Parijs",
    "melding 80070005",
    "melding 8004010F bij het opstarten",
    "melding 0x8004010F",
    "melding KB5034441 blijft hangen",
    "melding 1603 bij installeren",
])
def test_s3_ordinary_content_after_a_record_word_stays(text):
    assert_stays(text)


@pytest.mark.parametrize("text, gone", [
    ("de factuur is 1250", "1250"),
    ("melding 1603", "1603"),
    ("melding E1234", "1234"),
    ("ticket voor 45213", "45213"),
])
def test_s3_what_is_ambiguous_goes(text, gone):
    assert_gone(text, gone, "[NUMMER]")


# S4: "me straat is" (colloquial "mijn") and a bare "de straat is <Naam>" with a house number, "nummer" or "woon"
# after it name a street.
@pytest.mark.parametrize("text", [
    "de straat is Bremhorst, nummer 12",
    "de straat is Bremhorst, nummer weet je al",
    "de straat is Bremhorst 12",
    "me straat is Bremhorst",
])
def test_s4_a_street_said_goes(text):
    assert_gone(text, "Bremhorst", "[ADRES]")


@pytest.mark.parametrize("text", [
    "in welke straat is Albert Heijn?",
    "de straat is Maandag afgesloten",
    "de straat is Heel druk vandaag",
    "de straat is Heel druk, al 3 uur",
    "welke straat is het Stadion",
])
def test_s4_a_question_or_a_remark_about_a_street_stays(text):
    assert_stays(text)


# S6: a rising range after a bare "is" before "jarig" is a course's length; with "op", "ben" or a person it is a birthday.
@pytest.mark.parametrize("text", [
    "de opleiding is 3-4 jarig",
    "de opleiding ICT is 3-4 jarig, klopt dat?",
    "de cursus is 2-3 jarig",
    "een 2-3 jarig kind",
])
def test_s6_a_length_in_years_stays(text):
    assert_stays(text)


@pytest.mark.parametrize("text, gone", [
    ("ik ben op 3/11 jarig", "3/11"),
    ("ik ben 22-08 jarig", "22-08"),
    ("ze is 3-5 jarig", "3-5"),
    ("mijn zus is 3-5 jarig", "3-5"),
    ("hij is op 12-5 jarig", "12-5"),
])
def test_s6_a_birthday_still_goes(text, gone):
    assert_gone(text, gone, "[GEBOORTEDATUM]")
