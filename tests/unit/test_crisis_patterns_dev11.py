"""Round 13 of the crisis tuning (issue 9), on development set crisis_dev11: a plan with a date, a fire in a room,
a place to be tonight, overdoses and FAST signs, grabbing, naked photos and loverboys, a teacher's short report, and
news, research and staff courses that name a crisis word. Every text here is written for this test, not copied from
any development, review or held-out set; each class both ways: the disclosure, and the everyday sentence next to it.
"""
import pytest

from tests.unit.crisis_checks import CHECKIN_SCORE, SCORES, first_kind


DISCLOSURES = [
    # suicide: a plan with a date, thoughts recognised in a lesson, farewell signs, a friend at the railway
    ("na die voorlichting wist ik het: ik heb ook al een plan en een datum", "zelfdoding"),
    ("bij de mentorles over 113 merkte ik dat ik precies die gedachtes heb", "zelfdoding"),
    ("wat gebeurt er met mijn schuld bij DUO als ik overlijd? vraag voor mezelf", "zelfdoding"),
    ("mijn vriend appte sorry voor alles en zijn locatie staat bij het spoor", "zelfdoding"),
    ("mijn zus geeft al haar spullen weg en zegt dat ze moe is", "zelfdoding"),
    # acute danger: fire, smoke, a child with pills, an overdose count, a stroke, someone who does not move
    ("brand in de kantine!!", "acuut_gevaar"),
    ("er komt rook onder de deur van de wc vandaan", "acuut_gevaar"),
    ("mijn zusje heeft een hele strip pillen van oma opgegeten", "acuut_gevaar"),
    ("ik heb te veel slaappillen genomen, een stuk of 25", "acuut_gevaar"),
    ("opa kan zijn arm niet meer optillen en praat heel raar", "acuut_gevaar"),
    ("er ligt een vrouw op de straat bij de bushalte. ze beweegt niet", "acuut_gevaar"),
    ("net een ongeluk op de rotonde, de fietser beweegt niet", "acuut_gevaar"),
    # sexual violence
    ("die jongen heeft me vastgepakt in de kleedkamer en ik kon niet weg", "seksueel_geweld"),
    ("er gaan foto's van mij rond waarop ik naakt ben", "seksueel_geweld"),
    ("ze heeft een filmpje van mij van toen ik dronken was en stuurt het door", "seksueel_geweld"),
    ("mijn nicht krijgt steeds cadeaus van een man van 30 en moet dan met hem mee", "seksueel_geweld"),
    ("iemand heeft mn nudes in de klassenapp gezet", "seksueel_geweld"),
    # home violence
    ("als hij dronken is duwde hij me tegen de kast, gisteren weer", "geweld_thuis"),
    ("mijn moeder slaat dan alles kapot in de keuken, ook mij", "geweld_thuis"),
    # nowhere to sleep
    ("ik moet vanavond ergens heen waar het droog is, thuis kan niet meer", "geen_slaapplek"),
    ("mag ik in de kantine blijven slapen tot morgenochtend", "geen_slaapplek"),
    ("ik sta op straat met mijn spullen en weet niet waar ik vannacht moet slapen", "geen_slaapplek"),
    ("ik moest eruit bij mijn tante en heb niemand waar ik heen kan", "geen_slaapplek"),
    ("ik ben al een maand aan het zwerven sinds mijn moeder me eruit zette", "geen_slaapplek"),
    # a teacher about a student
    ("leerling belde net huilend, ze durft niet naar huis", "zorg_om_student"),
    ("student met een mes op de gang", "zorg_om_student"),
    ("een stdent van mij zegt dat hij zelfmoord wil plegen", "zorg_om_student"),
    ("de vader van een leerling belde me dat zijn dochter zelfmoord wil plegen", "zorg_om_student"),
    ("hij zit nu in mijn lokaal en zegt dat zijn broer hem gaat slaan", "zorg_om_student"),
]


@pytest.mark.parametrize("text,kind", DISCLOSURES)
def test_the_disclosure_gets_its_kind_first(detector, text, kind):
    for kwargs in SCORES:
        assert first_kind(detector, text, **kwargs) == kind, (kwargs, text)


# The everyday sentence next to each class: no full answer (at most the check-in with a classifier score).
EVERYDAY = [
    "ik heb een plan voor mijn stage en een datum voor de presentatie",
    "ik heb ook die gedachte gehad over het rooster, het klopt niet",
    "mijn opa is overleden, moet ik dat doorgeven aan school?",
    "mijn locatie staat aan, kan de app zien waar ik ben?",
    "ik geef mijn oude spullen weg op marktplaats, mag ik dat op school ophangen?",
    "ik heb brandend maagzuur, mag ik eerder weg?",
    "de brand op het nieuws was heftig, gaat de excursie door?",
    "mijn moeder heeft haar pillen ingenomen en slaapt nu",
    "een doosje paracetamol kost 2 euro bij de drogist",
    "na de training kon ik mijn arm niet optillen, mag ik de gymtoets later doen?",
    "mijn hond ligt de hele dag op de vloer te slapen",
    "mijn trainer heeft me vastgepakt toen ik bijna viel, gelukkig",
    "kun je een foto van mij maken voor mijn portfolio?",
    "ik kreeg cadeautjes van mijn opa voor mijn verjaardag",
    "mijn broertje gooide de bal tegen de muur en nu is er een deuk",
    "ik moet vanavond ergens heen voor mijn bijbaan, tot hoe laat is de bieb open?",
    "kan ik mijn koffer in een kluisje zetten tijdens de excursie?",
    "wij gingen zwerven door de stad na de toets, was leuk",
    "mijn lokaal is koud, wie kan de verwarming aanzetten?",
    "een moeder van een leerling wil een gesprek, waar plan ik dat?",
    # news, research, staff courses and helplines
    "heb je gehoord van die schietpartij in het nieuws? wat vind jij ervan?",
    "we doen onderzoek naar loverboys voor burgerschap, mag ik een enquête houden?",
    "tot wanneer moet de e-learning over huiselijk geweld af zijn?",
    "waar staat het protocol suïcidepreventie op intranet?",
    "er was een bommelding bij een andere school, oefenen wij ook?",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_the_everyday_sentence_next_to_it_gets_no_full_answer(detector, text):
    for kwargs in ({}, CHECKIN_SCORE):
        assert detector.detect(text, **kwargs).level != "crisis", (kwargs, text)


@pytest.mark.parametrize("text", [
    "we deden onderzoek naar zelfbeschadiging en ik snij mezelf ook",
    "heb je gehoord van die steekpartij? ik wil zelf ook dood",
    "bij de e-learning over huiselijk geweld dacht ik: mijn vader slaat mij ook",
])
def test_a_subject_span_never_hides_an_own_story(detector, text):
    for kwargs in SCORES:
        assert detector.detect(text, **kwargs).level == "crisis", (kwargs, text)


def test_nights_at_a_station_are_nowhere_to_sleep_and_a_trip_is_not(detector):
    for kwargs in SCORES:
        assert first_kind(detector, "ik pit al vier nachten in het park, waar kan ik douchen?", **kwargs) == "geen_slaapplek"
    for kwargs in ({}, CHECKIN_SCORE):
        assert detector.detect("ik slaap al twee nachten in een hotel voor mijn stage in Gent", **kwargs).level != "crisis"
