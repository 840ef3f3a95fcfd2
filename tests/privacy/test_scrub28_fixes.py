"""Round 28: two shapes of the retired blind set privacy_final17 that the filter missed, each rule with its opposite."""
import pytest

from bot.privacy.scrubber import scrub_text
from tests.privacy.scrub_checks import assert_gone, assert_stays


# After "<person> heet" a capitalised word is a name, however ordinary the word: "Hoop", "Storm", "Bakker".
@pytest.mark.parametrize("text, gone", [
    ("mijn stagebegeleider heet Hoop Mosterd, grappig toch", "Mosterd"),
    ("mijn zusje heet Storm en ze is 6", "Storm"),
    ("mijn collega heet Bakker, hij is aardig", "Bakker"),
    ("mijn vriendin heet Hoop", "Hoop"),
])
def test_a_capitalised_word_after_a_person_and_heet_is_a_name(text, gone):
    assert_gone(text, gone, "[NAAM]")


@pytest.mark.parametrize("text", [
    "mijn broer heet ook zo",
    "mijn opleiding heet Zorg en Welzijn",
    "hoe heet die app ook alweer, Teams?",
])
def test_heet_after_no_person_or_before_a_lower_case_word_keeps_the_words(text):
    assert_stays(text)


# A keyword asked back with a question mark, the number right after it: "mijn leerlingnummer? 452 918".
@pytest.mark.parametrize("text, gone", [
    ("mijn leerlingnummer? 452 918 ik weet niet of die spatie erin moet", "452 918"),
    ("studentnummer? 2045123", "2045123"),
])
def test_a_number_right_after_its_word_and_a_question_mark_is_scrubbed(text, gone):
    assert_gone(text, gone, "[STUDENTNUMMER]")


@pytest.mark.parametrize("text", [
    "wat is mijn studentnummer? 2 keer geprobeerd en het lukt niet",
    "waar vind ik mijn studentnummer? ik zit in lokaal 2.14",
    # review r28b S3: a number of four digits after a real question, or later in the next sentence, is no answer
    "wat is mijn studentnummer? 2045 staat er niet meer op",
    "leerlingnummer? staat op mijn pas van 2024",
])
def test_after_a_real_question_the_next_sentence_is_left_alone(text):
    assert scrub_text(text) == text
