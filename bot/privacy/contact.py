"""E-mail addresses, social media and gaming handles, and home addresses.

Each pattern has bounded repetitions and may only start where a word starts, so the work per position
of the text is bounded: linear time on any input (tests/privacy/test_linear_time.py).
"""
from __future__ import annotations

import functools
import re

EMAIL = "[EMAIL]"
HANDLE = "[ACCOUNT]"
ADDRESS = "[ADRES]"

# ---------------------------------------------------------------------------------------------- e-mail
# Free mail providers: a role word at one of them is somebody's own address ("info@gmail.com").
_MAIL_PROVIDERS_FOR_ROLES = (
    r"gmail|googlemail|hotmail|outlook|live|msn|icloud|me|yahoo|ymail|aol|proton(?:mail)?|pm|gmx|web|"
    r"ziggo|kpnmail|kpnplanet|planet|home|xs4all|telenet|skynet|yandex|mail|zoho|hetnet|wp|qq|casema|chello|upcmail"
)
# A sender that no person reads ("noreply@school-info.nl", "no-reply@", "donotreply@", "mailer-daemon@"): a machine's
# address, no personal data (round scrub14).
# A school's or a firm's general mailbox ("info@roc-voorbeeld.nl", "examencommissie@school.nl", "servicedesk@...")
# names a desk, not a person: the whole user name is a role word and the domain is no mail provider ("info@gmail.com"
# is somebody's; "info.fam.bakker@ziggo.nl" has more than the role). A teacher's own work address ("j.devries@roc.nl")
# still goes (round scrub15).
_ROLE_MAILBOX = (
    r"info|contact|receptie|administratie|studentenadministratie|studentadministratie|examencommissie|examenbureau|"
    r"examens|studentzaken|studentenzaken|servicedesk|helpdesk|ict|ict-?servicedesk|support|stage|stages|stagebureau|"
    r"bpv|bpv-?bureau|bpvbureau|verzuim|ziekmelding|ziekmeldingen|absentie|mediatheek|bibliotheek|secretariaat|"
    r"facilitair|facilitaire-?dienst|klachten|klachtencommissie|decanaat|loopbaan|rooster|roosters|planning|"
    r"financien|debiteuren|facturen|inschrijving|inschrijvingen|aanmelden|aanmelding|aanmeldingen|toelating|"
    r"onderwijsbureau|studentbegeleiding|studentenbegeleiding|vertrouwenspersoon|privacy|communicatie|pers|"
    r"personeelszaken|vacatures|office|vragen|welkom|hallo|kantine|conciërge|concierge|beveiliging|zorgteam|zorgloket|"
    r"studentenloket|studentloket|loket|balie|onderwijs|opleiding|opleidingen|open-?dag|opendag|alumni|ouders|ouderraad|"
    r"studentenraad|medezeggenschap|webmaster"
)
_MACHINE_SENDER = (r"(?!(?i:no-?reply|do-?not-?reply|mailer-daemon|postmaster)@)"
                   r"(?!(?i:" + _ROLE_MAILBOX + r")@(?!(?i:" + _MAIL_PROVIDERS_FOR_ROLES + r")\.))")
_EMAIL = re.compile(r"(?<![\w.+%-])" + _MACHINE_SENDER + r"[\w.+%-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}")
# Obfuscated: "[at]", "(at)", "{at}", "<at>", "[dot]", "[.]", "(punt)"; a spelled dot is a word of its own
# ("a at apunt ik" is no address).
# Also "(a)", a doubled "@@" and an "@" with spaces on both sides ("joost @ gmail punt com"); "bereal
# @kim.vd.berg" (a space only before it) is a handle.
_AT = r"(?:\s{0,2}[\[({<]\s{0,2}(?:at|@|a|apenstaartje|apestaartje)\s{0,2}[\])}>]\s{0,2}|\s(?:at|apenstaartje|apestaartje)\s|(?<=\w)@{1,2}\s{0,2}|\s{1,2}@{1,2}\s{1,2})"
_DOT = r"(?:\.|\s{0,2}[\[({<]\s{0,2}\.\s{0,2}[\])}>]\s{0,2}|(?:\s{1,2}[\[({<]?|\s{0,2}[\[({<])\s{0,2}(?:dot|punt)\s{0,2}[\])}>]?\s{0,2}(?=\w))"
_LOCAL = r"[\w.+-]{1,40}(?:\s(?:punt|dot)\s[\w-]{1,30}){0,3}"
_TLD = r"(?:com|nl|be|net|org|eu|de|fr|uk|info|ru|cn|tr|ma|pl|live|me|io|[a-z]{2})"
# After a spelled dot, a two-letter Dutch word is the next word, not the domain ("a at a punt ik heb ...").
_NOT_A_WORD_TLD = r"(?!(?:ik|je|en|in|is|op|te|we|ze|al|er|of|om|nu|zo|na|ja|ok|jij|hij|mn|da)(?!\w))"
# "piet [at] hotmail [dot] com", "daan at gmail punt com", "kim punt bos apestaartje gmail punt com".
_EMAIL_SPELLED = re.compile(
    r"(?i)(?<![\w.+-])" + _MACHINE_SENDER + _LOCAL + _AT + r"[\w-]{1,63}(?:" + _DOT + r"[\w-]{1,63}){0,3}" + _DOT + _NOT_A_WORD_TLD + _TLD + r"(?!\w)"
)


# "k.yilmaz2007@hotmail .com", "jurre.b @ outlook.com", "stefanie . wouters @ gmail . com": spaces around
# the @ and the dots, as long as it ends in a top-level domain.
_EMAIL_SPACED_TLD = re.compile(
    r"(?i)(?<![\w.+%-])" + _MACHINE_SENDER + r"[\w+%-]{1,64}(?:\s?\.\s?[\w+%-]{1,64}){0,4}\s?@\s?[\w-]{1,63}(?:\s?\.\s?[\w-]{1,63}){0,3}"
    r"\s?\.\s?" + _TLD + r"(?!\w|\.\w)"
)
# "kaan.ozturk.2006 op gmail", "jan@hotmail": a user name at a mail provider, with the ".com" left out.
# The user name needs a dot, digit or underscore, so "ik zit op gmail" stays.
_MAIL_PROVIDERS = (
    r"gmail|googlemail|hotmail|outlook|live|msn|icloud|me|yahoo|ymail|aol|proton(?:mail)?|pm|gmx|web|"
    r"ziggo|kpnmail|kpnplanet|planet|home|xs4all|telenet|skynet|yandex|mail|zoho"
)
# With a spaced or bracketed @ only providers that are no ordinary word ("ik zit @ home").
_DISTINCT_PROVIDERS = r"gmail|googlemail|hotmail|outlook|icloud|yahoo|ymail|aol|proton(?:mail)?|gmx|ziggo|kpnmail|kpnplanet|xs4all|telenet|skynet|yandex|zoho"
_EMAIL_NO_TLD = re.compile(
    r"(?i)(?<![\w.+-])(?=[\w.+-]{0,40}[\d._])[\w][\w.+-]{0,39}(?:@|\s(?:at|op|apenstaartje|apestaartje)\s)"
    r"(?:" + _MAIL_PROVIDERS + r")(?![\w@])"
)
# "lotte@hotmail,com", "jan@gmail com", "jan @ gmail", "jan [at] gmail": with an @ the user name may be any
# word, and a comma or a space that stands for the dot before the top-level domain goes with the address.
_EMAIL_AT_PROVIDER = re.compile(
    r"(?i)(?<![\w.+-])[\w][\w.+-]{0,39}(?:@{1,2}(?:" + _MAIL_PROVIDERS + r")|(?:\s?@{1,2}\s?|\s?[\[({<]\s?(?:at|@|a)\s?[\])}>]\s?)"
    r"(?:" + _DISTINCT_PROVIDERS + r"))(?:[,\s]" + _TLD + r")?(?![\w@])"
)
# "jan op gmail punt com": "op" said for the @, only before a mail provider and its top-level domain; the word
# before it must be a name or no word of the language ("ik zit op gmail punt com" stays, see _at_provider).
_EMAIL_OP_PROVIDER = re.compile(
    r"(?i)(?<![\w.+-])[\w][\w.+-]{0,39}\sop\s(?:" + _DISTINCT_PROVIDERS + r")(?:\s?\.\s?|\s(?:punt|dot)\s)" + _TLD + r"(?!\w)"
)
# "j a n s s e n 1 2 @ g m a i l . c o m": every character spaced out.
_EMAIL_LETTER_SPACED = re.compile(r"(?<![\w.])(?:[\w.+-] ){2,64}@(?: [\w.-]){3,64}(?![\w.])")


def _at_provider(match: "re.Match[str]") -> str:
    """"inloggen @ outlook", "kies (a) gmail": with a spaced or bracketed @ the word before it must not be a word
    of the language (review scrub6 F1); "jan @ gmail" and "lotte@hotmail,com" stay e-mail addresses."""
    from bot.privacy.lexicon import lexicon

    found = match.group(0)
    local = re.match(r"[\w.+-]+", found).group(0)
    if "@" in found and not re.search(r"\s@|@\s", found):
        return EMAIL
    lex = lexicon()
    if not lex.is_first_name(local) and (lex.is_common(local) or lex.is_known_word(local) or lex.is_english_word(local)):
        return found
    return EMAIL


# A machine sender's address ("noreply@...") with its domain, checked by _machine_address (review s22 S3).
_MACHINE_ADDRESS = re.compile(
    r"(?i)(?<![\w.+%-])(?:no-?reply|do-?not-?reply|mailer-daemon|postmaster)@(?P<domain>[\w-]{1,63}(?:\.[\w-]{1,63}){1,5})")


def _domain_names_a_person(domain: str) -> bool:
    """A domain with a person's name in it: a surname or first name that is no word ("jansen-familie.nl"), or a first
    name and a surname run together ("kimbakker.nl"). Bounded: at most six labels of at most 63 characters."""
    from bot.privacy.lexicon import lexicon

    from bot.privacy.names import phrases

    labels = domain.split(".")[:-1]
    lex = lexicon()
    particles = phrases().particles

    def first_and_surname(part: str) -> bool:  # "kimbakker", "bellamira"
        return any(lex.in_first_name_list(part[:cut]) and lex.in_name_list(part[cut:]) for cut in range(3, len(part) - 3))

    for label in labels:
        parts = [part.lower() for part in label.split("-")]
        for position, part in enumerate(parts):
            if not part.isalpha():
                continue
            if part in particles and (position == 0 or parts[position - 1] not in particles):
                # "bakkerij-de-vries", "kapsalon-van-der-berg": particles and the word after them, read as one surname
                end = position
                while end < len(parts) and parts[end] in particles:
                    end += 1
                phrase = " ".join(parts[position:end + 1])
                if end < len(parts) and lex.is_surname(phrase) and not lex.is_place(phrase):  # not "hotel-den-haag" (review scrub18 S5)
                    return True
            a_word = lex.is_dutch_word(part) or lex.is_english_word(part)
            if lex.in_name_list(part) and not a_word and not lex.is_place(part):
                return True
            if not a_word and first_and_surname(part):
                return True
            if not a_word and any(lex.is_dutch_word(part[:cut]) and first_and_surname(part[cut:])
                                  for cut in range(4, len(part) - 5)):
                return True  # a trade and the owner's full name run together: "kapsalonbellamira" (round scrub18)
    return False


# A general mailbox at a firm's own domain ("planning@transport-verhoeven.nl"), which _EMAIL leaves as a desk's address:
# checked by _role_address (round scrub17).
_ROLE_ADDRESS = re.compile(
    r"(?<![\w.+%-])(?i:" + _ROLE_MAILBOX + r")@(?!(?i:" + _MAIL_PROVIDERS_FOR_ROLES + r")\.)"
    r"(?P<domain>[\w-]{1,63}(?:\.[\w-]{1,63}){1,5})(?![\w.-])")


def _role_address(match: "re.Match[str]") -> str:
    """A desk's address is kept, unless the domain is named after a person and no institution: a one-person firm or a
    family business ("planning@transport-verhoeven.nl", "info@kapsalon-yilmaz.nl") names its owner. A school named
    after somebody ("info@roc-mondriaan.nl") is an institution (data/privacy.yml adressen.instelling_in_domein)."""
    from bot.privacy.lexicon import address_words

    domain = match.group("domain")
    parts = {part.lower() for label in domain.split(".")[:-1] for part in label.split("-")}
    if parts & set(address_words("instelling_in_domein")):
        return match.group(0)
    return EMAIL if _domain_names_a_person(domain) else match.group(0)


def _machine_address(match: "re.Match[str]") -> str:
    """"noreply@magister.net" is a machine's; "noreply@gmail.com" (a free-mail account anyone can make) and
    "postmaster@kimbakker.nl", "noreply@jansen-familie.nl" (a domain with a person's name in it) are a person's
    (review s22 S3). Bounded: at most six labels of at most 63 characters."""
    from bot.privacy.lexicon import lexicon

    labels = match.group("domain").split(".")[:-1]
    if re.fullmatch(r"(?i:" + _MAIL_PROVIDERS + r")", labels[0]):
        return EMAIL
    lex = lexicon()
    for part in (part for label in labels for part in label.split("-") if part.isalpha()):
        a_word = lex.is_dutch_word(part) or lex.is_english_word(part)
        if lex.in_name_list(part) and not a_word:
            return EMAIL  # "jansen-familie.nl"
        if not a_word and any(lex.in_first_name_list(part[:cut]) and lex.in_name_list(part[cut:])
                              for cut in range(3, len(part) - 3)):
            return EMAIL  # "kimbakker.nl": a first name and a surname run together
    return match.group(0)


def scrub_email(text: str) -> str:
    text = _MACHINE_ADDRESS.sub(_machine_address, text)
    text = _ROLE_ADDRESS.sub(_role_address, text)
    text = _EMAIL_SPELLED.sub(EMAIL, _EMAIL.sub(EMAIL, text))
    text = _EMAIL_SPACED_TLD.sub(EMAIL, text)
    text = _EMAIL_LETTER_SPACED.sub(EMAIL, text)
    text = _EMAIL_AT_PROVIDER.sub(_at_provider, text)
    text = _EMAIL_OP_PROVIDER.sub(_at_provider, text)
    return _EMAIL_NO_TLD.sub(EMAIL, text)


# --------------------------------------------------------------------------------------------- handles
_PLATFORMS = (
    # "ik snap K1-W3 niet": after a subject the verb "snappen", not Snapchat
    r"insta(?:gram)?|snapchat|(?<!ik\s)(?<!je\s)(?<!jij\s)(?<!hij\s)(?<!ze\s)(?<!zij\s)(?<!we\s)(?<!wij\s)snap|tik\s?tok|discord|twitter(?:/x)?|threads|bluesky|facebook|fb|"
    r"telegram|twitch|youtube|linkedin|pinterest|reddit|steam(?:-?naam)?|psn|ps\d|playstation|"
    r"xbox|gamertag|epic(?:\sgames)?|fortnite|roblox|minecraft|valorant|spotify|github|bereal|"
    r"whatsapp-?naam|username|user|gebruikersnaam|accountnaam|account|riot(?:\sid)?|battle\.?net|battletag|"
    r"ea\sid|ubisoft|nintendo|switch\scode|friend\scode|clash\sid"
)
# @name (not the middle of an e-mail address), and profile links of the big platforms.
# Not a mail domain said in words: "mijn @student adres", "je @school mail" ("@sara mail me even" is a handle: "mail" only
# after a domain word).
_AT_HANDLE = re.compile(r"(?<![\w@.])@(?![a-z]{2,30}\s(?:adres|mailadres|e-?mailadres)(?!\w))"
                        r"(?!(?:student|school|gmail|hotmail|outlook|live|icloud|roc|mbo)\s(?:mail|e-?mail)(?!\w))"
                        r"(?:[\w][\w.]{0,39}\w|\w)")
_PROFILE_URL = re.compile(
    r"(?i)(?<![\w/.])(?:https?://)?(?:www\.)?(?:instagram\.com|tiktok\.com|twitter\.com|x\.com|facebook\.com|"
    r"fb\.com|linkedin\.com/in|twitch\.tv|youtube\.com|snapchat\.com/add|github\.com|steamcommunity\.com/id|"
    r"threads\.net|t\.me|pinterest\.(?:com|nl|co\.uk)|(?:nl\.)?pinterest\.com|reddit\.com/u(?:ser)?|soundcloud\.com|"
    r"vsco\.co|behance\.net|linktr\.ee|bsky\.app/profile|tumblr\.com|kick\.com|snapchat\.com)/@?[\w.%-]{1,60}"
)
# A token that can only be a user name: letters with digits, underscores, dots or "#1234" in it. A date
# ("user op 12-03-2025") is not one: the date detector decides about dates.
_HANDLE_SHAPED = (r"(?!\d{1,4}[-./]\d{1,2}[-./]\d{1,4}(?![\w.#-]))"
                  r"(?=[\w.#-]{0,39}(?:\d|_|[.#-]\w))[\w][\w.#-]{0,38}\w")
_AFTER_PLATFORM = re.compile(
    r"(?i)(?<!\w)(?P<lead>(?:" + _PLATFORMS + r")(?!\w)(?:\s(?:naam|name|account|kanaal|user(?:name)?|id|tag))?"
    # "account op teams heet ...", "naam bij discord is ...": where the account is, then its name.
    # "snapchat van mijn dochter is ...": also whose account it is (round scrub22).
    r"(?:\s(?:op|bij|van|in)\s(?:(?:mijn|m'n|mn|zijn|z'n|haar|hun|onze|ons|de)\s)?[\w.]{2,15})?"
    r"(?:\s(?:is|iz|me|heet(?:\s(?:hij|ze|zij|ie))?|:))?\s{0,2}[:=]?\s{0,2}(?:op\s|als\s|is\s|->\s?|>\s?)?[\"'‘’“”]?)"
    # "mijn tiktok is xxjaydenxx": a name between "xx" and "xx" is a user name's decoration
    r"(?P<handle>" + _HANDLE_SHAPED + r"|(?-i:[xX]{2}[A-Za-z]{2,30}[xX]{2})|(?<=[:=]\s)\w{2,39}|(?<=[:=])\w{2,39}"
    # "mijn gamertag is xXSniperDaanXx": after "is", "heet" or a colon, a word with a capital inside it is a user name
    # (ordinary words and names have their capital first only).
    # "op discord heet hij BigBossKevin": also with the pronoun after "heet" (review scrub11 N5).
    r"|(?:(?<=\sis\s)|(?<=\sheet\s)|(?<=[:=]\s)|(?<=\sheet\shij\s)|(?<=\sheet\sze\s)|(?<=\sheet\szij\s)|(?<=\sheet\sie\s))"
    r"(?=[A-Za-z0-9]{0,38}(?-i:[a-z][A-Z]))[A-Za-z0-9]{3,39})(?!\w)"
)
# "zoek me op tiktok, xxjaydenxx", "add me op snap, kim.b07": after a platform and a comma only a word of four
# characters or more with a letter that has a user name's shape or decoration ("op tiktok, 12.30 uur" is a time, "op
# tiktok, 2x per dag" a count) (round scrub22, review r30 S3).
_AFTER_PLATFORM_AND_COMMA = re.compile(
    r"(?i)(?<!\w)(?P<lead>(?:" + _PLATFORMS + r")(?!\w),\s{1,2})"
    r"(?P<handle>(?-i:[xX]{2}[A-Za-z]{2,30}[xX]{2})|(?=[\w.#-]{4})(?=[\w.#-]{0,39}[a-z])" + _HANDLE_SHAPED + r")(?!\w)")
# Underscores in a word are a user-name habit ("zoe_plays2009", "Ducky_Dewi", "_yara_"); ordinary words
# never have one. Lower-case words joined by underscores ("geen_laptop", "online_quiz") are Kansenbot's
# own intent and entity ids, so a bare one needs a digit, a capital or an underscore at an end.
_UNDERSCORED = re.compile(
    r"(?<![\w@./])(?=[\w.]{0,39}_)(?=[\w.]{0,39}[A-Z0-9]|_|[\w.]{0,39}_(?![\w.]))[\w.]{0,39}\w?(?![\w@])"
)
# Not right before a placeholder: "cv_[NAAM].pdf" is a file name whose name already went (round scrub17). Checked after
# the match, not in the pattern: a "[" in the pattern's lookahead made it back off to a shorter token, a partial
# scrub ("sanne.bakker_09[" -> "[ACCOUNT].bakker_09[") (review scrub17 S2, round scrub18).
_PLACEHOLDER_AT = re.compile(r"\[[A-Z]{3,13}\]")
# An index or key in code right after a name: "scores_2024[i]", "df_2023['naam']" is a variable, kept as on main when
# no name is inside it and it does not start with a first name (review scrub18 S1); "kim_2009[echt]" still goes.
_INDEX_AT = re.compile(r"\[(?:\d{1,6}|[A-Za-z_]\w{0,20}|'[^'\n]{0,30}'|\"[^\"\n]{0,30}\")\]")


# Gamer tags may have spaces ("gamertag: Stille Storm 77"): capitalised words and a number after the word.
_GAMER_TAG = re.compile(
    r"(?i)(?P<lead>(?<!\w)(?:gamertag|xbox(?:\snaam|\sgamertag)?|psn(?:\sid|\snaam)?|steam(?:naam|\snaam)?|"
    r"epic(?:\sgames)?(?:\snaam)?)(?:\s(?:is|heet))?\s{0,2}[:=]?\s{1,2}[\"'‘“]?)"
    r"(?P<tag>(?-i:[A-Z])[\w]{1,20}(?:\s(?-i:[A-Z])[\w]{1,20}){0,2}\s\d{1,4})(?!\w)"
)
# "eva.peters", "joep.vd.velde", "sanne_bakker": a first name from the lists joined to more by dots or
# underscores is a user name (e-mail addresses and @handles are gone by now). Not a file or a web site.
# Letters only: with digits in it ("tessa.v2004") the words around it say what it is (a login, an id).
_JOINED_NAME = re.compile(r"(?<![\w@./-])(?P<first>[^\W\d_]{2,20})(?:[._][^\W\d_]{1,30}){1,3}(?![\w@-]|\.\w)")


def _joined_name_handle(match: "re.Match[str]") -> str:
    from bot.privacy.lexicon import account_words, lexicon  # loaded once per process, at server start (scrubber.preload)

    token = match.group(0)
    parts = re.split(r"[._]", token)
    lex = lexicon()
    if parts[-1].lower() in account_words("geen_gebruikersnaam_einde") or not lex.is_first_name(match.group("first")):
        return token
    if token[len(parts[0])] == "." and parts[1][:1].isupper() and lex.is_known_word(parts[1]):
        return token  # "Sanne.Ik kom morgen": a sentence that lost its space, the names detector decides
    return HANDLE


def _underscored_handle(token: str) -> bool:
    from bot.privacy.lexicon import account_words

    # Not an error code or constant in capitals ("CRITICAL_PROCESS_DIED", "ERROR_ACCESS_DENIED").
    # Not a file ("verslag_v3_definitief_echt.docx", "foto_2024_01.jpg"): it ends in a file's extension (round scrub15).
    if "." in token and token.rsplit(".", 1)[1].lower() in account_words("geen_gebruikersnaam_einde") \
            and not _names_inside(token):
        return False
    return "_" in token and bool(re.search(r"[A-Za-z]", token)) and not re.fullmatch(r"[A-Z0-9_]+", token)


def _names_inside(token: str) -> bool:
    """"Opdracht_Sanne_Jansen.docx": a first name or a surname from the lists among the parts of a file's name (not an
    ordinary word: "verslag", "definitief"): the file names a person, so it goes as before."""
    from bot.privacy.lexicon import lexicon

    lex = lexicon()
    return any(len(part) >= 3 and part.isalpha() and (lex.is_first_name(part) or lex.is_surname(part))
               and not lex.is_common(part) and not lex.is_known_word(part)
               for part in re.split(r"[._-]", token.rsplit(".", 1)[0]))


# "het bestand heet verslag_v3_definitief", "bestandsnaam: stage_opdracht2": a file's name, not a user name (round
# scrub15). A person's user name has a person before "heet" ("ze heet lily_rose07").
_FILE_RIGHT_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:bestand(?:je)?|file|document|map|mapje|folder|bestandsnaam|filename|bijlage)"
    r"(?:\s(?:heet|heette|genaamd|called|is|met\sde\snaam))?\s{0,2}:?\s{1,2}[\"'‘“]?$"
)


# "twitch bakkertjebram", "insta lisa2thebeach": right after a platform's name, a lower-case word that no Dutch
# or English list knows is the account's name ("insta vaak", "discord server" are words; product words such
# as "nitro" are in data/privacy.yml geen_naam). Not after the generic "account" or "user": "mijn account
# chromebook is vergrendeld" (a handle-shaped word after them is still found by _AFTER_PLATFORM). After
# "username" or "gebruikersnaam" an unknown word is the name itself ("username bakkertjebram").
# "mijn pinterest is plantsbynoor": also with "is" or "heet" between them.
_PLATFORM_THEN_WORD = re.compile(r"(?i)(?<!\w)(?P<lead>(?!(?:account|user)\s)(?:" + _PLATFORMS
                                 + r")\s{1,2}(?:(?:is|heet)\s{1,2})?)(?P<word>(?-i:[a-z][a-z.]{3,29}[a-z]))(?![\w@])")


# "username Bakkertjebram": after the words for a user name, a capitalised word no list knows is the name too.
_USERNAME_THEN_CAPITALISED = re.compile(
    r"(?i)(?<!\w)(?P<lead>(?:username|gebruikersnaam|accountnaam|inlognaam)\s{1,2})(?P<word>(?-i:[A-Z][a-z]{3,29}))(?![\w@])"
)


@functools.lru_cache(maxsize=1)
def _platform_verb_then_handle() -> "re.Pattern[str]":
    """"op discord adden: miloo_dev": a platform, a verb of data/privacy.yml accounts.werkwoord_na_platform and a colon,
    then the account's name (round scrub18)."""
    from bot.privacy.lexicon import account_words

    verbs = "|".join(re.escape(verb) for verb in sorted(account_words("werkwoord_na_platform"), key=len, reverse=True))
    return re.compile(r"(?i)(?<!\w)(?P<lead>(?:" + _PLATFORMS + r")\s{1,2}(?:" + verbs + r")\s{0,2}[:=]\s{0,2})"
                      r"(?P<word>[\w][\w.#-]{0,38}\w)(?![\w@])")


_PLATFORM_MENTION = re.compile(r"(?i)(?<!\w)(?:" + _PLATFORMS + r")(?!\w)")


@functools.lru_cache(maxsize=1)
def _handle_said_apart_from_platform() -> "re.Pattern[str]":
    """"snap is veranderd naar kim.b07", "(snapchat?) anders toevoegen: kim.b07": a user-name-shaped word after a verb
    of adding with a colon, or after a word for a changed name and "naar"/"in" (data/privacy.yml accounts); applied
    only when the message names a platform (round scrub20)."""
    from bot.privacy.lexicon import account_words

    verbs = "|".join(re.escape(verb) for verb in sorted(account_words("werkwoord_na_platform"), key=len, reverse=True))
    changed = "|".join(re.escape(word) for word in sorted(account_words("naam_gewijzigd"), key=len, reverse=True))
    return re.compile(r"(?i)(?<!\w)(?P<lead>(?:" + verbs + r")\s{0,2}[:=]\s{0,2}|(?:" + changed + r")\s(?:naar|in)\s{1,2})"
                      r"(?P<handle>(?=[\w.#-]{0,39}[a-z])" + _HANDLE_SHAPED + r")(?![\w@])")


def _apart_handle(match: "re.Match[str]") -> str:
    from bot.privacy.lexicon import account_words

    handle = match.group("handle")
    if "." in handle and handle.rsplit(".", 1)[1].lower() in account_words("geen_gebruikersnaam_einde"):
        return match.group(0)  # a file or a web site ("veranderd naar verslag_v2.docx")
    if not match.group("lead").rstrip().endswith((":", "=")):
        version = _VERSION_SHAPED.fullmatch(handle)
        if version and version.group("prefix").lower() in {"", *account_words("versie_voorvoegsel")}:
            return match.group(0)  # "de lay-out veranderd naar v3", "ios is veranderd naar ios17.4" (review scrub20 S2)
        before = re.findall(r"[\w'-]+", match.string[max(0, match.start() - 60):match.start()].lower())[-6:]
        if any(word.endswith(subject) and (word == subject or len(subject) >= 4)
               for word in before for subject in account_words("geen_account_onderwerp")):
            return match.group(0)  # "de (klas)code op roblox is veranderd naar abc_def": the code's new value, no account
    return match.group("lead") + HANDLE


# "v3", "ios17.4", "versie_2.1b": a word (or nothing) and then a version number; bounded, so linear.
_VERSION_SHAPED = re.compile(r"(?P<prefix>[a-z_]{0,12}?)[ _-]?\d{1,4}(?:\.\d{1,4}){0,3}[a-z]?", re.IGNORECASE)


def _verb_then_handle(match: "re.Match[str]") -> str:
    from bot.privacy.lexicon import lexicon  # loaded once per process, at server start (scrubber.preload)

    lex = lexicon()
    word = match.group("word").lower()
    if lex.is_common(word) or lex.is_very_common_english(word):
        return match.group(0)  # "op insta volgen: ik weet niet hoe": a sentence goes on, no account name
    if lex.in_first_name_list(word) or lex.is_not_a_name(word):
        # "op insta volgen: Sanne Bakker": the names detector takes the full name, surname too; a brand or a public
        # figure ("op tiktok volgen: Enzo Knol") is judged there too (review scrub18 B1)
        return match.group(0)
    return match.group("lead") + HANDLE


def _platform_then_word(match: "re.Match[str]") -> str:
    from bot.privacy.lexicon import account_words, lexicon  # loaded once per process, at server start (scrubber.preload)

    word, lex = match.group("word").lower(), lexicon()
    if word in account_words("werkwoord_na_platform"):
        return match.group(0)  # "discord adden": what one does there, not the account's name
    if word in account_words("media_na_platform"):
        return match.group(0)  # "YouTube tutorials over Excel": what one watches there (round 34)
    if "." in word or lex.frequency(word) or lex.is_english_word(word) or lex.is_dutch_word(word) \
            or lex.is_dutch_compound(word) or lex.is_not_a_name(word):
        return match.group(0)
    if len(word) > 4 and word.endswith("s") and (lex.is_english_word(word[:-1]) or lex.is_dutch_word(word[:-1])):
        return match.group(0)  # "YouTube tutorials over Excel": a plural of a word (round 34)
    return match.group("lead") + HANDLE


# "Lowie#0912", "[NAAM]#0912": a Discord tag (a name and four digits after "#") is an account on its own.
_DISCORD_TAG = re.compile(r"(?<![\w#\[])(?:[A-Za-z][\w.]{1,31}|\[NAAM\])#\d{4}(?![\w#])")
def _discord_tag(match: "re.Match[str]") -> str:
    from bot.privacy.lexicon import lexicon

    lex, word = lexicon(), match.group(0).split("#")[0]
    if word != "[NAAM]" and not lex.is_first_name(word) and (lex.is_common(word) or lex.is_known_word(word) or lex.is_english_word(word)):
        return match.group(0)  # "issue#1234", "ticket#2024"
    return HANDLE


# "iemand met de naam sk8r.mo": a user name (digits, dots or underscores in it) said as a name.
# "ze heet daar lily.rose07", "hij heet online sk8r_mo": a person who "is called" a user name (dots, digits or
# underscores in it) on a platform; a file ("het bestand heet H3.pdf") has no person before "heet".
_NAMED_HANDLE = re.compile(
    r"(?i)(?<!\w)(?P<lead>met\sde\s(?:naam|gebruikersnaam|username|accountnaam)\s"
    r"|(?:ze|zij|hij|ik|je|jij)\sheet\s(?:daar\s|online\s|(?:op|bij)\s(?:" + _PLATFORMS + r")\s)?)" + _HANDLE_SHAPED
)


# "praat met oleks_gg op discord": a word with an underscore after words that point at a person (praat/chat/game met,
# volg, add, heet, ben, me; not "naar" or a bare "met": "ga naar de_groepsapp op discord", "help me met game_settings
# op steam") and right before "op/on/via" and a platform where people have accounts is the account's name (round 38,
# privacy_dev28). Only with an underscore ("sanne op insta" is left to the name rules) and only after such a word: a
# game, a file or a server has one too ("call_of_duty op xbox", "IMG_2024 op insta gezet", "mbo_hulp op discord"; review
# r38a).
_HANDLE_BEFORE_PLATFORM = re.compile(
    r"(?i)(?:(?<=praat\smet\s)|(?<=chat\smet\s)|(?<=game\smet\s)|(?<=gamen\smet\s)|(?<=contact\smet\s)|(?<=\svolg\s)|(?<=\sadd\s)|(?<=^add\s)|(?<=\sheet\s)|(?<=\sben\s)"
    r"|(?<=\bik\sben\s)|(?<=\bme\s)|(?<=\bmij\s))"
    r"(?=[\w.]{0,39}_)[a-z][\w.]{1,38}[a-z0-9]"
    r"(?=\s(?:op|on|via|bij)\s(?:insta(?:gram)?|snapchat|snap|tik\s?tok|discord|twitch|steam|psn|xbox|telegram|twitter|x|"
    r"threads|bluesky|reddit|roblox|minecraft|fortnite|valorant)(?!\w))"
)


def _handle_before_platform(match: "re.Match[str]") -> str:
    """A handle has a part no word list knows ("oleks_gg", "ahmed_nl"); words joined by underscores are a thing ("screen_time",
    "bang_voor_cijfers", "team_rood": review r38d)."""
    from bot.privacy.lexicon import lexicon

    lex = lexicon()
    parts = [part for part in re.split(r"[_.]", match.group(0)) if part]
    if all(part.isalpha() and (lex.is_known_word(part) or lex.is_english_word(part.lower())) for part in parts):
        return match.group(0)
    return HANDLE


def _after_platform(match: "re.Match[str]") -> str:
    from bot.privacy.lexicon import lexicon

    handle = match.group("handle")
    if handle.startswith("[") or (re.fullmatch(r"[A-Za-z]+", handle) and (
            lexicon().is_not_a_name(handle) or re.fullmatch(r"(?i:" + _PLATFORMS + r"|whatsapp|iphone|ipad|macbook|linkedin)", handle))):
        return match.group(0)  # a placeholder, or a brand written with a capital inside ("mijn account is YouTube")
    if re.fullmatch(r"\d{1,4}(?:\.\d{1,4}){1,3}", handle) and not re.search(r"(?:\sis|\siz|\sheet|[:=>])\W{0,4}$",
                                                                          match.group("lead")):
        return match.group(0)  # "minecraft 1.20 heeft nieuwe blokken": the game's version, straight after its name
    if _WORD_COMPOUND.fullmatch(handle) and not re.search(r"(?i)(?:\sis|\siz|\sheet|[:=>])\W{0,4}$", match.group("lead")):
        first, last = handle.split("-", 1)[0], handle.rsplit("-", 1)[1]
        lex = lexicon()
        # The first part must be known as a word or a brand, not merely missing from the name lists ("discord
        # Jaimy-gamer", "insta Semhar-danst" are accounts: review s22 S6).
        if first[0].isupper() and not lex.in_name_list(first) and last.islower() and len(last) >= 4 \
                and (lex.is_dutch_word(first) or lex.is_english_word(first) or lex.is_not_a_name(first)) \
                and (lex.is_dutch_word(last) or lex.is_dutch_compound(last)):
            # "de Spotify Wrapped-opdracht", "Teams Premium-abonnement": a compound ending in a word of the language,
            # straight after the platform (no "is", "heet" or colon), names a thing, not an account (round scrub14).
            return match.group(0)
    return match.group("lead") + HANDLE


_WORD_COMPOUND = re.compile(r"[A-Za-z]{2,30}(?:-[A-Za-z]{2,30}){1,3}")


def scrub_handles(text: str) -> str:
    from bot.privacy.lexicon import lexicon  # loaded once per process, at server start (scrubber.preload)

    text = _PROFILE_URL.sub(HANDLE, text)
    text = _AT_HANDLE.sub(HANDLE, text)
    text = _AFTER_PLATFORM.sub(_after_platform, text)
    text = _HANDLE_BEFORE_PLATFORM.sub(_handle_before_platform, text)
    text = _AFTER_PLATFORM_AND_COMMA.sub(lambda m: m.group("lead") + HANDLE, text)
    text = _GAMER_TAG.sub(lambda m: m.group("lead") + HANDLE, text)
    text = _platform_verb_then_handle().sub(_verb_then_handle, text)
    text = _PLATFORM_THEN_WORD.sub(_platform_then_word, text)
    if _PLATFORM_MENTION.search(text):
        text = _handle_said_apart_from_platform().sub(_apart_handle, text)
    text = _USERNAME_THEN_CAPITALISED.sub(_platform_then_word, text)
    text = _DISCORD_TAG.sub(_discord_tag, text)
    text = _NAMED_HANDLE.sub(lambda m: m.group("lead") + HANDLE, text)
    text = _UNDERSCORED.sub(lambda m: HANDLE if _underscored_handle(m.group(0))
                            and not _PLACEHOLDER_AT.match(text, m.end())
                            and not (_INDEX_AT.match(text, m.end()) and not _names_inside(m.group(0))
                                     and not lexicon().in_first_name_list(re.split(r"[\W_\d]", m.group(0))[0]))
                            and not (_FILE_RIGHT_BEFORE.search(text[max(0, m.start() - 40):m.start()]) and not _names_inside(m.group(0)))
                            else m.group(0), text)
    return _JOINED_NAME.sub(_joined_name_handle, text)


# ------------------------------------------------------------------------------------------- addresses
# Two-letter words that follow a year or an amount in ordinary Dutch ("in 2024 en", "1500 op"): with a
# space and in lower case they are not read as postcode letters. SA, SD and SS are never issued.
_NOT_POSTCODE_LETTERS = {
    "aa", "al", "an", "as", "de", "dl", "do", "en", "er", "ga", "ge", "he", "hè", "ik", "in", "is", "je",
    "ja", "jy", "ka", "km", "kg", "la", "ma", "me", "mg", "ml", "mm", "na", "nu", "of", "om", "on", "op",
    "pm", "am", "sa", "sd", "ss", "te", "to", "tv", "uk", "um", "wa", "we", "wo", "za", "zo", "zi", "st",
    "cm", "gb", "mb", "kb", "hz", "eu", "ct", "pc", "xl", "at", "be", "by", "if", "it", "my", "no", "or",
    "so", "up", "us", "vr", "di", "wk", "jr", "nr", "tb", "ms", "uur",
}
# Two-letter words that join or continue a sentence: in lower case after a space never a postcode's letters, even after
# "postcode" ("5702 EN Helmond" is one).
_CONJUNCTION_LETTERS = {"en", "of", "tm", "is", "in", "op"}
_POSTCODE_WORD_BEFORE = re.compile(r"(?i)(?<!\w)post\s?code(?:\s(?:is|=))?\s?:?\s{1,2}$")
# "5611-AZ": with a hyphen only in capitals, or after "postcode" (round scrub14).
_POSTCODE = re.compile(r"(?<![\w.,€$-])(?P<digits>[1-9]\d{3})(?P<space>\s?|-)(?P<letters>[A-Za-z]{2})(?![\w-])"
                       # the town as the layout puts it, after a postcode in capitals ("6663 CD Lent"; round scrub18)
                       r"(?P<town>[ \t][A-Z][a-z][\w'-]{0,29}(?![\w'-]))?")  # same line only (review scrub18 S4)
# "12", "5a", "12bis", "3-II", "250-1", "12a/2", "70 hoog", "2 zwart", "22 zw" (scrub17); a word after a space is not part of it
# ("Kerkstraat 12 in Utrecht"). "10e", "3de", "1ste" before a word are ordinals ("de nieuwe iPad 10e generatie").
# Also the floor or door after it ("21 hs", "12 III", "4 bg", "3 1hg") and a houseboat's berth "t/o 242"
# (tegenover: opposite that house number).
_HOUSE_NUMBER = (
    r"(?:t/o\s|t\.o\.\s?|tegenover\s)?[1-9]\d{0,3}(?:(?!(?:e|de|ste)\s(?!in\s|te\s)[a-z])[A-Za-z]{1,3}(?!\w)|\s?-\s?(?:[A-Za-z]{1,3}|I{1,3}|IV)(?!\w)|-\d{1,4}(?!\w)|"
    # "12a/2", "15/4": a flat's number after a slash (not a date: "12/03/2025").
    r"[A-Za-z]?/\d{1,3}(?![\w/-])|"
    r"\s(?:hoog|huis|hs|bg|zwart|zw|sous|souterrain|boven|beneden|bis|I{1,3}|IV|\d(?:e|ste|de)?\s?(?:hoog|hg|verdieping|etage)|[A-Da-d])(?!\w))?"
)
# A house number ends the number: "laan op 12-03-2025" is a date after a street word, not "laan op 12-03".
_NOT_A_DATE = r"(?!\w|[-./]\d)"
_STREET_SUFFIX = (
    r"straat|straatweg|laan|weg|plein|gracht|burgwal|kade|singel|dreef|hof|park|steeg|dijk|pad|ring|markt|"
    r"allee|plantsoen|boulevard|"
    # "weesperzijde 180 boven" (round 37, privacy_final26 of round 36 as a development set).
    r"zijde|"
    # German streets ("Hauptstraße 17", "Bahnhofstr. 3", "Lindenplatz 2", "Am Gassel 4" aside).
    r"straße|strasse|str\.?|gasse|platz"
)
# Words that begin a street name in lower case ("bisschop hamerstraat", "burgemeester de withstraat").
_STREET_TITLES = (
    r"burgemeester|bisschop|dokter|sint|prins|prinses|koning|koningin|graaf|generaal|pastoor|president|"
    r"professor|kapitein|kardinaal|oude|nieuwe|grote|kleine|lange|korte|hoge|lage|verlengde"
)
_STREET_PREFIX = r"(?:(?:[A-Z][\w'-]{0,29}|(?i:" + _STREET_TITLES + r"|dr\.|mr\.|st\.|burg\.|prof\.|ds\.|mgr\.|gen\.|pr\.|pres\.|kon\.|bur\.|jhr\.)|(?-i:[A-Z][a-z]{0,3})\.)\s(?:(?:van|de|der|den|het|naar|op|aan|'t)\s){0,2}){1,2}"
# A street word and a house number: "Kerkstraat 12", "vondelstraat 17", "bisschop hamerstraat 3-II",
# "Burgemeester de Withstraat 8", "Grote Markt 7". Without a capitalised or title word before it, the
# street word needs two letters of its own before the suffix, so "weg 2 weken" is not an address.
_STREET = re.compile(
    r"(?<![\w-])(?:" + _STREET_PREFIX + r"[\w'-]{0,30}|[\w'-]{2,30})(?i:" + _STREET_SUFFIX + r")(?:\s(?i:noord|zuid|oost|west))?"
    # "Van Heemstraweg West 22": a direction after the street word. "marktstraat, nummer 2", "kerkstraat op nummer 12": after a comma only with the word for the number.
    r"(?:\s(?:nr\.?\s?)?|,?\s(?:op\s)?(?i:nr\.?|nummer|huisnummer)\s?)" + _HOUSE_NUMBER + _NOT_A_DATE
    # "bij de Markt 5 minuten lopen", "de Kerkweg 3 km verderop": a duration or a distance, no house number (round scrub13).
    + r"(?!\s(?i:jaar|maand|maanden|week|weken|dag|dagen|uur|min|minuten|minuutjes|km|kilometer|meter|euro|keer|x)(?!\w))"
)


# Street words that are never anything else ("de vergadering 2" may be a word; "kerkstraat 2" is a street).
_NARROW_STREET_WORD = r"(?:straat|laan|gracht|kade|singel|plein|dreef|steeg|straße|strasse)$"


def _street(match: "re.Match[str]") -> str:
    """"de vergadering, nummer 2", "levering 2/3", "leerpad 3/4": a lower-case word of the language ending
    in ring, pad, hof... is no street (review scrub6 F4, F17); the narrow street words always are.
    "Lenovo IdeaPad 3": a capital inside the word makes it a product's name."""
    from bot.privacy.lexicon import lexicon

    whole = match.group(0)
    words = [w for w in re.findall(r"[^\W\d_][\w'-]*", whole) if re.search(r"(?i:" + _STREET_SUFFIX + r")$", w)]
    word = words[-1] if words else whole
    if re.search(r"[a-z][A-Z]", word):
        return whole
    if word.islower() and word.endswith("ering") and re.search(r"(?<!\d)(?:19|20)\d\d$", whole):
        # "de Wet op de studiefinanciering 2000", "de regering 2024": a year after a noun in -ering that ends like a
        # ring road (round 35, privacy_final24 of round 34). Only -ering: "hoofdweg 1995" (review r35 B3) and
        # "noordring 2015", "buitenring 2004" (review r35b B1) are addresses.
        if lexicon().is_dutch_word(word) or lexicon().is_dutch_compound(word):
            return whole
    if word.islower() and word.endswith("zijde") and (
            lexicon().is_dutch_word(word) or lexicon().is_common(word) or lexicon().is_common(word[:-5])):
        return whole  # "bladzijde 12", "de achterzijde 3", "aan de spoorzijde 4 fietsenrekken": a side of a page, a thing
        # or a place; "weesperzijde 180" is a street (round 37, review r37)
    if not re.search(r"/|(?i:nummer|nr)", whole):
        return ADDRESS  # "korte nieuwstraat 6", "hoofdweg 224 bis"
    if not word.islower() or re.search(_NARROW_STREET_WORD, word):
        return ADDRESS
    lex = lexicon()
    return whole if lex.is_common(word) or lex.is_known_word(word) or fold_in(word, "geen_straat") else ADDRESS


def fold_in(word: str, key: str) -> bool:
    from bot.privacy.lexicon import fold

    return fold(word) in _folded_address_words(key)


@functools.lru_cache(maxsize=None)
def _folded_address_words(key: str) -> frozenset:
    from bot.privacy.lexicon import address_words, fold

    return frozenset(fold(entry) for entry in address_words(key))


# A year or a span of years in a street's name ("Plein 1944", "Plein 1813", "Laan 1940-1945").
_YEAR_NAME = r"(?:1[5-9]|20)\d{2}(?:-(?:1[5-9]|20)\d{2})?"
# A street named after a day ("18 Septemberplein 4", "5 Meistraat 12"): the day opens the street's name.
_DAY_NAMED_STREET = re.compile(
    r"(?<![\w.,/€$:-])(?:[1-9]|[12]\d|3[01])\s(?i:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
    r"november|december)(?i:straat|laan|plein|weg|park|singel|kade)\s(?:nr\.?\s?)?" + _HOUSE_NUMBER + _NOT_A_DATE
)
# Streets that start with their street word: "Laan van Meerdervoort 400", "Weg naar Laren 22", "Postbus 123",
# "Plein 1944 nr 12".
# The street word needs a name after it ("Laan van Meerdervoort"): "ik ben weg 2 weken", "Wg. 3 dagen ziek" (wegens),
# "Ln. 5 in de code" have none (review scrub8 S5). Only "Postbus" and a square named after a year ("Plein 1944")
# take a number alone.
_STREET_FIRST = re.compile(
    # A street named after a year or years takes the year alone: "Plein 1944", "Laan 1914 35", "Pln. 1992 4",
    # "Laan 1940-1945 12" (review scrub9 S5).
    # Lower-case "laan", "weg" not: "de weg 1990 tot 2000", "ik ben weg 2019".
    # The year is taken in the lead and a separate house number must follow it: "Weg 2023 was een slecht jaar", "Laan
    # 1990 tot nu" have none, and the year alone is no house number (review scrub11 S2).
    r"(?<![\w-])(?:(?i:postbus)\s|(?:(?i:plein)|(?-i:Laan|Weg|Ln\.|Wg\.|Pln\.))\s" + _YEAR_NAME
    + r"\s(?=(?:nr\.?\s?)?[1-9]\d{0,3}(?!\d))(?!(?:19|20)\d{2}(?!\d))|"
    r"(?:(?i:laan|weg|plein|rue|avenue|chemin|calle|avenida|ulica|ul\.)|(?-i:Ln|Wg|Pln)\.)\s(?:(?:van|v\.|naar|de|der|den|op|la|le|du|des|del)\s){0,2}"
    # "Laan van Nieuw Oost-Indië 130"; in lower case only after "van", "naar": "laan van meerdervoort 1123".
    r"(?:(?:[A-Z][\w'-]{0,30}|(?:(?<=van\s)|(?<=naar\s))[a-z][\w'-]{1,30})\s){1,2})"
    r"(?:" + _YEAR_NAME + r"\s)?(?:nr\.?\s?)?" + _HOUSE_NUMBER + _NOT_A_DATE
    + r"(?!\s(?i:jaar|maand|maanden|week|weken|dag|dagen|uur|minuten|km|euro|keer|x)(?!\w))"
)
# Words for when someone (has) lived somewhere, between "wonen" and "op"/"aan" ("sinds kort", "al jaren", "ergens").
_SINCE = (r"sinds\skort|sinds\sdeze\s(?:week|maand)|sinds\sde\szomer|al\s(?:jaren|een\stijdje|lang|sinds\s\w{2,12})|"
          r"tegenwoordig|inmiddels|ergens|nog\s(?:steeds|altijd)|nu\ssinds\skort|ook")
# After words that introduce an address, a capitalised name and a number is an address ("Spui 21").
_ADDRESS_CONTEXT = re.compile(
    r"(?<!\w)(?P<lead>(?i:woon|woont|wonen|woonachtig|verhuisd\snaar|adres|stageadres|afleveradres|"
    r"thuis\sis|postadres|woonadres|huisadres|thuisadres|bezoekadres|factuuradres|leveren\sop|(?:op)?sturen\snaar|stuur\s(?:\w{1,6}\s)?naar|ligt\s(?:nog\s)?bij\s[\w\s]{0,20},|ligplaats|"
    r"slaap|verblijf|logeer|(?<=\w\s)aan(?=\sde\s[A-Z])|(?:bezorg|bezorgd|bezorgen|afleveren|brengen)\s(?:op|naar|aan)|"
    # English, German, French, Polish, Turkish
    r"live\sat|living\sat|address(?:\sis)?|wohne|wohnen|adresse|j'habite|habite|mieszkam|oturuyorum|adresim)"
    r"[:\s]{1,3}(?i:is\s)?(?i:nu\s)?(?i:zelf\s)?"
    # "we wonen sinds kort op Spui 21", "ze woont al jaren aan Dam 3": when, before "op" or "aan".
    r"(?:(?i:" + _SINCE + r")\s(?=(?i:op|aan)\s))?"
    r"(?i:op\s|aan\s|in\s|at\s)?(?i:de\s|het\s|'t\s|t\s)?(?:[A-Z][\w'-]{1,30},\s)?)"
    # "Achter de Kerk 2", "Oude Gracht 5": particles may join the capitalised words of a street's name; after the cue
    # also "van" ("ik woon op Erf van de Molen 7", "mijn adres is Poort van Kleef 3": issue 10).
    r"(?P<street>[A-Z][\w'-]{1,30}(?:\s(?:van\s)?(?:(?:de|der|den|het|'t)\s)?(?:[A-Z]\.|[A-Z][\w'-]{1,30})){0,3})"
    r"\s(?P<number>" + _HOUSE_NUMBER + r")(?!\w)"
    # "ik woon in Utrecht 3 jaar": a number of years, weeks or euros is no house number.
    r"(?!\s(?:jaar|maand|maanden|week|weken|dag|dagen|uur|minuten|km|euro|keer|x)(?!\w))"
)


# "ze woont ergens op de Heemraadssingel", "hij woont aan de Van Goghstraat": where someone lives, said by the street's
# name without a number, is theirs too (a street word ends the name; "ik woon aan de Noordzee" has none).
# Between "woon(t)" and "op/aan/in de" up to three words with no punctuation ("hij woont bij ons in de Kerkstraat", "ze
# woont tegenover mij in de Kerkstraat"; review scrub11 S7): a bounded gap, so linear. In lower case a street word's
# ending on a word no Dutch list knows ("hij woont op de kerkstraat"; "ik woon aan de snelweg" stays: _named_street).
_LIVES_ON_NAMED_STREET = re.compile(
    r"(?<!\w)(?P<lead>(?i:woon|woont|wonen|woonde|woonden)\s(?:(?i:nu|zelf|daar|" + _SINCE + r")\s|[^\W\d_]{1,20}\s){0,3}"
    r"(?i:op|aan|in)\s(?i:de|het|['’]?t)\s)"
    r"(?P<street>(?:(?:[A-Z][\w'-]{0,30}|van|de|der|den)\s){0,3}[A-Z][\w'-]{0,30}"
    r"(?i:straat|straatweg|laan|singel|gracht|burgwal|kade|plein|dreef|steeg|weg|dijk|allee|boulevard|plantsoen)"
    r"|[a-z][a-z'-]{2,30}(?:straat|laan|singel|gracht|kade|plein|dreef|steeg|dijk|allee))(?![\w\[-])"
)


# "ik woon aan het Spui", "hij woont op het Rokin": after "woon(t) aan/op het" a capitalised word that is no word of the
# language and no town is a street without a street word (round scrub14; "ik woon aan het Zuid" stays: _street_after_het).
_LIVES_AT_HET_STREET = re.compile(
    r"(?<!\w)(?P<lead>(?i:woon|woont|wonen|woonde|woonden)\s(?:(?i:nu|zelf|daar|ook|al|sinds\skort)\s){0,2}(?i:aan|op)\s(?i:het)\s)"
    r"(?P<street>[A-Z][a-z'-]{2,30})(?![\w\[-])"
)


def _street_after_het(match: "re.Match[str]") -> str:
    from bot.privacy.lexicon import lexicon

    lex, street = lexicon(), match.group("street")
    if lex.is_known_word(street) or lex.is_place(street) or lex.is_english_word(street.lower()) or fold_in(street, "geen_straat") \
            or lex.is_not_a_name(street):
        return match.group(0)
    return match.group("lead") + ADDRESS


def _named_street(match: "re.Match[str]") -> str:
    from bot.privacy.lexicon import lexicon

    street = match.group("street")
    if street.islower() and lexicon().is_known_word(street):
        return match.group(0)  # "ik woon aan de snelweg", "op de markt": a word of the language
    return match.group("lead") + ADDRESS
# "ik woon in lelystad op meerkoet 14": after "woon ... op", a street in lower case is a street too. Also after "'t" or a
# bare "t" ("ik woon op t zuideinde 9": round scrub15).
_LIVE_ON = re.compile(
    r"(?i)(?<!\w)(?P<lead>(?:woon|woont|wonen)\s(?:nu\s|daar\s)?(?:in\s[\w'-]{2,30}\s)?op\s(?:de\s|het\s|['’]?t\s)?)"
    r"(?P<street>[a-z][\w'-]{2,30}(?:\s[a-z][\w'-]{2,30})?)\s(?P<number>" + _HOUSE_NUMBER + r")(?!\w)" + _NOT_A_DATE
    # "ik woon op Texel 2 jaar", "ik woon op kamers sinds 3 jaar": a number of years or weeks is no house number.
    + r"(?!\s(?:jaar|maand|maanden|week|weken|dag|dagen|uur|minuten|km|euro|keer|x)(?!\w))"
)
# "ik woon in de berkenrode 14", "wij wonen aan de meerkoet 3": the same after "in de" and "aan de" (a word of
# the language is no street there: "ik woon in de buurt 3 jaar").
_LIVE_IN_THE = re.compile(
    r"(?i)(?<!\w)(?P<lead>(?:woon|woont|wonen)\s(?:nu\s|zelf\s)?(?:in|aan)\s(?:de|het|['’]?t)\s)"
    r"(?P<street>(?-i:[a-z])[\w'-]{2,30}(?:\s(?-i:[a-z])[\w'-]{2,30})?)\s(?P<number>" + _HOUSE_NUMBER + r")" + _NOT_A_DATE
    + r"(?!\s(?:jaar|maand|maanden|week|weken|dag|dagen|uur|minuten|km|euro|keer|x)(?!\w))"
)
# "afgeven op de berkenrode 14", "op het adres weteringschans 33-h", "adres -> bosuil 18": after a word
# that brings something to an address, or the word address itself, a lower-case street of one or two words
# that are no common Dutch words (scrub_address checks) and its number.
_LOWER_STREET_AFTER = re.compile(
    r"(?i)(?<![\w-])(?P<lead>(?:(?:afgeven|afleveren|bezorgen|brengen|langskomen|ophalen|opsturen|sturen)\s(?:op|aan|naar)|"
    r"(?:woon|post|thuis|huis|bezorg|aflever|factuur|bezoek)?adres|adress|address|ligplaats|(?:bij\s(?:mij|ons)\s)?thuis,)"
    r"(?:\s(?:is|=|->|>|:))?(?:\s(?:nu|nog\ssteeds|gewoon))?[:\s]{1,3}(?:(?:de|het)\s)?)"
    r"(?P<street>(?-i:[a-z])[\w'-]{2,30}(?:\s(?-i:[a-z])[\w'-]{2,30})?)\s(?P<number>" + _HOUSE_NUMBER + r")" + _NOT_A_DATE
)


def _lower_street(match: "re.Match[str]") -> str:
    from bot.privacy.lexicon import lexicon

    lex = lexicon()
    if any(_no_street_word(lex, word) for word in match.group("street").split()):
        return match.group(0)  # "afgeven op de toets 2", "ophalen op de servicedesk 3"
    return match.group("lead") + ADDRESS


def _no_street_word(lex, word: str) -> bool:  # noqa: ANN001 - the Lexicon
    """A word of the language, or a place or tool at school (data/privacy.yml adressen.geen_straat)."""
    return lex.is_common(word) or lex.is_known_word(word) or lex.is_english_word(word) or fold_in(word, "geen_straat")


# "huisnummer 14", "huisnr. 3a": a house number said as one.
# "het huisnummer is 12"; not a postcode after it ("postcode+huisnr: 1234AB 12": the postcode rule decides).
_HOUSE_NUMBER_WORD = re.compile(
    r"(?i)(?<!\w)huis(?:nummer|nr)\.?:?(?:\sis)?\s{0,2}(?![1-9]\d{3}\s?[A-Za-z]{2}(?!\w))" + _HOUSE_NUMBER + r"(?!\w)"
)
# "ik woon op nr 56", "wij wonen op nummer 3a": where someone lives, said by the house number alone.
_LIVE_AT_NUMBER = re.compile(
    r"(?i)(?<!\w)(?P<lead>(?:woon|woont|wonen)\s(?:zelf\s|nu\s)?op\s)(?:nr\.?\s?|nummer\s)" + _HOUSE_NUMBER + _NOT_A_DATE
    + r"(?!\s(?:jaar|maand|maanden|week|weken|dag|dagen|uur|minuten|km|euro|keer|x)(?!\w))"
)
# "de straat heet Wilgenhof", "mijn straatnaam is Bremhorst", "mijn straat is Bremhorst": a street's name said as
# one (capitalised). "straat is" only after a possessive: "in welke straat is Albert Heijn?", "de straat is Maandag
# afgesloten" ask or tell about a street, they do not name one (review scrub8 S3).
_STREET_NAMED = re.compile(
    r"(?i)(?<!\w)(?P<lead>(?:straat\sheet|(?<![\w'])(?:mijn|m'n|mn|me|onze|jouw|je|zijn|z'n|haar|hun|uw)\s(?:(?:oude|nieuwe|eigen)\s)?straat\sis"
    # A bare "de straat is <Naam>" names a street when a house number, "nummer" or "woon" follows in the sentence
    # ("de straat is Bremhorst, nummer 12"): issue 10. "de straat is Maandag afgesloten" stays.
    r"|(?<![\w'])(?P<bare>de\sstraat\sis)(?=\s{1,2}(?-i:[A-Z])[\w'-]{1,30}[^.!?\n]{0,40}?(?:\d|(?<!\w)(?:nummer|nr|huisnummer|woon)))"
    r"|straatnaam(?:\s(?:is|=))?\s?:?)\s{1,2}(?:de\s|het\s)?)"
    r"(?P<street>(?-i:[A-Z])[\w'-]{1,30}(?:\s(?:(?:de|der|den|het|van|'t)\s)?(?-i:[A-Z])[\w'-]{1,30}){0,2})"
)


def _street_named(match: "re.Match[str]") -> str:
    """Not a day, a month, a shop or a brand (data/privacy.yml geen_naam and its phrases: "Albert Heijn")."""
    from bot.privacy.lexicon import fold, lexicon

    lex, words = lexicon(), fold(match.group("street")).split()
    phrases = _not_name_phrases(lex.not_name_phrases)
    if lex.is_not_a_name(words[0]) or words[0] in _MONTHS \
            or any(" ".join(words[:count]) in phrases for count in range(2, len(words) + 1)):
        return match.group(0)
    if match.group("bare") and (lex.is_common(words[0]) or lex.is_known_word(words[0])):
        return match.group(0)  # "de straat is Heel druk, 3 auto's": an ordinary word, not a street's name
    return match.group("lead") + ADDRESS


@functools.lru_cache(maxsize=1)
def _not_name_phrases(phrases: tuple) -> frozenset:
    return frozenset(phrases)


_MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
           "december"}
# "[ADRES], 47533 Kleve", "[ADRES] 2000 Antwerpen": a foreign postcode and its town right after an address.
_POSTCODE_AFTER_ADDRESS = re.compile(r"(?<=\[ADRES\])(?P<gap>(?:/\d{1,4})?,?\s{1,2})(?:\d{4,5}|\d{2}-\d{3})\s[A-Z][\w'-]{1,30}")


# "jan steenlaan 19", "anne frankstraat 3": a first name right before a street with its number is part of the
# street's name (or a person's name: personal either way).
_FIRST_NAME_BEFORE_ADDRESS = re.compile(r"(?<![\w-])(?P<word>[^\W\d_]{2,20})\s(?=\[ADRES\])")


def _street_with_a_first_name(match: "re.Match[str]") -> str:
    from bot.privacy.lexicon import lexicon  # loaded once per process, at server start (scrubber.preload)

    lex = lexicon()
    word = match.group("word")
    return "" if lex.is_dutch_first_name(word) else match.group(0)


@functools.lru_cache(maxsize=1)
def _listed() -> dict:
    """The address rules built on data/privacy.yml ``adressen`` word lists (compiled once, when first used)."""
    from bot.privacy.lexicon import address_words

    def words(key: str) -> str:
        return "|".join(sorted((re.escape(word) for word in address_words(key)), key=len, reverse=True))

    spelled = r"(?:(?:(?:" + words("getal_eenheden") + r")(?:en|ën))?(?:" + words("getal_tientallen") + r")|" + words("getal_los") + r")"
    return {
        # "Anjelierenln 3", "Stationswg 12": a street word shortened.
        "abbreviated": re.compile(
            r"(?<![\w-])(?:" + _STREET_PREFIX + r")?[^\W\d_]{3,30}(?i:" + words("straat_afkortingen") + r")\.?\s(?:nr\.?\s?)?"
            + _HOUSE_NUMBER + _NOT_A_DATE),
        # "eikstraat nummer vijftien", "plataanstraat vierentwintig": the house number in words.
        "spelled": re.compile(
            r"(?<![\w-])(?:" + _STREET_PREFIX + r"[\w'-]{0,30}|[\w'-]{2,30})(?i:" + _STREET_SUFFIX + r")"
            r"(?:\s(?i:nr\.?|nummer|huisnummer))?\s(?i:" + spelled + r")(?!\w)(?!\s(?i:" + _NOT_A_NUMBER_UNIT + r")(?!\w))"),
        # "Recreatiepark de Bosrand plek 47", "camping Het Veld standplaats 12".
        "park": re.compile(
            r"(?i)(?<!\w)(?:" + words("parken") + r")\s(?:(?:de|het|'t)\s)?(?-i:[A-Z])[\w'-]{1,30}(?:\s(?-i:[A-Z])[\w'-]{1,30})?"
            r",?\s(?:" + words("park_plek") + r")\.?\s?[1-9]\d{0,3}[a-zA-Z]?(?!\w)"),
        # "[ADRES] (boven)": where in the building.
        "floor": re.compile(r"(?<=\[ADRES\])\s?\((?i:" + words("verdieping") + r")\)"),
    }


_NOT_A_NUMBER_UNIT = r"jaar|maand|maanden|week|weken|dag|dagen|uur|minuten|km|euro|keer|x|kinderen|mensen|huizen|keren"
# "14 Rue des Lilas", "3 avenue de la Gare": a French street with its number first.
_NUMBER_FIRST_FOREIGN = re.compile(
    r"(?<![\w.,/€$:-])[1-9]\d{0,3}[a-z]?,?\s(?i:rue|avenue|chemin|boulevard|impasse|allée|place)\s(?:(?i:de|des|du|la|le)\s|(?i:l|d)'){0,2}"
    r"[A-Z][\w'-]{1,30}(?:\s[A-Z][\w'-]{1,30})?"
)
# "naar groenhoven 612", "terug naar Goudsbloemvallei 40": a word no list knows and a number after "naar" (the
# callback checks the words; not "naar hoofdstuk 3", "naar Windows 11").
_TO_STREET = re.compile(
    r"(?<!\w)(?P<lead>(?i:naar)\s(?:(?i:de|het)\s)?)(?P<street>[^\W\d_][a-zà-ÿ'-]{2,30}(?:\s[^\W\d_][a-zà-ÿ'-]{2,30})?)"
    r"\s(?P<number>" + _HOUSE_NUMBER + r")" + _NOT_A_DATE + r"(?!\s(?i:" + _NOT_A_NUMBER_UNIT + r")(?!\w))"
)


def _to_street(match: "re.Match[str]") -> str:
    from bot.privacy.lexicon import lexicon

    lex = lexicon()
    number = match.group("number")
    if re.fullmatch(r"(?:19|20)\d\d", number):
        return match.group(0)  # "naar Londen 2025"
    for word in match.group("street").split():
        known = _no_street_word(lex, word) or lex.is_place(word)
        if known or (word[:1].islower() and (lex.is_dutch_word(word) or lex.is_dutch_compound(word))):
            return match.group(0)
    return match.group("lead") + ADDRESS


# "kamer 14 van het studentenhuis aan de [ADRES]": the room before the address is part of it.
_UNIT_BEFORE_ADDRESS = re.compile(
    r"(?i)(?<![\w-])(?:kamer|room|appartement|studio|unit)\s[1-9]\d{0,3}[a-z]?\s(?:van|in)\s(?:het|de|een)\s[\w'-]{2,30}"
    r"\s(?:aan|op)\s(?:(?:de|het|'t)\s)?(?=\[ADRES\])"
)
# "vd [ADRES]" ("vd Duyn van Maasdamweg 45"): a shortened particle opens the street's name.
_PARTICLE_BEFORE_ADDRESS = re.compile(r"(?<![\w-])(?i:vd|v\.d\.|v/d)\s(?=\[ADRES\])")
# "[ADRES] en postcode [ADRES]", "[ADRES] [ADRES]": the parts of one address are one item.
_ADDRESS_PARTS = re.compile(r"\[ADRES\](?:,?\s(?:(?i:en|met)\s)?(?:(?i:de\s)?(?i:postcode)\s)?)\[ADRES\]")


# "op de Vredenburg 14, kamer 6": a capitalised name, a number and a room or flat after it are an address
# (the callback checks the name is no word of the language: "Hoofdstuk 14, kamer 6").
_STREET_WITH_UNIT = re.compile(
    r"(?<![\w-])(?P<street>[A-Z][a-zà-ÿ'-]{2,30})\s[1-9]\d{0,3}[a-zA-Z]?,?\s(?i:kamer|appartement|app\.|unit|studio)\s?[1-9]\d{0,3}[a-zA-Z]?(?![\w.])"
)


def _live_on(match: "re.Match[str]") -> str:
    """"ik woon op de Kerkweg 12": the street and number go; "ik woon op kamers sinds 2023", a year after ordinary
    words, is no house number."""
    from bot.privacy.lexicon import lexicon

    lex = lexicon()
    if re.fullmatch(r"(?:19|20)\d\d", match.group("number")) \
            and any(_no_street_word(lex, word) for word in match.group("street").split()):
        return match.group(0)
    # "ik woon in Bergen op Zoom 5 jaar", "in Loon op Zand": the "op" belongs to the town's name, not to a street.
    town = re.search(r"(?i)in\s([\w'-]{2,30})\sop\s(?:de\s|het\s)?$", match.group("lead"))
    words = match.group("street").split()
    if town and any(lex.is_place(f"{town.group(1)} op {' '.join(words[:count])}") for count in (1, 2)):
        return match.group(0)
    return match.group("lead") + ADDRESS


def _street_with_unit(match: "re.Match[str]") -> str:
    from bot.privacy.lexicon import lexicon

    lex, street = lexicon(), match.group("street")
    if _no_street_word(lex, street) or lex.is_dutch_word(street) or lex.is_place(street):
        return match.group(0)
    return ADDRESS


def scrub_address(text: str) -> str:
    listed = _listed()
    text = listed["park"].sub(ADDRESS, text)
    text = _NUMBER_FIRST_FOREIGN.sub(ADDRESS, text)
    text = _ADDRESS_CONTEXT.sub(lambda m: m.group("lead") + ADDRESS, text)
    text = _LIVE_ON.sub(_live_on, text)
    text = _LOWER_STREET_AFTER.sub(_lower_street, text)
    text = _LIVE_IN_THE.sub(_lower_street, text)
    text = _HOUSE_NUMBER_WORD.sub(ADDRESS, text)
    text = _LIVE_AT_NUMBER.sub(lambda m: m.group("lead") + ADDRESS, text)
    text = _STREET_NAMED.sub(_street_named, text)
    text = _DAY_NAMED_STREET.sub(ADDRESS, text)
    text = _STREET_FIRST.sub(ADDRESS, text)
    text = _STREET.sub(_street, text)
    text = listed["abbreviated"].sub(ADDRESS, text)
    text = listed["spelled"].sub(ADDRESS, text)
    text = _TO_STREET.sub(_to_street, text)
    text = _STREET_WITH_UNIT.sub(_street_with_unit, text)
    text = _LIVES_ON_NAMED_STREET.sub(_named_street, text)
    text = _LIVES_AT_HET_STREET.sub(_street_after_het, text)

    from bot.privacy.lexicon import address_words, lexicon  # loaded once per process, at server start (scrubber.preload)

    def replace(match: "re.Match[str]") -> str:
        postcode = postcode_only(match)
        town = match.group("town")
        word = (town or "").strip()
        if town and postcode == ADDRESS and match.group("letters").isupper() and not lexicon().is_common(word) \
                and word.lower() not in address_words("groet_na_postcode") and not lexicon().in_first_name_list(word):
            return ADDRESS  # "1234 AB Lent": a town after a postcode in capitals, also one the gazetteer misses
        return postcode + (town or "")

    def postcode_only(match: "re.Match[str]") -> str:
        letters = match.group("letters")
        spaced = bool(match.group("space"))
        if letters.upper() in ("SA", "SD", "SS"):
            return text[match.start():match.end("letters")]
        said = _POSTCODE_WORD_BEFORE.search(text, max(0, match.start() - 20), match.start()) is not None
        if match.group("space") == "-" and not (said or letters.isupper()):
            return text[match.start():match.end("letters")]  # "2024-ga", "1234-ab": a hyphen and lower case, no postcode unless said to be one
        if spaced and letters.islower() and letters in _CONJUNCTION_LETTERS and (not said or _a_word_follows(text, match.end("letters"))):
            # "postcode 3500 en hoger", "postcode 1234 of 1235": the digits alone, a region. After "postcode" only
            # before a lower-case word or another four digits: EN, IN, OP are real letters ("postcode 5702 en 12",
            # "mijn postcode is 5702 en.", "postcode 3811 op 14": issue 10).
            return text[match.start():match.end("letters")]
        if said:
            return ADDRESS  # "mijn postcode is 5038 ed": said to be one, in any case
        if spaced and not letters.isupper() and letters.lower() in _NOT_POSTCODE_LETTERS:
            return text[match.start():match.end("letters")]
        if spaced and letters.islower() and not _followed_by_place_or_number(text, match.end("letters")):
            return text[match.start():match.end("letters")]  # "2024 ga" is far more often a year than a postcode
        return ADDRESS

    text = _POSTCODE.sub(replace, text)
    text = _SPACED_POSTCODE.sub(_spaced_postcode, text)
    text = _NUMBER_FIRST.sub(ADDRESS, text)
    text = _STREET_BEFORE_PLACE.sub(_street_before_place, text)
    text = _PARTICLE_STREET_BEFORE_PLACE.sub(_particle_street_before_place, text)
    if ADDRESS not in text:
        return text
    # The parts that complete an address ("[ADRES] kamer 204, [ADRES] Utrecht"): a room or box, a foreign
    # postcode, the town. Bounded: each round shortens the text, and three rounds cover the longest form.
    for _ in range(3):
        before = text
        text = _PLACE_AFTER_ADDRESS.sub(_place_after_address, text)
        text = _UNIT_AFTER_ADDRESS.sub("", text)
        text = listed["floor"].sub("", text)
        text = _ADDRESS_PARTS.sub(ADDRESS, text)
        text = _STREET_AFTER_ADDRESS.sub(_street_after_address, text)
        text = _POSTCODE_DIGITS_AFTER_ADDRESS.sub("", text)
        text = _NUMBER_AFTER_POSTCODE.sub("", text)
        text = _POSTCODE_AFTER_ADDRESS.sub(lambda m: m.group("gap") + ADDRESS, text)
        if text == before:
            break
    text = _ORDINAL_BEFORE_ADDRESS.sub("", text)
    text = _UNIT_BEFORE_ADDRESS.sub("", text)
    text = _PARTICLE_BEFORE_ADDRESS.sub("", text)
    text = _NAME_WORDS_BEFORE_ADDRESS.sub(_street_named_after_a_person, text)
    return _FIRST_NAME_BEFORE_ADDRESS.sub(_street_with_a_first_name, text)


# "de willem de [ADRES]" ("willem de zwijgerlaan 14"), "jan van [ADRES]", "ds. [NAAM] [ADRES]" ("ds. martin luther
# kingweg 19"): the street is named after a person, in lower case or with its name found already; up to four words
# before the address, each a word, a name placeholder or an abbreviated title.
_NAME_WORDS_BEFORE_ADDRESS = re.compile(
    r"(?<![\w.-])(?P<words>(?:(?:[^\W\d_][\w'-]{0,20}\.?|\[NAAM\])\s){1,4})(?=\[ADRES\])")
_STREET_NAME_PARTICLES = {"van", "de", "der", "den", "het", "ten", "ter", "'t", "la", "le"}
_STREET_NAME_TITLES = {"ds.", "dr.", "mr.", "st.", "prof.", "burg.", "mgr.", "gen.", "jhr.", "kon.", "pres."}


def _street_named_after_a_person(match: "re.Match[str]") -> str:
    """The words right before an address that name the person a street is named after: read from the address
    leftwards, particles and names (a Dutch first name, a first name of the lists that is no common word, a name found
    already) and at the far left an abbreviated title; at least one name, and particles at the far left stay ("op de willem de [ADRES]": "de" is the
    article) (round scrub22)."""
    from bot.privacy.lexicon import lexicon

    lex = lexicon()
    words = match.group("words").split()
    keep = len(words)  # index of the first word that becomes part of the address
    named = False
    for position in range(len(words) - 1, -1, -1):
        word = words[position]
        lower = word.lower()
        if lower in _STREET_NAME_PARTICLES:
            continue
        if word == "[NAAM]" or (word.isalpha() and not lex.is_not_a_name(word) and (
                lex.is_dutch_first_name(word) or lex.in_first_name_list(word) and not lex.is_common(word))):
            named, keep = True, position
            continue
        if lower in _STREET_NAME_TITLES and named:
            keep = position
        break
    if not named:
        return match.group(0)
    return " ".join(words[:keep]) + (" " if keep else "")


# "1e Jacob van Campenstraat 44", "2e Helmersstraat 9": the ordinal opens the street's name.
_ORDINAL_BEFORE_ADDRESS = re.compile(r"(?<![\w-])[1-9]\d?(?:e|ste|de)\s(?=\[ADRES\])")


# The street after a house number or postcode already found: "[ADRES] van de duinweg" ("nummer 17 van de
# duinweg"), "[ADRES], oude delft 150" (postcode and town first, then the street).
_STREET_AFTER_ADDRESS = re.compile(
    r"(?<=\[ADRES\])(?:\s(?:van|in|aan|op)\s(?:de|het)\s(?P<street>[\w'-]{2,30}(?i:" + _STREET_SUFFIX + r"))(?!\w)"
    r"|,\s(?P<words>(?:(?i:" + _STREET_TITLES + r")\s)?[^\W\d_][\w'-]{1,30}(?:\s[^\W\d_][\w'-]{1,30})?)\s" + _HOUSE_NUMBER + _NOT_A_DATE + r")"
)


def _street_after_address(match: "re.Match[str]") -> str:
    from bot.privacy.lexicon import lexicon

    if match.group("street"):
        return ""
    lex = lexicon()
    words = match.group("words").split()
    if re.fullmatch(_STREET_TITLES, words[0].lower()):
        words = words[1:]
    if not words or any(lex.is_common(word) and not lex.is_place(word) for word in words):
        return match.group(0)  # "[ADRES], klas 2"
    return ""


# "7 5 4 1 k p": a postcode typed with a space between every character (judged by what stands around it).
# The digits spaced with the letters joined or spaced ("7 5 4 1 KP", "7 5 4 1 k p"), or the letters alone spaced ("7541 k
# p"); joined throughout is _POSTCODE's (review scrub11 S6). Fixed lengths: linear.
_SPACED_POSTCODE = re.compile(
    r"(?<![\w.,/-])(?:[1-9](?:\s\d){3}\s(?:[A-Za-z]\s[A-Za-z]|[A-Za-z]{2})|[1-9]\d{3}\s[A-Za-z]\s[A-Za-z])(?!\w)")


def _spaced_postcode(match: "re.Match[str]") -> str:
    """After an address or the word postcode, or before a town the gazetteer knows ("[ADRES] , 7 5 4 1 k p enschede")."""
    from bot.privacy.lexicon import lexicon

    before = match.string[max(0, match.start() - 14):match.start()]
    following = re.match(r"[\s,]{1,3}([^\W\d_][\w'-]{1,30})", match.string[match.end():match.end() + 34])
    if re.search(r"\[ADRES\][\s,]{0,4}$|(?i:post\s?code)(?:\s(?:is|=))?\W{0,4}$", before):
        return ADDRESS
    if _NUMBERED_ITEMS_BEFORE.search(before):
        return match.group(0)  # "antwoorden vraag 1 2 3 4 a b Ede": questions and their answers (review scrub11 N4)
    if following is not None and lexicon().is_place(following.group(1)):
        return ADDRESS
    return match.group(0)


# Words before a list of numbers and letters that are questions, sums or steps, not a postcode.
_NUMBERED_ITEMS_BEFORE = re.compile(r"(?i)(?<!\w)(?:vraag|vragen|opgave|opgaven|antwoord|antwoorden|som|sommen|oefening|"
                                    r"oefeningen|stap|stappen|opdracht|opdrachten|items?)\W{0,3}$")


# "1234AB 12", "postcode 1234 AB nr 12": a house number right after a postcode (not "12 jaar", "12 euro").
_NUMBER_AFTER_POSTCODE = re.compile(
    r"(?<=\[ADRES\])\s{1,2}(?:nr\.?\s?)?[1-9]\d{0,3}[a-zA-Z]?(?!\w|[.,:/-]\d|\s(?i:jaar|euro|eur|uur|min|km|keer|x|maand|maanden|week|weken|dag|dagen|mensen|personen)(?!\w))"
)
# "[ADRES], 1034": the digits of a postcode without its letters (not a year: "[ADRES], 2019").
_POSTCODE_DIGITS_AFTER_ADDRESS = re.compile(
    r"(?<=\[ADRES\]),?\s(?!19\d\d|20\d\d)[1-9]\d{3}(?!\w|[.,:]\d|\s?(?i:euro|eur|€|km|m|uur|x|keer))"
)


# "23 merelstraat", "14 Wilhelminastraat", "21 (lijsterstraat)": the house number before the street, as in
# English. Only the suffixes that are no ordinary word's ending ("2 oorringen", "3 kinderboerderijen"); not
# after an ordinal ("de 2e Kerkstraat" is a street's name without a number).
_NUMBER_FIRST = re.compile(
    r"(?<![\w.,/€$:-])(?<!(?<!\w)om\s)(?<!tram\s)(?<!bus\s)(?<!lijn\s)(?<!metro\s)(?<!halte\s)[1-9]\d{0,3}[a-dA-Df-zF-Z]?\s\(?(?:[A-Z][\w'-]{1,30}\s)?[\w'-]{2,30}"
    r"(?i:straat|laan|weg|plein|gracht|kade|singel|dreef|dijk|steeg|straße|allee|boulevard|plantsoen)\)?(?!\w)"
)
# A street without a street word and its number, right before a town or a postcode: "boomgaard 7 in
# schagen", "Kanaaldijk Noord 91, Helmond", "bosuil 18, [ADRES]". The street's word is no common Dutch word
# ("groep 8 in utrecht", "les 3 in Ede" are not addresses); the town is one the gazetteer knows.
_STREET_BEFORE_PLACE = re.compile(
    r"(?<![\w-])(?P<street>(?:[A-Z][\w'-]{1,30}\s)?[^\W\d_][\w'-]{2,30}(?:\s(?i:noord|zuid|oost|west))?)"
    r"\s(?P<number>" + _HOUSE_NUMBER + r")(?P<gap>,?\s(?i:in|te)\s|,\s{1,2}|\s/\s)"
    r"(?P<place>\[ADRES\]|[^\W\d_][\w'-]{1,30})"
)
# "Achter de Dom 1, Utrecht", "Over het Water 12 in Zwolle": a street's name of capitalised words joined by a
# particle, its number, then a town the gazetteer knows (the callback checks the town, and that the name opens with
# a word of data/privacy.yml adressen.straat_voorzetsels: "Team van de Week 3, Amsterdam" is a title).
_PARTICLE_STREET_BEFORE_PLACE = re.compile(
    r"(?<![\w-])(?P<street>[A-Z][a-zà-ÿ'-]{1,30}\s(?:de|het|'t|der|den|van|aan|op|bij)\s(?:(?:de|het|den|der)\s)?[A-Z][\w'-]{1,30})"
    r"\s(?P<number>" + _HOUSE_NUMBER + r")(?P<gap>,?\s(?i:in|te)\s|,\s{1,2})(?P<place>[^\W\d_][\w'-]{1,30})(?![\w-])"
)


# An explicit address cue ending right before a street: "ik woon op", "mijn adres is", "stuur naar", "thuis is".
_ADDRESS_CUE_BEFORE = re.compile(
    r"(?i)(?:(?<!\w)(?:woon|woont|wonen)(?:\s(?:nu|zelf|daar))?\s(?:op|aan)|adres(?:\s(?:is|=))?\s?:?|(?:stuur|sturen)\s(?:\w{1,6}\s)?naar"
    r"|thuis\sis)\s{1,3}$"
)


def _particle_street_before_place(match: "re.Match[str]") -> str:
    """The name must open with a word for where (straat_voorzetsels: "Achter de Dom") or a street's head noun
    (straat_hoofdwoorden: "Hoek van de Dam", "Erf van de Molen"), unless an address cue stands right before it
    ("ik woon op ...", "mijn adres is ...": issue 10)."""
    from bot.privacy.lexicon import lexicon

    lex = lexicon()
    first = match.group("street").split()[0]
    cued = _ADDRESS_CUE_BEFORE.search(match.string, max(0, match.start() - 20), match.start()) is not None
    if not lex.is_place(match.group("place")) or lex.is_place(first) \
            or not (cued or fold_in(first, "straat_voorzetsels") or fold_in(first, "straat_hoofdwoorden")):
        return match.group(0)
    return ADDRESS + match.group("gap") + match.group("place")


_DIRECTIONS = {"noord", "zuid", "oost", "west"}


def _street_before_place(match: "re.Match[str]") -> str:
    from bot.privacy.lexicon import address_words, lexicon

    lex = lexicon()
    words = [w for w in match.group("street").split() if w.lower() not in _DIRECTIONS and w.lower() not in ("de", "het", "'t")]
    place = match.group("place")
    before_postcode = place == ADDRESS and "," in match.group("gap") and match.group("street")[:1].isupper()
    if not words or (any(lex.is_common(w) for w in words) and not before_postcode) or not (place == ADDRESS or lex.is_place(place)):
        return match.group(0)
    # A word of the language ("module 3, Utrecht") is a street only where a street is: after "op de",
    # "aan de", before a postcode, or with a capital opening a name of two words ("De Wieken", "Kanaaldijk Noord").
    before = match.string[max(0, match.start() - 8):match.start()].lower()
    where = place == ADDRESS or re.search(r"(?:^|\s)(?:op|aan)\s(?:(?:de|het|'t)\s)?$", before) or len(match.group("street").split()) > 1
    if not where and any(lex.is_known_word(w) or lex.is_dutch_word(w) or lex.is_dutch_compound(w)
                         or w.lower() in address_words("schooleenheid") for w in words):
        return match.group(0)
    return ADDRESS + match.group("gap") + place


# The town after an address: "[ADRES] in zwolle", "[ADRES], Haarlem", "[ADRES] spijkenisse", "[ADRES] rdam".
_PLACE_AFTER_ADDRESS = re.compile(
    r"(?<=\[ADRES\])(?P<gap>,?\s(?i:in|te)\s|,\s{1,2}|\s{1,2}|\s?/\s?|\s-\s)(?P<place>(?:'s-)?[^\W\d_][\w'-]{1,30})"
    r"(?P<more>\s[A-Z][\w'-]{1,30})?(?![\w\]])"
)


def _place_after_address(match: "re.Match[str]") -> str:
    from bot.privacy.lexicon import lexicon

    more = match.group("more")
    if more and lexicon().is_place(match.group("place") + more):
        return ""  # "[ADRES], Den Haag"
    first = _one_word_place_after_address(match)
    return first + (more or "") if not first else match.group(0)


def _one_word_place_after_address(match: "re.Match[str]") -> str:
    from bot.privacy.lexicon import lexicon

    lex = lexicon()
    place = match.group("place")
    if place.lower().rstrip(".") in _UNIT_WORDS:
        return match.group(0)
    if lex.is_place(place):
        return ""
    if match.group("gap") == " " and len(place) < 4:
        return match.group(0)  # "[ADRES] pls", "[ADRES] thx"
    if lex.is_known_word(place) or lex.is_dutch_word(place) or lex.is_english_word(place) or lex.is_common(place):
        return match.group(0)
    # A word no list knows, right after the address: the town as students write it ("rdam", "a'dam").
    # "[ADRES] te Turnhout", "[ADRES] in Sint-Laureins": a capitalised word no list knows after "in" or "te".
    said_where = match.group("gap").strip(", ").lower() in ("in", "te")
    return "" if place[:1].islower() or "," in match.group("gap") or " " == match.group("gap") or said_where else match.group(0)


_UNIT_WORDS = {"kamer", "bus", "nr", "nummer", "app", "appartement", "unit", "flat", "hoog", "hg"}
# A room, box or door number that goes with the address: "[ADRES] kamer 204", "[ADRES] bus 3", "[ADRES] nr 10a".
_UNIT_AFTER_ADDRESS = re.compile(
    r"(?<=\[ADRES\]),?\s(?i:kamer|room|bus|nr\.?|nummer|app\.?|appartement|unit|flat|standplaats|kavel|ligplaats)\s?\d{1,4}(?:\.\d{1,3})?[a-zA-Z]?"
    r"(?:\s(?i:hoog|hg|verdieping))?(?![\w.]|\.\d)"
    # Where the address ends (a town, a postcode, punctuation): "Kerkstraat 12 bus 3 komt te laat" is a bus line.
    r"(?=\s?$|\s?[,.;:!?)(]|\s(?i:in|te)\s|\s[1-9]\d{3}|\s[A-Z]|\s(?i:kamer|room|bus|nr|nummer|app|appartement|unit|flat)(?!\w))"
)


def _a_word_follows(text: str, end: int) -> bool:
    """After "postcode 3500 en": a lower-case word that is no town ("hoger", "mijn", "ik"), or
    another four digits ("1234 of 1235"), makes "en" a conjunction; a number, a town, punctuation or the end make
    it a postcode's letters."""
    following = re.match(r"\s{1,2}(?:([a-z][\w'-]{1,30})|[1-9]\d{3}(?!\d))", text[end:end + 34])
    if following is None:
        return False
    if following.group(1) is None:
        return True
    from bot.privacy.lexicon import lexicon

    return not lexicon().is_place(following.group(1))


def _followed_by_place_or_number(text: str, end: int) -> bool:
    if re.match(r"[\s,]{1,2}(?:[A-Z]|\d|huisn|nr|\[ADRES\])", text[end:end + 8]) or end >= len(text.rstrip()):
        return True
    # "3012 ad rotterdam": a town the gazetteer knows, in lower case.
    following = re.match(r"[\s,]{1,2}([^\W\d_][\w'-]{1,30})", text[end:end + 34])
    if following is None:
        return False
    from bot.privacy.lexicon import lexicon

    return lexicon().is_place(following.group(1))
