"""Patterns added while tuning on the sixth crisis development set (issue 9). Every text here is written for
this test, not copied from that set: for each new crisis pattern a crisis it catches and everyday words it leaves
alone. The round's "no alarm" exclusions (lesson, news, film, lyrics, law questions, exaggeration) were taken out
again after a safeguarding review: an exclusion that fires silences the classifier for the whole message, and
these silenced real disclosures told next to the same words (tests below). Ambiguous phrasings got the check-in.
"""
import pytest


# --- new crisis patterns -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, kind", [
    ("als ik weiger om mijn loon aan mijn oom te geven krijg ik klappen", "geweld_thuis"),
    ("ik moet van mijn oma alles afgeven, anders krijg ik een pak slaag", None),
    ("mijn tante pakt mijn geld af en als ik tegenspreek krijg ik een klap van haar", "geweld_thuis"),
    ("haar stiefvader heeft de tv kapot geslagen en haar ook", "geweld_thuis"),
    ("ik sta bij hem in de schuld en hij wil dat ik met zijn vrienden naar een hotel ga", "seksueel_geweld"),
    ("mijn verhuurder zegt dat ik de huur kan vergeten als ik met hem naar bed ga", "seksueel_geweld"),
    ("hij zegt dat ik het geld kan afbetalen door met mannen mee te gaan", "seksueel_geweld"),
    ("ik heb vannacht nergens een plek, kan school helpen", "geen_slaapplek"),
])
def test_a_new_crisis_pattern_catches_its_kind(detector, text, kind):
    found = detector.detect(text)
    assert found.level == "crisis", found
    if kind:
        assert found.kinds[0] == kind, found


@pytest.mark.parametrize("text", [
    "ik zeg mijn opleiding op, ik stap er voor altijd uit",
    "maakt niet uit of ik die laptop terugbreng, ik stap er binnenkort uit, voorgoed",
])
def test_stepping_out_for_good_gets_at_least_the_check_in(detector, text):
    # "er uitstappen, voorgoed" is also said of a study: the check-in (with 113), not silence and not the full answer.
    assert detector.detect(text).caught


# --- the safeguarding review's examples: disclosures next to lesson, news, film or everyday words -----------
# Caught before the round, silenced by its exclusions even with a sure classifier; never again.
@pytest.mark.parametrize("text", [
    "is het strafbaar als iemand je verkracht heeft toen je dronken was",
    "is het strafbaar als iemand onze moeder slaat en ons opsluit",
    "wanneer is het strafbaar als iemand je opwacht na school met een mes",
    "werkstuk over een meisje die zelfmoord wil plegen, ik denk er ook vaak aan",
    "we hadden les over sextortion en toen besefte ik dat dat precies is wat er nu gebeurt, een jongen heeft foto's en wil geld",
    "les over zelfmoordpreventie gehad en ik heb er gewoon een plan voor",
    "saw a movie about suicide last night and tbh i wanna do it too",
    "mijn vader is dronken en schiet een gat in het plafond met zijn pistool",
    "mijn wifi doet het niet meer en ik wil dat het gewoon stopt allemaal",
    "ik heb geen slaapplek nodig hoor ik slaap wel weer in het trappenhuis",
])
def test_a_disclosure_next_to_lesson_or_everyday_words_is_never_silenced(detector, text):
    assert detector.detect(text, crisis_score=0.9, crisis_is_top=True).level == "crisis"


@pytest.mark.parametrize("text", [
    "ze deed het toch zonder mijn toestemming",
    "de stiefvader van mijn vriendin doet dingen met me",
    "ik moest tegen de dokter zeggen dat ik gevallen was",
    "ik wacht hier op het perron tot de eerste trein",
])
def test_an_ambiguous_phrasing_gets_at_least_the_check_in(detector, text):
    # Also said of a borrowed bike, a beat, skipping class or a night out: the check-in shows 113 and 112
    # and asks how they are; a sure classifier still gives the full answer.
    assert detector.detect(text).caught


# --- the same words next to a real crisis: never hidden -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "we hadden het in de les over huiselijk geweld en bij mij thuis slaat mijn vader ook",
    "we behandelen in de les kindermishandeling en bij ons thuis gebeurt dat echt",
    "we hebben in de les huiselijk geweld, maar mijn moeder slaat mij elke week",
    "voor de opleiding maken we een casus over een bewoner die mishandeld wordt, net als ik thuis",
    "voor de opleiding maken we een casus over een cliënt die wordt geslagen, en bij mij is het hetzelfde",
    "ik schiet een gat in het plafond, mijn stiefvader heeft me weer geslagen",
    "ik ga letterlijk dood als mijn crush het ziet, maar eerlijk gezegd wil ik echt niet meer leven",
    "mijn telefoon doet het niet meer en ik denk steeds aan zelfmoord",
    "ik heb geen slaapplek nodig, maar mijn broer slaat me elke avond",
    "ik heb de zelfmoordpreventie lijn gebeld maar ik kreeg niemand",
    "ik moest een lesbrief over zelfmoordpreventie lezen en nu denk ik zelf weer aan zelfmoord",
    "in de les over sexting zei iemand dat mijn naaktfoto's rondgaan in de groepsapp",
])
def test_a_lesson_or_an_exaggeration_never_hides_a_real_crisis_next_to_it(detector, text):
    assert detector.detect(text, crisis_score=0.0, crisis_is_top=False).caught
    assert detector.detect(text, crisis_score=0.9, crisis_is_top=True).level == "crisis"


@pytest.mark.parametrize("text", [
    "een studente zegt dat ze niet meer naar huis durft",
    "mijn student draagt steeds lange mouwen, ook als het warm is",
    "ik ben docent en zag wonden op haar armen bij gym",
])
def test_a_teacher_telling_warning_signs_keeps_the_teacher_answer(detector, text):
    found = detector.detect(text, crisis_score=0.35, crisis_is_top=True)
    assert found.level == "crisis" and found.kinds[0] == "zorg_om_student", found


# --- the kind first: patterns that name the kind of a crisis the classifier alone found -----------------------
@pytest.mark.parametrize("text, kind", [
    ("ik wil gewoon verdwijnen, niet op vakantie maar voorgoed", "zelfdoding"),
    ("ik heb vannacht weer gekrast met een scheermesje", "zelfdoding"),
    ("i just dont wanna live anymore", "zelfdoding"),
    ("er hangt een touw op zolder dat ik zelf heb vastgemaakt", "zelfdoding"),
    ("ik heb besloten om er na de vakantie niet meer te zijn", "zelfdoding"),
    ("ik heb net een hele strip slaappillen ingenomen", "zelfdoding"),
    ("ik heb de pillendoos van mijn oma leeggegeten", "zelfdoding"),
    ("ik draag mesjes bij me en echt niet voor handvaardigheid", "zelfdoding"),
    ("mijn vader doet mijn kamerdeur op slot als ik te laat ben", "geweld_thuis"),
    ("een jongen is in elkaar gezakt op het plein en reageert niet", "acuut_gevaar"),
    ("er staan twee mannen met een knuppel voor onze deur", "acuut_gevaar"),
    ("mijn vriend ligt op de grond te schokken", "acuut_gevaar"),
    ("hij heeft te veel ghb genomen en reageert nergens meer op", "acuut_gevaar"),
    ("er is net iets ontploft bij de ingang en overal is rook", "acuut_gevaar"),
    ("mijn neefje is gevallen en bloedt uit zijn oor", "acuut_gevaar"),
    ("i slept in the park last night", "geen_slaapplek"),
    ("he didn't stop when i told him no", "seksueel_geweld"),
    ("ik werd wakker en iemand lag bovenop mij", "seksueel_geweld"),
    ("hij ging gewoon door terwijl ik huilde", "seksueel_geweld"),
    ("someone filmed me in the changing room", "seksueel_geweld"),
    ("mijn trainer raakt me steeds aanraakt waar ik niet wil", None),
])
def test_a_kind_pattern_names_the_kind(detector, text, kind):
    found = detector.detect(text)
    assert found.level == "crisis", found
    if kind:
        assert found.kinds[0] == kind, found


@pytest.mark.parametrize("text", [
    "student wil een laptop lenen, hoe gaat dat",
    "mentorklas: wanneer is de ouderavond",
])
def test_a_short_teacher_note_is_read_as_a_teacher(detector, text):
    # the teacher marker alone never alarms: with a low classifier score nothing happens
    assert not detector.detect(text, crisis_score=0.1).caught


@pytest.mark.parametrize("text", [
    "dat vervelende geluid van mijn laptop moet voorgoed verdwijnen",
    "ik heb een strip paracetamol op mijn bureau liggen voor mijn hoofdpijn",
    "we hebben bij techniek mesjes nodig voor het snijwerk",
    "ik doe zelf mijn kamerdeur op slot als ik ga gamen",
    "de bus is weg, ik wacht tot de volgende",
    "in de les doen we dingen met hout",
    "de batterij van mijn fiets is ontploft, kan ik die terugsturen",
    "wie is mijn studnt begeleider?",
    # the safeguarding review's everyday messages that the round's first patterns alarmed
    "lag helemaal te schokken van het lachen",
    "mijn laptop is ingestort en reageert niet meer",
    "de chat is ontploft, ik moest rennen naar de les",
    "die gast heeft een pistool in fortnite",
    "we blijven in de stad tot de eerste trein na het feest",
    "vanavond nergens een plek om te parkeren",
    "hoe kan ik dat account laten verdwijnen voor altijd",
    "bij barbier les snijden we met scheermesjes",
    "i dont wanna live in amsterdam",
    "mijn ouders doen de kamerdeur op slot als ze weg zijn",
    "iemand met een knuppel bij softbal",
    "fles medicijnen ingenomen volgens recept",
])
def test_the_new_kind_patterns_stay_quiet_on_everyday_words(detector, text):
    assert not detector.detect(text).caught


def test_a_grandmother_writing_about_her_grandson_is_not_a_teacher(detector):
    found = detector.detect("ik ben de opa van een student, zijn vader slaat hem thuis")
    assert found.level == "crisis" and found.kinds[0] == "geweld_thuis", found


def test_a_locked_front_door_stays_nowhere_to_sleep(detector):
    found = detector.detect("mijn stiefvader heeft mijn kamer op slot gedaan en ik mag er niet meer binnen")
    assert found.level == "crisis" and found.kinds[0] == "geen_slaapplek", found


# Review of the lesson exclusions: a personal signal later in the same sentence ("mijn broer", "bij mij thuis",
# "ik herken", "mij") keeps the crisis words read, so the classifier is never silenced by the lesson span.
@pytest.mark.parametrize("text", [
    "ik moet een krantenartikel over een steekpartij navertellen, het slachtoffer was mijn neef",
    "we hadden een les over kindermishandeling en ik herken heel veel van thuis",
    "kun je een les maken over sexting, want iemand verspreidt foto's van mij",
    "wat zegt de wet als iemand filmpjes van mij rondstuurt",
    "die rapper zingt in elk nummer over steken en nu staat hij met een mes bij mijn deur",
    "voor verzorging schrijven we een casus over een jongere die thuis wordt geslagen, net zoals bij mij",
    "we kijken een film over een schietpartij en een jongen uit mijn klas heeft een pistool",
    "we watched a movie about a stabbing and now someone in my class is threatening me with a knife",
])
def test_a_personal_signal_after_a_lesson_span_is_never_hidden(detector, text):
    found = detector.detect(text, crisis_score=0.9, crisis_is_top=True)
    assert found.level == "crisis", found
