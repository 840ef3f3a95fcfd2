"""Chat words after a thank-you or a greeting are not names ("ty bro", "bedankt ok", "thx np"): scrubbed, they
turned a thank-you into a bare [NAAM], which the NLU then read as a greeting. A real name after the same
words still goes, and "Ty" is still a name after an explicit cue."""
import pytest

from bot.privacy.scrubber import scrub_text


@pytest.mark.parametrize(
    "text",
    ["ty bro", "thanks bro", "bedankt bruh", "dankjewel dude", "ty sm", "thanks g", "bedankt ok", "ty np",
     "thx xd", "top, thx kk", "ty", "dankje wel hoor", "ty voor je hulp", "thx voor de uitleg"],
)
def test_chat_words_after_a_thank_you_stay(text):
    assert scrub_text(text) == text


@pytest.mark.parametrize(
    "text, gone",
    [
        ("ty Fenna", "Fenna"),
        ("thx bram, tot morgen", "bram"),
        ("dankje, Roos", "Roos"),
        ("ik ben Ty en ik heb geen laptop", "Ty"),
        ("mijn broer Ty heeft mijn oplader", "Ty"),
        ("groetjes, Ty", "Ty"),
    ],
)
def test_a_name_after_the_same_words_still_goes(text, gone):
    scrubbed = scrub_text(text)
    assert gone not in scrubbed and "[NAAM]" in scrubbed
