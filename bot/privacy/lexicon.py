"""Word lists the name detector needs: first names, surnames, and how common a word is in Dutch.

- First names and surnames: the person-name lists that Faker (MIT licence, released monthly) ships for
  every locale it supports (about 30,000 first names and 28,000 surnames: Dutch, Turkish, Arabic, Polish,
  Ukrainian, ...). They are plain Python tuples inside the package: no download, works offline. Faker's
  Dutch list is short (no Kees, Marloes, Jorrit, Froukje): data/privacy_voornamen.txt adds 45,000 first
  names of Jörg Michael's name dictionary (GFDL; its header names source and licence), 5,900 of them
  used in the Netherlands, Flanders or Frisia.
- How common a word is: the Dutch word-frequency list of pyspellchecker (MIT licence, built from
  OpenSubtitles). A word used at least ``COMMON`` times there ("ben", "moe", "hoop", "mentor") is an
  ordinary word first, so it only counts as a name where the phrasing says so ("mijn naam is Roos").
- Ordinary English words: pyspellchecker's English list (same source). Students mix in English ("im broke",
  "student finance", "hi there"); a lower-case word used this often in English is no name the lists
  should catch (``ENGLISH_COMMON``), even where a name list has it ("guy", "said").
- Dutch words the subtitles rarely use ("verpleegkunde", "conciërge", "studiefinanciering"): the Dutch
  lemma index of spacy-lookups-data (MIT, Explosion; already installed with spaCy), about 190,000 nouns,
  verbs and adjectives. Only used to say that a lower-case word no frequency list knows is still a word,
  not a name ("ik ben conciërge en ..."): it also holds some first names ("daan", "emma"), so it never
  overrules the first-name lists.
- Words that look like names but are not people at this school: data/privacy.yml ``geen_naam`` (products,
  services, the bot itself, subjects and languages) and every one-word municipality in
  data/nlu/lookup_gemeenten.yml. A school extends the list by editing data, not code.

Loaded once per process (about 1.2 s of CPU, ~80 MB at peak, measured 2026-12-03) on first use or at server start (``preload``).
"""
from __future__ import annotations

import functools
import gzip
import importlib
import importlib.util
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import FrozenSet, Iterable

import yaml

ROOT = Path(__file__).resolve().parents[2]
SETTINGS_FILE = ROOT / "data" / "privacy.yml"
MUNICIPALITIES_FILE = ROOT / "data" / "nlu" / "lookup_gemeenten.yml"
FIRST_NAMES_FILE = ROOT / "data" / "privacy_voornamen.txt"

# A word seen this often in Dutch subtitles is an ordinary word (measured on the dev set: 1000 keeps
# "ben", "moe", "mentor", "juni" out and lets "Mark", "Bas", "Iris" through as names).
COMMON = 1000
# Below this count a word is either unknown or a proper noun (the list floors names to 50).
KNOWN_WORD = 100
# A surname's last word after its particles ("dijk" of "van Dijk") counts as a surname after a particle in
# lower case too ("sanne van dijk"), unless it is this common a word ("van de week" is no "van der Wel").
PARTICLE_SURNAME_MAX_FREQUENCY = 20_000
# A lower-case word seen this often in English subtitles is an English word, not a name written in lower case
# ("broke" 193,091, "guy" 839,474, "finance" 8,823; "fleur", "roos", "sanne" are not in the list).
ENGLISH_COMMON = 5000
# A Dutch first name that is also an English word ("mark" 50,334, "jet" 18,428) may still be a name in lower
# case; one this common in English ("an", "said", "guy") is not.
ENGLISH_VERY_COMMON = 100_000
# Locales whose first-name lists are trusted even for names that are also rare Dutch words (Jan, Iris).
DUTCH_LOCALES = ("nl_NL", "nl_BE")


def fold(word: str) -> str:
    """Lower case without diacritics: "Ayşe" and "ayse" are one name. Not cached on purpose: a cache
    would keep the words of students' messages (their names) in the server's memory."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char)).replace("ı", "i")


@dataclass(frozen=True)
class Lexicon:
    first_names: FrozenSet[str]
    dutch_first_names: FrozenSet[str]
    surnames: FrozenSet[str]
    frequencies: dict
    not_names: FrozenSet[str]
    # Municipalities: one word is not a first name ("Ede"), but may be a surname ("van Beek"); the names of several
    # words ("bergen op zoom", "alphen aan den rijn") let the rules tell a town from a street or a surname.
    places: FrozenSet[str]
    not_name_phrases: tuple  # several words that together are not a person ("Albert Heijn", "Bart Smit")
    particle_surnames: FrozenSet[str] = frozenset()  # "dijk", "bosch": the end of "van Dijk", "van den Bosch"
    english_words: FrozenSet[str] = frozenset()  # used at least ENGLISH_COMMON times in English subtitles
    very_common_english: FrozenSet[str] = frozenset()  # at least ENGLISH_VERY_COMMON times
    # Function words of other languages students mix in ("bueno", "labas", "sama"): some are in a surname list too.
    foreign_stop_words: FrozenSet[str] = frozenset()
    dutch_lemmas: FrozenSet[str] = frozenset()  # spaCy's Dutch lemma index: words, also rare ones
    names_after_a_cue: FrozenSet[str] = frozenset()  # not a name on its own, but after "mijn broer", "ik ben"
    # Lemmas spaCy's index has as an adjective, verb, adposition or determiner ("net", "klaar", "nieuw", "weg"):
    # with dutch_lemmas, says whether a word is a noun and nothing else ("hoop", "vos", "storm").
    non_noun_lemmas: FrozenSet[str] = frozenset()
    # Never a name in lower case, a name when capitalised ("ik ben jarig"; "Jarig heeft mijn telefoon"): issue 10.
    lower_case_not_names: FrozenSet[str] = frozenset()
    # Given names that are ordinary words too and no list has as a name ("Mei", "Lief"): a name only where the
    # phrasing says a person ("ik ben Mei uit Groningen", "Mei zit bij mij ... maar ze reageert niet"): round scrub11.
    names_also_words: FrozenSet[str] = frozenset()
    # Public figures (data/privacy.yml publieke_personen; also in not_names / not_name_phrases): a first name listed
    # with one of them is a performer of the same list ("Snelle en Froukje"), round scrub13.
    public_figures: FrozenSet[str] = frozenset()

    def frequency(self, word: str) -> int:
        return self.frequencies.get(word.lower(), 0)

    def is_common(self, word: str) -> bool:
        return self.frequency(word) >= COMMON

    def is_known_word(self, word: str) -> bool:
        return self.frequency(word) >= KNOWN_WORD

    def is_first_name(self, word: str) -> bool:
        folded = fold(word)
        if folded in self.not_names or folded in self.places:
            return False
        if "-" in folded:  # Anne-Sophie, Jan-Willem, noah-jay
            parts = [part for part in folded.split("-") if part]
            return bool(parts) and all(part in self.first_names for part in parts)
        if folded not in self.first_names:
            return False
        frequency = self.frequency(word)
        if frequency >= COMMON:
            return False
        return frequency < KNOWN_WORD or folded in self.dutch_first_names

    def is_dutch_first_name(self, word: str) -> bool:
        """In the Dutch and Flemish first-name lists, however common the word ("Roos", "Job")."""
        folded = fold(word)
        return folded in self.dutch_first_names and folded not in self.not_names and folded not in self.places

    def in_first_name_list(self, word: str) -> bool:
        """A first name in the lists, however common the word is otherwise ("Storm", "Jet")."""
        folded = fold(word)
        return folded in self.first_names and folded not in self.not_names and folded not in self.places

    def in_name_list(self, word: str) -> bool:
        """A first name or surname in the lists, however common the word is otherwise ("Hans", "Roos")."""
        folded = fold(word)
        return folded not in self.not_names and (folded in self.first_names or folded in self.surnames)

    def is_surname(self, word: str) -> bool:
        folded = fold(word)
        return folded in self.surnames and folded not in self.not_names and not self.is_common(word)

    def ends_a_surname(self, word: str) -> bool:
        """The word that ends a surname with particles in the lists ("dijk": "van Dijk"), not a common word."""
        folded = fold(word)
        return folded in self.particle_surnames and folded not in self.not_names \
            and self.frequency(word) < PARTICLE_SURNAME_MAX_FREQUENCY

    def is_english_word(self, word: str) -> bool:
        """A common English word ("broke", "there", "said"): in lower case, not a name."""
        return word.lower() in self.english_words

    def is_dutch_word(self, word: str) -> bool:
        """A Dutch word, however rare in subtitles ("verpleegkunde"); some first names are words too."""
        return self.frequency(word) >= KNOWN_WORD or word.lower() in self.dutch_lemmas

    def is_dutch_compound(self, word: str) -> bool:
        """"invaldocent", "stagecoach": a lower-case word that ends in a common Dutch word of five or more
        letters after two or more letters (a bounded loop: a word token has at most 61 characters)."""
        lower = word.lower()
        return any(self.frequencies.get(lower[cut:], 0) >= COMMON for cut in range(2, len(lower) - 4))

    def is_very_common_english(self, word: str) -> bool:
        return word.lower() in self.very_common_english

    def is_not_a_name(self, word: str) -> bool:
        """Never a name here (data/privacy.yml geen_naam), or written in lower case a word that is no name then
        (geen_naam_in_kleine_letters: "ik ben jarig", while "Jarig de Vries" is a person)."""
        folded = fold(word)
        return folded in self.not_names or (folded in self.lower_case_not_names and word.islower()) \
            or bool(_CHAT_SOUND.fullmatch(folded))

    def is_name_after_a_cue(self, word: str) -> bool:
        """A ``geen_naam`` word that is also a given name ("Ramadan", "Maxima"): a name after an explicit cue
        (data/privacy.yml ``naam_na_aanwijzing``)."""
        return fold(word) in self.names_after_a_cue

    def is_name_also_a_word(self, word: str) -> bool:
        """data/privacy.yml namen.voornaam_ook_woord: a given name that is an ordinary word too ("Mei", "Lief")."""
        return fold(word) in self.names_also_words

    def is_only_a_noun(self, word: str) -> bool:
        """A Dutch noun that is no adjective, verb or preposition too ("Hoop", "Vos"; not "Net", "Klaar", "Weg")."""
        lower = word.lower()
        return lower in self.dutch_lemmas and lower not in self.non_noun_lemmas

    def is_place(self, word: str) -> bool:
        return fold(word) in self.places


# Laughter and chat sounds ("Haha", "Hihihi", "Hehe", "Xd", "Lool", "Pfff", "Hmm"): never a name, also capitalised at
# the end of a message ("... in? Haha") (round scrub14). A word token is at most 61 characters, so fullmatch is bounded.
_CHAT_SOUND = re.compile(r"(?:h[aeiou]){2,30}h?|(?:ja|ne|nee){3,20}|x+d+|lo+l|lmf?ao+|rofl|hm{2,30}|p+f{2,30}|u+gh+")


def _values(attribute) -> Iterable[str]:  # noqa: ANN001 - a tuple, list or dict of names in Faker
    if isinstance(attribute, dict):
        return attribute.keys()
    if isinstance(attribute, (tuple, list, set, frozenset)):
        return attribute
    return ()


# spaCy's stop-word lists of the languages students mix into Dutch chat (review r31 S7).
_STOP_WORD_LANGUAGES = ("es", "it", "pt", "pl", "id", "tr", "lt", "fr", "de", "en", "ro", "hr", "sk", "cs", "ar")


def _foreign_stop_words() -> frozenset:
    """Each language's spacy/lang/<code>/stop_words.py is a module without imports; it is loaded on its own, so that
    neither spaCy nor its language packages are imported for it (that took 5 s at start-up; the action server and the
    log filter do not load spaCy otherwise)."""
    package = importlib.util.find_spec("spacy")
    if package is None or not package.submodule_search_locations:
        return frozenset()
    root = Path(list(package.submodule_search_locations)[0]) / "lang"
    words = set()
    for language in _STOP_WORD_LANGUAGES:
        path = root / language / "stop_words.py"
        spec = importlib.util.spec_from_file_location(f"_kansenbot_stop_words_{language}", path)
        if not path.is_file() or spec is None or spec.loader is None:
            continue
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        words.update(fold(word) for word in getattr(module, "STOP_WORDS", ()))
    return frozenset(words)


# Scripts whose names students write in Latin letters ("oksana", "shevchenko", "giorgi"): Faker keeps the ru_RU,
# uk_UA, bg_BG, el_GR, hy_AM, ka_GE lists in their own script, so a name typed in Latin letters was in no list
# (round 31: "shevchenko" alone was kept). Arabic and Hebrew are left out: written without vowels, their
# transliteration ("mhmd") is not how anyone spells the name.
_ALPHABETS_TO_LATIN = ("CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN")
# Before anyascii's one-table transliteration: Greek "ου" is written "ou" (Papadopoulos), Ukrainian "г" is "h"
# and "и" is "y" (Hryhorenko, Halyna); the Russian spellings come from the ru_RU lists.
_BEFORE_LATIN = {"uk_UA": str.maketrans({"г": "h", "Г": "H", "и": "y", "И": "Y"}), "el_GR": str.maketrans({"υ": "u", "Υ": "U"})}


def _latin_spelling(name: str, locale: str) -> str | None:
    """How a name from a non-Latin list is typed in Latin letters, folded; None when it is Latin already or in
    another script. anyascii (ISC licence) has one table per character, so the result is bounded by the name."""
    letters = [char for char in name if char.isalpha()]
    if not letters or not all(any(script in unicodedata.name(char, "") for script in _ALPHABETS_TO_LATIN)
                              for char in letters):
        return None
    from anyascii import anyascii

    latin = anyascii(name.translate(_BEFORE_LATIN.get(locale, {}))).replace("'", "")
    return fold(latin) if latin.isalpha() else None


def _faker_names(locales: Iterable[str]) -> tuple:
    """(first names, surnames, first names typed in Latin, surnames typed in Latin), all folded."""
    first, surnames, latin_first, latin_surnames = set(), set(), set(), set()

    def add(names, into: set, latin: set, locale: str) -> None:
        for name in names:
            if isinstance(name, str):
                into.add(fold(name))
                if spelled := _latin_spelling(name, locale):
                    latin.add(spelled)

    for locale in locales:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except (ImportError, AttributeError):
            continue
        for attribute in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            add(_values(getattr(provider, attribute, ())), first, latin_first, locale)
        # Every list of surnames, not only ``last_names``: Polish, Czech, Russian, Ukrainian and others keep theirs
        # per gender ("male_last_names", "last_names_female"), and pl_PL's ``last_names`` is a placeholder.
        for attribute in dir(provider):
            # not Icelandic "last_names_without_suffix" ("annes", "antons"): stems, no surnames
            if "last_name" in attribute and "without" not in attribute and not attribute.startswith("_") \
                    and not callable(getattr(provider, attribute)):
                add(_values(getattr(provider, attribute)), surnames, latin_surnames, locale)
    return first, surnames, latin_first, latin_surnames


def _first_name_file() -> tuple:
    """data/privacy_voornamen.txt: (all first names, those used in the Netherlands, Flanders or Frisia)."""
    every, dutch = set(), set()
    if not FIRST_NAMES_FILE.exists():
        return every, dutch
    for line in FIRST_NAMES_FILE.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if not fields or line.startswith("#"):
            continue
        name = fold(fields[0])
        every.add(name)
        if fields[1:] == ["nl"]:
            dutch.add(name)
    return every, dutch


def _particle_surnames(surnames: Iterable[str], particles: Iterable[str]) -> set:
    """The last word of every surname that is particles and one word ("van den bosch" -> "bosch")."""
    particles = {fold(str(particle)) for particle in particles}
    cores = set()
    for surname in surnames:
        words = surname.split()
        if len(words) > 1 and len(words[-1]) >= 3 and all(word in particles for word in words[:-1]):
            cores.add(words[-1])
    return cores


def _dutch_lemmas() -> tuple:
    """Every lower-case word in spacy-lookups-data's Dutch lemma index (nouns, verbs, adjectives, ...), and those
    of them the index lists under another part of speech than noun."""
    try:
        import spacy_lookups_data
    except ImportError:  # the filter still works, with fewer ordinary words known
        return frozenset(), frozenset()
    path = Path(spacy_lookups_data.__file__).resolve().parent / "data" / "nl_lemma_index.json.gz"
    if not path.exists():
        return frozenset(), frozenset()
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        index = json.load(handle)
    every = frozenset(word for words in index.values() for word in words if word.isalpha() and word.islower())
    other = frozenset(word for pos, words in index.items() if pos != "noun" for word in words if word in every)
    return every, other


def _settings() -> dict:
    if not SETTINGS_FILE.exists():
        return {}
    return yaml.safe_load(SETTINGS_FILE.read_text(encoding="utf-8")) or {}


def _countries(names_of_people: FrozenSet[str]) -> FrozenSet[str]:
    """Countries in Dutch written with a diaeresis or an accent (Babel's CLDR territory names, offline), folded, so
    "Belgie" or "Italie" typed without it is still a country and not an unknown capitalised word (round 37,
    privacy_final26 of round 36). Only those: a country written in plain letters is no less a given name or a surname
    ("Martinique", "Jamaica", "Montenegro"; review r37), and one that a first-name or surname list has stays out too
    ("Israël", "Georgië")."""
    from babel import Locale

    names = {fold(name) for code, name in Locale("nl").territories.items()
             if code.isalpha() and " " not in name and fold(name) != name.lower()}
    return frozenset(name for name in names if name not in names_of_people)


def _municipalities() -> set:
    """Municipalities: a one-word name is never a person; names of several words ("Bergen op Zoom", "Loon op Zand")
    are there for ``is_place`` on a phrase."""
    words = set()
    if MUNICIPALITIES_FILE.exists():
        data = yaml.safe_load(MUNICIPALITIES_FILE.read_text(encoding="utf-8")) or {}
        for block in data.get("nlu", []) or []:
            for line in (block.get("examples") or "").splitlines():
                line = line.strip().lstrip("-").strip()
                if line:
                    words.add(fold(line))
    return words


# Days of the week are never a person ("open on Sunday"), in the languages students write in (CLDR, babel).
WEEKDAY_LANGUAGES = ("nl", "en", "de", "fr", "es", "pt", "it", "pl", "tr")


def _weekdays() -> set:
    from babel import Locale

    return {fold(day) for language in WEEKDAY_LANGUAGES
            for day in Locale.parse(language).days["format"]["wide"].values()}


def _section_words(section: str, key: str, *, required: bool = False) -> tuple:
    """The word list ``section.key`` of data/privacy.yml, stripped; refused when it is not a list of words (or, when
    ``required``, when it is missing or empty)."""
    words = (_settings().get(section, {}) or {}).get(key)
    if words is None and not required:
        words = []
    if not isinstance(words, list) or (required and not words) \
            or not all(isinstance(word, str) and word.strip() for word in words):
        raise ValueError(f"{SETTINGS_FILE.name}: {section}.{key} must be a list of words")
    return tuple(word.strip() for word in words)


@functools.lru_cache(maxsize=None)
def address_words(key: str) -> tuple:
    """A word list of data/privacy.yml ``adressen`` (towns, street abbreviations, numbers in words...)."""
    return _section_words("adressen", key)


@functools.lru_cache(maxsize=None)
def date_words(key: str) -> tuple:
    """A word list of data/privacy.yml ``datums`` (words that bind a date to a person); it must not be empty."""
    return _section_words("datums", key, required=True)


@functools.lru_cache(maxsize=None)
def account_words(key: str) -> tuple:
    """A word list of data/privacy.yml ``accounts`` (verbs said between a platform and an account's name)."""
    return tuple(word.lower() for word in _section_words("accounts", key))


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    import spellchecker  # pyspellchecker
    from faker.config import AVAILABLE_LOCALES

    settings = _settings().get("namen", {}) or {}
    locales = settings.get("locales") or list(AVAILABLE_LOCALES)
    first, surnames, latin_first, latin_surnames = _faker_names(locales)
    dutch_first = _faker_names(DUTCH_LOCALES)[0]
    extra_first = {fold(name) for name in settings.get("extra_voornamen") or []}
    resources = Path(spellchecker.__file__).resolve().parent / "resources"
    with gzip.open(resources / "nl.json.gz", "rt", encoding="utf-8") as handle:
        dutch_all = json.load(handle)
    frequencies = {word: count for word, count in dutch_all.items() if count >= KNOWN_WORD}
    with gzip.open(resources / "en.json.gz", "rt", encoding="utf-8") as handle:
        english_all = json.load(handle)
    english_counts = {word: count for word, count in english_all.items() if count >= ENGLISH_COMMON}
    listed_first, listed_dutch = _first_name_file()
    # A listed name that is also a common English word ("Mine", "Hay") would turn English into names: left
    # out (Faker's own Dutch names stay, "Mark" among them). A name from elsewhere in the world that is also
    # a Dutch word ("In", "Got": Korean, Chinese names there) is left out too.
    listed_dutch = {name for name in listed_dutch if name not in english_counts}
    dutch_first |= listed_dutch
    first |= listed_dutch | {name for name in listed_first - listed_dutch if len(name) >= 3 and name.isalpha()
                             and name not in english_counts and frequencies.get(name, 0) == 0}
    # Names typed in Latin from a Cyrillic, Greek, ... list, under stricter terms: in neither word list at all, however
    # rare (review r32: "andromeda", "nikon", "atom", "median" were added as names), and at least four letters.
    def not_a_word(name: str) -> bool:
        return len(name) >= 4 and name not in english_all and name not in dutch_all

    first |= set(filter(not_a_word, latin_first))
    surnames |= set(filter(not_a_word, latin_surnames))
    del dutch_all, english_all  # about 60 MB: only needed for this check
    # Only strings: a YAML null ("- # a header") would make "None" a public figure (review s22 N1).
    for key in ("publieke_personen", "geen_naam"):
        if not all(isinstance(entry, str) for entry in settings.get(key) or []):
            raise ValueError(f"{SETTINGS_FILE.name}: namen.{key} must be a list of strings (a '- # ...' line is a null)")
    public = [str(entry).strip() for entry in settings.get("publieke_personen") or [] if str(entry).strip()]
    entries = [str(entry).strip() for entry in settings.get("geen_naam") or [] if str(entry).strip()] + public
    not_names = {fold(entry) for entry in entries if " " not in entry} | _weekdays()
    # Towns of more than one word are no person either ("Hoek van Holland": review scrub11 N7).
    entries += [str(place).strip() for place in address_words("plaatsen") if " " in str(place).strip()]
    phrases = tuple(sorted({fold(entry) for entry in entries if " " in entry}, key=len, reverse=True))
    lemmas, non_nouns = _dutch_lemmas()
    return Lexicon(
        first_names=frozenset(first | extra_first),
        dutch_first_names=frozenset(dutch_first | extra_first),
        surnames=frozenset(surnames),
        frequencies=frequencies,
        not_names=frozenset(not_names),
        places=frozenset(_municipalities() | {fold(place) for place in address_words("plaatsen")}
                         | _countries(frozenset(first | extra_first | surnames))),
        not_name_phrases=phrases,
        particle_surnames=frozenset(_particle_surnames(surnames, settings.get("tussenvoegsel") or [])),
        english_words=frozenset(english_counts),
        very_common_english=frozenset(word for word, count in english_counts.items() if count >= ENGLISH_VERY_COMMON),
        foreign_stop_words=_foreign_stop_words(),
        dutch_lemmas=lemmas,
        non_noun_lemmas=non_nouns,
        names_after_a_cue=frozenset(fold(str(entry)) for entry in settings.get("naam_na_aanwijzing") or []),
        lower_case_not_names=frozenset(fold(str(entry)) for entry in settings.get("geen_naam_in_kleine_letters") or []),
        names_also_words=frozenset(fold(str(entry)) for entry in settings.get("voornaam_ook_woord") or []),
        public_figures=frozenset(fold(entry) for entry in public),
    )
