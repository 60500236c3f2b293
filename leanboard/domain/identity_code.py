"""Detect Finnish personal identity codes (henkilötunnus) in free text, however written.

Format (DVV, 2023 reform): DDMMYY + century sign + NNN + check character.
Century signs: '+' 1800s; '-', 'Y', 'X', 'W', 'V', 'U' 1900s; 'A'-'F' 2000s.
Check = int("DDMMYYNNN") % 31 indexed into CHECK_CHARS. 900-999 are temporary codes and
still identify a person, so they are caught too. Only codes with a valid date and checksum
count, so ordinary numbers and dates in text are not refused by mistake.

Real text does not look like the register: a word processor turns " - " into an en dash, a
pasted code may carry a non-breaking or soft hyphen, a zero-width space or a direction mark,
a phone keyboard gives fullwidth digits, and a code is often glued to the word before it
("hetu131052-308T", "OS131052-308T"). So the text is normalised before matching — Unicode
NFKC, every dash and hyphen to '-', invisible format characters and combining marks removed,
a soft hyphen tried both as a hyphen and as nothing — and spaces around the century sign are
allowed. The normalised text is only matched; what is stored is what the person typed.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
CENTURY = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900}
CENTURY.update({c: 2000 for c in "ABCDEF"})

# Every dash and hyphen: Unicode's dash punctuation (Pd; a unit test checks the list against
# unicodedata) and the minus-like signs people type for a hyphen.
DASH_PUNCTUATION = (
    "\u002d\u058a\u05be\u1400\u1806\u2010\u2011\u2012\u2013\u2014\u2015\u2e17\u2e1a\u2e3a"
    "\u2e3b\u2e40\u2e5d\u301c\u3030\u30a0\ufe31\ufe32\ufe58\ufe63\uff0d\U00010ead"
)
MINUS_SIGNS = "\u2212\u2043\u02d7\u2796\u207b\u208b"
DASHES = frozenset(DASH_PUNCTUATION + MINUS_SIGNS)
SOFT_HYPHEN = "\u00ad"
# Invisible in print, and nothing a person means inside a code: format characters (zero-width
# spaces and joiners, direction marks, BOM) and combining marks left over after NFKC.
IGNORED_CATEGORIES = frozenset({"Cf", "Mn", "Me"})

# Lower case and up to three spaces around the sign are tolerated: people type codes loosely.
# A letter may come right before (glued to a word), never a digit (a longer number); a check
# digit may not be followed by another digit.
_CANDIDATE = re.compile(
    r"(?=(?<![0-9])(\d{2})(\d{2})(\d{2})\s{0,3}([-+A-FU-Ya-fu-y])\s{0,3}(\d{3})"
    r"([A-Ya-y]|[0-9](?![0-9])))"
)
_ENOUGH_DIGITS = 9


def _is_valid(day: str, month: str, year: str, sign: str, number: str, check: str) -> bool:
    century = CENTURY.get(sign.upper())
    if century is None:
        return False
    try:
        dt.date(century + int(year), int(month), int(day))
    except ValueError:
        return False
    if number == "000" or number == "001":  # never issued
        return False
    return CHECK_CHARS[int(day + month + year + number) % 31] == check.upper()


def normalised(text: str) -> list[str]:
    """The text as it is matched: one reading, or two when it has a soft hyphen (which a
    word processor shows as a hyphen at a line end and as nothing elsewhere)."""
    text = unicodedata.normalize("NFKC", text)
    readings = []
    for soft in ("-", "") if SOFT_HYPHEN in text else ("-",):
        readings.append(
            "".join(
                "-" if ch in DASHES else ch
                for ch in text.replace(SOFT_HYPHEN, soft)
                if unicodedata.category(ch) not in IGNORED_CATEGORIES
            )
        )
    return readings


def find_identity_codes(text: str) -> list[str]:
    """Every valid personal identity code in `text`, as matched after normalising."""
    if not text or sum(ch.isdigit() for ch in text) < _ENOUGH_DIGITS:
        return []  # NFKC keeps digits digits: too few of any kind, no code (the common case)
    found: list[str] = []
    for reading in normalised(text):
        for match in _CANDIDATE.finditer(reading):
            code = "".join(match.groups())
            if _is_valid(*match.groups()) and code.upper() not in found:
                found.append(code.upper())
    return found


def contains_identity_code(text: str | None) -> bool:
    return bool(text) and bool(find_identity_codes(text or ""))
