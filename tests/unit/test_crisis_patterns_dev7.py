"""Patterns and rules added while tuning on the seventh crisis development set (issue 9). Every text here is written
for this test, not copied from that set: each new crisis pattern with a crisis it catches, each frame ("een
presentatie over ...", "in het nieuws", "op mijn stage bij ...") with a disclosure told inside it that keeps the full
answer, and each idiom that is silenced with a real crisis told next to it.

The frame rule (crisis_onderwerp without crisis_eigen) only turns a full answer into the check-in, which still
shows 113 and 112: it never silences. Only fixed idioms that are never a disclosure are silenced (crisis_geen_alarm).
"""
import numpy as np
import pytest

from bot.nlp.crisis_detect import CHECKIN, TEACHER, CrisisDetector, linear_time_violations


SURE = dict(crisis_score=0.95, crisis_is_top=True)


# --- new crisis patterns: caught, with the right kind first --------------------------------------------------
@pytest.mark.parametrize("text, kind", [
    ("jawel, ik heb al een plan", "zelfdoding"),
    ("mijn familie zou echt beter af zijn zonder mij", "zelfdoding"),
    ("everyone would be better off without me tbh", "zelfdoding"),
    ("ze zette in haar story dat ze morgen niet meer bestaat", "zelfdoding"),
    ("ik heb mijn kleren al verdeeld onder mijn vriendinnen zodat ze straks niks hoeven uit te zoeken", "zelfdoding"),
    ("my coach grabbed me inappropriately in the changing room", "seksueel_geweld"),
    ("ik heb hem geen toestemming gegeven maar hij deed het toch", "seksueel_geweld"),
    ("i never gave consent and now everyone in class knows", "seksueel_geweld"),
    ("er zit een inbreker beneden", "acuut_gevaar"),
    ("indringer in huis, ik zit in de badkamer", "acuut_gevaar"),
    ("ik durf niet meer naar buiten, er staat een man al uren voor ons huis", "acuut_gevaar"),
    ("hij stuurt dreigberichten en zegt dat hij me komt pakken", "acuut_gevaar"),
    ("een man in een bestelbus roept steeds dat ik moet instappen", "acuut_gevaar"),
    ("ik ben niet veilig, die jongens zoeken me", "acuut_gevaar"),
    ("ik heb geen plek meer om naartoe te gaan na school", "geen_slaapplek"),
    ("ik mag niet meer naar huis van mijn stiefvader", "geen_slaapplek"),
    ("sinds ik weg moest uit het pleeggezin heb ik niks meer", "geen_slaapplek"),
    ("ik pit al een paar nachten in het fietsenhok", "geen_slaapplek"),
    ("sinds gisteren woon ik nergens meer", "geen_slaapplek"),
    ("ze sluiten me elke avond op in de schuur", "geweld_thuis"),
    ("mijn neven maken me af als ik niet stop met haar", "geweld_thuis"),
])
def test_a_new_crisis_pattern_catches_its_kind(detector, text, kind):
    found = detector.detect(text)
    assert found.level == "crisis", found
    assert found.kinds[0] == kind, found


@pytest.mark.parametrize("text", [
    "een studente van mij slaapt al een week in de auto van haar zus",
    "Eén leerling vertelde vandaag dat zijn vader hem slaat",
    "stagiair wordt thuis mishandeld, wat moet ik doen",
])
def test_a_teacher_about_a_student_gets_the_teacher_answer(detector, text):
    found = detector.detect(text)
    assert found.level == "crisis" and found.kinds[0] == TEACHER, found


def test_a_student_about_another_student_who_hurt_them_gets_the_students_answer(detector):
    found = detector.detect("1 student heeft mij gisteren na de les verkracht")
    assert found.level == "crisis" and found.kinds[0] == "seksueel_geweld", found


class _SaysTeacher:
    """A kind model that takes every message for a teacher's (as the real one did for parents about 'een student')."""

    classes = ["zelfdoding", "acuut_gevaar", "geweld_thuis", TEACHER]

    def probabilities(self, texts):
        return np.array([[0.05, 0.05, 0.1, 0.8] for _ in texts])


@pytest.mark.parametrize("text, kind", [
    ("ik ben de moeder van een student, mijn zoon zit verstopt want hij wordt achtervolgd door een groep jongens", "acuut_gevaar"),
    ("ik ben de vader van een student en in haar schrift staat dat ze er niet meer wil zijn, dat ze dood wil", "zelfdoding"),
])
def test_a_parent_about_a_student_gets_the_answer_for_the_crisis_not_the_teachers(text, kind):
    detector = CrisisDetector.from_nlu_files()
    detector.kind_model = _SaysTeacher()
    found = detector.detect(text, **SURE)
    assert found.level == "crisis" and found.kinds[0] == kind and TEACHER not in found.kinds, found


# --- a crisis word framed as a subject, nothing of the student's own: the check-in, never silence ----------------
@pytest.mark.parametrize("text", [
    "voor mijn presentatie over huiselijk geweld zoek ik cijfers van het cbs",
    "in het nieuws was een reportage over dakloze jongeren in Rotterdam, klopt dat echt?",
    "we moeten een folder maken over zelfmoordpreventie, welke hulplijnen horen erin?",
    "we hebben een toneelstuk over een jongen die wordt gegroomd, wie helpt met het script?",
])
def test_a_framed_crisis_word_without_disclosure_gets_no_full_answer(detector, text):
    # the check-in, or no alarm where an older subject span (crisis_geen_alarm_onderwerp) already took it out
    assert detector.detect(text, **SURE).level != "crisis"


# A crisis pattern keeps the full answer also inside a frame: a frame is often only a time or a place ("bij het
# examen", "tijdens mijn stage"), and the safeguarding review of this round found real disclosures it took down.
# So this everyday message keeps the full answer (a false alarm that costs a student a minute). (A request to explain
# what a crisis word means, "uitleggen wat eerwraak is", is since the re-probe of round 9 a subject span of its own,
# crisis_geen_alarm_onderwerp, like "uitleggen wat huiselijk geweld is" before it: the frame rule is not what decides
# it, so this test names the frame with other words.)
def test_a_framed_crisis_pattern_keeps_the_full_answer(detector):
    assert detector.detect("voor burgerschap moet ik iets vertellen over eerwraak").level == "crisis"


# Since round 8 a crisis pattern that stands only inside a subject phrase (crisis_onderwerp_zin: the news item and its
# topic) with nothing in the rest of the message gets the check-in: still 113 and 112, never silence
# (tests/unit/test_crisis_patterns_dev8.py).
def test_a_crisis_pattern_only_inside_a_news_item_gets_the_check_in(detector):
    text = "in het nieuws was een reportage over jongeren die dakloos zijn in Rotterdam"
    assert detector.detect(text).level == CHECKIN
    assert detector.detect(text, **SURE).level == CHECKIN


# The safeguarding review's disclosures told with a frame (a time, a place, the news, a song, an internship): the
# full answer with a sure classifier (and from its pattern, where one fires); acute danger and suicide are never taken down to the check-in.
@pytest.mark.parametrize("text", [
    "voor mijn examen hoef ik niet meer te leren, morgen ben ik er toch niet meer",
    "ik schrijf een nummer over hoe ik er een eind aan wil maken, vanavond doe ik het echt",
    "bij het examen zag ik dat hij een pistool in zijn tas had, hij zei dat hij na de pauze gaat schieten",
    "in het nieuws zeggen ze dat er een schietpartij is bij het station, wij zitten opgesloten in de winkel",
    "tijdens mijn stage bij de supermarkt stond er een overvaller met een pistool, hij is er nog",
    "op mijn stage bij de jeugdzorg dreigt een jongen dat hij zich vanavond ophangt",
    "tijdens mijn stage bij de politie zag ik een lijk, sindsdien wil niet meer leven",
    "tijdens mijn stage werd ik verkracht door een collega en niemand weet het",
    "presentatie over dakloosheid, weet er alles van want slaap al 2 weken in het fietsenhok",
    "hij heeft mijn nummer en stuurt berichten over dat hij mijn naaktfotos deelt als ik niet betaal",
])
def test_a_disclosure_with_a_frame_keeps_the_full_answer(detector, text):
    assert detector.detect(text, **SURE).level == "crisis"


# A subject span never switches the classifier off: with the classifier's check-in score the message gets at
# least the check-in, because a disclosure next to a lesson is not always in words crisis_eigen knows.
@pytest.mark.parametrize("text", [
    "vandaag mentorles over suicide gehad en eerlijk gezegd denk ik er elke dag aan",
    "we moeten een presentatie houden over zelfmoord, eerlijk gezegd denk ik er elke dag aan om het te doen",
    "verslag over huiselijk geweld moet af maar k kan me niet concentreren want stiefpa slaat mama elke avond",
])
def test_a_subject_span_does_not_silence_a_sure_classifier(detector, text):
    assert detector.detect(text, **SURE).caught


# An older subject span hides its crisis words only when nothing in the message is the student's own.
@pytest.mark.parametrize("text", [
    "we hebben een werkstuk over zelfmoord en ik denk er zelf ook aan",
    "bij verzorging leren we hoe je zelfbeschadiging herkent, ik doe het zelf ook al een jaar",
    "de meldcode voor huiselijk geweld moet ik kennen, maar ik word zelf ook geslagen",
])
def test_a_subject_span_never_hides_a_disclosure(detector, text):
    assert detector.detect(text).level == "crisis"
    assert detector.detect(text, **SURE).level == "crisis"


# Every disclosure inside a frame keeps the full crisis answer (the safeguarding review's rule).
@pytest.mark.parametrize("text", [
    "voor burgerschap moeten we iets over huiselijk geweld maken, maar bij mij thuis slaat mijn vader",
    "we hebben een werkstuk over zelfmoord en ik denk er zelf ook aan",
    "in het nieuws ging het over loverboys en zo'n jongen doet dat nu bij mij",
    "op mijn stage bij de opvang zegt een collega dat hij me gaat verkrachten",
    "voor mijn verslag over dakloosheid: ik slaap zelf al een week op straat",
    "voor de les moest ik een casus maken over huiselijk geweld, precies wat er thuis gebeurt",
    "mijn presentatie over pesten gaat eigenlijk over mij, ze dreigen me neer te steken",
    "for my essay about self harm, honestly i cut myself too",
    "in de les bespreken we zelfdoding en ik wil eigenlijk ook dood",
    "voor een opdracht over eergerelateerd geweld: mijn broers bedreigen me omdat ik een vriend heb",
    "in de les staat iemand met een mes bij de deur van het lokaal",
])
def test_a_disclosure_inside_a_frame_keeps_the_full_answer(detector, text):
    assert detector.detect(text, **SURE).level == "crisis"


# --- fixed idioms that are never a disclosure: silenced; a crisis next to them is not --------------------------
@pytest.mark.parametrize("text", [
    "kill your darlings zei de docent over mijn tekst, wat betekent dat?",
    "ik zit in de wachtruimte van teams en de docent laat me niet binnen",
])
def test_an_idiom_gets_no_alarm(detector, text):
    assert detector.detect(text).level is None
    assert detector.detect(text, **SURE).level in (None, CHECKIN)  # a sure classifier: at most the check-in


# Idioms that are also literal crises are no exclusion (the safeguarding review: "mijn vader stond met het mes op de
# keel van mijn moeder", "ik wilde door de grond zakken toen mijn stiefvader me sloeg", "gestalkt door de mails van
# mijn ex"): the classifier decides.
@pytest.mark.parametrize("text", [
    "mijn vader stond gisteren met het mes op de keel van mijn moeder",
    "ik wilde door de grond zakken toen mijn stiefvader me voor de hele familie sloeg",
    "gestalkt door de mails van mijn ex, hij dreigt mijn adres online te zetten",
])
def test_an_idiom_that_is_also_a_literal_crisis_is_never_silenced(detector, text):
    assert detector.detect(text, **SURE).level == "crisis"


@pytest.mark.parametrize("text", [
    "ik wil door de grond zakken, mijn stiefvader slaat me elke avond",
    "met het mes op de keel moest ik van hem seks hebben, hij heeft me verkracht",
    "kill your darlings zei de docent, maar ik wil gewoon dood",
    "ik word gestalkt door mijn ex, hij staat elke dag voor mijn deur",
])
def test_a_crisis_next_to_an_idiom_is_still_caught(detector, text):
    assert detector.detect(text, **SURE).level == "crisis"


def test_the_new_groups_stay_linear_time(detector):
    groups = ("crisis_ouder", "crisis_onderwerp", "crisis_eigen", "crisis_eigen_zwak", "crisis_geen_alarm_onderwerp")
    patterns = [p for name in groups for p in detector.patterns().get(name, [])]
    assert patterns and not linear_time_violations(patterns)


def test_all_nlu_regexes_fit_in_pythons_regex_cache():
    # Rasa's RegexFeaturizer calls re.finditer(pattern_string, ...) for every pattern on every message: above
    # re._MAXCACHE (512) patterns every call recompiles, and training and each parse slow down many times over
    # (found in this round at 565 patterns). Join new phrasings into an existing line's alternation instead.
    import re
    from pathlib import Path

    import yaml

    count = 0
    for path in sorted((Path(__file__).resolve().parents[2] / "data" / "nlu").glob("*.yml")):
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu") or []:
            if isinstance(block, dict) and ("regex" in block or "lookup" in block):
                count += 1 if "lookup" in block else sum(
                    1 for line in str(block.get("examples", "")).splitlines() if line.strip().startswith("- "))
    assert count < re._MAXCACHE - 10, count


# The second pass of the safeguarding review: own-story signals the first-person lists missed, and an overdose told
# without "ik". Own wording, not the review's probes.
@pytest.mark.parametrize("text", [
    "voor ons verslag over de bpv: het meisje dat werd aangerand door haar baas, dat meisje was ik",
    "in de les over pesten ging het over iemand die in elkaar werd geslagen, ik bedoel ikzelf",
    "tijdens mijn stage in de winkel stopte de eigenaar zijn hand in mijn broek",
])
def test_an_own_story_in_other_words_keeps_the_full_answer(detector, text):
    assert detector.detect(text, **SURE).level == "crisis"


def test_an_overdose_told_without_ik_is_caught(detector):
    found = detector.detect("in de les ging het over medicijnen. heb net 30 tabletten genomen")
    assert found.level == "crisis" and "zelfdoding" in found.kinds, found
