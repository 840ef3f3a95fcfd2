"""Round scrub12 (issue 10): the four blockers and the should-fix items of the review of scrub11
(/work/notes/review_scrub11.md). Each rule is pinned from both sides with sentences of our own: the personal item goes,
the ordinary sentence stays. The hostile shapes for the new rules are in bot/privacy/evaluation.py (test_linear_time)."""
import pytest

from bot.privacy.scrubber import scrub_text
from tests.privacy.scrub_checks import assert_gone, assert_stays


# B1: a first name that is a word too, listed with a word for people, is a person ("X en vrienden" in a bullying report).
@pytest.mark.parametrize("text, gone", [
    ("Bas en zijn vrienden wachten me op na school", "Bas"),
    ("Jade en vriendinnen zetten nare dingen in de groepsapp", "Jade"),
    ("Iris en klasgenoten negeren me al weken", "Iris"),
    ("Merel en jongens uit de 2e klas volgen me naar huis", "Merel"),
    ("Jade of iemand anders heeft mijn jas meegenomen", "Jade"),
    ("Mark en anderen schelden ons uit", "Mark"),
    ("Bas en meester Tom zijn er morgen niet", "Bas"),
    ("Iris of juf Petra, wie gaat over het rooster?", "Iris"),
    ("Merel, pupil en Iris zitten bij mij in het groepje", "Merel"),
    ("Jade en docenten van de opleiding zeggen niks", "Jade"),
    ("Noor en buren maken ruzie met ons", "Noor"),
])
def test_b1_a_name_listed_with_people_goes(text, gone):
    assert_gone(text, gone, "[NAAM]")


@pytest.mark.parametrize("text", [
    "Merel of lijster, welke vogel is dit?",
    "Linde of berk, welk hout gebruiken we voor de kast?",
    "Bas of gitaar, wat is het makkelijkst om te leren?",
    "Iris, hoornvlies en pupil staan in de toets",
])
def test_b1_a_word_listed_with_a_thing_stays(text):
    assert_stays(text)


# B2: an animal, plant or colour word is an insult too; with a person said after it the name goes.
@pytest.mark.parametrize("text, gone", [
    ("Mark is een dier, hij trapt iedereen", "Mark"),
    ("Rob is echt een vis, hij zegt nooit iets terug", "Rob"),
    ("Bas is een boom van een vent en hij bedreigt me", "Bas"),
    ("Jade is gewoon een plant in de klas, ze doet helemaal niks", "Jade"),
    ("Iris is toch een soort huisdier van de mentor", "Iris"),
    ("Jade is echt een kleur, ze schreeuwt de hele les", "Jade"),
    ("Mark is een dier die iedereen slaat", "Mark"),
    ("Noor is een taal, zegt ze altijd als grap, maar ze pest me", "Noor"),
])
def test_b2_an_insult_keeps_the_person(text, gone):
    assert_gone(text, gone, "[NAAM]")


@pytest.mark.parametrize("text", [
    "Is Jade een kleur of een steen?",
    "Jade is toch een edelsteen?",
    "Is Noor een taal?",
    "Bas is een muziekinstrument",
    "Jasmijn is een plant die lekker ruikt",
    "Julia is ook een programmeertaal",
])
def test_b2_a_word_defined_as_a_thing_stays(text):
    assert_stays(text)


# B3: only a verb stem opens "<verb> je de ...?"; a name handing out a task goes.
@pytest.mark.parametrize("text, gone", [
    ("Fatima jij de presentatie?", "Fatima"),
    ("Sanne jij de notulen en Daan jij het verslag", "Sanne"),
    ("Daan jij het verslag, Sanne de dia's", "Daan"),
    ("Fatima je de presentatie?", "Fatima"),
    ("Yusuf je het verslag vandaag?", "Yusuf"),
])
def test_b3_a_name_before_jij_goes(text, gone):
    assert_gone(text, gone, "[NAAM]")


@pytest.mark.parametrize("text", [
    "Mark je de taak als gedaan in Teams?",
    "Check je het rooster even?",
    "Pak je de laptop mee?",
    "Maak je de opdracht vandaag af?",
    "Geef je het boek terug?",
])
def test_b3_a_verb_before_je_stays(text):
    assert_stays(text)


# B4: after an id word (said with "is" or ":") a number shaped like a year span is the id.
@pytest.mark.parametrize("text, gone", [
    ("mijn studentnummer is 2022-88", "2022-88"),
    ("mijn leerlingnummer is 03-2021", "03-2021"),
    ("mijn dossiernummer is 2024-45", "2024-45"),
    ("zaaknummer 2023-17, kunt u dat nakijken?", "2023-17"),
    ("mijn klantnummer is 2024-1953", "2024-1953"),
    ("mijn klantnummer is 2019-2031", "2019-2031"),
    ("mijn dossiernummer is 12-2019", "12-2019"),
    ("factuurnummer 2023-2012, klopt dat?", "2023-2012"),
    ("mijn ordernummer is 2024-2001", "2024-2001"),
    ("dossiernummer: 2024-2025", "2024-2025"),
])
def test_b4_a_year_shaped_id_goes(text, gone):
    scrubbed = scrub_text(text)
    assert gone not in scrubbed and "[" in scrubbed, scrubbed


@pytest.mark.parametrize("text", [
    "factuur 2024-2025 is nog niet betaald",
    "mijn studentnummer klopt niet meer sinds schooljaar 2023-2024",
    "mijn studentnummer werkt niet sinds 09-2024",
    "mijn studentnummer is veranderd in 2023/24",
    "mijn dossier loopt al van 2019-2021",
])
def test_b4_a_span_of_years_or_a_month_stays(text):
    assert_stays(text)


# S1: "samen met" a tool, a brand or a firm stays; a person from the name lists goes.
@pytest.mark.parametrize("text", [
    "samengewerkt met ChatGPT, mag dat?",
    "ik heb samen met Canva een poster gemaakt",
    "samen met Kahoot een quiz gemaakt",
    "samen met Google Docs geschreven",
    "samen met Albert Heijn organiseren we een actie",
    "we hebben het samen met Jumbo gedaan voor marketing",
    "ik werk samen met Thuisbezorgd",
    "samen met Rabobank doen we een project",
])
def test_s1_samen_met_a_tool_or_firm_stays(text):
    assert_stays(text)


@pytest.mark.parametrize("text, gone", [
    ("ik heb het verslag samen met Roos gemaakt", "Roos"),
    ("samen met Daan de presentatie gedaan", "Daan"),
    ("samengewerkt met Abdulrahman aan de opdracht", "Abdulrahman"),
    ("ik heb samen met Albert de opdracht gedaan", "Albert"),
])
def test_s1_samen_met_a_person_goes(text, gone):
    assert_gone(text, gone, "[NAAM]")


# S3: a room word and up to four digits is a room, also in a password message; said as the pin it goes.
def test_s3_a_four_digit_room_stays():
    assert_stays("het wachtwoord van de wifi in lokaal 1204 werkt niet")


@pytest.mark.parametrize("text, gone", [("mijn pincode is kamer 4821", "4821"), ("wachtwoord: lokaal 1204", "1204")])
def test_s3_a_pin_said_as_a_room_goes(text, gone):
    scrubbed = scrub_text(text)
    assert gone not in scrubbed, scrubbed


# S4: a month or season opening a sentence before what time does stays; said as a person it goes.
@pytest.mark.parametrize("text", [
    "Mei komt eraan en zij heeft examens",
    "Zomer komt eraan en ze heeft er zin in",
    "Zomer gaat snel voorbij, zij gaat naar Spanje",
])
def test_s4_a_month_that_comes_stays(text):
    assert_stays(text)


@pytest.mark.parametrize("text, gone", [
    ("ik ben Mei uit Groningen", "Mei"),
    ("Mei komt morgen niet want ze is ziek", "Mei"),
    ("Mei zit bij mij in de klas maar ze reageert nooit", "Mei"),
])
def test_s4_mei_as_a_person_goes(text, gone):
    assert_gone(text, gone, "[NAAM]")


# S5: after an explicit name cue a brand from the lists is a name; on its own it stays a brand.
def test_s5_a_brand_after_heet_is_a_name():
    assert_gone("mijn nichtje heet Nike", "Nike", "[NAAM]")
    assert_gone("mijn zus heet Nike en ze is 12", "Nike", "[NAAM]")


@pytest.mark.parametrize("text", ["we vergelijken de reclames van Nike en Adidas", "ik heb nieuwe Nike schoenen"])
def test_s5_a_brand_alone_stays(text):
    assert_stays(text)
