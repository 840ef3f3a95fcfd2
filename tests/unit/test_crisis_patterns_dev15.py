"""Round 15 of the crisis tuning (issue 9): the classes behind the crisis_dev12 misses and wrong first kinds, and
subject spans for everyday frames (a lesson, a group project, a made-up incident, a statistic, a news item).
Every text is written for this test (none copied from a development or held-out set); each class both ways.
"""
import pytest

from tests.unit.crisis_checks import CHECKIN_SCORE, SCORES, SURE, first_kind

# --- 1. the classes of the four misses, and the wrong-first classes: the kind first at every classifier score -----
DISCLOSURES = [
    # a farewell to everyone with an apology, as the whole message
    ("vaarwel allemaal. het spijt me", "zelfdoding"),
    ("sorry voor alles. doei iedereen", "zelfdoding"),
    ("mijn zus appte 'sorry voor alles, ik hou van jullie' en nu neemt ze niet op", "zelfdoding"),
    ("ik schrijf een brief voor mijn broertje, voor als ik er straks niet meer ben", "zelfdoding"),
    ("ik zoek hoe ik er een eind aan kan maken", "zelfdoding"),
    ("ik heb vannacht weer gekrast, best diep", "zelfdoding"),
    # touched again and again when alone with someone
    ("mijn trainer zit me telkens aan als we alleen in de kleedkamer zijn", "seksueel_geweld"),
    ("mijn baas pakt me steeds vast als ik alleen in het magazijn sta", "seksueel_geweld"),
    ("mijn coach vraagt steeds om foto's van mij in ondergoed", "seksueel_geweld"),
    # a night somewhere with no other place
    ("kun je de hele nacht in het station blijven? ik heb geen andere plek", "geen_slaapplek"),
    # a teacher about a student (self-harm with a blade, told after an earlier question)
    ("de student waarvoor ik de aanvraag deed vertelde dat haar vader haar slaat", "zorg_om_student"),
    # acute: fallen and not responding, slurred speech and falling over, swallowed and cannot breathe, "help" texted
    ("mijn opa is gevallen en hij reageert niet meer", "acuut_gevaar"),
    ("mijn moeder praat ineens raar en valt om, wat moet ik doen", "acuut_gevaar"),
    ("mijn broertje heeft een knikker ingeslikt en kan niet meer ademen", "acuut_gevaar"),
    ("mijn zusje appte 'hij is hier, help' en haar ex heeft haar eerder geslagen", "acuut_gevaar"),
    ("voor een verzonnen steekpartij moeten we een verslag schrijven, maar gisteren is mijn broer echt gestoken",
     "acuut_gevaar"),
    # home violence: "daar niet meer zijn" is about the place, not about living
    ("mijn vader slaat me en ik wil daar niet meer zijn", "geweld_thuis"),
]


@pytest.mark.parametrize("text,kind", DISCLOSURES)
def test_round15_disclosure_gets_its_kind_first(detector, text, kind):
    for kwargs in SCORES:
        assert first_kind(detector, text, **kwargs) == kind, (kwargs, text)


@pytest.mark.parametrize("text", [
    "mijn leerling haalt haar armen open met een mesje, dat zag ik vandaag",
    "ik geef les bij de opleiding Zorg en een meisje vertelde dat ze thuis geslagen wordt",
])
def test_round15_teacher_report_gets_the_teacher_answer(detector, text):
    for kwargs in SCORES[1:]:
        assert first_kind(detector, text, **kwargs) == "zorg_om_student", (kwargs, text)


def test_round15_here_is_still_suicide(detector):
    # only "daar" was taken out of the "wil ... niet meer zijn" pattern
    assert first_kind(detector, "ik wil hier niet meer zijn") == "zelfdoding"


# --- the same words in an everyday sentence: no full answer by pattern ---------------------------------------------
@pytest.mark.parametrize("text", [
    "doei allemaal, tot maandag!",
    "sorry iedereen dat ik te laat ben",
    "sorry voor alles wat ik zei gisteren, ik was moe",
    "mijn oma pakt me altijd vast als ik binnenkom, zo lief",
    "mag ik vanavond langer in de bieb blijven? ik heb thuis geen rustige plek om te leren",
    "ik moet de hele nacht doorwerken aan mijn verslag, waar is een stille plek?",
    "ik heb mijn arm opengehaald aan een spijker in de werkplaats, moet ik naar de huisarts?",
    "de student die ik ken zegt dat de kantine dicht is",
    "ik heb de uien weer gesneden voor het koken",
    "ik schrijf een brief voor mijn opvolger voor als ik er niet ben tijdens mijn vakantie",
    "hoe ik er een eind aan kan maken met mijn vriend weet ik niet",
    "mijn laptop reageert niet meer, kan ik een leenlaptop krijgen?",
    "mijn moeder vroeg om foto's van mijn stage",
    "ik ben door een wesp gestoken, heb ik vrij?",
    "mijn oom is in de oorlog neergeschoten, dat verhaal gebruik ik voor geschiedenis",
])
def test_round15_everyday_sentence_has_no_full_answer_by_pattern(detector, text):
    assert detector.detect(text).level != "crisis", text


# --- 3. subject spans: an everyday frame gets at most the check-in; a disclosure next to it keeps the full answer --
SUBJECT_FRAMES = [
    "we moeten een oefenrapport maken over een verzonnen schietpartij op school",
    "we zoeken een gastspreker over loverboys voor de klas",
    "ons groepsproject gaat over huiselijk geweld",
    "het zijn 1800 mensen door zelfdoding per jaar toch?",
    "die rapper die is opgepakt voor mishandeling, hoe lang krijgt hij?",
    "ik las dat loverboys steeds vaker voorkomt, hoe herken je ze?",
    "er zijn steeds meer jongeren die op de bank bij vrienden slapen volgens het nieuws",
    "wat gebeurt er met huurders die uit huis worden gezet?",
    "wij maken een tiktok over zelfdoding voor het mentoruur",
]


@pytest.mark.parametrize("text", SUBJECT_FRAMES)
def test_round15_subject_frame_gets_at_most_the_checkin(detector, text):
    for kwargs in SCORES:
        assert detector.detect(text, **kwargs).level != "crisis", (kwargs, text)


@pytest.mark.parametrize("text,kind", [
    ("ons groepsproject gaat over huiselijk geweld en eerlijk gezegd slaat mijn vader mij ook", "geweld_thuis"),
    ("ik las dat sextortion steeds vaker voorkomt, en nu chanteert iemand mij ook met foto's", "seksueel_geweld"),
    ("wij maken een tiktok over zelfdoding, ik denk er zelf ook elke dag aan", "zelfdoding"),
])
def test_round15_disclosure_next_to_a_subject_frame_keeps_the_full_answer(detector, text, kind):
    for kwargs in SCORES:
        assert first_kind(detector, text, **kwargs) == kind, (kwargs, text)


@pytest.mark.parametrize("text", SUBJECT_FRAMES)
def test_round15_subject_frame_is_never_silent_with_a_classifier_score(detector, text):
    assert detector.detect(text, **CHECKIN_SCORE).level is not None, text
    assert detector.detect(text, **SURE).level is not None, text
