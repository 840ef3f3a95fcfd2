"""Which kind of crisis a message is, from the crisis patterns in the NLU data. Pure Python, no Rasa.

Used by CrisisGuard (bot/nlp/crisis_guard.py, the last NLU component) and by the channels when Rasa cannot
process a message at all (a message over the size limit, the conversation database down), so the same
patterns decide everywhere.

The patterns are regex blocks in data/nlu/crisis.yml, grouped by name (a school adds phrasings there,
without Python):
- ``crisis_<kind>`` (crisis_zelfdoding, crisis_geweld_thuis, crisis_seksueel_geweld, crisis_acuut_gevaar,
  crisis_geen_slaapplek, crisis_algemeen): a crisis of that kind; for crisis_algemeen the ``soort_<kind>``
  words pick the kind when they can.
- ``crisis_dreiging``: a threat to kill or hurt. Geweld thuis when a family member or partner is named and
  nothing says "now" (a weapon, today, at the door), or when a violence-at-home pattern fires outside a subject
  phrase; acute danger otherwise ("na de les over eerwraak: mijn broer staat buiten met een mes ..." is acute). A
  threat at home told with the danger present (a soort_moment phrase: "nu", "hij zit naast me", "hij heeft het mes
  nog") is acute danger first and violence at home second.
- ``crisis_checkin``: a signal that may be a crisis ("hij wacht me op", "ze pakt mijn telefoon"): a short check-in.
- ``crisis_checkin_einde``: an end that is near ("straks is alles voorbij voor mij"): the check-in where the rest of
  the message gives less; it never lowers a full answer (review crisis19 B1).
- ``crisis_checkin_minstens``: a threat, coercion or someone in the house told next to a practical need ("ik moet
  voor hem werken om mijn schuld af te betalen, hij houdt mijn paspoort", "help hij is binnen"): like
  crisis_checkin_einde, at least the check-in and never less than the rest gives (round 27).
- ``crisis_checkin_stemming``: how someone feels, no situation named ("ik kan niet meer", "het gaat niet goed met
  me", "nergens zin in"): the check-in, unless the rest of the message tells a crisis of a kind the hint words name
  and the kind model agrees, with the classifier sure (``CrisisDetector._beyond_checkin``).
- ``crisis_docent``: a teacher writing about a student: the teacher's answer (zorg_om_student). Not when every such
  match lies inside a subject phrase ("een nieuwsbericht over een student die ...": the student is the subject), nor
  when the writer tells their own story (crisis_eigen) after a subject: then the writer's own answer comes first
  (``CrisisDetector._teacher``; re-probe crisis9).
- ``crisis_geen_alarm``: casual exaggeration ("ik ga dood van verveling", "mijn laptop heeft zelfmoord
  gepleegd", "mn vader maakt me af als hij mijn rapport ziet"). These spans are taken out before any other pattern
  looks at the message, so they must be specific: never a whole sentence around a word. They never silence a sure
  classifier (crisis top, score at the answer threshold): that gets the check-in (review crisis16, which also had
  every new span of round 16 and a play rule for jumps withdrawn: they silenced real disclosures in the same words).
- ``crisis_geen_alarm_onderwerp``: a crisis word as the subject of schoolwork, the news, a film, a song or a law
  question ("een casus over huiselijk geweld", "de meldcode voor mijn examen"): taken out like crisis_geen_alarm, but
  only when no ``crisis_eigen`` disclosure stands anywhere in the message; with one, the whole message is judged.
- ``crisis_ouder``: a parent, sibling or friend writing about a student ("ik ben de moeder van een student"): the
  kind model's teacher guess is not used (the teacher's answer with the meldcode is for school staff).
- ``crisis_onderwerp`` and ``crisis_eigen``: a crisis word framed as a subject (a lesson, an assignment, the news, a
  film or song, work content on an internship) and no first-person disclosure anywhere in the message (``crisis_eigen``:
  "ik wil dood", "ik ook", "ik word geslagen", ...): a crisis answer that only the classifier gave becomes the check-in,
  which still shows 113 and 112 and asks how they are. Never for suicide and acute danger (NEVER_DROPPED; round 14
  allowed it under strict conditions and its safeguarding review withdrew that). Never
  silence, and never when a crisis pattern fired outside a subject span, nor with the classifier sure when a
  statement with the writer as its subject follows the frame ("op stage ... zei een cliënt dat ik ..., ik durf er
  niet meer heen": ``CrisisDetector._writer_tells``); one plain question or the asker's inverted "ik" is no such
  statement. The same holds for a subject span that hid a crisis word (``_detect``, subject_only). ``crisis_eigen_zwak`` (me/mij, "mijn vader",
  "nu", "help", "ikzelf", ...) also keeps the full answer of a framed message, but does not undo a subject span.
  A subject span alone never switches off a classifier score at the check-in threshold: at least the check-in.
- ``crisis_onderwerp_zin``: a subject phrase, the frame together with its topic ("een essay over kindermishandeling",
  "een cliënt die suïcidaal is", "ik las dat er meer jongeren dakloos zijn", "stage in de daklozenopvang", "een hulplijn
  voor sextortion"). The topic stops at the first person (ik, me, mijn, we, ons), he/she, family, school and time words
  (nu, vandaag, morgen) and at a clause break (, ; : . ? ! maar, want, omdat, toen), so a disclosure told next to it is
  never inside it. Rule (``CrisisDetector.only_a_subject``, round 8 of the tuning): rather than a longer list of frames,
  the REST of the message is judged without these phrases. A crisis that a pattern found, with every crisis pattern
  inside a subject phrase, gets the check-in (113 and 112 in one line, "how are you?") when the rest has no crisis
  pattern, no check-in or mood phrase and no weak first-person signal (crisis_eigen_zwak), and no crisis_eigen stands
  anywhere in the message; a rest that discloses ("..., mijn stiefvader slaat mij ook", "..., ik denk er zelf ook aan")
  keeps the full answer. After the safeguarding review of this rule (review crisis8) also: what follows the first
  phrase must be nothing or one plain question about the subject; otherwise suicide and acute danger keep the full
  answer, and the other kinds keep it when that text tells something (``crisis_verteld``: a person, here, now,
  tonight, a sentence opening with a verb). It never silences: at worst the check-in, which still shows 113 and 112.
  Overlapping phrases count as one subject; and after the re-probe of round 9 a clause that asks or that names the
  asker's schoolwork ("is voor mijn verslag", "we hadden er les over maar ik snapte het niet") tells only with more
  than the asker's ik, we and mijn, and only when it holds no word of a crisis kind (``_tells_beyond_school``). A subject phrase never lowers a classifier-only crisis (the frame rule above decides those, never for suicide
  or acute danger) and never switches a classifier score off.
- ``crisis_grap``: a joke marker (haha, lol, 😂, "grapje"). With a crisis pattern the message gets the
  check-in instead of the full answer; with only a check-in pattern or the classifier's score, no alarm. A
  seriousness marker after it ("geen grap", "ik meen het", "serieus nu", "echt waar", also after a sentence end)
  makes it no joke marker: the message is judged as if it had none (round 14).
- ``soort_<kind>``: words that tell the kind when the classifier (not a pattern) found the crisis; when
  several kinds are hinted, the kind model picks the likeliest of them (suicide and acute danger stay, and when one
  of those is the likeliest, the likeliest other hinted kind adds its line). A suicide or acute-danger word next to a
  kind the kind model is sure of goes first, the model's kind second (round 18: "mijn vader is dronken en heeft een
  mes gepakt" is 112 first, then violence at home); the moment words (soort_moment) do not count for this.
- a ``crisis_geweld_thuis`` pattern alone ("opgesloten", "op slot") with nobody at home named (no soort_geweld_thuis
  word): held or locked in by a stranger, a date or a client. When the kind model finds the message more like acute
  danger than violence at home, acute danger comes first (112) and violence at home second (round 19).
- acute danger found by a pattern gets the kind model's sure kind as a second line (the situation: danger now from
  someone at home adds violence at home; review integ24 S1).
- ``soort_moment``: "nu", "vandaag", "vanavond": acute danger only when no soort_<kind> word hints another
  kind, and "now" for a threat (crisis_dreiging).

Every pattern must run in linear time: no nested quantifiers over overlapping character classes (a test
feeds 100 KB of adversarial text to each). Long messages are scanned in a bounded window.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

if TYPE_CHECKING:  # numpy and scikit-learn only load with a trained model
    from bot.nlp.crisis_text_model import LinearTextModel

# Kinds a pattern group can name, in the order the answer gives them priority (actions/knowledge/crisis.py).
KINDS = ("acuut_gevaar", "zelfdoding", "seksueel_geweld", "geweld_thuis", "geen_slaapplek", "algemeen")
CRISIS_PREFIX = "crisis_"
HINT_PREFIX = "soort_"
CHECKIN = "checkin"
TEACHER = "zorg_om_student"
# Kinds whose help is 113 or 112: never dropped from a message where they are hinted (see _hinted), and a frame never
# lowers a classifier-only guess of them (detect).
NEVER_DROPPED = ("zelfdoding", "acuut_gevaar")
GROUP_CHECKIN = "crisis_checkin"
GROUP_MOOD = "crisis_checkin_stemming"
# An end that is near ("straks is alles voorbij voor mij"): at least the check-in, never less than the rest gives.
GROUP_NEAR_END = "crisis_checkin_einde"
# A threat, coercion or someone in the house next to a need ("hij houdt mijn paspoort"): raises like GROUP_NEAR_END.
GROUP_AT_LEAST_CHECKIN = "crisis_checkin_minstens"
# The groups that only raise the level to the check-in and never cap a full answer.
RAISE_ONLY = (GROUP_NEAR_END, GROUP_AT_LEAST_CHECKIN)
GROUP_TEACHER = "crisis_docent"
GROUP_CASUAL = "crisis_geen_alarm"
GROUP_JOKE = "crisis_grap"
# Means at hand for a plan ("mijn pillen gespaard, zijn er nu 40", "al uitgezocht hoeveel paracetamol je nodig hebt") or
# a night outside told as a fact ("kicked out, sleeping in my car lol"): a joke marker ("haha", "lol") never lowers such a
# message to the check-in; teenagers laugh when they tell it (round 34).
GROUP_PLAN = "crisis_plan"
GROUP_THREAT = "crisis_dreiging"
GROUP_CASUAL_TOPIC = "crisis_geen_alarm_onderwerp"
GROUP_PARENT = "crisis_ouder"
GROUP_FRAME = "crisis_onderwerp"
GROUP_OWN = "crisis_eigen"
GROUP_OWN_WEAK = "crisis_eigen_zwak"
GROUP_SUBJECT_PHRASE = "crisis_onderwerp_zin"
GROUP_TOLD = "crisis_verteld"
# The asker's own "ik" or "we" ("hoe begin ik?", "mag ik dat opnemen?") tells nothing of a crisis by itself ...
ASKER_WORDS = frozenset({"ik", "k", "we", "wij"})
# ... nor, next to a subject span, the asker's own things ("voor mijn opleiding", "ons werkstuk", "hoe begin ik die").
OWNER_WORDS = ASKER_WORDS | {"mijn", "mn", "m'n", "ons", "onze", "me", "mij", "die"}
# "nu", "vandaag", "vanavond": hint acute danger only when no other kind is hinted (see _hint_kinds).
GROUP_MOMENT = "soort_moment"
# Being held now ("hij houdt me vast"): hints acute danger only when no sexual-violence word is hinted (see _hints_acute).
GROUP_HELD = "soort_vastgehouden"
# A weapon at hand or someone at the door: with a moment word, violence at home is danger now (see _danger_now).
GROUP_DANGER_PRESENT = "soort_gevaar_aanwezig"
GROUPS = (
    tuple(CRISIS_PREFIX + kind for kind in KINDS)
    + (GROUP_THREAT, GROUP_CHECKIN, GROUP_MOOD, GROUP_TEACHER, GROUP_CASUAL, GROUP_JOKE, GROUP_CASUAL_TOPIC, GROUP_PARENT, GROUP_FRAME, GROUP_OWN, GROUP_OWN_WEAK, GROUP_SUBJECT_PHRASE, GROUP_TOLD)
    + tuple(HINT_PREFIX + kind for kind in KINDS if kind != "algemeen")
    + (GROUP_MOMENT, GROUP_HELD, GROUP_DANGER_PRESENT, GROUP_PLAN) + RAISE_ONLY
)
# A crisis sentence is short; a long story ends with it. Scanning head and tail keeps the work bounded
# for a pasted megabyte while a story's last sentences are always read. 4000 each way is twice the longest message
# the channels accept by default (KANSENBOT_MAX_MESSAGE_CHARS, 2000; bot/settings.py allows at most 8000, so an
# accepted message is always read whole), and keeps 100 KB of hostile text under a second (docs/privacy-benchmark.md);
# the 413 path reads only the last KANSENBOT_MAX_MESSAGE_CHARS characters anyway (bot/runtime/crisis.py).
SCAN_CHARS = 4000
# A crisis told next to a check-in phrase needs this many words of its own (see CrisisDetector._beyond_checkin):
# "ik kan niet meer, vandaag" is still only the check-in.
MIN_WORDS_BEYOND_CHECKIN = 6
WORD = re.compile(r"\w+")
# The writer as the subject of a clause ("..., ik heb een touw gekocht", "zei dat ik hem moest aanraken"): after a
# subject, such a statement tells of the writer (CrisisDetector._writer_tells); in a question it is the asker's. Not
# the asker's inverted "ik" ("dat moet ik kennen voor mijn examen"), not "we" (a class tells of its lesson), not
# "mijn" ("voor mijn les").
WRITER = re.compile(r"(?:^|[,.;:!?]\s*|\b(?:en|maar|want|dus|toen|en\s+nu|dat)\s+)(ik|k|ikke)\s+\w", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?]")
# A teacher cue that says nothing of the writer: "een student", "één leerling" (CrisisDetector._teacher).
ANY_STUDENT = re.compile(r"(een|één|1)\s+(student|studente|leerling|stagiair|stagiaire|cursist)", re.IGNORECASE)
CLAUSE_END = re.compile(r"[.!?,;:]")

DEFAULT_NLU_DIR = Path(__file__).resolve().parents[2] / "data" / "nlu"


class CrisisPatternsInvalid(ValueError):
    """A crisis pattern does not compile, or a required group is empty."""


@dataclass(frozen=True)
class Detection:
    """What a message is: ``level`` "crisis", "checkin" or None, and the kinds found (for the answer)."""

    level: Optional[str]
    kinds: Tuple[str, ...] = ()
    casual: bool = False

    @property
    def caught(self) -> bool:
        return self.level is not None


@dataclass
class Thresholds:
    # intent classifier: crisis score from which a message gets a check-in (when no pattern decided)
    checkin: float = 0.2
    # intent classifier: crisis score, as its top intent, from which a message gets the crisis answer
    answer: float = 0.5
    # the kind model's probability from which its kind is used (else the soort_* words, else "algemeen")
    kind: float = 0.4


@dataclass
class CrisisDetector:
    groups: Mapping[str, Sequence[str]]
    # optional, trained by CrisisGuard: which kind a crisis is, for crises no pattern recognised
    kind_model: Optional["LinearTextModel"] = None
    _compiled: Dict[str, List["re.Pattern[str]"]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        unknown = sorted(set(self.groups) - set(GROUPS))
        if unknown:
            raise CrisisPatternsInvalid(f"unknown crisis pattern group(s): {', '.join(unknown)}; known: {', '.join(GROUPS)}")
        self._compiled = {}
        for name in GROUPS:
            compiled = []
            for pattern in self.groups.get(name, ()):
                try:
                    compiled.append(re.compile(pattern, re.IGNORECASE))
                except re.error as error:
                    raise CrisisPatternsInvalid(f"{name}: pattern {pattern!r} does not compile: {error}") from error
            self._compiled[name] = compiled
        if not any(self._compiled[CRISIS_PREFIX + kind] for kind in KINDS):
            raise CrisisPatternsInvalid("no crisis_<kind> patterns: the NLU data has no crisis patterns")

    # --- construction -----------------------------------------------------------------------------
    @classmethod
    def from_regex_features(cls, features: Iterable[Mapping[str, str]]) -> "CrisisDetector":
        """From Rasa's ``TrainingData.regex_features`` ([{"name": ..., "pattern": ...}]); other groups are ignored."""
        groups: Dict[str, List[str]] = {}
        for feature in features:
            if feature.get("name") in GROUPS:
                groups.setdefault(feature["name"], []).append(feature["pattern"])
        return cls(groups)

    @classmethod
    def from_nlu_files(cls, directory: Path = DEFAULT_NLU_DIR) -> "CrisisDetector":
        """Straight from the NLU YAML files, for when no trained model is at hand."""
        import yaml

        features = []
        for path in sorted(Path(directory).glob("*.yml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            for block in data.get("nlu") or []:
                if isinstance(block, dict) and block.get("regex") in GROUPS:
                    features += [
                        {"name": block["regex"], "pattern": line.strip()[2:]}
                        for line in str(block.get("examples", "")).splitlines()
                        if line.strip().startswith("- ")
                    ]
        return cls.from_regex_features(features)

    def patterns(self) -> Dict[str, List[str]]:
        return {name: [p.pattern for p in compiled] for name, compiled in self._compiled.items() if compiled}

    # --- detection --------------------------------------------------------------------------------
    @staticmethod
    def window(text: str) -> str:
        if len(text) <= 2 * SCAN_CHARS:
            return text
        return f"{text[:SCAN_CHARS]}\n{text[-SCAN_CHARS:]}"

    def _any(self, group: str, text: str) -> bool:
        return any(pattern.search(text) for pattern in self._compiled[group])

    def _tells(self, text: str, ignored: frozenset) -> bool:
        """Whether ``text`` tells of someone, a place or a moment (crisis_verteld), not counting the ``ignored`` words."""
        return any(match.group(0).strip(" \t\n.,;:!?").lower() not in ignored
                   for pattern in self._compiled[GROUP_TOLD] for match in pattern.finditer(text))

    def detect(
        self,
        text: str,
        crisis_score: float = 0.0,
        crisis_is_top: bool = False,
        thresholds: Optional[Thresholds] = None,
    ) -> Detection:
        """The crisis level and kinds of ``text``; ``crisis_score`` is the classifier's confidence for crisis."""
        thresholds = thresholds or Thresholds()
        text = self.window(text or "")
        found = self._detect(text, crisis_score, crisis_is_top, thresholds)
        if (
            found.level == "crisis"
            and TEACHER not in found.kinds
            # Never for suicide or acute danger. Round 14 let a frame lower those to the check-in under strict
            # conditions; its safeguarding review (2026-12-05) found implicit own disclosures so lowered ("deze jongen
            # denkt daar ook al maanden aan"), for one everyday message fewer with a full answer, so that was withdrawn.
            # Checked before the pattern scans below because it is the cheapest.
            and not any(kind in NEVER_DROPPED for kind in found.kinds)
            and self.framed(text)
            and not self._kinds(self._without_spans(text)[0])
            and not (crisis_is_top and crisis_score >= thresholds.answer
                     and self._writer_tells(text, (GROUP_FRAME, GROUP_SUBJECT_PHRASE), topic=False))
        ):
            # Only the classifier found the crisis, the crisis words are the subject of schoolwork, the news, a film
            # or song or work content, and nothing in the message is the student's own: the check-in (113 and 112,
            # "how are you?"), never silence. Never when a crisis pattern fired anywhere in the message: a frame is
            # often only a time or place ("bij het examen zag ik dat hij een pistool in zijn tas had"), and the
            # safeguarding review of this rule found such disclosures.
            return Detection(CHECKIN, (CHECKIN,), found.casual)
        if found.level == "crisis" and TEACHER not in found.kinds and self.only_a_subject(text):
            # Every crisis pattern stood inside a subject phrase ("een essay over kindermishandeling", "een cliënt die
            # suïcidaal is") and the rest of the message tells nothing of the student's own: the check-in, never
            # silence (see only_a_subject).
            return Detection(CHECKIN, (CHECKIN,), found.casual)
        return found

    def only_a_subject(self, text: str) -> bool:
        """Whether the crisis patterns that fired all stand inside subject phrases (crisis_onderwerp_zin) and the rest
        of the message, judged without those phrases, carries no crisis signal at all: no crisis pattern, no check-in
        or mood phrase, no weak first-person signal (crisis_eigen_zwak: me/mij, "mijn vader", thuis, nu, help), and
        no own story (crisis_eigen) anywhere in the message, also not inside a phrase.

        The rest is what is judged, not a list of frames: "een presentatie over zelfmoord, ik denk er zelf ook aan"
        and "een werkstuk over huiselijk geweld, bij ons thuis is het ook zo" keep the full answer because their rest
        discloses; "we moeten een casus uitwerken over een cliënt met zelfbeschadiging" has nothing left and gets the
        check-in (113 and 112 in one line, "how are you?"). A subject phrase stops at the first person, he/she, family,
        home, school and time words and at a clause break, so a disclosure is never inside one. Only for a crisis that
        a pattern found: a classifier-only crisis is judged by the frame rule in detect().
        """
        neutral, _ = self._without_spans(text)
        if not self._kinds(neutral):
            return False
        phrases = [match.span() for pattern in self._compiled[GROUP_SUBJECT_PHRASE] for match in pattern.finditer(neutral)]
        if not phrases:
            return False
        # Every crisis pattern's match must lie inside one phrase: a match that only starts in a phrase ("ik hoorde dat
        # die jongen | morgen zijn mes meeneemt") tells something the phrase does not hold.
        for group in tuple(CRISIS_PREFIX + kind for kind in KINDS) + (GROUP_THREAT,):
            for pattern in self._compiled[group]:
                for match in pattern.finditer(neutral):
                    if not any(start <= match.start() and match.end() <= end for start, end in phrases):
                        return False
        rest = neutral
        for pattern in self._compiled[GROUP_SUBJECT_PHRASE]:
            rest = pattern.sub(" ", rest)
        if (
            self._kinds(rest)
            or self._any(GROUP_CHECKIN, rest)
            or any(self._any(group, rest) for group in RAISE_ONLY)
            or self._any(GROUP_MOOD, rest)
            or self._any(GROUP_OWN, text)
            or self._any(GROUP_OWN_WEAK, rest)
        ):
            return False
        # What follows the first phrase is where a student tells their own story after naming the subject ("essay
        # over zelfmoord ingeleverd. dit was mijn laatste opdracht ooit", "ik las dat meer jongeren dakloos zijn. straks
        # weer de bushalte"), in words no crisis list knows. The safeguarding review of this rule (review crisis8)
        # found 21 such suicide and acute-danger messages taken down to the check-in. So: only a subject phrase and
        # nothing after it, or one plain question about the subject ("wat hoort er in een signaleringsplan?"), is a
        # subject. For suicide and acute danger anything else keeps the full answer; for the other kinds a rest that
        # tells (crisis_verteld: a person, here, now, tonight, a sentence opening with a verb) keeps it too.
        # Overlapping phrases are one subject ("gesprek met een cliënt die zegt dat | hij suïcidaal is"): the first
        # subject ends where the phrases that overlap it end, and every phrase is blanked out of what follows.
        first_start, first_end = min(phrases)
        for start, end in sorted(phrases):
            if start <= first_end:
                first_end = max(first_end, end)
        blanked = list(neutral)
        for start, end in phrases:
            blanked[start:end] = " " * (end - start)
        after = "".join(blanked[first_end:])
        question = after.strip(" ,.;:?!")
        # "hoe begin ik?", "mag ik dat in mijn verslag gebruiken?" ask about the subject: the asker's "ik", "we" and
        # "mijn" alone tell nothing.
        only_a_question = question == "" or (
            after.rstrip().endswith("?") and not re.search(r"[.!?]", question)
            and not self._tells(question, OWNER_WORDS)
        )
        if only_a_question:
            return True
        if any(kind in NEVER_DROPPED for kind in self._kinds(neutral)):
            return False
        return not self._tells_beyond_school(neutral[first_end:], after)

    def _tells_beyond_school(self, original: str, blanked: str) -> bool:
        """Whether the text after a subject phrase (``original``; ``blanked`` with the phrases blanked out) tells
        something (crisis_verteld), clause by clause (split at . ? ! , ; :). A clause that asks ("... in de wet?") or that names the asker's schoolwork (a
        frame or a subject phrase: "is voor mijn verslag", "we hadden er les over maar ik snapte het niet") and holds
        no word that hints a crisis kind (soort_*: "foto's", "thuis", "vriend") tells only with more than the asker's
        own ik, we and mijn (re-probe crisis9, everyday e009 and e047); any other clause tells with any
        crisis_verteld word, as before."""
        start = 0
        for end in [m.end() for m in CLAUSE_END.finditer(original)] + [len(original)]:
            sentence, words = original[start:end], blanked[start:end]
            start = end
            if not sentence.strip(" ,.;:?!\n"):
                continue
            about_school = (
                sentence.rstrip().endswith("?") or self._any(GROUP_FRAME, sentence) or self._any(GROUP_SUBJECT_PHRASE, sentence)
            ) and not self._hint_kinds(words)
            if self._tells(words, OWNER_WORDS) if about_school else self._any(GROUP_TOLD, words):
                return True
        return False

    def _spans(self, groups: Sequence[str], text: str) -> List[Tuple[int, int]]:
        return [match.span() for group in groups for pattern in self._compiled[group] for match in pattern.finditer(text)]

    def teacher(self, text: str) -> bool:
        """Whether a teacher writes about a student (public: CrisisGuard asks it for a helpline request)."""
        return self._teacher(text)

    def _teacher(self, text: str) -> bool:
        """Whether a teacher writes about a student (crisis_docent), and not a student about a subject or themselves.

        "een student" inside a subject phrase ("een nieuwsbericht over een student die zelfmoord pleegde") is the
        subject, not the writer's student; and a student who tells their own story after naming a subject ("...,
        ik heb vanavond hetzelfde plan": crisis_eigen after a subject span) is the writer, whose own answer (113
        first) must not lose its place to the teacher's meldcode answer (re-probe crisis9, d090).
        """
        phrases = self._spans((GROUP_SUBJECT_PHRASE,), text)
        outside = [
            (start, end) for start, end in self._spans((GROUP_TEACHER,), text)
            if not any(p_start <= start and end <= p_end for p_start, p_end in phrases)
        ]
        # "ik ben mentor", "als docent", "mijn student", "een student van mij" say who writes: a student quoted after
        # them ("... zei een studente: ik word ook zo gebruikt") is still the teacher's student. Only "een student"
        # alone gives way to the writer's own story.
        said = any(not ANY_STUDENT.fullmatch(text[start:end].strip()) for start, end in outside)
        return bool(outside) and (said or not self._writer_discloses(text))

    def _writer_tells(self, text: str, groups: Sequence[str], topic: bool = True) -> bool:
        """Whether what follows the first subject span (of ``groups``) tells of the writer: a statement, not one plain
        question about the subject, with the writer as the subject of a clause (WRITER). "een gastles over suïcide gehad, ik
        heb een touw gekocht" tells of the writer; "werkstuk over zelfmoord: mag ik mijn eigen bronnen kiezen?" asks.
        Only with the classifier sure: the writer's "ik" alone is also how a student asks for help with homework."""
        # only a span that names a crisis as its subject: "ik schaam me dood" is an idiom, no subject
        spans = [(start, end) for start, end in self._spans(groups, text) if not topic or self._kinds(text[start:end])]
        if not spans:
            return False
        first_end = min(end for _, end in spans)
        after = text[first_end:]
        for group in groups:
            for pattern in self._compiled[group]:
                after = pattern.sub(" ", after)
        rest = after.strip(" ,.;:?!\n")
        if not rest or (after.rstrip().endswith("?") and not SENTENCE_END.search(rest)):
            return False
        # the clause start is read in the message itself: a span may end inside a clause ("..., mag | ik hem ...");
        # an "ik" in a sentence that asks ("hoe zorg ik dat ik het goed meld?") is the asker's
        every_span = self._spans(groups, text)
        questions = []
        start = 0
        for end in [m.end() for m in SENTENCE_END.finditer(text)] + [len(text)]:
            if text[start:end].rstrip().endswith("?"):
                questions.append((start, end))
            start = end
        return any(
            match.start(1) >= first_end
            and not any(start <= match.start(1) < end for start, end in every_span)
            and not any(start <= match.start(1) < end for start, end in questions)
            for match in WRITER.finditer(text)
        )

    def _writer_discloses(self, text: str) -> bool:
        """Whether the writer tells their own story (crisis_eigen) after a subject (crisis_onderwerp,
        crisis_onderwerp_zin, crisis_geen_alarm_onderwerp), outside any subject phrase."""
        subjects = self._spans((GROUP_FRAME, GROUP_SUBJECT_PHRASE, GROUP_CASUAL_TOPIC), text)
        if not subjects:
            return False
        first_end = min(end for _, end in subjects)
        phrases = self._spans((GROUP_SUBJECT_PHRASE,), text)
        return any(
            start >= first_end and not any(p_start <= start < p_end for p_start, p_end in phrases)
            for start, _ in self._spans((GROUP_OWN,), text)
        )

    def framed(self, text: str) -> bool:
        """A crisis word framed as a subject (crisis_onderwerp) with no first-person disclosure (crisis_eigen)
        anywhere in the message, also not inside the frame: "voor burgerschap ..., maar bij mij thuis ..." is not."""
        framed = self._any(GROUP_FRAME, text) or self._any(GROUP_CASUAL_TOPIC, text)
        return framed and not self._any(GROUP_OWN, text) and not self._any(GROUP_OWN_WEAK, text)

    def _without_spans(self, text: str) -> Tuple[str, bool]:
        """``text`` without its casual idioms and, when nothing in it is the student's own (crisis_eigen), without
        its subject spans (a lesson, the news, a film); and whether an idiom was taken out."""
        neutral = text
        for pattern in self._compiled[GROUP_CASUAL]:
            neutral = pattern.sub(" ", neutral)
        idiom = neutral != text
        if not self._any(GROUP_OWN, text):
            for pattern in self._compiled[GROUP_CASUAL_TOPIC]:
                neutral = pattern.sub(" ", neutral)
        return neutral, idiom

    def _detect(self, text: str, crisis_score: float, crisis_is_top: bool, thresholds: Thresholds) -> Detection:
        neutral, idiom = self._without_spans(text)
        joke = self._any(GROUP_JOKE, neutral) and not self._any(GROUP_PLAN, neutral)
        casual = neutral != text or joke
        # Only a subject span was taken out: it may hide its own crisis words from the patterns, but it never
        # switches the classifier off (below), because a disclosure told next to a lesson or the news is not
        # always in words crisis_eigen knows ("mentorles over suicide gehad en eerlijk gezegd denk ik er elke dag
        # aan"). With the classifier's check-in score such a message gets at least the check-in.
        subject_only = casual and not idiom and not joke
        teacher = self._teacher(neutral)
        kinds = self._kinds(neutral)
        if "acuut_gevaar" in kinds:
            kinds = self._with_situation(kinds, neutral, thresholds)
        elif self._danger_now(kinds, neutral):
            kinds = ["acuut_gevaar"] + kinds
        # How someone feels ("ik zie het niet meer zitten") is itself a suicide-risk signal: next to a crisis of
        # another kind the answer keeps the check-in's line with 113 and 112 (the CHECKIN kind adds it), so
        # naming the kind never takes 113 away from what the feeling alone would have shown.
        # A teacher writing about a student gets the teacher's answer, which already covers 113 for the student.
        mood = self._any(GROUP_MOOD, neutral) and not joke
        extra = [CHECKIN] if mood and not teacher else []
        if kinds and not joke:
            return Detection("crisis", self._with_teacher(kinds + extra, teacher), casual)
        # A crisis phrase with a joke marker gets the check-in: never silence. A weak signal with one does not.
        if kinds:
            return self._checkin(teacher, casual)
        if self._any(GROUP_CHECKIN, neutral) and not joke:
            return self._checkin(teacher, casual)
        # An end that is near, or a threat next to a need, only raises the level: it gives the check-in where the rest
        # gives less, and never caps a message the classifier answers in full (review crisis19 B1), so it is asked only
        # where the rest ends low.
        raised_to_checkin = any(self._any(group, neutral) for group in RAISE_ONLY) and not joke
        if mood:
            kinds = self._beyond_checkin(neutral, crisis_score, crisis_is_top, thresholds)
            if kinds:
                return Detection("crisis", self._with_teacher(kinds + extra, teacher), casual)
            return self._checkin(teacher, casual)
        if subject_only and (
            crisis_score >= thresholds.checkin
            or (self._kinds(text) and self._tells(neutral, OWNER_WORDS))
        ):
            # A subject span that hid a crisis phrase, with a rest that tells of someone, a place or a moment
            # ("werkstuk over zelfmoord, vanmiddag na school ga ik van de flat"), gives at least the check-in, whatever
            # the classifier says (review crisis8); "ik", "we" and "mijn" alone ("dat moet ik weten voor mijn
            # opleiding") do not tell anything. With the classifier
            # sure and a rest that tells something beyond the asker's "ik" ("een podcast over zelfmoord heeft me op
            # een idee gebracht, ik ga het vanavond doen"), the full answer.
            if crisis_is_top and crisis_score >= thresholds.answer and (
                self._tells(neutral, OWNER_WORDS) or self._writer_tells(text, (GROUP_CASUAL_TOPIC, GROUP_SUBJECT_PHRASE))
            ):
                kinds = self._kinds(text)
                if not kinds:
                    probabilities = self._kind_probabilities(text)
                    kinds = self._model_kinds(probabilities, thresholds) or self._hinted(text, probabilities)
                return Detection("crisis", self._with_teacher([k for k in kinds if k != TEACHER] or ["algemeen"], teacher), casual)
            return self._checkin(teacher, casual)
        if casual:
            # The crisis words are explained by a casual exaggeration: the classifier's score is not enough. So a
            # casual pattern must be narrow (the exaggeration itself, never a common phrase such as "slecht
            # geslapen" that also stands in a real crisis story): tests/unit/test_crisis_patterns.py.
            if (crisis_is_top and crisis_score >= thresholds.answer) or raised_to_checkin:
                return self._checkin(teacher, casual)
            return Detection(None, (), casual)
        if crisis_is_top and crisis_score >= thresholds.answer:
            # asked once for this message: the model's own kind, the hinted kind it finds likeliest, _hinted below
            probabilities = self._kind_probabilities(neutral)
            kinds = self._model_kinds(probabilities, thresholds)
            if TEACHER in kinds:  # the kind model also knows how teachers write about a student
                # ... but a parent or friend about "een student" is not a teacher, nor a student who tells their own
                # story after naming a subject: the hint words decide then
                own = self._any(GROUP_PARENT, neutral) or self._writer_discloses(neutral)
                teacher, kinds = (teacher, []) if own else (True, [])
            if kinds:
                # The kind model names the situation ("mijn vader is dronken ..." is violence at home), but a weapon or a
                # plan hinted next to it ("... en heeft een mes gepakt") must keep 112 or 113 first, as _hinted keeps
                # them: the hinted suicide or acute-danger kind goes before the model's kind, which adds its own line.
                # Not for a moment word alone: "vanavond" is in every kind of story (see _hint_kinds).
                hinted = self._hint_kinds(neutral, moment=False)
                urgent = [kind for kind in hinted if kind in NEVER_DROPPED and kind not in kinds]
                others = [kind for kind in hinted if kind not in NEVER_DROPPED]
                if others and all(kind in NEVER_DROPPED for kind in kinds):
                    # ... and the other way round: the model is sure of 112 or 113, and a hinted home person or other
                    # kind adds its line ("mijn vriend staat beneden te wachten en ik ben bang voor hem"), as in _hinted.
                    kinds = kinds + [self._likeliest(others, probabilities)]
                kinds = urgent + kinds
            kinds = kinds or self._hinted(neutral, probabilities)
            return Detection("crisis", self._with_teacher(kinds or ["algemeen"], teacher))
        if crisis_score >= thresholds.checkin or raised_to_checkin:
            # A teacher's message with only the classifier's check-in-level score keeps the teacher's answer, also
            # without any kind word: warning signs are told in ordinary words ("lange mouwen", "durft niet naar
            # huis"). A formal letter about a laptop that gets the meldcode answer costs a teacher a minute; a
            # silenced report costs a student. (A rule that dropped these was tried and reverted on review.)
            return self._checkin(teacher, casual)
        return Detection(None)

    def _beyond_checkin(self, text: str, crisis_score: float, crisis_is_top: bool, thresholds: Thresholds) -> List[str]:
        """The kinds of a crisis told next to how someone feels ("ik kan niet meer, mijn ex staat beneden ..."),
        or [] when the feeling is all there is.

        The classifier's score covers the whole message, so the feeling alone makes it sure: it must not decide
        alone, or "ik kan niet meer" gets the full answer (the test story "check-in, dan het gaat niet goed"). So
        the feeling's spans are taken out, and what remains must say which kind on its own: a few words of
        substance, hint words of a kind, and the kind model agreeing with one of them. A situational signal
        (crisis_checkin: "hij wacht me op") is itself the ambiguous part, so it keeps the check-in.
        """
        if not (crisis_is_top and crisis_score >= thresholds.answer) or self.kind_model is None:
            return []
        rest = text
        for pattern in self._compiled[GROUP_MOOD]:
            rest = pattern.sub(" ", rest)
        if len(WORD.findall(rest)) < MIN_WORDS_BEYOND_CHECKIN:
            return []
        hinted = self._hint_kinds(rest)
        probabilities = self._kind_probabilities(rest)
        modelled = self._model_kinds(probabilities, thresholds)
        if TEACHER in modelled and not self._any(GROUP_PARENT, text):
            return [TEACHER] + self._hinted(rest, probabilities)
        return [kind for kind in modelled if kind in hinted]

    def _kind_probabilities(self, text: str) -> Dict[str, float]:
        """The kind model's probability of each of its classes for ``text`` ({} without a kind model or text). The
        model is the costly step of a crisis message: it is asked once per text and the result passed on to
        _model_kinds, _likeliest and _hinted."""
        if self.kind_model is None or not text:
            return {}
        return dict(zip(self.kind_model.classes, self.kind_model.probabilities([text])[0]))

    @staticmethod
    def _model_kinds(probabilities: Mapping[str, float], thresholds: Thresholds) -> List[str]:
        """The kind model's likeliest class, when it is sure enough of it and it is a kind or the teacher's."""
        if not probabilities:
            return []
        kind = max(probabilities, key=probabilities.__getitem__)  # the first of equals, as numpy's argmax
        return [kind] if probabilities[kind] >= thresholds.kind and (kind in KINDS or kind == TEACHER) else []

    @staticmethod
    def _checkin(teacher: bool, casual: bool) -> Detection:
        # A teacher who is unsure about a student gets the teacher's answer: the meldcode steps help exactly then.
        return Detection("crisis", (TEACHER,), casual) if teacher else Detection(CHECKIN, (CHECKIN,), casual)

    def _with_situation(self, kinds: List[str], text: str, thresholds: Thresholds) -> List[str]:
        """Acute danger that a pattern found, with the kind of the situation added when the kind model is sure of it:
        "hij sloeg mijn tante en riep dat ik de volgende ben" and "ik heb me verstopt, hij is nog in huis" are danger now
        (112 first) from someone at home, so the violence-at-home line belongs in the answer too (review integ24 S1).
        The added kind comes after acute danger, so 112 stays first. Any kind the model gives at least the kind
        threshold counts, not only its likeliest, and a kind the message's own words hint (soort_* words: "sloeg",
        "oom") needs half of it: trained on many acute-danger messages, the model puts acute danger ahead of violence at
        home for exactly these (0.58 against 0.36), and the home line must not go (round 28)."""
        probabilities = self._kind_probabilities(text)
        hinted = set(self._hint_kinds(text, moment=False))
        sure = sorted(
            (
                kind for kind, p in probabilities.items()
                if kind in KINDS and kind not in ("algemeen", *kinds)
                and (p >= thresholds.kind or (kind in hinted and p >= thresholds.kind / 2))
            ),
            key=lambda kind: -probabilities[kind],
        )
        if "geweld_thuis" in hinted and "geweld_thuis" not in kinds + sure and self._any(GROUP_DANGER_PRESENT, text):
            # "mijn vader bonkt nu op mijn deur en hij heeft een mes": a home person with the weapon or at the door is
            # violence at home too, however unsure the kind model is of it; its line comes after 112 (review r35).
            sure.append("geweld_thuis")
        return kinds + sure

    def _danger_now(self, kinds: Sequence[str], text: str) -> bool:
        """Violence at home or sexual violence that a pattern found, told with a danger that is there now: a weapon or
        someone at the door or outside (soort_gevaar_aanwezig) and a moment ("nu", "vanavond", "hij heeft het mes nog",
        "bonkt op mijn deur"). "mijn vader bonkt nu op mijn deur en hij heeft een mes" needs 112 first, as the sure
        classifier gives it; the pattern's kind alone put 112 in the second line (review r34 S5). The kind stays second,
        so its own line is kept. Both signals are needed: a weapon in a past story ("vorig jaar bedreigde hij me met een
        mes") or "nu" alone ("de hele school heeft mijn foto's nu") keep the kind's own answer, which names 112 too. Not
        the broad acute-danger hint words: "een groep" or "na school" are in every kind of story."""
        return (
            any(kind in ("geweld_thuis", "seksueel_geweld") for kind in kinds)
            and self._any(GROUP_DANGER_PRESENT, text)
            and self._any(GROUP_MOMENT, text)
        )

    def _hint_kinds(self, text: str, moment: bool = True) -> List[str]:
        """The kinds the soort_* words hint. A moment word ("nu", "vandaag", "vanavond") is acute danger only when
        nothing else is hinted: "ik zit nu op de wc want mijn vriend schreeuwt" is violence at home first (its
        answer keeps 112 for danger now), "help, nu" stays acute danger. ``moment`` False: the moment words do not
        count at all."""
        hinted = [
            kind for kind in KINDS
            if kind != "algemeen" and (self._hints_acute(text) if kind == "acuut_gevaar" else self._any(HINT_PREFIX + kind, text))
        ]
        if moment and not hinted and self._any(GROUP_MOMENT, text):
            hinted = ["acuut_gevaar"]
        return hinted

    def _hints_acute(self, text: str) -> bool:
        """An acute-danger hint word, or being held now with no sexual-violence word: being held is part of nearly
        every account of sexual abuse, also a past one, so there it does not put 112 first (review crisis19 B2)."""
        return self._any(HINT_PREFIX + "acuut_gevaar", text) or (
            self._any(GROUP_HELD, text) and not self._any(HINT_PREFIX + "seksueel_geweld", text)
        )

    def _hinted(self, text: str, probabilities: Optional[Mapping[str, float]] = None) -> List[str]:
        """The hinted kinds of ``text`` (see _hint_kinds), narrowed by the kind model; ``probabilities``: the kind
        model's for ``text`` when the caller already has them."""
        hinted = self._hint_kinds(text)
        if len(hinted) > 1 and self.kind_model is not None:
            if probabilities is None:
                probabilities = self._kind_probabilities(text)
            # Hint words are broad ("thuis", "leven"): several kinds match in most long messages, and the
            # answer's priority order would then always put acute danger first. The kind model, even when not
            # sure enough to decide alone, knows which of the hinted kinds this message is most like. Suicide and
            # acute danger stay when hinted: dropping them would take 113 or 112 out of the answer.
            best = self._likeliest(hinted, probabilities)
            kept = {kind for kind in hinted if kind == best or kind in NEVER_DROPPED}
            others = [kind for kind in hinted if kind not in NEVER_DROPPED]
            if best in NEVER_DROPPED and others:
                # The likeliest kept kind is suicide or acute danger, which stay anyway: the likeliest of the other
                # hinted kinds adds its line ("mijn ex staat beneden, ik ben bang": 112 first, and the violence-at-home
                # line, which was lost; review integ24). It comes after them in the answer's priority order.
                kept.add(self._likeliest(others, probabilities))
            return [kind for kind in hinted if kind in kept]
        return hinted

    @staticmethod
    def _likeliest(kinds: Sequence[str], probabilities: Mapping[str, float]) -> str:
        """The kind of ``kinds`` most probable by the kind model's ``probabilities`` (the first one without them)."""
        if not probabilities:
            return kinds[0]
        return max(kinds, key=lambda kind: probabilities.get(kind, 0.0))

    def _kinds(self, text: str) -> List[str]:
        found = {kind for kind in KINDS if self._any(CRISIS_PREFIX + kind, text)}
        if self._any(GROUP_THREAT, text):
            home = self._any(HINT_PREFIX + "geweld_thuis", text)
            now = self._hints_acute(text) or self._any(GROUP_MOMENT, text)
            # A violence-at-home word that is only the subject ("na de les over eerwraak: mijn broer staat buiten met
            # een mes ...") does not make the threat one at home: the threat's own words decide (re-probe crisis9).
            phrases = self._spans((GROUP_SUBJECT_PHRASE,), text)
            told_home = any(
                not any(p_start <= start and end <= p_end for p_start, p_end in phrases)
                for start, end in self._spans((CRISIS_PREFIX + "geweld_thuis",), text)
            )
            found.add("geweld_thuis" if told_home or (home and not now) else "acuut_gevaar")
            if told_home and self._any(GROUP_MOMENT, text):
                # A threat at home told with the danger present ("... en hij zit naast me", "hij heeft het mes nog"):
                # acute danger first (112), violence at home second (review crisis14: these had lost 112).
                found.add("acuut_gevaar")
            # A weapon threat told as violence at home (a crisis_geweld_thuis pattern: "mijn broer heeft me vorige week
            # met een mes bedreigd", which does not fire with nu/vanavond/deur/buiten) with no moment word and no acute
            # pattern: violence at home first, acute danger second, so 112 stays in the answer (safeguarding decision,
            # crisis round 14). The answer's priority order would put acute danger first; kies_soorten
            # (actions/knowledge/crisis.py) keeps this order when NLU lists violence at home before acute danger.
            past_threat = told_home and now and not self._any(GROUP_MOMENT, text) and "acuut_gevaar" not in found
        else:
            past_threat = False
        if found == {"geweld_thuis"} and not self._any(HINT_PREFIX + "geweld_thuis", text):
            # A violence-at-home pattern with nobody at home named ("hij heeft me in zijn auto opgesloten", "ik heb me
            # opgesloten in de wc en hij wacht op de gang"): held or locked in by a stranger, a date or a client is
            # danger now when the kind model finds the message more like acute danger: 112 first, the violence line
            # second (round 19: such messages lost 112 as the first answer).
            probabilities = self._kind_probabilities(text)
            if probabilities and self._likeliest(("geweld_thuis", "acuut_gevaar"), probabilities) == "acuut_gevaar":
                found.add("acuut_gevaar")
        if found == {"algemeen"}:
            probabilities = self._kind_probabilities(text)
            found = set(self._model_kinds(probabilities, Thresholds()) or self._hinted(text, probabilities)) - {TEACHER} or found
        if past_threat:
            return ["geweld_thuis", "acuut_gevaar"] + [kind for kind in KINDS if kind in found and kind not in ("geweld_thuis", "acuut_gevaar")]
        return [kind for kind in KINDS if kind in found]

    @staticmethod
    def _with_teacher(kinds: List[str], teacher: bool) -> Tuple[str, ...]:
        return tuple(([TEACHER] if teacher else []) + [kind for kind in kinds if kind != TEACHER])


def linear_time_violations(patterns: Iterable[str]) -> List[str]:
    """Patterns with a shape of super-linear backtracking: a quantified group that itself holds a quantifier, an
    unbounded run of a class mixing word and non-word characters, or two unbounded repeats of one class with only
    optional items between them (see the helpers below).

    A cheap syntactic guard on top of the runtime test; ``(\\w+\\s+){0,2}`` is allowed because its two
    classes cannot overlap (a word then its spaces), the common and safe way to skip a few words.
    """
    try:  # Python 3.11 moved the regex parser; the old module name still works but warns
        from re import _parser as sre_parse
    except ImportError:  # pragma: no cover
        import sre_parse

    safe_repeat = re.compile(r"\((?:\?:)?\\w\+\\s\+\)\{\d+,\d+\}|\((?:\?:)?\\w\*\\s\+\)\{\d+,\d+\}|\((?:\?:)?\\S\+\\s\+\)\{\d+,\d+\}")
    bad = []
    for pattern in patterns:
        stripped = safe_repeat.sub("x", pattern)
        try:
            parsed = sre_parse.parse(stripped)
        except re.error:
            bad.append(pattern)
            continue
        if _nested_repeat(parsed, inside=False) or _unbounded_across_words(parsed) or _adjacent_same_repeats(parsed):
            bad.append(pattern)
    return bad


try:  # the regex parser's constants (Python 3.11 moved them; the old module name still works but warns)
    from re import _constants as _sre
except ImportError:  # pragma: no cover
    import sre_constants as _sre


def _children(op, arg) -> List[list]:
    """The item sequences inside one parsed regex item: a repeat's body, a group's content, each alternative of a
    branch, a lookaround's content."""
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        return [arg[2]]
    if op == _sre.SUBPATTERN:
        return [arg[-1]]
    if op == _sre.BRANCH:
        return list(arg[1])
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        return [arg[1]]
    return []


def _adjacent_same_repeats(items) -> bool:
    """Two unbounded repeats of the same class with only optional items between them (``\\s*-?\\s*``): a run of that
    class can be split between them in every way, quadratic in the run's length ("nep" and 16 000 spaces took 22 s,
    review crisis16). Write ``(?:\\s*-\\s*|\\s+)?`` instead."""
    def unbounded(item) -> bool:
        op, arg = item
        return op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and arg[1] == _sre.MAXREPEAT and len(arg[2]) == 1

    def optional(item) -> bool:
        op, arg = item
        return op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and arg[0] == 0

    items = list(items)
    for index, item in enumerate(items):
        if unbounded(item):
            for later in items[index + 1:]:
                if unbounded(later) and list(later[1][2]) == list(item[1][2]):
                    return True
                if not optional(later):
                    break
        if any(_adjacent_same_repeats(sub) for sub in _children(*item)):
            return True
    return False


def _mixes_word_and_non_word(sub) -> bool:
    """Whether a repeat's body is one class holding both word and non-word characters (``.``, ``\\S``, ``[^.?!]``,
    ``[\\d.]``)."""
    if len(sub) != 1:
        return False
    op, arg = sub[0]
    if op is _sre.ANY:
        return True
    if op is not _sre.IN:
        return False
    if any(item_op is _sre.NEGATE for item_op, _ in arg):
        return True
    word = nonword = False
    for item_op, item in arg:
        if item_op is _sre.CATEGORY:
            if item in (_sre.CATEGORY_NOT_SPACE, _sre.CATEGORY_NOT_DIGIT):
                return True
            word |= item in (_sre.CATEGORY_WORD, _sre.CATEGORY_DIGIT)
            nonword |= item in (_sre.CATEGORY_SPACE, _sre.CATEGORY_NOT_WORD)
        elif item_op is _sre.LITERAL:
            word |= chr(item).isalnum() or chr(item) == "_"
            nonword |= not (chr(item).isalnum() or chr(item) == "_")
        elif item_op is _sre.RANGE:
            word = True
    return word and nonword


def _unbounded_across_words(items) -> bool:
    """An unbounded repeat of a class that holds both word and non-word characters (``[\\d.]*``, ``\\S+``, ``.*``,
    ``[^.?!]*``): a word boundary can stand before every second character of such a run, so the pattern can start
    there and scan to the run's end each time, quadratic on "1.1.1.1..." (found in crisis_geen_alarm_onderwerp,
    2026-12-05: half a second on 16 KB). Bound it ({0,15}) instead."""
    for op, arg in items:
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and arg[1] == _sre.MAXREPEAT and _mixes_word_and_non_word(list(arg[2])):
            return True
        if any(_unbounded_across_words(sub) for sub in _children(op, arg)):
            return True
    return False


def _nested_repeat(items, inside: bool) -> bool:
    for op, arg in items:
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            low, high, sub = arg
            unbounded_or_wide = high == _sre.MAXREPEAT or high > 1
            if inside and unbounded_or_wide:
                return True
            if _nested_repeat(sub, inside or unbounded_or_wide):
                return True
        elif any(_nested_repeat(sub, inside) for sub in _children(op, arg)):
            return True
    return False


# --- the detector of the model this process serves ----------------------------------------------------
_active: Optional[CrisisDetector] = None


def use_loaded_detector(detector: CrisisDetector) -> None:
    """Called by CrisisGuard when the model loads: channels then check with the model's own patterns."""
    global _active
    _active = detector


def active_detector() -> CrisisDetector:
    """The patterns of the loaded model; before a model is loaded, the ones in data/nlu."""
    global _active
    if _active is None:
        _active = CrisisDetector.from_nlu_files()
    return _active
