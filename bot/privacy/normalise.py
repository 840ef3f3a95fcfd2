"""Unicode normalisation before any detector runs, so a number or name cannot hide behind look-alikes.

- NFKC: full-width digits and letters ("０６１２…"), mathematical letters ("𝕯𝖆𝖗𝖐"), ligatures and
  superscripts become their plain form;
- digits of other scripts (Arabic-Indic "٠٦", Devanagari, ...) become ASCII digits;
- every kind of space (no-break, thin, ideographic, ...) becomes a plain space, every dash and hyphen
  (en dash, em dash, non-breaking hyphen, minus sign, ...) a plain "-";
- zero-width and other invisible format characters are removed ("06\u200b1234\u200b5678"), except a
  zero-width joiner between two emoji, which is part of the emoji ("👩‍👩‍👧");
- newlines and tabs are kept: a name alone on the last line is a signature.

One pass over the text, linear in its length.
"""
from __future__ import annotations

import unicodedata

_DASHES = {"\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\u2e3a", "\u2e3b", "\ufe58",
           "\ufe63", "\uff0d", "\u058a", "\u05be", "\u1806", "\u2e17"}
_JOINERS = {"\u200d", "\u200c"}


def _is_emoji(char: str) -> bool:
    return unicodedata.category(char) == "So" or "\U0001F000" <= char <= "\U0001FAFF"


def normalise(text: str) -> str:
    """``text`` in the one form every detector expects (see the module docstring)."""
    if text.isascii() and text.isprintable():
        # Printable ASCII is already in that form (NFKC leaves it alone; no other space, dash, digit or
        # invisible character): most messages, and every intent name in a stored event, skip the loop.
        return text
    text = unicodedata.normalize("NFKC", text)
    out = []
    length = len(text)
    for index, char in enumerate(text):
        if char in "\n\t":
            out.append(char)
            continue
        category = unicodedata.category(char)
        if category == "Zs" or char in "\r\v\f\u2028\u2029\x85":
            out.append(" " if char not in "\u2028\u2029\x85" else "\n")
        elif char in _DASHES or (category == "Pd" and char != "-"):
            out.append("-")
        elif category == "Nd" and not char.isascii():
            out.append(str(unicodedata.digit(char, 0)))
        elif char in _JOINERS:
            # Kept only inside an emoji sequence; anywhere else it hides a boundary.
            before = text[index - 1] if index else ""
            after = text[index + 1] if index + 1 < length else ""
            if before and after and (_is_emoji(before) or before == "\ufe0f") and _is_emoji(after):
                out.append(char)
        elif category in ("Cf", "Cc", "Cs", "Co", "Cn"):
            continue
        else:
            out.append(char)
    return "".join(out)
