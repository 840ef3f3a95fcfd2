"""Scoring the privacy filter on labelled message sets (shared by `make bench-privacy` and the pytest floor).

A set is YAML with two lists:
  personal: - {text, items: [{type, value}]}   value: an exact substring of text
  everyday: - {text, keep: [...]}               keep: tokens whose meaning must survive

Sets (tests/privacy/): ``dev_set.yml`` and ``dev_set2.yml`` (each written blind from the same spec by
someone who had not read the filter; the filter was tuned on both) and ``blind_heldout.yml`` (written blind too, added and run by the lead; never read by
whoever tunes the filter). Held-out results are reported as figures only, never message by message.

How an item counts as caught (both on the normalised text, bot/privacy/normalise.py, case-insensitive):
1. its value no longer occurs in the output, and
2. no identifying piece of it survives: a piece is a run of 3+ digits, or a run of 2+ letters that is not
   an ordinary Dutch word (lexicon.COMMON) or a name particle ("van", "de"). A piece "survives" when the
   output has it as a whole token more often than the input has it outside all personal items (so
   "gmail" in "ik heb geen gmail" does not count against an e-mail address).
An everyday message counts as changed when the output has a placeholder the input did not have (any
replacement counts), or when one of its ``keep`` tokens (normalised) is no longer in the output.
"""
from __future__ import annotations

import re
import statistics
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional

import yaml

from bot.privacy.lexicon import lexicon
from bot.privacy.normalise import normalise

ROOT = Path(__file__).resolve().parents[2]
DEV_SET = ROOT / "tests" / "privacy" / "dev_set.yml"
DEV_SET2 = ROOT / "tests" / "privacy" / "dev_set2.yml"
HELDOUT_SET = ROOT / "tests" / "privacy" / "blind_heldout.yml"
TYPES = ("name", "phone", "email", "iban", "bsn", "address", "date_of_birth", "handle", "student_number", "other_id")
_PARTICLES = {"van", "de", "der", "den", "ter", "ten", "het", "el", "al", "bin", "ben", "la", "le", "da", "du",
              "at", "punt", "dot", "com", "nl", "nr",
              # Forms of address and titles say nothing about who it is ("mevr. [NAAM]" keeps the person hidden);
              # "mevrouw" and "meneer" are common words already.
              "mevr", "mw", "mvr", "dhr", "hr", "mr", "mrs", "ms", "miss", "drs", "dr", "ir", "ing", "prof"}
_PIECES = re.compile(r"\d{3,}|[^\W\d_]{2,}")


class SetError(ValueError):
    """The set file does not have the expected shape; the message says where."""


def load_set(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    personal, everyday = data.get("personal") or [], data.get("everyday") or []
    for number, entry in enumerate(personal, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("text"), str) or not entry.get("items"):
            raise SetError(f"{path.name}: personal item {number} needs text and items")
        for item in entry["items"]:
            if item.get("type") not in TYPES:
                raise SetError(f"{path.name}: personal item {number}: unknown type {item.get('type')!r}")
            if str(item.get("value")) not in entry["text"]:
                raise SetError(f"{path.name}: personal item {number}: value {item.get('value')!r} is not in the text")
    for number, entry in enumerate(everyday, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("text"), str):
            raise SetError(f"{path.name}: everyday item {number} needs text")
    return {"personal": personal, "everyday": everyday}


def _whole_token_count(text: str, piece: str) -> int:
    return len(re.findall(r"(?<![^\W_])" + re.escape(piece) + r"(?![^\W_])", text))


def identifying_pieces(value: str) -> List[str]:
    lex = lexicon()
    pieces = []
    for piece in _PIECES.findall(normalise(value).lower()):
        if piece.isdigit() or (piece not in _PARTICLES and not lex.is_common(piece)):
            pieces.append(piece)
    return pieces


def item_caught(original: str, output: str, value: str, all_values: List[str]) -> bool:
    source, result, target = normalise(original).lower(), output.lower(), normalise(value).lower()
    # As a whole token: "Roos" is gone from "[NAAM] zet het rooster online" although "rooster" contains "roos".
    if _whole_token_count(result, target):
        return False
    outside = source
    for other in all_values:
        outside = outside.replace(normalise(other).lower(), " ")
    return all(_whole_token_count(result, piece) <= _whole_token_count(outside, piece)
               for piece in identifying_pieces(value))


def everyday_changed(original: str, output: str, keep: List[str], placeholders: tuple) -> Optional[str]:
    """Why the everyday message counts as changed, or None."""
    source = normalise(original)
    for placeholder in placeholders:
        if output.count(placeholder) > source.count(placeholder):
            return f"replaced: {placeholder}"
    lost = [token for token in keep if normalise(str(token)) not in output]
    return f"lost: {', '.join(lost)}" if lost else None


@dataclass
class Result:
    recall: Dict[str, List[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))  # type -> [caught, n]
    missed: List[tuple] = field(default_factory=list)  # (type, value, output)
    everyday_total: int = 0
    changed: List[tuple] = field(default_factory=list)  # (text, output, why)
    seconds: List[float] = field(default_factory=list)

    @property
    def personal_total(self) -> int:
        return sum(n for _, n in self.recall.values())

    @property
    def overall_recall(self) -> float:
        total = self.personal_total
        return sum(caught for caught, _ in self.recall.values()) / total if total else 0.0

    @property
    def changed_share(self) -> float:
        return len(self.changed) / self.everyday_total if self.everyday_total else 0.0

    def runtime_ms(self) -> Dict[str, float]:
        if not self.seconds:
            return {"mean": 0.0, "p95": 0.0, "max": 0.0}
        ordered = sorted(self.seconds)
        return {
            "mean": statistics.fmean(ordered) * 1000,
            "p95": ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] * 1000,
            "max": ordered[-1] * 1000,
        }


def evaluate(data: dict, scrub: Callable[[str], str], placeholders: tuple) -> Result:
    result = Result()
    for entry in data["personal"]:
        started = time.perf_counter()
        output = scrub(entry["text"])
        result.seconds.append(time.perf_counter() - started)
        values = [str(item["value"]) for item in entry["items"]]
        for item in entry["items"]:
            counts = result.recall[item["type"]]
            counts[1] += 1
            if item_caught(entry["text"], output, str(item["value"]), values):
                counts[0] += 1
            else:
                result.missed.append((item["type"], str(item["value"]), output))
    for entry in data["everyday"]:
        started = time.perf_counter()
        output = scrub(entry["text"])
        result.seconds.append(time.perf_counter() - started)
        result.everyday_total += 1
        why = everyday_changed(entry["text"], output, list(entry.get("keep") or []), placeholders)
        if why:
            result.changed.append((entry["text"], output, why))
    return result


# ------------------------------------------------------------------------------------- hostile input
HOSTILE_SIZE = 100_000


def hostile_inputs(size: int = HOSTILE_SIZE) -> Dict[str, str]:
    """100 KB strings in the shapes that make backtracking patterns or per-token work blow up."""

    def repeat(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    units = {
        "A-A-A-": "A-", "digits": "1", "digit groups": "06 ", "dashed digits": "1-", "dotted digits": "1.",
        "slash dates": "12/12/", "@@@": "@", "spaces": " ", "newlines": "Jan\n", "ik ben": "ik ben ",
        "mijn moeder": "mijn moeder ", "capitalised names": "Jan ", "mixed scripts": "Анна 王伟 محمد Ayşe ",
        "letters": "a", "dots": "a.", "e-mail-ish": "a.b+c-d", "spelled e-mail": "x at y punt ",
        "street words": "Kerkstraat ", "postcodes": "1234 ", "handles": "insta: ", "underscores": "a_",
        "plus signs": "+", "trunk zeros": "(0)", "IBAN starts": "NL91 ", "spaced IBAN starts": "NL 91 ", "zero-width": "0\u200b",
        "brackets": "[NAAM",
        "spelled digits": "nul zes ", "first.last": "eva.", "titles and initials": "mevr. S. ",
        "names in brackets": "[NAAM] (1234567) / ", "all-caps short words": "BO ING ", "all-caps names": "JAN EN PIET ",
        # The scrub6 round's address, e-mail, case-number and student-number forms (its review found them
        # untested here) and the sums and counts beside a student number.
        "spaced at provider": "a @ gmail ", "bracketed a": "a (a) ", "flat numbers": "kerkstr 12a/2 ",
        "op nummer": "op nummer 1 ", "comma nummer": "aaaaaaaa, nummer 1 ", "case ids": "zaaknummer Z/",
        "rooms of a house": "kamer 1 van de ", "spelled six": "zes een ", "login numbers": "inloggen 123456 ",
        "sums owed": "schuld is 1 ", "counts": "123456 keer ",
        # The rules of round scrub7: "naar", a room before the address, address parts, Rue, a park, records,
        # Discord tags, a slash and space in a phone number, a spaced @ after a word.
        "naar streets": "naar ab ", "rooms": "kamer 1 van het x aan de ", "address parts": "[ADRES] en postcode ",
        "rue": "1 rue de l'", "parks": "Recreatiepark de A B ", "records": "dossier A1-", "discord tags": "Ab#",
        "slash spaces": "1/ ", "spaced at": "mail @ ", "names before a birthday": "Jan Jansen, [GEBOORTEDATUM] ",
        # The scrub8 review's should-fix rules (round scrub9): a material after "van", a street said after "mijn straat
        # is", a street opening with a word for where, abbreviated street words, a room word before a token,
        # "ik ben X uit Y", a relation word after a sign-off, "postcode 1234 en", a birth word after the date.
        "materials": "een tafel van eik ", "streets said": "mijn straat is Aa ", "where streets": "Achter de Aa 1, Ede ",
        "street abbreviations": "Wg. Aa ", "room words": "ruimte Aa1 wachtwoord ", "ik ben uit": "ik ben Aa uit Aa ",
        "signed relation": "groetjes broer ", "postcode en": "postcode 1234 en ", "birthday after": "op 1/2 jarig ",
        # The scrub9 review (issue 10): the record-number rule (a "#", groups of digits, lists after the word, sums,
        # counts and error codes beside it, codes that name a customer), a material word that is a name after "van"
        # with a giving verb, a cued street joined by "van", postcode letters before a number.
        "record numbers": "ticket 1234 ", "record groups": "kenmerk 1234 5678 ", "record lists": "ticket 1234 en ",
        "record lists commas": "facturen: 2024-0042, ", "hashed records": "bestelling #1234 ", "record sums": "de factuur is 1250 ",
        "record prices": "bestelling van 2 voor 1299 ", "record errors": "melding 1603 bij installeren ",
        "customer codes": "klantcode 12345 ", "names after van": "een ketting van amber kreeg ",
        "cued van streets": "ik woon op Erf van de Aa 1 ", "head noun streets": "Hoek van de Aa 1, Ede ",
        "postcode letters": "postcode 1234 en 1 ",
        # Round 27: a surname whose first particle is capitalised, without a first name, and a supplier's name with a
        # book word beside it (each candidate reads the message's words: once, not per candidate).
        "capital particles": "Van Dijk is ", "suppliers with books": "boeken bij Van Dijk ",
        # Round scrub11 (issue 10): "in"/"op" before a town, a town with "op" before a number, a camel-case gamer tag,
        # a user name after "heet daar", "sinds kort" before a street, a street named without its number, an unknown
        # word before a name, a room word after a pincode, streets named after a year.
        "in before towns": "mijn oma in Den Aa ", "op in towns": "ik woon in Aa op Aa 1 ", "camel tags": "gamertag is aA ",
        "heet daar": "ze heet daar a.1 ", "since streets": "wonen sinds kort op Aa 1 ",
        "named streets": "woont aan de Van Aa Aastraat ", "unknown before name": "Aaa [NAAM] ",
        "pincode rooms": "pincode is kamer 1 ", "year streets": "Laan 1940-1945 1, ",
        "listed with words": "Merel of mus, ", "verb before subject": ". Mark je de ", "samen met": "samen met Roos ",
        "dashed student numbers": "studentnummer 123-45 ", "names by pronoun": "Mei zit ze ", "questioned persons": "? kan jade ook ", "platform is word": "insta is abcdef ",
        "i for one mobiles": "06 1I 1I ", "spaced postcodes": "[ADRES] , 1 2 3 4 a b ",
        "defined as things": "Jade is toch een mooie soort edelsteen ",
        # Round scrub12 (review scrub11): a name listed with people and a plural verb with "me", an insult kind with a
        # person said after it and a defining clause, a verb stem before "je", "samen met" a tool, a month that comes,
        # an id word with "is" before a year-shaped number, a four-digit room, a brand after "heet".
        "listed with people": "Bas en vrienden pesten me ", "insult kinds": "Mark is een dier, hij en die ",
        "defining clauses": "Jasmijn is een plant die lekker die ", "verb stems before je": ". Maak je de ",
        "samen met tools": "samen met Canva Albert ", "months that come": "Mei komt eraan ze ",
        "year-shaped ids": "dossiernummer is 2024-45 ", "four-digit rooms": "wachtwoord lokaal 1204 ",
        "brands after heet": "mijn nichtje heet Nike ",
        # Round scrub13 (issue 10): names listed beside public figures, pairs of things called by their kind.
        "beside public figures": "Snelle en Froukje en Marco Borsato, ", "pairs of things": "Linde en eik, die bomen zijn ", "apostrophe t": "juf in 't Veld 't ",
        "words listed with people": "Roos en vriendinnen en ", "verb names": "Ben is een dier, Ben is ", "month verbs": "Mei reageert ", "gap before streets": "woont bij ons in de Aa ",
        "lower-case streets": "woont op de aaaastraat-", "year lead streets": "Laan 2023 Weg 1990 1 ",
        # Round scrub14: a machine sender, a compound after a platform, storms, unknown full names before "haar", a
        # child after "onze", a place after a first name, a verb-first imperative, a corrected name, an abbreviated
        # street prefix, "aan het" a street, a hyphenated postcode, a phone label, look-alike mobiles, clock spans.
        "machine senders": "noreply@a.nl noreply@", "platform compounds": "Spotify Aa-opdracht ", "storm names": "storm Eunice ",
        "unknown pairs": "Aaaa Bbbb haar cijfer ", "our child": "onze Storm heeft koorts ", "places after names": "Florence ligt in Aa ",
        "imperatives": ". Fleur je aa aa aa ", "corrected names": "of was het of was het Loes ", "street abbreviations dot": "Tt. Aa. ",
        "aan het streets": "woon aan het Aaa ", "hyphen postcodes": "1234-AB-", "phone labels": "\nT 088 666 12 34 ",
        "look-alike mobiles": "o6 lI lI ", "clock spans": "studentnummer 1100-1230 ", "things by kind": "Robin is een Engelse Aa ",
        "particles hier": "hoi in 't in 't Veld hier\n",
        # Round scrub16 (review s22): machine senders with a named domain, places after place names, imperatives with
        # their evidence, callers with a figure's name, relations before figures, parts of things, storms and weather.
        "machine sender domains": "postmaster@kimbakker-aa.nl ", "place names": "Paris ligt in Frankrijk in ",
        "marked imperatives": ". Mark het als als klaar ", "figure callers": "\nMet Harry Kane hier, ",
        "relations before figures": "mijn docent is Harry Kane ", "parts of things": "Iris is een deel van het oog van ",
        "storm weather": "orkaan Noor raasde orkaan ",
        # Round scrub15: typo corrections before a phone, an O in a mobile, "hij heet", hyphenated particles, birth years,
        # short compact dates, role mailboxes, file names, saints and storms, named things, impossible dates, a desk's
        # number, particles with a listed surname, lower-case full names, bare "t" streets, mobiles without the zero.
        "typo phones": "typfout, 06 1234 5678 ", "o in mobiles": "06-1O23-4O", "pronoun heet": "hij heet ze heet Aa ",
        "hyphen particles": "Omar al-Khatib al-", "birth years": "ik ben van 2008 ze is van ", "short dates": "geboortedatum 310805 ",
        "role mailboxes": "info@aa.nl info@", "file names": "bestand heet a_b.docx ", "saints storms": "Sint Maarten Storm Ciarán ",
        "named things": "Roosje is de naam van ons aa ", "impossible dates": "30-60-90 ", "desk numbers": "030-1234567 van de receptie ",
        "listed particles": "mijn naam is ben de groot de ", "lower full names": "rahul sharma ", "bare t streets": "woon op t aa 9 ",
        "mobiles without zero": "bel 6 12345678 6 ",
        # Round scrub21: what stands around a word says it is a person (names.py said_to_be_a_person): a relation after
        # "is mijn", a group after "uit", an apposition, a verb of saying before or after, capitalised surnames inside
        # a sentence (the share of capitals is read once per message), a lower-case first name before particles.
        "is my relation": "Jansen is mijn mentor ", "from my class": "Storm uit mijn klas ", "appositions": "visser, die jongen ",
        "said before": "zei bakker dat ", "told": "aan fleur gevraagd ", "surnames inside": "naast Visser en Bakker ",
        "first names before particles": "roos de vries ", "foreign first names": "quincy en ",
        "figure last names": "Smit en Wilders ",
        # Round 32 (review r32): lower-case words no list knows before "zijn mijn ouders" (a typo check each, budgeted),
        # surnames that are words before a verb of saying, long unknown words after "met" (a rule withdrawn on review).
        "unknown pairs opening": ". qwrtzpklmvbnxcjhgfds en zxcvbnmlkjhgfdsqwrt zijn mijn ouders ",
        "word surnames saying": ". visser zegt ", "long unknown after met": "met qwrtzpklmvbnxcjhgfdsqwrtzpklmvbnxcjh en ",
        # Round 33 (review r33): where only a person stands, pairs opening a sentence, unknown words in lists, records
        # and codes in groups of four, adverbs after "is" before a password.
        "asked through": "kun je vos vragen ", "at home": "bij kim thuis ", "mailed to": "gemaild naar visser ",
        "pairs opening": ". mehmet en tsegay zitten ", "unknown in lists": "[NAAM], qwrtzpklm, ",
        "grouped codes": "herstelcode AB12 CD34 EF56 ", "adverbs before a password": "ww is nog steeds ",
        "here from": "\nwolf hier uit ",
        # Round 34: "heet" before an ordinary word, lent to, a form line before "geboren", capitalised surnames opening
        # sentences, a lesson of a person, "het beste", records after a dashed compound, lettered case numbers, two
        # groups of four, numbers read out digit by digit.
        "called a word": "mijn zus heet hoop. ", "lent to": "uitgeleend aan kim ",
        "form lines": "\nnoah pinas, geboren [GEBOORTEDATUM] ", "surnames opening": ". Nowicki heeft ",
        "a lesson of": "les van Boukhari ", "the best": "het beste ", "dashed records": "duo-aanvraagnummer AB-12-3456 ",
        "case numbers": "nummer VT-2023-4471 nr RP.2211.0098 ", "two groups": "herstelcode Q4TM-8K2P ",
        "read out": "nummer vier vijf zes zeven acht negen ",
    }
    return {name: repeat(unit) for name, unit in units.items()}


def fastest(run: Callable[[], object], tries: int = 5, good_enough: float = 0.0) -> float:
    """CPU seconds of the fastest of up to ``tries`` runs (stops early below ``good_enough``).

    CPU time of this thread, not wall time: on a machine shared with other jobs (CI, several developers)
    wall time also counts the time spent waiting for a core; the CPU time is what the input costs.
    """
    best = float("inf")
    for _ in range(tries):
        started = time.thread_time()
        run()
        best = min(best, time.thread_time() - started)
        if best < good_enough:
            break
    return best


def hostile_timings(detectors: Dict[str, Callable[[str], str]]) -> Dict[str, tuple]:
    """Detector name -> (slowest CPU seconds over the hostile shapes, that shape), fastest of 3 tries each."""
    shapes = {name: normalise(text) for name, text in hostile_inputs().items()}
    worst = {}
    for name, detector in detectors.items():
        worst[name] = max((fastest(lambda: detector(text), tries=3), shape) for shape, text in shapes.items())
    return worst
