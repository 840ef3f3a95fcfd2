"""Replace personal data in user text with typed placeholders.

Interface used by every input channel, the tracker store and the log filter: ``scrub_text(text) -> str``.

Each detector finds candidates with a pattern and then applies the check that makes a number personal
data (IBAN mod-97, BSN 11-proef, Dutch phone number length and prefixes), so ordinary numbers in a
student's question - amounts, dates, times, "113" - stay readable for the NLU. Placeholders are typed
("[TELEFOON]", "[IBAN]", ...) so the message still reads as a sentence to the classifier.

Order matters: e-mail first (it may contain digits), then IBAN (contains digit runs that could look like
a BSN or phone number), phone numbers, BSN, addresses, student numbers, and person names last.
"""
from __future__ import annotations

import functools
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, List, Optional, Pattern

import yaml

logger = logging.getLogger(__name__)

EMAIL = "[EMAIL]"
PHONE = "[TELEFOON]"
IBAN = "[IBAN]"
BSN = "[BSN]"
ADDRESS = "[ADRES]"
STUDENT_NUMBER = "[STUDENTNUMMER]"
NAME = "[NAAM]"
PLACEHOLDERS = (EMAIL, PHONE, IBAN, BSN, ADDRESS, STUDENT_NUMBER, NAME)

ROOT = Path(__file__).resolve().parents[2]
SETTINGS_FILE = ROOT / "data" / "privacy.yml"

# ---------------------------------------------------------------------------------------------- e-mail
# The lookbehinds make each pattern start only at the beginning of a word run: without them a long run
# without "@" costs quadratic time (measured: 2000 digits took 120-210 ms).
_EMAIL = re.compile(r"(?<![\w.+%-])[\w.+%-]+@[\w-]+(?:\.[\w-]+)+")
# "naam [at] school [dot] nl" is how people dodge spam filters; it is still an address.
_EMAIL_SPELLED = re.compile(
    r"(?<![\w.+-])[\w.+-]+\s*[\[(]\s*(?:at|apenstaartje)\s*[\])]\s*[\w-]+(?:\s*[\[(]\s*(?:dot|punt)\s*[\])]\s*[\w-]+)+",
    re.IGNORECASE,
)


def _scrub_email(text: str) -> str:
    return _EMAIL_SPELLED.sub(EMAIL, _EMAIL.sub(EMAIL, text))


# ------------------------------------------------------------------------------------------------ IBAN
# Country code, check digits, then 11-30 alphanumerics, in groups of four or written as one block.
_IBAN_CANDIDATE = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]{4}){2,7}(?:[ ]?[A-Za-z0-9]{1,3})?(?![A-Za-z0-9])"
)
_IBAN_LENGTH = {"NL": 18, "BE": 16, "DE": 22, "FR": 27, "ES": 24, "IT": 27, "GB": 22, "LU": 20, "AT": 20}


def iban_is_valid(candidate: str) -> bool:
    compact = re.sub(r"\s", "", candidate).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", compact):
        return False
    expected = _IBAN_LENGTH.get(compact[:2])
    if expected is not None and len(compact) != expected:
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(char, 36)) for char in rearranged)
    return int(number) % 97 == 1


def _scrub_iban(text: str) -> str:
    def replace(match: "re.Match[str]") -> str:
        candidate = match.group(0)
        # The last group may have swallowed a word after the number ("NL.. 00 ok"); try shorter forms.
        parts = candidate.split(" ")
        for end in range(len(parts), 0, -1):
            head = " ".join(parts[:end])
            if iban_is_valid(head):
                return IBAN + candidate[len(head):]
        return candidate

    return _IBAN_CANDIDATE.sub(replace, text)


# ---------------------------------------------------------------------------------------- phone numbers
# Digit groups with at most one separator between them; "(0)" as in "+31 (0)6 ...".
_PHONE_CANDIDATE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\d{1,3}(?:[ .-]?\(0\))?[ .-]?)?\(?\d{1,13}\)?(?:(?:[ ]?[-./][ ]?|[ ])\(?\d{1,8}\)?){0,10}(?!\w)"
)
# A date or a time inside a candidate means it is not a phone number ("06-12-2024 13").
_DATE_INSIDE = re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}\b|\b(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\b")
# Service numbers belong to organisations, not to persons (0800-0113 is the suicide prevention line);
# they stay readable so the bot can still understand "ik heb 0800-0113 gebeld".
_SERVICE_PREFIXES = ("0800", "0900", "0906", "0909")


def _dutch_national_is_personal(digits: str) -> bool:
    """``digits``: a Dutch number in national form, e.g. 0612345678."""
    if len(digits) != 10 or not digits.startswith("0") or digits[1] == "0":
        return False
    return not digits.startswith(_SERVICE_PREFIXES)


def _phone_span(candidate: str) -> Optional[int]:
    """Length of the leading part of ``candidate`` that is a personal phone number, if any."""
    if _DATE_INSIDE.search(candidate):
        return None
    international = candidate.startswith("+") or candidate.startswith("00")
    without_trunk = candidate.replace("(0)", "")
    groups = list(re.finditer(r"\d+", without_trunk))
    digits = ""
    for group in groups:
        digits += group.group(0)
        end = group.end()
        if international:
            body = digits[2:] if candidate.startswith("00") else digits
            if body.startswith("31"):
                if _dutch_national_is_personal("0" + body[2:]):
                    return _original_end(candidate, without_trunk, end)
                continue
            # Other countries: country code plus subscriber number, 8 to 15 digits in all (E.164).
            if 8 <= len(body) <= 15 and group is groups[-1]:
                return _original_end(candidate, without_trunk, end)
        elif _dutch_national_is_personal(digits):
            return end
        if len(digits) > 15:
            return None
    return None


def _original_end(candidate: str, without_trunk: str, end: int) -> int:
    """Map an offset in ``candidate.replace('(0)', '')`` back to ``candidate``."""
    removed_before = 0
    position = candidate.find("(0)")
    while position != -1 and position - removed_before < end:
        removed_before += 3
        position = candidate.find("(0)", position + 3)
    return end + removed_before


_GROUP_START = re.compile(r"(?:(?<=^)|(?<=[ ./-]))[+(]?\d")


def _scrub_phone_candidate(candidate: str) -> str:
    # The candidate may start with a number that is not a phone number ("10:30 06-..." gives "30 06-...");
    # a phone number can begin at any digit group.
    for start in _GROUP_START.finditer(candidate):
        span = _phone_span(candidate[start.start():])
        if span is not None:
            end = start.start() + span
            return candidate[: start.start()] + PHONE + _scrub_phone_candidate(candidate[end:])
    return candidate


def _scrub_phone(text: str) -> str:
    return _PHONE_CANDIDATE.sub(lambda match: _scrub_phone_candidate(match.group(0)), text)


# ------------------------------------------------------------------------------------------------- BSN
_BSN_CANDIDATE = re.compile(r"(?<![\d.,\-/])(\d{3})([ .]?)(\d{3})\2(\d{3})(?![\d]|[.,]\d)")
_BSN_CONTEXT = re.compile(
    r"(?i)\b(?:bsn|burgerservicenummer|sofi(?:nummer)?)(?:[\s:.=#-]|is|nummer)*(\d[\d .]{6,10}\d)(?!\d)"
)


def bsn_is_valid(digits: str) -> bool:
    """The 11-proef: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is a multiple of 11 (and not all zeros)."""
    if not re.fullmatch(r"\d{9}", digits) or digits == "0" * 9:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(digits[:8], range(9, 1, -1)))
    total -= int(digits[8])
    return total % 11 == 0


def _scrub_bsn(text: str) -> str:
    # After the word "BSN" any 8-9 digit number is treated as one, even with a typo in it.
    def replace_context(match: "re.Match[str]") -> str:
        digits = re.sub(r"\D", "", match.group(1))
        if len(digits) not in (8, 9):
            return match.group(0)
        return match.group(0)[: match.start(1) - match.start(0)] + BSN

    text = _BSN_CONTEXT.sub(replace_context, text)

    def replace(match: "re.Match[str]") -> str:
        digits = match.group(1) + match.group(3) + match.group(4)
        return BSN if bsn_is_valid(digits) else match.group(0)

    return _BSN_CANDIDATE.sub(replace, text)


# ------------------------------------------------------------------------------------------- addresses
# Two-letter words that follow a year or an amount in ordinary Dutch ("in 2024 en", "1500 op"): with a
# space and in lower case they are not read as postcode letters. SA, SD and SS are never issued.
_NOT_POSTCODE_LETTERS = {
    "aa", "al", "an", "as", "de", "dl", "do", "en", "er", "ga", "ge", "he", "hè", "ik", "in", "is", "je",
    "ja", "jy", "ka", "km", "kg", "la", "ma", "me", "mg", "ml", "mm", "na", "nu", "of", "om", "on", "op",
    "pm", "am", "sa", "sd", "ss", "te", "to", "tv", "uk", "um", "wa", "we", "wo", "za", "zo", "zi", "st",
    "cm", "gb", "mb", "kb", "hz", "eu", "ct", "pc", "xl", "at", "be", "by", "if", "it", "my", "no", "or",
    "so", "up", "us", "vr", "di", "wk", "jr", "nr",
}
_POSTCODE = re.compile(
    r"(?<![\w])(?P<digits>[1-9]\d{3})(?P<space>[ ]?)(?P<letters>[A-Za-z]{2})(?![\w])"
    r"(?P<house>[ ,]{1,2}(?:nr\.?\s?)?\d{1,5}(?:[ -]?[A-Za-z](?![\w])|-\d{1,4})?)?"
)
_STREET = re.compile(
    r"(?<![\w])[A-Z][\w'-]*(?:straat|laan|weg|plein|gracht|kade|singel|dreef|hof|park|steeg|dijk|pad|ring|"
    r"markt|allee|baan|veld|wal|erf|hoek|plantsoen|boulevard)\s(?:\d{1,5}(?:[ -]?[A-Za-z](?![\w])|-\d{1,4})?)(?!\w)"
)


def _scrub_address(text: str) -> str:
    def replace(match: "re.Match[str]") -> str:
        letters = match.group("letters")
        spaced = bool(match.group("space"))
        if spaced and not letters.isupper() and letters.lower() in _NOT_POSTCODE_LETTERS:
            return match.group(0)
        if letters.upper() in ("SA", "SD", "SS"):
            return match.group(0)
        if spaced and letters.islower() and not match.group("house"):
            # "2024 ga" without a house number is far more often a year than a postcode.
            return match.group(0)
        return ADDRESS

    text = _STREET.sub(ADDRESS, text)
    return _POSTCODE.sub(replace, text)


# ------------------------------------------------------------------------------------- student numbers
@dataclass(frozen=True)
class StudentNumberRule:
    """How a school writes student numbers (data/privacy.yml, overridable by environment)."""

    keywords: Pattern[str]  # words that announce a student number: "studentnummer", "st.nr", ...
    number: str  # the number itself after such a word, default 6-9 digits
    bare: Optional[Pattern[str]]  # a form distinctive enough to scrub without a keyword ("s1234567")


def _compile(pattern: str, what: str) -> Pattern[str]:
    try:
        compiled = re.compile(pattern)
    except re.error as error:
        raise ValueError(f"{SETTINGS_FILE.name}: {what} is not a valid regular expression: {error}") from error
    if compiled.fullmatch(""):
        raise ValueError(f"{SETTINGS_FILE.name}: {what} must not match empty text")
    return compiled


@functools.lru_cache(maxsize=1)
def student_number_rule() -> StudentNumberRule:
    settings = {}
    if SETTINGS_FILE.exists():
        settings = (yaml.safe_load(SETTINGS_FILE.read_text(encoding="utf-8")) or {}).get("studentnummer", {}) or {}
    keywords = settings.get("keywords") or ["studentnummer", "leerlingnummer"]
    if not isinstance(keywords, list) or not all(isinstance(word, str) and word.strip() for word in keywords):
        raise ValueError(f"{SETTINGS_FILE.name}: studentnummer.keywords must be a list of words")
    number = os.environ.get("KANSENBOT_STUDENTNUMMER_PATTERN") or settings.get("pattern") or r"\d{6,9}"
    bare = os.environ.get("KANSENBOT_STUDENTNUMMER_BARE_PATTERN", settings.get("bare_pattern") or "")
    _compile(number, "studentnummer.pattern")
    # A keyword written with spaces or dots in it ("st. nr") matches however the student spaces it.
    alternatives = sorted(
        (r"[\s.]*".join(re.escape(part) for part in re.split(r"[\s.]+", word.strip()) if part) for word in keywords),
        key=len,
        reverse=True,
    )
    keyword_pattern = re.compile(r"(?i)(?<!\w)(?:" + "|".join(alternatives) + r")\.?")
    return StudentNumberRule(
        keywords=keyword_pattern,
        number=number,
        bare=_compile(r"(?<![\w])(?:" + bare + r")(?![\w])", "studentnummer.bare_pattern") if bare else None,
    )


def _scrub_student_number(text: str) -> str:
    rule = student_number_rule()
    with_keyword = re.compile(
        rule.keywords.pattern + r"(?P<gap>\s*(?:[:=#]|is|:\s*is)?\s*)(?P<number>" + rule.number + r")(?![\w])"
    )
    text = with_keyword.sub(lambda m: m.group(0)[: m.start("number") - m.start(0)] + STUDENT_NUMBER, text)
    if rule.bare is not None:
        text = rule.bare.sub(STUDENT_NUMBER, text)
    return text


# ------------------------------------------------------------------------------------------ person names
_NAME_WORD = r"[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'-]+"
# Students sometimes introduce themselves although the bot never asks; these phrasings are certain.
_INTRODUCTION = re.compile(
    r"(?i:\b(?:mijn\s+naam\s+is|ik\s+heet|naam\s*:|groetjes,?|groeten,?|mvg,?|met\s+vriendelijke\s+groet,?))\s+"
    r"(?P<name>" + _NAME_WORD + r"(?:\s+(?:van|de|der|den|ter|ten|van\s+der|van\s+den|van\s+de)?\s*" + _NAME_WORD + r"){0,2})"
)
_PERSON_LABELS = {"PERSON", "PER"}


def _scrub_introduction(text: str) -> str:
    return _INTRODUCTION.sub(lambda m: m.group(0)[: m.start("name") - m.start(0)] + NAME, text)


class _NameRecognizer:
    """Person names via the active spaCy pipeline's NER, loaded once and only when first needed."""

    def __init__(self) -> None:
        self._nlp = None
        self._loaded = False

    def use(self, nlp) -> None:  # noqa: ANN001 - a spaCy Language, or None to switch NER off
        self._nlp = nlp if nlp is not None and _has_ner(nlp) else None
        self._loaded = True

    def _load(self) -> None:
        self._loaded = True
        if os.environ.get("KANSENBOT_PRIVACY_NER", "1") == "0":
            return
        try:
            from bot.nlp.spacy_pipeline import OFFICIAL_NAME, ROOT as PROJECT_ROOT, official_installed

            model = os.environ.get("KANSENBOT_PRIVACY_NER_MODEL")
            if not model:
                if not official_installed():
                    logger.warning("Privacy filter: the spaCy fallback pipeline has no NER; names are found by phrasing only.")
                    return
                model = OFFICIAL_NAME
            import spacy

            path = PROJECT_ROOT / model
            nlp = spacy.load(path if path.exists() else model, exclude=["parser", "lemmatizer", "tagger", "morphologizer"])
        except Exception as error:  # a broken model must not stop the bot; patterns still apply
            logger.warning("Privacy filter: could not load spaCy NER (%s); names are found by phrasing only.", type(error).__name__)
            return
        self.use(nlp)

    def preload(self) -> None:
        """Load now (at server start) rather than while the first student waits."""
        if not self._loaded:
            self._load()

    def names(self, text: str) -> List[tuple]:
        if not self._loaded:
            self._load()
        if self._nlp is None:
            return []
        doc = self._nlp(text)
        return [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in _PERSON_LABELS]


def _has_ner(nlp) -> bool:  # noqa: ANN001
    return any(name in nlp.pipe_names for name in ("ner", "entity_ruler", "span_ruler"))


name_recognizer = _NameRecognizer()


def _scrub_names(text: str) -> str:
    spans = name_recognizer.names(text)
    for start, end in sorted(spans, reverse=True):
        if text[start:end] in PLACEHOLDERS or "[" in text[start:end]:
            continue
        text = text[:start] + NAME + text[end:]
    return text


# ------------------------------------------------------------------------------------------------- API
_PATTERNS: List[Callable[[str], str]] = [
    _scrub_email,
    _scrub_iban,
    _scrub_phone,
    _scrub_bsn,
    _scrub_address,
    _scrub_student_number,
    _scrub_introduction,
]
_WITH_NER: List[Callable[[str], str]] = _PATTERNS + [_scrub_names]


def scrub_text(text: str, *, ner: bool = True) -> str:
    """``text`` with personal data replaced by typed placeholders; anything else is left as written.

    ``ner=False`` uses patterns only (for log lines: fast, and never loads a model while logging).
    """
    if not isinstance(text, str) or not text:
        return text
    detectors = _WITH_NER if ner else _PATTERNS
    # Until nothing changes: a replacement can bring parts together that only then form a match, and
    # the result must be stable when scrubbed again (stored text is scrubbed twice: channel, store).
    for _ in range(4):
        scrubbed = text
        for detector in detectors:
            scrubbed = detector(scrubbed)
        if scrubbed == text:
            break
        text = scrubbed
    return text


def scrub_value(value):  # noqa: ANN001, ANN201 - JSON-like data
    """Scrub every string inside JSON-like data (dicts, lists), keeping its structure."""
    if isinstance(value, str):
        return scrub_text(value)
    if isinstance(value, dict):
        return {key: scrub_value(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [scrub_value(item) for item in value]
    return value


def contains_personal_data(text: str) -> bool:
    return scrub_text(text) != text


__all__: Iterable[str] = ["scrub_text", "scrub_value", "contains_personal_data", "PLACEHOLDERS", "name_recognizer"]
