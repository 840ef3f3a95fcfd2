"""Properties of the privacy filter on random text: it never crashes, is stable, and always removes PII."""
import random
import re

from hypothesis import HealthCheck, assume, example, given, settings, strategies as st

from bot.privacy.scrubber import PLACEHOLDERS, bsn_is_valid, scrub_text

# derandomize: the same 300 examples on every run, so CI gives the same verdict for the same code (random
# runs found real bugs - kept below as @example - but made CI fail at random). To explore further, set
# derandomize=False locally and run the file a few times.
PROFILE = settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example])


DIGITS = "0123456789"


def _with_check_digit(digits: str) -> str:
    total = sum(int(digit) * weight for digit, weight in zip(digits, range(9, 1, -1)))
    return digits + str(total % 11)


bsns = st.text(DIGITS, min_size=8, max_size=8).map(_with_check_digit).filter(bsn_is_valid)


@st.composite
def dutch_ibans(draw):
    bank = draw(st.sampled_from(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "BUNQ"]))
    account = draw(st.text(DIGITS, min_size=10, max_size=10))
    numeric = "".join(str(int(char, 36)) for char in bank + account + "NL00")
    check = 98 - int(numeric) % 97
    compact = f"NL{check:02d}{bank}{account}"
    if draw(st.booleans()):
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact.lower() if draw(st.booleans()) else compact


@st.composite
def mobile_numbers(draw):
    rest = draw(st.text(DIGITS, min_size=8, max_size=8))
    spelling = draw(st.integers(0, 5))
    return [
        f"06{rest}",
        f"06-{rest}",
        f"06 {rest[:4]} {rest[4:]}",
        f"+316{rest}",
        f"+31 6 {rest}",
        f"0031 6 {rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}",
    ][spelling]


@st.composite
def emails(draw):
    local = draw(st.from_regex(r"[a-z][a-z0-9._-]{0,12}[a-z0-9]", fullmatch=True))
    domain = draw(st.from_regex(r"[a-z][a-z0-9-]{0,10}[a-z0-9]", fullmatch=True))
    return f"{local}@{domain}.{draw(st.sampled_from(['nl', 'com', 'org', 'eu']))}"


@st.composite
def postcodes(draw):
    number = draw(st.integers(1000, 9999))
    letters = draw(st.from_regex(r"[A-RT-Z][A-Z]", fullmatch=True))
    house = draw(st.integers(1, 999))
    return f"{number} {letters} {house}" if draw(st.booleans()) else f"{number}{letters.lower()} {house}"


personal_data = st.one_of(bsns, dutch_ibans(), mobile_numbers(), emails(), postcodes())


@PROFILE
@given(st.text())
def test_never_crashes_and_returns_text(text):
    assert isinstance(scrub_text(text), str)


@PROFILE
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_idempotent(text):
    once = scrub_text(text)
    assert scrub_text(once) == once


@PROFILE
@given(st.text(max_size=80), personal_data, st.text(max_size=80))
def test_embedded_personal_data_is_always_removed(before, secret, after):
    text = f"{before} {secret} {after}"
    result = scrub_text(text)
    assert secret not in result
    assert scrub_text(result) == result


@PROFILE
@given(st.lists(personal_data, min_size=1, max_size=4), st.lists(st.sampled_from(
    ["ik heb geen laptop", "mijn", "en", "bel", "mail", "hoi!", "250 euro", "om 10:30", "113", "?"]), max_size=6))
def test_placeholders_never_contain_originals(secrets, words):
    pieces = words + secrets
    random.Random(len(pieces)).shuffle(pieces)
    result = scrub_text(" ".join(pieces))
    for secret in secrets:
        assert secret not in result
    for placeholder in PLACEHOLDERS:
        assert all(char not in "0123456789@" for char in placeholder)


@PROFILE
@given(st.sampled_from(["ik heb 113 gebeld", "het kost 250 euro", "op 12-03-2025 om 09:15", "0800-0113"]),
       st.text(alphabet=" abcdefghijklmnopqrstuvwxyz!?.,", max_size=40))
@example("op 12-03-2025 om 09:15", "user")  # found by CI: a date after "user" was taken for a handle
@example("op 12-03-2025 om 09:15", "login")
@example("op 12-03-2025 om 09:15", "wachtwoord")
@example("op 12-03-2025 om 09:15", "laan")  # a street word before "op <date>" made it an address
@example("op 12-03-2025 om 09:15", "aaweg")  # found by CI: a time's minutes before a street word made an address
def test_safe_sentences_survive_in_random_context(safe, noise):
    # A birth word right before the date makes it a date of birth, rightly ("verjaardag op 12-03-2025"): Hypothesis also
    # draws words from the code's own string constants, so it finds these (round 32).
    assume(not _BIRTH_WORD.search(noise))
    assert safe in scrub_text(f"{noise} {safe} {noise}")


_BIRTH_WORD = re.compile(r"geboren|geb\b|geboorte|verjaardag|jarig|dob|birthday|born")
