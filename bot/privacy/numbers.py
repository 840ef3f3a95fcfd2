"""Numbers that identify a person: IBAN, phone, BSN, student number, licence plate and other ids.

A number counts by its *shape*, not by a valid checksum: "NL91 ABNA 0417 1643 01" with one digit wrong
still is somebody's bank account, typed badly. The libraries say what a shape is: python-stdnum knows
every country's IBAN layout, phonenumbers (Google's libphonenumber) which lengths a number can have in
each country. Checksums only decide the borderline cases (a 9-digit article number is kept when the
11-proef fails and the word before it says "artikelnummer").

Kept on purpose: 112, 113, 0800/0900/0906/0909/088 service numbers, amounts ("€ 1.250,-", "2.400 euro"),
years, times, dates of events, versions ("24295.605.3225.8804", "192.168.1.1"), class and room codes.

Every pattern has bounded repetitions and starts only at the beginning of a word or number, so the
work per position is bounded and each detector is linear in the length of the text.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, List, NamedTuple, Optional, Pattern

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum.exceptions import ValidationError
from stdnum.nl import bsn as stdnum_bsn

from bot import settings as environment
from bot.privacy import lexicon as lexicon_module

PHONE = "[TELEFOON]"
IBAN = "[IBAN]"
BSN = "[BSN]"
STUDENT_NUMBER = "[STUDENTNUMMER]"
OTHER_ID = "[NUMMER]"

SETTINGS_FILE = lexicon_module.SETTINGS_FILE


# ------------------------------------------------------------------------------------------------ IBAN
# "NL 71 RBRB 0912 3456 78": people also put a space between the country and its check digits.
_IBAN_CANDIDATE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2} ?\d{2}(?:[ -]?[A-Za-z0-9]){10,30}")
# A Dutch account with a digit too many or too few is still an account ("of eindigt hij op 50?").
_IBAN_NL_LOOSE = re.compile(r"(?i)^NL\d{2}[A-Z]{4}\d{8,12}$")
_NL_LOOSE_LENGTHS = set(range(16, 21))


def iban_is_valid(candidate: str) -> bool:
    """Check digits and the country's layout both right (python-stdnum)."""
    try:
        stdnum_iban.validate(candidate, check_country=False)
        return True
    except ValidationError:
        return False


@functools.lru_cache(maxsize=1)
def _iban_lengths() -> dict:
    """Country code -> IBAN length, from python-stdnum's copy of the SWIFT IBAN registry."""
    lengths = {}
    for line in (Path(stdnum_iban.__file__).parent / "iban.dat").read_text(encoding="utf-8").splitlines():
        match = re.match(r'^([A-Z]{2})\s.*bban="([^"]+)"', line)
        if match:
            lengths[match.group(1)] = 4 + sum(int(size) for size in re.findall(r"(\d+)!?[nac]", match.group(2)))
    return lengths


def iban_has_shape(compact: str) -> bool:
    """Laid out like an IBAN of its country, whatever its check digits (python-stdnum's registry)."""
    compact = compact.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact):
        return False
    if compact.startswith("NL") and _IBAN_NL_LOOSE.match(compact):
        return True
    if _iban_lengths().get(compact[:2]) != len(compact):
        return False
    try:
        fixed = compact[:2] + stdnum_iban.calc_check_digits(compact) + compact[4:]
        stdnum_iban.validate(fixed, check_country=False)
        return True
    except ValidationError:
        return False


def _iban_at_start(candidate: str, shapes: dict) -> int:
    """The length of the IBAN that opens ``candidate`` (0 when none does). The candidate may run on into the next word
    ("NL91ABNA0417164300 graag" is fine, but "BE68 5390 0754 7034 ok"): the longest prefix that ends where a word ends
    and has a length an IBAN of that country can have (the checks are the costly part). ``shapes`` remembers the checks
    of one scrub_iban call, whose scan asks again for overlapping candidates ("NL 91 NL 91 ..."); it ends with the
    call, so no account number outlives its message (a process-wide cache would keep thousands)."""
    country = candidate[:2].upper()
    lengths = {_iban_lengths().get(country)} | (_NL_LOOSE_LENGTHS if country == "NL" else set())
    for end in range(len(candidate), 13, -1):
        if end < len(candidate) and candidate[end].isalnum():
            continue
        head = candidate[:end].rstrip(" -")
        if len(head) - head.count(" ") - head.count("-") not in lengths:
            continue
        compact = re.sub(r"[ -]", "", head)
        if compact not in shapes:
            shapes[compact] = iban_has_shape(compact)
        if shapes[compact]:
            return len(head)
    return 0


def scrub_iban(text: str) -> str:
    """Every IBAN-shaped number, whatever its check digits. A candidate that is no IBAN ("de 35 euro overmaken naar
    nl12 snsb 0987 6543 21", "AA 10 NL85ABNA0000000000") gives up only its first word: the search goes on from the next
    word, so an IBAN inside it is still found (round scrub22). A candidate is at most 36 characters, so every position
    costs a bounded amount of work: linear time."""
    pieces, kept_from, position, shapes = [], 0, 0, {}
    while True:
        match = _IBAN_CANDIDATE.search(text, position)
        if match is None:
            break
        length = _iban_at_start(match.group(0), shapes)
        if length:
            pieces += [text[kept_from:match.start()], IBAN]
            kept_from = position = match.start() + length
        else:
            position = match.start() + 1
    pieces.append(text[kept_from:])
    return "".join(pieces)


# ------------------------------------------------------------------------------------ keyword contexts
# Words after which the next id-like token is the number they name. The student-number words come from
# data/privacy.yml (a school adapts them); the others are national documents and accounts.
_BSN_WORDS = r"bsn(?:-?nummer)?|burgerservicenummer|sofi(?:-?nummer)?|persoonsnummer"
_OTHER_ID_WORDS = (
    # The compound also written apart ("id kaart nummer", "paspoort nummer", "rijbewijs nummer": round scrub17).
    r"rijbewijs(?:[\s-]?nummer|nr)?|paspoort(?:[\s-]?nummer|nr)?|id[\s-]?kaart(?:[\s-]?nummer)?|identiteitskaart(?:[\s-]?nummer)?|"
    r"documentnummer|verblijfsvergunning(?:\s?nummer)?|verblijfsdocument(?:\s?nummer)?|verblijfspas(?:\s?nummer)?|vreemdelingennummer|v-nummer|"
    r"ov[\s-]?chip(?:kaart)?(?:-?nummer)?|kenteken|polisnummer|klantnummer|zorgpasnummer|pasnummer|"
    # Membership and customer numbers of insurers, clubs, libraries; the accounts of phones and computers.
    r"relatienummer|lidnummer|lidmaatschapsnummer|klant-?nr|klantnummer|vergunning(?:s?nummer|nr)|"
    # A case at the municipality, leerplicht, court or youth care is about this person (spec: case numbers).
    r"zaak-?nummer|zaaknr|dossier-?nummer|dossiernr|"
    r"verzekerdennummer|verzekeringsnummer|abonnementsnummer|"
    r"cli[eë]ntnummer|pati[eë]ntnummer|imei|apple\s?id|icloud|microsoft\s?account|google\s?account|"
    r"digid(?:\s(?:gebruikersnaam|inlog(?:naam)?))?|gebruikersnaam|inlognaam|inlog|username|login|"
    r"wachtwoord|password|pincode"
)
# A code that opens an account (DigiD's activation letter, a reset, sign-in or pairing code): a secret like a pincode
# (round 40, privacy_final29). Narrower than the words above (reviews r40p, r40q): only the code said to be the code, with
# a digit in it: right after the word when it starts with a digit, after "is", "was", ":" or "=" within a few words ("de
# activatiecode van mijn game is ..."), or after a comma once it was received ("activatiecode gekregen in een brief,
# Q8T-4KM-7WZ2"); not a year, a time, a count, a length ("6-cijferig") or a product ("Office 2021", "Microsoft-365").
_ACCOUNT_CODE_WORDS = (
    r"activa?tie-?\s?codes?|activerings-?\s?codes?|herstel-?\s?codes?|verificatie-?\s?codes?|toegangs-?\s?codes?|"
    r"inlog-?\s?codes?|koppel-?\s?codes?|beveiligings-?\s?codes?|bevestigings-?\s?codes?|reset-?\s?codes?|"
    r"sms-?\s?codes?|recovery[\s-]?codes?|2fa-?\s?codes?|otp"
)
_ACCOUNT_CODE = re.compile(
    r"(?i)(?P<lead>(?<![\w-])(?:" + _ACCOUNT_CODE_WORDS + r")"
    # right after the word only a code that starts with a digit ("sms-code 447120", not "activatiecode Office365"); after
    # "is", ":" or "=" any code; after a comma only when the code was received ("... gekregen in een brief, Q8T-4KM-7WZ2")
    r"(?:\s+(?=\d)|(?:\s+[\w'-]{1,20}){0,4}?(?:\s+(?:is|was)\s+|\s*[:=]\s*)"
    r"|(?:\s+[\w'-]{1,20}){0,3}?\s+(?:gekregen|ontvangen|kreeg)(?:\s+[\w'-]{1,20}){0,4}?\s*,\s*))"
    # not an ordinal, a count, a percentage or a duration ("2de keer", "100x", "5min"), not a phone number ([TELEFOON])
    r"(?!\d{1,4}(?:e|de|ste|x|%|u|min|sec|keer)\b|\d{1,4}\s?%|\d{1,2}\s?-?cijferig|11[23]\b|(?:\+31|0031|06)[\d\s-]{8,})"
    r"(?P<code>(?=[\w-]{0,30}\d)(?!(?:19|20)\d\d(?![\w-]))[A-Za-z0-9]{3,12}(?:-[A-Za-z0-9]{2,8}|\s(?=[A-Za-z]{0,7}\d)[A-Za-z0-9]{2,8}){0,4})"
    r"(?![\w-]|[.:]\d|,-|\s?(?:uur|u\b|minuten|seconden|cijfers|tekens|letters|euro|eur\b|€|dagen|keer|%))"
)
# A place or a page named before the code: "toegangscode voor lokaal: H204", "activatiecode op pagina: 123".
_PLACE_BEFORE_CODE = re.compile(r"(?i)(?<!\w)(?:pagina|blz|bladzijde|lokaal|klas|groep|kamer|zaal)\s*[:=]?\s*$")
# Numbers that belong to things, not people: a long number after these words (same sentence) is kept,
# unless it is shaped like a phone number and the word is not right before it. Not order, invoice, ticket,
# reference or serial numbers: someone can look those up and find the student (data/privacy.yml
# dossierwoorden), so they are replaced like any other long id.
# "code" inside a word ("productcode", "kortingscode", "foutcode") names a thing, except the codes that name a
# customer, an order or a parcel (klantcode, bestelcode, verzendcode, trackingcode, ...: issue 10), which are records,
# and a pincode, which is a secret ("pincode 4821" was kept as a thing's code: round scrub11).
_THING = (
    r"(?i)(?:artikel|model|versie|crebo|keuzedeel|error|(?<!typ)(?<!tik)(?<!spel)(?<!schrijf)fout|build|ip-?adres|"
    r"(?<!klant)(?<!bestel)(?<!verzend)(?<!pin)(?<!tracking)(?<!tracking\s)(?<!track\s&\strace\s)(?<!zending)(?<!order)(?<!factuur)"
    r"(?<!betaal)(?<!klanten)(?<!activatie)(?<!activatie-)(?<!activerings)(?<!herstel)(?<!verificatie)(?<!toegangs)(?<!inlog)"
    r"(?<!koppel)(?<!beveiligings)(?<!bevestigings)(?<!reset)(?<!sms-)(?<!sms)(?<!recovery\s)(?<!recovery)code|isbn|ean)\w{0,8}"
)
_THING_HINT = re.compile(_THING)
_THING_RIGHT_BEFORE = re.compile(_THING + r"\W{0,4}(?:is\W{1,3}|van\W{1,3})?$")
_THING_IN_SENTENCE = re.compile(_THING + r"[^.!?\n]{0,30}$")
# A room at school right before the token: "lokaal D2.05", "kamer B014", "zaal 3.12" name a place, not a person.
_ROOM_RIGHT_BEFORE = re.compile(r"(?i)(?<!\w)(?:lokaal|lokalen|klaslokaal|kamer|zaal|ruimte|room|vleugel)\s{1,2}$")
# A room's code: a wing of one or two letters, a number of up to three digits, a floor and room after a dot or dash,
# a letter ("D1.07", "B014", "3.12", "W-2.14a"). A word with digits after a room word is no room ("kamer Welkom2024!"),
# nor a name or four digits ("ruimte Sam2008", "kamer 4821": a password, a pin; review scrub9 S1).
# Four digits alone are a room too ("lokaal 1204": review scrub11 S3); right after "pincode is" the room word is part of
# the secret (_SECRET_SAID_BEFORE_ROOM), so "mijn pincode is kamer 4821" still goes.
_ROOM_CODE = re.compile(r"(?:[A-Za-z]{1,2}-?)?\d{1,3}(?:[.-]\d{1,3})?[A-Za-z]?|\d{4}")
# Right after "pincode is", "wachtwoord:" a room word is part of the secret ("mijn pincode is kamer 4821").
_SECRET_SAID_BEFORE_ROOM = re.compile(r"(?i)(?:(?<!\w)is|[=:])\s{0,2}(?:lokaal|klaslokaal|kamer|zaal|ruimte|room|vleugel)\s{1,2}$")
# "!" and "?" end a sentence only before a space or the end: inside "Sv3n!kapt" they are part of a password.
# "nr." before a capital is an abbreviation, not the end of a sentence ("document nr. NL8H72K91").
_SENTENCE_END = re.compile(r"\n|[?!](?![^\s?!])|(?<![Nn]r)(?<![Nn]o)\.\s+(?=[A-Z])")
# An id as written after its keyword: digits with at most single spaces, dots, dashes or slashes between
# them, with up to three letters before ("s1234567", "LN-778899", "D2023-04512", "Z/23/118457") or after
# ("V1234567K8").
_ID_TOKEN = re.compile(
    # "2024-A-0098": digits, a letter group and digits again are one number.
    # "2023/JZ/04471": the groups may be joined by slashes as well (round scrub17).
    r"(?<![\w@])(?:[A-Za-z]{1,3}[-/]?)?\d(?:\d|[ ./-](?=\d)){3,20}(?:[-/]?[A-Za-z]{1,3}\d{0,2}(?:[-/]\d{1,8})?)?(?![\w@])"
)
# Passwords, user names, passport numbers: a token with both letters and digits (or _ . #) in it.
_SECRET_TOKEN = re.compile(r"(?<![\w@])(?=[^\s]{0,39}[\d_#])(?=[^\s]{0,39}[A-Za-z])[\w.#!$%&*+-]{4,40}(?![\w])")
_PLATE = re.compile(r"(?<![\w-])[A-Za-z0-9]{1,3}-[A-Za-z0-9]{1,3}-[A-Za-z0-9]{1,3}(?![\w-])")
# Dutch licence plate layouts (sidecodes 1-14, RDW): L = letter, D = digit.
_PLATE_LAYOUTS = {
    "LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D", "D-LLL-DD",
    "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D",
}


def _layout(token: str) -> str:
    return "".join("D" if char.isdigit() else "L" if char.isalpha() else char for char in token)


def scrub_plates(text: str) -> str:
    return _PLATE.sub(lambda m: OTHER_ID if _layout(m.group(0)) in _PLATE_LAYOUTS else m.group(0), text)


@dataclass(frozen=True)
class StudentNumberRule:
    """How a school writes student numbers (data/privacy.yml, overridable by environment)."""

    keywords: Pattern[str]  # words that announce a student number: "studentnummer", "st.nr", ...
    number: Pattern[str]  # the number itself after such a word
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
    import yaml

    settings = {}
    if SETTINGS_FILE.exists():
        settings = (yaml.safe_load(SETTINGS_FILE.read_text(encoding="utf-8")) or {}).get("studentnummer", {}) or {}
    keywords = settings.get("keywords") or ["studentnummer", "leerlingnummer"]
    if not isinstance(keywords, list) or not all(isinstance(word, str) and word.strip() for word in keywords):
        raise ValueError(f"{SETTINGS_FILE.name}: studentnummer.keywords must be a list of words")
    declared = environment.get()  # the environment overrides the file (empty bare pattern: rule off)
    number = declared.studentnummer_pattern or settings.get("pattern") or _ID_TOKEN.pattern
    bare = declared.studentnummer_bare_pattern
    bare = (settings.get("bare_pattern") or "") if bare is None else bare
    # A keyword written with spaces or dots in it ("st. nr") matches however the student spaces it.
    alternatives = sorted(
        (r"[\s.]{0,3}".join(re.escape(part) for part in re.split(r"[\s.]+", word.strip()) if part) for word in keywords),
        key=len,
        reverse=True,
    )
    return StudentNumberRule(
        keywords=re.compile(r"(?i)(?<!\w)(?:" + "|".join(alternatives) + r")\.?(?![\w-])"),
        number=_compile(r"(?<![\w@])(?:" + number + r")(?![\w@])", "studentnummer.pattern"),
        bare=_compile(r"(?<![\w@.])(?:" + bare + r")(?![\w@])", "studentnummer.bare_pattern") if bare else None,
    )


_BSN_KEYWORDS = re.compile(r"(?i)(?<!\w)(?:" + _BSN_WORDS + r")(?!\w)")
# Not after a hyphen: "C-rijbewijs" is a kind of licence, not the word that announces its number.
_OTHER_KEYWORDS = re.compile(r"(?i)(?<![\w-])(?:" + _OTHER_ID_WORDS + r")(?!\w)")
# "ik ben student 45231", "student nr. 301122", "st 598021", "stud nummer 7623410": the word student (or its
# short forms) right before a number.
_STUDENT_BEFORE_NUMBER = re.compile(
    r"(?i)(?<!\w)(?:student(?:en)?|leerling(?:en)?|deelnemers?|stud|st)(?:\s?(?:nr|id|nummer)\.?|\smet\s(?:het\s)?(?:nummer|nr)\.?)?"
    r"(?=[\s:]{1,3}(?:\d|\[NAAM\]\s\(\d))"
)
# "de mentor van [NAAM] (2376540)": a number in brackets right after a name is that student's number;
# "[NAAM] / 2391005 / [TELEFOON]": a number listed between personal data is one too.
_NUMBER_WITH_A_NAME = re.compile(
    r"(?<=\[NAAM\])(?P<lead>\s?\(\s?)\d{5,8}(?=\s?\))"
    # "dit is het nr van [NAAM]: 210455": a number after a name and a colon.
    r"|(?<=\[NAAM\])(?P<colon>:\s{1,2})\d{5,8}(?![\w@/-]|[.,]\d)"
    r"|(?<=\])(?P<between>\s?[/|,;]\s?)\d{5,8}(?=\s?[/|,;]\s?\[[A-Z]{2,20}\])"
)
# "de studenten 2045671 en 2045688": more numbers of the same kind listed after the first.
_MORE_STUDENT_NUMBERS = re.compile(r"(?<=\[STUDENTNUMMER\])(?P<joiner>\s?(?:,|en|of|&)\s)\d{5,8}(?!\w)")
_WINDOW = 60
# "nr. 2501993", "nummer: 20241188": six to eight digits right after "nr" or "nummer" are a person's number
# (a house number is shorter, a phone number longer, a BSN has nine digits).
_NUMBER_WORD_BEFORE_ID = re.compile(r"(?i)(?<![\w-])(?:nr|no|nummer)\.?(?=[\s:#]{1,3}\d{6,8}(?![\w@/-]|[.,]\d))")
# "mijn zaak heeft nummer VT-2023-4471": a case number with a letter prefix and a year after a word for a number
# (round 34). The shape alone is not enough: "ISO-2015-..." names a standard.
# Only where the number is the writer's own record: "mijn/onder/heeft nummer", a case, a file, a card's number ("pas nr")
# (review r34 S2: "lokaal nummer C02.112", "vak nummer ICT-2024-01", "norm nummer NEN 1010-11" are no records).
_CASE_NUMBER_WORD = re.compile(
    r"(?i)(?<![\w-])(?:(?:mijn|mn|m'n|onder|heeft|met|zijn|haar)\s(?:nummer|nr|no)\.?|zaak|zaaknummer|dossier|kenmerk|"
    r"\w{0,20}(?:pas|overeenkomst|contract)\s(?:nummer|nr)\.?)(?!\w)")
# Also a letter prefix and two or three groups of digits, five digits at least ("RP.2211.0098", "SH 55-120",
# "bpv.2024.11873").
_LETTERED_CASE_NUMBER = re.compile(
    r"(?<![\w@./-])(?:[A-Z]{1,4}[-/](?:19|20)\d\d[-/]\d{4,8}"
    # the prefix joined by a mark, or two or more capitals ("is 0900-8020": "is" is no prefix; "T 0800-2000" is a
    # phone number's label), and no leading zero (a phone or service number)
    r"|(?=[A-Za-z]{1,4}[-/.\s]?(?:\d[-/.]?){5})(?:[A-Za-z]{1,4}[-/.]|[A-Z]{2,4}\s?)(?!0)\d{2,6}(?:[-/.]\d{2,8}){1,2})"
    r"(?![\w@/-]|[.,]\d)")
_SIX_TO_EIGHT_DIGITS = re.compile(r"(?<![\w@.,/-])\d{6,8}(?![\w@/-]|[.,]\d)")
# A message about student numbers: every other number of six to eight digits in it is one too ("er staat
# 7623401", "ik heb 2 studentnummers?? 1840562 en 1840563").
# Also "dat is mijn nummer", "mn account", "ik heb 2 nummers", logging in ("inloggen met 2045123 lukt
# niet": a student's own number at school) and five-digit numbers there.
_STUDENT_NUMBER_TOPIC = re.compile(
    r"(?i)(?<!\w)(?:(?:student|leerling|stud)(?:en)?\s?(?:nummer|nr)s?|(?:mijn|mn|m'n)\s(?:nummer|nr|schoolpas)"
    r"|(?:\d|twee|drie)\snummers)(?!\w)"
    r"|\[STUDENTNUMMER\]"
)
# Logging in or the student's account: six to eight digits there are the student number (a shorter number
# is more often a computer's or a room's: "pc 12345").
_LOGIN_TOPIC = re.compile(r"(?i)(?<!\w)(?:(?:mijn|mn|m'n)\saccount|inlog\w{0,4}|log\sin|login)(?!\w)")
# Not the end of a phone number written in groups ("06 12345678").
# A device's number at school ("pc 12345", "laptop 209314") in a message about student numbers or logging in.
_DEVICE_RIGHT_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:pc|laptop|computer|printer|kopieerapparaat|scanner|kluisje|kluis|chromebook|apparaat|device|lokaal)"
    r"(?:\W{1,3}[a-z])?\W{1,3}$"
)


# A count or a sum of money said without a currency: "250000 robux", "100000 keer", "mijn schuld is 18000",
# "ik moet nog 12500 terugbetalen". In a message about logging in or an account (the topics above) such a
# number is still no student number. Tight on purpose: the count word right after, the money word at most
# three words before or a paying verb at most two words after, so a student number elsewhere in the
# sentence is not shielded.
_COUNT_AFTER = re.compile(
    r"(?i)\s{0,2}(?:keer|x|robux|coins|v-?bucks|streams|views|volgers|followers|likes|punten|stappen|woorden|"
    r"kb|mb|gb|km|kilometer|meter|pixels|stuks)(?!\w)"
)
_MONEY_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:schuld|schulden|bedrag|lening|tekort|saldo|achterstand|rood|totaal|pagina|blz)"
    r"(?:\W{1,3}\w{1,12}){0,3}\W{1,3}$"
)
_PAYING_AFTER = re.compile(r"(?i)(?:\W{1,3}\w{1,12}){0,2}?\W{1,3}(?:terug\s?betalen|betalen|aflossen|lenen|schuld)(?!\w)")


def _counted_or_owed(text: str, found: "re.Match[str]") -> bool:
    return bool(_COUNT_AFTER.match(text, found.end()) or _PAYING_AFTER.match(text, found.end())
                or _MONEY_BEFORE.search(text[max(0, found.start() - 45):found.start()]))


def _not_a_student_number(text: str, found: "re.Match[str]") -> bool:
    return (_not_an_id(text, found) or _counted_or_owed(text, found)
            or bool(_DEVICE_RIGHT_BEFORE.search(text[max(0, found.start() - 24):found.start()])))


_SIX_TO_EIGHT_ALONE = re.compile(r"(?<![\w@.,/-])(?<!\d\s)(?<!\d\s\s)\d{6,8}(?![\w@/-]|[.,]\d)")
# "ik denk 2267-103": in a message about student numbers, six to eight digits with one dash are one too (not a span of
# years, a date, or part of a longer run).
_DASHED_DIGITS = re.compile(r"(?<![\w@.,/-])(?<!\d\s)\d{3,5}-\d{2,5}(?![\w@/-]|[.,]\d|\s\d)")
_FIVE_TO_EIGHT_DIGITS = re.compile(r"(?<![\w@.,/-])(?<!\d\s)(?<!\d\s\s)\d{5,8}(?![\w@/-]|[.,]\d)")
# The token after a keyword continues a number that began before it ("020 - 612 48 37"): not the id.
_NUMBER_GOES_ON_BEFORE = re.compile(r"\d[^\S\n]{0,2}[-./][^\S\n]{0,2}$|\d[^\S\n]{2,3}$")
_DATE_WORD_BEFORE = re.compile(r"(?i)(?<!\w)(?:op|sinds|tot|vanaf|per|voor|na|t/m|tm)\s{1,3}$")


# "mijn leerlingnummer? 452 918": a keyword that opens its line (after at most "mijn", "je", "het", ...) and is asked back
# with a question mark, the answer's digits right after it. A real question ("wat is mijn studentnummer? 2045 staat er
# niet meer") opens with something else, and its next sentence is not the answer (review r28b S3).
_ASKED_BACK_OPENING = re.compile(r"\n[^\S\n]*(?:(?:mijn|m'n|mn|je|jouw|het|zijn|haar|z'n|zn)[^\S\n]+)?\Z", re.IGNORECASE)
_ANSWER_RIGHT_AFTER = re.compile(r"[^\S\n]{0,3}\d")
_ASKED_BACK_WINDOW = 12


def _asked_back(text: str, keyword: "re.Match[str]", question_mark: "re.Match[str]") -> bool:
    """Whether the keyword is asked back and answered right after its question mark (bounded: a few characters each way)."""
    if text[keyword.end():question_mark.start()].strip():
        return False
    start = max(0, keyword.start() - _ASKED_BACK_WINDOW)
    opening = ("\n" if start == 0 else "") + text[start:keyword.start()]
    return bool(_ASKED_BACK_OPENING.search(opening)) and bool(_ANSWER_RIGHT_AFTER.match(text, question_mark.end()))


def _replace_after(text: str, keywords: Pattern[str], token: Pattern[str], placeholder: str,
                   secret: Optional[Pattern[str]] = None, record: bool = False) -> str:
    """Replace the first ``token`` within a short window after each keyword (same sentence)."""
    pieces: List[str] = []
    position = 0
    for match in keywords.finditer(text):
        if match.start() < position:
            continue
        window_end = min(len(text), match.end() + _WINDOW)
        stop = _SENTENCE_END.search(text, match.end(), window_end)
        if stop is not None and stop.group(0) == "?" and _asked_back(text, match, stop):
            # "mijn leerlingnummer? 452 918": the word asked back and answered right after its question mark
            stop = _SENTENCE_END.search(text, stop.end(), window_end)
        if stop is not None:
            window_end = stop.start()
        found = token.search(text, match.end(), window_end)
        if secret is not None:
            other = secret.search(text, match.end(), window_end)
            if other is not None and (found is None or other.start() < found.start()):
                found = other
        if found is None or "[" in text[match.end():found.start()].replace("[NAAM]", ""):
            continue  # another placeholder between them: the number belongs to that, not to the keyword
        if _NUMBER_GOES_ON_BEFORE.search(text, max(0, found.start() - 5), found.start()) and _ends_a_phone(text, found.start()):
            continue  # the end of a phone number ("nummer is 020 - 612 48 37"), for the number detectors
        if _DATE.match(found.group(0)) and _DATE_WORD_BEFORE.search(text[match.end():found.start()]):
            continue  # "login op 12-03-2025": a date said as a date; a date of birth has its own detector
        if (_not_a_record(text, found, match.end()) if record else _not_an_id(text, found)) \
                or (placeholder == STUDENT_NUMBER and _PHONE_SHAPED.match(found.group(0))):
            continue  # "mijn nummer is 06-12345678": a phone number, for the phone detector
        if placeholder == STUDENT_NUMBER and _SCHOOL_YEAR_OR_YEAR.fullmatch(found.group(0)) \
                and _STUDENT_CARD.fullmatch(match.group(0)) and not _NUMBER_WORD.search(text, match.end(), found.start()):
            continue  # "mijn studentenkaart 2024 is verlopen", "studentenpas 24/25": the year of the card, after a card's word
            # with no word for a number between them ("mijn leerlingnummer is 2047", "studentenpas nr 2048" are numbers)
            # (reviews r37b, r37c, r37d)
        if _counted_or_owed(text, found) and found.start() - match.end() > 12:
            continue  # "mn nummer bij duo is veranderd, ik moet nog 12500 terugbetalen": a sum, further on
        pieces.append(text[position:found.start()])
        pieces.append(placeholder)
        position = found.end()
        # Every number of a list after a record's word ("ticket 123456 en 123457"): each step consumes text.
        while record:
            joiner = _RECORD_LIST_JOINER.match(text, position)
            following = token.match(text, joiner.end()) if joiner is not None else None
            if following is None or _not_a_record(text, following, match.end()):
                break
            pieces.append(text[position:following.start()])
            pieces.append(placeholder)
            position = following.end()
    pieces.append(text[position:])
    return "".join(pieces)


# An amount ("de 2500 euro", "€ 1250") or a service number ("DigiD hulp of 088-1236555") after a keyword
# is what it is, not the number the keyword names.
_AMOUNT_AFTER = re.compile(r"(?i)\s{0,2}(?:euro|eur|€|,-|,\d\d|procent|%)(?!\w)")
_AMOUNT_BEFORE = re.compile(r"(?:€|eur|euro)\s{0,2}$", re.IGNORECASE)


_PHONE_SHAPED = re.compile(r"^(?:\+|0[\d\s-]{8,})")


def _ends_a_phone(text: str, position: int) -> bool:
    """Whether a phone number that begins before ``position`` runs on past it ("020 - 612 48 37"): only then
    is the token there left to the phone detector. "polisnummer 55 - 123456" is not one: scrubbed here."""
    # Bounded both ways (a run is at most a few hundred characters): linear however many keywords there are.
    for run in _RUN.finditer(text, max(0, position - 80), position + 300):
        if run.start() >= position:
            break
        if position >= run.end():
            continue
        groups = _groups(run.group(0))
        for first, group in enumerate(groups):
            if run.start() + group.start >= position:
                break
            end = _phone_end(run.group(0), groups, first)
            if end is not None and run.start() + end > position:
                return True
    return False


# "schooljaar 2024-2025", "2023/24": a span of years. Only a real one: the second year follows the first by one to six
# years ("2022-88", "2024-45", "2024-1953" are a record's number with the year in front: review scrub11 B4).
_YEAR_PAIR = re.compile(r"((?:19|20)\d\d)\s?[-/]\s?((?:19|20)\d\d|\d\d)")
# "sinds 12-2024": a month and year, only after a word of time; "mijn leerlingnummer is 03-2021" is a number.
_MONTH_YEAR = re.compile(r"(?:0?[1-9]|1[0-2])[-/](?:19|20)\d\d")
_TIME_WORD_BEFORE = re.compile(r"(?i)(?<!\w)(?:sinds|vanaf|in|per|tot|t/m|tm|na|voor|eind|begin|half|medio)\s{1,3}$")
# Said to be the number: "studentnummer is 2022-88", "zaaknummer: 2023-17". Then even a span of years is the id.
# Only a colon right after the id word: in "studentnummer aanvragen: 2024-2025" the colon introduces a school year.
_SAID_TO_BE_BEFORE = re.compile(r"(?i)(?:(?<!\w)is|(?<=nummer):|=)\s{0,3}$")


def year_span(token: str) -> bool:
    """"2024-2025", "2023/24", "1940-1945": a second year one to six years after the first."""
    pair = _YEAR_PAIR.fullmatch(token)
    if pair is None:
        return False
    first, second = int(pair.group(1)), pair.group(2)
    if len(second) == 2:
        return any((first + step) % 100 == int(second) for step in range(1, 7))
    return 1 <= int(second) - first <= 6


def _a_span_or_month(text: str, found: "re.Match[str]") -> bool:
    token = found.group(0)
    if _SAID_TO_BE_BEFORE.search(text[max(0, found.start() - 12):found.start()]):
        return False  # "mijn dossiernummer is 2024-2025": what the number is, whatever its shape
    if year_span(token):
        return True
    return bool(_MONTH_YEAR.fullmatch(token) and _TIME_WORD_BEFORE.search(text[max(0, found.start() - 8):found.start()]))


# "1100-1230 uur", "0830-1015": a span of clock times (hours 00-23, minutes 00-59), before "uur" or after "van"/"om".
_CLOCK_SPAN = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d-(?:[01]\d|2[0-3])[0-5]\d")
_HOURS_AFTER = re.compile(r"\s{0,2}(?:uur|u\b|h\b)", re.IGNORECASE)


def _not_an_id(text: str, found: "re.Match[str]") -> bool:
    if _a_span_or_month(text, found):
        return True
    if _CLOCK_SPAN.fullmatch(found.group(0)) and _HOURS_AFTER.match(text, found.end()):
        return True  # "studentnummer: welke les, 1100-1230 uur?": times of a lesson (review scrub11 N10)
    compact = re.sub(r"\D", "", found.group(0))
    if found.group(0)[:1].isdigit() and compact.startswith(_SERVICE_PREFIXES):
        return True
    if _THING_RIGHT_BEFORE.search(text[max(0, found.start() - 30):found.start()]):
        return True  # "wachtwoord sinds de update naar versie 2409": the number of a thing
    if _ROOM_RIGHT_BEFORE.search(text[max(0, found.start() - 12):found.start()]) and _ROOM_CODE.fullmatch(found.group(0)) \
            and not _SECRET_SAID_BEFORE_ROOM.search(text[max(0, found.start() - 18):found.start()]):
        return True  # "het wachtwoord van lokaal B1.12": a room's code, not an account ("ruimte Sanne2008" is one)
    return bool(_AMOUNT_AFTER.match(text, found.end()) or _AMOUNT_BEFORE.search(text[max(0, found.start() - 6):found.start()]))


def _not_a_record(text: str, found: "re.Match[str]", keyword_end: Optional[int] = None) -> bool:
    """After a record's word ("factuur", "ticket") the token is its number, unless it is a year, a school year,
    a date, a day and month ("ticket voor 14-06"), an amount ("factuur 1250 euro", "de factuur van 1.450", "ik moet
    de factuur 1250 betalen"), a count ("order 1000 stuks") or a program's error code ("melding 0x8004010F",
    "melding 80070005", "melding KB5034441", "melding 1603 bij installeren"). What is left ambiguous ("de factuur is
    1250" with no money word in the sentence, "melding 1603" alone) goes: scrubbing is the safer side (issue 10)."""
    token = found.group(0).lstrip("#")
    if _POSTCODE_DIGITS.fullmatch(token) and _POSTCODE_LETTERS_AFTER.match(text, found.end()):
        return True  # "de factuur naar Kerkweg 3, 2514 GA Den Haag": a postcode, for the address detector (round scrub17)
    if token[:2].lower() == "0x" or _WINDOWS_ERROR.fullmatch(token):
        return True  # "melding 0x8004010F", "melding 80070005", "melding KB5034441": an error or update, not a request
    if _DATE.match(token) or all(_ONE_YEAR.fullmatch(part) or (year_span(part) and not _SAID_TO_BE_BEFORE.search(
            text[max(0, found.start() - 12):found.start()])) for part in token.split()):
        return True  # a year or a real span of years ("factuur 2024-2025"), not "ordernummer 2024-2001" (review scrub11 B4)
    day_month = _DAY_MONTH.fullmatch(token)
    if day_month and 1 <= int(day_month.group(1)) <= 31 and 1 <= int(day_month.group(2)) <= 12:
        return True  # "ticket voor 14-06 naar Parijs"
    if _AMOUNT_AFTER.match(text, found.end()) or _AMOUNT_BEFORE.search(text[max(0, found.start() - 6):found.start()]):
        return True
    if _RECORD_COUNT_AFTER.match(text, found.end()) or _PAYING_AFTER.match(text, found.end()):
        return True  # "order 1000 stuks", "bestelling 1500 gram", "ik moet de factuur 1250 betalen"
    if _THOUSANDS.fullmatch(token):
        return True  # "factuur van 1.450 voor de laptop": a sum written with a thousands dot
    before = text[max(0, found.start() - 12):found.start()]
    if token.isdigit() and len(token) <= 5:
        sentence = text[max(0, found.start() - 60):min(len(text), found.end() + 60)]
        price = _PRICE_WORD_BEFORE.search(before)
        if price and (price.group(1).lower() != "voor" or _MONEY_CONTEXT.search(sentence)
                      or re.search(r"\w", text[keyword_end or found.start():found.start() - len(price.group(0))])):
            return True  # "de factuur bedraagt 1250", "bestelling van 2 laptops voor 1299" ("ticket voor 45213" goes)
        if _AMOUNT_WORD_BEFORE.search(before) and _MONEY_CONTEXT.search(sentence):
            return True  # "de factuur is 1250, ik kan het niet betalen"
        if len(token) == 4 and _INSTALL_CONTEXT.search(sentence) and _ERROR_WORD.search(
                text[max(0, (keyword_end or found.start()) - 12):found.start()]):
            return True  # "melding 1603 bij installeren": an installer's error code
    return False


_POSTCODE_DIGITS = re.compile(r"[1-9]\d{3}")
_POSTCODE_LETTERS_AFTER = re.compile(r"\s?[A-Z]{2}(?![\w-])")
# "80070005", "8004010F", "C00D36C4" (Windows and Office error codes) and "KB5034441" (a Windows update).
_WINDOWS_ERROR = re.compile(r"(?i)(?:800[47]|C00D)[0-9A-F]{4}|KB\d{6,7}")
_DAY_MONTH = re.compile(r"(\d{1,2})[-/.](\d{1,2})")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d{1,6},\d{2}")
_RECORD_COUNT_AFTER = re.compile(
    r"(?i)\s{0,2}(?:keer|x|stuks?|st|gram|gr|g|kilo|kg|liter|l|ml|meter|m|cm|km|pakken|pakjes|dozen|exemplaren|"
    r"boeken|laptops?|artikelen|producten|items|regels|rijen|records|punten|mb|gb|kb|pagina'?s)(?!\w)"
)
# Right before the number, a word that gives a price: "bedraagt 1250", "kost 1250", "voor 1299", "à 15".
_PRICE_WORD_BEFORE = re.compile(r"(?i)(?<!\w)(bedraagt|bedroeg|kost|kostte|kosten|voor|à|ad)\s{1,2}$")
# "is", "van", "=": the number may be a sum; it is one only with a money word in the sentence.
_AMOUNT_WORD_BEFORE = re.compile(r"(?i)(?<!\w)(?:is|was|van|=|:)\s{1,2}$")
_MONEY_CONTEXT = re.compile(
    r"(?i)(?<!\w)(?:betal\w{0,6}|terugbetal\w{0,6}|kost\w{0,3}|bedrag\w{0,3}|prijs|euro|eur|geld|openstaand\w{0,2}|"
    r"aanmaning|incasso|rekening|duur|goedkoop|btw|totaal|termijn\w{0,2}|korting|schuld\w{0,2}|gekocht|kopen|koop|kocht)(?!\w)"
)
_ERROR_WORD = re.compile(r"(?i)(?<!\w)(?:melding|fout|error|foutcode|errorcode)\W{0,3}$")
_INSTALL_CONTEXT = re.compile(r"(?i)(?<!\w)(?:install\w{0,8}|update\w{0,3}|windows|office|setup|programma|app|software)(?!\w)")


_YEARS = re.compile(r"(?:19|20)\d\d(?:\s?[-/]\s?(?:19|20)?\d\d)?")
# The words for a student card: after them a year is the card's ("studentenkaart 2024"), not a number.
_STUDENT_CARD = re.compile(r"(?i)student(?:en)?(?:kaart|pas)")
_NUMBER_WORD = re.compile(r"(?i)(?<!\w)(?:nr|nummer|no|num)(?!\w)")
# A year or a school year on its own: "2024", "2024-2025", "24/25" (a student number has more digits).
_SCHOOL_YEAR_OR_YEAR = re.compile(r"(?:19|20)\d\d(?:\s?[-/]\s?(?:19|20)?\d\d)?|\d\d/\d\d")
_ONE_YEAR = re.compile(r"(?:19|20)\d\d")
# The words for a number that may be joined to what they are for by a dash (records above).
_NUMBER_WORD_ENDINGS = ("nummer", "nr", "kenmerk")
# A record's number: letters, digits, dots and dashes, with at least four digits ("INC0098123", "HC-55120",
# "2023-JZ-4471", "5CD2381KQ7", "2024.3381.9920"); a payment reference in groups of four digits
# ("1234 5678 9012 3456") is one number, so it becomes one placeholder.
# Since issue 10: a "#" before it ("bestelling #1234567", "ticket #45213") goes with it, and groups of three to five
# digits after a first group of four or five ("kenmerk 1234 5678", "betalingskenmerk 1234 5678 9012 345",
# "kenmerk 12345 67890") are one number.
_RECORD_TOKEN = re.compile(
    r"(?<![\w@#.-])#?(?:\d{4,5}(?:\s\d{3,5}){1,4}(?![\w@]|[.,]\d)"
    r"|(?=[A-Za-z0-9./-]{0,30}?\d(?:[./-]?\d){3})[A-Za-z0-9](?:[A-Za-z0-9]|[./-](?=[A-Za-z0-9])){3,30}(?![\w@])"
    # A serial number with its digits spread out ("PF3K9ZQ2"): three digits and two letters at least, eight characters
    # at least (a printer model such as "M110we" is shorter: review r32), bounded runs.
    r"|(?=(?:[A-Za-z]{0,29}\d){3})(?=(?:\d{0,29}[A-Za-z]){2})[A-Za-z0-9]{8,30}(?![\w@])"
    # An activation or recovery code in groups of four with a digit in each ("8K3M-Q2ZT-77XB", "7Q9M 4XKD 22PL RTB8":
    # round 33): three to five groups, bounded.
    r"|(?=[A-Za-z]{0,3}\d)[A-Za-z0-9]{4}(?:[-\s](?=[A-Za-z]{0,3}\d)[A-Za-z0-9]{4}){2,4}(?![\w@])"
    # ... or in two groups of four capitals and digits joined by a dash, a letter and a digit in each ("K7PX-29QM": round
    # 34); only after a record's word, as every token here.
    r"|(?=[A-Z]{0,3}\d)(?=[0-9]{0,3}[A-Z])[A-Z0-9]{4}-(?=[A-Z]{0,3}\d)(?=[0-9]{0,3}[A-Z])[A-Z0-9]{4}(?![\w@-]))"
)
# Between the numbers of a list after a record's word: "ticket 123456 en 123457", "facturen: 2024-0042, 2024-0043".
_RECORD_LIST_JOINER = re.compile(r"\s{0,2}[,;/&+]\s{0,2}(?:(?:en|of|and)\s{1,2})?|\s{1,2}(?:en|of|and|t/m|tm)\s{1,2}")


def _words(words: List[str]) -> str:
    return "|".join(sorted((r"[\s.-]?".join(re.escape(part) for part in re.split(r"[\s.-]+", word.strip()) if part)
                            for word in words), key=len, reverse=True))


def _listed_words(*keys: str) -> List[str]:
    import yaml

    settings = yaml.safe_load(SETTINGS_FILE.read_text(encoding="utf-8")) or {} if SETTINGS_FILE.exists() else {}
    for key in keys:
        settings = (settings or {}).get(key) or {}
    if not isinstance(settings, list) or not all(isinstance(word, str) and word.strip() for word in settings):
        raise ValueError(f"{SETTINGS_FILE.name}: {'.'.join(keys)} must be a list of words")
    return settings


@functools.lru_cache(maxsize=1)
def _listed() -> dict:
    """The rules built on word lists in data/privacy.yml (compiled once, when first used)."""
    return {
        # Also a word for a number joined to what it is for by a dash ("studielink-aanvraagnummer", "duo-dossiernummer":
        # round 34); not a ticket or an order ("OV-ticket kost 12.50": review r34 S6).
        "records": re.compile(r"(?i)(?<![\w-])(?:(?:" + _words(_listed_words("dossierwoorden")) + r")|[^\W\d_]{2,15}-(?:"
                              + _words([w for w in _listed_words("dossierwoorden") if w.endswith(_NUMBER_WORD_ENDINGS)])
                              + r"))(?!\w)"),
        "account": re.compile(r"(?i)(?<!\w)(?:" + _words(_listed_words("studentnummer", "account_woorden")) + r")(?!\w)"),
        "role_of": re.compile(r"(?i)(?<!\w)(?P<lead>(?:" + _words(_listed_words("studentnummer", "rol_van"))
                              + r")\svan\s)\d{6,8}(?![\w@/-]|[.,]\d)"),
    }


# "Ik ([NAAM], 2e jaar, 1401255)": a number of six to eight digits at the end of brackets opened by a name.
_NUMBER_IN_NAME_BRACKETS = re.compile(r"(?P<lead>\(\[NAAM\](?:,\s[^,()\[\]\n]{1,25}){0,2},\s)\d{6,8}(?=\s?\))")


# Adverbs between "is" and a password ("ww is nog steeds Voetbal12"): they go with the lead (review r33).
_ADVERBS_AFTER_IS = ("nog", "steeds", "al", "ook", "gewoon", "weer", "toch", "nu", "echt")
_ADVERB_AFTER_IS = r"\s{1,2}(?:" + "|".join(_ADVERBS_AFTER_IS) + r")(?!\w)"

# Passwords and user names: the word after "wachtwoord is", "gebruikersnaam:", also without digits.
_SECRET_AFTER = re.compile(
    r"(?i)(?P<lead>(?<!\w)(?:wachtwoord|password|gebruikersnaam|inlognaam|username|ww|pw|digid|wifi-?code)(?:\s\w{2,8}){0,3}"
    # "is" as a word: not inside "magister" (review scrub6 F16).
    # "ww is nog steeds Voetbal12": an adverb or two after "is" go with the lead, the secret follows (review r33).
    r"(?:\s{0,2}[:=]|\s{1,2}is(?!\w)(?:" + _ADVERB_AFTER_IS + r"){0,2})\s{0,2})"
    r"(?P<secret>[^\s,;]{3,40})"
)


# "mijn nummer is 6 12 34 99 01 (zonder de 0)", "bel me op 612345678", "app 31612345678": a mobile number that lost its
# zero or its "+", after a word for calling or a phone within the sentence, is a phone number, not a student number or a
# BSN (round scrub15: the data went before as well, but under the wrong placeholder). "studentnummer 61234567" is no cue.
_MOBILE_WITHOUT_ZERO = re.compile(r"(?<![\w+.,/:-])(?:(?:00)?31[\s-]?)?6(?:[\s-]?\d){8}(?![\w]|[.,/:-]\d)")
_CALL_CUE = re.compile(
    r"(?i)(?<![\w-])(?:bel|belt|bellen|terugbellen|app|appen|appt|whatsapp|whatsappen|sms|sms'en|tel|telnr|telefoon|"
    r"telefoonnummer|mobiel|mobieltje|mobielnummer|gsm|06|06-nummer|bereikbaar|"
    r"(?<!ticket\s)(?<!order\s)(?<!bestel\s)(?<!factuur\s)(?<!klant\s)(?<!dossier\s)(?<!zaak\s)(?<!pakket\s)(?<!student\s)"
    r"(?<!leerling\s)(?:nummer|nr))(?![\w-])[^.!?\n]{0,30}$"
)


# A country code, a trunk "(0)" or another group of digits right before: the run belongs to a longer number, which the
# phone detector reads whole ("+212 661 234 987", "0031 (0)6 11 22 33 44").
_PART_OF_A_LONGER_NUMBER = re.compile(r"(?:\d|\+|\(0\)|\))[\s-]{0,2}$")


def _mobile_without_zero(match: "re.Match[str]") -> str:
    if _PART_OF_A_LONGER_NUMBER.search(match.string, max(0, match.start() - 4), match.start()):
        return match.group(0)
    return PHONE if _CALL_CUE.search(match.string, max(0, match.start() - 45), match.start()) else match.group(0)


def scrub_keyword_ids(text: str) -> str:
    # "mijn nummer is 06-l2345678": a mobile number typed with look-alike letters goes before a keyword reads its tail as
    # a student number (review scrub11 N2).
    text = _LETTER_I_MOBILE.sub(_letter_i_mobile, text)
    text = _MOBILE_WITHOUT_ZERO.sub(_mobile_without_zero, text)
    rule = student_number_rule()
    text = _replace_after(text, rule.keywords, rule.number, STUDENT_NUMBER)
    text = _replace_after(text, _STUDENT_BEFORE_NUMBER, _ID_TOKEN, STUDENT_NUMBER)
    text = _replace_after(text, _BSN_KEYWORDS, _ID_TOKEN, BSN)
    text = _replace_after(text, _OTHER_KEYWORDS, _ID_TOKEN, OTHER_ID, secret=_SECRET_TOKEN)
    text = _ACCOUNT_CODE.sub(lambda m: m.group(0) if _PLACE_BEFORE_CODE.search(m.group("lead"))
                             else m.group("lead") + OTHER_ID, text)
    listed = _listed()
    text = _replace_after(text, listed["records"], _RECORD_TOKEN, OTHER_ID, record=True)
    text = _SECRET_AFTER.sub(lambda m: m.group("lead") + OTHER_ID if not _is_placeholder(m.group("secret"))
                             and not _says_what_is_wrong(m) and not _ASKS_WHICH.search(m.string, max(0, m.start() - 14), m.start())
                             else m.group(0), text)
    if rule.bare is not None:
        text = rule.bare.sub(STUDENT_NUMBER, text)
    text = _replace_after(text, _NUMBER_WORD_BEFORE_ID, _SIX_TO_EIGHT_DIGITS, OTHER_ID)
    text = _replace_after(text, _CASE_NUMBER_WORD, _LETTERED_CASE_NUMBER, OTHER_ID)
    if _STUDENT_NUMBER_TOPIC.search(text):
        text = _FIVE_TO_EIGHT_DIGITS.sub(lambda m: m.group(0) if _not_a_student_number(text, m) else STUDENT_NUMBER, text)
        text = _DASHED_DIGITS.sub(lambda m: m.group(0) if _not_a_student_number(text, m) or year_span(m.group(0))
                                  or not 6 <= len(m.group(0)) - 1 <= 8 else STUDENT_NUMBER, text)
    elif _LOGIN_TOPIC.search(text) or listed["account"].search(text):
        text = _SIX_TO_EIGHT_ALONE.sub(lambda m: m.group(0) if _not_a_student_number(text, m) else STUDENT_NUMBER, text)
    text = _NUMBER_INTRODUCES.sub(STUDENT_NUMBER, text)
    text = listed["role_of"].sub(lambda m: m.group("lead") + STUDENT_NUMBER, text)
    text = _NUMBER_IN_NAME_BRACKETS.sub(lambda m: m.group("lead") + STUDENT_NUMBER, text)
    text = _INTRODUCED_BY_NUMBER.sub(lambda m: m.group(0) if _not_a_student_number(text, m) else STUDENT_NUMBER, text)
    text = _NUMBER_WITH_A_NAME.sub(lambda m: m.group(0) if m.group("colon") and _counted_or_owed(text, m)
                                   else (m.group("lead") or m.group("between") or m.group("colon")) + STUDENT_NUMBER, text)
    return _MORE_STUDENT_NUMBERS.sub(lambda m: m.group("joiner") + STUDENT_NUMBER, text)


# What people say is wrong with a password or account, after "is": a closed list, because any ordinary word
# can be a password ("mijn wachtwoord is zonnebloem"), and a surname that is also a word can be a user name.
_STATUS_WORDS = frozenset("""
    kwijt verlopen vergeten fout verkeerd geblokkeerd gewijzigd veranderd gereset ongeldig onjuist incorrect
    onbekend gehackt gelekt geblokt vervallen verdwenen weg zoek leeg nodig aangepast afgelopen
    wrong expired lost forgotten blocked locked invalid incorrect changed reset hacked leaked
""".split())


# "welk wachtwoord is veilig", "wat voor wachtwoord is goed": a question about passwords, not one.
_ASKS_WHICH = re.compile(r"(?i)(?<!\w)(?:welke?|wat\svoor(?:\seen)?|hoe)\s$")


def _says_what_is_wrong(found: "re.Match[str]") -> bool:
    """"mijn wachtwoord is kwijt / verlopen / fout": after "is" (not ":"), a status word says what is wrong
    with the password or account; it is not the secret itself."""
    word = found.group("secret").rstrip(".,!?")
    if not _LEAD_ENDS_IN_IS.search(found.group("lead")):
        return False
    # "wachtwoord is mijn verjaardag", "digid is mijn grootste vijand", "wachtwoord is het probleem niet": a possessive,
    # an article or an adverb opens a phrase about the password, not the secret itself (round 33)
    return word.lower() in _STATUS_WORDS or word.lower() in _PHRASE_OPENERS_AFTER_IS


_LEAD_ENDS_IN_IS = re.compile(r"(?i)(?<!\w)is(?:" + _ADVERB_AFTER_IS + r"){0,2}\s{0,2}$")
_PHRASE_OPENERS_AFTER_IS = frozenset({"mijn", "mn", "m'n", "je", "jouw", "zijn", "z'n", "haar", "ons", "onze", "hun", "uw",
                                     "het", "de", "een", "dezelfde", "hetzelfde", "niet", "te", "zo",
                                     # an adverb the lead could not take ("is echt te kort": "te" is too short a secret)
                                     *_ADVERBS_AFTER_IS})


# "#559102 hier, laptop kapot": a student who opens with a number and "hier" introduces themselves by it,
# as "Bas hier" does by name.
# "ik ben 2045123", "dit is 2045123": introduced by a number of six to eight digits (an age is shorter).
_INTRODUCED_BY_NUMBER = re.compile(r"(?i)(?<=(?<!\w)ik\sben\s)#?\d{6,8}(?![\w@/-]|[.,]\d)|(?<=(?<!\w)dit\sis\s)#?\d{6,8}(?![\w@/-]|[.,]\d)")
_NUMBER_INTRODUCES = re.compile(r"(?im)(?<![^\n])[^\S\n]{0,3}#?\d{5,8}(?=[^\S\n]{1,3}hier(?!\w))")


def _is_placeholder(token: str) -> bool:
    return token.startswith("[")


# ------------------------------------------------------------------------------------ runs of digits
# A run: digit groups joined by one separator each (space, dot, dash or slash, spaces allowed around a
# dash), optionally starting with + or 00 and with "(0)" or parentheses as in "+31 (0)6" or "(030)"; "(0)" also glued
# to the country code ("0031(0)10 ...", round scrub18).
_RUN = re.compile(
    r"(?<![\w+.,/:-])(?:\+\s?)?\(?\d{1,24}\)?(?:(?:\s?-\s?|/\s?|[ .]|\s?\(0\)\s?|\)\s?)\(?\d{1,15}\)?){0,12}(?![\w]|[.,/:]\d)"
)
_SERVICE_PREFIXES = ("0800", "0900", "0906", "0909", "088", "0880")
_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$|^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_TIME_OR_SCORE = re.compile(r"^\d{1,2}[-/]\d{1,2}$")


@functools.lru_cache(maxsize=1)
def public_numbers() -> frozenset:
    """Phone numbers of organisations, never of a student: the ones the bot itself gives out (domain.yml
    and the knowledge base) and data/privacy.yml ``openbare_nummers`` (e.g. the school's front desk)."""
    import yaml

    root = lexicon_module.ROOT
    sources = [root / "domain.yml", *sorted((root / "data" / "knowledge").rglob("*.yml"))]
    numbers = set()
    for path in sources:
        if path.exists():
            for match in _RUN.finditer(path.read_text(encoding="utf-8")):
                compact = re.sub(r"\D", "", match.group(0))
                if len(compact) >= 8:
                    numbers.add(compact)
    if SETTINGS_FILE.exists():
        listed = (yaml.safe_load(SETTINGS_FILE.read_text(encoding="utf-8")) or {}).get("openbare_nummers") or []
        numbers.update(re.sub(r"\D", "", str(number)) for number in listed)
    return frozenset(number for number in numbers if number)


def _is_date(run: str) -> bool:
    match = _DATE.match(run.replace(" ", ""))
    if not match:
        return False
    if match.group(1):
        day, month = int(match.group(1)), int(match.group(2))
    else:
        month, day = int(match.group(5)), int(match.group(6))
    return 1 <= day <= 31 and 1 <= month <= 12


class _Group(NamedTuple):
    start: int
    end: int
    digits: str


_DIGITS = re.compile(r"\d+")


def _groups(run: str) -> List[_Group]:
    """The digit groups of ``run``, without the trunk "(0)" of "+31 (0)6 ..."."""
    return [_Group(m.start(), m.end(), m.group(0)) for m in _DIGITS.finditer(run)
            if not (m.group(0) == "0" and run[m.start() - 1:m.start()] == "(" and run[m.end():m.end() + 1] == ")")]


def _phone_end(run: str, groups: List[_Group], first: int) -> Optional[int]:
    """End offset in ``run`` of a phone number starting at group ``first``, if one starts there."""
    head = run[: groups[first].start]
    international = head.rstrip(" (").endswith("+") or (groups[first].digits.startswith("00") and len(groups[first].digits) >= 2)
    digits = ""
    best = None
    for index in range(first, len(groups)):
        group = groups[index]
        digits += group.digits
        if international:
            number = digits[2:] if digits.startswith("00") else digits
            if len(number) > 15:
                break
            if 8 <= len(number) <= 15:
                try:
                    parsed = phonenumbers.parse("+" + number, None)
                    if phonenumbers.is_possible_number(parsed):
                        best = group.end
                except phonenumbers.NumberParseException:
                    pass
                if best is None and index == len(groups) - 1 and len(number) >= 9:
                    best = group.end  # shaped like an international number, even if no country knows it
        else:
            if not digits.startswith("0") or digits.startswith(_SERVICE_PREFIXES):
                return None
            if len(digits) > 12:
                break
            if len(digits) == 10 or (len(digits) in (9, 11, 12) and index == len(groups) - 1):
                best = group.end
                if len(digits) == 10:
                    break
    return best


# A date inside a run stands on its own digits: "0031-6-19283746" holds "31-6-1928" only inside longer groups, and is
# a phone number (round 38, privacy_dev28).
_DATE_INSIDE = re.compile(r"(?<!\d)(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})(?!\d)")


# "1940-1945 12": a span of years opens the run, and a separate number follows it.
_YEAR_SPAN_FIRST = re.compile(r"(?:19|20)\d{2}\s?-\s?(?:19|20)\d{2}(?=\s)")
# "3528 0199 8765 4321": four groups of four digits are a card (OV-chipkaart, bank card), never a phone.
_CARD_NUMBER = re.compile(r"^[1-9]\d{3}([ -])\d{4}\1\d{4}\1\d{4}$")


# A phone label opening a line ("T 088 ...", "Tel.: 088 ...", "M: 06 ...", "Direct 088 ..."): a signature's own number.
_PHONE_LABEL_OPENS_LINE = re.compile(r"(?:^|\n|\|)[^\S\n]{0,3}(?:[TMD]|(?i:tel|telefoon|mob|mobiel|direct|dir))\.?[^\S\n]{0,2}:?[^\S\n]{0,3}$")


# A school's desk or service ("030-1234567 van de facilitaire dienst", "de receptie is bereikbaar op 030-...", "bel de
# servicedesk op ..."): an organisation's line, no person's. Not for a mobile number (06): that is somebody's own
# (round scrub15).
_DESK = (r"(?:receptie|balie|studentenbalie|administratie|studentenadministratie|leerlingenadministratie|"
         r"facilitaire\sdienst|facilitair\sbedrijf|servicedesk|helpdesk|ict-?\s?servicedesk|conci[eë]rge|"
         r"examencommissie|examenbureau|mediatheek|bibliotheek|verzuimloket|ziekmeldlijn|roosterbureau|beveiliging|"
         r"school|hoofdgebouw|studentzaken|studentenzaken|stagebureau|bpv-?bureau|decanaat|secretariaat|"
         r"onderwijsbureau|klantenservice|studentenloket|servicepunt)")
_DESK_AFTER = re.compile(r"(?i)\s{0,2}\)?\s{0,2}(?:van|voor)\s(?:de|het|onze|ons)\s" + _DESK + r"(?!\w)")
_DESK_BEFORE = re.compile(r"(?i)(?<!\w)(?:de|het|onze|ons)\s" + _DESK + r"(?:\s(?:is|zijn))?"
                          r"(?:\s(?:te\s)?(?:bereiken|bereikbaar|bellen))?(?:\s(?:op|via))?\s{0,2}:?\s{0,2}\(?$")
_MOBILE_START = re.compile(r"^(?:\+\s?31|0031)?\s?\(?0?\)?\s?6|^06")


# "mijn moeder 030-1234567 van de receptie", "zijn nummer op de receptie": somebody's own number comes first.
_SOMEBODYS_BEFORE = re.compile(r"(?i)(?<![\w'])(?:mijn|m'n|mn|haar|zijn|z'n|jouw|hun|me|mij)(?![\w'])[^.!?\n]{0,30}$")


# An 088 number is a firm's line, kept; said to be where one can reach oneself ("je kunt me bereiken op 088-...", "mijn
# werknummer is 088-..."; since round scrub18 also "bel me op 088-...", "mijn telefoonnummer op het werk is 088-...")
# or called one's own after it ("088-... dat is mijn werk"), it is a person's direct line and goes (round scrub17).
# 0800/0900 and 112/113 stay whatever is said around them.
_OWN_088_BEFORE = re.compile(
    r"(?i)(?:(?<![\w'])(?:me|mij)\s(?:[\w']{1,12}\s){0,2}(?:bereiken|bellen|terugbellen|appen|spreken)\s(?:op|via|onder)"
    r"|(?<![\w'])(?:bel|app|sms|whatsapp)\s(?:me|mij)\s(?:[\w']{1,12}\s){0,2}(?:op|via|onder)"
    r"|(?<![\w'])(?:mijn|m'n|mn)\s(?:eigen\s|directe?\s)?(?:werk\s?nummer|nummer|telefoonnummer|telnr|tel|lijn|werktelefoon)"
    r"(?:\s(?:op\s(?:het\s|m'n\s|mijn\s)?werk|is|=)){0,2})\s{0,2}:?\s{0,2}$")
_OWN_088_AFTER = re.compile(
    r"(?i)\s{0,2}[,(]?\s{0,2}(?:dat\s|dit\s)?(?:is\s)?(?:mijn|m'n|mn)\s(?:werk|werknummer|nummer|directe\slijn|eigen)(?!\w)")


def _a_desks_number(text: str, start: int, run: str) -> bool:
    if _MOBILE_START.match(run.strip()) or _SOMEBODYS_BEFORE.search(text[max(0, start - 40):start]):
        return False
    return bool(_DESK_AFTER.match(text, start + len(run)) or _DESK_BEFORE.search(text[max(0, start - 60):start]))


def _classify_run(text: str, start: int, run: str) -> str:
    """``run`` with phone numbers, BSNs and long ids replaced (``start`` is its offset in ``text``)."""
    inside = _DATE_INSIDE.search(run) if len(run) > 10 else None
    if inside is not None and inside.group(0) != run and _is_date(inside.group(0)):
        # "op 01-02-2024 12 uur": a date is a boundary, the numbers around it are judged on their own.
        return (_classify_run(text, start, run[:inside.start()]) + inside.group(0)
                + _classify_run(text, start + inside.end(), run[inside.end():]))
    years = _YEAR_SPAN_FIRST.match(run)
    if years is not None and years.end() < len(run):
        # "Laan 1940-1945 12": a span of years, then a number of its own (a street named after the years).
        # The space after the span stays ("1940-1945 123456789 is ..." -> "1940-1945 [BSN] is ...": review scrub11 N3).
        rest = run[years.end():]
        gap = rest[:len(rest) - len(rest.lstrip())]
        return years.group(0) + gap + _classify_run(text, start + years.end() + len(gap), rest[len(gap):])
    compact = re.sub(r"\D", "", run)
    if len(compact) < 8 or _is_date(run) or _TIME_OR_SCORE.match(run):
        return run
    if compact in public_numbers() or _a_desks_number(text, start, run):
        return run
    # A service number ("0800-0113") is kept, but a phone number may still follow it in the same run
    # ("080 0612345678": the run reads as 0800..., the mobile number after the first group is somebody's).
    service = compact.startswith(_SERVICE_PREFIXES)
    before = text[max(0, start - 50):start]
    thing_right_before = bool(_THING_RIGHT_BEFORE.search(before)) if _THING_HINT.search(before) else False
    if _CARD_NUMBER.match(run) and not thing_right_before:
        return OTHER_ID  # a card's number (OV-chipkaart, bank card), not a phone number inside it
    groups = _groups(run)
    # Phone numbers may start at any group ("10 06-12345678"); take the first that works.
    for first in range(len(groups)):
        end = _phone_end(run, groups, first)
        if end is not None and not thing_right_before:
            prefix_start = groups[first].start
            prefix = run[:prefix_start]
            # Keep a "+" or "(" that belongs to the number inside the placeholder.
            keep = re.sub(r"[+(\s]+$", "", prefix) if prefix.rstrip().endswith(("+", "(")) else prefix
            return keep + PHONE + _classify_run(text, start + end, run[end:])
    if service:
        if compact.startswith("088") and len(compact) == 10 and _PHONE_LABEL_OPENS_LINE.search(before):
            return PHONE  # "T 088 666 12 34" in a signature: a staff member's direct line (round scrub14)
        if compact.startswith("088") and len(compact) == 10 and (
                _OWN_088_BEFORE.search(before) or _OWN_088_AFTER.match(text, start + len(run))):
            return PHONE  # "bel me op 088-..., dat is mijn werk": somebody's own line at work (round scrub17)
        return run
    separators = set(re.sub(r"[\d]", "", run))
    if separators <= {"."} and len(groups) >= 3 and len(compact) != 9:
        return run  # a version or an IP address
    thing = thing_right_before or (bool(_THING_HINT.search(before)) and bool(_THING_IN_SENTENCE.search(before)))
    if len(compact) == 9:
        if thing and not stdnum_bsn.is_valid(compact):
            return run
        return BSN
    if len(compact) >= 10 and not thing:
        return OTHER_ID
    return run


# "nul zes twee drie ...": a phone number said digit by digit in words (Dutch or English), nine to twelve
# digits starting with a zero; digits may be mixed in. No ordinary sentence has eight digit words in a row.
_DIGIT_WORD = r"(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|zero|oh|one|two|three|four|five|six|seven|eight|nine|\d)"
_DIGIT_WORD_ONLY = _DIGIT_WORD.replace("|\\d)", ")")
# Numbers from 10 to 99 in words, as a mobile number is often read out in pairs ("nul zes twaalf vierendertig").
_UNITS = r"(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)"
_TENS = r"(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)"
_PAIR_WORD = (r"(?:tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|"
              + _TENS + "|" + _UNITS + r"[eë]n" + _TENS + ")")
# Also a mobile number without its zero: "zes een twee ..." (nine digit WORDS from the 6: "zes, 7, 8, 6 ..."
# is a list of grades), and one read out in pairs after "nul zes".
_SPELLED_PHONE = re.compile(
    r"(?i)(?<![\w-])(?:(?:nul|zero|0)(?:[\s,-]{1,3}" + _DIGIT_WORD + r"){8,11}|(?:zes|six)(?:[\s,-]{1,3}" + _DIGIT_WORD_ONLY
    + r"){8}|(?:nul|0)[\s,-]{1,3}(?:zes|6)(?:[\s,-]{1,3}(?:" + _PAIR_WORD + "|" + _DIGIT_WORD + r")){4,8}"
    # "06 achttien drieënveertig ...": the 06 in digits, then the rest read out in pairs (the first a pair word).
    r"|06[\s,-]{1,3}" + _PAIR_WORD + r"(?:[\s,-]{1,3}(?:" + _PAIR_WORD + "|" + _DIGIT_WORD + r")){3,7})(?![\w-])"
)


# "O6-28374615": a mobile number typed with the letter O for the zero.
_LETTER_O_MOBILE = re.compile(r"(?<![\w+])[Oo]6(?:[\s-]?\d){8}(?!\w)")
# "06 3I 88 21 47", "o6 l2 34 56 78", "O6 I2345678": a capital I or a small l typed for a one, and the zero of 06 as
# an O (the callback counts: at least one look-alike and three real digits among the last eight; review scrub11 N2).
# Since scrub15 also an O or o for a zero among the last eight ("06-1O23-4567").
_LETTER_I_MOBILE = re.compile(r"(?<![\w+])[0Oo]6(?:[\s-]?[\dIlOo]){8}(?!\w)")


def _letter_i_mobile(match: "re.Match[str]") -> str:
    tail = match.group(0)[2:]
    if re.search(r"(?<![\dIl])[Oo](?![\dIl])", tail) or sum(char in "Oo" for char in tail) > 2:
        return match.group(0)  # an O must sit inside a group of digits, at most twice ("06 oo 12 ..." is no number)
    letters = sum(char in "IlOo" for char in tail)
    digits = sum(char.isdigit() for char in tail)
    return PHONE if letters >= 1 and digits >= 3 else match.group(0)


# "stud nr vier vijf zes zeven acht negen nul", "nummer van mijn pas: 0 0 4 5 1 9 8 2", "meldingsnummer is drie zeven
# nul, streepje, vijf vijf één": a number read out digit by digit (speech to text on a phone writes it so), five to
# twelve digit words or single digits, after a word for a number, an id or a card within the 40 characters before it
# (round 34, privacy_dev24). A phone number read out is taken before (_SPELLED_PHONE).
_SPELLED_UNIT = r"(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|\d)"
_SPELLED_DIGITS = re.compile(
    r"(?i)(?<![\w-])" + _SPELLED_UNIT + r"(?:[\s,-]{1,3}(?:streepje[\s,]{1,3})?" + _SPELLED_UNIT + r"){4,11}(?![\w-])")
_SPELLED_ID_CUE = re.compile(r"(?i)(?<!\w)(?:nr|no|nummer|\w{2,20}nummer|\w{1,20}nr|id|code|activatiecode|herstelcode|pincode)\.?(?!\w)")
_DIGIT_VALUE = {"nul": "0", "een": "1", "één": "1", "twee": "2", "drie": "3", "vier": "4", "vijf": "5", "zes": "6",
                "zeven": "7", "acht": "8", "negen": "9"}
_STUDENT_CUE = re.compile(r"(?i)(?<!\w)(?:stud|student|studenten|leerling|leerlingen|studentnummer|leerlingnummer|studentnr|"
                          r"leerlingnr|studentid|schoolpas)(?!\w)")


def _spelled_id(match: "re.Match[str]") -> str:
    before = match.string[max(0, match.start() - 40):match.start()]
    words = [word for word in re.split(r"[\s,-]+", match.group(0).lower()) if word and word != "streepje"]
    digits = "".join(_DIGIT_VALUE.get(word, word) for word in words)
    if not _SPELLED_ID_CUE.search(before) or len(words) < 5:
        return match.group(0)
    # Not a count ("vraag nummer 1, 2, 3, 4, 5", "pas een twee drie vier"), not grades with their articles ("een zes, een
    # vijf, een zeven"), not a service number read out ("nul acht nul nul ...") (review r34 S3).
    counting = all(int(b) - int(a) == 1 for a, b in zip(digits, digits[1:]))
    articles = sum(1 for word in words if word == "een") * 3 > len(words)
    if counting or articles or digits.startswith(("0800", "0900", "0906", "0909", "088", "112", "113")):
        return match.group(0)
    return STUDENT_NUMBER if _STUDENT_CUE.search(before) else OTHER_ID


def scrub_number_runs(text: str) -> str:
    text = _SPELLED_PHONE.sub(PHONE, _LETTER_I_MOBILE.sub(_letter_i_mobile, _LETTER_O_MOBILE.sub(PHONE, text)))
    text = _RUN.sub(lambda m: _classify_run(text, m.start(), m.group(0)), text)
    return _SPELLED_DIGITS.sub(_spelled_id, text)


def bsn_is_valid(digits: str) -> bool:
    """The 11-proef (python-stdnum)."""
    return bool(re.fullmatch(r"\d{9}", digits)) and stdnum_bsn.is_valid(digits)


DETECTORS: List[Callable[[str], str]] = [scrub_iban, scrub_keyword_ids, scrub_plates, scrub_number_runs]
