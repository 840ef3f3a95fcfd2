"""The shape of Kansenbot's knowledge base (data/knowledge/), as pydantic models.

Every user-facing sentence and link lives in the YAML files; these models make sure a school's edit
cannot put a half-filled entry, a broken link or a scheme without a source in front of a student.
Field names are Dutch because school staff read them in the YAML and in error messages.
"""
from __future__ import annotations

import datetime as dt
import re
import string
from enum import Enum
from typing import Dict, List, Optional
from urllib.parse import urlparse

from pydantic import BaseModel, Field, root_validator, validator

# The routing contract's entity values (issue 3): buttons and NLU send exactly these ids.
TOOL_IDS = (
    "teams", "teams_inleveren", "teams_scherm_delen", "teams_rooster", "outlook", "bijlage",
    "onedrive", "word_pdf", "link_kopieren", "wachtwoord", "kahoot", "socrative", "mentimeter",
    "screenshot",
    # Issue 11: school systems (the school's own steps replace the generic ones when its profile has them)
    # and generic tutorials for MFA, printing, SharePoint and a photo of paper work.
    "mfa", "mfa_nieuwe_telefoon", "printen", "foto_uploaden", "sharepoint",
    "elo", "studentportaal", "cijfers", "rooster", "wifi",
)
# Systems a school lists in its profile (`systemen:`); each id is also a tool id, so one button routes to both.
SYSTEEM_SOORTEN = ("elo", "studentportaal", "cijfers", "rooster", "mfa", "printen", "wifi")
# The tutorial menu asks a group first: 24 tools as buttons would not fit on a phone.
TUTORIAL_GROEPEN = ("teams", "school", "inloggen", "bestanden", "papier", "quiz")
# Devices with their own steps. Steps for one device never sit in another device's list.
PLATFORMEN = ("windows", "mac", "android", "iphone")
COMPUTERS = ("windows", "mac")
TELEFOONS = ("android", "iphone")
OPDRACHT_TYPES = (
    "verslag", "presentatie", "online_quiz", "teams_les", "digitaal_inleveren", "internet_onderzoek",
)
AANBEVELING_IDS = (
    "opmerken", "bespreekbaar_maken", "differentieren", "samenwerken", "toegankelijke_opdrachten",
    "voorzieningen_gebruiken", "teamagenda",
)
EXAMPLE_DOMAINS = ("example.org", "example.com", "example.net")


def _een_van(value: str, toegestaan, wat: str) -> str:
    """The value when it is one of the allowed ids; else an error that lists them."""
    if value not in toegestaan:
        raise ValueError(f"onbekende {wat} {value!r}; kies uit: {', '.join(toegestaan)}")
    return value


class BetaaltVoor(str, Enum):
    device = "device"
    boeken = "boeken"
    internet = "internet"
    reizen = "reizen"
    schoolkosten = "schoolkosten"
    # Health insurance, rent, debts: zorgtoeslag and municipal debt help (issue 11).
    vaste_lasten = "vaste_lasten"


class Doelgroep(str, Enum):
    student = "student"
    docent = "docent"
    ouder = "ouder"


class Onderwijs(str, Enum):
    mbo = "mbo"
    vo = "vo"
    vavo = "vavo"


class Leerweg(str, Enum):
    bol = "bol"
    bbl = "bbl"


class Aanvrager(str, Enum):
    """Who applies, seen from the student: the student, a parent or carer, the school, nobody, or whoever needs it."""

    student = "student"
    ouder = "ouder"
    school = "school"
    niemand = "niemand"
    zelf = "zelf"


class Niveau(str, Enum):
    landelijk = "landelijk"
    gemeente = "gemeente"
    school = "school"


class Verificatie(str, Enum):
    # bron_gelezen: the source text was read and supports every statement in the entry.
    # niet_geverifieerd: plausible and phrased conservatively, but nobody has checked the source yet.
    bron_gelezen = "bron_gelezen"
    niet_geverifieerd = "niet_geverifieerd"


class Strikt(BaseModel):
    """Unknown fields are errors: a typo in a field name must not silently drop content."""

    class Config:
        extra = "forbid"
        anystr_strip_whitespace = True
        min_anystr_length = 1


def check_https_url(value: str) -> str:
    parsed = urlparse(value)
    if parsed.scheme != "https":
        raise ValueError(f"link moet met https:// beginnen: {value!r}")
    host = parsed.hostname or ""
    if "." not in host or " " in value or not re.fullmatch(r"[A-Za-z0-9.-]+", host):
        raise ValueError(f"geen geldige link: {value!r}")
    return value


class Link(str):
    """An absolute https URL with a real-looking host name."""

    @classmethod
    def __get_validators__(cls):
        yield cls.validate

    @classmethod
    def validate(cls, value):
        if not isinstance(value, str):
            raise TypeError("link moet tekst zijn")
        return cls(check_https_url(value.strip()))


class Contact(Strikt):
    """How to reach a person or desk. At least one way must be given."""

    functie: str
    email: Optional[str] = None
    telefoon: Optional[str] = None
    teams: Optional[str] = None
    locatie: Optional[str] = None
    bereikbaar: Optional[str] = None
    link: Optional[Link] = None

    @validator("email")
    def email_vorm(cls, value):
        if value is not None and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", value):
            raise ValueError(f"geen geldig e-mailadres: {value!r}")
        return value

    @root_validator(skip_on_failure=True)
    def minstens_een_manier(cls, values):
        if not any(values.get(k) for k in ("email", "telefoon", "teams", "locatie", "link")):
            raise ValueError("geef minstens één manier om contact op te nemen (email, telefoon, teams, locatie of link)")
        return values


class Locatie(Strikt):
    naam: str
    adres: Optional[str] = None


class Budgetcoach(Strikt):
    contact: Contact
    hoe_gaat_een_gesprek: str
    afspraak_maken: List[str] = Field(..., min_items=1, max_items=6)
    gratis: bool
    vertrouwelijk: bool
    mentor_mag_mee: bool


class Leenlaptop(Strikt):
    waar: str
    wanneer: str
    voorwaarden: List[str] = Field(..., min_items=1)
    hoe_lang: str
    kapot: str
    aanvragen: List[str] = Field(..., min_items=1, max_items=6)
    contact: Contact


class Studieplek(Strikt):
    naam: str
    locatie: str
    openingstijden: str
    computers: bool
    wifi: bool
    stil: bool
    opmerking: Optional[str] = None


class Persoon(Strikt):
    """A human a student or teacher can turn to (mentor/SLB'er, vertrouwenspersoon, i-coach...)."""

    uitleg: str
    contact: Contact

Stappen = List[str]
_PLATFORM_LABEL = re.compile(r"^\s*(windows|mac|macos|android|iphone|ipad|ios)\b\s*[:(]", re.IGNORECASE)
_LABEL_PLATFORM = {"windows": "windows", "mac": "mac", "macos": "mac", "android": "android",
                   "iphone": "iphone", "ipad": "iphone", "ios": "iphone"}


class StappenPerApparaat(Strikt):
    """Short steps, per device only where the device makes a difference.

    ``stappen`` hold for every computer (and for a phone when ``werkt_op_telefoon`` and no phone steps are
    given). Windows and Mac steps come as a pair in their own lists, and so do Android and iPhone steps:
    a student reads the steps for the device in their hand, never a list where two devices take turns.
    """

    stappen: Optional[Stappen] = Field(None, min_items=1, max_items=6)
    windows_stappen: Optional[Stappen] = Field(None, min_items=1, max_items=6)
    mac_stappen: Optional[Stappen] = Field(None, min_items=1, max_items=6)
    werkt_op_telefoon: bool
    # Only when a phone works differently; otherwise `stappen` apply on a phone too.
    telefoon_stappen: Optional[Stappen] = Field(None, min_items=1, max_items=6)
    android_stappen: Optional[Stappen] = Field(None, min_items=1, max_items=6)
    iphone_stappen: Optional[Stappen] = Field(None, min_items=1, max_items=6)

    @root_validator(skip_on_failure=True)
    def apparaten_apart(cls, values):
        def paar(een, twee, samen):
            a, b, c = values.get(een), values.get(twee), values.get(samen)
            if bool(a) != bool(b):
                raise ValueError(f"geef {een} én {twee} (of alleen {samen})")
            if a and c:
                raise ValueError(f"{samen} en {een}/{twee} tegelijk: kies één van de twee")

        paar("windows_stappen", "mac_stappen", "stappen")
        paar("android_stappen", "iphone_stappen", "telefoon_stappen")
        if not values.get("stappen") and not values.get("windows_stappen"):
            raise ValueError("geef stappen (of windows_stappen en mac_stappen)")
        telefoon = any(values.get(k) for k in ("telefoon_stappen", "android_stappen", "iphone_stappen"))
        if telefoon and not values.get("werkt_op_telefoon"):
            raise ValueError("telefoonstappen gegeven, maar werkt_op_telefoon is false")
        for lijst, eigen in (("stappen", None), ("windows_stappen", "windows"), ("mac_stappen", "mac"),
                             ("telefoon_stappen", None), ("android_stappen", "android"), ("iphone_stappen", "iphone")):
            for stap in values.get(lijst) or []:
                match = _PLATFORM_LABEL.match(stap)
                if match and _LABEL_PLATFORM[match.group(1).lower()] != eigen:
                    raise ValueError(
                        f"{lijst}: de stap {stap!r} hoort bij één apparaat; zet hem in "
                        f"{_LABEL_PLATFORM[match.group(1).lower()]}_stappen (stappen van apparaten niet door elkaar)"
                    )
        return values

    @property
    def per_apparaat(self) -> bool:
        """True when the steps differ per device, so the student is asked which one they use."""
        return bool(self.windows_stappen or self.android_stappen)

    def apparaten(self) -> tuple:
        """The devices these steps cover, in menu order."""
        return COMPUTERS + (TELEFOONS if self.werkt_op_telefoon else ())

    def stappen_voor(self, apparaat: str) -> Optional[Stappen]:
        if apparaat == "windows":
            return self.windows_stappen or self.stappen
        if apparaat == "mac":
            return self.mac_stappen or self.stappen
        if apparaat in TELEFOONS and self.werkt_op_telefoon:
            eigen = self.android_stappen if apparaat == "android" else self.iphone_stappen
            return eigen or self.telefoon_stappen or self.stappen
        return None


class SchoolSysteem(StappenPerApparaat):
    """One of the school's own systems (ELO, student portal, grades...): its name, short steps and who helps."""

    soort: str
    naam: str
    link: Optional[Link] = None
    hulp: Contact

    @validator("soort")
    def bekende_soort(cls, value):
        return _een_van(value, SYSTEEM_SOORTEN, "soort systeem")


class WachtwoordRoute(Strikt):
    stappen: List[str] = Field(..., min_items=1, max_items=6)
    link: Optional[Link] = None
    hulp: Contact


class Schoolfonds(Strikt):
    naam: str
    kort: str = Field(..., max_length=160)
    voor_wie: str
    betaalt_voor: List[BetaaltVoor] = Field(..., min_items=1)
    aanvragen: str
    contact: Contact
    link: Optional[Link] = None
    # Shown on the card like a scheme's: the one condition that matters, and who applies.
    voorwaarde: Optional[str] = Field(None, max_length=160)
    aanvrager: Aanvrager = Aanvrager.student


class ProfRouteSchool(Strikt):
    titel: str
    uitleg: str
    link: Optional[Link] = None
    contact: Optional[Contact] = None


class Veiligheid(Strikt):
    """What a crisis answer needs from the school (issue 9); every crisis answer names these people."""

    # For teachers who worry about a student: who runs the meldcode at school (aandachtsfunctionaris / zorgteam).
    aandachtsfunctionaris: Persoon
    # One or two sentences: what to do when there is danger at school right now (where to go, whom to tell).
    acuut_op_school: str
    # What the school's own people can (not) do outside school hours, e.g. "niet in het weekend".
    buiten_schooltijd: str
    # Optional: the municipality's route to a bed for tonight in the school's region (centrale toegang).
    nachtopvang: Optional[Contact] = None


class SchoolProfiel(Strikt):
    id: str = Field(..., regex=r"^[a-z0-9][a-z0-9-]*$")
    naam: str
    voorbeeld: bool
    website: Link
    locaties: List[Locatie] = Field(..., min_items=1)
    mentor_slb: Persoon
    budgetcoach: Budgetcoach
    leenlaptop: Leenlaptop
    studieplekken: List[Studieplek] = Field(..., min_items=1)
    digitale_hulp: Persoon
    icoach: Persoon
    vertrouwenspersoon: Persoon
    wachtwoord: WachtwoordRoute
    schoolfonds: Optional[Schoolfonds] = None
    professionalisering: List[ProfRouteSchool] = Field(default_factory=list)
    # Issue 11: the school's own systems (replace the generic tutorial for that tool), and how parents reach school.
    systemen: List[SchoolSysteem] = Field(default_factory=list)
    ouders: Optional[Persoon] = None
    veiligheid: Veiligheid

    @validator("systemen")
    def een_systeem_per_soort(cls, value):
        soorten = [s.soort for s in value]
        dubbel = sorted({s for s in soorten if soorten.count(s) > 1})
        if dubbel:
            raise ValueError(f"soort komt dubbel voor: {', '.join(dubbel)}")
        return value

    def systeem(self, soort: str) -> Optional["SchoolSysteem"]:
        return next((s for s in self.systemen if s.soort == soort), None)

    @root_validator(skip_on_failure=True)
    def crisispersonen_met_bereikbaarheid(cls, values):
        # A student in crisis must read when the trusted person can be reached, not only how.
        for naam, persoon in (
            ("vertrouwenspersoon", values.get("vertrouwenspersoon")),
            ("veiligheid.aandachtsfunctionaris", getattr(values.get("veiligheid"), "aandachtsfunctionaris", None)),
        ):
            if persoon is not None and not persoon.contact.bereikbaar:
                raise ValueError(f"{naam}.contact.bereikbaar ontbreekt: zet erin wanneer deze persoon bereikbaar is")
        return values

    @root_validator(skip_on_failure=True)
    def voorbeeldgegevens_alleen_in_voorbeeld(cls, values):
        # A real school profile that still carries example.org addresses would send students nowhere.
        if not values.get("voorbeeld"):
            text = repr({k: v for k, v in values.items()})
            for domain in EXAMPLE_DOMAINS:
                if domain in text:
                    raise ValueError(
                        f"dit profiel is geen voorbeeld (voorbeeld: false) maar bevat nog '{domain}'-adressen; "
                        "vul de echte gegevens van je school in"
                    )
        return values


class Regeling(Strikt):
    id: str = Field(..., regex=r"^[a-z0-9][a-z0-9_-]*$")
    titel: str
    kort: str = Field(..., max_length=160)
    niveau: Niveau
    voor_wie: str
    leeftijd_min: Optional[int] = Field(None, ge=0, le=99)
    leeftijd_max: Optional[int] = Field(None, ge=0, le=99)
    inkomen: Optional[str] = None
    betaalt_voor: List[BetaaltVoor] = Field(default_factory=list)
    doelgroep: List[Doelgroep] = Field(..., min_items=1)
    # Who the scheme is for beyond age (issue 11). Kansenbot serves mbo students: a scheme without mbo here is
    # never shown to them. A bol-only scheme is never shown to a bbl student, and the other way round.
    onderwijs: List[Onderwijs] = Field(default_factory=lambda: [Onderwijs.mbo], min_items=1)
    leerweg: List[Leerweg] = Field(default_factory=lambda: [Leerweg.bol, Leerweg.bbl], min_items=1)
    # Required for schemes that pay for something; info-only entries (JOB, JIP, guides) have nobody applying.
    aanvrager: Optional[Aanvrager] = None
    # The one condition that matters, shown on the card ("Vraag het aan voordat je de kosten maakt").
    voorwaarde: Optional[str] = Field(None, max_length=160)
    # Municipal entries name the municipalities they apply to; an empty list is the generic
    # "check your own municipality" entry, shown when no specific one matches.
    gemeenten: List[str] = Field(default_factory=list)
    aanvragen: str
    # The link on the card must be a source that was read: `bron` itself or one of `andere_bronnen`.
    # No link at all is allowed ("zoek op de site van je gemeente") rather than an unchecked one.
    link: Optional[Link] = None
    bron: Link
    andere_bronnen: List[Link] = Field(default_factory=list)
    laatst_gecontroleerd: dt.date
    verificatie: Verificatie
    opmerking: Optional[str] = None
    volgorde: int = 100
    # The generic "every mbo school has a student fund" entry steps aside when the school profile names its own.
    vervangen_door_schoolfonds: bool = False

    @root_validator(skip_on_failure=True)
    def consistent(cls, values):
        lo, hi = values.get("leeftijd_min"), values.get("leeftijd_max")
        if lo is not None and hi is not None and lo > hi:
            raise ValueError("leeftijd_min is groter dan leeftijd_max")
        if values.get("gemeenten") and values.get("niveau") != Niveau.gemeente:
            raise ValueError("alleen regelingen met niveau 'gemeente' kunnen gemeenten noemen")
        if values.get("laatst_gecontroleerd") and values["laatst_gecontroleerd"] > dt.date.today():
            raise ValueError("laatst_gecontroleerd ligt in de toekomst")
        link = values.get("link")
        if link and link != values.get("bron") and link not in (values.get("andere_bronnen") or []):
            raise ValueError(
                "link is geen gelezen bron: zet hem gelijk aan bron, of zet hem bij andere_bronnen als je hem hebt gelezen"
            )
        if values.get("betaalt_voor") and not values.get("voorwaarde"):
            raise ValueError("een regeling die iets betaalt, heeft een voorwaarde nodig (de ene voorwaarde die ertoe doet)")
        if values.get("betaalt_voor") and not values.get("aanvrager"):
            raise ValueError("een regeling die iets betaalt, noemt wie aanvraagt (aanvrager)")
        return values


class Tutorial(StappenPerApparaat):
    id: str
    titel: str
    knop: str = Field(..., max_length=30)
    groep: str
    # The maker's longer explanation. Not for tools each school sets up itself: there the school's link counts.
    link: Optional[Link] = None
    # Generic steps that differ per school (password, school systems): the school profile's own steps
    # (`wachtwoord:` or `systemen:`) replace them; without those, Kansenbot says the steps are general.
    schoolroute: bool = False
    # Students act on these steps, so every tutorial says whether its menu and button names were checked
    # against a named source, and when someone last looked (the day the source was read, or the day the
    # search for one came up empty). bron_gelezen needs the source; niet_geverifieerd may name a source that
    # covers only part of the steps, and the student is told the steps were not checked.
    verificatie: Verificatie
    laatst_gecontroleerd: dt.date
    bron: Optional[Link] = None
    andere_bronnen: List[Link] = Field(default_factory=list)
    # Tutorials offered as next-step buttons after this one ("nog een vraag over Teams").
    vervolg: List[str] = Field(default_factory=list, max_items=3)

    @validator("vervolg", each_item=True)
    def bekende_vervolg_tool(cls, value):
        return _een_van(value, TOOL_IDS, "tool in vervolg")

    @root_validator(skip_on_failure=True)
    def vervolg_niet_zichzelf(cls, values):
        if values.get("id") in (values.get("vervolg") or []):
            raise ValueError("vervolg noemt de tutorial zelf")
        return values

    @validator("id")
    def bekende_tool(cls, value):
        return _een_van(value, TOOL_IDS, "tool")

    @validator("groep")
    def bekende_groep(cls, value):
        return _een_van(value, TUTORIAL_GROEPEN, "groep")

    @root_validator(skip_on_failure=True)
    def bron_bij_gelezen(cls, values):
        if values.get("verificatie") == Verificatie.bron_gelezen and not values.get("bron"):
            raise ValueError(
                "verificatie: bron_gelezen zonder bron; noem de pagina waar de knoppen zijn nagekeken, "
                "of zet verificatie: niet_geverifieerd"
            )
        if values.get("andere_bronnen") and not values.get("bron"):
            raise ValueError("andere_bronnen zonder bron: zet de belangrijkste bron bij bron")
        if values["laatst_gecontroleerd"] > dt.date.today():
            raise ValueError("laatst_gecontroleerd ligt in de toekomst")
        return values

    @property
    def nagekeken(self) -> bool:
        return self.verificatie == Verificatie.bron_gelezen


class AnaloogAlternatief(Strikt):
    opdracht_type: str
    knop: str = Field(..., max_length=30)
    # The first line of the answer, per kind of assignment: a template for all kinds made nonsense
    # ("Onderzoek op internet zonder laptop of internet?").
    student_kop: str
    docent_kop: str
    student: List[str] = Field(..., min_items=1, max_items=6)
    docent: List[str] = Field(..., min_items=1, max_items=6)

    @validator("opdracht_type")
    def bekend_type(cls, value):
        return _een_van(value, OPDRACHT_TYPES, "opdracht_type")


class Bron(Strikt):
    titel: str
    link: Link
    laatst_gecontroleerd: dt.date
    verificatie: Verificatie


class Hulpmiddel(Bron):
    """A guide or tool a teacher can open right away (e.g. Nibud's "In gesprek over geld")."""

    uitleg: str = Field(..., max_length=200)


class Onderzoek(Bron):
    """The research the teacher guidance builds on, named in every teacher answer."""

    door: str
    kort: str = Field(..., max_length=300)


class ProfessionaliseringAdvies(Strikt):
    """What the research and monitors say about professional development, shown before the offers."""

    titel: str
    waarom: str
    tips: List[str] = Field(..., min_items=2, max_items=6)
    bronnen: List[Bron] = Field(..., min_items=1)


class Aanbeveling(Strikt):
    id: str
    titel: str
    knop: str = Field(..., max_length=30)
    waarom: str
    tips: List[str] = Field(..., min_items=2, max_items=6)
    intakevragen: List[str] = Field(..., min_items=1, max_items=6)
    # Shown right after the tips, so a guide is one tap away instead of at the end of seven answers.
    hulpmiddelen: List[Hulpmiddel] = Field(default_factory=list, max_items=3)

    @validator("id")
    def bekende_aanbeveling(cls, value):
        return _een_van(value, AANBEVELING_IDS, "aanbeveling")


class DocentHandreiking(Strikt):
    onderzoek: Onderzoek
    aanbevelingen: List[Aanbeveling]
    bronnen: List[Bron] = Field(..., min_items=1)
    professionalisering: ProfessionaliseringAdvies

    @validator("aanbevelingen")
    def alle_zeven(cls, value):
        ids = [a.id for a in value]
        missing = [i for i in AANBEVELING_IDS if i not in ids]
        if missing:
            raise ValueError(f"aanbeveling(en) ontbreken: {', '.join(missing)}")
        return value


class ExterneRoute(Strikt):
    id: str
    titel: str
    organisatie: str
    uitleg: str
    link: Link
    laatst_gecontroleerd: dt.date
    verificatie: Verificatie


class Teksten(Strikt):
    """Generic UI strings of the actions. Templates name their {placeholders}; see PLACEHOLDERS."""

    fout_excuus: str
    fout_mens: str
    fout_mens_algemeen: str
    kies_school: str
    voorbeeld_let_op: str
    contact_kaart: str
    knop_praat_met_iemand: str
    leenlaptop_intro: str
    leenlaptop_waar: str
    leenlaptop_voorwaarden: str
    leenlaptop_kapot: str
    leenlaptop_aanvragen: str
    knop_geld_voor_laptop: str
    knop_ook_geldzorgen: str
    budgetcoach_intro: str
    budgetcoach_drempel: str
    budgetcoach_gratis_vertrouwelijk: str
    budgetcoach_mentor_mee: str
    budgetcoach_aanbod: str
    knop_afspraak_maken: str
    knop_regelingen: str
    studieplek_intro: str
    studieplek_kaart: str
    studieplek_bieb: str
    knop_geld_voor_internet: str
    knop_zonder_internet: str
    tutorial_vraag: str
    tutorial_stappen: str
    tutorial_telefoon_anders: str
    tutorial_telefoon_zelfde: str
    tutorial_geen_telefoon: str
    tutorial_meer: str
    tutorial_wachtwoord_hulp: str
    knop_andere_tutorial: str
    knop_lukt_niet: str
    analoog_vraag_student: str
    analoog_vraag_docent: str
    analoog_student: str
    analoog_student_vraag_docent: str
    analoog_docent: str
    knop_andere_opdracht: str
    knop_laptop_lenen: str
    regelingen_vraag_betaalt_voor: str
    regelingen_vraag_betaalt_voor_docent: str
    regelingen_vraag_leeftijd: str
    regelingen_vraag_leeftijd_docent: str
    knop_betaalt_voor: Dict[str, str]
    knop_alles: str
    knop_onder_18: str
    knop_18_plus: str
    knop_zeg_ik_liever_niet: str
    regelingen_intro: str
    regelingen_kaart: str
    regelingen_geen: str
    regelingen_gemeente_tip: str
    regelingen_einde: str
    regelingen_meer_vraag: str
    knop_meer_regelingen: str
    knop_budgetcoach: str
    handreiking_intro: str
    handreiking_lijst_regel: str
    handreiking_waarom: str
    handreiking_tips: str
    handreiking_intakevragen: str
    handreiking_bronnen: str
    knop_alle_aanbevelingen: str
    knop_volgende_aanbeveling: str
    knop_regelingen_docent: str
    knop_scholing: str
    prof_school: str
    prof_school_route: str
    prof_extern: str
    prof_extern_regel: str
    prof_extern_regel_zonder_organisatie: str
    knop_handreiking: str
    prof_vervolg: str
    budgetcoach_afspraak: str
    contact_intro: Dict[str, str]
    # --- issue 11: school systems, devices, audience on cards, parents, research --------------------------
    tutorial_vraag_groep: str
    tutorial_verder: str
    knop_tutorial_groep: Dict[str, str]
    tutorial_vraag_apparaat: str
    knop_apparaat: Dict[str, str]
    tutorial_stappen_apparaat: str
    knop_ander_apparaat: str
    tutorial_schoolsysteem: str
    tutorial_algemeen: str
    tutorial_niet_gecontroleerd: str
    regelingen_vraag_betaalt_voor_ouder: str
    regelingen_vraag_leeftijd_ouder: str
    regelingen_vraag_leerweg: str
    regelingen_vraag_leerweg_docent: str
    regelingen_vraag_leerweg_ouder: str
    knop_bol: str
    knop_bbl: str
    knop_weet_ik_niet: str
    kaart_voorwaarde: str
    kaart_aanvrager: Dict[str, Dict[str, str]]
    kaart_verouderd: str
    kaart_niet_gecontroleerd: str
    leenlaptop_intro_ouder: str
    budgetcoach_intro_ouder: str
    knop_schuldhulp: str
    studieplek_intro_ouder: str
    contact_intro_ouder: str
    handreiking_hulpmiddel: str
    handreiking_onderzoek: str
    prof_advies: str
    prof_advies_bronnen: str
    prof_extern_niet_gecontroleerd: str
    knop_persoon: Dict[str, str]
    contact_labels: Dict[str, str]
    voorzieningen: Dict[str, str]
    lijst_regel: str
    stap_regel: str

    @validator("knop_betaalt_voor")
    def alle_betaalt_voor(cls, value):
        missing = [b.value for b in BetaaltVoor if b.value not in value]
        if missing:
            raise ValueError(f"knoptekst ontbreekt voor: {', '.join(missing)}")
        return value

    @validator("kaart_aanvrager")
    def aanvrager_per_rol(cls, value):
        missing = [
            f"{rol}.{a.value}" for rol in ROLLEN for a in Aanvrager if a.value not in (value.get(rol) or {})
        ]
        if missing:
            raise ValueError(f"tekst ontbreekt voor: {', '.join(missing)}")
        return value

    @root_validator(skip_on_failure=True)
    def placeholders(cls, values):
        for field, allowed in PLACEHOLDERS.items():
            text = values.get(field)
            if text is None:
                continue
            used = {name for _, name, _, _ in string.Formatter().parse(text) if name}
            unknown = used - allowed
            if unknown:
                raise ValueError(
                    f"{field}: onbekende {{...}}-velden {sorted(unknown)}; toegestaan: {sorted(allowed) or 'geen'}"
                )
        required_keys = {
            "contact_intro": PERSONEN,
            "knop_persoon": PERSONEN,
            "contact_labels": CONTACT_VELDEN,
            "voorzieningen": ("computers", "wifi", "stil"),
            "knop_tutorial_groep": TUTORIAL_GROEPEN,
            "knop_apparaat": PLATFORMEN,
        }
        for field, keys in required_keys.items():
            missing = [k for k in keys if k not in (values.get(field) or {})]
            if missing:
                raise ValueError(f"{field}: tekst ontbreekt voor {', '.join(missing)}")
        return values


# Who can be talking to Kansenbot (slot `rol`); a parent asks for their child.
ROLLEN = ("student", "ouder", "docent")

# Which people the contact action can point to; keys of SchoolProfiel holding a Persoon/Contact.
PERSONEN = ("mentor_slb", "budgetcoach", "leenbalie", "digitale_hulp", "icoach", "vertrouwenspersoon")

# Contact fields shown to users, in this order, each with a label from teksten.contact_labels.
CONTACT_VELDEN = ("email", "telefoon", "teams", "locatie", "bereikbaar", "link")

# Placeholders each template may use (anything else is a typo that would show "{naam}" to a student).
PLACEHOLDERS: Dict[str, set] = {
    "fout_excuus": set(),
    "fout_mens": {"wie", "contact"},
    "kies_school": set(),
    "voorbeeld_let_op": {"school"},
    "contact_kaart": {"functie", "gegevens"},
    "leenlaptop_intro": {"school"},
    "leenlaptop_waar": {"waar", "wanneer"},
    "leenlaptop_voorwaarden": {"lijst", "hoe_lang"},
    "leenlaptop_kapot": {"kapot"},
    "leenlaptop_aanvragen": {"lijst"},
    "budgetcoach_drempel": {"hoe_gaat_een_gesprek"},
    "budgetcoach_aanbod": set(),
    "studieplek_intro": {"school"},
    "studieplek_kaart": {"naam", "locatie", "openingstijden", "voorzieningen"},
    "tutorial_stappen": {"titel", "lijst"},
    "tutorial_telefoon_anders": {"lijst"},
    "tutorial_meer": {"link"},
    "tutorial_wachtwoord_hulp": {"contact"},
    "analoog_student": {"kop", "lijst"},
    "analoog_docent": {"kop", "lijst"},
    "regelingen_kaart": {"titel", "kort"},
    "tutorial_vraag_groep": {"groep"},
    "tutorial_stappen_apparaat": {"titel", "apparaat", "lijst"},
    "tutorial_schoolsysteem": {"naam", "school", "lijst"},
    "tutorial_niet_gecontroleerd": {"knop"},
    "kaart_voorwaarde": {"voorwaarde"},
    "kaart_verouderd": {"datum"},
    "leenlaptop_intro_ouder": {"school"},
    "studieplek_intro_ouder": {"school"},
    "handreiking_hulpmiddel": {"titel", "uitleg", "link"},
    "handreiking_onderzoek": {"titel", "door", "link"},
    "handreiking_intro": {"door"},
    "prof_advies": {"titel", "waarom", "lijst"},
    "prof_advies_bronnen": {"lijst"},
    "regelingen_gemeente_tip": set(),
    "handreiking_lijst_regel": {"nummer", "titel"},
    "handreiking_waarom": {"titel", "waarom"},
    "handreiking_tips": {"lijst"},
    "handreiking_intakevragen": {"lijst"},
    "handreiking_bronnen": {"lijst"},
    "prof_school": {"school"},
    "prof_school_route": {"titel", "uitleg", "link"},
    "prof_extern_regel": {"titel", "organisatie", "uitleg", "link"},
    "lijst_regel": {"tekst"},
    "stap_regel": {"nummer", "tekst"},
    "prof_extern_regel_zonder_organisatie": {"titel", "uitleg", "link"},
    "budgetcoach_afspraak": {"lijst"},
}


# --- crisis (data/knowledge/crisis.yml, issue 9) ------------------------------------------------------
# The kinds of crisis Kansenbot answers differently, in priority order for code; crisis.yml must describe
# every one. The check-in (an ambiguous signal) has its own block in crisis.yml.
CRISIS_SOORTEN = (
    "acuut_gevaar", "zelfdoding", "seksueel_geweld", "geweld_thuis", "geen_slaapplek", "zorg_om_student", "algemeen",
)
# Phone numbers as people write them: 112, 113, 0800-0113, 0900-8844, 020-261 52 75. Used to make sure a
# number in Dutch copy is always one of the helplines' own numbers, so a changed number is changed once.
TELEFOONNUMMER = re.compile(r"(?<![\d-])(?:0\d{1,3}[- ]?\d{2,4}(?:[- ]?\d{2}){0,3}|1\d\d)(?![\d-])")


def _cijfers(nummer: str) -> str:
    return re.sub(r"\D", "", nummer)


def _placeholders(text: str) -> set:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _niet_in_de_toekomst(value: dt.date) -> dt.date:
    if value > dt.date.today():
        raise ValueError("laatst_gecontroleerd ligt in de toekomst")
    return value


class Hulplijn(Strikt):
    """A helpline or emergency number, with where each fact comes from."""

    id: str = Field(..., regex=r"^[a-z][a-z0-9_]*$")
    naam: str
    telefoon: List[str] = Field(default_factory=list)
    chat: Optional[Link] = None
    website: Link
    bereikbaar: str
    voor_wie: str
    # The full sentence shown in a crisis answer ("Bel gratis 113 of 0800-0113, of chat op 113.nl. ...").
    zin: str
    # The short form used inside a sentence ("bel 113 of chat op 113.nl").
    kort: str
    bron: Link
    ook_bron: List[Link] = Field(default_factory=list)
    laatst_gecontroleerd: dt.date
    verificatie: Verificatie
    opmerking: Optional[str] = None
    # How people name this helpline when they ask how to reach it, and which kind's answer they then get
    # (actions/knowledge/crisis.py gevraagde_hulplijn).
    gevraagd_als: List[str] = Field(default_factory=list)
    antwoord_bij_vraag: Optional[str] = None

    _datum = validator("laatst_gecontroleerd", allow_reuse=True)(_niet_in_de_toekomst)

    @validator("antwoord_bij_vraag")
    def bekende_soort_bij_vraag(cls, value):
        return value if value is None else _een_van(value, CRISIS_SOORTEN, "crisissoort")

    @validator("telefoon", each_item=True)
    def geldig_nummer(cls, value):
        import phonenumbers

        if re.fullmatch(r"1\d\d", value):
            return value  # short numbers (112, 113): not in every phone-number database
        try:
            ok = phonenumbers.is_valid_number(phonenumbers.parse(value, "NL"))
        except phonenumbers.NumberParseException:
            ok = False
        if not ok or not TELEFOONNUMMER.fullmatch(value):
            raise ValueError(f"geen geldig Nederlands telefoonnummer: {value!r} (schrijf bijvoorbeeld 0800-0113)")
        return value

    @root_validator(skip_on_failure=True)
    def zinnen_noemen_eigen_nummers(cls, values):
        eigen = {_cijfers(n) for n in values.get("telefoon") or []}
        for veld in ("zin", "kort"):
            tekst = values.get(veld) or ""
            vreemd = [n for n in TELEFOONNUMMER.findall(tekst) if _cijfers(n) not in eigen]
            if vreemd:
                raise ValueError(f"{veld} noemt {', '.join(vreemd)}, maar dat staat niet bij telefoon")
            if _placeholders(tekst):
                raise ValueError(f"{veld}: gebruik hier geen {{...}}-velden")
        missend = [n for n in values.get("telefoon") or [] if n not in (values.get("zin") or "")]
        if missend:
            raise ValueError(f"zin noemt het nummer {', '.join(missend)} niet")
        if values.get("chat") and urlparse(values["chat"]).hostname.removeprefix("www.") not in values.get("zin", ""):
            raise ValueError("zin noemt de chat niet (schrijf bijvoorbeeld 'chat op 113.nl')")
        return values


class HulpRegel(Strikt):
    """One line of a crisis answer: a helpline, introduced for this kind ("Ben je nu in gevaar? {zin}")."""

    hulplijn: str
    tekst: str


class CrisisSoort(Strikt):
    """The first answer for one kind of crisis. The first line of ``hulp`` is the right number first."""

    id: str
    naam: str
    opening: str
    hulp: List[HulpRegel] = Field(..., min_items=1, max_items=4)
    # The line this kind adds when another kind comes first in the same message ({zin}: its first helpline).
    ook: Optional[str] = None
    # The same, when a teacher writes about a student.
    ook_docent: Optional[str] = None
    buiten_schooltijd: str
    # After the first line: the school's own "danger at school now" route / the region's night shelter.
    toon_acuut_op_school: bool = False
    toon_nachtopvang: bool = False
    # Teachers: the meldcode steps, and extra messages (e.g. never promise secrecy).
    toon_meldcode: bool = False
    berichten: List[str] = Field(default_factory=list, max_items=2)

    @validator("id")
    def bekende_soort(cls, value):
        return _een_van(value, CRISIS_SOORTEN, "crisissoort")


class CheckIn(Strikt):
    """A short question for an ambiguous signal: 113 and 112 in one line, how are you, buttons."""

    opening: str
    knop_gaat_niet_goed: str = Field(..., max_length=30)
    knop_andere_vraag: str = Field(..., max_length=30)
    knop_iemand_van_school: str = Field(..., max_length=30)
    # The reply to "how are you now?" (actions/knowledge/crisis.py na_crisis): only a clearly good answer
    # gets no help; any word of niet_goed_woorden makes it not good.
    goed_woorden: List[str] = Field(..., min_items=1)
    niet_goed_woorden: List[str] = Field(..., min_items=1)
    niet_goed_tekens: List[str] = Field(default_factory=list)
    goed_reactie: str
    na_antwoord: str
    afscheid: str


class Meldcode(Strikt):
    titel: str
    stappen: List[str] = Field(..., min_items=5, max_items=5)
    bron: Link
    ook_bron: List[Link] = Field(default_factory=list)
    laatst_gecontroleerd: dt.date
    verificatie: Verificatie
    # The words of the source that carry the steps, and how it was checked (like a helpline's opmerking).
    opmerking: Optional[str] = None

    _datum = validator("laatst_gecontroleerd", allow_reuse=True)(_niet_in_de_toekomst)


class CrisisTeksten(Strikt):
    # {<hulplijn-id>} is that helpline's short form; e.g. "Praat met 113: {zelfmoordpreventie}". Numbers
    # written out must be one of the helplines' own numbers.
    noodregel: str
    school_vertrouwenspersoon: str
    school_onbekend: str
    # A teacher whose school Kansenbot does not know: the school's own meldcode people, not "your mentor".
    school_onbekend_docent: str
    school_zorgteam: str
    buiten_schooltijd: str
    acuut_op_school: str
    acuut_op_school_algemeen: str
    nachtopvang_school: str
    knop_vertrouwenspersoon: str = Field(..., max_length=30)
    knop_mentor: str = Field(..., max_length=30)
    knop_iemand_van_school: str = Field(..., max_length=30)


# Placeholders per text kind (besides {<hulplijn-id>}, which every text may use).
CRISIS_PLACEHOLDERS = {
    "hulp": {"zin", "naam"},
    "ook": {"zin", "naam"},
    "buiten_schooltijd": {"tekst"},
    "acuut_op_school": {"tekst"},
}


class CrisisKennis(Strikt):
    hulplijnen: List[Hulplijn] = Field(..., min_items=1)
    hulplijn_vraagwoorden: List[str] = Field(..., min_items=1)
    hulplijn_vraag_niet_bij: List[str] = Field(default_factory=list)
    soorten: List[CrisisSoort]
    checkin: CheckIn
    meldcode: Meldcode
    teksten: CrisisTeksten

    @root_validator(skip_on_failure=True)
    def samenhang(cls, values):
        lijnen = {h.id: h for h in values["hulplijnen"]}
        alle_nummers = {_cijfers(n) for h in values["hulplijnen"] for n in h.telefoon}
        problemen = []
        if len(lijnen) != len(values["hulplijnen"]):
            problemen.append("een hulplijn-id komt dubbel voor")
        soorten = [s.id for s in values["soorten"]]
        for ontbreekt in [s for s in CRISIS_SOORTEN if s not in soorten]:
            problemen.append(f"soort '{ontbreekt}' ontbreekt")
        if len(set(soorten)) != len(soorten):
            problemen.append("een soort komt dubbel voor")

        def check(waar: str, tekst: str, toegestaan: set) -> None:
            onbekend = _placeholders(tekst) - toegestaan - set(lijnen)
            if onbekend:
                problemen.append(f"{waar}: onbekende {{...}}-velden {sorted(onbekend)}")
            # A number in the copy must be a helpline's own number ("113 Zelfmoordpreventie" is a name too);
            # after a number changes, an old one left in a sentence fails here.
            vreemd = [n for n in TELEFOONNUMMER.findall(tekst) if _cijfers(n) not in alle_nummers]
            if vreemd:
                problemen.append(
                    f"{waar}: {', '.join(vreemd)} is van geen enkele hulplijn; gebruik {{zin}} of {{<hulplijn-id>}}"
                )
            # Copy rule (issue 9), checked where a school edits the copy: "fijn" reads as pleased about bad news.
            if re.search(r"\bfijn", tekst, re.IGNORECASE):
                problemen.append(f"{waar}: geen 'fijn' in een crisisantwoord (schrijf rustig, zonder oordeel)")

        for soort in values["soorten"]:
            for i, regel in enumerate(soort.hulp):
                if regel.hulplijn not in lijnen:
                    problemen.append(f"soort {soort.id}: hulp[{i}]: onbekende hulplijn '{regel.hulplijn}'")
                if "{zin}" not in regel.tekst:
                    problemen.append(f"soort {soort.id}: hulp[{i}]: de tekst moet {{zin}} bevatten (daar komt het nummer)")
                check(f"soort {soort.id}: hulp[{i}]", regel.tekst, CRISIS_PLACEHOLDERS["hulp"])
            for veld in ("opening", "ook", "ook_docent", "buiten_schooltijd"):
                if getattr(soort, veld):
                    check(f"soort {soort.id}: {veld}", getattr(soort, veld), CRISIS_PLACEHOLDERS["ook"] if veld.startswith("ook") else set())
            for i, bericht in enumerate(soort.berichten):
                check(f"soort {soort.id}: berichten[{i}]", bericht, set())
        teksten = values["teksten"]
        for veld, tekst in teksten.dict().items():
            check(f"teksten.{veld}", tekst, CRISIS_PLACEHOLDERS.get(veld, set()))
        check("checkin.opening", values["checkin"].opening, set())
        if not {"zelfmoordpreventie", "alarm"} <= set(lijnen):
            problemen.append("hulplijnen 'zelfmoordpreventie' (113) en 'alarm' (112) zijn verplicht")
        elif not {"zelfmoordpreventie", "alarm"} <= _placeholders(teksten.noodregel):
            problemen.append("teksten.noodregel moet {zelfmoordpreventie} en {alarm} noemen (113 en 112 in één regel)")
        if problemen:
            raise ValueError("; ".join(problemen))
        return values

    def hulplijn(self, ident: str) -> Hulplijn:
        return next(h for h in self.hulplijnen if h.id == ident)

    def soort(self, ident: str) -> CrisisSoort:
        return next(s for s in self.soorten if s.id == ident)
