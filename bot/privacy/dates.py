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
3. "geboren in 2006", "geboortejaar 2006": a year right after a birth word;
4. "geb datum 06 06 2006": a date with only spaces in it, after a birth word.
"""
from __future__ import annotations

import datetime
import re

from bot.privacy.lexicon import date_words, lexicon
from bot.privacy.names import _alternatives, _listed_words

DATE_OF_BIRTH = "[GEBOORTEDATUM]"
# A date that dates a person by a death or a wedding in the family: personal, but no birth date. Its own neutral
# placeholder, so the log and the NLU do not read a birth date ("mijn opa is op [DATUM] overleden"; the NLU examples
# with [GEBOORTEDATUM] are about child benefit and age rules) (round scrub20).
LIFE_EVENT_DATE = "[DATUM]"
# A date this many years before today or earlier is read as a birth date, not an event.
EVENT_YEARS = 8

# Month names as Dutch and English students abbreviate them, and in full in the languages students and
# parents here write in (CLDR via babel: "7 lipca 2005", "12 Mart 2006", "3 März 2007", "5 de mayo de 2006").
_MONTH_ABBREVIATIONS = (
    "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dec",
)
MONTH_LANGUAGES = ("nl", "fy", "en", "de", "fr", "es", "pt", "it", "pl", "ro", "bg", "tr", "ar", "uk", "ru", "so",
                   "pap", "bs", "hr", "sr_Latn", "id", "fa")


def _month_names() -> "list[str]":
    from babel import Locale

    names = set(_MONTH_ABBREVIATIONS)
    for language in MONTH_LANGUAGES:
        months = Locale.parse(language).months
        for context in ("format", "stand-alone"):
            names.update(name.lower().rstrip(".") for name in months[context]["wide"].values())
    return sorted(names)


_MONTHS = _alternatives(_month_names())
_DAY_WORDS = _alternatives([
    "een", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien",
    "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig", "eenentwintig",
    "tweeëntwintig", "drieëntwintig", "vierentwintig", "vijfentwintig", "zesentwintig", "zevenentwintig",
    "achtentwintig", "negenentwintig", "dertig", "eenendertig",
])
# "de zestiende van maart", "the twenty-first of May": a day as an ordinal word.
_UNITS_NL = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
_UNITS_EN = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_DAY_ORDINALS = _alternatives([
    "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende", "elfde",
    "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende", "zeventiende", "achttiende", "negentiende",
    "twintigste", "dertigste", "eenendertigste",
    *(unit + ("ën" if unit.endswith("e") else "en") + "twintigste" for unit in _UNITS_NL),
    *_UNITS_EN, "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", "thirty-first",
    *("twenty-" + unit for unit in _UNITS_EN), *("twenty " + unit for unit in _UNITS_EN),
])
_MONTH_ORDINALS = r"(?:0?[1-9]|1[0-2])(?:e|ste|de)|" + _alternatives([
    "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende", "elfde", "twaalfde"])
_YEAR = r"(?:'\d{2}|(?:19|20)\d{2}|\d{2})"
_NUMERIC = (r"\d{1,2}\s?[-/.]\s?\d{1,2}\s?[-/.]\s?(?:\d{4}|\d{2})|\d{4}\s?[-/.]\s?\d{1,2}\s?[-/.]\s?\d{1,2}"
            # "16 07 2007": with single spaces only a real day and month and a year of four digits (round 32), so the
            # groups of a phone number ("06 12 34 56 78") or an amount are no date.
            # Nor part of a longer run of digit groups, nor a sum ("12 10 2000 euro").
            r"|(?<!\d\s)(?<!\d\s\s)(?:0?[1-9]|[12]\d|3[01])\s(?:0?[1-9]|1[0-2])\s(?:19|20)\d{2}"
            r"(?!\s{0,2}(?:\d|euro|eur|€|,-|punten|keer|stuks|km|meter|views|volgers|likes))")
_TEXTUAL = (
    r"\d{1,2}(?:e|ste|de|st|nd|rd|th|\.)?\s(?:van\s|de\s|of\s)?(?:" + _MONTHS + r")\.?(?:,?\s(?:de\s)?" + _YEAR + r")?"
    # "21-feb-2007", "02-mei-2005", "18/Mar/2007": a form's day, month word and year joined by one dash or slash (round
    # 40, privacy_final29). The year is required: "2-mei" alone is no date here.
    # "mar" only here: alone it is "maar" typed short ("ik ben 17 mar ...": review r40p).
    r"|\d{1,2}([-/])(?:" + _MONTHS + r"|mar)\.?\1(?:19|20)?\d{2}"
    # Written out: "vijf mei tweeduizend acht" (counts only next to a birth word: it names no year in digits).
    # "vijf juni 2006": a year in digits after the words goes with them (round 38, privacy_dev28).
    r"|(?:" + _DAY_WORDS + r")\s(?:" + _MONTHS + r")(?:\s(?:tweeduizend|negentienhonderd)(?:\s?(?:en)?\s?[a-z]{2,20})?|,?\s(?:19|20)\d{2}(?!\s{0,2}(?:euro|eur|€|,-)))?"
    r"|(?:" + _MONTHS + r")\.?\s\d{1,2}(?:e|ste|de|th|st|nd|rd)?(?:,?\s(?:19|20)\d{2})?"
    r"|(?:de\s|the\s)?(?:" + _DAY_ORDINALS + r")\s(?:van\s|of\s)?(?:" + _MONTHS + r")(?:,?\s(?:19|20)\d{2})?"
    # "de 6e van de 7e 2007", "de zesde van de zevende": the month as an ordinal too (round scrub17). Like any date it
    # counts next to a birth word or with a year long past.
    r"|(?:\d{1,2}(?:e|ste|de)|" + _DAY_ORDINALS + r")\s(?:van\s)?(?:de\s)?(?:" + _MONTH_ORDINALS + r")(?!\w)(?:,?\s(?:19|20)\d{2})?"
)
# "01011999", "20070918": a date without separators, only with a birth word around it (else any number).
_COMPACT = r"(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d{2}|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
_DATE = re.compile(r"(?i)(?<![\w:.,/-])(?:" + _NUMERIC + r"|" + _TEXTUAL + r"|(?P<compact>" + _COMPACT + r"))(?![\w]|[-/.:]\d)")
_BIRTH_WORDS = (
    r"geboren|geb\.?(?:\s?datum)?|geboortedatum|geboortedag|geboorte|verjaardag|jarig|dob|d\.o\.b\.?|"
    r"date\sof\sbirth|birthday|born|geburtstag|geburtsdatum|doğum\starihi|doğdum|ik\sben\svan|"
    # "I was born" in the other languages students write in: Polish, French, Spanish, Italian, Russian/Ukrainian.
    r"urodzi\w{0,4}|data\surodzenia|née?\sle|date\sde\snaissance|naci\w{0,3}|nat[oa]\sil|"
    r"родил\w{0,3}|народи\w{0,4}|дата\sрождения"
)
# "(?<!\[)": the placeholder "[GEBOORTEDATUM]" of an earlier pass is no birth word for the next date ("geboren op
# [GEBOORTEDATUM] en de toets is op 8 maart"; review scrub19 B3).
_BIRTH_BEFORE = re.compile(r"(?i)(?<![\w\[])(?:" + _BIRTH_WORDS + r")(?!\w)[^.!?\n]{0,30}$")
_BIRTH_AFTER = re.compile(r"(?i)^[^.!?\n]{0,16}(?<![\w\[])(?:geboren|jarig|geboortedatum|geboortedag|verjaardag|birthday)(?!\w)")
# Who owns a date or an institution: "van mijn oma", "onze school".
_OWNER = r"(?:de|het|onze|ons|jullie|mijn|jouw|je|hun|zijn|haar)"
# A wedding or a death in the family dates a person as well as a birth does ("mijn opa is op 4 juni 2023 overleden",
# "getrouwd op 14-02-2020"): scrubbed like a date of birth, but as the neutral [DATUM] (LIFE_EVENT_DATE; round scrub20,
# before it [GEBOORTEDATUM]). Only a date bound to the
# word counts: right after it ("overleden op 3 maart") or right before it ("3 maart overleden"), never across a comma,
# "en" or another verb, because a bereaved student's next date is often a test or a talk ("mijn opa is overleden, de
# toets op 12 maart"). Word lists: data/privacy.yml datums (review scrub19 B3, S3, S4).
_LIFE_EVENT_VERBS = _alternatives(date_words("levensgebeurtenis"))
_LIFE_EVENT_NOUNS = _alternatives(date_words("levensgebeurtenis_datum"))
_LIFE_EVENT_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:(?:" + _LIFE_EVENT_VERBS + r")"
    r"|(?:" + _LIFE_EVENT_NOUNS + r")(?:\svan\s" + _OWNER + r"\s[^\W\d_]{1,15})?(?:\s?:|\s(?:is|was))?)"
    r"\s(?:op\s)?$")
_LIFE_EVENT_AFTER = re.compile(
    r"(?i)^\s(?:(?!(?:en|maar|of|want|dus)\s)[^\W\d_]{1,12}\s)?(?:" + _LIFE_EVENT_VERBS + r")(?!\w)")
# "de verjaardag van de school", "onze voetbalclub is jarig": the birthday of an institution, not of a person
# (data/privacy.yml namen.jarige_instelling; round scrub19). Read in the clause of the date only, and the subject must
# open that clause: in "mijn vriend van de opleiding is op 3 juni jarig" the subject is the friend (review B1).
_CLAUSE_BREAK = re.compile(r"(?i)[.!?\n,;:]|(?<!\w)(?:en|maar|want|of)(?!\w)")
_CLAUSE_REACH = 80
_INSTITUTION_OWNER = re.compile(
    r"(?i)(?<!\w)(?:verjaardag|geboortedag|jarig)\svan\s" + _OWNER + r"\s(?P<owner>[^\W\d_]{2,30})(?!\w)")
_INSTITUTION_SUBJECT = re.compile(
    r"(?i)^\s{0,3}" + _OWNER + r"\s(?P<subject>[^\W\d_]{2,30})\s(?:(?:is|wordt|was)\s(?:op\s)?"
    r"|viert\s(?:haar|zijn)\s(?:\d{1,3}(?:ste|de|e)\s)?verjaardag\s(?:op\s)?)$")
_INSTITUTION_JARIG_AFTER = re.compile(r"(?i)^\sjarig(?!\w)")
_INSTITUTIONS = _listed_words("jarige_instelling")


def _an_institution(word: str) -> bool:
    """"school", "basisschool", "voetbalclub": a listed word, or a lower-case compound that ends in one. Three letters
    before the listed end at least, so a short word that only ends like one ("app" in "knapp") is none. A capitalised
    word or a first name is a name first: "Roeland" is no "roe" + "land" (review B2)."""
    lower = word.lower()
    if lower in _INSTITUTIONS:
        return True
    if not word.islower() or lexicon().is_first_name(word) or lexicon().is_dutch_first_name(word):
        return False
    return any(lower.endswith(end) and len(lower) - len(end) >= 3 for end in _INSTITUTIONS)


def _clause_before(text: str, start: int) -> "str | None":
    """The text from the last clause break up to ``start``; None when the clause reaches further back than we look."""
    window = text[max(0, start - _CLAUSE_REACH):start]
    breaks = [found.end() for found in _CLAUSE_BREAK.finditer(window)]
    if not breaks and start > _CLAUSE_REACH:
        return None
    return window[breaks[-1]:] if breaks else window


def _institution_birthday(text: str, start: int, after: str) -> bool:
    """"de verjaardag van de school wordt op 1 oktober gevierd", "onze school is op 1 oktober jarig", "de club viert
    haar verjaardag op 3 juni": an institution's birthday; "de verjaardag van mijn moeder" is not one."""
    clause = _clause_before(text, start)
    if clause is None:
        return False
    owner = _INSTITUTION_OWNER.search(clause)
    if owner is not None:
        return _an_institution(owner.group("owner"))
    subject = _INSTITUTION_SUBJECT.match(clause)
    if subject is None or not _an_institution(subject.group("subject")):
        return False
    return "verjaardag" in clause.lower() or _INSTITUTION_JARIG_AFTER.match(after) is not None


# "ik ben van 2008", "mijn zusje is van 2012" (round scrub15): a person "is of" a year is its birth year. Not a span
# ("ik ben van 2019 tot 2021 hier geweest", "van 2020-2022") and not a thing ("het boek is van 2008"; "hij" and "die"
# are a laptop as often: "hij is van 2015").
_BORN_IN_YEAR = re.compile(
    r"(?i)(?<!\w)((?:geboren|geb\.?)\s(?:in\s|op\s)?|(?:geboortejaar|year\sof\sbirth|born\sin)(?:\s?:|\sis)?\s{1,2}"
    r"|(?:(?<![\w'])(?:ik\sben|ben\sik|(?:zij|ze)\sis|is\s(?:zij|ze))"
    r"|(?<![\w'])(?:mijn|m'n|mn|onze|ons|zijn|z'n|haar)\s(?:zus|zusje|broer|broertje|zoon|dochter|vriend|vriendin|neef|nicht|nichtje|neefje)\sis"
    r")\s(?:ook\s|al\s|nog\s)?van\s)"
    r"((?:19|20)\d{2})(?!\d)(?!\s{0,2}(?:-|–|/|tot|t/m|t\.m\.|tm|until|en\s(?:19|20)\d{2}))"
)
# "ik ben van 2019 op deze school", "ik ben van 2020 bij jullie": the year one came to the school, not a birth year,
# only after "ik ben" / "we zijn" (never a sister's or son's year), only with an explicit school phrase straight after
# the year, and only with no birth word in the rest of the sentence (review scrub17 B3).
_SELF_BEFORE_YEAR = re.compile(r"(?i)(?:ik\sben|we\szijn|wij\szijn)\s(?:ook\s|al\s|nog\s)?van\s$")
_AT_SCHOOL_AFTER_YEAR = re.compile(
    r"(?i)\s(?:al\s|nog\s|ook\s)?(?:op\s(?:deze|die|onze|jullie)\sschool|hier\sop\s(?:school|deze\sschool)|bij\sjullie"
    r"(?:\sop\sschool)?|sinds)(?!\w)")
_BIRTH_WORD_AFTER_YEAR = re.compile(
    r"(?i)[^.!?\n]{0,40}(?<!\w)(?:geboren|geb\.?|jarig|(?:op\sde\s)?wereld\sgekomen|ter\swereld)(?!\w)")


def _came_to_school(text: str, match: "re.Match") -> bool:
    """"ik ben van 2019 op deze school": positive evidence that the year is when one came, not a birth year."""
    return bool(_SELF_BEFORE_YEAR.search(match.group(1))) and bool(_AT_SCHOOL_AFTER_YEAR.match(text, match.end())) \
        and not _BIRTH_WORD_AFTER_YEAR.match(text, match.end())
# "geboortedatum 310805", "geb. 030507": day, month and a two-digit year without separators, only right after a
# birth word (round scrub15; eight digits are in _COMPACT).
_COMPACT_SHORT = re.compile(r"(?<![\w:.,/-])(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}(?![\w]|[-/.:]\d)")
# "geb datum 06 06 2006": day, month and year with only spaces between them are a date (not a phone number's
# groups) only right after a birth word.
_SPACED_DATE = re.compile(r"(?<![\w:.,/-])(?:0?[1-9]|[12]\d|3[01])\s(?:0?[1-9]|1[0-2])\s(?:19|20)\d{2}(?![\w]|\s?\d|[-/.:]\d)")
# "mijn verjaardag is 22-08", "jarig op 3/11": a day and a month in digits without a year, only right after a
# birth word (elsewhere "22-08" is a deadline, a score or a range). Not with a dot: "11.45" is a time.
_DAY_MONTH = re.compile(r"(?<![\w:.,/-])(?:0?[1-9]|[12]\d|3[01])\s?[-/]\s?(?:0?[1-9]|1[0-2])(?![\w]|\s?[-/.:,]\s?\d)")
_BIRTH_RIGHT_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:verjaardag|jarig|geboren|geb\.?|geboortedatum|geboortedag|birthday|dob)(?:\s(?:is|valt|was))?"
    r"(?:\s(?:op|on))?(?:\s(?:de|the))?\s?:?\s{1,2}$"
)
# "ik ben op 3/11 jarig", "ik ben 22-08 jarig": the birth word after the day and month, with "op", "ben" or "is"
# right before them ("een 2-3 jarig kind" is an age).
_OP_RIGHT_BEFORE = re.compile(r"(?i)(?<!\w)(?:op|ben|is)\s{1,2}$")
_BIRTH_RIGHT_AFTER = re.compile(r"(?i)\s{1,2}(?:jarig|geboren)(?!\w)")
_YEAR_IN_DATE = re.compile(r"(?:19|20)\d{2}|'\d{2}$|(?<=[-/.\s])\d{2}$")


# "ze is", "hij is", "[NAAM] is": a person is the subject, so "is 3-4 jarig" is a birthday, not a course's length.
# "mijn zus is": a possessive before the subject makes it a person as often, so it counts as one (the safer side:
# "mijn opleiding is 3-4 jarig" goes too).
_PERSON_IS = re.compile(
    r"(?i)(?:(?<!\w)(?:ze|zij|hij|die|jij|je|u)|\[NAAM\]|(?<![\w'])(?:mijn|m'n|mn|me|onze|ons|zijn|z'n|haar|hun|jouw|je)\s[\w-]{2,20})"
    r"\s{1,2}is\s{1,2}$"
)
_RISING_RANGE = re.compile(r"(\d{1,2})\s?-\s?(\d{1,2})")


def _a_length_in_years(text: str, match: "re.Match[str]") -> bool:
    """"de opleiding is 3-4 jarig", "de cursus is 2-3 jarig": after a bare "is" (no "op", no person before it) a
    rising range with a dash is how many years something lasts (review scrub9 S6, issue 10). "ik ben op 3/11 jarig",
    "ik ben 22-08 jarig", "ze is 3-5 jarig" stay a birthday."""
    before = text[max(0, match.start() - 40):match.start()]
    if not re.search(r"(?i)(?<!\w)is\s{1,2}$", before) or _PERSON_IS.search(before):
        return False
    rising = _RISING_RANGE.fullmatch(match.group(0))
    return rising is not None and int(rising.group(1)) < int(rising.group(2))


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


_NUMERIC_PARTS = re.compile(r"^(\d{1,4})\s?[-/.]\s?(\d{1,2})\s?[-/.]\s?(\d{1,4})$")


def _no_day_and_month(date_text: str) -> bool:
    """"30-60-90", "45-45-90": three numbers in a date's shape that hold no day and month in either order (d-m-y,
    m/d/y, y-m-d). Only without a birth word: "geboren 31-13-2005" is a typo in a birth date."""
    parts = _NUMERIC_PARTS.match(date_text)
    if parts is None:
        return False
    first, second, third = (int(part) for part in parts.groups())
    if len(parts.group(1)) == 4:
        return not (1 <= second <= 12 and 1 <= third <= 31)
    return not ((1 <= first <= 31 and 1 <= second <= 12) or (1 <= first <= 12 and 1 <= second <= 31))


def _after_a_version_word(before: str) -> bool:
    """The word right before is one that names a version (data/privacy.yml versie_voorvoegsel: "versie", "update", ...)."""
    from bot.privacy.lexicon import account_words

    words = re.findall(r"[\w'-]+", before[-20:].lower())
    return bool(words) and len(words[-1]) >= 3 and words[-1] in account_words("versie_voorvoegsel")


# A date whose day is written in words ("vijf juni 2006"): history lessons say dates so (review r38d), so with a year in
# digits it counts next to a birth word only, as the written-out year always did.
_DAY_WORD_OPENS = re.compile(r"(?i)(?:" + _DAY_WORDS + r")\s")


def scrub_dates_of_birth(text: str) -> str:
    this_year = datetime.date.today().year

    def replace(match: "re.Match[str]") -> str:
        date_text = match.group(0)
        before = text[max(0, match.start() - 45):match.start()]
        after = text[match.end():match.end() + 25]
        if _LIFE_EVENT_BEFORE.search(before) or _LIFE_EVENT_AFTER.match(after):
            return LIFE_EVENT_DATE
        # An institution's birthday only drops the birth-word reading; an old date still goes (review B1).
        if (_BIRTH_BEFORE.search(before) or _BIRTH_AFTER.search(after)) \
                and not _institution_birthday(text, match.start(), after):
            return DATE_OF_BIRTH
        if _after_a_version_word(before):
            return date_text  # "update naar versie 1.6.00": a version number, no date (round 31)
        if match.group("compact") or _no_day_and_month(date_text):
            return date_text  # "de 30-60-90 driehoek": no day and month, so no date (round scrub15)
        if _DAY_WORD_OPENS.match(date_text):
            return date_text  # "op vijf mei 1945 was de bevrijding": a date in words counts next to a birth word only
        year = _year(date_text)
        if year and year <= this_year - EVENT_YEARS and not re.fullmatch(r"\d{1,2}[-/.]\d{1,2}", date_text):
            return DATE_OF_BIRTH
        return date_text

    text = _DATE.sub(replace, text)
    text = _SPACED_DATE.sub(
        lambda m: DATE_OF_BIRTH if _BIRTH_BEFORE.search(text[max(0, m.start() - 45):m.start()]) else m.group(0), text)
    text = _DAY_MONTH.sub(
        lambda m: DATE_OF_BIRTH if _BIRTH_RIGHT_BEFORE.search(text[max(0, m.start() - 40):m.start()])
        or (_OP_RIGHT_BEFORE.search(text[max(0, m.start() - 6):m.start()]) and _BIRTH_RIGHT_AFTER.match(text, m.end())
            and not _a_length_in_years(text, m))
        else m.group(0), text)
    text = _COMPACT_SHORT.sub(
        lambda m: DATE_OF_BIRTH if _BIRTH_RIGHT_BEFORE.search(text[max(0, m.start() - 40):m.start()]) else m.group(0), text)
    return _BORN_IN_YEAR.sub(lambda m: m.group(0) if _came_to_school(text, m) else m.group(1) + DATE_OF_BIRTH, text)
