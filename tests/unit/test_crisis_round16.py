"""Round 16 of the crisis tuning (issue 9): the classes behind the crisis_dev13 misses, wrong first kinds and everyday
full answers. Every text is written for this test (none copied from a development or held-out set); each class both
ways.
"""
import pytest

from tests.unit.crisis_checks import CHECKIN_SCORE, SCORES, SURE, first_kind

# --- 1. a seriousness switch after a joke marker ("zonder grap", "niet grappig", "nee echt", "eerlijk gezegd", "ik
# dacht dat het een grap was"): the joke marker no longer counts, so a crisis pattern gives its full answer ----------
AFTER_A_JOKE = [
    ("lol ik ben echt de klungel van de klas. maar zonder grap, ik heb mezelf vannacht gesneden", "zelfdoding"),
    ("haha mn leven is een sitcom 🙃 niet grappig eigenlijk: mijn stiefvader slaat mij elke avond", "geweld_thuis"),
    ("xd ik ben nu dakloos lol. nee echt, mijn ouders hebben me eruit gegooid", "geen_slaapplek"),
    ("😂 ik dacht eerst dat het een grap was maar mijn ex stuurt echt mijn naaktfoto's rond", "seksueel_geweld"),
    ("haha ons huis is een gekkenhuis, eerlijk gezegd slaat mijn vader mij", "geweld_thuis"),
]


@pytest.mark.parametrize("text,kind", AFTER_A_JOKE)
def test_round16_seriousness_after_a_joke_gives_the_full_answer(detector, text, kind):
    for kwargs in SCORES:
        assert first_kind(detector, text, **kwargs) == kind, (kwargs, text)


@pytest.mark.parametrize("text", [
    "haha mijn vader slaat me als ik weer de afwas vergeet 😂",
    "lol ik heb mezelf gesneden, grapje natuurlijk",
    "haha ik meen het niet, mijn moeder slaat me echt niet",
])
def test_round16_a_joke_without_a_switch_keeps_the_checkin(detector, text):
    # a crisis pattern with a joke marker: the check-in (113 and 112), never silence, never the full answer
    assert detector.detect(text).level == "checkin", text


# --- 2. a crisis told in other word orders or words than the lists knew ---------------------------------------------
DISCLOSURES = [
    # subordinate word order
    ("ik weet niet wat ik moet doen nu ik door mijn stiefmoeder geslagen word", "geweld_thuis"),
    ("waar kan ik slapen als ik morgen op straat sta?", "geen_slaapplek"),
    # extortion in the present tense
    ("een jongen van internet afperst me met filmpjes van mij", "seksueel_geweld"),
    # understated violence at home
    ("mijn moeder kan best hardhandig zijn als ze boos is", "geweld_thuis"),
    # waking up undressed, memory gone after one drink, touched when nobody sees, no not taken as no
    ("na dat feest werd ik wakker op een bank zonder mijn onderbroek", "seksueel_geweld"),
    ("ik weet niets meer na dat ene biertje dat hij me gaf", "seksueel_geweld"),
    ("de conciërge raakt me steeds aan als er niemand kijkt", "seksueel_geweld"),
    ("hij ging gewoon verder terwijl ik nee zei", "seksueel_geweld"),
    # someone beaten up in front of the writer
    ("bij de bushalte slaan drie jongens op een jongen in", "acuut_gevaar"),
    # giving belongings away in secret, a plan "to do it"
    ("ik heb al mijn spullen weggegeven, mijn ouders hoeven het niet te weten", "zelfdoding"),
    ("ik heb plannen gemaakt om het te doen, deze week nog", "zelfdoding"),
    # a family weapon threat told with "hij" after the family word, nothing says now
    ("ik ben bang voor mijn vader, hij heeft me met een mes bedreigd", "geweld_thuis"),
]


@pytest.mark.parametrize("text,kind", DISCLOSURES)
def test_round16_disclosure_gets_its_kind_first(detector, text, kind):
    for kwargs in SCORES:
        assert first_kind(detector, text, **kwargs) == kind, (kwargs, text)


@pytest.mark.parametrize("text", [
    "ik sta op straat te wachten op de bus",
    "de fysiotherapeut raakt mijn knie aan bij de oefening",
    "ik werd vanochtend wakker zonder wekker en was te laat",
    "ik heb plannen gemaakt om het huiswerk te doen",
    "mijn broer kan best hard rennen als hij boos is",
    "we zeiden nee tegen de excursie",
])
def test_round16_the_same_words_in_everyday_sentences_raise_no_alarm_by_pattern(detector, text):
    assert detector.detect(text).level is None, text


def test_round16_giving_things_away_without_secrecy_is_no_full_answer(detector):
    # (the older check-in pattern for giving belongings away may still ask how they are)
    assert detector.detect("mijn oma heeft haar spullen weggegeven aan de kringloop").level != "crisis"


# --- 3. withdrawn after the safeguarding review of this round (review_crisis16, 2026-12-05): the casual spans for play,
# soft objects, "ik ga dood als ...", fake fights, things down the stairs, knife cuts with any tool, and "geen sleutel"
# as locked out. They silenced real disclosures told in the same words; these now keep an alarm. Own words.
@pytest.mark.parametrize("text", [
    "mn moeder slaat me met de slipper als ik iets fout doe",
    "ik ga dood als mn ouders mijn cijfers zien, dan krijg ik weer slaag",
    "mn broer heeft me gestoken toen ik in fortnite zat, het bloedt nog",
    "mijn moeder schreeuwde alsof ze werd vermoord, mn vader was weer dronken",
    "ik heb mezelf gesneden met een scheermesje tijdens de les",
])
def test_round16_withdrawn_spans_no_longer_silence_a_disclosure(detector, text):
    assert detector.detect(text, **SURE).level is not None, text


def test_round16_first_aid_for_an_overdose_as_exam_subject_is_no_full_answer(detector):
    text = "bij de toets ehbo ging het over handelen bij een overdosis, wat waren de stappen?"
    for kwargs in SCORES:
        assert detector.detect(text, **kwargs).level != "crisis", (kwargs, text)


@pytest.mark.parametrize("text,kind", [
    # a disclosure next to a casual span keeps its full answer
    ("ik ga dood als ik weer te laat ben, en eerlijk gezegd wil ik echt dood", "zelfdoding"),
    ("in fortnite werd ik neergeschoten, maar ik wil niet meer leven", "zelfdoding"),
    ("ik heb mezelf gesneden op mijn kamer omdat ik het niet meer aankan", "zelfdoding"),
    ("bij de toets ehbo ging het over handelen bij een overdosis, ik heb zelf net alle pillen genomen", "zelfdoding"),
])
def test_round16_disclosure_next_to_a_casual_span_keeps_the_full_answer(detector, text, kind):
    for kwargs in SCORES:
        assert first_kind(detector, text, **kwargs) == kind, (kwargs, text)


def test_round16_new_patterns_stay_linear_time(detector):
    from bot.nlp.crisis_detect import linear_time_violations

    patterns = [p for name, group in detector.patterns().items() for p in group]
    assert not linear_time_violations(patterns)
