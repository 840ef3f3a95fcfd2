"""Person names, found by how people introduce and mention each other, in lower case and in any script.

The text is split into tokens once (linear), then read left to right:
- phrasings that announce a name (data/privacy.yml ``namen``): introductions ("ik heet", "mijn naam is",
  "je spreekt met", "меня зовут", ...), weaker ones ("ik ben", "dit is": only a word that can be a name),
  sign-offs ("groetjes", "mvg", "xx", a name alone on the last line), titles ("meneer", "mw."), and family
  and relation words ("mijn moeder Ayse", "broertje kevin", "de tante van Dewi", "een student, Omar,");
- anywhere: a capitalised word that is a first name (lexicon.py) and not an ordinary Dutch word;
- words in scripts without capitals (Arabic, Hebrew, Chinese, Devanagari, ...) except a short list of
  greetings and function words; in Cyrillic and Greek, capitalised words except greetings. The bot
  cannot read these languages anyway; names are what students write in them.
A name runs on over surnames and particles ("Lotte van der Berg", "abdelkarim el ouazzani", "J. de Vries")
and an alias in brackets ("田中 純 (Jun Tanaka)"). The whole name becomes one ``[NAAM]``.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

import regex
import yaml

from bot.privacy.lexicon import SETTINGS_FILE, Lexicon, account_words, fold, lexicon

NAME = "[NAAM]"
MAX_NAME_TOKENS = 6

# Words (letters, marks and digits, with inner hyphens or apostrophes), placeholders, newlines, the
# punctuation the rules read (one token each), runs of any other symbols (one token per run, so 100 KB
# of "@@@" is one token, not 100,000), and runs of other white space. Together they tile the text, so
# each token's offset is the sum of the lengths before it (no match objects: measured 2x faster).
# "al-Khatib", "el-Amrani", "abu-Bakr", "ben-Ali", "ait-Ouali": an Arabic or Berber particle joined by a hyphen to a
# capitalised surname, one token (round scrub15).
_HYPHEN_PARTICLE_SURNAME = regex.compile(r"(?:al|el|ul|as|ash|ad|ed|abu|ibn|bin|ben|bou|ait|aït|ou|oulad)[-‐]\p{Lu}\p{Ll}{2,30}")
_TOKEN = regex.compile(
    r"\[[A-Z]{2,20}\]|[\p{L}\p{M}\d](?:[\p{L}\p{M}\d]|['’-](?=[\p{L}\p{M}\d])){0,60}|\n|[().,:!?\-]"
    # "'t" as one word: the particle of "in 't Veld", "van 't Hek" (review scrub11 S8), not an apostrophe and a "t".
    r"|(?<![\p{L}\p{M}\d'’])['’][tT](?![\p{L}\p{M}\d'’])"
    r"|[^\s\p{L}\p{M}\d().,:!?\-]{1,60}|[^\S\n]{1,60}|[\s\S]"
)


# A token is a plain (start, end, text) tuple: 100,000 of them are made in a few milliseconds, where
# objects with attributes took ten times longer (tests/privacy/test_linear_time.py).
Token = Tuple[int, int, str]
START, END, TEXT = 0, 1, 2


def is_word(token: Token) -> bool:
    return token[TEXT][0].isalpha() or token[TEXT] in _APOSTROPHE_T


_APOSTROPHE_T = {"'t", "’t", "'T", "’T"}


def has_digit(token: Token) -> bool:
    return not token[TEXT].isalpha() and any(char.isdigit() for char in token[TEXT])


def _is_symbols(token: Token) -> bool:
    """Emoji or other symbols (not a word, a number, a placeholder or the punctuation the rules read)."""
    text = token[TEXT]
    return not text[0].isalnum() and not text[0].isspace() and text[0] not in "[().,:!?-"


def tokenise(text: str) -> List[Token]:
    pieces = _TOKEN.findall(text)
    starts = list(itertools.accumulate(map(len, pieces), initial=0))
    return [token for token in zip(starts, starts[1:], pieces) if token[TEXT] == "\n" or not token[TEXT].isspace()]


@functools.lru_cache(maxsize=4096)
def _script(char: str) -> str:
    """"latin", "cased" (Cyrillic, Greek, Armenian: capitals mark names) or "uncased" (others)."""
    name = unicodedata.name(char, "")
    if name.startswith("LATIN"):
        return "latin"
    if name.startswith(("CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN MTAVRULI", "COPTIC")):
        return "cased"
    return "uncased"


@dataclass(frozen=True)
class Phrases:
    # One pattern with a named group per kind of phrase, so the text is scanned once:
    #   strong    a name follows for sure: "ik heet", "mijn naam is", "naam:", "t.n.v."
    #   sign_off  "groetjes", "mvg", "xx"
    #   title     "meneer", "mevrouw", "mw."
    #   weak      a name may follow: "ik ben", "dit is"
    #   relation  "moeder", "broertje", "stagebegeleider" (also "moeder van", "moeder heet")
    #   nickname  "maar zeg maar", "iedereen zegt": a capitalised word after them
    #   addressee "zeg tegen", "vraag aan": a person follows, judged as after a relation word
    pattern: "re.Pattern[str]"
    particles: frozenset  # "van", "de", "el", "bin"
    cue_words: frozenset  # every single word of the phrases above: never itself a name ("mevr", "gr")
    other_script_words: frozenset  # greetings and function words in other scripts: not names
    materials: frozenset = frozenset()  # "eik", "peer", "amber": what a thing is made of or tastes of, after "van"
    material_heads: frozenset = frozenset()  # "geur", "smaak", "kleur": a word that takes a material after "van"
    material_things: frozenset = frozenset()  # "tafel", "ketting", "jam": a thing made of a material
    giving_verbs: frozenset = frozenset()  # "kreeg", "geleend", "gestolen": the thing came from a person
    what_a_person_is: frozenset = frozenset()  # "Pool", "Jood", "Christen": after "ik ben", no name
    relation_words: frozenset = frozenset()  # "broer", "zus", "mentor": the one-word relation phrases
    title_words: frozenset = frozenset()  # "meester", "juf", "mevrouw": forms of address
    people_words: frozenset = frozenset()  # "vrienden", "iemand", "klasgenoten": words for people, never a thing
    insult_kinds: frozenset = frozenset()  # "dier", "vis", "kleur": kinds of thing that are insults too
    verbs_before_je: frozenset = frozenset()  # "mark": a verb opening "Mark je de taak ...?" that a name list has
    verbs_also_names: frozenset = frozenset()  # "ben", "wil": "Ben is ziek" is a person, "Ben je ziek?" the verb
    kinds_of_thing: frozenset = frozenset()  # "taal", "steen", "bloem": "Jade is een edelsteen" (namen.soort_ding)


_SPACE = " "


def _trie(phrases: Sequence[str]) -> dict:
    root: dict = {}
    for phrase in phrases:
        node = root
        for unit in " ".join(phrase.split()):
            node = node.setdefault(unit, {})
        node[""] = {}  # a phrase ends here
    return root


def _trie_pattern(node: dict) -> str:
    """A regular expression for the phrases in ``node`` with their common prefixes shared, so trying it
    at a position costs the length of the longest phrase there, not the number of phrases."""
    branches = [(r"\s{1,3}" if unit == _SPACE else re.escape(unit)) + _trie_pattern(child)
                for unit, child in sorted(node.items()) if unit]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        # The longest phrase first: the greedy optional group tries to go on before ending here.
        body = "(?:" + body + ")?"
    return body


def _alternatives(words: Sequence[str]) -> str:
    return _trie_pattern(_trie(sorted({str(word).strip().lower() for word in words if str(word).strip()})))


# A form of address with a comma after it and a lower-case word ("hoi mevr, de opdracht"): the teacher addressed
# without a name (the phrase match ends after the comma).
_TITLE_NO_NAME = r"\w{1,12}\.?\s{0,2},\s{0,2}$"


def _phrase_group(name: str, words: Sequence[str], after: str = "") -> str:
    # Ends after the phrase and what separates it from the name (":", ",", "(", "-", spaces). Python's
    # own re: with the look-behind first it skips positions fastest (measured against the regex module).
    # Not inside a placeholder: "[NAAM] you" is no "naam: you".
    return r"(?P<" + name + r">(?<![\w\[])(?:" + _alternatives(words) + r")(?![\w'’])" + after + r"[\s:,(\-]{0,4})"


@functools.lru_cache(maxsize=1)
def phrases() -> Phrases:
    settings = {}
    if SETTINGS_FILE.exists():
        settings = (yaml.safe_load(SETTINGS_FILE.read_text(encoding="utf-8")) or {}).get("namen", {}) or {}

    def words(key: str) -> List[str]:
        value = settings.get(key) or []
        if not isinstance(value, list) or not all(isinstance(word, str) for word in value):
            raise ValueError(f"{SETTINGS_FILE.name}: namen.{key} must be a list of words")
        return value

    # The relation words also match before "van", "hier" ("de moeder van Jayden", "docent hier (Anna Post)")
    # and "heet" ("mijn moeder heet Sunita", "mijn vriendin heet ook Bo"), and with "(" or "," before the name.
    # "van" only in lower case: in "docent Van Leeuwen" it opens the surname.
    return Phrases(
        pattern=re.compile("(?i)" + "|".join([
            # "achternaam is Rahmani", "voornaam: Kim"; "ms. Jansen", "mevr Bos".
            _phrase_group("strong", words("introductie"), after=r"(?:\s{1,3}(?:is|was))?"),
            _phrase_group("sign_off", words("afsluiting")),
            _phrase_group("title", words("aanspreekvorm"), after=r"\.?"),
            _phrase_group("weak", words("misschien_introductie")),
            _phrase_group("relation", words("relatie"), after=r"(?:\s{1,3}(?-i:van|hier|heet(?:\s{1,3}ook)?))?"),
            # "zeg maar gewoon Gosia", "iedereen zegt gewoon Mo": "gewoon" may follow any of them.
            _phrase_group("nickname", words("bijnaam"), after=r"(?:\s{1,3}gewoon)?"),
            _phrase_group("addressee", words("gesprekspartner")),
            _phrase_group("listed_addressee", words("gesprekspartner_uit_de_lijsten")),
            # "hij heet Tesfay Gebremedhin", "ze heet ook Meron": a person said to be called something (round scrub15).
            # In code, not in namen.introductie: "hij" and "ze" must not become cue words.
            # Also in the past and with the verb first: "volgens mij heette ze amber", "toen heette hij Tom" (round 39).
            r"(?P<pronoun_heet>(?<![\w\[])(?:(?:hij|ze|zij|ie)\s{1,3}heet(?:te)?|heet(?:te)?\s{1,3}(?:hij|ze|zij|ie))"
            r"(?:\s{1,3}(?:ook|echt|gewoon))?(?![\w'’])[\s:,(\-]{0,4})",
        ])),
        particles=frozenset(word.lower() for word in words("tussenvoegsel")),
        cue_words=frozenset(
            word.lower().rstrip(".") for key in ("introductie", "misschien_introductie", "afsluiting", "aanspreekvorm", "relatie",
                                                 "bijnaam", "gesprekspartner", "gesprekspartner_uit_de_lijsten")
            for phrase in words(key) for word in phrase.split()
        ),
        other_script_words=frozenset(fold(word) for word in words("andere_schrift_geen_naam")),
        materials=frozenset(fold(word) for word in words("stof_na_van")),
        material_heads=frozenset(fold(word) for word in words("stof_hoofdwoord")),
        material_things=frozenset(fold(word) for word in words("stof_ding")),
        giving_verbs=frozenset(fold(word) for word in words("stof_geven_krijgen")),
        what_a_person_is=frozenset(fold(word) for word in words("wat_iemand_is")),
        relation_words=frozenset(phrase.lower() for phrase in words("relatie") if " " not in phrase.strip()),
        kinds_of_thing=frozenset(fold(word) for word in words("soort_ding")),
        title_words=frozenset(fold(word).rstrip(".") for word in words("aanspreekvorm")),
        people_words=frozenset(fold(word) for word in words("mensen_woord")),
        insult_kinds=frozenset(fold(word) for word in words("soort_ding_ook_scheldwoord")),
        verbs_before_je=frozenset(fold(word) for word in words("werkwoord_voor_je")),
        verbs_also_names=frozenset(fold(word) for word in words("werkwoord_ook_voornaam")),
    )


class _Reader:
    """One message: its tokens and the name spans found in them."""

    def __init__(self, text: str, lex: Lexicon, phrase_set: Phrases) -> None:
        self.text = text
        # Whether the whole message is in capitals: read once, not per token (quadratic on "BO ING BO ...").
        self.all_caps = text.isupper()
        self.lex = lex
        self.phrases = phrase_set
        self.typo_checks_left = _TYPO_CHECKS
        self.tokens = tokenise(text)
        self.starts = [token[START] for token in self.tokens]
        self.spans: List[Tuple[int, int]] = []
        self.protected = self._protected()
        # The protected ranges that are public figures ("Marco Borsato"), by where they start and end.
        public = [(start, end) for start, end in self.protected if fold(text[start:end]) in lex.public_figures]
        self.public_starts = {start for start, _ in public}
        self.public_ends = {end for _, end in public}
        self._protected_tokens: Optional[set] = None
        self.protected_ends = [end for _, end in self.protected]
        lowered = text.lower()
        self.mentions_words = "woord" in lowered or "word" in lowered
        self.mentions_artists = any(word in lowered for word in _PUBLIC_ROLES_PLURAL)
        self._about_figures: Optional[Tuple[bool, set]] = None
        self._folded_words: Optional[frozenset] = None
        self._unknown_lower_words: dict = {}  # word -> may be the rest of a name beside it (unknown_next_to_a_name)

    def _protected(self) -> List[Tuple[int, int]]:
        """Character ranges of multi-word non-names ("Albert Heijn"): no name starts inside them."""
        if not self.lex.not_name_phrases:
            return []
        folded = fold(self.text)
        if len(folded) != len(self.text):
            return []
        pattern = _phrase_regex(self.lex.not_name_phrases)
        ranges = [(m.start(), m.end()) for m in pattern.finditer(folded)]
        # "Sint Maarten", "St. Nicolaas": a saint, a feast or a place; "Storm Ciarán", "Orkaan Katrina": a storm's given
        # name (a first name from the lists that no surname list has; a person called Storm has a surname after it)
        # (round scrub15).
        shaped = [(m.start(), m.end()) for m in _SAINT.finditer(self.text)]
        for m in _STORM_NAME.finditer(self.text):
            given = m.group("given")
            if self.lex.is_first_name(given) and not self.lex.is_surname(given):
                shaped.append((m.start(), m.end()))
        if not shaped:
            return ranges
        merged: List[Tuple[int, int]] = []
        for start, end in sorted(ranges + shaped):
            if merged and start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged

    # ------------------------------------------------------------------------------------ word kinds
    def script(self, token: Token) -> str:
        return _script(token[TEXT][0])

    def capitalised(self, token: Token) -> bool:
        return token[TEXT][0].isupper()

    def is_particle(self, token: Token) -> bool:
        return token[TEXT].lower() in self.phrases.particles

    def is_other_script_name(self, token: Token) -> bool:
        script = self.script(token)
        if script == "latin" or not is_word(token) or fold(token[TEXT]) in self.phrases.other_script_words:
            return False
        return script == "uncased" or self.capitalised(token)

    def is_initial(self, index: int) -> bool:
        token = self.tokens[index]
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        return (len(token[TEXT]) == 1 and token[TEXT].isalpha() and following is not None
                and following[TEXT] == "." and following[START] == token[END])

    def never_a_name_after_cue(self, token: Token) -> bool:
        """As never_a_name, but right after an explicit cue ("mijn broer Ramadan", "ik ben Maxima") a listed word
        that is also a given name is one (review scrub6 F19)."""
        return self.never_a_name(token) and not (is_word(token) and self.lex.is_name_after_a_cue(token[TEXT]))

    def never_a_name(self, token: Token) -> bool:
        return (not is_word(token) or has_digit(token) or self.lex.is_not_a_name(token[TEXT])
                or token[TEXT].lower() in self.phrases.cue_words or bool(_STREET_NAME.search(token[TEXT])))

    def lenient(self, token: Token) -> bool:
        """After "ik heet", a sign-off or a title: any word that is not an ordinary Dutch word."""
        if self.never_a_name_after_cue(token):
            return False
        if self.script(token) != "latin":
            return fold(token[TEXT]) not in self.phrases.other_script_words
        if self.capitalised(token):
            # "ik heet Hoop", "groetjes Bloem": after these, a capitalised word is a name, however ordinary.
            return token[TEXT].lower() not in _FUNCTION_WORDS
        if self.lex.is_very_common_english(token[TEXT]) and not self.lex.in_first_name_list(token[TEXT]) \
                and not self.lex.is_surname(token[TEXT]):
            return False  # "my name is not important", "thanks for ...": English, no name (round scrub13)
        return not self.lex.is_common(token[TEXT]) or self.lex.is_dutch_first_name(token[TEXT])

    def plausible(self, token: Token) -> bool:
        """After "ik ben", "dit is" or a relation word: a word that is probably a name."""
        following = self.next_token(token)
        if is_word(token) and self.capitalised(token) and not token[TEXT].isupper() \
                and token[TEXT].lower() in self.phrases.cue_words and self.lex.is_dutch_first_name(token[TEXT]) \
                and (following is None or following[TEXT] in (",", "!", "\n")):
            return True  # "Hoi Lieve, hier is ...": a cue word that is a given name, alone before a comma (round scrub14)
        if self.never_a_name_after_cue(token):
            return False
        if self.script(token) != "latin":
            return fold(token[TEXT]) not in self.phrases.other_script_words
        if not self.capitalised(token) and self.lex.is_english_word(token[TEXT]) \
                and not (self.lex.is_dutch_first_name(token[TEXT]) and not self.lex.is_very_common_english(token[TEXT])) \
                and not (self.lex.in_first_name_list(token[TEXT]) and following is not None
                         and following[TEXT].lower() in _INTRODUCED_FROM):
            return False  # "im broke", "hi there", "student finance"; "its will from class 2" is a name
        if token[TEXT].islower() and (token[TEXT] in _FUNCTION_WORDS or token[TEXT] in _PERSON_VERBS):
            return False  # "onze dochter wil van opleiding wisselen": a verb where a name could stand ("Wil" is one)
        if self.lex.is_first_name(token[TEXT]):
            return True
        if 3 <= len(token[TEXT]) <= 5 and token[TEXT].isupper() and not self.all_caps and not self.lex.in_name_list(token[TEXT]):
            return False  # "ik ben MBO student", "ik ben HAVO leerling": an abbreviation; "ik ben DJ" is a nickname (scrub13)
        if self.capitalised(token) and fold(token[TEXT]) in self.phrases.what_a_person_is \
                and not self.lex.in_first_name_list(token[TEXT]):
            return False  # "ik ben Hindoe", "ik ben Eerstejaars" (namen.wat_iemand_is); "ik ben Noor" is a name
        if self.abbreviation_compound(token[TEXT]):
            return False  # "ik ben BPV-coördinator", "ik ben BBL'er": a role, no name (round 40, privacy_final29)
        if self.capitalised(token) and not self.lex.in_first_name_list(token[TEXT]) and not self.lex.is_surname(token[TEXT]) \
                and not self.lex.is_name_also_a_word(token[TEXT]) and not self.introduced_as_a_person(token, following) \
                and (token[TEXT].lower() in self.lex.non_noun_lemmas
                     or (token[TEXT].endswith("e") and token[TEXT][:-1].lower() in self.lex.non_noun_lemmas)):
            return False  # "Ik ben Hongaars", "ik ben Syrische", "Ik ben Dyslectisch": an adjective, no name (round scrub13)
        if self.capitalised(token):
            # "ik ben Storm", "hoi Jet": a capitalised word that a first-name list has, however ordinary.
            return self.lex.is_surname(token[TEXT]) or not self.lex.is_known_word(token[TEXT]) \
                or self.lex.in_first_name_list(token[TEXT]) or self.introduced_as_a_person(token, following)
        # "ik ben siham en ...": a word no list knows, standing alone before "en" or a comma; "ik ben roos en
        # ...": a Dutch first name that is also a word, standing alone the same way; an emoji may follow.
        alone = following is None or following[TEXT].lower() in _AFTER_A_LONE_NAME or _is_symbols(following)
        # "anouk-marije": every part a first name or unknown; "bpv-docent" is a word.
        parts = token[TEXT].split("-")
        unknown = len(token[TEXT]) >= 3 and all(
            part.isalpha() and ((self.lex.frequency(part) == 0 and not self.lex.is_dutch_word(part)
                                 and not self.lex.is_dutch_compound(part) and not self.joined_verb(part))
                                or (len(parts) > 1 and self.lex.is_first_name(part)))
            for part in parts)
        return alone and (unknown or self.lex.is_dutch_first_name(token[TEXT]))

    def abbreviation_compound(self, text: str) -> bool:
        """"BPV-coördinator", "ICT-docent", "BBL'er": an abbreviation of data/privacy.yml namen.afkorting_in_samenstelling
        in capitals, joined to a Dutch word in lower case that no name list has, or to the ending "er"/"ers" that makes a
        person of it.
        Not "NINA-Hoek" or "DJ-Visser": a name typed in capitals (review r40p)."""
        head, sep, tail = max(text.partition("-"), text.partition("'"), text.partition("’"), key=lambda part: len(part[1]))
        if not sep or not head.isupper() or head.lower() not in _ROLE_ABBREVIATIONS:
            return False
        if tail.lower() in ("er", "ers"):
            return True
        # The word in lower case: "BOL-Hoek", "VO-HAAN" are surnames typed so (review r40q).
        return len(tail) >= 4 and tail.isalpha() and tail.islower() and not self.lex.in_name_list(tail) \
            and (self.lex.is_dutch_word(tail) or self.lex.is_dutch_compound(tail))

    def introduced_as_a_person(self, token: Token, following: Optional[Token]) -> bool:
        """"ik ben Hoop uit Eritrea", "ik ben Vos, zo noemt iedereen me": after "ik ben" a capitalised ordinary
        word is a name when where the person comes from (a capitalised place) or what people call them follows."""
        if following is None or token[TEXT].isupper() or token[TEXT].lower() in _FUNCTION_WORDS:
            return False
        # A noun and nothing else ("Hoop", "Vos", "Storm"): not an adjective, participle or adverb ("Net", "Klaar",
        # "Gevlucht", "Nieuw"), and not a word for where a person is from or what they believe ("Pool", "Jood": data/
        # privacy.yml namen.wat_iemand_is; review scrub8 S8).
        if not (self.lex.is_only_a_noun(token[TEXT]) or self.lex.is_name_also_a_word(token[TEXT])) \
                or fold(token[TEXT]) in self.phrases.what_a_person_is:
            return False  # a given name that is a month or an adjective too ("Mei", "Lief") is one (review scrub9 N1)
        after = self.next_token(following)
        if following[TEXT].lower() in ("uit", "from") and after is not None and is_word(after) and self.capitalised(after):
            # Not a word for what a person is ("ik ben Moslim uit Syrië", "Vluchteling", "Nederlander"): the endings
            # Dutch gives to nouns for people.
            return not token[TEXT].lower().endswith(_PERSON_NOUN_ENDINGS)
        return following[TEXT] == "," and bool(_CALLED_AFTER.match(self.text, following[END], following[END] + 40))

    def next_token(self, token: Token) -> Optional[Token]:
        index = bisect.bisect_left(self.starts, token[END])
        return self.tokens[index] if index < len(self.tokens) else None

    # ----------------------------------------------------------------------------------------- spans
    def index_at(self, offset: int) -> Optional[int]:
        index = bisect.bisect_left(self.starts, offset)
        return index if index < len(self.tokens) else None

    def add(self, first: int, last: int, explicit: bool = True) -> int:
        """Record a name; one found without a phrase that announces it must not be a known non-name."""
        start, end = self.tokens[first][START], self.tokens[last][END]
        if explicit or not self.overlaps_protected(start, end):
            self.spans.append((start, end))
        return last

    def overlaps_protected(self, start: int, end: int) -> bool:
        """Whether the range overlaps a listed non-name: the ranges come from one regex scan, so they are sorted and
        apart, and a binary search finds the first that ends after ``start`` (a scan of all of them per name would be
        quadratic on a message of many listed names: round scrub13)."""
        position = bisect.bisect_right(self.protected_ends, start)
        return position < len(self.protected) and self.protected[position][0] < end

    def name_from(self, index: Optional[int], first_word_ok, explicit: bool = True,  # noqa: ANN001
                  surname_first: bool = False, strict_particles: bool = False) -> Optional[int]:
        """If a name starts at token ``index`` (judged by ``first_word_ok``), record it; return its last index.
        ``surname_first``: a surname with its particles in lower case may come first ("mijn naam is van dijk")."""
        if index is None or index >= len(self.tokens) or self.cue_inside_a_non_name(index):
            return None
        token = self.tokens[index]
        if self.is_initial(index):
            last = index + 1
            surname = self.tokens[index + 2] if index + 2 < len(self.tokens) else None
            if first_word_ok == self.lenient and surname is not None and is_word(surname) and surname[TEXT].islower() \
                    and surname[TEXT] not in _FUNCTION_WORDS and not self.never_a_name(surname) \
                    and not self.is_particle(surname) and self.text[self.tokens[index + 1][END]:surname[START]] == " ":
                last = index + 2  # "op naam van r. pinas": after an explicit cue an initial's surname in lower case
        elif self.is_particle(token) and self.particles_then_capital(index, strict_particles) is not None:
            last = index  # "mevrouw de Jong", "meneer van den Heuvel": the particles belong to the name
        elif self.is_particle(token) and surname_first and self.particles_then_surname(index) is not None:
            last = self.particles_then_surname(index)  # "meneer van dijk", "meneer de jong": the surname too
        elif first_word_ok(token):
            last = index
        else:
            return None
        last = self.extend(last)
        return self.add(index, last, explicit)

    def preposition_not_a_particle(self, index: int) -> bool:
        """"in", "op" open a surname only before an article ("in 't Veld", "op den Akker", "In der Maur"), and never
        before a town ("mijn oma in Zwolle", "mijn tante in Den Haag", "Bergen op Zoom": a place, not a name)."""
        if self.tokens[index][TEXT].lower() not in _PREPOSITION_PARTICLES:
            return False
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        if following is None or following[TEXT].lower() not in _ARTICLE_PARTICLES:
            return True
        return self.place_at(index + 1)

    def place_at(self, index: int) -> bool:
        """Whether the words from ``index`` (one to four of them) name a town the gazetteer knows ("Den Haag",
        "Alphen aan den Rijn"); bounded, so linear."""
        words: List[str] = []
        for token in self.tokens[index:index + 4]:
            if not is_word(token):
                break
            words.append(token[TEXT])
            if self.lex.is_place(" ".join(words)):
                return True
        return False

    def after_particles(self, index: int) -> Optional[Tuple[int, Token]]:
        """The word after up to three particles from ``index`` (at least one), with its index, or None."""
        if self.preposition_not_a_particle(index):
            return None
        probe = index
        while probe < len(self.tokens) and self.is_particle(self.tokens[probe]) and probe - index < 3:
            probe += 1
        if probe == index or probe >= len(self.tokens) or not is_word(self.tokens[probe]):
            return None
        return probe, self.tokens[probe]

    def particles_then_capital(self, index: int, strict: bool = False) -> Optional[int]:
        """Index of the capitalised word after up to three particles from ``index``, if there is one.
        ``strict``: only a surname from the lists or a word no list knows ("namens de Belastingdienst" is no
        name, "namens de Vries" is)."""
        found = self.after_particles(index)
        if found is None:
            return None
        probe, word = found
        if has_digit(word) or not self.capitalised(word) or word[TEXT].lower() in _FUNCTION_WORDS \
                or self.an_abbreviation_after_an_article(probe) \
                or self.lex.is_not_a_name(word[TEXT]) or any(
                    self.institution(token) for token in self.tokens[probe:probe + 3] if is_word(token)):
            return None  # "op het Nova College": a school, not a surname with particles
        if strict and not (self.lex.in_name_list(word[TEXT]) or self.lex.ends_a_surname(word[TEXT])
                           or not self.lex.is_known_word(word[TEXT])):
            return None
        return probe

    def an_abbreviation_after_an_article(self, index: int) -> bool:
        """"de dokter van de GGD", "de mevrouw van het UWV": a short word in capitals right after "de" or "het" is an
        organisation, not a surname (reviews of round 36: "van der KOOI", "van den BOS", "meneer de GEUS" stay surnames,
        as do a name of the lists and any word in a message typed in capitals)."""
        word = self.tokens[index][TEXT]
        if not (word.isupper() and len(word) <= 5 and not self.all_caps and index > 0
                and self.tokens[index - 1][TEXT].lower() in ("de", "het", "'t")
                and not self.lex.in_name_list(word) and not self.lex.ends_a_surname(word)):
            return False
        # Right after a title the particles open a surname ("meneer van het HOF", "mevrouw de WAAL"); after "de meneer",
        # "de dokter" or any other word they tell where someone works ("de meneer van het UWV") (review r36c).
        first = index - 1
        while first > 0 and self.is_particle(self.tokens[first - 1]):
            first -= 1
        cue = fold(self.tokens[first - 1][TEXT].lower()).rstrip(".") if first > 0 else ""
        article = self.tokens[first - 2][TEXT].lower() if first > 1 else ""
        return cue not in self.phrases.title_words or article in ("de", "die", "een", "deze")

    def particles_then_surname(self, index: int) -> Optional[int]:
        """Index of a listed surname after up to three particles from ``index`` ("van den bosch"), if there is one."""
        found = self.after_particles(index)
        if found is None:
            return None
        probe, word = found
        if not self.never_a_name(word) and (self.lex.is_surname(word[TEXT]) or self.lex.ends_a_surname(word[TEXT])):
            return probe
        # A surname listed with its particles whose last word is also a common word ("de jong", "de groot").
        compound = " ".join(token[TEXT] for token in self.tokens[index:probe + 1])
        if not self.never_a_name(word) and fold(compound) in self.lex.surnames:
            return probe
        return None

    def extend(self, last: int) -> int:
        """Run on over surnames, particles, initials and a bracketed alias."""
        first = last
        index = last + 1
        while index < len(self.tokens) and index - first < MAX_NAME_TOKENS:
            token = self.tokens[index]
            if token[TEXT] == "." and self.is_initial(index - 1):
                last = index  # the dot belongs to the initial: "H.A. (Henk) Meijer"
                index += 1
                continue
            if token[TEXT] == "\n" or not is_word(token) or has_digit(token):
                break
            if self.is_particle(token):
                # Particles only count when a name follows them ("van der Berg", not "van de administratie").
                probe = index
                while probe < len(self.tokens) and self.is_particle(self.tokens[probe]) and probe - index < 3:
                    probe += 1
                if token[TEXT] in _PREPOSITION_PARTICLES and (
                        (probe < len(self.tokens) and not self.capitalised(self.tokens[probe])) or self.preposition_not_a_particle(index)):
                    break  # "bij Kim in de klas", "Sanne op het werk", "Sanne in Zwolle": a place, not "in 't Veld"
                if probe < len(self.tokens) and (self.surname_like(self.tokens[probe], after_particle=True)
                                                 or self.listed_surname_with_particles(index, probe)):
                    last = probe
                    index = probe + 1
                    continue
                break
            if self.surname_like(token, after_particle=False) or (index == first + 1 and self.unknown_lower_surname(index)):
                last = index
                index += 1
                continue
            break
        return self.alias(last)

    def listed_surname_with_particles(self, first: int, last: int) -> bool:
        """"daan de groot", "ben de groot": particles and an ordinary word that the surname lists have together ("de
        Groot", "van Dam") after a name (round scrub15)."""
        token = self.tokens[last]
        if not is_word(token) or has_digit(token) or not token[TEXT].isalpha() or token[TEXT].lower() in _FUNCTION_WORDS:
            return False
        if token[TEXT].lower().endswith("ste"):
            return False  # "Daan de beste speler": a superlative, though "de Beste" is a surname too
        return self.lex.is_surname(" ".join(self.tokens[position][TEXT] for position in range(first, last + 1)))

    def unknown_lower_surname(self, index: int) -> bool:
        """"ik ben łukasz wiśniewski, ...": after a first name in lower case, a lower-case word no Dutch or
        English list knows, ending the phrase, is the surname."""
        token, previous = self.tokens[index], self.tokens[index - 1]
        following = self.tokens[index + 1][TEXT] if index + 1 < len(self.tokens) else ""
        letters = token[TEXT].replace("-", "")
        return (previous[TEXT].islower() and token[TEXT].islower() and len(letters) >= 4 and letters.isalpha()
                and self.lex.frequency(token[TEXT]) == 0 and not self.lex.is_english_word(token[TEXT])
                and not self.lex.is_dutch_word(token[TEXT])
                and not self.never_a_name(token) and following in ("", ",", ".", "!", "?", "\n"))

    def surname_like(self, token: Token, after_particle: bool) -> bool:
        if not is_word(token) or has_digit(token) or self.lex.is_not_a_name(token[TEXT]):
            return False
        if self.script(token) != "latin":
            return self.is_other_script_name(token) or (self.script(token) == "cased" and self.capitalised(token))
        if self.capitalised(token):
            return token[TEXT].lower() not in _FUNCTION_WORDS
        if _HYPHEN_PARTICLE_SURNAME.fullmatch(token[TEXT]):
            return True  # "Omar al-Khatib", "Nadia el-Amrani": a particle joined to a capitalised surname (round scrub15)
        if self.lex.is_english_word(token[TEXT]):
            return False  # "joke please", "student finance"
        if self.lex.is_surname(token[TEXT]) or self.lex.is_first_name(token[TEXT]):
            return True
        # "bram de boer", "abdelkarim el ouazzani", "sanne van dijk": after a particle a surname may be an
        # ordinary word.
        return after_particle and (self.lex.in_name_list(token[TEXT]) or self.lex.ends_a_surname(token[TEXT])
                                   or not self.lex.is_known_word(token[TEXT]))

    def alias(self, last: int) -> int:
        """"田中 純 (Jun Tanaka)": a name in brackets right after a name is the same person."""
        index = last + 1
        if index + 2 < len(self.tokens) and self.tokens[index][TEXT] == "(":
            close = index + 1
            while close < len(self.tokens) and close - index <= MAX_NAME_TOKENS and self.tokens[close][TEXT] != ")":
                if not self.surname_like(self.tokens[close], after_particle=True) and not self.is_particle(self.tokens[close]):
                    return last
                close += 1
            if close < len(self.tokens) and self.tokens[close][TEXT] == ")" and close > index + 1:
                self.spans.append((self.tokens[index + 1][START], self.tokens[close - 1][END]))
                after = close + 1
                if after < len(self.tokens) and self.capitalised(self.tokens[after]) and self.surname_like(self.tokens[after], False):
                    self.spans.append((self.tokens[after][START], self.tokens[after][END]))  # "H.A. (Henk) Meijer"
                    return after
        return last

    # ----------------------------------------------------------------------------------------- rules
    def after_phrases(self) -> None:
        judges = {"strong": self.lenient, "sign_off": self.lenient, "title": self.title_name,
                  "weak": self.plausible, "relation": self.relation_name, "nickname": self.title_name,
                  "addressee": self.addressee, "pronoun_heet": self.after_pronoun_heet,
                  "listed_addressee": self.listed_name_where_a_person_stands}
        for match in self.phrases.pattern.finditer(self.text):
            index = self.index_at(match.end())
            kind = match.lastgroup
            if kind == "title" and self.text[match.end():match.end() + 1].islower() \
                    and re.match(_TITLE_NO_NAME, self.text[match.start(kind):match.end()]):
                continue  # "hoi mevr, de opdracht ...": the teacher addressed without a name
            if kind == "title" and "\n" in match.group(kind) and "," in match.group(kind) and index is not None \
                    and self.opens_a_letter(self.tokens[index]):
                continue  # "Geachte heer/mevrouw,\n\nOnze zoon ...": a salutation line, the letter starts below it with a word
                # of the language; "Beste meneer,\nTesfay komt vandaag niet" is still a name (round 37, review r37)
            if kind == "title" and index is not None and not self.all_caps and self.tokens[index][TEXT].islower() \
                    and match.group(kind).strip() in _COUNCILS \
                    and re.search(r"(?i)(?<!\w)(?:de|het)\s{1,2}$", self.text[max(0, match.start(kind) - 6):match.start(kind)]):
                continue  # "de MR vergadert", "de PR regelt het": a council after "de"/"het" only (review scrub17 B2);
                # "kan DR tesfay mij bellen", "MW achterberg", "PROF tesfay" keep the title cue
            judge = judges[kind]
            if kind in ("addressee", "listed_addressee") and index is not None and index + 1 < len(self.tokens) \
                    and self.tokens[index][TEXT].lower() == "ene":
                index += 1  # "gesproken met ene Storm": "a certain", then the name (round 33)
            if kind == "strong" and index is not None and self.tokens[index][TEXT].lower() in account_words("naam_gewijzigd"):
                continue  # "mijn tiktok naam is gewijzigd in lotte.xx": the name changed, the verb is none (review scrub20 N2)
            if kind == "sign_off" and index is not None and fold(self.tokens[index][TEXT].lower()) in _CHAT_ADDRESS_WORDS \
                    and fold(match.group(kind).strip(" \t\n,:(-").lower()) in _namen_words("chat_afsluiting") \
                    and not self.lex.in_first_name_list(self.tokens[index][TEXT]):
                continue  # "kus habibi", "doeg sahbi", "doei abi": a word of address after a chat sign-off, no signature; after a
                # letter's ending or with a word a first-name list has ("Groetjes, Angel", "kus Angel") it signs (round 37,
                # reviews r37b, r37c, r37d)
            if kind == "sign_off" and self.department_at(index):
                continue  # "Hoogachtend,\nDe Servicedesk": a department signs, no person (round scrub20, review B1)
            if kind == "strong" and index is not None and index + 1 < len(self.tokens) and self.tokens[index][TEXT] == "van" \
                    and fold(self.tokens[index + 1][TEXT]) in _namen_words("land_na_van") | _namen_words("land_of_streek") \
                    and _SUPERLATIVE_BEFORE_CUE.search(self.text[max(0, match.start(kind) - 40):match.start(kind)]):
                continue  # "de meest voorkomende achternaam van Nederland": of a country, no surname (round scrub17)
            if kind == "weak" and match.group(kind).lower().startswith("beste") and index is not None \
                    and _ARTICLE_BEFORE.search(self.text, max(0, match.start(kind) - 8), match.start(kind)) \
                    and not re.search(r"[,\n:(\-]", match.group(kind)) \
                    and not (self.lex.is_first_name(self.tokens[index][TEXT])
                             or self.lex.is_dutch_first_name(self.tokens[index][TEXT])):
                continue  # "welke heeft het beste studententarief": the best, no greeting; "het beste, jan" and "zo beste
                # jan" still greet (round 34, review r34 B4)
            if index is not None and self.possessive_opening_a_sentence(index):
                continue  # "Geachte heer, mevrouw, Onze zoon heeft ...": the letter begins (round 40, privacy_dev30)
            if kind == "weak" and index is not None and self.tokens[index][TEXT] in _PREPOSITION_PARTICLES:
                continue  # "ik ben in 't Gooi", "ik ben op het werk": where, not a surname ("in 't Veld" after a title)
            if kind == "nickname" and index is not None and self.tokens[index][TEXT].lower() in _SAID_NOT_CALLED:
                continue  # "zeg maar gewoon Nee als je niet wilt": what to say, not a nickname (review scrub11 N10)
            if kind in ("relation", "addressee", "listed_addressee") and index is not None and self.figure_looked_up(index) \
                    and {fold(word) for word in re.findall(r"[\w']+", match.group(kind))} & _namen_words("rol_die_werk_opgeeft"):
                continue  # "van de docent mark rutte opzoeken": the figure is the topic (round scrub18); after any other
                # relation ("mijn zus", "mijn ex", "mijn collega") opzoeken is visiting or stalking a person (re-review R1)
            if kind == "relation" and match.group(0).lower().rstrip().endswith(("heet", "heet ook")):
                judge = self.after_relation_heet  # "mijn zusje heet mars": said as a name, however ordinary the word
            if kind == "addressee" and match.group(0).lower().startswith("samen"):
                judge = self.worked_with  # "samen met Canva", "samen met Albert Heijn": a tool or a firm as often
            # After "heet" a surname may come with its particles in lower case: "mijn praktijkopleider heet van dijk".
            surname_first = kind in ("strong", "title", "pronoun_heet") or judge in (self.after_heet, self.after_relation_heet)
            if kind == "relation" and index is not None and not surname_first:
                # "mentor van den heuvel", "mijn stagebegeleider van dijk": the phrase took "van" ("de tante van ..."),
                # but with what follows it is a surname the lists have
                start = index - 1 if index > 0 and self.tokens[index - 1][TEXT] == "van" \
                    and self.tokens[index - 1][START] >= match.start(kind) else index
                if self.particles_and_a_surname(start):
                    surname_first, index = True, start
            if kind == "listed_addressee" and index is not None and self.is_particle(self.tokens[index]):
                # "gemaild naar de Belastingdienst", "gesproken met het Wijkteam": an article and an institution; only a
                # surname the lists have with its particles is a person here ("gemaild naar van dijk") (review r33 B2)
                last = self.particles_then_surname(index)
                if last is not None and self.listed_surname_with_particles(index, last) \
                        and not (self.tokens[last - 1][TEXT].lower() in ("de", "het", "'t")
                                 and self.article_and_a_word(self.tokens[last][TEXT])):
                    self.add(index, last)
                continue
            found = self.name_from(index, judge, surname_first=surname_first, strict_particles=kind in ("sign_off", "weak"))
            if found is not None and kind in ("strong", "sign_off") and self.listed_surname_ends_the_phrase(found):
                self.add(index, found + 1)  # "naam hanna visser", "groetjes, kim bakker": the surname too (round scrub17)
            if found is None and kind == "strong" and index is not None and index + 1 < len(self.tokens) \
                    and fold(self.tokens[index][TEXT]) in self.phrases.verbs_also_names and self.is_particle(self.tokens[index + 1]):
                last = self.extend(index)  # "mijn naam is ben de groot": the verb that is a name, with a surname after it
                if last > index:
                    self.add(index, last)
            elif found is None and kind == "weak":
                self.two_unknown_capitalised(index)
                self.two_unknown_lower(index)
            elif found is None and kind == "sign_off":
                self.signed_with_last_word(index)
        # "heet toch Lotte? of was het Loes": a name said again to correct it; only a first name from the lists ("of was
        # het Pasen", "of is het Google" stay). Its words are no cue words elsewhere ("Philips of ASML") (round scrub14).
        for match in _CORRECTED_NAME.finditer(self.text):
            index = self.index_at(match.end())
            if index is not None and self.tokens[index][START] == match.end() and is_word(self.tokens[index]) \
                    and self.lex.is_first_name(self.tokens[index][TEXT]) and self.plausible(self.tokens[index]):
                self.add(index, self.extend(index))

    def particles_and_a_surname(self, index: int) -> bool:
        """"mentor van den heuvel", "mijn stagebegeleider van dijk": lower-case particles and a lower-case surname the
        lists have from token ``index``, not an article and an ordinary word ("mijn vriend van de boer", "neef van de
        bakker") (round scrub22)."""
        last = self.particles_then_surname(index) if self.is_particle(self.tokens[index]) else None
        if last is None or not is_word(self.tokens[last]) or not self.tokens[last][TEXT].islower():
            return False  # "de vader van Amir", "de vader van [NAAM]": "van" is the preposition there
        word = self.tokens[last][TEXT]
        if fold(" ".join(token[TEXT] for token in self.tokens[index:last + 1])) not in self.lex.surnames:
            return False  # "de tante van idris": a first name after "van", no surname listed with its particles
        article = self.tokens[last - 1][TEXT].lower() in ("de", "het")
        return not (article and (self.article_and_a_word(word) or self.lex.is_only_a_noun(word)))

    def department_at(self, index: Optional[int]) -> bool:
        """"Examencommissie", "Team ICT", "Groep 8", "ajb" right after a sign-off (see below), or "De Servicedesk", "Het
        Examenbureau", "'t Loket": a capitalised article and then a
        department from data/privacy.yml (``namen.afdeling``) or a compound ending in one of its heads
        (``namen.afdeling_hoofdwoord``: "Studentenbalie", "Stagebureau"). Only these lists: "De Zeeuw", "De Kleine"
        after a sign-off are surnames (review scrub20 B1)."""
        if index is None or index >= len(self.tokens):
            return False
        first = self.tokens[index]
        # "Bij voorbaat dank, Examencommissie", "Groetjes, Team ICT", "Alvast bedankt, Groep 8", "groetjes ajb": a department,
        # a team, a group or a word of asking signs, no person (round 38, reviews r38a, r38d); not greetings or plurals:
        # "Groetjes, Joe", "Groetjes, Anders" sign with a name (review r38e)
        if is_word(first) and (self.a_department_word(first[TEXT]) or fold(first[TEXT].lower()) in _NO_SIGNER
                               or fold(first[TEXT].lower()) in _namen_words("gebiedende_wijs_woord")):
            return True
        if index + 1 >= len(self.tokens):
            return False
        article, word = self.tokens[index], self.tokens[index + 1]
        if article[TEXT].lower() not in ("de", "het", "'t", "’t") or article[TEXT] in ("de", "het") \
                or not is_word(word) or not self.capitalised(word):
            return False  # a signature line opens with a capital; "de"/"het" in lower case go on a sentence
        return self.ends_in_a_department(word[TEXT])

    def a_department_word(self, word: str) -> bool:
        """A department of data/privacy.yml or a compound of a word of the language and a department's head ("Examencommissie",
        "Leerlingenraad"); not a name that only ends like one ("Conraad": review r38f)."""
        folded = fold(word.lower())
        if folded in _namen_words("afdeling"):
            return True
        if self.lex.is_first_name(word) or self.lex.is_surname(word):
            return False
        for head in _namen_words("afdeling_hoofdwoord"):
            stem = folded[:-len(head)]
            if folded.endswith(head) and len(stem) >= 4 and (self.lex.is_known_word(stem) or self.lex.is_dutch_word(stem)
                                                            or self.lex.is_known_word(stem.rstrip("s"))):
                return True
        return False

    def ends_in_a_department(self, word: str) -> bool:
        """A department of data/privacy.yml (``namen.afdeling``) or a compound ending in one of its heads
        (``namen.afdeling_hoofdwoord``: "Studentenbalie", "Servicedesk")."""
        folded = fold(word)
        return folded in _namen_words("afdeling") or any(
            folded.endswith(head) and len(folded) > len(head) + 2 for head in _namen_words("afdeling_hoofdwoord"))

    def signed_with_last_word(self, index: Optional[int]) -> None:
        """"doei! xx lieve", "groetjes, Roos": after a sign-off, the message's last word is the signature when a Dutch
        first-name list has it, also where it is a word of the sign-offs themselves ("lieve groet")."""
        if index is None or index >= len(self.tokens):
            return
        token = self.tokens[index]
        if not is_word(token) or has_digit(token) or self.script(token) != "latin" or len(token[TEXT]) < 3 \
                or token[TEXT].lower() in _FUNCTION_WORDS or self.lex.is_not_a_name(token[TEXT]) \
                or not self.lex.is_dutch_first_name(token[TEXT]) \
                or (token[TEXT].islower() and token[TEXT] in self.phrases.relation_words):
            return  # "groetjes, broer", "doei broer": a relation word in lower case speaks to someone, it signs nothing
        if len(self.tokens) - index - 1 > 3:
            return  # not the end of the message (checked first: no copy of a long message's tokens)
        rest = self.tokens[index + 1:]
        if not any(is_word(other) or has_digit(other) or other[TEXT].startswith("[") for other in rest):
            self.add(index, index)  # only punctuation or an emoji after it

    def title_name(self, token: Token) -> bool:
        """After "meneer", "mevr.": a capitalised word is the surname, also an ordinary word ("mevr. Bos");
        in lower case a surname from the lists, also an ordinary word ("meneer visser"), or a noun ("mevrouw mosterd";
        round scrub22)."""
        if self.capitalised(token) and is_word(token) and self.script(token) == "latin":
            return not self.never_a_name(token) and token[TEXT].lower() not in _FUNCTION_WORDS
        if self.is_particle(token) and token[TEXT].islower():
            return False  # "meneer de mentor": a particle with no surname after it ("meneer de jong": name_from)
        if token[TEXT] in _SCHOOL_SUBJECTS or token[TEXT] in _FUNCTION_WORDS or token[TEXT] in _HEDGES \
                or token[TEXT] in _SEEN_ADVERBS or token[TEXT] in _ADVERBS_AFTER_RELATION:
            return False  # "meneer gym is streng": the subject the teacher gives; "de juf niet boos": an adverb
        if is_word(token) and not self.never_a_name(token) and fold(token[TEXT]) in self.lex.surnames:
            return True
        if is_word(token) and token[TEXT].islower() and self.lex.is_only_a_noun(token[TEXT]) and not self.never_a_name(token) \
                and not self.a_word_for_people(token[TEXT]) and fold(token[TEXT]) not in self.phrases.relation_words \
                and token[TEXT] not in _SCHOOL_SUBJECTS and token[TEXT] not in _FINITE_VERB_FORMS \
                and fold(token[TEXT]) not in _JOBS_AFTER_A_TITLE:
            return True  # "mevrouw mosterd": a noun after a title is a surname; not "meneer zei", "mevrouw docent", "meneer gym",
            # "meneer directeur"
        return self.lenient(token)

    def two_unknown_capitalised(self, index: Optional[int]) -> None:
        """"ik ben Mei Ling": after "ik ben", two capitalised words, the second one no word list knows at
        all, are a name the lists miss (not a shop or an institution: "Stichting Leergeld")."""
        if index is None or index + 1 >= len(self.tokens):
            return
        first, second = self.tokens[index], self.tokens[index + 1]
        third = self.tokens[index + 2][TEXT] if index + 2 < len(self.tokens) else ""
        if not all(is_word(token) and self.capitalised(token) and self.script(token) == "latin"
                   and not self.never_a_name(token) and token[TEXT].lower() not in _FUNCTION_WORDS
                   and token[TEXT].lower() not in _INSTITUTIONS and not _INSTITUTION_END.search(token[TEXT])
                   for token in (first, second)):
            return
        if third[:1].isupper() or self.lex.frequency(second[TEXT]) or len(second[TEXT]) < 3 or self.lex.is_place(second[TEXT]):
            return
        self.add(index, index + 1, explicit=False)

    def listed_surname_ends_the_phrase(self, last: int) -> bool:
        """After an explicit cue and a first name in lower case, a lower-case word the surname lists have, however common
        a word it is too ("visser", "bakker", "smit"), ending the phrase (end, comma, full stop), is the surname."""
        if last + 1 >= len(self.tokens) or not self.tokens[last][TEXT].islower():
            return False
        token = self.tokens[last + 1]
        after = self.tokens[last + 2][TEXT] if last + 2 < len(self.tokens) else ""
        word = token[TEXT]
        return is_word(token) and word.islower() and word.isalpha() and len(word) >= 3 and word not in _FUNCTION_WORDS \
            and fold(word) in self.lex.surnames and not self.lex.is_not_a_name(word) \
            and after in ("", ",", ".", "!", "?", "\n", ";")

    def two_unknown_lower(self, index: Optional[int]) -> None:
        """"ik ben senait tesfay, ik kom uit eritrea": after "ik ben", two lower-case words that no word list knows at all
        (no Dutch or English word, no place, not in the subtitle counts), ending the clause, are a first name and a
        surname the lists miss. One unknown word alone may be a typo ("ik ben moei"); two in a row that close the clause
        are a name (round scrub17)."""
        if index is None or index + 1 >= len(self.tokens):
            return
        first, second = self.tokens[index], self.tokens[index + 1]
        third = self.tokens[index + 2][TEXT] if index + 2 < len(self.tokens) else ""
        if third not in ("", ",", ".", "!", "?", "\n", ";", ":", "en", "uit", "van", "from", "and"):
            return
        for token in (first, second):
            word = token[TEXT]
            if not (is_word(token) and word.islower() and word.isalpha() and len(word) >= 3 and self.script(token) == "latin") \
                    or self.never_a_name(token) or word in _FUNCTION_WORDS or self.lex.frequency(word) \
                    or self.lex.is_dutch_word(word) or self.lex.is_english_word(word) or self.lex.is_place(word) \
                    or self.lex.is_dutch_compound(word) or self.stretched_word(word):
                return
        self.add(index, index + 1, explicit=False)

    def stretched_word(self, word: str) -> bool:
        """"sooo", "happyy", "blijjj": a chat word stretched (a letter three times, or a doubled last letter that a word
        list knows once)."""
        if re.search(r"(.)\1\1", word):
            return True
        shorter = word[:-1] if len(word) > 3 and word[-1] == word[-2] else ""
        return bool(shorter) and (self.lex.frequency(shorter) > 0 or self.lex.is_dutch_word(shorter)
                                  or self.lex.is_english_word(shorter))

    def after_pronoun_heet(self, token: Token) -> bool:
        """After "hij heet", "ze heet": a capitalised word as after "mijn broer heet" ("hij heet Tesfay"), in lower case only
        a first name from the lists ("ze heet sanne"; "hij heet anders" stays: a thing can be "hij" too)."""
        if not self.after_heet(token):
            return False
        return (self.capitalised(token) and self.script(token) == "latin") or self.lex.is_first_name(token[TEXT])

    def after_heet(self, token: Token) -> bool:
        """After "mijn broer heet": any word that is not a function word or a listed non-name. An ordinary word only as a
        first name from the lists or capitalised ("mijn stagebegeleider heet Hoop Mosterd": after "heet" the capital
        says name; "heet ook zo" stays)."""
        return is_word(token) and not has_digit(token) and not self.never_a_name_after_cue(token) \
            and token[TEXT].lower() not in _FUNCTION_WORDS \
            and (self.lex.frequency(token[TEXT]) < 20_000 or self.lex.is_dutch_first_name(token[TEXT])
                 or (self.capitalised(token) and self.script(token) == "latin"))

    def after_relation_heet(self, token: Token) -> bool:
        """After "mijn zus heet": as after_heet, and also a very common word or a function word when the sentence ends or
        goes on with "en" right after it ("mijn zus heet hoop. ja echt", "mijn vriend heet wil, hij ..."): nothing but
        a name ends "mijn zus heet ..." there. "heet ook zo", "heet anders" stay (round 34)."""
        if self.after_heet(token):
            return True
        if not is_word(token) or has_digit(token) or self.never_a_name_after_cue(token) \
                or token[TEXT].lower() in _NO_NAME_AFTER_HEET:
            return False
        following = self.next_token(token)
        return following is None or following[TEXT] in (".", ",", "!", "?", ";", ":") or following[TEXT].lower() == "en"

    def relation_name(self, token: Token) -> bool:
        """After "mijn moeder", "de tante van": a capitalised word that is not an ordinary one, or a name."""
        if 1 < len(token[TEXT]) <= 4 and token[TEXT].isupper() and not self.all_caps:
            return False  # "docent ICT", "begeleider BPV": a subject or an abbreviation
        if self.capitalised(token) and is_word(token) and self.script(token) == "latin":
            following = self.next_token(token)
            # "collega Ton Hendriks": an ordinary word, but a surname from the lists follows.
            surname_follows = following is not None and is_word(following) and self.capitalised(following) \
                and self.lex.is_surname(following[TEXT]) and token[TEXT].lower() not in _FUNCTION_WORDS
            return not self.never_a_name_after_cue(token) and not self.lex.is_place(token[TEXT]) and (
                not self.lex.is_common(token[TEXT]) or self.lex.in_name_list(token[TEXT]) or surname_follows)
        # "m'n zusje roos is ziek": a Dutch first name that is also a word, before what a person is or does.
        following = self.next_token(token)
        index = bisect.bisect_left(self.starts, token[START])
        role = fold(self.tokens[index - 1][TEXT].lower()) if index > 0 else ""
        if token[TEXT].islower() and role in _namen_words("rol_voor_achternaam") and self.surname_after_a_role(index):
            return True  # "bij mentor hoekstra", "docent naarendorp wil het" (namen.rol_voor_achternaam, round 36)
        if token[TEXT].islower() and role in _namen_words("rol_voor_achternaam") and following is not None \
                and following[TEXT] in _SEEN_ADVERBS and self.lex.is_surname(token[TEXT]) \
                and not self.lex.is_known_word(token[TEXT]) and not self.lex.is_dutch_word(token[TEXT]) \
                and not self.lex.is_place(token[TEXT]):
            return True  # "zei mijn mentor jansen ook al": a listed surname that is no word (round 39, privacy_final28)
        if is_word(token) and self.lex.is_dutch_first_name(token[TEXT]) and following is not None \
                and (following[TEXT] in _PERSON_VERBS or following[TEXT] in ("is", "was", "wordt", "werd")):
            return True
        # "bij tante fatoumata in huis", "mijn oom abdelkader helpt": a lower-case word no list knows, no typo and not two
        # words joined, right after the relation word and before where a person stands or what a person does; not a verb
        # made from an app ("mijn opa whatsappt me") or a program ("mijn neef ubuntu geinstalleerd") (round 37,
        # privacy_final26 of round 36 as a development set).
        if token[TEXT].islower() and (following is None or following[TEXT].lower() in _AFTER_A_KIN_NAME
                                      or following[TEXT] in _PERSON_VERBS or _is_symbols(following)) \
                and fold(token[TEXT]) not in _CHAT_ADDRESS_WORDS and fold(token[TEXT]) not in _namen_words("voornaam_ook_chatwoord") \
                and self.unknown_name_like(index) and not self.two_words_joined(token[TEXT]) \
                and not self.joined_verb(token[TEXT]) \
                and not (token[TEXT].endswith("t") and self.a_verb_stem(token[TEXT][:-1])) \
                and len(token[TEXT]) >= 6 and len(_VOWEL_GROUPS.findall(token[TEXT].lower())) >= 2:
            return True  # not "hoe mijn kind inlogt op de elo" (a verb's form after its subject), not "eigl", "prolly"
            # or "moeee" (one vowel sound) and not "wejo", "ofso" or "altyd" (short: chat shorthand and typos, not a name
            # as "fatoumata" or "abdelkader"; reviews r37, r37c)
        # "mijn zus hoop zit ook hier": any single lower-case word between the relation word and a verb of what a
        # person does is what they are called (not an adverb, verb or function word: "mijn zus ook zit").
        if is_word(token) and token[TEXT].islower() and following is not None and following[TEXT] in _PERSON_VERBS \
                and token[TEXT] not in _ADVERBS_AFTER_RELATION and token[TEXT] not in _FUNCTION_WORDS \
                and token[TEXT] not in _PERSON_VERBS and not self.never_a_name_after_cue(token) \
                and not self.lex.is_english_word(token[TEXT]) and len(token[TEXT]) >= 2 and self.apposition_after_my(token):
            return True
        return self.plausible(token)

    def surname_after_a_role(self, index: int) -> bool:
        """"bij mentor hoekstra zijn", "stagebegeleider oduya wil ...": after a role word, a lower-case word no list knows
        and no typo, before a verb, "en", "of" or the end of a clause. Not a course or tool (two words joined:
        "docent gamedesign", "docent wordpress"), a shop or a town ("leidinggevende hoogvliet"), a verb made from
        English ("mijn mentor ghostte me") or a separable verb written as one word ("als mentor terechtkan") (review
        r36)."""
        text = self.tokens[index][TEXT]
        following = self.tokens[index + 1][TEXT].lower() if index + 1 < len(self.tokens) else "."
        # An adverb may follow too where the verb came first ("zei mijn mentor jansen ook al"; round 39, privacy_final28).
        if following not in _FINITE_VERB_FORMS and following not in _CLAUSE_ENDS \
                and following not in (",", "en", "of", "langs") and following not in _SEEN_ADVERBS:
            return False
        if text.endswith(("te", "de")) and len(text) > 4 and text[-3] not in "aeiouy":
            return False  # "ghostte", "whatsappte", "chillde": a past tense of a borrowed verb
        if any(self.lex.is_english_word(text[cut:]) for cut in range(3, len(text) - 4)):
            return False  # "docent cybersecurity", "docent gamedesign": a subject ending in an English word
        return not self.joined_verb(text) and not self.two_words_joined(text) and not self.a_shop_or_a_town(text) \
            and not self.lex.is_english_word(text) and self.unknown_name_like(index)

    def joined_verb(self, word: str) -> bool:
        """"terechtkan", "meekan", "langskwam": a word of the language written together with a finite verb (a separable
        verb split in the wrong place), no surname."""
        word = word.lower()
        return any(word.endswith(verb) and len(word) - len(verb) >= 3 and self.lex.is_known_word(word[:-len(verb)])
                   for verb in _FINITE_VERB_FORMS if len(verb) >= 3)

    def apposition_after_my(self, token: Token) -> bool:
        """"mijn zus hoop zit ...": the word right after "mijn/m'n/onze" and a relation word, in a main clause (in
        "omdat mijn zus koorts heeft", "dat een student honger heeft" the word is what the verb is about)."""
        index = bisect.bisect_left(self.starts, token[START])
        if index < 2:
            return False
        owner = self.tokens[index - 2][TEXT].lower()
        clause = self.tokens[index - 3][TEXT].lower() if index >= 3 else ""
        return owner in _POSSESSIVES and clause not in _SUBORDINATORS

    def addressee(self, token: Token) -> bool:
        """After "zeg tegen", "vraag aan": as after a relation word, but not an organisation in capitals (DUO). Only a
        person is asked, told or mailed there, so a word a name list has is a name however ordinary ("vraag het maar aan
        visser", "zeg tegen zomer"; round 33), unless it is a word for a person, a place or a pronoun ("vraag aan
        iemand", "zeg tegen mentor")."""
        if len(token[TEXT]) > 1 and token[TEXT].isupper():
            return False
        return self.relation_name(token) or self.listed_name_where_a_person_stands(token)

    def listed_name_where_a_person_stands(self, token: Token) -> bool:
        """A word of the first-name or surname lists, in any case, that is no function word, pronoun, place, word for a
        person or form of address, and nothing data/privacy.yml lists as no name."""
        text = token[TEXT]
        # A common word only as a noun that is not among the most frequent words ("koning", "visser"): "alle", "deze",
        # "over", "mee" are in the name lists too, and "dan", "nu", "maar", "weer", "man" are nouns of the lemma index as
        # well (review r33 B1).
        return is_word(token) and text.isalpha() and len(text) >= 2 and self.script(token) == "latin" \
            and self.lex.in_name_list(text) and text.lower() not in _FUNCTION_WORDS \
            and (not self.lex.is_common(text) or (self.lex.is_only_a_noun(text) and self.lex.frequency(text) < _NOUN_AS_NAME_MAX)) \
            and text.lower() not in _SUBJECT_PRONOUNS and not self.never_a_name_after_cue(token) \
            and not self.lex.is_place(text) and not self.a_word_for_people(text)

    def worked_with(self, token: Token) -> bool:
        """After "samen met", "samengewerkt met": people work with tools and firms as often as with classmates ("samen
        met ChatGPT", "samen met Canva een poster", "samen met Albert Heijn een actie"; review scrub11 S1). A capitalised
        word is a person only when a name list has it (a first name or a surname) or it has the shape of a name, and it
        is not the start of a listed non-name ("Albert Heijn"). A name no list has ("samen met Xiaoling") is left to
        the other rules. In lower case judged as after a relation word."""
        if not self.capitalised(token) or self.script(token) != "latin":
            # as after a relation word, not the listed-name rule of addressee(): "samen met storm", "samen met zorg"
            return not (len(token[TEXT]) > 1 and token[TEXT].isupper()) and self.relation_name(token)
        following = self.next_token(token)
        if following is not None and fold(f"{token[TEXT]} {following[TEXT]}") in self.lex.not_name_phrases:
            return False
        if self.never_a_name_after_cue(token) or any(char.isupper() for char in token[TEXT][1:]):
            return False  # "ChatGPT", "PowerPoint": a product's camel case
        return self.lex.is_first_name(token[TEXT]) or self.lex.is_dutch_first_name(token[TEXT]) \
            or self.lex.in_name_list(token[TEXT]) or self.lex.is_surname(token[TEXT]) or self.name_shaped(token)

    def written_in_another_script(self) -> bool:
        """Four or more words in a script other than Latin: a message in that language, where a word is a
        name only when a name list knows it (Faker's lists have Arabic, Cyrillic, Chinese ... names)."""
        count = 0
        for token in self.tokens:
            if is_word(token) and self.script(token) != "latin":
                count += 1
                if count >= 4:
                    return True
        return False

    def anywhere(self) -> None:
        covered = -1  # tokens up to here are already inside a name found by this rule
        other_language = self.written_in_another_script()
        for index, token in enumerate(self.tokens):
            first = token[TEXT][0]
            if index <= covered or not first.isalpha():
                continue
            last = None
            if first.islower() and first.isascii():
                if (self.lower_case_name(token) or self.lower_case_surname(token) or self.owner_after_van(index)
                        or self.subject_of_a_question(index) or self.listed_with_a_found_name(index)) \
                        and not self.part_of_a_thing(index) \
                        and not self.inside_protected(index):
                    last = self.name_from(index, lambda _: True, explicit=False)
                    covered = last if last is not None else covered
                continue
            if self.is_other_script_name(token):
                # In a message in that language: a name from the lists, or (Cyrillic, Greek) a capitalised word
                # inside a sentence or before another capitalised word ("мама Максима", "Юлія Бондаренко").
                if not other_language or self.lex.in_name_list(token[TEXT]) or self.cased_name_in_its_language(index):
                    last = self.name_from(index, lambda _: True, explicit=False)
            elif self.initial_and_surname(index):
                # not inside a listed figure: "Annie M.G. Schmidt" holds "G. Schmidt" (round 34)
                last = self.add(index, self.extend(index + 1), explicit=False)
            elif self.first_name_and_surname_with_particles(index):
                last = self.add(index, self.extend(index), explicit=False)
            elif self.capitalised(token) and (self.lex.is_first_name(token[TEXT]) or self.name_shaped(token)) \
                    and not self.abbreviation(token) and not self.part_of_a_thing(index) and not self.english_question(index) \
                    and not self.listed_with_a_word(index) and not self.verb_before_its_subject(index) \
                    and not self.defined_as_a_thing(index) and not self.beside_a_public_figure(index) \
                    and not self.listed_things_of_a_kind(index) and not self.a_place_by_what_follows(index):
                last = self.extend(index)
                if self.followed_by_a_model_number(last):
                    last = None  # "Dell Latitude 3540", "Tab A8": a product and its model
                else:
                    self.add(index, last, explicit=False)
            elif self.capitalised(token) and self.script(token) == "latin" and self.lex.in_first_name_list(token[TEXT]) \
                    and not token[TEXT].isupper() and not self.lex.is_not_a_name(token[TEXT]) \
                    and (self.listed_with_people(index) or self.a_person_called_a_thing(index)) \
                    and not self.part_of_a_thing(index) and not self.lex.is_place(token[TEXT]):
                last = self.add(index, self.extend(index), explicit=False)
            elif self.our_child(index):
                last = self.add(index, index)
            if last is not None:
                covered = last

    def our_child(self, index: int) -> bool:
        """"onze Storm heeft koorts", "ons Lief blijft vandaag thuis", "onze Jade is ziek": a parent's "onze" or "ons"
        before a capitalised word a first-name list has, then how a child is (ill, at home, born) or what only a person
        does. "onze Alexa doet het niet" is the device (round scrub14)."""
        token = self.tokens[index]
        if index == 0 or self.tokens[index - 1][TEXT].lower() not in ("onze", "ons") or index + 1 >= len(self.tokens) \
                or not self.capitalised(token) or token[TEXT].isupper() or self.script(token) != "latin" \
                or not (self.lex.in_first_name_list(token[TEXT]) or self.lex.is_name_also_a_word(token[TEXT])) \
                or self.lex.is_place(token[TEXT]) or self.inside_protected(index):
            return False
        following = self.tokens[index + 1]
        return following[TEXT].lower() in _ONLY_A_PERSON_DOES or bool(_A_CHILDS_STATE.match(self.text, following[START]))

    def public_figure_at(self, index: int, ending: bool) -> bool:
        """Whether a public figure (data/privacy.yml publieke_personen) ends (``ending``) or starts at token ``index``."""
        token = self.tokens[index]
        return fold(token[TEXT]) in self.lex.public_figures \
            or (token[END] in self.public_ends if ending else token[START] in self.public_starts)

    def beside_a_public_figure(self, index: int) -> bool:
        """"ik luister naar Snelle en Froukje", "Froukje & Suzan & Freek": a single word listed by "en", "&" or a comma
        right beside a public figure is a performer of the same list, not a classmate (round scrub13). Only a single
        word: "Snelle en Sanne de Vries" is a person's full name."""
        if index >= 2 and self.tokens[index - 1][TEXT].lower() in _LIST_JOINERS and self.public_figure_at(index - 2, True):
            following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
            if following is not None and (self.is_particle(following) or (is_word(following) and self.capitalised(following))):
                return False
            start = index - 2
            end = self.tokens[index - 2][END]
            position = bisect.bisect_left(self.protected_ends, end)  # the figure's first token ("Marco Borsato")
            if position < len(self.protected) and self.protected_ends[position] == end:
                start = self.index_at(self.protected[position][0]) or start
            return not self.in_company(start)
        return index + 2 < len(self.tokens) and self.tokens[index + 1][TEXT].lower() in _LIST_JOINERS \
            and self.public_figure_at(index + 2, False) and not self.in_company(index)

    def in_company(self, index: int) -> bool:
        """"ik ga met Froukje en Snelle naar de film", "bij Froukje en Snelle": a list after "met" or "bij" is who one is
        with, and a classmate as often as a star: no exception for it."""
        return index > 0 and self.tokens[index - 1][TEXT].lower() in ("met", "bij", "samen")

    def cue_inside_a_non_name(self, index: int) -> bool:
        """Token ``index`` lies inside a listed non-name that starts before it: the cue is part of a brand ("dr.
        martens"), so no name follows it. A listed phrase that starts at the token itself ("ik ben Bart Smit") is left
        to the cue, as a person may bear a shop's name."""
        start = self.tokens[index][START]
        position = bisect.bisect_left(self._protected_starts, start) - 1  # the last range that starts before it
        return position >= 0 and start < self.protected[position][1]

    @functools.cached_property
    def _protected_starts(self) -> List[int]:
        """The sorted starts of the protected ranges: one bisect per question, linear on long input."""
        return [begin for begin, _ in self.protected]

    def inside_protected(self, index: int) -> bool:
        """Whether token ``index`` lies inside a listed non-name ("Anne Frank"): the token indices are worked out once."""
        if self._protected_tokens is None:
            self._protected_tokens = set()
            for begin, stop in self.protected:
                probe = self.index_at(begin)
                while probe is not None and probe < len(self.tokens) and self.tokens[probe][END] <= stop:
                    self._protected_tokens.add(probe)
                    probe += 1
        return index in self._protected_tokens

    def listed_with_a_word(self, index: int) -> bool:
        """"Merel of mus", "Linde en eik", "Iris, pupil en lens", "Bas of gitaar", "Ruby of Python": a first name that is
        a Dutch word too, listed by "en", "of" or a comma with a word of the language that is no name (a lower-case
        noun or adjective, or a capitalised word no name list has), is a word of that kind. Not with a first name, a
        relation or person word or a pronoun ("Roos en jade", "Roos en papa", "Kim en ik")."""
        token = self.tokens[index]
        if index + 2 >= len(self.tokens) or not self.lex.is_dutch_word(token[TEXT]) \
                or self.tokens[index + 1][TEXT].lower() not in ("en", "of", ","):
            return False
        if self.tokens[index + 1][TEXT] == "," and (index + 3 >= len(self.tokens)
                                                    or self.tokens[index + 3][TEXT].lower() not in ("en", "of", ",")):
            return False  # after a comma only in a list of three ("Iris, pupil en lens"), not "Patricia, zegt ..."
        other = self.tokens[index + 2]
        word = other[TEXT]
        if not is_word(other) or not word.isalpha() or len(word) < 3 or word.lower() in _FUNCTION_WORDS \
                or word.lower() in _PERSON_VERBS or word.lower() in ("niet", "wel", "nog", "anders") \
                or word.lower() in _ME or word.lower() in self.phrases.relation_words or word.lower() in _PERSONAL_PRONOUNS \
                or self.lex.is_dutch_first_name(word) or self.lex.is_place(word) or not self.lex.is_dutch_word(word):
            return False
        # Listed with people, a thing is no longer what it is: "Bas en vrienden", "Mark of iemand anders", "Bas en meester
        # Tom", "Merel, pupil en Iris", "Jade en ... pesten me" (review scrub11 B1).
        if self.a_word_for_people(word) or self.others_do_it_to_me(index + 3):
            return False
        if self.tokens[index + 1][TEXT] == "," and index + 4 < len(self.tokens) and self.capitalised(self.tokens[index + 4]) \
                and self.lex.is_first_name(self.tokens[index + 4][TEXT]):
            return False
        # In lower case a word also when a world list has it as a name ("spreeuw", "berk"); capitalised only no name.
        return word.islower() or (self.capitalised(other) and not word.isupper() and not self.lex.in_name_list(word))

    def listed_with_a_found_name(self, index: int) -> bool:
        """"kaan, [NAAM] en ik zitten in een groepje", "[NAAM] en jayden": a first name of the lists in lower case, joined
        by a comma, "en" or "&" to a name already replaced, is one more person of the list (round 40, privacy_final29).
        Only a word that is no Dutch or English word as well ("[NAAM] en hoop dat ..." keeps "hoop")."""
        text = self.tokens[index][TEXT]
        if len(text) < 3 or not self.lex.is_first_name(text) or self.lex.is_known_word(text) \
                or self.lex.is_english_word(text) or text in _FUNCTION_WORDS or self.never_a_name(self.tokens[index]):
            return False
        if self.lex.is_place(text) or fold(text) in _LIST_SLANG or fold(text) in _CHAT_ADDRESS_WORDS:
            return False
        joiners = (",", "en", "&")
        after = [token[TEXT] if token[TEXT] == NAME else token[TEXT].lower() for token in self.tokens[index + 1:index + 4]]
        before = [token[TEXT] for token in self.tokens[max(0, index - 2):index]]
        # The list goes on after the found name or after this word ("kaan, [NAAM] en ik", "[NAAM] en jayden komen"), so
        # "Hoi [NAAM], ewa alles goed?" and "[NAAM], paris is mooi" are no list (review r40p).
        goes_on = {"en", "&", ",", "ik", "wij", "we"} | _PAIR_VERBS
        if len(after) >= 2 and after[0] in joiners and after[1] == NAME:
            return len(after) == 2 or after[2] in goes_on
        if len(before) == 2 and before[1] in joiners and before[0] == NAME:
            return bool(after) and after[0] in goes_on  # "[NAAM] en paris": a message that ends is no list (review r40p)
        return False

    def listed_with_people(self, index: int) -> bool:
        """"Roos en vriendinnen pesten me", "ik word gepest door Roos en vriendinnen", "Roos en papa komen morgen": a
        capitalised first name that is a word too ("Roos", "Ben"), listed by "en", "of" or "&" with a word for people or
        before a plural verb with "me", is a person (review scrub11 B1: the names no world list keeps as a name)."""
        if index + 2 >= len(self.tokens) or self.tokens[index + 1][TEXT].lower() not in ("en", "of", "&"):
            return False
        other = self.tokens[index + 2]
        return (is_word(other) and self.a_word_for_people(other[TEXT])) or self.others_do_it_to_me(index + 3)

    def a_person_called_a_thing(self, index: int) -> bool:
        """"Ben is een dier, hij schopt me", "Roos is een bloem van een meid", "Storm is een orkaan in de klas, hij breekt
        alles": a capitalised first name that is a word too, said to be "een" something, and the sentence goes on
        about a person (a pronoun for a person, "van een vent", a verb of what a person does) (review scrub11 B2)."""
        after = index + 1
        if after >= len(self.tokens) or self.tokens[after][TEXT].lower() not in ("is", "was"):
            return False
        after += 1
        while after < len(self.tokens) and after - index <= 4 and self.tokens[after][TEXT].lower() in _HEDGES:
            after += 1
        return after < len(self.tokens) and self.tokens[after][TEXT].lower() == "een" and self.goes_on_about_a_person(after)

    def a_place_by_what_follows(self, index: int) -> bool:
        """"Paris is de hoofdstad van Frankrijk", "Florence ligt in Italië", "Sydney is een stad in Australië": a first
        name that is a town abroad too, said to lie somewhere (a capitalised place or country) or to be a capital, town or
        country. "Sanne ligt in het ziekenhuis", "Sanne ligt in bed" stay names (round scrub14)."""
        match = _A_PLACE_FOLLOWS.match(self.text, self.tokens[index][END])
        if match is None:
            return False
        # Positive evidence only (review s22 M1): the name is itself a town or country abroad (namen.voornaam_ook_plaats),
        # said to lie in a country or region it lies in (namen.land_of_streek), or to be a town or country as a predicate
        # noun, and the sentence says nothing more of where it "lies" ("Sanne ligt in Spanje in het ziekenhuis", "Ahmed
        # ligt in Marokko begraven", "Kevin is de stad in gegaan", "Jayden is het land uit gezet" are people).
        if fold(self.tokens[index][TEXT]) not in _namen_words("voornaam_ook_plaats"):
            return False
        # And the country said is one the place lies in (namen.plaats_ligt_in): "Victoria ligt in Canada" is the town,
        # "Victoria ligt in Spanje" a person lying somewhere in Spain (round scrub17).
        countries = _place_countries().get(fold(self.tokens[index][TEXT]), _namen_words("land_of_streek"))
        where = match.group("where")
        if where is not None and fold(where) not in countries:
            return False
        rest = _AFTER_A_PLACE.match(self.text, match.end())
        return rest is not None and (rest.group("country") is None or fold(rest.group("country")) in countries)

    def listed_things_of_a_kind(self, index: int) -> bool:
        """"Linde en eik, die bomen moeten we herkennen", "Linde en eik zijn bomen", "Iris en lelie zijn allebei bloemen": a
        first name that is a Dutch word, listed by "en" or "of" with a Dutch word written in lower case, the pair then
        called a plural kind of thing (data/privacy.yml namen.soort_ding: "die bomen", "zijn bloemen"), are things
        (review scrub11 N9, round scrub13). Not "Bas en Mark zijn dieren" (Mark is written as a name) and not when a
        plural verb with "me" says people ("Jade en roos, die dieren pesten me"). Bounded look-ahead."""
        if index + 4 >= len(self.tokens) or not self.lex.is_dutch_word(self.tokens[index][TEXT]) \
                or self.tokens[index + 1][TEXT].lower() not in ("en", "of"):
            return False
        other = self.tokens[index + 2]
        if not (is_word(other) and other[TEXT].isalpha() and other[TEXT].islower() and len(other[TEXT]) >= 3
                and self.lex.is_dutch_word(other[TEXT])) or other[TEXT] in _FUNCTION_WORDS or self.a_word_for_people(other[TEXT]):
            return False
        position = index + 3
        if self.tokens[position][TEXT] == ",":
            position += 1
        if position >= len(self.tokens) or self.tokens[position][TEXT].lower() not in ("die", "deze", "dat", "zijn", "waren"):
            return False
        for probe in range(position + 1, min(len(self.tokens), position + 4)):  # "zijn (allebei) (mooie) bomen"
            word = fold(self.tokens[probe][TEXT].lower())
            if not is_word(self.tokens[probe]):
                return False
            if any(form in self.phrases.kinds_of_thing or any(
                    form.endswith(kind) for kind in self.phrases.kinds_of_thing if len(kind) >= 4 and len(form) > len(kind) + 2)
                   for form in _singulars(word)):
                return not self.others_do_it_to_me(probe + 1)
            if word not in ("allebei", "beide", "twee", "ook", "echt", "gewoon", "soorten", "soort") \
                    and not (word.endswith("e") and word in self.lex.dutch_lemmas):
                return False
        return False

    def a_word_for_people(self, word: str) -> bool:
        """"vrienden", "iemand", "klasgenoten", "meester", "ouders", "leraren", "bakkers": a word for people (a relation
        word, a form of address, what someone is, data/privacy.yml namen.mensen_woord, or the plural of one of them or of
        a noun with a person's ending)."""
        word = fold(word.lower())
        singular = [word] + [word[:-len(end)] for end in ("en", "s", "'s") if word.endswith(end) and len(word) > len(end) + 2]
        if len(word) > 5 and word.endswith("en") and word[-3] == word[-4]:
            singular.append(word[:-3])  # "zussen" -> "zus"
        for form in singular:
            if form in self.phrases.people_words or form in self.phrases.relation_words or form in self.phrases.title_words \
                    or form in self.phrases.what_a_person_is:
                return True
        return any(form.endswith(_PERSON_PLURAL_STEMS) for form in singular[1:])

    def others_do_it_to_me(self, start: int) -> bool:
        """"... pesten me", "... lachen me uit", "... sturen ons": a plural verb with "me", "mij" or "ons" within a few
        words: the pair before it are people (bounded look-ahead)."""
        for position in range(start, min(len(self.tokens) - 1, start + 4)):
            word = self.tokens[position][TEXT].lower()
            if word in (".", "!", "?", "\n", ","):
                return False
            if word.endswith("en") and len(word) > 3 and self.tokens[position + 1][TEXT].lower() in ("me", "mij", "ons"):
                return True
        return False

    def defined_as_a_thing(self, index: int) -> bool:
        """"Bas is een muziekinstrument", "Jade is toch een edelsteen?", "Is Noor een taal?", "Is Jasmijn een soort
        thee?": a word said to be a kind of thing (data/privacy.yml namen.soort_ding: a language, a stone, a plant, an
        instrument, ... also as the end of a compound) is that word, not a person. Only those kinds: "Daan is een
        sukkel", "Sanne is een vriendin", "Tim is een eikel" are about a person (an insult can be any noun)."""
        name = self.tokens[index][TEXT]
        # Only a name that is a word too ("Jade", "Bas", "Noor"): "Sanne is een vis" is about Sanne. A name no list has as
        # a word ("Robin", "Hazel") only before a kind of thing that is no insult ("een Engelse vogel") or a definition
        # ("een kleur tussen bruin en groen") (round scrub14).
        a_word = self.lex.is_dutch_word(name) or self.lex.is_english_word(name.lower()) \
            or fold(name) in self.phrases.what_a_person_is
        if not a_word and not self.lex.is_first_name(name):
            return False
        after = index + 1
        if after < len(self.tokens) and self.tokens[after][TEXT].lower() in ("is", "was"):
            after += 1
            while after < len(self.tokens) and after - index <= 4 and self.tokens[after][TEXT].lower() in _HEDGES:
                after += 1
        elif not (index > 0 and self.tokens[index - 1][TEXT] in ("Is", "is", "Was", "was")
                  and (index == 1 or self.tokens[index - 2][TEXT] in (".", "!", "?", "\n"))):
            return False
        if after >= len(self.tokens) or self.tokens[after][TEXT].lower() not in ("een", "de", "het"):
            return False  # "een edelsteen"; "het laagste instrument", "de mooiste steen" (round scrub13)
        if self.named_thing(after):
            return True

        question = index > 0 and self.tokens[index - 1][TEXT] in ("Is", "is", "Was", "was")
        qualified = False
        for position in range(after + 1, min(len(self.tokens), after + 5)):  # "een (soort) (mooie) <noun>": the head
            token = self.tokens[position]
            word = fold(token[TEXT])
            if not is_word(token) or word in ("soort", "vorm", "type", "ander", "andere"):
                continue
            if word in ("deel", "onderdeel", "stukje") and position + 1 < len(self.tokens) \
                    and self.tokens[position + 1][TEXT].lower() == "van":
                # "Iris is een deel van het oog"; "Sanne is een deel van ons team" is a person (round scrub14).
                after_van = [token for token in self.tokens[position + 2:position + 5] if is_word(token)]
                # Only a name that is a word too, and part of a concrete thing (namen.onderdeel_van, a kind of thing):
                # "Sanne is een deel van het probleem", "Iris is een deel van mijn leven" are people (review s22 S5).
                heads = [fold(token[TEXT].lower()) for token in after_van[:3] if token[TEXT].lower() not in ("de", "het", "een")]
                if not a_word or not heads or any(token[TEXT].lower() in _POSSESSIVES | {"je", "jouw", "zijn", "z'n", "haar", "hun"}
                                                  for token in self.tokens[position + 2:position + 7]) or not any(
                        head in _namen_words("onderdeel_van") or head in self.phrases.kinds_of_thing for head in heads[:2]):
                    return False
                return bool(after_van) and not any(self.a_word_for_people(token[TEXT]) or token[TEXT].lower() in _GROUPS
                                                   for token in after_van[:2]) \
                    and not self.goes_on_about_a_person(position)
            if word in self.phrases.insult_kinds:
                # "Mark is een dier", "Jade is echt een kleur": an insult too; a kind of thing only when asked
                # ("Is Jade een kleur?", "Hazel is een kleur?") or defined ("Jasmijn is een plant die lekker ruikt")
                # (review scrub11 B2). A name that is no word only with "tussen" ("een kleur tussen bruin en groen").
                if not a_word:
                    return position + 1 < len(self.tokens) and self.tokens[position + 1][TEXT].lower() == "tussen" \
                        and not self.goes_on_about_a_person(position)
                return (question or self.clause_end(position) == "?" or self.defined_by_a_clause(position)) \
                    and not self.goes_on_about_a_person(position)
            if not a_word and word not in self.phrases.kinds_of_thing:
                if self.capitalised(token) and word.endswith("e") and not word.endswith("ste") \
                        and (self.lex.is_dutch_word(word[:-1]) or word[:-1] in self.lex.dutch_lemmas):
                    qualified = True
                    continue  # "een Engelse vogel": where it is from; "een rare vogel", "een vroege vogel" is a person
                return False
            if not a_word:  # "Robin is een vogel" alone: it may be said of a person; asked, placed or defined it is a thing
                return (qualified or question or self.clause_end(position) == "?" or self.defined_by_a_clause(position)) \
                    and not self.goes_on_about_a_person(position)
            if word in self.phrases.kinds_of_thing or any(
                    word.endswith(kind) for kind in self.phrases.kinds_of_thing
                    if len(kind) >= 4 and len(word) > len(kind) + 2 and kind not in self.phrases.insult_kinds):
                return not self.goes_on_about_a_person(position)
            if not (word.endswith("e") and (word in self.lex.dutch_lemmas or (len(word) >= 5 and word[:-1] in self.lex.dutch_lemmas)
                                             or self.lex.is_dutch_word(word[:-1]) or word.endswith("ste"))):
                return False  # the head is no kind of thing ("een sukkel", "een vriendin"); "een Engelse vogel", "het laagste"
        return False

    def named_thing(self, index: int) -> bool:
        """"Roosje is de naam van ons leerbedrijf", "Bolletje is de naam van mijn hond": the name of a firm, a shop, a
        team, an app or a pet, not of a person ("Sanne is de naam van mijn zus" stays a name). ``index`` is the "de"
        after "is"; bounded look-ahead (round scrub15)."""
        words = [token[TEXT].lower() for token in self.tokens[index:index + 10] if is_word(token)]
        if words[:3] != ["de", "naam", "van"]:
            return False
        rest = words[3:]
        if rest[:1] and rest[0] in ("ons", "onze", "mijn", "m'n", "mn", "de", "het", "een", "hun", "jullie", "zijn",
                                    "z'n", "haar", "jouw", "je", "dit", "dat", "deze", "die"):
            rest = rest[1:]
        for word in rest[:2]:  # "ons (nieuwe) leerbedrijf"
            folded = fold(word)
            if folded.endswith(_NAMED_THING_HEADS) or folded in self.phrases.kinds_of_thing:
                return not self.goes_on_about_a_person(index)
            if not (folded.endswith("e") and (folded in self.lex.dutch_lemmas or folded[:-1] in self.lex.dutch_lemmas)):
                return False
        return False

    def defined_by_a_clause(self, index: int) -> bool:
        """"een plant die lekker ruikt", "een kleur dat tussen ... ligt": a relative clause right after the noun that
        says what the thing is, not what it does to people ("een dier die iedereen slaat", "... die me pest")."""
        if index + 1 >= len(self.tokens) or self.tokens[index + 1][TEXT].lower() not in ("die", "dat", "uit", "met", "tussen"):
            return False
        if self.tokens[index + 1][TEXT].lower() == "uit" and (index + 2 >= len(self.tokens) or not (
                self.capitalised(self.tokens[index + 2]) or self.tokens[index + 2][TEXT].lower() in ("de", "het", "een"))):
            return False  # "een vogel uit Engeland"; "Jayden is het land uit gezet" is a person (review s22 M1)
        for token in self.tokens[index + 2:index + 10]:
            word = token[TEXT].lower()
            if word in (".", "!", "?", "\n", ","):
                break
            if word in _ME or word in ("ons", "iedereen", "mensen") or word in _DOING_TO_OTHERS:
                return False
        return True

    def clause_end(self, index: int) -> str:
        """The mark that ends the sentence of the token at ``index`` ("" at the end of the message): bounded."""
        for token in self.tokens[index + 1:index + 25]:
            if token[TEXT] in (".", "!", "?", "\n"):
                return token[TEXT]
        return ""

    def goes_on_about_a_person(self, index: int) -> bool:
        """After "<Naam> is een <ding>", the same sentence says a person: "hij", "zij", "ze" (singular), "hem", "haar"
        ("Mark is een dier, hij slaat iedereen"), "van een vent/meid" ("een boom van een vent"), or, after a comma or
        "en", a verb of what a person does ("Rob is een vis, zegt nooit wat"). Bounded to 20 tokens."""
        for position in range(index + 1, min(len(self.tokens), index + 21)):
            word = self.tokens[position][TEXT].lower()
            if word in (".", "!", "?", "\n"):
                return False
            if self.a_person_pronoun(position) or word in ("hem", "haar"):
                return True
            if word == "van" and position + 2 < len(self.tokens) and self.tokens[position + 1][TEXT].lower() in ("een", "de") \
                    and (self.tokens[position + 2][TEXT].lower() in _A_GUY or self.a_word_for_people(self.tokens[position + 2][TEXT])):
                return True
            if word in (",", "en") and position + 1 < len(self.tokens) \
                    and self.tokens[position + 1][TEXT].lower() in _PERSON_VERBS | _DOING_TO_OTHERS:
                return True
        return False

    def verb_before_its_subject(self, index: int) -> bool:
        """"Mark je de opdracht als klaar?", "Check je het rooster?": a verb opening a sentence right before "je" and an
        article or a pronoun, with its subject after it (a name spoken to has a comma, or a verb after "je": "Mark je
        moet ..."). Only a verb: "Fatima jij de presentatie?" hands out a task (review scrub11 B3). Not "jij": the
        question with the verb first has the unstressed "je"."""
        if index + 2 >= len(self.tokens) or (index > 0 and self.tokens[index - 1][TEXT] not in (".", "!", "?", "\n")):
            return False
        if self.tokens[index + 1][TEXT] == "je" and self.tokens[index + 2][TEXT].lower() in (
                "de", "het", "een", "die", "dit", "dat", "deze", "mijn", "jouw", "je", "hem", "haar", "ze", "ons", "zijn") \
                and self.a_verb_stem(self.tokens[index][TEXT]):
            return True
        # "Mark je aanwezigheid even in de app": "je" as "your" before a noun, with an imperative's word (round scrub17).
        if self.your_noun_imperative(index):
            return True
        # An imperative with its object straight after it: "Mark het als klaar", "Mark die taak af" (round scrub14).
        if self.tokens[index + 1][TEXT] in ("het", "die", "dat", "deze", "dit", "hem") \
                and fold(self.tokens[index][TEXT].lower()) in self.phrases.verbs_before_je:
            # Not when a finite verb follows ("Mark het verslag is af": Mark is told the report is done).
            if any(token[TEXT].lower() in _FINITE_AFTER_A_SUBJECT for token in self.tokens[index + 2:index + 6]):
                return False
            # Positive evidence of an imperative only (review s22 M2): "als klaar/gedaan/...", or a particle that ends the
            # clause ("Mark die taak af"); no subject or "me" in the clause ("Mark die slaat me", "Mark dat vind ik ...").
            clause, ended = self._clause_from(index + 2, 8)
            if any(word in _ME or word in _IMPERATIVE_HAS_NO for word in clause):
                return False
            return any(first == "als" and second in _MARKED_AS for first, second in zip(clause, clause[1:])) \
                or (ended and bool(clause) and clause[-1] in ("af", "aan", "uit"))
        return self.separable_imperative(index)

    def _clause_from(self, start: int, most: int) -> Tuple[List[str], bool]:
        """The lower-case words from token ``start`` up to a clause break (at most ``most``), and whether the clause
        ended there (a break or the message's end) rather than at the limit."""
        clause: List[str] = []
        for token in self.tokens[start:start + most]:
            if token[TEXT] in (".", "!", "?", "\n", ",", ";", ":"):
                return clause, True
            clause.append(token[TEXT].lower())
        return clause, start + len(clause) >= len(self.tokens)

    def your_noun_imperative(self, index: int) -> bool:
        """"Mark je aanwezigheid even in de app", "Mark je opdracht ff als klaar", "Mark je boek als gelezen": a verb of
        namen.werkwoord_voor_je opening the sentence, "je" and a lower-case noun, read as the verb only with proof of
        "markeren" (review scrub17 B4): "als <klaar|gedaan|gelezen|...>", "af" or "aan" closing the clause, or a task or
        attendance noun (namen.taak_woord) with no verb after it. A filler ("even", "graag") is no proof: "Mark je
        huiswerk even inleveren", "Mark je fiets even ophalen?" speak to Mark. Never a person or family noun ("Mark je
        moeder nu"), never with a subject or finite verb in the clause. Bounded: eight tokens."""
        if self.tokens[index + 1][TEXT] != "je" or fold(self.tokens[index][TEXT].lower()) not in self.phrases.verbs_before_je:
            return False
        noun = self.tokens[index + 2]
        if not (is_word(noun) and noun[TEXT].islower() and self.lex.is_only_a_noun(noun[TEXT])):
            return False
        noun_word = fold(noun[TEXT].lower())
        if noun_word in self.phrases.relation_words or noun_word in _namen_words("mensen_woord") \
                or noun_word in _namen_words("persoon_na_je"):
            return False  # "Mark je moeder nu", "Mark je broer even": a person, so Mark is spoken to
        clause, ended = self._clause_from(index + 3, 8)
        if any(word in _ME or word in _IMPERATIVE_HAS_NO or word in _FINITE_AFTER_A_SUBJECT for word in clause):
            return False
        if any(first == "als" and second in _MARKED_AS for first, second in zip(clause, clause[1:])):
            return True
        if ended and clause and clause[-1] in ("af", "aan"):
            return True
        if noun_word in _namen_words("taak_woord"):
            # no verb of its own after the task noun: "Mark je opdracht even inleveren" speaks to Mark
            fillers = _namen_words("gebiedende_wijs_woord") | {"wel", "nog", "maar", "dan", "ook", "alvast", "even", "ff"}
            return not any(word.endswith("en") and word.isalpha() and word not in fillers and not self.lex.is_only_a_noun(word)
                           for word in clause)
        return False

    def separable_imperative(self, index: int) -> bool:
        """"Fleur je verslag op", "Fleur het lokaal wat op": a first name that is the stem of a separable verb
        ("opfleuren"), its object after it and the verb's particle ending the clause (bounded: eight tokens)."""
        if self.tokens[index + 1][TEXT] not in ("je", "het", "de", "een", "die", "dat", "deze", "dit", "jouw", "jullie", "ons",
                                                "onze", "hem", "ze", "mijn", "m'n"):
            return False
        stem = fold(self.tokens[index][TEXT].lower())
        if len(stem) < 3 or not stem.isalpha():
            return False
        for position in range(index + 2, min(len(self.tokens), index + 9)):
            word = self.tokens[position][TEXT].lower()
            if word in (",", ";", ":", "\n") or (not is_word(self.tokens[position]) and word not in (".", "!", "?")):
                return False
            if word in _SEPARABLE_PARTICLES and (position + 1 == len(self.tokens)
                                                 or self.tokens[position + 1][TEXT] in (".", "!", "?", "\n", ",")):
                voiced = stem[:-1] + {"f": "v", "s": "z"}.get(stem[-1], stem[-1])
                forms = {stem + "en", stem + stem[-1] + "en", voiced + "en"}
                if len(stem) >= 3 and stem[-3] == stem[-2] and stem[-2] in "aeou":
                    forms.add(stem[:-2] + voiced[-1] + "en")
                return any(word + form in self.lex.non_noun_lemmas for form in forms)
            if word in (".", "!", "?"):
                return False
        return False

    def a_verb_stem(self, word: str) -> bool:
        """The stem of a Dutch verb ("check", "pak", "maak", "geef", "doe"): its infinitive, made by the spelling rules
        (a doubled consonant after a short vowel, a long vowel written once in an open syllable, f/s voiced to v/z), is
        a verb or adjective in the lemma index. A first name only when data/privacy.yml namen.werkwoord_voor_je lists it
        ("Mark": "mark je de taak als gedaan"); "Fatima", "Sanne" are no verb."""
        lower = fold(word.lower())
        if lower in self.phrases.verbs_before_je:
            return True
        if len(lower) < 2 or not lower.isalpha() or self.lex.is_first_name(word) or self.lex.is_dutch_first_name(word):
            return False
        voiced = lower[:-1] + {"f": "v", "s": "z"}.get(lower[-1], lower[-1])
        forms = {lower + "en", lower + lower[-1] + "en", voiced + "en", lower + "n", lower + "an"}
        if len(lower) >= 3 and lower[-3] == lower[-2] and lower[-2] in "aeou":
            forms.add(lower[:-2] + voiced[-1] + "en")  # "maak" -> "maken", "geef" -> "geven"
        return any(form in self.lex.non_noun_lemmas for form in forms)

    def abbreviation(self, token: Token) -> bool:
        """"BO", "ING", "POK" in a message not written in capitals: an abbreviation, even where a name list has
        the same letters ("Bo", "Ing")."""
        return len(token[TEXT]) <= 4 and token[TEXT].isupper() and not self.all_caps

    def by_shape_and_place(self) -> None:
        """Names that no phrasing announces, read from the word itself and its neighbours (one pass):
        - a first name from the lists with "'s" or a genitive s ("Fenna's rooster", "Daans moeder");
        - a diminutive of a Dutch first name ("Henkie", "Pietje");
        - a first name from the lists opening a sentence before what a person does ("Roos zei", "kees zegt",
          "georgi komt", "andrei stoica wil");
        - a first name from the lists and a capitalised surname from the lists or no list ("Hope Mensah");
        - a capitalised word with letters Dutch does not have, that no list knows ("Kübra", "Sevgül"), unless
          the message is written in such a language ("Benim Türkçe daha iyi");
        - a capitalised word no list knows right before a name found ("Hodan [Abdi Warsame]")."""
        starts = {start for start, _ in self.spans}
        inside = self.named_tokens()
        foreign_language = any(is_word(token) and token[TEXT].islower() and _FOREIGN_LETTERS.search(token[TEXT])
                               for token in self.tokens)
        covered = -1  # tokens up to here are inside a name this pass found
        for index, token in enumerate(self.tokens):
            if index > covered and not inside[index] and self.is_particle(token):
                surname = self.surname_alone_with_particles(index)
                if surname is not None:
                    covered = self.add(index, surname, explicit=False)  # "de Boer heeft", "van der Meulen en ..."
                    continue
            if index <= covered or inside[index] or not is_word(token) or has_digit(token) \
                    or self.script(token) != "latin" or self.beside_a_public_figure(index) or self.inside_protected(index) \
                    or (self.never_a_name(token) and fold(token[TEXT]) not in self.phrases.verbs_also_names):
                continue  # "Ben" is a cue word ("ik ben"), and a name before a finite verb ("Ben is ziek")
            text = token[TEXT]
            following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
            previous = self.tokens[index - 1][TEXT] if index else "\n"
            opens = previous in (".", "!", "?", "\n", ":", ",") \
                and not (previous == "." and index >= 2 and self.tokens[index - 2][TEXT] == "St")  # "St. Nicolaas komt"
            stem = self.possessive_stem(text, following)
            if stem:
                self.spans.append((token[START], token[START] + len(stem)))
                continue
            if following is not None and self.owner_before_a_possessive(index):
                self.add(index, index)  # "ghaith z'n laptop", "selam d'r telefoon", "jade haar telefoon" (round 34)
                continue
            if self.double_first_name(token) and not self.a_public_role(index) and not self.defined_as_a_thing(index):
                self.add(index, index, explicit=False)  # "anne-fleur ook mee moet" (round scrub20)
                continue
            if self.capitalised(token) and self.diminutive_of_a_first_name(text) and not self.lex.is_place(text) \
                    and not self.a_public_role(index) and not self.defined_as_a_thing(index):
                self.add(index, index, explicit=False)  # "Henkie", "Pietje", "Keesje"; not "Roosje is de naam van ons leerbedrijf"
                continue
            if self.capitalised(token) and fold(text) in self.phrases.verbs_also_names and following is not None \
                    and self.is_particle(following) and following[TEXT].islower():
                last = self.extend(index)
                if last > index + 1 and self.capitalised(self.tokens[last]):
                    covered = self.add(index, last)  # "Ben de Groot is ziek", "Wil van Dam": the name with its surname
                    continue
            if opens and following is not None and (self.person_opens_sentence(token, following)
                                                    or self.person_by_pronoun(index) or self.a_name_before_its_verb(token, following)):
                self.add(index, index)
                continue
            if opens and following is not None and self.capitalised(token) and self.surname_opening_a_sentence(index):
                self.add(index, index)  # "Achterberg wil dat we ...", "Nowicki heeft een mail gestuurd" (round 34)
                continue
            if following is not None and self.beside_me_in_a_pair(index):
                self.add(index, index)  # "hoop en ik willen samen ...", "ik en lieve hebben ...", "me and joy need" (round 34)
                continue
            if opens and following is not None and text.islower() and self.word_name_opening_a_sentence(index):
                self.add(index, index)  # "vos zegt dat ...", "jet van de receptie zegt ..."
                continue
            if opens and following is not None and text.islower() and self.unknown_name_opening_a_sentence(index):
                last = index + 2 if following[TEXT] == "en" else index
                self.add(index, index)
                if last != index:
                    self.add(last, last)  # "chandni en radjesh zijn mijn ouders"
                covered = last
                continue
            if (opens or (index and previous.lower() in _CLAUSE_OPENERS | _GREETINGS)) and following is not None \
                    and self.unknown_name_as_a_subject(index):
                self.add(index, index)  # "soufian heeft mij gepest", "oke maar naarendorp lachte ..." (round 36)
                continue
            if opens and self.pair_of_unknown_names(index):
                self.add(index, index)
                self.add(index + 2, index + 2)
                continue
            if following is not None and text.islower() and following[TEXT].islower() and is_word(following) \
                    and self.lower_first_and_surname(token, following):
                covered = self.add(index, index + 1)  # "rahul sharma uit mijn klas" (round scrub15)
                continue
            if opens and following is not None and text.islower() and index + 2 < len(self.tokens) \
                    and (self.tokens[index + 2][TEXT] in _PERSON_VERBS
                         or (self.tokens[index + 2][TEXT] in _AFTER_A_PERSON_PAIR and self.lex.frequency(text) == 0
                             and fold(text) not in _namen_words("voornaam_ook_chatwoord"))) \
                    and self.lex.in_first_name_list(text) \
                    and not self.lex.is_english_word(text) and self.unknown_word(following) and following[TEXT].islower():
                self.add(index, index + 1)  # "andrei stoica wil", "rami alhassan en ik" (round 37)
                continue
            if self.capitalised(token) and not text.isupper() and following is not None and is_word(following) \
                    and self.lex.in_first_name_list(text) and text.lower() not in _FUNCTION_WORDS \
                    and self.capitalised(following) and not following[TEXT].isupper() and self.script(following) == "latin" \
                    and not self.never_a_name(following) and following[TEXT].lower() not in _FUNCTION_WORDS \
                    and not self.lex.is_place(following[TEXT]) and len(following[TEXT]) >= 3 \
                    and (self.lex.is_surname(following[TEXT]) or self.unknown_word(following)) \
                    and not self.part_of_a_thing(index) and not self.followed_by_a_model_number(index + 1):
                covered = self.add(index, self.extend(index + 1), explicit=False)  # "Hope Mensah"
                continue
            if self.unknown_pair_before_a_person(index):
                covered = self.add(index, index + 1, explicit=False)  # "of Semhar Tesfaye haar cijfer al heeft"
                continue
            if not foreign_language and self.capitalised(token) and not text.isupper() and _FOREIGN_LETTERS.search(text.lower()) \
                    and self.unknown_word(token) and not self.lex.is_place(text) and not self.part_of_a_thing(index):
                covered = self.add(index, self.extend(index), explicit=False)  # "Kübra", "Sevgül"
                continue
            if following is not None and following[START] in starts and self.capitalised(token) and not text.isupper() \
                    and following[START] - token[END] <= 1 and self.unknown_word(token) and len(text) >= 3 \
                    and text.lower() not in _FUNCTION_WORDS and not self.lex.is_place(text) and not self.part_of_a_thing(index):
                # "Hodan" before "Abdi Warsame": up to the name, so the two become one placeholder.
                if not self.overlaps_protected(token[START], following[START]):
                    self.spans.append((token[START], following[START]))

    def surname_alone_with_particles(self, index: int) -> Optional[int]:
        """"de Boer heeft de cijfers", "van der Meulen en de Jong zijn mijn begeleiders": particles in lower case and
        then a capitalised word that the surname lists have together with them ("de Boer", "van der Meulen") are a
        surname without a first name; Dutch writes a noun after "de" in lower case. Returns the surname's index.
        Not a town ("in den Haag"), not after a capitalised word (a first name before it is read by ``extend``, a
        public figure's stays: "Frenkie de Jong") and not before a capitalised word ("de Lange Nieuwstraat": a street
        or a firm) (round scrub20).
        The first particle may be capitalised: Dutch spelling writes a surname without its first name so ("Van der
        Meulen is mijn mentor", "ik heb De Vries gemaild"), also where no sentence starts (round 27)."""
        token = self.tokens[index]
        title = token[TEXT][:1].isupper() and token[TEXT][1:].islower()
        if not (token[TEXT].islower() or title) \
                or (index and is_word(self.tokens[index - 1]) and self.capitalised(self.tokens[index - 1])):
            return None
        probe = self.particles_then_capital(index)
        if probe is None or self.tokens[probe][TEXT].isupper():
            return None
        if any(self.tokens[position][TEXT] != self.tokens[position][TEXT].lower() for position in range(index + 1, probe)):
            return None
        following = self.tokens[probe + 1] if probe + 1 < len(self.tokens) else None
        if following is not None and is_word(following) and self.capitalised(following):
            return None
        street = self.particles_then_capital(probe + 1) if probe + 1 < len(self.tokens) else None
        if street is not None and _STREET_NAME.search(self.tokens[street][TEXT]):
            return None  # "op de Witte de Withstraat": the first words of a street named after a person
        surname = " ".join(self.tokens[position][TEXT] for position in range(index, probe + 1))
        if not self.lex.is_surname(surname) or self.lex.is_place(surname) or self.place_at(index) or self.place_at(probe) \
                or self.inside_protected(probe) or self.public_figure_at(probe, True):
            return None
        if fold(surname) in _namen_words("dorp_met_lidwoord"):
            return None  # "we fietsen naar de Haan": a village (review scrub20 S1)
        if following is not None and is_word(following) and fold(following[TEXT]) in _namen_words("zaak_woord"):
            return None  # "bij de Vries bakkerij": a firm's name before its trade (review scrub20 S1)
        if fold(surname) in _namen_words("leverancier_met_achternaam") and self.folded_words() & _namen_words("leverancier_woord"):
            return None  # "mijn boeken bij Van Dijk besteld": the school-book supplier (review r27 B2)
        if fold(surname) in self.figure_surnames() and self.about_public_figures(fold(surname)):
            return None  # "van Dijk is de aanvoerder van Oranje", "de Jong en de Ligt spelen" (review scrub20 S1)
        return probe

    def folded_words(self) -> frozenset:
        """The message's words, folded; read once per message (a surname rule asks per candidate)."""
        if self._folded_words is None:
            self._folded_words = frozenset(re.findall(r"\w+", fold(self.text)))
        return self._folded_words

    def figure_surnames(self) -> frozenset:
        """The surnames with particles of the listed public figures ("virgil van dijk": "van dijk")."""
        return _figure_surnames(self.lex.public_figures, self.phrases.particles)

    def about_public_figures(self, surname: str) -> bool:
        """Whether the message is about public figures: a word of sport or stage (``namen.publiek_verband``), a listed
        public figure, or another figure's surname with particles besides ``surname``. Read once per message."""
        if self._about_figures is None:
            folded = fold(self.text)
            # "mijn trainer", "ons elftal": the writer's own club, so a person they know, not a public figure (round 27)
            words = set(re.findall(r"\w+", _OWN_THING.sub(" ", folded)))
            self._about_figures = (bool(words & _namen_words("publiek_verband")) or bool(self.public_starts),
                                   {name for name in self.figure_surnames() if name in folded})
        context, named = self._about_figures
        return context or bool(named - {surname})

    def lower_first_and_surname(self, token: Token, following: Token) -> bool:
        """"rahul sharma", "meron tesfaye": in lower case, a first name and then a surname from the lists, neither of them
        a word of any language list ("mark bakker" stays to the other rules: "mark" is a verb) (round scrub15)."""
        first, second = token[TEXT], following[TEXT]
        if len(first) < 3 or len(second) < 3 or not first.isalpha() or not second.replace("-", "").isalpha():
            return False
        if not self.lex.is_first_name(first) or not self.lex.is_surname(second):
            return False
        return not any(self.lex.is_known_word(word) or self.lex.is_english_word(word) or self.lex.is_place(word)
                       or self.lex.is_not_a_name(word) or word in _FUNCTION_WORDS for word in (first, second))

    def unknown_pair_before_a_person(self, index: int) -> bool:
        """"Weet iemand of Semhar Tesfaye haar cijfer al heeft?", "Yonas Gebremariam zegt dat ...": two capitalised words
        no list knows (a first name and a surname the lists miss), then "haar", "zijn" or "z'n" (what is theirs) or what
        only a person does. A brand or a product has no "haar cijfer" (round scrub14)."""
        if index + 2 >= len(self.tokens):
            return False
        first, second, then = self.tokens[index], self.tokens[index + 1], self.tokens[index + 2][TEXT].lower()
        if then not in ("haar", "zijn", "z'n", "zn") and then not in _ONLY_A_PERSON_DOES:
            return False
        if then in ("haar", "zijn", "z'n", "zn") and not (index + 3 < len(self.tokens) and is_word(self.tokens[index + 3])
                                                           and self.tokens[index + 3][TEXT].islower()):
            return False  # "haar cijfer", "zijn laptop"; not "... zijn." or "zijn Teams"
        if then == "zijn" and not self.lex.is_only_a_noun(self.tokens[index + 3][TEXT]):
            return False  # "Kahoot Quizlet zijn handig": the verb
        return all(is_word(token) and self.capitalised(token) and not token[TEXT].isupper() and len(token[TEXT]) >= 3
                   and self.script(token) == "latin" and token[TEXT].isalpha() and self.unknown_word(token)
                   and not self.never_a_name(token) and not self.lex.is_place(token[TEXT])
                   and not self.inside_protected(position) for position, token in ((index, first), (index + 1, second)))

    def pair_of_unknown_names(self, index: int) -> bool:
        """"Doutzen en Jildou uit 2A", "Senait en Filmon zijn broer en zus": two capitalised words no list
        knows, joined by "en", opening a sentence, then where they are from or how they are related."""
        if index + 4 >= len(self.tokens) or self.tokens[index + 1][TEXT] != "en":
            return False
        first, second = self.tokens[index], self.tokens[index + 2]
        after, then = self.tokens[index + 3][TEXT].lower(), self.tokens[index + 4][TEXT].lower()
        # "uit 2A", "uit mijn klas": a class; "Zadkine en Albeda uit Rotterdam" are schools from a city.
        from_a_class = after == "uit" and (has_digit(self.tokens[index + 4]) or then in _CLASS_WORDS)
        if _people_do(after, then) and not from_a_class:
            # "sagal en hibaaq zitten samen op één telefoon", "Sewdien en Mangroe geven les in ...": two words no list
            # knows and that are no typo of a word, joined by "en" and opening a sentence before what only people do,
            # are two people (round 35, privacy_dev25 as a development set). Not what tools do too ("wikiwijs en xedule
            # werken niet", "... hebben een storing"), and names of the lists are not enough: "Storm en Regen" are words.
            return all(self.unknown_pair_word(position) for position in (index, index + 2))
        if not (from_a_class or (after == "zijn" and then in self.phrases.cue_words)):
            return False
        return all(is_word(token) and self.capitalised(token) and not token[TEXT].isupper() and len(token[TEXT]) >= 3
                   and self.script(token) == "latin" and not self.never_a_name(token) and not self.lex.is_place(token[TEXT])
                   and (self.unknown_word(token) or self.lex.is_first_name(token[TEXT])) for token in (first, second))

    def diminutive_of_a_word(self, text: str) -> bool:
        """"klasgenootjes", "groepsgenootje", "teamgenootjes": a word of the language with -(t)je(s) that no list has."""
        word = text.lower()
        return any(
            word.endswith(ending) and len(word) - len(ending) >= 3
            and (self.lex.is_dutch_word(word[:-len(ending)]) or self.lex.is_dutch_compound(word[:-len(ending)]))
            for ending in ("etjes", "etje", "tjes", "tje", "pjes", "pje", "jes", "je")
        )

    def unknown_pair_word(self, index: int) -> bool:
        """One of a pair that opens a sentence (pair_of_unknown_names): in lower case a word unknown_name_like accepts;
        capitalised, a word no list knows that is no typo of a word and no place; never all capitals ("ICT en HR ...")
        or an mbo school (data/privacy.yml namen.mbo_school)."""
        token = self.tokens[index]
        text = token[TEXT]
        if not is_word(token) or not text.isalpha() or len(text) < 4 or text.isupper() or self.script(token) != "latin":
            return False
        if fold(text) in _namen_words("mbo_school"):
            return False  # "Zadkine en Albeda ...": two schools (data/privacy.yml namen.mbo_school)
        if text.islower():
            return self.unknown_name_like(index)
        if not (self.capitalised(token) and text[1:].islower()) or not self.unknown_word(token) or self.never_a_name(token) \
                or self.lex.is_place(text) or self.inside_protected(index) or self.typo_checks_left <= 0:
            return False
        self.typo_checks_left -= 1
        return not self.one_letter_from_a_word(text)

    def opens_a_letter(self, token: Token) -> bool:
        """The first word under a salutation line is a word of the language ("Onze", "Sinds", "Hierbij", "Graag"), not one
        of the name lists."""
        word = token[TEXT]
        return is_word(token) and (word.lower() in _FUNCTION_WORDS or self.lex.is_common(word)) \
            and not self.lex.in_first_name_list(word) and not self.lex.is_surname(word)

    def unknown_name_opening_a_sentence(self, index: int) -> bool:
        """"abrehet is mijn zus", "chandni en radjesh zijn mijn ouders", "yordanos was onze mentor": in lower case,
        opening a sentence, a word that no list knows at all (Eritrean, Hindustani and Central Asian names are in no name
        list), or two joined by "en", then "is", "zijn" or "was" and a possessive with a relation word or a form of address
        (round 32, privacy_dev22). Review r32: a pronoun or "mijn moeder" further on was no proof (brands and school
        systems open sentences too: "rabobank heeft mijn moeder gebeld"), so only this phrasing counts. Never a typo of a
        Dutch or English word, a product or anything data/privacy.yml lists as no name (``unknown_name_like``)."""
        names = [index]
        verb_at = index + 1
        if verb_at < len(self.tokens) and self.tokens[verb_at][TEXT] == "en":
            names.append(index + 2)
            verb_at = index + 3
        elif verb_at + 1 < len(self.tokens) and self.tokens[verb_at + 1][TEXT] in ("is", "was") \
                and is_word(self.tokens[verb_at]) and self.tokens[verb_at][TEXT].islower():
            names.append(index + 1)  # "yonas kidane is mijn buurjongen": a first name and a surname (round 37)
            verb_at = index + 2
        if verb_at >= len(self.tokens) or self.tokens[verb_at][TEXT] not in ("is", "zijn", "was", "waren"):
            return False
        said = [token[TEXT].lower() for token in self.tokens[verb_at + 1:verb_at + 4]]
        # "wongsodikromo is mijn achternaam": said to be a name (round 33)
        if not said or said[0] not in _POSSESSIVE_BEFORE_A_RELATION or not any(
                self.a_relation_word(word) or word in ("achternaam", "voornaam", "roepnaam") for word in said[1:]):
            return False
        # "winter is onze nieuwe mentor": a word of the name lists counts too, however ordinary (round 33)
        return all(self.unknown_name_like(name_at) or self.listed_name_where_a_person_stands(self.tokens[name_at])
                   for name_at in names)

    def unknown_name_as_a_subject(self, index: int) -> bool:
        """"merhawi vertelde dat ...", "soufian heeft mij uitgelachen", "Tesfay lachte me uit", "ramdin is de beste
        docent": a word no list knows, no typo of a word (``unknown_pair_word``, in lower case or capitalised) and not two
        words joined ("studielink"), opening a clause before
        - what only people do with words or feelings (_ONLY_PEOPLE_DO_THIS),
        - "heeft me/mij" and what a person does to someone (_DONE_TO_ME_BY_A_PERSON: gepest, uitgelachen, gedumpt), or
        - "is/was" + "de/een/mijn" and a word for a person.
        Round 36, privacy_final25 of round 35 as a development set: names from Eritrea, Suriname and Morocco are in no
        list. Apps, firms and care services no list knows say, ask, answer, know, find, call and log one out as well
        ("zermelo zegt dat mijn wachtwoord fout is", "keolis heeft me uitgelogd", "osiris vraagt mijn BSN", "lentis heeft me
        gebeld"), so those verbs are not enough; nor is a verb with a pronoun after it (the word was no subject), nor a
        word of address ("sahbi vertelde": namen.chat_aanspreekwoord)."""
        if index + 2 >= len(self.tokens) or self.subject_after(index + 1):
            return False
        verb = self.tokens[index + 1][TEXT].lower()
        then = self.tokens[index + 2][TEXT].lower()
        if verb in _ONLY_PEOPLE_DO_THIS:
            person_like = True
        elif verb in ("heeft", "had"):
            person_like = then in ("me", "mij", "ons") and index + 3 < len(self.tokens) \
                and self.tokens[index + 3][TEXT].lower() in _DONE_TO_ME_BY_A_PERSON
            # "kidane heeft z'n telefoon verkocht": his or her own thing (round 37, privacy_dev27); an app or a firm has
            # no "z'n telefoon"
            person_like = person_like or (then in ("z'n", "zn", "haar", "d'r") and index + 3 < len(self.tokens)
                                          and is_word(self.tokens[index + 3]) and self.tokens[index + 3][TEXT].islower()
                                          and self.tokens[index + 3][TEXT] not in _STAFF_OF_A_CLUB_OR_FIRM)
        elif verb in ("is", "was"):
            said = [token[TEXT].lower() for token in self.tokens[index + 2:index + 5]]
            person_like = then in ("de", "een", "mijn", "mn", "m'n", "onze", "ons") and any(
                self.a_word_for_people(word) for word in said[1:] if word.isalpha())
            # "kübra is ziek", "yordanos was jarig": how only a person is (round 37, privacy_dev27)
            person_like = person_like or then in _HOW_ONLY_A_PERSON_IS
        else:
            return False
        word = fold(self.tokens[index][TEXT].lower())
        if word in _CHAT_ADDRESS_WORDS or word in _namen_words("voornaam_ook_chatwoord"):
            return False  # "sahbi vertelde ...", "akhi lacht": a word of address (review r36b)
        return person_like and not self.two_words_joined(word) and self.unknown_pair_word(index)

    def two_words_joined(self, word: str) -> bool:
        """"studielink", "teamviewer", "feedbackfruits", "mijnduo": two words of the language (Dutch or English, three
        letters or more each) written as one are an app's or a service's name, not a person's (review of round 36). At
        most 20 cuts of a word unknown_name_like accepts."""
        word = fold(word.lower())
        return any(self.known_part(word[:cut]) and self.known_part(word[cut:]) for cut in range(3, len(word) - 2))

    def known_part(self, part: str) -> bool:
        """A part of a joined word: a Dutch or English word seen often enough, three letters only when common ("box", "app"
        is not; "hoeks|tra" is no pair of words: "hoekstra" stays a surname)."""
        if len(part) >= 4:
            return self.lex.is_known_word(part) or self.lex.is_english_word(part) or part in self.lex.dutch_lemmas
        return len(part) == 3 and (self.lex.is_common(part) or self.lex.is_english_word(part))

    def unknown_name_like(self, index: int) -> bool:
        """In lower case a word of 4 to 20 letters that no list knows and that is no typo of a word, where a name can
        stand. The typo check is the costly part, so it runs last and at most ``_TYPO_CHECKS`` times per text (review
        r32: a 100 KB text full of long unknown words took seconds)."""
        if index >= len(self.tokens):
            return False
        token = self.tokens[index]
        text = token[TEXT]
        if not (is_word(token) and text.islower() and 4 <= len(text) <= 20 and self.script(token) == "latin"
                and all(char.isalpha() for char in text)
                and self.unknown_word(token) and not self.never_a_name(token) and not self.lex.is_place(text)
                and fold(text) not in self.lex.foreign_stop_words and fold(text) not in _place_countries()
                and fold(text) not in _namen_words("land_of_streek") and not self.inside_protected(index)):
            return False
        if self.typo_checks_left <= 0:
            return False
        self.typo_checks_left -= 1
        return not self.one_letter_from_a_word(text)

    def word_name_opening_a_sentence(self, index: int) -> bool:
        """"vos zegt dat ik te laat ben", "haas reageert niet", "jansen van de administratie weet het ook niet": in lower
        case a word of the surname or Dutch first-name lists, also an ordinary word, opening a sentence without an article
        (Dutch puts one before a noun there), right before what only a person does with words (says, asks, answers,
        reacts, knows) or before "van de" + a department or a school subject and then such a verb (round 32,
        privacy_dev22). Not "werkt" or "gaat": "post werkt niet" is the mail."""
        token = self.tokens[index]
        text = token[TEXT]
        if not (text.isalpha() and len(text) >= 3 and self.script(token) == "latin"
                and (fold(text) in self.lex.surnames or self.lex.is_dutch_first_name(text))
                and text.lower() not in _FUNCTION_WORDS and not self.never_a_name(token) and not self.lex.is_place(text)
                and not self.inside_protected(index)):
            return False
        verb_at = index + 1
        if verb_at + 2 < len(self.tokens) and self.tokens[verb_at][TEXT] == "van" \
                and self.tokens[verb_at + 1][TEXT] in ("de", "het", "'t") \
                and fold(self.tokens[verb_at + 2][TEXT]) in (_namen_words("afdeling") | _namen_words("schoolvak")):
            verb_at += 3
        if verb_at + 1 < len(self.tokens) and self.tokens[verb_at][TEXT] in _DOES_TO_ME \
                and self.tokens[verb_at + 1][TEXT].lower() in ("me", "mij", "ons") \
                and fold(text) not in _namen_words("ding_als_onderwerp"):
            return True  # "koning gaf ons een opdracht", "dekker heeft me eruit gestuurd" (round 33)
        if verb_at + 1 < len(self.tokens) and self.tokens[verb_at][TEXT] in ("heeft", "had") \
                and self.tokens[verb_at + 1][TEXT].lower() in ("mijn", "mn", "m'n", "geen") \
                and self.lex.is_dutch_first_name(text) and fold(text) not in _namen_words("ding_als_onderwerp") \
                and fold(text) not in _STORM_WORDS:
            return True  # "roos heeft mijn oplader", "noor heeft geen laptop": a noun has an article there (round 36)
        if verb_at + 2 < len(self.tokens) and self.tokens[verb_at][TEXT] in ("wil", "wilde") \
                and self.tokens[verb_at + 1][TEXT] == "dat" and self.tokens[verb_at + 2][TEXT].lower() in ("ik", "we", "wij"):
            return True  # "jacobs wil dat ik het uitprint" (round 33)
        return verb_at < len(self.tokens) and self.tokens[verb_at][TEXT] in _ONLY_A_PERSON_SAYS \
            and not self.subject_after(verb_at)

    def surname_opening_a_sentence(self, index: int) -> bool:
        """"Nowicki zegt dat de toets niet doorgaat", "Kowalczyk heeft me gemaild", "Nguyen uit klas 3": a capitalised
        word of the surname lists opening a sentence right before what only a person does (word_name_opening_a_sentence:
        says, asks, "heeft me", "wil dat ik"), or before "uit klas/mijn/groep" when it is no Dutch or English word (round
        34, privacy_dev24; review r34 S1 narrowed "heeft", "wil" and "mag": brands are surnames too). Not in a message in
        capitals, not a place, a public figure's last name or a listed non-name ("Philips heeft ...")."""
        token = self.tokens[index]
        text = token[TEXT]
        if self.all_caps or text.isupper() or len(text) < 3 or not text.isalpha() or self.script(token) != "latin" \
                or not self.listed_surname(token) or self.lex.is_place(text) or self.never_a_name(token) \
                or self.a_figure_talked_about(token) or self.inside_protected(index) or index + 1 >= len(self.tokens):
            return False
        if fold(text) in _figure_last_names(self.lex.public_figures):
            return False  # "Timmermans zegt ...": a public figure's last name (review r34 S1)
        verb = self.tokens[index + 1][TEXT]
        if verb == "uit" and index + 2 < len(self.tokens) and self.tokens[index + 2][TEXT].lower() in ("klas", "mijn", "mn", "groep") \
                and not self.lex.is_dutch_word(text) and not self.lex.is_english_word(text):
            return True  # "Nguyen uit klas 3 heeft ...", "Nowicki uit mijn groep"
        # Only before what only a person does ("zegt", "heeft me", "wil dat ik"): brands are surnames too and have,
        # want and may as much ("Gucci heeft een nieuwe collectie": review r34 S1).
        return self.word_name_opening_a_sentence(index)

    def subject_after(self, verb_at: int) -> bool:
        """A pronoun right after the verb is its subject, so the word before was no subject: "hoop vond ik altijd
        belangrijk"."""
        return verb_at + 1 < len(self.tokens) and self.tokens[verb_at + 1][TEXT].lower() in _SUBJECT_PRONOUNS

    def a_relation_word(self, word: str) -> bool:
        """"zus", "ouders", "zussen", "mentor": a relation word or a form of address of the lists, or its plural (not
        a_word_for_people's plural endings, which "inleveren" fits too)."""
        word = fold(word)
        forms = [word] + [word[:-len(end)] for end in ("en", "s") if word.endswith(end) and len(word) > len(end) + 2]
        if len(word) > 5 and word.endswith("en") and word[-3] == word[-4]:
            forms.append(word[:-3])  # "zussen" -> "zus"
        return any(form in self.phrases.relation_words or form in self.phrases.title_words for form in forms)

    def one_letter_from_a_word(self, word: str) -> bool:
        """Whether one letter dropped, swapped, changed or added makes ``word`` a Dutch or English word of the lists
        (a typo, not a name). About 60 candidates per letter; callers pass words of at most 20 letters."""
        word = fold(word.lower())
        letters = "abcdefghijklmnopqrstuvwxyz"
        splits = [(word[:cut], word[cut:]) for cut in range(len(word) + 1)]
        candidates = {left + right[1:] for left, right in splits if right}
        candidates |= {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
        candidates |= {left + char + right[1:] for left, right in splits if right for char in letters}
        candidates |= {left + char + right for left, right in splits for char in letters}
        candidates.discard(word)
        return any(len(candidate) >= 3 and (self.lex.is_known_word(candidate) or self.lex.is_english_word(candidate))
                   for candidate in candidates)

    def named_tokens(self) -> List[bool]:
        """For each token, whether it lies inside a name found so far (linear: spans sorted once)."""
        inside = [False] * len(self.tokens)
        for start, end in self.spans:
            index = self.index_at(start)
            while index is not None and index < len(self.tokens) and self.tokens[index][START] < end and not inside[index]:
                inside[index] = True
                index += 1
        return inside

    def unknown_word(self, token: Token) -> bool:
        """A word no Dutch or English list knows (frequency, lemmas, compounds)."""
        text = token[TEXT]
        return self.lex.frequency(text) == 0 and not self.lex.is_english_word(text) \
            and text.lower() not in self.lex.dutch_lemmas and not self.lex.is_dutch_compound(text) \
            and not self.abbreviation_compound(text)

    def beside_me_in_a_pair(self, index: int) -> bool:
        """"hoop en ik willen samen een laptop", "ik en lieve hebben samen één laptop", "me and joy need help", "joy and i":
        a word joined to "ik"/"me"/"I" is a person. Only a first name of the lists (however ordinary the word) or, opening a
        sentence, a word no list knows; not after a possessive or an article ("mijn zus en ik") (round 34, privacy_dev25)."""
        token = self.tokens[index]
        text = token[TEXT]
        if not is_word(token) or has_digit(token) or len(text) < 3 or self.script(token) != "latin" \
                or text.lower() in _FUNCTION_WORDS or text.lower() in _SUBJECT_PRONOUNS or self.never_a_name(token) \
                or self.lex.is_place(text) or self.inside_protected(index) or self.a_relation_word(text):
            return False
        before = [t[TEXT].lower() for t in self.tokens[max(0, index - 2):index]]
        after = [t[TEXT].lower() for t in self.tokens[index + 1:index + 3]]
        pair = after in (["en", "ik"], ["and", "i"], ["&", "ik"]) or before in (["ik", "en"], ["me", "and"], ["i", "and"])
        if not pair or (before and before[-1] in _ARTICLES_AND_JOINERS and before[-1] not in ("en", "&")):
            return False
        if (after[:1] == ["and"] or before[-1:] == ["and"]) and self.lex.is_english_word(text):
            return False  # "I drew and I painted": an English word, no name (review r34b S2)
        if self.lex.is_first_name(text) or self.lex.is_dutch_first_name(text):
            return True
        opens = index == 0 or self.tokens[index - 1][TEXT] in (".", "!", "?", "\n", ":", ",")
        if before == ["ik", "en"] and text.islower() and after[:1] and after[0] in _PAIR_VERBS:
            # "ik en rahwa hebben samen één laptop": after "ik en", before a plural verb, a word no list knows is the other
            # one of the pair (round 35, privacy_final24 of round 34); "ik en mijn zus" has its possessive, and a
            # diminutive of a word ("ik en klasgenootjes hebben ...") is none (review r35).
            return not self.diminutive_of_a_word(text) and self.unknown_name_like(index)
        return opens and text.islower() and self.unknown_name_like(index)

    def owner_before_a_possessive(self, index: int) -> bool:
        """"ghaith z'n laptop", "selam d'r telefoon", "jade haar telefoon", "Ferhat zijn laptop": spoken Dutch says whose a
        thing is with a possessive after the owner's name; a thing has an article before it ("de laptop z'n scherm").
        After "z'n"/"d'r" a first name of the lists or, in lower case, a word no list knows (review r34b: brands and clubs
        are capitalised words and listed surnames too); after "haar" only a first name of the lists; after "zijn" only a
        capitalised first name of the lists that is no word, and not after "en" (then "zijn" is the plural verb). Never a
        very common word (a verb with its subject left out: "Ken haar al jaren"). A noun must follow (round 34,
        privacy_dev25)."""
        token = self.tokens[index]
        text = token[TEXT]
        if index + 2 >= len(self.tokens) or not is_word(token) or has_digit(token) or len(text) < 3 \
                or self.script(token) != "latin" or text.lower() in _FUNCTION_WORDS or text.lower() in _SUBJECT_PRONOUNS \
                or self.never_a_name(token) or self.lex.is_place(text) or self.inside_protected(index) \
                or (index > 0 and self.tokens[index - 1][TEXT].lower() in _ARTICLES_AND_JOINERS) \
                or (index > 0 and self.tokens[index - 1][TEXT].lower() in _SUBJECT_PRONOUNS):
            return False  # "ik ken haar amper": after a subject the word is its verb
        possessive, owned = self.tokens[index + 1][TEXT].lower().replace("’", "'"), self.tokens[index + 2]
        if not is_word(owned) or owned[TEXT].lower() in _FUNCTION_WORDS or has_digit(owned):
            return False
        if self.lex.frequency(text) >= 20_000:
            return False  # "Ken haar al jaren", "ken z'n moeder": a verb whose subject chat leaves out (review r34b S2)
        listed_first = self.lex.is_first_name(text) or self.lex.is_dutch_first_name(text)
        if possessive in ("z'n", "zn", "d'r"):
            # A first name of the lists, or in lower case a word no list knows; not any capitalised word or listed
            # surname: brands and clubs are both ("Gucci z'n riem", "Feyenoord z'n spits": review r34b S1).
            return listed_first or (text.islower() and not self.lex.is_dutch_word(text) and not self.lex.is_english_word(text)
                                    and self.unknown_name_like(index))
        if possessive == "haar":
            return listed_first
        if possessive == "zijn":
            return self.capitalised(token) and not text.isupper() and self.lex.is_first_name(text) \
                and not self.lex.is_dutch_word(text) and not self.lex.is_english_word(text)
        return False

    def possessive_stem(self, text: str, following: Optional[Token]) -> str:
        """"Fenna's", "Fatima’s": the first name before "'s"; "Daans moeder": before a genitive s and a
        relation word. Empty when the word is not a name with a genitive."""
        for mark in ("'s", "’s", "'", "’"):
            if text.endswith(mark) and len(text) > len(mark) + 1:
                stem = text[:-len(mark)]
                # In lower case before a relation word: "ik ben emma's moeder".
                before_relation = following is not None and following[TEXT].lower() in self.phrases.cue_words
                if (self.capitalised((0, 0, stem)) or before_relation) \
                        and (self.lex.is_first_name(stem) or self.lex.is_dutch_first_name(stem)):
                    return stem
                return ""
        if text.endswith("s") and len(text) >= 4 and self.capitalised((0, 0, text)) and following is not None \
                and following[TEXT].lower() in self.phrases.cue_words and not self.lex.is_known_word(text) \
                and self.lex.is_dutch_first_name(text[:-1]):
            return text[:-1]
        return ""

    def person_opens_sentence(self, token: Token, following: Token) -> bool:
        """"Roos zei", "kees zegt", "xiaoling zegt": a name opening a sentence before what a person does."""
        text = token[TEXT]
        if following[TEXT] not in _PERSON_VERBS or text.lower() in _FUNCTION_WORDS or text.isupper():
            return False
        if self.capitalised(token):
            return self.lex.is_first_name(text) or self.lex.is_dutch_first_name(text)
        if self.lex.is_dutch_first_name(text) and not self.lex.is_common(text):
            return True  # "kees zegt", "bo vroeg"
        if self.diminutive_of_a_first_name(text):
            return True  # "daantje zegt", "pietje komt" (round scrub20)
        # "georgi komt"; not a word no list knows: "onedrive zegt" is a product in lower case.
        return self.lex.in_first_name_list(text) and self.lex.frequency(text) == 0 and not self.lex.is_english_word(text)

    def diminutive_of_a_first_name(self, text: str) -> bool:
        """"Henkie", "Pietje", "daantje": a Dutch first name with a diminutive ending, itself no word of any list."""
        return text[-2:] in ("ie", "je") and not self.lex.is_known_word(text) \
            and any(self.lex.is_dutch_first_name(text[:-cut]) for cut in (2, 3, 4) if len(text) - cut >= 3)

    def double_first_name(self, token: Token) -> bool:
        """"anne-fleur", "jan-willem" in lower case: two first names from the lists joined by a hyphen, one of them
        Dutch, and the whole no word of any list (round scrub20)."""
        text = token[TEXT]
        parts = text.split("-")
        return text.islower() and len(parts) == 2 and all(len(part) >= 3 and part.isalpha() for part in parts) \
            and all(self.lex.in_first_name_list(part) for part in parts) \
            and any(self.lex.is_dutch_first_name(part) for part in parts) \
            and not self.lex.is_known_word(text) and not self.lex.is_dutch_compound(text)

    def a_name_before_its_verb(self, token: Token, following: Token) -> bool:
        """Opening a sentence, capitalised: a first name that is a verb too (data/privacy.yml namen.werkwoord_ook_voornaam:
        "Ben is ziek", "Wil heeft mijn oplader"; two finite verbs never follow each other, so it is no verb: "Ben je
        ziek?" stays), or a given name that is a month or a word too (namen.voornaam_ook_woord) before a verb only a
        person does ("Mei reageert niet", "Zomer appt me niet terug"; not "Mei komt eraan") (review scrub11 S4, round
        scrub13)."""
        if not self.capitalised(token) or token[TEXT].isupper():
            return False
        word = following[TEXT]
        if fold(token[TEXT]) in self.phrases.verbs_also_names:
            return word in _PERSON_VERBS or word in ("is", "was", "wordt", "werd", "heeft", "had")
        return self.lex.is_name_also_a_word(token[TEXT]) and word in _ONLY_A_PERSON_DOES

    def person_by_pronoun(self, index: int) -> bool:
        """"Jurensley komt niet want hij moet werken": a capitalised word no list knows, opening a sentence
        before what a person does, and "hij", "zij", "hem" or "haar" later in that sentence (a product is "het")."""
        token = self.tokens[index]
        if index + 1 >= len(self.tokens) or self.tokens[index + 1][TEXT] not in _PERSON_VERBS \
                or not self.capitalised(token) or token[TEXT].isupper() or self.lex.is_place(token[TEXT]) \
                or not ((len(token[TEXT]) >= 4 and self.unknown_word(token)) or self.lex.is_name_also_a_word(token[TEXT])):
            return False  # "Mei zit bij mij in de groep maar ze ...": a given name that is a word too (namen.voornaam_ook_woord)
        if self.lex.is_name_also_a_word(token[TEXT]) and _TIME_PASSES.match(self.text, self.tokens[index + 1][START]):
            return False  # "Mei komt eraan en zij heeft examens", "Zomer gaat voorbij": a month, a season (review scrub11 S4)
        window = self.tokens[index + 2:index + 15]
        for position, following in enumerate(window[:-1] if len(window) == 13 else window):
            if following[TEXT] in (".", "!", "?", "\n", ","):  # one clause: "Padlet doet raar, en zij ook"
                return False
            if following[TEXT].lower() in _PERSONAL_PRONOUNS:
                # "ze" is "they" too: not before a plural verb ("... maar ze zijn makkelijk").
                verb = window[position + 1][TEXT] if position + 1 < len(window) else ""
                if following[TEXT].lower() != "ze" or not (verb.endswith("en") or verb in ("zijn", "gaan", "staan", "doen")):
                    return True
        return False

    def cased_name_in_its_language(self, index: int) -> bool:
        token = self.tokens[index]
        if self.script(token) != "cased" or not self.capitalised(token) or token[TEXT].isupper():
            return False
        previous = self.tokens[index - 1][TEXT] if index else "\n"
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        if previous not in (".", "!", "?", "\n", ":", "-", "(", ","):
            return True
        return following is not None and is_word(following) and self.script(following) == "cased" \
            and self.capitalised(following)

    def english_question(self, index: int) -> bool:
        """"Can you check ...", "Will I get ...": a very common English word opening a sentence before a
        pronoun is a verb, not the Turkish name Can."""
        previous = self.tokens[index - 1][TEXT] if index else "\n"
        following = self.tokens[index + 1][TEXT] if index + 1 < len(self.tokens) else ""
        return previous in (".", "!", "?", "\n", ":") and following in _ENGLISH_PRONOUNS \
            and self.lex.is_very_common_english(self.tokens[index][TEXT])

    def first_name_and_surname_with_particles(self, index: int) -> bool:
        """"Jet de Lange", "Storm van Dijk": a capitalised word a first-name list has (however ordinary), then
        particles and a capitalised surname from the lists or no list."""
        token = self.tokens[index]
        if not (self.capitalised(token) and self.script(token) == "latin" and self.lex.in_first_name_list(token[TEXT])
                and index + 2 < len(self.tokens) and self.is_particle(self.tokens[index + 1])
                and not self.never_a_name(token) and token[TEXT].lower() not in _FUNCTION_WORDS):
            return False
        return self.particles_then_capital(index + 1, strict=True) is not None and not self.part_of_a_thing(index)

    def initial_and_surname(self, index: int) -> bool:
        """"S. Çelik", "J. Bakker": a capital initial and a capitalised word that is a surname or no known word."""
        if not (self.is_initial(index) and self.capitalised(self.tokens[index]) and index + 2 < len(self.tokens)):
            return False
        word = self.tokens[index + 2]
        if self.is_particle(word) and self.tokens[index + 1][END] != word[START]:
            return self.particles_then_capital(index + 2) is not None  # "J. de Vries", "P. van der Velde-Smit"
        if self.tokens[index + 1][END] == word[START] or not is_word(word) or not self.capitalised(word) \
                or self.script(word) != "latin" or self.never_a_name(word) or word[TEXT].lower() in _FUNCTION_WORDS:
            return False
        return (self.lex.is_surname(word[TEXT]) or not self.lex.is_known_word(word[TEXT])) and not self.lex.is_place(word[TEXT])

    def lower_case_name(self, token: Token) -> bool:
        """"sterre", "mees heeft mijn oplader": a Dutch first name in lower case that is no Dutch word at all."""
        text = token[TEXT]
        if len(text) < 3 or self.lex.frequency(text) or self.lex.is_english_word(text) or self.never_a_name(token):
            return False
        return self.lex.is_dutch_first_name(text) or self.foreign_first_name_with_a_person_around(token)

    def lower_case_surname(self, token: Token) -> bool:
        """"jansen en de rest", "ik wil yilmaz bedanken": in lower case a word of the surname lists (or a Dutch
        patronymic, or a word with a Slavic, Armenian or Turkish surname ending) that no other list knows (no Dutch or
        English word, lemma, compound, place, country, chat word, shop or foreign function word), where a person
        stands: typed on a phone it is still the person ("visser", "bakker" are words too and need a cue)."""
        text, folded = token[TEXT], fold(token[TEXT])
        if not (len(text) >= 4 and text.isalpha() and (folded in self.lex.surnames or self.patronymic(folded)
                                                         or bool(_SURNAME_ENDING.search(folded)))
                and self.unknown_word(token)
                and not self.lex.is_dutch_word(text) and not self.lex.is_place(text) and not self.never_a_name(token)
                and folded not in _namen_words("land_of_streek") and folded not in _namen_words("voornaam_ook_chatwoord")
                and folded not in _place_countries() and folded not in _figure_last_names(self.lex.public_figures)
                and folded not in self.lex.foreign_stop_words and not self.a_shop_or_a_town(text)):
            return False
        return self.a_person_around(bisect.bisect_left(self.starts, token[START]))

    def patronymic(self, word: str) -> bool:
        """"pietersen", "gerritsen", "klaassen": a Dutch first name and "sen", "ssen" or "szen", a surname the lists
        may miss."""
        for ending in ("ssen", "szen", "sen"):
            stem = word[:-len(ending)]
            if word.endswith(ending) and len(stem) >= 3 and self.lex.is_dutch_first_name(stem):
                return True
        return False

    def a_person_around(self, index: int) -> bool:
        """Where a person stands: after "met", "aan", "van", "naast", "bij", "voor", "volgens" ... or before "en",
        "uit", "is" or what a person does (not a title after "expeditie", "new" or "heel")."""
        previous = self.tokens[index - 1][TEXT].lower() if index else ""
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        after = following[TEXT].lower() if following is not None else ""
        return previous in _BEFORE_A_PERSON_AROUND or after in _PERSON_VERBS or after in _ONLY_A_PERSON_DOES \
            or after in ("en", "uit", "is", "was", "zit", "wordt", "werd") \
            or (previous in _VERB_BEFORE_ITS_SUBJECT and after in _AFTER_AN_INVERTED_SUBJECT)

    def foreign_first_name(self, token: Token) -> bool:
        """In lower case a first name of another country's list that no Dutch list has: no Dutch word or compound, no
        country or region, no chat word ("salam", "enzo")."""
        text = token[TEXT]
        return len(text) >= 4 and text.isalpha() and self.lex.in_first_name_list(text) and not self.lex.is_dutch_word(text) \
            and fold(text) not in self.lex.foreign_stop_words and fold(text) not in _SHOPS_WITH_A_NAME \
            and not self.lex.is_dutch_compound(text) and fold(text) not in _namen_words("land_of_streek") \
            and fold(text) not in _namen_words("voornaam_ook_chatwoord") and fold(text) not in _place_countries()

    def foreign_first_name_with_a_person_around(self, token: Token) -> bool:
        """"oksana en ik", "de groep van quincy", "dima uit oekraine zit ..." (round scrub21): in lower case a first name
        of another country's list that no Dutch list has, where a person stands: after "met", "aan", "van", "naast" ...
        or before "en", "uit" or what a person does. Not a country ("de keizer van china"), a product with its version
        ("unity 2022.3"), a game one plays ("we spelen fifa") or a storm ("storm ciara")."""
        if not self.foreign_first_name(token):
            return False
        index = bisect.bisect_left(self.starts, token[START])
        previous = self.tokens[index - 1][TEXT].lower() if index else ""
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        if (following is not None and has_digit(following)) or previous in _STORM_WORDS \
                or previous in ("spelen", "speel", "speelt", "gamen"):
            return False
        return self.a_person_around(index) or self.alone_in_the_message(index)

    def alone_in_the_message(self, index: int) -> bool:
        """"nikolai": the only word of the message (punctuation or an emoji aside) is someone saying who they are or who
        they mean (round 37, privacy_final26 of round 36 as a development set)."""
        return not any(is_word(other) or has_digit(other) for at, other in enumerate(self.tokens) if at != index)

    def subject_of_a_question(self, index: int) -> bool:
        """"kan jade ook mee? ze is mijn nichtje": a Dutch first name in lower case that is a word too, right after the
        verb that opens a question and before "ook", "mee", "niet", ..., with "ze", "zij" or "hij" after it in the
        message (bounded look-ahead): the person the question is about ("kan hout ook?" has no first name)."""
        if index < 1 or index + 1 >= len(self.tokens) or not self.lex.is_dutch_first_name(self.tokens[index][TEXT]) \
                or self.tokens[index - 1][TEXT].lower() not in _QUESTION_VERBS \
                or self.tokens[index + 1][TEXT].lower() not in _AFTER_A_QUESTIONED_PERSON:
            return False
        if index >= 2 and self.tokens[index - 2][TEXT] not in (".", "!", "?", "\n", ","):
            return False  # the verb must open the sentence
        return any(self.a_person_pronoun(probe) for probe in range(index + 2, min(len(self.tokens), index + 22)))

    def a_person_pronoun(self, index: int) -> bool:
        """"hij", "zij", or "ze" not before a plural verb ("ze is", not "ze zeggen": they)."""
        word = self.tokens[index][TEXT].lower()
        if word in ("hij", "zij"):
            return True
        verb = self.tokens[index + 1][TEXT] if index + 1 < len(self.tokens) else ""
        return word == "ze" and not (verb.endswith("en") or verb in ("zijn", "gaan", "staan", "doen"))

    def owner_after_van(self, index: int) -> bool:
        """"heb jij de laptop van bas nog", "de oplader van fenna": after "<ding> van", a Dutch first name in lower case
        that is no common word (Dutch or English) is whose thing it is ("de laptop van school", "van huis" stay)."""
        if index < 2 or self.tokens[index - 1][TEXT] != "van":
            return False
        thing, token = self.tokens[index - 2], self.tokens[index]
        if self.made_of(index):
            return False
        return (is_word(thing) and thing[TEXT].islower() and not self.is_particle(thing) and thing[TEXT] not in _FUNCTION_WORDS
                and len(token[TEXT]) >= 3 and self.lex.is_dutch_first_name(token[TEXT]) and not self.lex.is_common(token[TEXT])
                and not self.lex.is_english_word(token[TEXT]) and not self.lex.is_place(token[TEXT]) and not self.never_a_name(token))

    def made_of(self, index: int) -> bool:
        """"een tafel van eik", "jam van peer", "de geur van jasmijn": after "<ding> van" a word for a material,
        a food or a plant (data/privacy.yml ``stof_na_van``) says what the thing is made of or tastes of. Only
        called for words that are first names too (owner_after_van), so the reading must be a safe one (issue 10):
        the thing is a word that takes a material with any article (``stof_hoofdwoord``: geur, smaak, kleur,
        aroma), or a thing made of stuff (``stof_ding``: tafel, stoel, ketting, jam) with "een" or nothing before
        it (over at most two adjectives) and no giving or getting verb in the clause (``stof_geven_krijgen``).
        "een berichtje van jasmijn", "geld van peer", "de taart van jasmijn", "ik kreeg een ketting van amber"
        say who; all windows are a few tokens, so the check is constant time per token."""
        if fold(self.tokens[index][TEXT]) not in self.phrases.materials:
            return False
        thing = fold(self.tokens[index - 2][TEXT].lower())
        if thing in self.phrases.material_heads:
            return True
        if thing not in self.phrases.material_things or self.giving_in_clause(index):
            return False
        # Back over at most two adjectives ("een mooie oude tafel van eik") to "een" or to nothing.
        for back in range(index - 3, index - 6, -1):
            if back < 0:
                return True  # the message opens with the thing
            token = self.tokens[back]
            word = token[TEXT].lower()
            if not is_word(token) or word == "\n":
                return True  # the clause opens with the thing: "jam van peer en appel", ", stoelen van riet"
            if word == "een" or word in _BEFORE_A_BARE_THING:
                return True
            if not (word.islower() and word.endswith("e") and word not in _FUNCTION_WORDS and word not in _DEFINITE):
                return False
        return False  # three adjectives, or none of them an adjective: no bare thing

    def giving_in_clause(self, index: int) -> bool:
        """A giving, getting, lending or taking verb within a few words of "<ding> van <woord>" and in the same
        clause: "ik kreeg een ketting van amber", "een ring van jade gestolen"."""
        verbs = self.phrases.giving_verbs
        for step in (-1, 1):
            probe = index - 2 if step < 0 else index
            for _ in range(12):
                probe += step
                if probe < 0 or probe >= len(self.tokens):
                    break
                token = self.tokens[probe]
                if token[TEXT] in _CLAUSE_ENDS:
                    break
                if is_word(token) and fold(token[TEXT].lower()) in verbs:
                    return True
        return False

    def name_shaped(self, token: Token) -> bool:
        """"Abdulrahman", "Al-Hassan", "El-Amrani": the shapes of Arabic names written in Latin letters,
        which no list holds in all their spellings."""
        return bool(_ARABIC_NAME_SHAPE.match(token[TEXT])) and not self.lex.is_known_word(token[TEXT])

    def followed_by_a_model_number(self, last: int) -> bool:
        following = self.tokens[last + 1] if last + 1 < len(self.tokens) else None
        return following is not None and not following[TEXT].startswith("[") and any(char.isdigit() for char in following[TEXT])

    @staticmethod
    def institution(token: Token) -> bool:
        """"op het Mediacollege", "de Hogeschool": a school or building, not a surname after particles."""
        return token[TEXT].lower() in _INSTITUTIONS or bool(_INSTITUTION_END.search(token[TEXT]))

    def about_a_work(self, index: int) -> bool:
        """The maker of a book, poem or painting named after its title or kind: "'De Aanslag' van Harry
        Mulisch", "een roman van ...". Nothing wider: "het verhaal van Sanne", "de film van Daan", "fan
        van", "luister naar" and "over" (a lesson, a video) are as often about a classmate as about an
        artist, and a classmate's name must not leak; public figures are kept by data/privacy.yml geen_naam.
        Names listed after the first ("X en Y") share its context. Bounded look-back (a few tokens)."""
        probe = index
        for _ in range(4):  # back over earlier names of a list: "van [Multatuli] en [Reve]"
            if probe >= 2 and self.tokens[probe - 1][TEXT].lower() in _LIST_JOINERS and is_word(self.tokens[probe - 2]) \
                    and self.capitalised(self.tokens[probe - 2]):
                probe -= 2
            else:
                break
        if probe < 2 or self.tokens[probe - 1][TEXT].lower() != "van":
            return False
        before = self.tokens[probe - 2][TEXT].lower()
        return before in _WORKS or before in _QUOTES

    def title_of_a_work(self, index: int) -> bool:
        """"de film Kees de Jongen", "het boek Pluk van de Petteflet", "de serie Anne+": a capitalised title right after
        "de/het/die/deze" and the kind of work is the work's title, not a person (round scrub13). Not after "van" ("de
        film van Daan" is as often a classmate's) and not without the article ("film Daan morgen")."""
        return index >= 2 and self.tokens[index - 1][TEXT].lower() in _TITLED_WORKS \
            and self.tokens[index - 2][TEXT].lower() in ("de", "het", "die", "deze", "dat", "dit")

    def a_word_as_a_word(self, index: int) -> bool:
        """A word talked about as a word: in quotes after an article ('wat is een "merel"'), after "het woord",
        or before "is een/het ... woord" ("sterre is het mooiste woord voor ster"). Bounded look-around."""
        if index >= 2 and self.tokens[index - 1][TEXT] in _QUOTES and self.tokens[index][TEXT].islower() \
                and self.tokens[index - 2][TEXT].lower() in ("een", "de", "het", "the", "a", "an", "woord", "word"):
            return True  # lower case only: 'de "Sanne" uit 2B' is a nickname, not a word
        if not self.mentions_words:
            return False  # read once per message: no "woord" anywhere, so none of the rest can hold
        if index and self.tokens[index - 1][TEXT].lower() in ("woord", "word", "woordje"):
            return True
        after = [token[TEXT].lower() for token in self.tokens[index + 1:index + 7]]
        if after[:1] and after[0] in _QUOTES:
            after = after[1:]
        # Not "X is aan het woord" (X speaks) or "X is haar woord niet nagekomen" (X broke a promise).
        return after[:1] == ["is"] and any(word in ("woord", "woorden", "word", "woordje") for word in after[1:5]) \
            and after[1:2] not in (["mijn"], ["haar"], ["zijn"], ["z'n"], ["zn"], ["m'n"], ["mn"], ["hun"], ["jouw"],
                                   ["je"], ["aan"])

    def a_public_role(self, index: int) -> bool:
        """A performer named by what they are: right after "zanger", "rapper", "actrice" ("zanger Jan Smit"), or
        listed before "(zijn) goeie artiesten" ("ik vind X en Y goeie rappers"). A classmate is not introduced
        by such a word. Bounded look-around (a list of at most eight tokens)."""
        # A first name from the lists is a classmate's as often as a star's ("zanger Daan uit mijn klas", "Daan en
        # Sem zijn goeie rappers"): it goes; public figures the bot must keep are in data/privacy.yml geen_naam.
        token = self.tokens[index]
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        if self.lex.is_first_name(token[TEXT]) or self.lex.is_surname(token[TEXT]) or self.script(token) != "latin" \
                or not token[TEXT].isascii() or (following is not None and is_word(following) and self.capitalised(following)):
            return False  # and a full name or one in other letters is a person's, not a stage name
        if index and self.tokens[index - 1][TEXT].lower() in _PUBLIC_ROLES:
            return True
        if not self.mentions_artists:
            return False  # read once per message: no word for artists anywhere
        probe = index
        while probe < len(self.tokens) and probe - index < 8 and (
                (is_word(self.tokens[probe]) and self.capitalised(self.tokens[probe]))
                or self.is_particle(self.tokens[probe]) or self.tokens[probe][TEXT].lower() in _LIST_JOINERS):
            probe += 1
        following = [token[TEXT].lower() for token in self.tokens[probe:probe + 3]]
        if following[:1] and following[0] in ("zijn", "is", "blijven", "blijft"):
            following = following[1:]
        if following[:1] and following[0] in _PRAISE:
            following = following[1:]
        return bool(following) and following[0] in _PUBLIC_ROLES_PLURAL

    def possessive_opening_a_sentence(self, index: int) -> bool:
        """"Geachte heer, mevrouw, Onze zoon heeft ...", "Beste meneer, Ons kind ...": a possessive after a greeting's comma,
        before a word in lower case, begins the letter. A surname that looks like one ("mevrouw Zijn", "Groetjes, Ons")
        has no comma before it or no lower-case word after it (review r40p)."""
        if index == 0 or index + 1 >= len(self.tokens) or self.tokens[index - 1][TEXT] != ",":
            return False
        following = self.tokens[index + 1][TEXT]
        return self.tokens[index][TEXT].lower() in _POSSESSIVES_OPENING and following.isalpha() and following.islower()

    def fronted_job(self, index: int) -> bool:
        """"brouwer wil ik worden", "kok wil ik later worden": a word opening a sentence right before "wil ik (later)
        worden" is the job wanted; nobody becomes a person (round 40, privacy_dev30). Only with "worden" itself: "visser
        wil ik later bellen" is a person (review r40p). A game before "speel ik" is not read this way: people are
        played against, with and to as often ("Sanne speel ik de bal toe"); listed games are in geen_naam."""
        if index > 0 and self.tokens[index - 1][TEXT] not in (".", "!", "?", "\n"):
            return False
        word = self.tokens[index][TEXT]
        if not (word.lower() in _TRADE_SURNAMES or self.lex.is_dutch_word(word)) or self.lex.is_first_name(word):
            return False  # "jansen wil ik worden": no job (review r40q)
        following = [token[TEXT].lower() for token in self.tokens[index + 1:index + 6]]
        if following[:3] == ["wil", "ik", "worden"]:
            rest = following[3:4]
        elif following[:4] == ["wil", "ik", "later", "worden"]:
            rest = following[4:5]
        else:
            return False
        # the clause ends after "worden": "visser wil ik worden genoemd" is a person (review r40q)
        return not rest or rest[0] in (",", ".", "!", "?", "\n", "net", "als", "zoals", "maar", "want", "en")

    def part_of_a_thing(self, index: int) -> bool:
        """"de Bart Smit", "het Anne Frank Huis", "Koning Willem I College", "onze Alexa": a shop, a
        building, a school or a device, not a person."""
        previous = self.tokens[index - 1] if index else None
        if previous is not None and previous[TEXT].lower() in _ARTICLES and not self.in_someones_group(index) \
                and not self.lower_first_name_after_bij(index):
            return True
        if self.fronted_job(index):
            return True
        if self.about_a_work(index) or self.title_of_a_work(index):
            return True
        if previous is not None and (previous[TEXT] in _STORM_WORDS or previous[TEXT].lower() in _STORM_WORDS - {"storm"}) \
                and self.capitalised(self.tokens[index]) and (not self.lex.is_dutch_first_name(self.tokens[index][TEXT])
                                                              or _WEATHER_AFTER.match(self.text, self.tokens[index][END])):
            # "door storm Eunice", "orkaan Katrina": a storm's given name, not a person (round scrub14). A Dutch first name
            # only with weather after it ("storm Noor raasde over het land"): "orkaan Noor heeft mijn lader gesloopt" is
            # a sister's nickname (review s22 S8).
            return True
        start, end = self.tokens[index][START], self.tokens[index][END]
        if self.text[start - 1:start] == "_" or self.text[end:end + 1] in ("_", "+"):
            return True  # a part of an identifier or error code ("DRIVER_IRQL_NOT_LESS_OR_EQUAL"), "Erasmus+"
        if index >= 2 and previous is not None and is_word(previous) and self.tokens[index - 2][TEXT].lower() in ("de", "het", "een") \
                and (self.capitalised(previous) or (len(previous[TEXT]) >= 4 and previous[TEXT].endswith("e")
                                                    and not self.lex.is_dutch_first_name(self.tokens[index][TEXT]))):
            return True  # "de Prins Bernhard ...", "een oude Mercedes": an article, a title or adjective, the "name"
        if previous is not None and is_word(previous) and self.capitalised(previous) and index >= 2 \
                and self.tokens[index - 2][TEXT] not in (".", "!", "?", "\n", ",", ":") \
                and not self.lex.in_name_list(previous[TEXT]):
            return True  # inside a multi-word proper noun that did not start with a name
        word_before = self.tokens[index]
        for following in self.tokens[index + 1:index + 4]:
            if not is_word(following) and following[TEXT] not in ("-",):
                break
            if (following[TEXT].lower() in _INSTITUTIONS or (self.capitalised(following) and _INSTITUTION_END.search(following[TEXT]))) \
                    and (word_before[TEXT] == "-" or self.capitalised(word_before) or word_before[TEXT].isupper()) \
                    and not self.adverb_weg(following):
                # also a compound: "Prins Bernhard Cultuurfonds", "Anne Frank Stichting". Only straight after a
                # capitalised word: a particle is also a preposition, "Emma op school", "Lotte in het ziekenhuis" are
                # people ("de Jan van Galen school": "Galen"; review scrub19 S1).
                return True
            if following[TEXT] != "-" and not self.capitalised(following) and not following[TEXT].isupper() \
                    and not self.is_particle(following):
                break  # the proper noun ends at a lower-case word: "Daan niet op school", "Sanne naar huis" (round scrub19)
            word_before = following
        if index + 1 < len(self.tokens) and self.capitalised(self.tokens[index + 1]) \
                and fold(self.tokens[index][TEXT] + " " + self.tokens[index + 1][TEXT]) in _namen_words("plaats_met_naam"):
            # "Victoria Station", "Madison Square": only a listed pair, the word straight after the name (review scrub17
            # B1); "met Emma bij Utrecht Centraal", "Daan Pier", "Jordan Avenue" stay a person.
            return True
        return self.a_word_as_a_word(index) or self.a_public_role(index)

    def adverb_weg(self, token: Token) -> bool:
        """"omdat Mustafa Demir weg is", "Sanne weg?": "weg" in lower case before a verb or a clause end means away,
        not a road named after someone (round 36, privacy_dev26)."""
        if token[TEXT] != "weg":
            return False
        index = bisect.bisect_left(self.starts, token[START])
        after = self.tokens[index + 1][TEXT].lower() if index + 1 < len(self.tokens) else "."
        return after in _FINITE_VERB_FORMS or after in _CLAUSE_ENDS or after in (",", "?")

    def lower_first_name_after_bij(self, index: int) -> bool:
        """"stage bij jeroen in de fietsenwinkel", "ik werk bij ali": typed in lower case a shop is a word or a brand
        ("bij de jumbo"; two-word brands such as "albert heijn" are protected), so after "bij", "naar" or "via" a Dutch
        first name that is no word of any list is the person. Capitalised, a first name of the lists that no frequency
        list knows, alone: "naar Karolina sturen" (round 36). Never a shop or town of namen.winkel_met_naam or
        voornaam_ook_plaats."""
        token = self.tokens[index]
        if self.tokens[index - 1][TEXT].lower() not in ("bij", "naar", "via") or self.a_shop_or_a_town(token[TEXT]):
            return False
        if self.capitalised(token) and not token[TEXT].isupper():
            # "een bestand naar Karolina sturen", "bij Laura thuis": capitalised, a first name of the lists that no
            # Dutch or English frequency list knows as a word, alone (a shop or brand of two words is protected; "naar
            # Albert Heijn" goes on with a capital) (round 36, privacy_dev26).
            following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
            return self.lex.is_first_name(token[TEXT]) and self.lex.frequency(token[TEXT]) == 0 \
                and not self.lex.is_english_word(token[TEXT]) and not self.never_a_name(token) \
                and not self.lex.is_not_a_name(token[TEXT].lower()) \
                and not (following is not None and self.capitalised(following)) \
                and not (following is not None and following[TEXT] == "in" and index + 2 < len(self.tokens)
                         and self.capitalised(self.tokens[index + 2]))  # "bij Yara in Sluiskil": a firm in a town
        if not token[TEXT].islower() or not self.lower_case_name(token):
            return False
        following = self.tokens[index + 1][TEXT].lower() if index + 1 < len(self.tokens) else ""
        # "bij andre vrienden": a word before a noun is an adjective (a typo of "andere") here; "sinds ik bij sanne woon":
        # a verb of where one lives or stays is no noun (round 37)
        return not (following and following not in _FINITE_VERB_FORMS and following not in _STAYING_AT_SOMEONES
                    and (self.a_word_for_people(following) or self.lex.is_only_a_noun(following)))

    def a_shop_or_a_town(self, word: str) -> bool:
        """A shop or brand that is a name too (namen.winkel_met_naam: "bij hema", "naar zara"), or a town abroad that is a
        first name too (namen.voornaam_ook_plaats: "naar florence")."""
        folded = fold(word)
        return folded in _SHOPS_WITH_A_NAME or folded in _namen_words("voornaam_ook_plaats") or self.lex.is_place(word)

    def in_someones_group(self, index: int) -> bool:
        """"ik zit bij Younes in de groep", "ik slaap bij Kim thuis": "bij" a person, not a shop. The person's surname
        may come first ("bij Fatima Bouzid in de groep", "bij Kim van Dam thuis"): at most three capitalised words or
        particles are skipped."""
        previous = self.tokens[index - 1][TEXT].lower() if index else ""
        after = index + 1
        while after < min(index + 4, len(self.tokens)) and is_word(self.tokens[after]) \
                and (self.capitalised(self.tokens[after]) or (
                    self.is_particle(self.tokens[after]) and after + 1 < len(self.tokens)
                    and self.capitalised(self.tokens[after + 1]))):
            after += 1
        following = [token[TEXT].lower() for token in self.tokens[after:after + 3]]
        return previous == "bij" and bool(following) and (
            following[0] == "thuis" or (following[0] in ("in", "op") and len(following) == 3 and following[2] in _GROUPS))

    def last_line(self) -> None:
        """A name alone on the last line, or as the last sentence ("... werkt niet meer. Jaimy")."""
        end = len(self.tokens) - 1
        while end >= 0 and len(self.tokens) - end < 12 and not is_word(self.tokens[end]) \
                and self.tokens[end][TEXT] != "?" and not self.tokens[end][TEXT].startswith("["):
            end -= 1  # trailing punctuation, emoji, newlines
        if end < 0:
            return
        start = end
        while start > 0 and end - start < 8 and self.tokens[start - 1][TEXT] not in ("\n", ".", "!", "?"):
            start -= 1
        whole = start == 0
        if not whole and self.tokens[start - 1][TEXT] not in ("\n", ".", "!", "?"):
            return  # a line too long to be a signature
        line = [index for index in range(start, end + 1) if self.tokens[index][TEXT] not in ("-", ",")]
        if not line or len(line) > 4:
            return
        first = self.tokens[line[0]]
        if not is_word(first) or has_digit(first) or self.inside_protected(line[0]):
            return  # "ik lees Annie M.G. Schmidt": the initial's dot is no sentence end inside a listed figure (round 34)
        separator = self.tokens[start - 1][TEXT] if not whole else ""
        if first[TEXT].lower() in self.phrases.cue_words or (separator == "\n" and self.department_at(line[0])):
            return  # "...\n't Loket": a department on the last line signs, no person (review scrub20 N1)
        if self.tokens[start][TEXT] == "-" and len(line) <= 3 and self.script(first) == "latin" \
                and not self.never_a_name(first) and first[TEXT].lower() not in _FUNCTION_WORDS \
                and (self.lex.is_first_name(first[TEXT]) or self.lex.is_dutch_first_name(first[TEXT])) \
                and all(self.surname_like(self.tokens[i], True) or self.is_particle(self.tokens[i]) for i in line[1:]):
            self.add(line[0], line[-1])  # a signature after a dash: "-- mark", "- Sanne de Wit"
            return
        if whole and len(line) == 1 and sum(1 for token in self.tokens if token[TEXT][0].isalnum() or token[TEXT][0] == "[") == 1:
            # The whole message is one word: a first name from the lists ("fleur", "Roos"), or a capitalised
            # word no Dutch or English list knows ("Tesfalem").
            if not self.never_a_name(first) and self.script(first) == "latin" and len(first[TEXT]) >= 3 \
                    and not self.lex.is_place(first[TEXT]) and not self.lex.is_english_word(first[TEXT]) and (
                    self.lex.is_dutch_first_name(first[TEXT]) or (self.capitalised(first) and self.lex.is_first_name(first[TEXT]))
                    or (self.capitalised(first) and not first[TEXT].isupper() and len(first[TEXT]) >= 4
                        and self.lex.frequency(first[TEXT]) == 0 and not self.lex.is_english_word(first[TEXT])
                        and not self.lex.is_dutch_word(first[TEXT]))):
                self.add(line[0], line[0])
            return
        if whole:
            # The whole message is a name ("Kees van Dam"): only a first name from the lists may open it.
            if len(line) > 1 and self.lex.is_first_name(first[TEXT]) and all(
                    self.surname_like(self.tokens[i], True) or self.is_particle(self.tokens[i]) for i in line[1:]):
                self.add(line[0], line[-1])
            return
        ok_first = self.lex.is_first_name(first[TEXT]) or (
            self.capitalised(first) and not self.lex.is_known_word(first[TEXT]) and not self.lex.is_not_a_name(first[TEXT])
            and self.script(first) == "latin")
        if separator == "\n":
            ok_first = ok_first or self.is_other_script_name(first)
        if ok_first and all(self.surname_like(self.tokens[i], True) or self.is_particle(self.tokens[i])
                            or self.tokens[i][TEXT] == "." for i in line[1:]):
            self.add(line[0], line[-1])

    def introduces_self(self) -> None:
        """"Bas hier.", "job hier, ...", "Kees van Dam hier": a name and "hier" opening a line."""
        line_start = 0
        for index, token in enumerate(self.tokens):
            if token[TEXT] == "\n":
                line_start = index + 1
                continue
            if index == line_start or index - line_start > 4 or token[TEXT].lower() != "hier":
                continue
            following = self.tokens[index + 1][TEXT] if index + 1 < len(self.tokens) else ""
            if following not in ("", ",", ".", "!", "\n", "(", "-", ":", "uit", "van", "vanuit"):  # "wolf hier uit klas 2b"
                continue
            opening = line_start
            if self.tokens[opening][TEXT].lower() in _GREETINGS and opening + 1 < index:
                opening += 1  # "yo bas hier", "hoi, Fenna hier": a greeting before the name
                if self.tokens[opening][TEXT] == "," and opening + 1 < index:
                    opening += 1
            first = self.tokens[opening]  # "Fenna 3e jaars PW hier": the name opens the line
            if first[TEXT].islower() and (first[TEXT] in _GROUPS or first[TEXT] in _CLASS_WORDS):
                continue  # "hoi klas hier", "hey groep hier": a group greeted, no name
            if following in ("uit", "van", "vanuit") and (
                    fold(first[TEXT]) in _namen_words("ding_als_onderwerp") or self.ends_in_a_department(first[TEXT])
                    or not (self.lex.is_first_name(first[TEXT]) or self.lex.is_dutch_first_name(first[TEXT])
                            or self.lex.is_surname(first[TEXT])
                            or (fold(first[TEXT]) in self.lex.surnames and self.lex.is_only_a_noun(first[TEXT])))):
                continue  # "Servicedesk hier van het ROC", "Winter hier uit Finland", "Prima hier uit de vakantie" (review r33 S2)
            if not self.never_a_name(first) and self.script(first) == "latin" and (
                    self.lex.in_name_list(first[TEXT]) or (self.capitalised(first) and not self.lex.is_known_word(first[TEXT]))):
                self.add(opening, min(self.extend(opening), index - 1))
            elif self.is_particle(first) and index - opening >= 2 and all(self.is_particle(self.tokens[i]) for i in range(opening, index - 1)) \
                    and is_word(self.tokens[index - 1]) and self.capitalised(self.tokens[index - 1]) \
                    and not self.tokens[index - 1][TEXT].isupper() and not self.lex.is_place(self.tokens[index - 1][TEXT]):
                self.add(opening, index - 1)  # "hoi in 't Veld hier", "Van Dam hier": a surname with its particles (scrub14)

    def opens_with_met(self) -> None:
        """"Met Arjen Kleinhuis van ...", "met Ilse, ...": as on the phone, "met" opening a line and a
        capitalised word from the lists or no list at all, then a surname, "van", "hier" or a comma."""
        line_start = True
        for index, token in enumerate(self.tokens):
            if token[TEXT] == "\n":
                line_start = True
                continue
            opens, line_start = line_start, False
            if not opens or token[TEXT].lower() != "met" or index + 1 >= len(self.tokens):
                continue
            name = self.tokens[index + 1]
            if not (is_word(name) and self.capitalised(name) and self.script(name) == "latin" and not name[TEXT].isupper()
                    and not self.never_a_name(name) and name[TEXT].lower() not in _FUNCTION_WORDS
                    and not self.lex.is_place(name[TEXT])
                    and (self.lex.in_name_list(name[TEXT]) or not self.lex.is_known_word(name[TEXT]))) \
                    or (self.public_figure_at(index + 1, False) and not self.figure_then_a_caller_mark(index + 1)):
                continue  # "Met Virgil van Dijk als voorbeeld ...": a public figure, not a caller (round scrub14)
            if self.inside_protected(index + 1) and not self.public_figure_at(index + 1, False):
                continue  # "Met Keti Koti hebben we vrij": a listed non-name, no caller (round 34)
            last = self.extend(index + 1)
            following = self.tokens[last + 1][TEXT].lower() if last + 1 < len(self.tokens) else ""
            if last > index + 1 or following in _AFTER_A_LONE_NAME:
                self.add(index + 1, last)

    def public_figure_after_a_relation(self) -> None:
        """"mijn docent is Lieke Klaver", "mijn buurman is Harry Kane": a public figure's name said to be a relation's
        is that person's own name (review s22 S4). One bounded look-behind per public figure."""
        for start, end in self.protected:
            if start not in self.public_starts:
                continue
            before = _RELATION_IS_BEFORE.search(self.text[max(0, start - 40):start])
            if before is not None and fold(before.group("relation").lower()) in self.phrases.relation_words:
                first, last = self.index_at(start), bisect.bisect_left(self.starts, end) - 1
                if first is not None and first <= last:
                    self.add(first, last)

    def figure_looked_up(self, index: int) -> bool:
        """A public figure starting at token ``index`` with a verb of looking up right after it ("mark rutte opzoeken",
        "Anne Frank googelen": data/privacy.yml namen.opzoeken_woord) is a topic for school work, not a person's name."""
        start = self.tokens[index][START]
        position = bisect.bisect_left(self.protected, (start, -1))
        if start not in self.public_starts or position >= len(self.protected) or self.protected[position][0] != start:
            return False
        following = self.index_at(self.protected[position][1])
        return following is not None and fold(self.tokens[following][TEXT]) in _namen_words("opzoeken_woord")

    def figure_then_a_caller_mark(self, index: int) -> bool:
        """"Met Lieke Klaver hier", "Met Harry Kane, ...", "Met George Russell van 4havo", "Met Jan Ullrich-de Boer": a
        public figure starting at token ``index`` followed by what marks a caller (hier, a comma, a line end, "van", ".",
        "(de) moeder/vader van") or glued to a hyphen is a caller with that name (review s22 S4)."""
        start = self.tokens[index][START]
        position = bisect.bisect_left(self.protected, (start, -1))
        if position >= len(self.protected) or self.protected[position][0] != start:
            return True  # a one-word figure: the usual caller checks decide
        end = self.protected[position][1]
        if self.text[end:end + 1] == "-":
            return True
        following = _CALLER_MARK_AFTER_A_FIGURE.match(self.text, end)
        return following is not None

    def mentioned_again(self) -> None:
        """"moeder van Oliwia. Oliwia is ziek": a word found as (part of) a name is that name wherever else it
        stands in the message, when written the same way (a capitalised name, or the same lower-case word).
        Not an abbreviation in capitals: one taken for a name by mistake ("JIP") is not spread further."""
        words = set()
        for start, end in self.spans:
            index = self.index_at(start)
            while index is not None and index < len(self.tokens) and self.tokens[index][START] < end:
                token = self.tokens[index]
                if is_word(token) and len(token[TEXT]) >= 2 and not self.is_particle(token) \
                        and token[TEXT].lower() not in _FUNCTION_WORDS and token[TEXT].lower() not in self.phrases.cue_words \
                        and not (token[TEXT].isupper() and not self.all_caps) \
                        and (self.capitalised(token) or not (self.lex.is_known_word(token[TEXT])
                                                             or self.lex.is_english_word(token[TEXT]))):
                    words.add(_without_marks(token[TEXT]))
                index += 1
        if not words:
            return
        # Also written without its diacritics ("het is Ibrahim Çelik en niet Celik", "Zoë ... Zoe"): the same letters
        # in the same case, the marks left off (round scrub17).
        for index, token in enumerate(self.tokens):
            if is_word(token) and _without_marks(token[TEXT]) in words:
                self.add(index, index)

    def inside_a_list(self, index: int) -> bool:
        """After "en" or "&" ("[NAAM] en zarlasht hebben"), or between list marks ("abdi, hamdi, sagal, [NAAM]"): not a
        word after a comma that goes on with other words ("groet, [NAAM], onderwijskundige Bouw", "studentnr 123")."""
        previous = self.tokens[index - 1][TEXT].lower() if index > 0 else ""
        following = self.tokens[index + 1][TEXT].lower() if index + 1 < len(self.tokens) else ""
        return previous in ("en", "&") or (
            (previous in _LIST_JOINERS or previous in _CLAUSE_ENDS or not previous) and following in _LIST_JOINERS)

    def coordinated(self) -> None:
        """"groeten van Jan en Aaltje", "bij Liam, Noor en Sem": a capitalised word listed with a name by "en",
        "&" or a comma is a name too (not an ordinary word, a place or a known non-name)."""
        named = [False] * len(self.tokens)
        for start, end in self.spans:
            first = self.index_at(start)
            while first is not None and first < len(self.tokens) and self.tokens[first][START] < end:
                named[first] = True
                first += 1
        for index, token in enumerate(self.tokens):
            if token[TEXT] == NAME:
                named[index] = True

        def between_names(index: int) -> bool:
            # "[NAAM], kaan en [NAAM]": listed between two names, a first name of any list that is a rare word too ("kaan",
            # also a Dutch word) is a name (round 38, privacy_dev28); a word no list knows is not enough there: typos
            # ("Sara, skool en Ahmed", review r38b).
            return 2 <= index < len(self.tokens) - 2 and named[index - 2] and named[index + 2] \
                and self.tokens[index - 1][TEXT] in (",", "en", "&") and self.tokens[index + 1][TEXT] in (",", "en", "&")

        def candidate(index: int) -> bool:
            if index < 0 or index >= len(self.tokens) or named[index] or self.beside_a_public_figure(index) \
                    or self.inside_protected(index):
                return False
            token = self.tokens[index]
            if is_word(token) and token[TEXT].islower() and token[TEXT].isascii():
                # "sanne en jasmijn": in lower case, a Dutch first name that is not a common word; "olena, [NAAM] en ik":
                # a first name of another country's list (round scrub22).
                # "mursal en [NAAM]", "abdi, hamdi, sagal, [NAAM]": a word no list knows and no typo of a word (round 33).
                return (self.lex.is_dutch_first_name(token[TEXT]) and not self.lex.is_common(token[TEXT])
                        or self.foreign_first_name(token) and not self.lex.is_english_word(token[TEXT])) \
                    and not self.never_a_name(token) or (self.inside_a_list(index) and not self.a_word_for_people(token[TEXT])
                                                         and self.unknown_name_like(index)) \
                    or (between_names(index) and not self.a_word_for_people(token[TEXT]) and not self.never_a_name(token)
                        and self.lex.is_first_name(token[TEXT]) and self.lex.frequency(token[TEXT]) < 50
                        and not self.lex.is_english_word(token[TEXT]))  # not "instagrammers"
            # Listed with a name, a capitalised word is a name however ordinary ("Lief en Sanne"), but not a greeting before
            # a comma ("Goedendag, Sanne komt niet"; round 38).
            return (is_word(token) and self.capitalised(token) and self.script(token) == "latin"
                    and token[TEXT].lower() not in _GREETINGS
                    and (not token[TEXT].isupper() or self.all_caps) and not self.never_a_name(token)
                    and not self.lex.is_place(token[TEXT])
                    and token[TEXT].lower() not in _FUNCTION_WORDS)

        def with_me(index: int) -> bool:
            """"Marloes en ik", "ik en Marloes": a capitalised word from the lists or no list, listed with "ik"."""
            token = self.tokens[index]
            if token[TEXT].islower():  # "storm en ik", "ik en jade": a first name from the lists
                # but not a group noun after its article or possessive: "mijn klas en ik", "de groep en ik" (round
                # scrub18); only listed nouns, so "die kim en ik", "mijn jade en ik" stay names (review scrub18 B4)
                return is_word(token) and not named[index] and not self.never_a_name(token) \
                    and not (index > 0 and fold(self.tokens[index - 1][TEXT]) in _namen_words("lidwoord_of_bezit")
                             and token[TEXT] in _GROUPS) \
                    and self.lex.in_first_name_list(token[TEXT]) and not self.lex.is_very_common_english(token[TEXT])
            return candidate(index) and (
                self.lex.in_name_list(token[TEXT]) or not self.lex.is_known_word(token[TEXT]))

        for index in range(len(self.tokens) - 2):
            joined = self.tokens[index + 1][TEXT].lower() in ("en", "&")
            after_preposition = index > 0 and self.tokens[index - 1][TEXT].lower() in _PLACE_PREPOSITIONS
            if joined and self.tokens[index + 2][TEXT].lower() in _ME and with_me(index) and not after_preposition:
                named[index] = True
                self.add(index, index)
            elif joined and self.tokens[index][TEXT].lower() in _ME and with_me(index + 2):
                named[index + 2] = True
                self.add(index + 2, index + 2)

        for index in range(len(self.tokens) - 2):  # rightwards: "Jan en Aaltje", "Jan, Piet en Klaas"
            if named[index] and self.tokens[index + 1][TEXT].lower() in _LIST_JOINERS and candidate(index + 2):
                named[index + 2] = True
                self.add(index + 2, index + 2)
        for index in range(len(self.tokens) - 1, 1, -1):  # leftwards: "bij Liam, Noor en Sem"
            if named[index] and self.tokens[index - 1][TEXT].lower() in _LIST_JOINERS and candidate(index - 2):
                named[index - 2] = True
                self.add(index - 2, index - 2)

    def said_to_be_a_person(self) -> None:
        """What stands around a word can say it names a person (round scrub21): "Jansen is mijn mentor", "Ter Horst is
        mijn nieuwe stagebegeleider" (is + a possessive + a relation word), "Storm uit mijn klas" (from a group of
        people), "visser, die jongen uit 4A" (an apposition with a word for a person), "visser zei dat ..." and "gister
        zei bakker dat ..." (the one who said it), "heb t aan fleur gevraagd" (the one asked), "naast Visser" (a
        capitalised surname inside a sentence) and "roos de vries" (a first name, particles and a listed surname). Each
        cue is a bounded look at the word's neighbours, so the rule stays linear."""
        for index, token in enumerate(self.tokens):
            if not is_word(token) or has_digit(token):
                continue
            end = token[END]
            relation = _SAID_TO_BE_MY.match(self.text, end)
            said = relation is not None and fold(relation.group("relation").lower()) in self.phrases.relation_words
            # The cues first (a bounded look each), the word's own shape only where one fires: cheaper per token.
            cued = said or _FROM_MY_GROUP.match(self.text, end) or _THAT_PERSON.match(self.text, end) \
                or self.bare_name_before_what_a_person_does(index) or self.capitalised_surname_inside_a_sentence(index) \
                or self.bare_name_after_what_a_person_does(index) or self.told_or_asked(index)
            if cued and not self.inside_protected(index) and self.person_word_shape(index):
                self.add(self.particles_before(index), index)
            elif cued and index > 0 and not self.inside_protected(index) and self.unknown_surname_after_a_first_name(index):
                self.add(index - 1, index)  # "oksana petrenko uit 1C": a listed first name and a surname no list has
            elif not cued and self.lower_first_name_before_particles(index) and not self.inside_protected(index):
                surname = self.particles_then_surname(index + 1)  # "roos de vries van de avondopleiding"
                after = self.tokens[surname + 1][TEXT] if surname is not None and surname + 1 < len(self.tokens) else ""
                if surname is not None and fold(f"{self.tokens[surname][TEXT]} {after}") not in self.lex.not_name_phrases:
                    self.add(index, surname)  # not "dan de albert heijn": a shop

    def called_at_the_start(self) -> None:
        """"jet, kan jij morgen de sleutel halen", "shanice, kan je mijn aantekeningen terugsturen": the first word of the
        message, a comma, then a verb and "je", "jij", "u" or "jullie": the person asked. Only a word a first-name list
        has that is no common word unless a Dutch first name ("sorry, kan je", "broer, heb jij" stay); never a word for
        people or a relation ("mattie, kan je": a friend). A word no list knows is left to the other rules ("hellup, kan
        je": a typo). A look at four tokens: linear (round scrub22)."""
        if len(self.tokens) < 4 or self.tokens[1][TEXT] != "," or not is_word(self.tokens[2]) \
                or self.tokens[3][TEXT].lower() not in ("je", "jij", "u", "jullie"):
            return
        token = self.tokens[0]
        word = token[TEXT]
        if not is_word(token) or len(word) < 3 or word.lower() in _FUNCTION_WORDS or self.never_a_name(token) \
                or self.script(token) != "latin" or fold(word.lower()) in self.phrases.relation_words \
                or fold(word.lower()) in _CHAT_ADDRESS_WORDS \
                or self.a_word_for_people(word) or word.isupper() or self.inside_protected(0):
            return  # not "buddy, kan je", "abla, kan je": a word of address
        lower = word.lower()
        if self.lex.in_first_name_list(lower) and (not self.lex.is_common(lower) or self.lex.is_dutch_first_name(lower)):
            self.add(0, 0)

    def seen_or_spoken_to(self) -> None:
        """"ik heb sanne gezien in de kantine", "hebben jullie kim al gezien?", "heb je lotte gebeld", "ik heb ayaan
        warsame gebeld", "heb gisteren naar dijkstra gemaild": a lower-case name between a form of "hebben" (its subject,
        at most two adverbs, "met" or "naar") and a past participle of meeting someone (namen.persoon_ontmoet): the one
        met. Only a word a first-name list has (no common word unless a Dutch first name), a surname the lists have that
        is no common word, or a first name from the lists with a surname no list knows; not a relation, and not a word
        no list knows on its own, which is as often a firm ("heb mama gebeld", "heb ziggo gebeld" stay) (round
        scrub22). A bounded look around each participle: linear."""
        for index, token in enumerate(self.tokens):
            if index < 2 or fold(token[TEXT].lower()) not in _MET_PARTICIPLES:
                continue
            candidate = index - 1
            for _ in range(2):  # "ik heb hoop gisteren nog gezien"
                if candidate > 0 and self.tokens[candidate][TEXT].lower() in _SEEN_ADVERBS:
                    candidate -= 1
            if candidate < 1 or not self.lower_name_word(candidate):
                continue
            first = candidate - 1 if self.unknown_surname_after_a_first_name(candidate) else candidate
            if first == candidate and not self.met_name_word(candidate):
                continue
            if self.hebben_before(first):
                self.add(first, candidate)

    def pair_opening_a_sentence(self) -> None:
        """"mehmet en tsegay zitten bij mij in de klas", "daan & yonas willen ...": two words joined by "en" or "&"
        opening a sentence before a plural verb of what people do, each a first name or a surname of the lists that is
        no common word, or a word no list knows that is no typo, and at least one of them listed (round 33,
        privacy_dev22/dev23). Products and ordinary words stay ("teams en outlook doen het niet", "brood en kaas zijn
        op"). One look per sentence start: linear."""
        for index in range(len(self.tokens) - 3):
            if index > 0 and self.tokens[index - 1][TEXT].lower() not in _CLAUSE_OPENERS | _GREETINGS:
                continue
            if self.tokens[index + 1][TEXT].lower() not in ("en", "&") \
                    or self.tokens[index + 3][TEXT].lower() not in _PLURAL_PERSON_VERBS:
                continue
            if self.listed_things_of_a_kind(index):
                continue  # "linde en eik zijn bomen"
            # at least one of them a listed name: two words no list knows are as often two systems ("wikiwijs en
            # xedule werken niet")
            if self.a_pair_name(index) and self.a_pair_name(index + 2) \
                    and (self.a_listed_pair_name(index) or self.a_listed_pair_name(index + 2)):
                self.add(index, index)
                self.add(index + 2, index + 2)

    def a_pair_name(self, index: int) -> bool:
        token = self.tokens[index]
        text = token[TEXT]
        if not (is_word(token) and text.isalpha() and self.script(token) == "latin") or self.never_a_name(token) \
                or text.lower() in _FUNCTION_WORDS or text.lower() in _SUBJECT_PRONOUNS or self.lex.is_place(text) \
                or self.a_word_for_people(text) or self.inside_protected(index) or (text.isupper() and not self.all_caps):
            return False
        return self.a_listed_pair_name(index) or self.unknown_name_like(index)

    def a_listed_pair_name(self, index: int) -> bool:
        text = self.tokens[index][TEXT]
        return self.lex.is_first_name(text) or self.lex.is_surname(text) \
            or (self.lex.is_dutch_first_name(text) and not self.lex.is_common(text))

    def person_slots(self) -> None:
        """Where only a person can stand: "kun je vos vragen of ...", "waarom reageert haas niet", "zit bij kim thuis",
        "koning doet weer moeilijk" (opening a clause), "mijn slb'er is van dijk". There a word of the first-name or
        surname lists is a name however ordinary (``listed_name_where_a_person_stands``), and a relation word, pronoun or
        place is not (round 33, privacy_final22 of round 32 as a development set). One bounded regex scan: linear."""
        for match in _PERSON_SLOT.finditer(self.text):
            kind = match.lastgroup
            index = self.index_at(match.start(kind))
            if index is None or self.tokens[index][START] != match.start(kind):
                continue
            if kind == "difficult" and index > 0 and self.tokens[index - 1][TEXT].lower() not in _CLAUSE_OPENERS \
                    and self.tokens[index - 1][TEXT].lower() not in _GREETINGS:
                continue  # "de buurman van storm doet moeilijk", "mijn wolf doet moeilijk": not the word before the verb
            if self.listed_name_where_a_person_stands(self.tokens[index]) and not self.inside_protected(index):
                self.add(index, index)
        for index, token in enumerate(self.tokens[:-2]):
            if token[TEXT].lower() not in ("is", "was") or index < 2 or not self.a_relation_word(self.tokens[index - 1][TEXT]) \
                    or self.tokens[index - 2][TEXT].lower() not in _POSSESSIVE_BEFORE_A_RELATION:
                continue
            if self.particles_and_a_surname(index + 1):
                self.add(index + 1, self.particles_then_surname(index + 1))  # "mijn slb'er is van dijk"

    def asked_to_call(self) -> None:
        """"bel kemal even", "app sanne maar, ...", "vraag jesse of ...": an imperative of calling, texting or asking at a
        clause start, then a lower-case first name (a Dutch one that is no common word, or one of another country's
        list) and "even", "ff", "maar", "dan", "of" or a comma: the person to call (round scrub22). A look at four tokens
        per imperative: linear."""
        for index, token in enumerate(self.tokens[:-2]):
            if token[TEXT].lower() not in _CALL_IMPERATIVES:
                continue
            if index > 0 and self.tokens[index - 1][TEXT].lower() not in _CLAUSE_ENDS | {",", "en", "maar", "of", "dan", "pls", "ff"}:
                continue
            name = self.tokens[index + 1]
            if not self.lower_name_word(index + 1) or self.tokens[index + 2][TEXT].lower() not in _AFTER_THE_ONE_TO_CALL:
                continue
            word = name[TEXT]
            if (self.lex.is_dutch_first_name(word) and not self.lex.is_common(word)) or self.foreign_first_name(name):
                self.add(index + 1, index + 1)

    def hebben_before(self, index: int) -> bool:
        """A form of "hebben" before token ``index``, with at most "met" or "naar", two adverbs and a subject between."""
        position = index - 1
        if position >= 0 and self.tokens[position][TEXT].lower() in ("met", "naar"):
            position -= 1
        for _ in range(2):
            if position >= 0 and self.tokens[position][TEXT].lower() in _SEEN_ADVERBS:
                position -= 1
        if position >= 0 and self.tokens[position][TEXT].lower() in _SUBJECT_PRONOUNS:
            position -= 1
        return position >= 0 and self.tokens[position][TEXT].lower() in _FORMS_OF_HEBBEN

    def lower_name_word(self, index: int) -> bool:
        """A lower-case word that may be (the last part of) a name: no function word, pronoun, relation, place or listed
        non-name."""
        name = self.tokens[index]
        word = name[TEXT]
        return is_word(name) and word.islower() and len(word) >= 3 and word not in _FUNCTION_WORDS \
            and word not in _SUBJECT_PRONOUNS and word not in _SEEN_ADVERBS and not self.never_a_name(name) \
            and self.script(name) == "latin" and fold(word) not in self.phrases.relation_words \
            and not self.a_word_for_people(word) and not self.lex.is_place(word) and not self.inside_protected(index)

    def met_name_word(self, index: int) -> bool:
        """A first name from the lists (no common word unless a Dutch first name) or a listed surname that is no common
        word ("kowalski", "dijkstra"; not "bakker")."""
        word = self.tokens[index][TEXT]
        if self.lex.in_first_name_list(word) and (not self.lex.is_common(word) or self.lex.is_dutch_first_name(word)):
            return not self.lex.is_very_common_english(word)
        return fold(word) in self.lex.surnames and not self.lex.is_known_word(word) and not self.lex.is_not_a_name(word)

    def unknown_surname_after_a_first_name(self, index: int) -> bool:
        """A lower-case word of four letters or more that no list knows, one space after a first name from the lists."""
        token = self.tokens[index]
        word = token[TEXT]
        return word.islower() and len(word) >= 4 and self.script(token) == "latin" and self.unknown_word(token) \
            and not self.never_a_name(token) and not self.stretched_word(word) and not _VERB_FORM_SHAPE.fullmatch(word) \
            and self.first_name_before_a_name(self.tokens[index - 1], token)

    def lower_surname_after_a_preposition(self) -> None:
        """"bij jansen moet je je telefoon inleveren", "bij van dijk inhalen", "kun je dit doorgeven aan de jong?", "zeg
        tegen mulder dat ...": after "bij", "met", "aan", "tegen", "naast" ... a lower-case surname the lists have that
        is no Dutch or English word, a listed surname with its particles (after a lone "de" no common noun: "met de
        boer" stays), or after "tegen" or "aan" any listed surname before "dat" or "of" (round scrub22). A look at five
        tokens per preposition: linear."""
        for index, token in enumerate(self.tokens[:-1]):
            if token[TEXT].lower() not in _BEFORE_A_LOWER_SURNAME:
                continue
            if token[TEXT].lower() == "bij" and index > 0 and fold(self.tokens[index - 1][TEXT].lower()) in _WORK_AT:
                continue  # "stage lopen bij philips": a firm
            first = index + 1
            last = first
            while last < len(self.tokens) - 1 and last - first < 3 and self.is_particle(self.tokens[last]) \
                    and self.tokens[last][TEXT].islower():
                last += 1
            if not self.lower_name_word(last) or self.lex.is_place(self.tokens[last][TEXT]):
                continue
            word = self.tokens[last][TEXT]
            following = self.tokens[last + 1][TEXT].lower() if last + 1 < len(self.tokens) else ""
            if following and following not in _FINITE_VERB_FORMS and (self.a_word_for_people(following)
                                                                    or self.lex.is_only_a_noun(following)):
                continue  # "bij andre vrienden": a word before a noun is an adjective (a typo of "andere") here
            if last == first:
                listed = fold(word) in self.lex.surnames and not self.lex.is_not_a_name(word)
                if listed and (not self.lex.is_known_word(word) or (
                        token[TEXT].lower() in ("tegen", "aan") and following in ("dat", "of"))):
                    self.add(first, last)
                continue
            particles = [self.tokens[position][TEXT] for position in range(first, last)]
            compound = " ".join(particles + [word])
            if fold(compound) not in self.lex.surnames:
                continue
            if particles in (["de"], ["het"]) and self.article_and_a_word(word):
                continue
            if fold(compound) in _namen_words("leverancier_met_achternaam") \
                    and self.folded_words() & _namen_words("leverancier_woord"):
                continue  # "boekenpakket bij van dijk besteld": the book supplier
            self.add(first, last)

    def surname_after_de_or_el(self) -> None:
        """"naar de vries, die moet ...", "ik zoek de groot van de administratie", "el amrani en ik": in lower case a
        surname the lists have with "de" whose last word is no common noun, trade or inflected adjective ("de vries",
        "de groot", "de jong"; "de boer", "de grote", "de smit" stay), or "el" before a word no Dutch or English list
        knows where a person stands ("el clasico" stays). After "de" an adjective is inflected and a noun follows, so
        "de groot" standing alone is the person; not a size chosen or compared ("ik neem de groot", "de groot of de
        klein") or before a plural noun ("de jong volwassenen"). One look per token: linear."""
        for index, token in enumerate(self.tokens[:-1]):
            if token[TEXT] not in ("de", "el"):
                continue
            word = self.tokens[index + 1]
            if not self.lower_name_word(index + 1) or not word[TEXT].isalpha():
                continue
            text = word[TEXT]
            following = self.tokens[index + 2][TEXT].lower() if index + 2 < len(self.tokens) else ""
            if token[TEXT] == "el":
                # "el clasico" is the match: a word no list knows needs a person's place (a title, "met", a verb after)
                titled = index > 0 and fold(self.tokens[index - 1][TEXT].lower()) in self.phrases.title_words
                if len(text) >= 4 and self.unknown_word(word) and not self.lex.is_dutch_word(text) and (
                        fold(text) in self.lex.surnames or titled or self.a_person_around(index)
                        or self.a_person_around(index + 1)):
                    self.add(index, index + 1)
                continue
            # "de smit": with an article a trade is the trade (namen.beroep_als_achternaam)
            if fold("de " + text) not in self.lex.surnames or self.article_and_a_word(text) or text in _TRADE_SURNAMES \
                    or (text in self.lex.dutch_lemmas and text not in self.lex.non_noun_lemmas
                        and self.lex.frequency(text) >= _FREQUENT_NOUN) \
                    or (index > 0 and self.tokens[index - 1][TEXT].lower() in _CHOOSING) or bool(self.sizes_after_de - {text}) \
                    or (following.endswith("en") and following not in _FINITE_VERB_FORMS
                        and following not in _VERBS_AFTER_A_SUBJECT and self.lex.is_known_word(following)) \
                    or (following and (self.lex.is_only_a_noun(following) or self.a_word_for_people(following))):
                continue
            self.add(index, index + 1)

    def trade_surname_without_article(self) -> None:
        """"visser heeft de sleutel", "volgens bakker moet het in tweetallen": a trade that is a common surname
        (data/privacy.yml namen.beroep_als_achternaam), in lower case and without an article, opening a clause before a
        finite verb or after "volgens", "naast" or "tegen": Dutch gives a person's trade an article ("de bakker heeft",
        "volgens de bakker"), so without one it is the person. One look per token: linear."""
        for index, token in enumerate(self.tokens[:-1]):
            if token[TEXT] not in _TRADE_SURNAMES or self.inside_protected(index) or self.fronted_job(index):
                continue  # "brouwer wil ik worden": the trade wanted (round 40)
            previous = self.tokens[index - 1][TEXT].lower() if index else ""
            following = self.tokens[index + 1][TEXT].lower()
            # before what a person does, not "is" or "was": "bakker is een mooi beroep", "kok was mijn droom"
            opens_a_clause = (index == 0 or previous in _CLAUSE_OPENERS) and following in _PERSON_VERBS
            if opens_a_clause or (previous in ("volgens", "naast", "tegen") and following not in _NOT_AFTER_A_TRADE):
                self.add(index, index)

    @functools.cached_property
    def sizes_after_de(self) -> frozenset:
        """The sizes and ages after "de" in the message ("wil je de groot of de klein?", "de jong tegen de oud"): two
        different ones are set against each other. Read once per message."""
        words = [token[TEXT].lower() for token in self.tokens]
        return frozenset(second for first, second in zip(words, words[1:]) if first == "de" and second in _SIZES_AND_AGES)

    def article_and_a_word(self, word: str) -> bool:
        """After a lone "de" or "het" an ordinary phrase, no surname: a word for people, a common noun or Dutch first
        name ("de boer", "de roos"), an inflected adjective ("aan de jonge kant") or a colour ("de wit is op")."""
        return self.a_word_for_people(word) or word.endswith("e") or fold(word.lower()) in _COLOURS \
            or self.lex.is_common(word) and (self.lex.is_only_a_noun(word) or self.lex.is_dutch_first_name(word))

    def full_name_as_subject(self) -> None:
        """"mark janssen heeft mijn usb stick", "ayaan warsame zei dat ...": a lower-case first name from the lists and a
        surname (a listed one that is no common word, or a word no list knows) opening a clause before a finite verb: a
        person (round scrub22). A look at three tokens per clause start: linear."""
        for index in range(len(self.tokens) - 2):
            if index > 0 and self.tokens[index - 1][TEXT].lower() not in _CLAUSE_OPENERS:
                continue
            surname = self.tokens[index + 1]
            if not self.lower_name_word(index + 1) or not self.first_name_before_a_name(self.tokens[index], surname):
                continue
            word = surname[TEXT]
            listed = fold(word) in self.lex.surnames and not self.lex.is_known_word(word)
            if not (listed or self.unknown_surname_after_a_first_name(index + 1)):
                continue
            if self.tokens[index + 2][TEXT].lower() in _VERBS_AFTER_A_SUBJECT:
                self.add(index, index + 1)

    def surname_with_particles_as_subject(self) -> None:
        """"de jong heeft mijn lader nog", "van den heuvel moet nog 20 euro betalen": a surname the lists have with its
        particles, in lower case, opening a clause and followed by a finite verb: the subject, a person. After a lone
        "de" or "het" no common noun, and a rarer one only before what only a person does ("de jong heeft", "de vries
        zei"; "de boer was te laat", "de roos is mooi", "de haas moet medium" stay) (round scrub22). Each clause start
        looks at most five tokens ahead: linear."""
        for index, token in enumerate(self.tokens):
            if not self.is_particle(token) or not token[TEXT].islower():
                continue
            if index > 0 and self.tokens[index - 1][TEXT].lower() not in _CLAUSE_OPENERS:
                continue
            last = index
            while last < len(self.tokens) and last - index < 3 and self.is_particle(self.tokens[last]):
                last += 1
            if last + 1 >= len(self.tokens) or last == index:
                continue
            word = self.tokens[last]
            if not is_word(word) or not word[TEXT].islower() or self.never_a_name(word) or self.inside_protected(last):
                continue
            particles = [self.tokens[position][TEXT] for position in range(index, last)]
            if fold(" ".join(particles + [word[TEXT]])) not in self.lex.surnames:
                continue
            verb = self.tokens[last + 1][TEXT].lower()
            if particles in (["de"], ["het"]) and (self.article_and_a_word(word[TEXT]) or (
                    self.lex.is_only_a_noun(word[TEXT]) and verb not in _ONLY_A_PERSON_DOES)):
                continue  # "de boer was te laat", "de roos is mooi", "de haas moet medium": a noun; "de vries zei": a person
            if verb in _VERBS_AFTER_A_SUBJECT:
                self.add(index, last)

    def person_word_shape(self, index: int) -> bool:
        """A word that can be a name standing alone: capitalised and no ordinary word unless a name list has it, or in
        lower case a first name or surname from the lists; never a function word, a place, a listed non-name, or a word
        after an article or a possessive ("de bakker uit mijn straat", "mijn visser is ...")."""
        token = self.tokens[index]
        word = token[TEXT]
        if word.lower() in _FUNCTION_WORDS or self.never_a_name(token) or self.script(token) != "latin" or len(word) < 2 \
                or (self.a_word_for_people(word) and not self.lex.is_surname(word)):
            return False  # "vrienden uit mijn klas" are people, not a name; "visser, die jongen" is one
        first = self.particles_before(index)
        if self.lex.is_place(word) and (first == index or self.place_at(first)):
            return False  # "Rotterdam is mijn stad", "Den Haag"; "Ter Horst is mijn mentor" is a surname
        if first > 0 and self.tokens[first - 1][TEXT].lower() in _DEFINITE | {"een", "elke", "iedere", "geen"}:
            return False
        if first > 1 and self.tokens[first - 1][TEXT].islower() and self.tokens[first - 2][TEXT].lower() in _DEFINITE | {"een"} \
                and self.tokens[first - 1][TEXT] not in _PREPOSITIONS_BEFORE_A_PERSON:
            return False  # "een echte bakker uit de buurt": an adjective between the article and the word ("ik heb het
            # aan fleur gevraagd": "het" is the object, "aan" a preposition)
        if self.capitalised(token):
            return not word.isupper() and (not self.lex.is_known_word(word) or self.lex.in_name_list(word)
                                           or self.lex.is_surname(word))
        if first < index:  # "van dijk is mijn mentor", "de jong uit mijn klas": a surname the lists have with particles
            compound = " ".join(self.tokens[position][TEXT] for position in range(first, index + 1))
            return word.islower() and (self.lex.ends_a_surname(word) or fold(compound) in self.lex.surnames)
        return word.islower() and self.lex.in_name_list(word) and not self.lex.is_very_common_english(word)

    def bare_name_before_what_a_person_does(self, index: int) -> bool:
        """"visser zei dat de toets morgen is": a lower-case name word opening a clause, without an article, right
        before a verb only a person does, and no subject pronoun after that verb ("hoop vond ik ..." is inverted)."""
        token = self.tokens[index]
        if not token[TEXT].islower() or index + 1 >= len(self.tokens):
            return False
        if index > 0 and self.tokens[index - 1][TEXT] not in _CLAUSE_ENDS | {",", "en", "maar", "want"}:
            return False
        if self.tokens[index + 1][TEXT].lower() not in _ONLY_A_PERSON_DOES:
            return False  # not "heeft", "is": "storm heeft veel schade gedaan en hij ..." (a masculine noun is "hij" too)
        after = self.tokens[index + 2][TEXT].lower() if index + 2 < len(self.tokens) else ""
        return after not in _IMPERATIVE_HAS_NO and after not in ("er", "men")

    def lower_first_name_before_particles(self, index: int) -> bool:
        """A lower-case first name, no ordinary word unless a Dutch first name ("roos", not "om" or "dan"), with a
        particle after it: where a surname with particles may follow."""
        token = self.tokens[index]
        word = token[TEXT]
        return word.islower() and index + 1 < len(self.tokens) and self.is_particle(self.tokens[index + 1]) \
            and word not in _FUNCTION_WORDS and word not in _HEDGES and word not in _ADVERBS_AFTER_RELATION \
            and word not in ("dan", "toen", "zo") and self.lex.in_first_name_list(word) \
            and (not self.lex.is_common(word) or self.lex.is_dutch_first_name(word)) \
            and not self.lex.is_very_common_english(word)

    def bare_name_after_what_a_person_does(self, index: int) -> bool:
        """"gister zei bakker dat ...", "toen vroeg jesse of ...": the verb first (a clause opened by a time word), then a
        lower-case name word without an article, then "dat", "of" or a comma: the one who said it."""
        token = self.tokens[index]
        if not token[TEXT].islower() or index == 0 or index + 1 >= len(self.tokens):
            return False
        word = token[TEXT]
        if word in _FUNCTION_WORDS or word in _HEDGES or word in _ADVERBS_AFTER_RELATION \
                or not (self.lex.in_first_name_list(word) or fold(word) in self.lex.surnames):
            return False  # "ik weet alleen dat ...": an adverb after the verb
        return self.tokens[index - 1][TEXT].lower() in _SPEECH_VERBS \
            and self.tokens[index + 1][TEXT].lower() in ("dat", "of", ",", "me", "mij", "ons", "tegen", "net", "vandaag")

    def told_or_asked(self, index: int) -> bool:
        """"heb t aan fleur gevraagd", "kan iemand tegen mosterd zeggen dat ...": a lower-case name word after "aan",
        "tegen" or "met", then a verb of telling, asking or giving (namen.vertellen_vragen): the one told or asked."""
        token = self.tokens[index]
        if not token[TEXT].islower() or index == 0 or index + 1 >= len(self.tokens):
            return False
        return self.tokens[index - 1][TEXT].lower() in ("aan", "tegen", "met") \
            and fold(self.tokens[index + 1][TEXT].lower()) in _TELLING_WORDS

    def capitalised_surname_inside_a_sentence(self, index: int) -> bool:
        """"ik zat naast Visser in de les", "Bakker en Visser zitten naast me", "volgens Jansen": inside a sentence a Dutch
        noun is written in lower case, so a capitalised word the surname lists have is a surname where a person stands:
        after "naast", "met", "tegen", "volgens" ..., before what only a person does, or listed with another capitalised
        surname. Brands, publishers and courses are surnames too ("bonen van Hak", "licentie van Malmberg", "voor Kok
        niveau 3"), so "van", "bij" and "voor" are no such place; a public figure's surname ("Wilders en Timmermans")
        and a message in capitals, in title case or in English are left alone."""
        token = self.tokens[index]
        if index == 0 or not self.capitalised(token) or token[TEXT].isupper() or not self.listed_surname(token) \
                or self.a_figure_talked_about(token):
            return False
        previous = self.tokens[index - 1]
        if not is_word(previous) or previous[TEXT] in _CLAUSE_ENDS or previous[TEXT][0].isupper() or self.all_caps \
                or self.text[previous[END]:token[START]].strip() \
                or (self.lex.is_very_common_english(previous[TEXT]) and not self.lex.is_dutch_word(previous[TEXT])):
            return False  # "from Spain"; "met Visser" is Dutch ("met" is an English word too)
        if self.mostly_capitalised() or self.part_of_a_thing(index) or self.lex.is_place(token[TEXT]):
            return False
        if index + 1 < len(self.tokens) and is_word(self.tokens[index + 1]) and self.capitalised(self.tokens[index + 1]) \
                and not self.lex.in_name_list(self.tokens[index + 1][TEXT]):
            return False  # "met Black Friday": the first word of a named thing
        following = self.tokens[index + 1][TEXT].lower() if index + 1 < len(self.tokens) else ""
        after_next = self.tokens[index + 2] if index + 2 < len(self.tokens) else None
        listed = (previous[TEXT].lower() in _LIST_JOINERS and index >= 2 and self.listed_surname(self.tokens[index - 2])
                  and self.capitalised(self.tokens[index - 2])) \
            or (following in _LIST_JOINERS and after_next is not None and self.capitalised(after_next)
                and self.listed_surname(after_next) and not self.a_figure_talked_about(after_next))
        return previous[TEXT].lower() in _BESIDE_A_PERSON or following in _ONLY_A_PERSON_DOES or listed \
            or self.a_persons_lesson_or_mail(index)

    def a_persons_lesson_or_mail(self, index: int) -> bool:
        """"les van Boukhari", "de mail van Nowicki": after "van" and a lesson, a mail or a message, a capitalised surname
        of the lists that is no Dutch or English word (a brand the lists know as no name stays: "mail van Coolblue")
        (round 34, privacy_dev24)."""
        token = self.tokens[index]
        return index >= 2 and self.tokens[index - 1][TEXT] == "van" \
            and self.tokens[index - 2][TEXT].lower() in _A_PERSONS_THINGS \
            and not self.lex.is_dutch_word(token[TEXT]) and not self.lex.is_english_word(token[TEXT])

    @functools.cached_property
    def _capitalised_share(self) -> Tuple[int, int]:
        words = [token for token in self.tokens if is_word(token)]
        return sum(1 for token in words if token[TEXT][0].isupper()), len(words)

    def mostly_capitalised(self) -> bool:
        """More than half of the words capitalised (a title, a list of names): read once per message, so linear."""
        capitals, words = self._capitalised_share
        return capitals * 2 > words

    def listed_surname(self, token: Token) -> bool:
        """In the surname lists, however ordinary the word is too ("Visser", "Bakker")."""
        return is_word(token) and fold(token[TEXT]) in self.lex.surnames and not self.lex.is_not_a_name(token[TEXT])

    def a_figure_talked_about(self, token: Token) -> bool:
        """A listed public figure's last word ("Wilders", "Smit") in a message about public figures (a word of sport or
        stage, a figure named in full) or beside another figure's last word ("Wilders en Timmermans"); "naast Smit in
        de les" is a classmate."""
        word = fold(token[TEXT])
        if word not in _figure_last_names(self.lex.public_figures):
            return False
        return self.about_public_figures(word) or bool(self._capitalised_figure_last_names - {word})

    @functools.cached_property
    def _capitalised_figure_last_names(self) -> frozenset:
        """The capitalised words of the message that are a public figure's last word: read once per message."""
        last_names = _figure_last_names(self.lex.public_figures)
        return frozenset(fold(token[TEXT]) for token in self.tokens if is_word(token) and token[TEXT][:1].isupper()) \
            & last_names

    def particles_before(self, index: int) -> int:
        """The first token of a surname whose particles stand before token ``index`` ("Ter Horst", "van dijk")."""
        first = index
        while first > 0 and index - first < 3 and self.is_particle(self.tokens[first - 1]):
            first -= 1
        if first == index:
            return index
        opens = first == 0 or self.tokens[first - 1][TEXT] in _CLAUSE_ENDS | {","}
        if not (opens or self.tokens[first][TEXT][0].isupper()):
            return index  # "ik heb het van Storm gehoord": "van" is the preposition there, not a particle
        return first

    def unknown_word_beside_a_name(self) -> None:
        """"bij Wiktoria [NAAM] in de groep", "ik ben [NAAM] wiśniewska", "hodan [NAAM] en ...": a word that no list knows
        at all (no Dutch or English word, no town, no product), right before or after a name found, is the rest of that
        name. Capitalised before a name any such word; in lower case a word of four letters or more that is no chat word
        ("gwn", "hahah") and no verb form made from an app ("[NAAM] appte me", "geappt") (round scrub22)."""
        starts = {start for start, _ in self.spans}
        ends = {end for _, end in self.spans}
        for index, token in enumerate(self.tokens):
            named = token[TEXT] == NAME
            if index > 0 and (named or token[START] in starts):
                before = self.tokens[index - 1]
                if (self.unknown_next_to_a_name(before, token) and (before[TEXT].isascii() or not before[TEXT].islower())) \
                        or self.first_name_before_a_name(before, token):  # not "Moja córka [NAAM]": a word in Polish
                    self.spans.append((before[START], token[END]))
            if index + 1 < len(self.tokens) and (named or token[END] in ends):
                after = self.tokens[index + 1]
                if self.unknown_next_to_a_name(token, after, after=True):
                    self.spans.append((token[START], after[END]))

    def typo_of_a_known_word(self, word: str) -> bool:
        """"gezein", "mischien", "lapotp": two neighbouring letters swapped or one letter too many in a word the lists know
        (at most 2n lookups, asked only for a word next to a name)."""
        lower = word.lower()
        variants = {lower[:cut] + lower[cut + 1] + lower[cut] + lower[cut + 2:] for cut in range(len(lower) - 1)}
        variants |= {lower[:cut] + lower[cut + 1:] for cut in range(len(lower))}
        return any(len(variant) >= 3 and (self.lex.frequency(variant) or self.lex.is_dutch_word(variant))
                   for variant in variants - {lower})

    def ends_in_a_relation(self, word: str) -> bool:
        """A compound no list has that ends in a relation word: "stagebaas", "ex-man", "schoonzus"."""
        folded = fold(word.lower())
        return any(folded[-length:] in self.phrases.relation_words for length in range(3, min(len(folded), 20) + 1))

    def first_name_before_a_name(self, before: Token, name: Token) -> bool:
        """"roos [NAAM] uit 4B", "storm [NAAM] heeft ...": a lower-case first name from the lists (no common word unless a
        Dutch first name; no relation, no function word) one space before a name found is its first name."""
        word = before[TEXT]
        return before[END] + 1 == name[START] and is_word(before) and word.islower() and len(word) >= 3 \
            and word not in _FUNCTION_WORDS and word not in _HEDGES and word not in _ADVERBS_AFTER_RELATION \
            and not self.never_a_name(before) and fold(word) not in self.phrases.relation_words \
            and not self.a_word_for_people(word) and self.lex.in_first_name_list(word) \
            and (not self.lex.is_common(word) or self.lex.is_dutch_first_name(word)) \
            and not self.lex.is_very_common_english(word) and word not in _CALL_IMPERATIVES and word not in _FINITE_VERB_FORMS

    def unknown_next_to_a_name(self, left: Token, right: Token, after: bool = False) -> bool:
        """The word (``right`` when ``after``, else ``left``) stands one space from the other and no list knows it. The
        lists first, the costlier shape checks only for a word they do not know, each word judged once per message: a
        100 KB run of names stays well inside a second (tests/privacy/test_linear_time.py)."""
        word_token = right if after else left
        if left[END] + 1 != right[START] or self.text[left[END]] != " " or not is_word(word_token):
            return False
        word = word_token[TEXT]
        if word.isupper() or self.script(word_token) != "latin" or self.never_a_name(word_token) \
                or word.lower() in _FUNCTION_WORDS or self.is_particle(word_token):
            return False
        if self.capitalised(word_token):
            return len(word) >= 3 and self.unknown_to_every_list(word)
        if len(word) < 4 or not word.islower():
            return False
        if word not in self._unknown_lower_words:
            self._unknown_lower_words[word] = self.unknown_to_every_list(word) and not (
                self.stretched_word(word) or _VERB_FORM_SHAPE.fullmatch(word) or not _VOWEL.search(word)
                or fold(word) in _CHAT_ADDRESS_WORDS or self.ends_in_a_relation(word) or self.typo_of_a_known_word(word))
        # not "thnx [NAAM]", "mijn stagebaas [NAAM]", "mijn ex-man [NAAM]", "Emre kanka", "Ali gezein"
        return self._unknown_lower_words[word]

    def unknown_to_every_list(self, word: str) -> bool:
        """No frequency list, lemma index, English list, gazetteer or compound rule knows the word."""
        return not (self.lex.frequency(word) or self.lex.is_dutch_word(word) or self.lex.is_english_word(word)
                    or self.lex.is_place(word) or self.lex.is_dutch_compound(word))

    def scrub(self) -> str:
        self.after_phrases()
        self.anywhere()
        self.by_shape_and_place()
        self.opens_with_met()
        self.public_figure_after_a_relation()
        self.last_line()
        self.introduces_self()
        self.said_to_be_a_person()
        self.called_at_the_start()
        self.seen_or_spoken_to()
        self.asked_to_call()
        self.person_slots()
        self.pair_opening_a_sentence()
        self.surname_with_particles_as_subject()
        self.full_name_as_subject()
        self.lower_surname_after_a_preposition()
        self.surname_after_de_or_el()
        self.trade_surname_without_article()
        self.coordinated()
        self.mentioned_again()
        self.unknown_word_beside_a_name()
        if not self.spans:
            return self.text
        merged: List[List[int]] = []
        for start, end in sorted(self.spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        pieces, position = [], 0
        for start, end in merged:
            pieces.append(self.text[position:start])
            pieces.append(NAME)
            position = end
        pieces.append(self.text[position:])
        return "".join(pieces)


def _without_marks(word: str) -> str:
    """The word with its diacritics left off and its case kept ("Çelik" -> "Celik"); ASCII words as they are."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return unicodedata.normalize("NFC", "".join(char for char in decomposed if not unicodedata.combining(char)))


def _singulars(word: str) -> List[str]:
    """The singulars a Dutch plural may have ("bomen" -> "boom", "talen" -> "taal", "bloemen" -> "bloem", "vogels" ->
    "vogel", "druiven" -> "druif"), with the word itself: the spelling rules, no dictionary."""
    forms = [word]
    if word.endswith("s") and len(word) > 3:
        forms.append(word[:-1])
    if word.endswith("en") and len(word) > 4:
        stem = word[:-2]
        stem = stem[:-1] + {"v": "f", "z": "s"}.get(stem[-1], stem[-1])
        forms.append(stem)
        if stem[-1] == stem[-2]:
            forms.append(stem[:-1])  # "zussen" -> "zus"
        if len(stem) >= 3 and stem[-2] in "aeou" and stem[-3] not in "aeiou" and stem[-1] not in "aeiou":
            forms.append(stem[:-1] + stem[-2] + stem[-1])  # "bomen" -> "boom", "stenen" -> "steen"
    return forms


@functools.lru_cache(maxsize=4)
def _phrase_regex(phrases_: tuple) -> regex.Pattern:
    return regex.compile(r"(?<![\p{L}\p{M}\d])(?:" + "|".join(regex.escape(p) for p in phrases_) + r")(?![\p{L}\p{M}\d])")


# ", zo noemt iedereen me", ", zo noemen ze mij", ", zeggen ze": what people call someone, said after the name.
# Words between "is" and "een" in a definition ("Jade is toch een edelsteen?").
_HEDGES = {"toch", "ook", "eigenlijk", "gewoon", "niet", "echt", "wel", "nou", "nu"}
# "een boom van een vent": what the noun is used about.
_A_GUY = {"vent", "meid", "gast", "jongen", "kerel", "gozer", "wijf", "man", "vrouw", "meisje", "kind"}
# What people do to others, right after "<Naam> is een <ding>," ("Mark is een dier, slaat iedereen").
_DOING_TO_OTHERS = {"slaat", "schopt", "pest", "scheldt", "dreigt", "schreeuwt", "duwt", "bijt", "trapt", "stalkt", "roept",
                    "lacht", "praat", "liegt", "steelt", "jat", "zegt", "doet", "beledigt", "bedreigt", "sloeg", "schopte"}
# The singular of a plural for people ("bakkers", "leraren" -> "leraar" is not reached; "pianisten", "leerlingen").
_PERSON_PLURAL_STEMS = ("er", "ist", "ling", "genot", "genoot", "ent", "ant")
_PERSON_NOUN_ENDINGS = ("er", "ër", "aan", "ees", "ist", "iet", "ling", "ent", "ant", "aar", "houder", "komer", "lim", "iër",
                        "isch", "se", "ische", "aanse", "ese", "ier")
_CALLED_AFTER = re.compile(r"(?i)\s{0,2}(?:zo\s(?:noem(?:t|en)|heet|zeggen)|noem\sme|zeggen\sze|iedereen\snoemt)(?!\w)")

def _listed_words(key: str) -> frozenset:
    """A word list of data/privacy.yml ``namen`` as written (lower case, not folded), read once at import; refused when
    it is not a list of words."""
    settings = (yaml.safe_load(SETTINGS_FILE.read_text(encoding="utf-8")) or {}).get("namen", {}) or {} \
        if SETTINGS_FILE.exists() else {}
    words = settings.get(key)
    if not isinstance(words, list) or not words or not all(isinstance(word, str) and word.strip() for word in words):
        raise ValueError(f"{SETTINGS_FILE.name}: namen.{key} must be a list of words")
    return frozenset(word.strip() for word in words)


_INSTITUTIONS = _listed_words("instelling_woord")
# Weather given a name: "storm Eunice", "orkaan Katrina", "hurricane Milton" ("Storm" capitalised is a given name too).
# What a name can be the name of besides a person ("de naam van ons leerbedrijf", "van mijn hond"), also as the end
# of a compound ("bloemenwinkel", "stagebedrijf", "voetbalclub") (round scrub15).
_NAMED_THING_HEADS = (
    "bedrijf", "winkel", "zaak", "salon", "restaurant", "cafe", "bakkerij", "kwekerij", "boerderij", "band", "team",
    "club", "vereniging", "app", "game", "boot", "schip", "merk", "product", "hond", "kat", "poes", "paard", "konijn",
    "huisdier", "cavia", "hamster", "vis", "auto", "stichting", "project", "kraam", "praktijk", "lunchroom", "website",
    "kanaal", "server", "bureau", "studio", "school", "opleiding", "lied", "nummer", "liedje", "album", "boek", "film",
    "serie", "robot", "chatbot", "bot", "computer", "laptop", "fiets", "scooter", "keten", "firma", "onderneming",
)
_SAINT = regex.compile(r"(?<![\p{L}\p{M}\d-])(?:Sint|Sinte|St\.)[-\s]{1,2}\p{Lu}[\p{L}\p{M}]{1,30}(?![\p{L}\p{M}\d])")
_STORM_NAME = regex.compile(r"(?<![\p{L}\p{M}\d-])(?:Storm|Orkaan|Hurricane|Tyfoon|Typhoon)\s{1,2}(?P<given>\p{Lu}[\p{L}\p{M}]{1,30})(?![\p{L}\p{M}\d])")
_STORM_WORDS = _listed_words("storm_woord")
_TELLING_WORDS = _listed_words("vertellen_vragen")
# "ik heb kim gezien": the participles of meeting someone, the forms of "hebben" and the subjects between them.
_MET_PARTICIPLES = _listed_words("persoon_ontmoet")
_SCHOOL_SUBJECTS = _listed_words("schoolvak")
_WORK_AT = _listed_words("werk_bij")
_TRADE_SURNAMES = _listed_words("beroep_als_achternaam")
_ROLE_ABBREVIATIONS = _listed_words("afkorting_in_samenstelling")
# Possessives that open a letter after its greeting ("Geachte heer, mevrouw, Onze zoon ..."): see possessive_opening_a_sentence.
_POSSESSIVES_OPENING = frozenset({"onze", "ons", "uw", "jouw", "mijn", "m'n", "zijn", "haar", "hun"})
# Greetings and slang that follow a name and a comma ("Hoi [NAAM], ewa alles goed?"): no second name of a list.
_LIST_SLANG = frozenset({"ewa", "ewaa", "wollah", "wallah", "walla", "mattie", "matti", "broer", "bro", "sahbi", "khoya",
                         "habibi", "yo", "yoo", "ey", "oi", "salam", "selam", "salaam", "shalom", "merhaba", "lan", "bae"})
_SHOPS_WITH_A_NAME = _listed_words("winkel_met_naam")
# "de X" with a noun this frequent is the noun ("de haas is snel", "de vos"); rarer ones are surnames ("de vries").
_FREQUENT_NOUN = 500
# "ik neem de groot": a size chosen at a counter.
_CHOOSING = {"neem", "neemt", "nemen", "kies", "kiest", "kiezen", "bestel", "bestelt", "bestellen", "pak", "pakt"}
_SIZES_AND_AGES = {"klein", "middel", "medium", "oud", "groot", "jong"}
# After "volgens bakker" a word that makes the trade a course or a kind ("volgens kok niveau 2", "tegen boer zoekt vrouw").
_NOT_AFTER_A_TRADE = {"niveau", "opleiding", "zoekt", "-"}
_CALL_IMPERATIVES = _listed_words("bel_aan")
_AFTER_THE_ONE_TO_CALL = _listed_words("na_wie_je_belt")
# Words of address in chat ("buddy, kan je", "Emre kanka gaat mee"), colours ("de wit is op") and jobs after a title
# ("meneer directeur"): first-name lists have some of them, yet they are no name there (round scrub22, review r30).
_CHAT_ADDRESS_WORDS = _listed_words("chat_aanspreekwoord")
_COLOURS = _listed_words("kleur")
_JOBS_AFTER_A_TITLE = _listed_words("beroep_na_titel")
_FORMS_OF_HEBBEN = _listed_words("vorm_van_hebben")
_SUBJECT_PRONOUNS = _listed_words("onderwerp_voornaamwoord")
_SEEN_ADVERBS = _listed_words("bijwoord_bij_ontmoeten")
_SPEECH_VERBS = _listed_words("werkwoord_van_zeggen")
_LIST_JOINERS = {",", "en", "&", "of"}
# What a public figure is, right before their name ("zanger ...", "rapper ...") or after a list of them.
_PUBLIC_ROLES = _listed_words("publieke_rol")
# After a list only the words for recording artists: "Daan en Sem zijn goede voetballers / acteurs" are as
# often classmates (in the school team, the school play).
_PUBLIC_ROLES_PLURAL = _listed_words("publieke_rol_meervoud")
_PRAISE = {"goeie", "goede", "beste", "leuke", "toffe", "mooie", "grote", "favoriete", "coole", "vette", "echte", "slechte",
           "bekende", "nederlandse", "great", "good", "best"}
# Works whose maker is named after "van" ("een roman van ..."). Only kinds a classmate seldom makes:
# not "boek", "nummer", "foto", "verhaal", "film", "lied", "video": "het verhaal van Sanne", "de film van
# Daan" are as often a classmate's (a leaked video, gossip) as an artist's.
_WORKS = _listed_words("werk_van_maker")
# Kinds of work whose title may follow them straight after an article ("de film Kees de Jongen", "het boek Koning van
# Katoren"): a title, not a person.
_TITLED_WORKS = _listed_words("werk_met_titel")
_QUOTES = {"'", "\"", "’", "”", "'.", "“"}
_INSTITUTION_END = re.compile(r"(?i)\w{3}(?:fonds|stichting|college|school|museum|centrum|ziekenhuis|kliniek|academie|huis)$")
# A word that ends like a street is a street, also after "Dr." or "Sint" ("Dr. Struyckenstraat").
# The writer's own thing before a word of sport or stage ("mijn trainer", "ons elftal"): not a public context; on folded
# text, so "m'n" may have lost its apostrophe.
_OWN_THING = re.compile(r"\b(?:mijn|mn|m'n|m n|ons|onze)\s+\w+")
_STREET_NAME = re.compile(r"(?i)\w{2}(?:straat|laan|plein|gracht|kade|singel|dreef|steeg|straße|strasse)$")
_ARABIC_NAME_SHAPE = re.compile(r"^(?:Abd(?:ul|el|al|oel|ou|u|ur|ol)?|Abu|Abou)[a-z]{3,}$|^(?:A[lnrstdz]|E[lnrstdz])-[A-Z][a-z]{2,}$")
_INTRODUCED_FROM = {"from", "uit", "van", "hier", "here"}
_POSSESSIVES = {"mijn", "m'n", "mn", "onze", "ons"}
# Round 32: what only a person does with words, after a name that is a word too ("vos zegt", "haas reageert niet").
_ONLY_A_PERSON_SAYS = frozenset({"zegt", "zei", "vroeg", "vraagt", "vertelde", "vertelt", "appte", "appt", "belde", "belt",
                                 "mailde", "mailt", "reageert", "reageerde", "snapt", "snapte", "weet", "wist", "vindt",
                                 "vond", "antwoordt", "antwoordde", "negeert", "liegt", "scheldt", "beweert", "eist"})
# "abrehet is mijn zus", "yordanos was onze mentor", "... is de mentor van ...".
_POSSESSIVE_BEFORE_A_RELATION = frozenset({"mijn", "m'n", "mn", "onze", "ons", "zijn", "haar", "z'n", "zn", "je", "jouw",
                                           "hun", "de"})
# At most this many typo checks (about 60 word lookups per letter) per text: enough for any real message (capped at
# 2000 characters), bounded for a hostile one (review r32).
_TYPO_CHECKS = 20
# Before a thing, words that make it someone's or a known one: "de fiets van iris" is Iris's bike.
_DEFINITE = {"de", "het", "die", "dat", "deze", "dit", "mijn", "m'n", "mn", "jouw", "je", "zijn", "z'n", "haar", "onze", "ons",
             "hun", "jullie", "uw"}
# Before a thing without an article, words that leave it bare ("ik hou van jam van peer", "met stoelen van riet").
_BEFORE_A_BARE_THING = {"van", "met", "zonder", "uit"}
# Where a clause ends for the look around "<ding> van <woord>".
_CLAUSE_ENDS = {".", "!", "?", ";", "\n", ":"}
_SUBORDINATORS = {"dat", "omdat", "als", "of", "wanneer", "toen", "terwijl", "doordat", "zodat", "hoewel", "nadat", "voordat",
                  "sinds", "zolang", "tenzij", "die", "wie", "waar"}  # not "want": a main clause follows it
# After a sign-off: a group, a class, a school or a wish, no person ("Bij voorbaat dank, Groep 8", "Alvast bedankt, Fijne
# dag") (round 38, review r38d).
_NO_SIGNER = frozenset({"team", "afdeling", "sectie", "groep", "klas", "brugklas", "basisschool", "opleiding", "school",
                        "aula", "fijne", "hopelijk", "tweedejaars", "eerstejaars", "derdejaars", "vierdejaars"})
_GREETINGS = {"hoi", "hey", "hee", "hai", "hallo", "hello", "hi", "yo", "joe", "jo", "hoii", "heey", "ey", "goedemorgen", "goedemiddag",
              "goedendag", "goedenavond", "goeiemorgen", "goeiemiddag", "goeienavond", "goeiedag"}
# Adverbs that may stand between a relation word and its verb ("mijn zus ook zit ..."): not a name.
_ADVERBS_AFTER_RELATION = {"zelf", "ook", "alleen", "nu", "toen", "dan", "dus", "eigenlijk", "gewoon", "wel", "niet", "nog",
                           "al", "echt", "die", "thuis", "daar", "hier", "soms", "altijd", "nooit", "vaak", "trouwens",
                           "gisteren", "vandaag", "morgen", "vroeger", "laatst", "eerst", "later", "straks", "net", "pas",
                           "ooit", "meestal", "zelfs", "helaas", "namelijk", "juist", "gister", "vanochtend", "vanavond",
                           # the review of scrub8: adverbs that stand there as often ("mijn moeder misschien komt ook")
                           "misschien", "blijkbaar", "waarschijnlijk", "natuurlijk", "zeker", "vast", "opeens", "ineens",
                           "weer", "nooit", "elke", "iedere", "steeds", "telkens", "ondertussen", "inmiddels", "sowieso",
                           "tegenwoordig", "daarom", "toch", "ook", "vanmiddag", "vannacht", "overmorgen", "eergisteren",
                           "binnenkort", "regelmatig", "zo", "erg", "heel", "best", "ongeveer", "bijna", "meteen"}
_ME = {"ik", "mij", "me"}
_GROUPS = _listed_words("groep_van_personen")
# Particles that are prepositions first: only before a capital are they part of a surname ("in 't Veld").
_PREPOSITION_PARTICLES = {"in", "op"}
# The articles after which "in" or "op" opens a surname ("in 't Veld", "op den Akker").
_ARTICLE_PARTICLES = {"'t", "’t", "de", "den", "der", "het", "ten", "ter"}
# Verbs that open a question about a person ("kan jade ook mee?", "mag sem morgen ook komen?") and the words after the
# person in it.
_QUESTION_VERBS = {"kan", "mag", "mocht", "moet", "wil", "gaat", "komt", "zal", "kunnen", "mogen"}
_AFTER_A_QUESTIONED_PERSON = {"ook", "mee", "niet", "nog", "morgen", "vandaag", "wel", "alsnog", "dan"}
_PERSONAL_PRONOUNS = {"hij", "zij", "ze", "hem", "haar"}
_CLASS_WORDS = {"klas", "mijn", "onze", "jullie", "de", "het", "groep", "jaar", "leerjaar"}
# Plural verbs after a pair with "ik" ("ik en rahwa hebben ...", "ik en jasper zitten ..."): see beside_me_in_a_pair.
_PAIR_VERBS = {
    "zitten", "hebben", "zijn", "willen", "gaan", "moeten", "kunnen", "mogen", "doen", "werken", "wonen", "delen",
    "lopen", "komen", "maken", "zoeken", "snappen", "waren", "hadden", "wilden", "gingen", "moesten", "konden",
    "geven", "spreken", "staan",
}
# How only a person is, right after "is" or "was" ("kübra is ziek"): not what an app or a system is (traag, kapot, offline).
# Not "beter", "verhuisd", "geboren", "opgenomen", "geslaagd", "gezakt": clubs, brands, apps, coins and events are
# compared, move, start, fall and succeed (reviews r37, r37c).
_HOW_ONLY_A_PERSON_IS = frozenset({"ziek", "jarig", "zwanger", "overleden", "bevallen", "getrouwd", "gescheiden",
                                   "afwezig", "verliefd", "verdrietig", "ongesteld", "geschorst", "ziekgemeld"})
# After a lower-case first name and surname opening a clause ("rami alhassan en ik", "meron tesfay is ziek") (round 37).
_AFTER_A_PERSON_PAIR = frozenset({"en", "is", "was", "uit"})
# What only people do, as a plural verb or a plural verb and the word after it ("zitten samen", "geven les", "doen
# mee"): see pair_of_unknown_names. Tools work, have a fault and give errors too, so those verbs need the word after
# them. Not "willen" or "hebben geen": apps and shops "willen niet laden" and "hebben geen update" (review r35).
_PAIR_PERSON_VERBS = {"snappen", "snapten", "spreken", "wonen", "woonden"}
_PAIR_VERB_WITH = {
    "zitten": {"samen", "allebei", "beiden", "naast", "zonder", "thuis"},
    # "semhar en haben hebben allebei geen internet" (round 37): both of them; "hebben geen" alone a system says too
    "hebben": {"allebei", "beiden", "samen"},
    "zaten": {"samen", "allebei", "beiden", "naast", "zonder", "thuis"},
    "geven": {"les", "lessen", "uitleg"},
    "doen": {"mee"},
}


def _people_do(verb: str, then: str) -> bool:
    return verb in _PAIR_PERSON_VERBS or then in _PAIR_VERB_WITH.get(verb, ())


# What a person does in the sentence right after their name ("kees zegt", "Roos zei", "georgi komt").
_PERSON_VERBS = {
    "zegt", "zei", "vroeg", "vraagt", "vertelde", "vertelt", "appte", "appt", "belde", "belt", "mailde", "mailt",
    "komt", "kwam", "mag", "wil", "wilde", "heeft", "had", "moet", "moest", "kan", "kon", "gaat", "ging", "doet",
    "deed", "zit", "zat", "reageert", "snapt", "weet", "wist", "vindt", "vond", "woont", "werkt", "stuurde",
    "zoekt", "zocht", "helpt", "hielp", "wacht", "leert",  # "mn maatje tesfay zoekt ook een laptop" (round scrub22)
}
# What only a person does, right after a given name that is a month or a word too ("Mei reageert niet"): not "komt",
# "gaat", "heeft", "is", "zit" or a modal verb ("Mei heeft 31 dagen", "Mei kan ik niet", "Mei zit vol met toetsen").
_ONLY_A_PERSON_DOES = {"zegt", "zei", "vroeg", "vraagt", "vertelde", "vertelt", "appte", "appt", "belde", "belt", "mailde",
                       "mailt", "reageert", "reageerde", "snapt", "snapte", "weet", "wist", "vindt", "vond", "woont",
                       "werkt", "stuurde", "stuurt", "antwoordt", "antwoordde", "lacht", "huilt", "pest",
                       "negeert", "liegt", "scheldt", "slaat"}
# What a month or a season does ("Mei komt eraan", "Zomer gaat voorbij", "Mei is bijna om"): after a given name that is a
# word too (namen.voornaam_ook_woord) the word is that month or season, however "zij" goes on (review scrub11 S4).
_TIME_PASSES = re.compile(
    r"(?i)(?:komt|kwam)\s{1,3}(?:er\s{0,3}aan|dichterbij|snel|zo|bijna|weer)(?!\w)"
    r"|(?:gaat|ging|vliegt|vloog)\s{1,3}(?:voorbij|snel|om)(?!\w)"
    r"|(?:is|was)\s{1,3}(?:(?:bijna|al|weer|zo)\s{1,3})?(?:voorbij|om|afgelopen|begonnen|gestart|koud|warm|heet|nat|lang|kort|druk)(?!\w)"
    r"|(?:begint|begon|duurt|duurde|eindigt)(?!\w)")
# How a parent says a child is, right after the child's name ("onze Storm heeft koorts", "is ziek", "blijft thuis").
_A_CHILDS_STATE = re.compile(
    r"(?i)(?:heeft|had)\s{1,3}(?:(?:erge|hoge|weer|al|nog)\s{1,3})?(?:koorts|griep|hoofdpijn|buikpijn|oorpijn|keelpijn|corona|"
    r"covid|waterpokken|een\s{1,3}(?:afspraak|ongeluk|hersenschudding|gebroken))(?!\w)"
    r"|(?:is|was)\s{1,3}(?:(?:erg|weer|al|nog|niet|vandaag|gisteren|ook)\s{1,3})?(?:ziek|jarig|geboren|gevallen|verkouden|misselijk|"
    r"afwezig|geschorst|opgenomen|geopereerd)(?!\w)"
    r"|(?:blijft|bleef)\s{1,3}(?:(?:vandaag|morgen|vanmiddag|deze\s{1,3}week|even)\s{1,3})?thuis(?!\w)"
    r"|(?:kan|komt|kon|kwam)\s{1,3}(?:vandaag|morgen|vanmiddag|deze\s{1,3}week)\s{1,3}niet(?!\w)")
# What is said of a place right after its name: where it lies (a capitalised place or country), or that it is a town.
_A_PLACE_FOLLOWS = re.compile(
    r"\s{1,3}(?:(?:ligt|lag)\s{1,3}(?:(?:ook|aan\s{1,3}de\s{1,3}kust|helemaal|in\s{1,3}het\s{1,3}(?:noorden|zuiden|oosten|westen)|"
    r"aan\s{1,3}de\s{1,3}\w{3,20})\s{1,3})?(?:in|bij|van)\s{1,3}(?P<where>[A-Z][\w'-]{2,30})"
    r"|(?:is|was)\s{1,3}(?:(?:de|een)\s{1,3})?(?:(?:mooie|grote|kleine|oude|beroemde|Franse|Italiaanse|Engelse|Duitse|Spaanse|"
    r"Amerikaanse|Australische)\s{1,3})?(?:hoofdstad|stad|wereldstad|havenstad|dorp|land|eiland|provincie|deelstaat|regio|streek)"
    r"(?!\w)(?!\s{1,3}(?:van\s{1,3})?(?:een|de)\s{1,3}(?:vent|meid|gast|jongen|kerel|meisje)))")
# What may follow "<Place> ligt in <land>" or "<Place> is de stad/het land": the end of the clause, "van", "aan" or a
# defining word, or "in <land>" after the noun ("Sydney is een stad in Australië"); never "in gegaan", "uit gezet",
# "in het ziekenhuis", "begraven" (review s22 M1). Fixed-length look-ahead.
_AFTER_A_PLACE = re.compile(
    r"\s{0,3}(?:$|[.,!?;:)\n]|(?:van|aan|en|met|die|dat|waar|tussen|vlakbij|dichtbij|toch)(?!\w)"
    r"|in\s{1,3}(?:het\s{1,3}(?:noorden|zuiden|oosten|westen)\s{1,3}van\s{1,3}|de\s{1,3})?(?P<country>[A-Z][\w'-]{2,30})\s{0,3}(?:$|[.,!?;:)\n]))")


@functools.lru_cache(maxsize=1)
def _place_countries() -> dict:
    """data/privacy.yml namen.plaats_ligt_in: folded place -> the folded countries and regions it lies in."""
    places = {}
    for entry in _namen_words("plaats_ligt_in"):
        place, _, countries = entry.partition(":")
        if not countries.strip():
            raise ValueError(f"{SETTINGS_FILE.name}: namen.plaats_ligt_in entries are 'Place: country, ...'")
        places[place.strip()] = frozenset(country.strip() for country in countries.split(",") if country.strip())
    return places


@functools.lru_cache(maxsize=2)
def _figure_surnames(figures: frozenset, particles: frozenset) -> frozenset:
    """"van dijk", "de ligt": the part of a listed public figure's name from its first particle on."""
    found = set()
    for figure in figures:
        words = figure.split()
        for position in range(1, len(words) - 1):
            if words[position] in particles:
                found.add(" ".join(words[position:]))
                break
    return frozenset(found)


@functools.lru_cache(maxsize=1)
def _figure_last_names(figures: frozenset) -> frozenset:
    """The last words of the listed public figures with more than one word ("wilders", "timmermans")."""
    return frozenset(figure.split()[-1] for figure in figures if " " in figure)


@functools.lru_cache(maxsize=1)
def _namen_settings() -> dict:
    """data/privacy.yml ``namen``, parsed once (about 0.25 s: each word list read on its own re-parsed the whole file the
    first time it was used, in the middle of a student's message)."""
    return (yaml.safe_load(SETTINGS_FILE.read_text(encoding="utf-8")) or {}).get("namen", {}) or {} \
        if SETTINGS_FILE.exists() else {}


@functools.lru_cache(maxsize=None)
def _namen_words(key: str) -> frozenset:
    """A word list of data/privacy.yml ``namen`` read as folded words; refused when it is not a list of words."""
    value = _namen_settings().get(key) or []
    if not isinstance(value, list) or not all(isinstance(word, str) and word.strip() for word in value):
        raise ValueError(f"{SETTINGS_FILE.name}: namen.{key} must be a list of words")
    return frozenset(fold(word.strip()) for word in value)


# "Mark het als klaar", "Mark die mail als gelezen": what a task or mail is marked as (review s22 M2).
_MARKED_AS = {"klaar", "gedaan", "gelezen", "af", "voltooid", "belangrijk", "ongelezen", "afgerond"}
# Subjects that an imperative's clause does not have ("Mark dat vind ik niet leuk", "Mark die ken je toch").
# Councils written in capitals ("de MR vergadert"): after "de"/"het" no title before a name (review scrub17 B2).
_COUNCILS = {"MR", "GMR", "OR", "PR"}
# "de meest voorkomende achternaam van Nederland": a superlative before the cue makes "van <land>" where, not a surname
# (review scrub17 S1); "mijn achternaam is van Aruba" keeps the cue.
_SUPERLATIVE_BEFORE_CUE = re.compile(
    r"(?i)(?<!\w)(?:meest\s(?:voorkomende|gebruikte|gegeven|populaire|bekende)|populairste|bekendste|vaakst\s\w{1,12}|"
    r"meestvoorkomende|langste|kortste|raarste|mooiste|gekste|leukste|typische|typisch\s\w{1,12}|"
    r"grootste|oudste|vaakste)\s{1,2}$")
_IMPERATIVE_HAS_NO = {"ik", "jij", "je", "hij", "zij", "ze", "we", "wij", "jullie", "u"}
# What marks a caller after "Met <Voornaam Achternaam>" opening a line, even when the pair is a public figure (review s22 S4).
_CALLER_MARK_AFTER_A_FIGURE = re.compile(
    r"[ \t]{0,3}(?:$|[,.!:;(\n-]|(?:hier|van|uit|namens|moeder|vader|mama|papa|ouder|verzorger)(?!\w)"
    r"|(?:de|het)\s{1,3}(?:moeder|vader|mama|papa|ouder|verzorger|mentor|docent)(?!\w))", re.IGNORECASE)
# "mijn docent is ", "onze buurman heet ": a relation word owned by someone and "is/heet" right before a name.
_RELATION_IS_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:mijn|m'n|mn|onze|ons|je|jouw|zijn|z'n|haar|hun)\s{1,3}(?P<relation>\w{2,20})\s{1,3}"
    r"(?:is|was|heet|heette|:)\s{0,3}$")
# What a storm does, right after its name ("storm Noor raasde over het land", "orkaan Sandy trok over ..."): bounded.
_WEATHER_AFTER = re.compile(
    r"(?i)\s{0,3},?\s{0,3}(?:raasde|raast|waaide|waait|trekt|trok|teisterde|teistert|nadert|naderde|woedde|woedt|blies|"
    r"bereikte|bereikt|zorgde\s{1,3}voor|zorgt\s{1,3}voor|veroorzaakte|veroorzaakt|kwam\s{1,3}aan\s{1,3}land|"
    r"code\s{1,3}(?:geel|oranje|rood)|windkracht|met\s{1,3}windstoten)(?!\w)")
_BESIDE_A_PERSON = _listed_words("voorzetsel_bij_persoon")
# Endings of Ukrainian, Polish, Belarusian, Armenian and Turkish surnames as typed in Latin letters ("kovalenko",
# "kravchuk", "kowalczyk", "nowakowski", "petrosyan", "yilmazoglu"): the lists hold Ukrainian ones in Cyrillic only.
_SURNAME_ENDING = re.compile(r"\w{3}(?:enko|chuk|czuk|czyk|wicz|vich|owski|ewski|owska|ewska|yan|oglu|oğlu)$")
# A finite verb the subject follows in a question or after an adverb ("misschien kan yousra het printen", "waarom krijgt
# dunya wel een laptop"): a first name of another country's list right after it, and then an object or an adverb of
# _AFTER_AN_INVERTED_SUBJECT, is that subject (round 36). Not after "is", "gaat" or "komt", and not before "ook als" or
# an adjective: "morgen is bayram", "is zelda leuk op de switch", "kan darija ook als taal tellen" (review r36b).
_VERB_BEFORE_ITS_SUBJECT = frozenset({"kan", "kon", "mag", "mocht", "moet", "moest", "wil", "wilde", "zal", "zou",
                                      "krijgt", "kreeg"})
_AFTER_AN_INVERTED_SUBJECT = frozenset({"het", "mijn", "mn", "m'n", "me", "mij", "wel", "niet", "nog", "dat", "dit",
                                        "een", "zijn", "haar", "geen"})
# What an app or a school system never does, after a word no list knows that opens a clause (unknown_name_as_a_subject):
# telling, laughing, crying, bullying, hitting, promising (round 36). Not "zegt", "vraagt", "mailt", "reageert", "werkt",
# "weet", "vond", "snapt", "negeert", "liegt": "zermelo zegt dat mijn wachtwoord fout is", "shazam vond het liedje niet",
# "flitsmeister weet waar de flitsers staan", "strava liegt over mijn afstand" (reviews r36, r36b, r36c).
_ONLY_PEOPLE_DO_THIS = frozenset({"vertelde", "vertelt", "lacht", "lachte", "huilt", "huilde", "pest", "pestte",
                                  "scheldt", "schold", "slaat", "sloeg", "beloofde", "belooft"})
# After "<name> heeft me/mij": what a person does to someone, not an app, a firm or a care service ("uitgelogd",
# "geblokkeerd", "geblokt", "gemaild", "gebeld", "geholpen", "belogen": "lentis heeft me gebeld voor een intake", "tumblr
# heeft me geblokt", "ryanair heeft me belogen"; reviews r36, r36b, r36c).
_DONE_TO_ME_BY_A_PERSON = frozenset({"uitgelachen", "geslagen", "gepest", "uitgescholden", "bedreigd", "gedumpt",
                                     "ontvolgd", "ontvriend", "gezoend", "geduwd", "geschopt"})
# Before a person written in lower case (a foreign first name or a surname no list knows as a word).
_BEFORE_A_PERSON_AROUND = {"met", "aan", "tegen", "naast", "van", "en", "&", "zei", "zegt", "vroeg", "bij", "voor",
                           "volgens", "zonder", "wil", "moet", "naar", "via", "door"}
_PREPOSITIONS_BEFORE_A_PERSON = _BESIDE_A_PERSON | {"van", "bij", "voor", "door", "over", "op", "in", "uit", "na", "om"}
# A verb form made in chat from an app or a word no list has ("appte", "geappt", "facetimede"): never the rest of a name.
_VOWEL = re.compile(r"[aeiouyàáâäèéêëìíîïòóôöùúûü]")
_VERB_FORM_SHAPE = re.compile(r"ge\w{2,60}[td]|\w{2,60}(?:te|de|ten|den)")
# After a name: "is mijn (nieuwe) mentor", "was onze trainer" (its relation word checked against namen.relatie).
_SAID_TO_BE_MY = re.compile(
    r"(?i)\s{1,3}(?:is|was)\s{1,3}(?:mijn|m'n|mn|onze|ons)\s{1,3}(?:(?:nieuwe|oude|beste|vorige|eigen|echte|andere|"
    r"enige|leukste|favoriete)\s{1,3})?(?P<relation>[\w-]{2,24})(?!\w)")
# After a name: from the writer's own group of people ("uit mijn klas", "uit ons team").
_FROM_MY_GROUP = re.compile(
    r"(?i)\s{1,3}uit\s{1,3}(?:(?:mijn|m'n|mn|onze|ons|jouw|je)\s{1,3}(?:klas|groep|team|jaar|leerjaar|opleiding|"
    r"stagegroep|projectgroep|elftal|ploeg|straat|buurt|flat)(?!\w)"  # not "uit de buurt": "Marokkanen uit de buurt"
    r"|(?:klas\s{1,3})?\d[a-z]{1,2}\d?(?!\w))")  # a class code: "oksana petrenko uit 1C", "roos visser uit klas 4B"
# After a name: an apposition with a word for a person ("visser, die jongen uit 4A", "noor, dat meisje van de bus").
_THAT_PERSON = re.compile(
    r"(?i)[ \t]{0,2},[ \t]{0,3}(?:die|dat|de|onze|mijn|m'n|mn)\s{1,3}(?:jongen|meisje|gast|meid|vent|gozer|kerel|man|vrouw|"
    r"docent|leraar|lerares|mentor|trainer|coach|collega|klasgenoot|klasgenote|buurjongen|buurmeisje|stagebegeleider)(?!\w)")
_FINITE_AFTER_A_SUBJECT = {"is", "was", "moet", "staat", "heeft", "gaat", "wordt", "kan", "mag", "zit", "ligt", "komt", "zijn",
                           "moeten", "staan", "hebben", "gaan", "worden", "werkt", "klopt"}
_PAST_AFTER_A_SUBJECT = {"had", "zat", "ging", "kwam", "deed", "wil", "wou", "wilde", "kon", "moest", "mocht", "zal", "zou",
                        "doet", "heb", "zegt", "zei"}
# "van meneer was letterlijk ...": a verb that is a noun too ("was") is no surname after a title.
_FINITE_VERB_FORMS = _FINITE_AFTER_A_SUBJECT | _PERSON_VERBS | _ONLY_A_PERSON_DOES | _PAST_AFTER_A_SUBJECT
# "sinds ik bij sanne woon", "toen ik bij daan sliep": staying at someone's, the verb after the person (round 37).
_STAYING_AT_SOMEONES = frozenset({"woon", "woonde", "slaap", "sliep", "logeer", "logeerde", "verblijf", "verbleef", "blijf",
                                  "bleef", "zit", "zat", "ben", "was", "eet", "at", "werk", "werkte"})
# A name opening a clause is its subject when one of these follows ("de jong heeft", "mark janssen zei").
_VERBS_AFTER_A_SUBJECT = _FINITE_AFTER_A_SUBJECT | _ONLY_A_PERSON_DOES | _PAST_AFTER_A_SUBJECT
_CLAUSE_OPENERS = _CLAUSE_ENDS | {",", "en", "maar", "want"}
_BEFORE_A_LOWER_SURNAME = _BESIDE_A_PERSON | {"bij"}
# Where only a person stands (person_slots): asked or told through someone, not reacting, at someone's home, being
# difficult (not "doet raar": a heart, a dog or a server does that too, review r33 S1). Each alternative starts at a word
# start with bounded repeats: linear.
_PERSON_SLOT = re.compile(
    r"(?i)(?<![\w\[])(?:"
    r"(?:kun|kan|kunt|wil|zou|zal)\s{1,3}(?:je|jij|u|jullie)\s{1,3}(?P<ask>[^\W\d_]{2,30})\s{1,3}(?:even\s{1,3}|ff\s{1,3})?"
    r"(?:vragen|mailen|appen|bellen|laten\s{1,3}weten)"
    r"|(?:waarom|wanneer|hoezo)\s{1,3}(?:reageert|antwoordt|belt|mailt|appt|zegt)\s{1,3}(?P<why>[^\W\d_]{2,30})\s{1,3}"
    r"(?:niet|nooit|nog|nou|dan)"
    r"|bij\s{1,3}(?P<home>[^\W\d_]{2,30})\s{1,3}thuis"
    r"|(?P<difficult>[^\W\d_]{2,30})\s{1,3}doet\s{1,3}(?:(?:weer|zo|echt|altijd|heel|nogal|best|super)\s{1,3}){0,2}"
    r"(?:moeilijk|lastig|vervelend|kinderachtig|gemeen)"
    r")(?![\w])")
# What two people opening a sentence do (pair_opening_a_sentence): plural finite verbs.
_PLURAL_PERSON_VERBS = frozenset({"zitten", "zaten", "hebben", "hadden", "willen", "wilden", "zijn", "waren", "geven", "gaven",
                                  "doen", "deden", "komen", "kwamen", "gaan", "gingen", "kunnen", "konden", "mogen", "mochten",
                                  "moeten", "moesten", "wonen", "woonden", "werken", "werkten", "zoeken", "zochten", "delen",
                                  "reageren", "zeggen", "zeiden", "snappen", "weten", "wisten", "vinden", "vonden", "lopen",
                                  "slapen", "helpen", "hielpen", "spelen", "leren", "studeren", "appen", "appten"})
# Above this frequency a noun of the name lists is no name where a person stands ("dan", "nu", "man", "huis", "groot").
_NOUN_AS_NAME_MAX = 60_000
# What a person does to the one who writes, after a name that opens a sentence (word_name_opening_a_sentence): "gaf ons",
# "heeft me", "laat mij" (round 33).
_DOES_TO_ME = frozenset({"heeft", "had", "gaf", "geeft", "laat", "liet", "stuurde", "stuurt", "belde", "belt", "appte",
                         "mailde", "zette", "zet", "helpt", "hielp"})
_CORRECTED_NAME = re.compile(r"(?i)(?<!\w)of\s{1,3}(?:was|heette|is)\s{1,3}(?:het|ze|hij)(?:\s{1,3}nou)?\s{1,3}")
# Words one is told to say, never a nickname after "zeg maar (gewoon)".
_SAID_NOT_CALLED = {"nee", "ja", "nou", "oké", "oke", "ok", "okay", "prima", "sorry", "dag", "hoi", "doei", "niks", "niets", "iets",
                    "dat", "dit", "het", "alles", "stop", "hallo", "bedankt", "dankjewel", "tot", "misschien", "jawel", "neen"}
# The particles of separable verbs ("Fleur je verslag op": opfleuren).
_SEPARABLE_PARTICLES = {"op", "af", "uit", "in", "aan", "mee", "door", "om", "over", "weg", "terug", "bij", "na", "toe", "voor",
                        "neer", "vast", "los", "samen", "open", "dicht"}
# Letters of Turkish, Polish, Czech, Romanian, Vietnamese ... that Dutch words do not have: a capitalised word
# with one of them that no Dutch list knows is a name ("Kübra", "Sevgül", "Łukasz").
# Matched on the lower-cased word, case-sensitively: with IGNORECASE "ı" would match every "i".
_FOREIGN_LETTERS = re.compile(r"[ğşıçąęłńśźżćřčšžťňůățșőűñãõâêôơưđ\u0300-\u036f\u1ea0-\u1ef9üöåøæ]")
_ENGLISH_PRONOUNS = {"you", "I", "i", "we", "they", "he", "she", "it"}
# "in Den Bosch en ik ...": after these, a capitalised word is a place or a thing.
_PLACE_PREPOSITIONS = {"in", "naar", "uit", "bij", "op", "van", "voor", "door", "via", "den", "de", "het"}
_AFTER_A_LONE_NAME = {"", ",", ".", "!", "en", "uit", "van", "\n", "hier", "(", "-"}
# What a club or a firm has ("galatasaray heeft z'n trainer ontslagen"; review r37b): not a person's own thing.
_STAFF_OF_A_CLUB_OR_FIRM = frozenset({"trainer", "coach", "spits", "keeper", "speler", "spelers", "selectie", "directeur",
                                      "ceo", "voorzitter", "personeel", "medewerkers", "klanten", "prijzen", "app",
                                      "website", "winkels", "fans", "stadion"})
_VOWEL_GROUPS = re.compile(r"[aeiouyàáâäèéêëìíîïòóôöùúûü]+")
# After a relation word and a name no list knows: where the person is or what they have ("bij tante fatoumata in huis")
# (round 37). Not "is", "op", "thuis": "mijn broer srsly is", "mijn moeder altyd thuis" are slang and typos (review r37).
_AFTER_A_KIN_NAME = _AFTER_A_LONE_NAME | {"?", "in", "bij", "woont", "heeft"}
_ARTICLES = {"de", "het", "een", "the", "a", "an", "onze", "ons", "bij", "naar", "via", "le", "la", "in"}
# Capitalised at the start of a clause, never a surname after a first name.
# Before an owner a possessive cannot follow: an article makes it a thing ("de laptop z'n scherm"), a joiner makes
# "zijn" a plural verb ("Tim en Ferhat zijn ziek") (round 34).
_ARTICLES_AND_JOINERS = frozenset({"de", "het", "'t", "een", "die", "dat", "deze", "dit", "en", "&", "of", "mijn", "mn",
                                   "m'n", "je", "jouw", "onze", "ons", "zijn", "haar", "hun"})
# What a teacher or another person gives or sends: "les van Boukhari", "mail van Haddou" (round 34).
_A_PERSONS_THINGS = frozenset({"les", "lessen", "mail", "mailtje", "e-mail", "email", "bericht", "berichtje", "appje",
                               "appjes", "opdracht", "cijfer", "cijfers", "feedback", "nakijkwerk", "uitleg"})
# An article or "zo" right before a word: "het beste", "de beste", "zo beste" are no greeting "Beste Kim" (round 34).
_ARTICLE_BEFORE = re.compile(r"(?i)(?<!\w)(?:het|de|'t|een|the|zo|wel)\s{1,3}$")

# Said after "mijn zus heet" when no name follows: "heet ook zo", "heet anders", "heet eigenlijk ..." (round 34).
_NO_NAME_AFTER_HEET = {
    "ook", "zo", "anders", "eigenlijk", "echt", "gewoon", "niet", "nog", "toch", "trouwens", "officieel", "net",
    "hetzelfde", "precies", "ongeveer", "dus", "nu", "tegenwoordig", "voluit", "zoals", "hoe", "wat", "het", "dat",
    "die", "dit", "ik", "je", "jij", "u", "hij", "ze", "zij", "we", "wij", "jullie", "de", "een", "en", "of", "maar",
}

_FUNCTION_WORDS = {
    "om", "rond", "tot",  # "bij de dokter om 9 uur": a preposition after a title, no name (round 31)
    "ene",  # "gesproken met ene Storm": "a certain", before the name (round 33)
    "ik", "je", "jij", "u", "hij", "zij", "ze", "wij", "we", "jullie", "mijn", "mn", "de", "het", "een", "en",
    "of", "maar", "want", "dus", "is", "was", "ben", "heb", "dat", "die", "dit", "wat", "wie", "waar", "hoe",
    "wanneer", "kan", "kun", "mag", "moet", "wil", "hoi", "hallo", "hey", "dag", "beste", "graag", "bedankt",
    "dank", "groetjes", "groet", "mvg", "liefs", "ps", "tel", "mail", "email", "adres", "klas", "tel.",
}


# "Kevin Oosterhuis, [GEBOORTEDATUM]": a first name and a capitalised word right before a date of birth are the
# person whose birthday it is (a form filled in).
_NAME_BEFORE_BIRTHDAY = re.compile(
    r"(?<![\w\[])(?P<first>[A-Z][a-zà-ÿ'-]{1,30})\s(?:(?:van|de|der|den|ter|ten)\s){0,2}[A-Z][a-zà-ÿ'-]{1,30}(?=,?\s(?:\(|geb\.?\s)?\[GEBOORTEDATUM\])"
)

# "shanice pinas, geboren [GEBOORTEDATUM]", "romano wijngaarde, 19 jaar, geboren ...": a listed first name and one more word
# in lower case opening a line, then a comma and "geboren" or an age before the date of birth (round 34).
_LOWER_NAME_OPENING_A_FORM = re.compile(
    r"(?m)^[ \t]{0,3}(?P<first>[a-zà-ÿ][a-zà-ÿ'-]{1,30})\s(?:(?:van|de|der|den|ter|ten)\s){0,2}[a-zà-ÿ][a-zà-ÿ'-]{1,30}"
    r"(?=,\s(?:geboren|geb\.?|\d{1,2}\sjaar)(?!\w)[^\n\[]{0,30}\[GEBOORTEDATUM\])"
)


@functools.lru_cache(maxsize=1)
def _file_name_pattern() -> "re.Pattern[str]":
    """A file name with one of the extensions of data/privacy.yml namen.bestandsextensies: parts of letters and digits
    joined by "_", "-", "." or "+" (bounded: at most eight parts of at most 40 characters)."""
    extensions = "|".join(sorted((re.escape(word) for word in _namen_words("bestandsextensies")), key=len, reverse=True))
    return re.compile(r"(?<![\w.@/\\-])(?P<stem>[^\W_]{1,40}(?:[_.+-]{1,2}[^\W_]{1,40}){0,7})\.(?i:" + extensions + r")(?![\w-])")


_FILE_NAME_PART = re.compile(r"[^\W\d_]+|\d+|[_.+-]+")
_CAMEL_PARTS = re.compile(r"[A-ZÀ-Þ]?[a-zß-ÿ]+|[A-ZÀ-Þ]+(?![a-zß-ÿ])")


def _scrub_file_names(text: str) -> str:
    """"cv_daan.pdf" -> "cv_[NAAM].pdf", "Sollicitatiebrief-Fatima-El-Amrani.docx" -> "Sollicitatiebrief-[NAAM].docx",
    "BrievenSanneBakker.docx": a part of a file name that a first-name or surname list has and that is no ordinary
    word, with the particles and unknown capitalised parts after it (the surname), is a name. Round scrub17: names in
    attachments leaked, since a file name is one token for the other rules."""
    lex = lexicon()
    particles = phrases().particles

    def is_name(part: str) -> bool:
        if len(part) < 2 or part.lower() in _FUNCTION_WORDS or lex.is_not_a_name(part):
            return False
        listed = lex.in_first_name_list(part) or lex.is_surname(part) or lex.is_first_name(part)
        return listed and not lex.is_common(part) and not (lex.is_english_word(part.lower()) and not lex.is_first_name(part))

    def replace(match: "re.Match[str]") -> str:
        stem = match.group("stem")
        parts: List[str] = []
        for piece in _FILE_NAME_PART.findall(stem):
            parts.extend(_CAMEL_PARTS.findall(piece) if piece.isalpha() and not piece.islower() and not piece.isupper()
                         else [piece])
        if "".join(parts) != stem:
            return match.group(0)
        out: List[str] = []
        position = 0
        while position < len(parts):
            part = parts[position]
            if part.isalpha() and is_name(part):
                last = position
                probe = position + 1
                while probe < len(parts) and probe - position <= 8:  # the surname: particles, then a capitalised or listed part
                    if not parts[probe].isalpha() and parts[probe] in ("_", "-", ".", "+"):
                        probe += 1
                        continue
                    word = parts[probe]
                    if word.isalpha() and (fold(word) in particles or is_name(word)
                                           or (word[:1].isupper() and not lex.is_dutch_word(word) and not lex.is_english_word(word.lower()))):
                        last = probe
                        probe += 1
                        continue
                    break
                while last > position and fold(parts[last]) in particles:
                    last -= 1
                out.append(NAME)
                position = last + 1
                continue
            out.append(part)
            position += 1
        return "".join(out) + match.group(0)[len(stem):]

    return _file_name_pattern().sub(replace, text)


# "Kidane Berhe is mijn naam", "sanne de wit is my name": the words right before "is mijn naam" (round 38,
# privacy_final27 of round 37 as a development set). Which of them are the name is judged word by word from the end.
_BEFORE_IS_MY_NAME = re.compile(
    r"(?i)(?<![\w'’])(?P<words>[^\W\d_][\w'’-]{0,30}(?:[^\S\n][^\W\d_][\w'’-]{0,30}){0,3})"
    r"(?=[^\S\n](?:is|was)[^\S\n](?:mijn|m'n|mn|me|my)[^\S\n](?:voornaam|achternaam|roepnaam|volledige[^\S\n]naam|naam|"
    r"name|first[^\S\n]name|last[^\S\n]name|full[^\S\n]name)(?=[^\S\n]{0,2}(?:[.,!;:\n]|$|[^\S\n](?:en|maar|want|and)(?![\w'’]))))"
)
_BEFORE_A_THING = frozenset({"op", "in", "bij", "van", "uit", "aan", "naar", "met", "de", "het", "een", "on", "in", "at"})


def _name_before_is_my_name(match: "re.Match[str]") -> str:
    """The last words before "is mijn naam" that can be a name: a name of the lists or a word that is not an ordinary
    one, with particles between them ("de", "van der"); stops at a function word or an ordinary word ("dat", "want",
    "hallo"), so "dat is mijn naam" and "hallo want Sanne is mijn naam" keep their other words."""
    lex, particles = lexicon(), phrases().particles
    words = re.split(r"([^\S\n])", match.group("words"))
    tokens = words[::2]
    first = len(tokens)
    for position in range(len(tokens) - 1, -1, -1):
        word = tokens[position]
        folded = fold(word.lower())
        if folded in particles and first < len(tokens):
            first = position
            continue
        # "Roos Bakker", "Lief Jansen": a capitalised first name that is also a word, right before the name found so far
        listed_first = word[:1].isupper() and first < len(tokens) and (
            lex.in_first_name_list(word) or lex.is_dutch_first_name(word)
            or folded in {fold(name.lower()) for name in _namen_words("voornaam_ook_woord")})
        if folded in _FUNCTION_WORDS or lex.is_not_a_name(word) or not (
                listed_first or lex.is_first_name(word) or lex.is_surname(word)
                or not (lex.is_common(word) or lex.is_known_word(word))):
            break
        first = position
    while first < len(tokens) and fold(tokens[first].lower()) in particles:
        first += 1  # "de" opening the phrase is an article ("de naam")
    if first == len(tokens) or (first > 0 and fold(tokens[first - 1].lower()) in _BEFORE_A_THING):
        return match.group(0)  # "in de klassenlijst is mijn naam fout", "op Smartschool is mijn naam ...": a thing
    return "".join(words[:2 * first]) + NAME


# "Ik, Yonas Ghebremedhin, verklaar dat ...": a statement signed at its top, the name between commas after "ik" (round 40,
# privacy_final29). Not "ik, eerlijk gezegd, ..." or "Ik, Zorgstudent, heb een vraag" (review r40p): see _signed_statement.
_SIGNED_STATEMENT = re.compile(
    r"(?<![\w'’])(?:[Ii]k|IK),[^\S\n]{1,2}(?P<name>[^\W\d_][\w'’-]{1,30}(?:[^\S\n][^\W\d_][\w'’-]{1,30}){0,3}),(?=[^\S\n]{1,2}\w)"
)


def _signed_statement(match: "re.Match[str]") -> str:
    """Two or more capitalised words that no Dutch list has ("Yonas Ghebremedhin", "Fatma El Idrissi" with its particle),
    or one word that a name list has and no Dutch word is ("noura", "Sevgi"); a role, a filler or an ordinary word
    stays ("Zorgstudent", "Ehm", "eerlijk gezegd")."""
    lex, particles = lexicon(), phrases().particles
    words = match.group("name").split()
    names = [word for word in words if fold(word.lower()) not in particles]

    def ordinary(word: str) -> bool:
        return lex.is_dutch_word(word) or lex.is_dutch_compound(word) or lex.is_not_a_name(word) \
            or fold(word) in phrases().what_a_person_is or word.lower() in _FUNCTION_WORDS \
            or fold(word) in _LIST_SLANG or fold(word) in _CHAT_ADDRESS_WORDS

    whole = fold(" ".join(words))
    if whole in lex.public_figures or whole in lex.not_name_phrases:
        return match.group(0)  # "Ik, Max Verstappen, ben de beste", "Ik, Albert Heijn, zoek personeel" (review r40q)

    if len(names) >= 2 and all(word[:1].isupper() for word in names) and not any(
            ordinary(word) and not lex.in_name_list(word) for word in names):
        return match.group(0)[:match.start("name") - match.start()] + NAME + ","
    if len(words) == 1 and (lex.is_first_name(words[0]) or lex.is_surname(words[0])) and not ordinary(words[0]):
        return match.group(0)[:match.start("name") - match.start()] + NAME + ","
    return match.group(0)


def scrub_names(text: str) -> str:
    text = _BEFORE_IS_MY_NAME.sub(_name_before_is_my_name, text)
    text = _SIGNED_STATEMENT.sub(_signed_statement, text)
    if "." in text:
        text = _scrub_file_names(text)
    if "[GEBOORTEDATUM]" in text:
        lex = lexicon()
        text = _NAME_BEFORE_BIRTHDAY.sub(lambda m: NAME if lex.is_first_name(m.group("first"))
                                         and fold(m.group(0)) not in lex.not_name_phrases else m.group(0), text)
        text = _LOWER_NAME_OPENING_A_FORM.sub(lambda m: m.group(0)[:m.start("first") - m.start()] + NAME
                                              if lex.is_first_name(m.group("first"))
                                              and fold(m.group(0).strip()) not in lex.not_name_phrases else m.group(0), text)
    return _Reader(text, lexicon(), phrases()).scrub()
