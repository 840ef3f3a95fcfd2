"""Round 14 of the crisis tuning (issue 9): a seriousness marker after a joke, a teacher's report after a lesson, a
night on the station now, a past weapon threat at home, and questions about 113 and 112. Its safeguarding review
(review_crisis14.md, 2026-12-05) withdrew two of its rules: a past trip as no alarm (it silenced crises told in the
same sentence) and a general helpline question as no request ("wanneer bel je 112 als iemand niet meer ademt").
Every text is written for this test (none copied from a development or held-out set); each class both ways.
"""
import pytest

from actions.knowledge import get_knowledge
from actions.knowledge.crisis import gevraagde_hulplijn, kies_soorten
from tests.unit.crisis_checks import CHECKIN_SCORE, SCORES, SURE, first_kind

# --- 2. "lol ... maar ik meen het": a seriousness marker after a joke marker undoes the joke ----------------------
SERIOUS_AFTER_A_JOKE = [
    ("haha ik wil dood. geen grap", "zelfdoding"),
    ("grapje, maar ik meen het: ik wil dood", "zelfdoding"),
    ("lol ik wil er niet meer zijn maar ik meen het", "zelfdoding"),
    ("haha ik heb geen slaapplek vannacht. geen grap", "geen_slaapplek"),
    ("lol ik heb letterlijk geen huis meer maar ik meen het echt, vannacht geen slaapplek", "geen_slaapplek"),
    ("haha ik word thuis geslagen, serieus nu", "geweld_thuis"),
    ("😂 ik wil dood, echt waar", "zelfdoding"),
]


@pytest.mark.parametrize("text,kind", SERIOUS_AFTER_A_JOKE)
def test_a_seriousness_marker_after_a_joke_gives_the_full_answer(detector, text, kind):
    for kwargs in SCORES:
        assert first_kind(detector, text, **kwargs) == kind, (kwargs, text)


@pytest.mark.parametrize("text", [
    "haha ik ga dood van het lachen om die meme",
    "lol ik meen het niet, ik wil gewoon slapen",  # "niet" after the marker: still a joke (review crisis14)
    "lol ik wil dood, die toets was zo moeilijk 😂",
    "haha mijn wifi is kapot, geen grap",
])
def test_a_joke_without_a_seriousness_marker_is_still_a_joke(detector, text):
    for kwargs in ({}, CHECKIN_SCORE):
        assert detector.detect(text, **kwargs).level != "crisis", (kwargs, text)


# --- 3. a teacher's report after a lesson: the teacher's answer first ---------------------------------------------
TEACHER_AFTER_A_LESSON = [
    "na de les kwam een student naar me toe en vertelde dat haar vader haar slaat",
    "na mijn les bleef een meisje hangen en zei dat ze niet meer wil leven",
    "Na afloop van mijn les sprak een leerling mij aan en vertelde dat haar stiefvader haar slaat",
    "Een leerling vertrouwde mij na de les toe dat ze al weken op straat slaapt",
    "Na mijn les over loverboys kwam een meisje naar me toe: dat overkomt mij ook, zei ze",
    "na het mentoruur bleef een leerling achter, hij durft niet naar huis",
]


@pytest.mark.parametrize("text", TEACHER_AFTER_A_LESSON)
def test_a_teachers_report_after_a_lesson_gets_the_teacher_answer(detector, text):
    # with any classifier score: a report in words no crisis pattern knows is the teacher's answer too
    for kwargs in SCORES[1:]:
        assert first_kind(detector, text, **kwargs) == "zorg_om_student", (kwargs, text)


@pytest.mark.parametrize("text,kind", [
    # a student about a classmate after a lesson is no teacher: their own answer
    ("na de les kwam een jongen naar me toe en zei dat hij me gaat slaan", "geweld_thuis"),
    ("na mijn les wil ik dood, ik kan niet meer", "zelfdoding"),
])
def test_a_student_after_a_lesson_is_no_teacher(detector, text, kind):
    assert first_kind(detector, text, **SURE) not in ("zorg_om_student", None, "checkin")


# --- 4. a crisis told next to a night on a trip keeps its answer; a night on the station now is nowhere to sleep --------
@pytest.mark.parametrize("text,kind", [
    # review crisis14: each was silenced by round 14's past-trip rule
    ("op festival sliep ik in de tent en pa sloeg me toen ik thuiskwam", "geweld_thuis"),
    ("op kamp sliep ik in een tent en een leider heeft me daar aangerand", "seksueel_geweld"),
    ("op schoolreis sliep ik op het station en sindsdien slaap ik nergens meer", "geen_slaapplek"),
])
def test_a_crisis_told_next_to_a_night_on_a_trip_keeps_its_answer(detector, text, kind):
    for kwargs in SCORES:
        assert first_kind(detector, text, **kwargs) == kind, (kwargs, text)


@pytest.mark.parametrize("text", [
    "vannacht slaap ik op het station",
    "vanavond slaap ik op het station",
    "nu slaap ik op het station",
    "tijdens de werkweek sliepen we in een tent, nu slaap ik al drie nachten op straat",
    "op schoolreis sliep ik op het station en nu vannacht weer, ik heb geen thuis meer",
])
def test_a_night_on_the_station_now_is_nowhere_to_sleep(detector, text):
    for kwargs in SCORES:
        assert first_kind(detector, text, **kwargs) == "geen_slaapplek", (kwargs, text)


# --- 5. a past weapon threat by a family member: violence at home first, acute danger second -----------------------
@pytest.mark.parametrize("text", [
    "mijn broer heeft me vorige week met een mes bedreigd",
    "mijn stiefvader heeft mij vorig jaar met een mes bedreigd, ik denk er nog vaak aan",
    "mijn vader had me toen met een mes bedreigd",
])
def test_a_past_weapon_threat_at_home_is_home_violence_first_and_keeps_acute_danger(detector, text):
    for kwargs in SCORES:
        found = detector.detect(text, **kwargs)
        assert found.level == "crisis", (kwargs, text)
        first, others = kies_soorten(found.kinds, None)
        assert first == "geweld_thuis" and "acuut_gevaar" in others, (kwargs, text, found)


@pytest.mark.parametrize("text", [
    "mijn broer heeft me met een mes bedreigd en hij staat nu voor de deur",
    "mijn broer heeft me vorige week met een mes bedreigd, vanavond komt hij weer thuis",
    "mijn broer heeft me vorige week met een mes bedreigd en hij staat buiten",
])
def test_a_weapon_threat_now_stays_acute_danger_first(detector, text):
    for kwargs in SCORES:
        found = detector.detect(text, **kwargs)
        assert kies_soorten(found.kinds, None)[0] == "acuut_gevaar", (kwargs, text, found)


def test_the_answer_keeps_acute_danger_first_unless_nlu_put_home_violence_before_it():
    assert kies_soorten(["acuut_gevaar", "geweld_thuis"], None) == ("acuut_gevaar", ["geweld_thuis"])
    assert kies_soorten(["geweld_thuis", "acuut_gevaar"], None) == ("geweld_thuis", ["acuut_gevaar"])
    # other kinds keep their priority around the pair
    assert kies_soorten(["geweld_thuis", "acuut_gevaar", "zelfdoding"], None) == (
        "zelfdoding", ["geweld_thuis", "acuut_gevaar"])


# --- 6. a question about 113 or 112 is a request for it, also when put generally ------------------------------------
@pytest.mark.parametrize("text,kind", [
    ("hoe bel ik 113", "zelfdoding"),
    ("wanneer bel je 112 als mijn vriend niet meer ademt", "acuut_gevaar"),
    ("wanneer kan ik de kindertelefoon bellen?", "geweld_thuis"),
    ("kost bellen naar 113 geld?", "zelfdoding"),
    # review crisis14: round 14 had made these general questions no request
    ("wanneer bel je 112 als iemand niet meer ademt", "acuut_gevaar"),
    ("wanneer moet je 113 bellen? denk er zelf aan", "zelfdoding"),
])
def test_a_request_for_a_helpline_still_gets_its_answer(text, kind):
    assert gevraagde_hulplijn(get_knowledge(), text) == kind
