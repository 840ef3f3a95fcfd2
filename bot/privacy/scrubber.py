"""Replace personal data in user text with typed placeholders.

Interface used by every input channel, the tracker store and the log filter: ``scrub_text(text) -> str``.

The text is first normalised (bot/privacy/normalise.py: NFKC, every space, dash and invisible character),
then each detector replaces what it finds, in this order:
  e-mail (may contain digits and names) -> IBAN (before handles: "my account is GB29 NWBK ...") ->
  social handles -> date of birth -> numbers after a
  keyword (student number, BSN, passport, licence plate, password) -> licence plates -> phone numbers,
  BSNs and other long numbers -> addresses -> person names (-> spaCy NER when the official pipeline is
  installed).
A number counts by its shape, not its checksum (numbers.py). Placeholders are typed ("[TELEFOON]",
"[NAAM]", ...) so the message still reads as a sentence for the NLU, which is trained on them
(data/nlu/met_placeholders.yml).

Every detector is linear in the length of the text (bounded repetitions, tokens read once), so a long or
hostile message cannot stall the server; tests/privacy/test_linear_time.py feeds each 100 KB of attack text.
Input channels also cap message length before scrubbing, and log lines are cut before they are scrubbed.
"""
from __future__ import annotations

import logging
import re
from typing import Callable, Iterable, List, Set

from bot import settings
from bot.privacy import contact, dates, names, numbers
from bot.privacy.contact import ADDRESS, EMAIL, HANDLE
from bot.privacy.dates import DATE_OF_BIRTH, LIFE_EVENT_DATE
from bot.privacy.lexicon import lexicon
from bot.privacy.names import NAME
from bot.privacy.normalise import normalise
from bot.privacy.numbers import (  # noqa: F401 - part of this module's interface
    BSN,
    IBAN,
    OTHER_ID,
    PHONE,
    STUDENT_NUMBER,
    bsn_is_valid,
    iban_is_valid,
    student_number_rule,
)

logger = logging.getLogger(__name__)

PLACEHOLDERS = (EMAIL, PHONE, IBAN, BSN, ADDRESS, STUDENT_NUMBER, NAME, DATE_OF_BIRTH, LIFE_EVENT_DATE, HANDLE, OTHER_ID)

# name -> detector, in the order they run (the privacy benchmark and the linear-time test use the names).
DETECTORS: "dict[str, Callable[[str], str]]" = {
    "email": contact.scrub_email,
    "iban": numbers.scrub_iban,
    "handle": contact.scrub_handles,
    "date_of_birth": dates.scrub_dates_of_birth,
    "keyword_ids": numbers.scrub_keyword_ids,
    "licence_plate": numbers.scrub_plates,
    "number_runs": numbers.scrub_number_runs,
    "address": contact.scrub_address,
    "name": names.scrub_names,
}


_PERSON_LABELS = {"PERSON", "PER"}


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
        if not settings.get().privacy_ner:
            return
        try:
            from bot.nlp.spacy_pipeline import OFFICIAL_NAME, ROOT as PROJECT_ROOT, official_installed

            model = settings.get().privacy_ner_model
            if not model:
                if not official_installed():
                    logger.warning("Privacy filter: the spaCy fallback pipeline has no NER; names are found by phrasing and name lists.")
                    return
                model = OFFICIAL_NAME
            import spacy

            path = PROJECT_ROOT / model
            nlp = spacy.load(path if path.exists() else model, exclude=["parser", "lemmatizer", "tagger", "morphologizer"])
        except Exception as error:  # a broken model must not stop the bot; patterns still apply
            logger.warning("Privacy filter: could not load spaCy NER (%s); names are found by phrasing and name lists.", type(error).__name__)
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


# ------------------------------------------------------------------------------------------------- API
def _scrub_ner(text: str) -> str:
    spans = name_recognizer.names(text)
    for start, end in sorted(spans, reverse=True):
        if "[" in text[start:end]:
            continue
        text = text[:start] + NAME + text[end:]
    return text


def preload() -> None:
    """Load the word lists and the NER model now (server start), not while the first student waits."""
    lexicon()
    names.phrases()
    numbers.public_numbers()
    name_recognizer.preload()


def scrub_text(text: str, *, ner: bool = True) -> str:
    """``text``, normalised, with personal data replaced by typed placeholders; anything else as written.

    ``ner=False`` skips the spaCy model (for log lines: never loads a model while logging).
    """
    if not isinstance(text, str) or not text:
        return text
    text = normalise(text)
    detectors: List[Callable[[str], str]] = list(DETECTORS.values())
    if ner:
        detectors.append(_scrub_ner)
    # Until nothing changes: a replacement can bring parts together that only then form a match, and
    # the result must be stable when scrubbed again (stored text is scrubbed twice: channel, store).
    for _ in range(3):
        scrubbed = text
        for detector in detectors:
            scrubbed = detector(scrubbed)
        if scrubbed == text:
            break
        text = scrubbed
    return text


# The model's own labels (the domain's intent and entity names): see remember_labels and scrub_label.
_labels: Set[str] = set()


def remember_labels(words: Iterable[str]) -> None:
    """Mark these strings as the bot's own labels, kept as they are in ``scrub_label``.

    Only for names the bot itself defines (the domain's intents and entities), never for anything a user
    typed. Why: a label is not personal data, and scrubbing one breaks what reads it later ("greet" is also
    a first name, and a stored ``[NAAM]`` intent is a turn the insights report cannot count).
    """
    _labels.update(word for word in words if isinstance(word, str) and word)


def scrub_label(value):  # noqa: ANN001, ANN201 - JSON-like data
    """A label field of parse data (an intent's or entity's name): kept when it is one of the bot's own
    labels, else scrubbed like any other string, since a label field can be filled by a client (REST)."""
    if isinstance(value, str) and value in _labels:
        return value
    return scrub_value(value)


# Dict keys already seen to hold no personal data ("text", "intent", "confidence"...): only short keys
# shaped like a field name are remembered, so a key that carried a name (or one only the NER model would
# catch) is never kept in memory; bounded, a client cannot grow it.
_CLEAN_KEYS: Set[str] = set()
_CLEAN_KEYS_MAX = 2048
_FIELD_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")


def scrub_key(key):  # noqa: ANN001, ANN201
    """A dict key with personal data replaced, like any string: keys come from the client too (REST parse
    data, an entity's extra fields): {"Sanne de Vries": 1}."""
    if not isinstance(key, str) or key in _CLEAN_KEYS:
        return key
    scrubbed = scrub_text(key, ner=False)
    if scrubbed == key and len(_CLEAN_KEYS) < _CLEAN_KEYS_MAX and _FIELD_NAME.fullmatch(key):
        _CLEAN_KEYS.add(key)
    return scrubbed


def scrub_mapping(mapping: dict, scrub_item: Callable[[object, object], object], keep: Iterable[str] = ()) -> dict:
    """A copy of ``mapping`` with its keys scrubbed (those in ``keep`` as they are) and each value replaced by
    ``scrub_item(original_key, value)``. Two keys can become one placeholder ({"Sanne": 1, "Daan": 2}):
    they are numbered, no value is lost."""
    cleaned: dict = {}
    for key, item in mapping.items():
        new_key = key if key in keep else scrub_key(key)
        base, number = new_key, 2
        while new_key in cleaned:
            new_key, number = f"{base} {number}", number + 1
        cleaned[new_key] = scrub_item(key, item)
    return cleaned


def scrub_value(value):  # noqa: ANN001, ANN201 - JSON-like data
    """Scrub every string inside JSON-like data (dicts, lists), keeping its structure."""
    if isinstance(value, str):
        return scrub_text(value)
    if isinstance(value, dict):
        return scrub_mapping(value, lambda _key, item: scrub_value(item))
    if isinstance(value, (list, tuple)):
        return [scrub_value(item) for item in value]
    return value


def contains_personal_data(text: str) -> bool:
    return any(placeholder in scrub_text(text) for placeholder in PLACEHOLDERS)


__all__: Iterable[str] = ["scrub_text", "scrub_value", "scrub_key", "scrub_mapping", "remember_labels", "scrub_label", "contains_personal_data", "PLACEHOLDERS", "name_recognizer", "preload"]
