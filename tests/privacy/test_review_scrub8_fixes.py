"""The privacy review of the scrub8 round (blockers B1-B3): rules meant for public figures, words talked about as
words and "meneer de mentor" let classmates' and teachers' names through. Both sides, own sentences."""
import pytest

from bot.privacy.scrubber import scrub_text


@pytest.mark.parametrize(
    "text, gone",
    [
        # B1: a role word or a list before "goeie rappers" does not make a classmate a star
        ("mijn broer zanger Daan is ziek", "Daan"),
        ("de zanger Daan uit mijn klas pest mij", "Daan"),
        ("Daan en Sem zijn goeie rappers uit mijn klas en ze pesten me", "Sem"),
        ("zanger Kübra Yılmaz zit bij mij in de klas", "Kübra"),
        ("rapper Abdulrahman El-Amrani zit bij mij", "El-Amrani"),
        ("zanger daan uit mijn klas", "daan"),
        # B2: idioms with "woord", and a nickname in quotes
        ("Fenna is aan het woord in de les en ze lacht mij uit", "Fenna"),
        ("Sanne is haar woord niet nagekomen, ze heeft mijn geld nog", "Sanne"),
        ('de "Sanne" uit 2B heeft mijn foto gedeeld', "Sanne"),
        # B3: a surname listed with its particle whose last word is also a word
        ("meneer de jong heeft mijn laptop", "jong"),
        ("meneer de groot zegt dat het mag", "groot"),
        ("meneer van dijk", "dijk"),
        # "ty" is a thank-you, and a name too
        ("Ty pest mij elke dag", "Ty"),
        ("ik heb ruzie met Ty", "Ty"),
    ],
)
def test_the_review_leaks_are_scrubbed(text, gone):
    scrubbed = scrub_text(text)
    assert gone not in scrubbed and "[NAAM]" in scrubbed, scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "rapper Boef treedt op in Utrecht",
        "meneer de mentor zegt dat het mag",
        'wat betekent een "kiekendief" eigenlijk?',
        "jasmijn is het mooiste woord dat ik ken",
        "ty bro",
    ],
)
def test_what_the_rules_were_for_stays(text):
    assert scrub_text(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # S1: an adverb between a family word and a verb is no name
        "mijn moeder misschien komt ook",
        "mijn broer blijkbaar heeft schulden",
        "mijn vader waarschijnlijk betaalt de laptop",
        # S6: a debt that lapses is no birthday
        "de schuld verjaart 12-05, klopt dat?",
    ],
)
def test_the_review_everyday_text_stays(text):
    assert scrub_text(text) == text


def test_a_name_between_a_family_word_and_a_verb_still_goes():
    assert "hoop" not in scrub_text("mijn zus hoop zit ook op deze school")
