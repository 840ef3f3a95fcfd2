"""Replace personal data in user text with typed placeholders.

Interface used by every input channel: ``scrub_text(text) -> str``. The full set of detectors (phone
numbers, IBAN, BSN, postcode + house number, student numbers, person names) comes with issue 6.
"""
from __future__ import annotations

import re

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def scrub_text(text: str) -> str:
    return _EMAIL.sub("[EMAIL]", text)
