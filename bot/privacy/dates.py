"""Dates of birth: a date is one when the words around it say so, or when its year is a birth year.

"geboren op 3 maart 2008", "geb. 03-03-2008", "mijn verjaardag is 12/5/07", "ik ben van 2 december 2006",
"ik ben op 30 sept. 2007 geboren", "DOB: 07/03/05" are dates of birth. "De toets is op 12 maart" and
"de examenweek is van 14-04-2025 tot en met 18-04-2025" are dates of events: they stay, so the bot can
still answer about them.

The rule, measured on the development set (docs/privacy-benchmark.md):
1. a date with a birth word (geboren, geb., geboortedatum, verjaardag, jarig, DOB, birthday, ...) in the
   same sentence, before it within a few words or right after it, is a date of birth, with or without year;
2. a full date whose year lies more than ``EVENT_YEARS`` years back is a date of birth anyway: students
   and parents write about this school year, the last one and the next, not about 2006;
3. "geboren in 2006": a year right after a birth word.
"""
from __future__ import annotations

import datetime
import re

DATE_OF_BIRTH = "[GEBOORTEDATUM]"
# A date this many years before today or earlier is read as a birth date, not an event.
EVENT_YEARS = 8

_MONTHS = (
    r"jan(?:uari|uary)?|feb(?:ruari|ruary)?|maart|march|mrt|apr(?:il)?|mei|may|jun(?:i|e)?|jul(?:i|y)?|"
    r"aug(?:ustus|ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_YEAR = r"(?:'\d{2}|(?:19|20)\d{2}|\d{2})"
_NUMERIC = r"\d{1,2}\s?[-/.]\s?\d{1,2}\s?[-/.]\s?(?:\d{4}|\d{2})|\d{4}\s?[-/.]\s?\d{1,2}\s?[-/.]\s?\d{1,2}"
_TEXTUAL = (
    r"\d{1,2}(?:e|ste|de)?\s(?:van\s)?(?:" + _MONTHS + r")\.?(?:,?\s" + _YEAR + r")?"
    r"|(?:" + _MONTHS + r")\.?\s\d{1,2}(?:e|ste|de|th|st|nd|rd)?(?:,?\s(?:19|20)\d{2})?"
)
_DATE = re.compile(r"(?i)(?<![\w:.,/-])(?:" + _NUMERIC + r"|" + _TEXTUAL + r")(?![\w]|[-/.:]\d)")
_BIRTH_WORDS = (
    r"geboren|geb\.?(?:\s?datum)?|geboortedatum|geboortedag|geboorte|verjaardag|jarig|dob|d\.o\.b\.?|"
    r"date\sof\sbirth|birthday|born|geburtstag|doğum\starihi|ik\sben\svan"
)
_BIRTH_BEFORE = re.compile(r"(?i)(?<!\w)(?:" + _BIRTH_WORDS + r")(?!\w)[^.!?\n]{0,30}$")
_BIRTH_AFTER = re.compile(r"(?i)^[^.!?\n]{0,12}(?<!\w)(?:geboren|jarig)(?!\w)")
_BORN_IN_YEAR = re.compile(r"(?i)(?<!\w)((?:geboren|geb\.?)\s(?:in\s|op\s)?)((?:19|20)\d{2})(?!\d)")
_YEAR_IN_DATE = re.compile(r"(?:19|20)\d{2}|'\d{2}$|(?<=[-/.\s])\d{2}$")


def _year(date_text: str) -> int:
    """The four-digit year in ``date_text``, or 0 when it names none."""
    digits = re.findall(r"\d+", date_text)
    for group in digits:
        if len(group) == 4:
            return int(group)
    if re.search(r"\d{1,2}\s?[-/.]\s?\d{1,2}\s?[-/.]\s?\d{2}$", date_text) or "'" in date_text:
        two = int(digits[-1])
        return 2000 + two if two <= datetime.date.today().year % 100 else 1900 + two
    return 0


def scrub_dates_of_birth(text: str) -> str:
    this_year = datetime.date.today().year

    def replace(match: "re.Match[str]") -> str:
        date_text = match.group(0)
        before = text[max(0, match.start() - 45):match.start()]
        after = text[match.end():match.end() + 25]
        if _BIRTH_BEFORE.search(before) or _BIRTH_AFTER.search(after):
            return DATE_OF_BIRTH
        year = _year(date_text)
        if year and year <= this_year - EVENT_YEARS and not re.fullmatch(r"\d{1,2}[-/.]\d{1,2}", date_text):
            return DATE_OF_BIRTH
        return date_text

    text = _DATE.sub(replace, text)
    return _BORN_IN_YEAR.sub(lambda m: m.group(1) + DATE_OF_BIRTH, text)
