"""Detect Finnish personal identity codes (henkilötunnus) in free text.

Format (DVV, 2023 reform): DDMMYY + century sign + NNN + check character.
Century signs: '+' 1800s; '-', 'Y', 'X', 'W', 'V', 'U' 1900s; 'A'-'F' 2000s.
Check = int("DDMMYYNNN") % 31 indexed into CHECK_CHARS. 900-999 are temporary codes and
still identify a person, so they are caught too. Only codes with a valid date and checksum
count, so ordinary numbers and dates in text are not refused by mistake.
"""

from __future__ import annotations

import datetime as dt
import re

CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
CENTURY = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900}
CENTURY.update({c: 2000 for c in "ABCDEF"})

# Lower case and stray spaces around the sign are tolerated: people type codes loosely.
_CANDIDATE = re.compile(
    r"(?<![0-9A-Za-z])(\d{2})(\d{2})(\d{2})\s?([-+A-FU-Ya-fu-y])\s?(\d{3})([0-9A-Ya-y])(?![0-9A-Za-z])"
)


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


def find_identity_codes(text: str) -> list[str]:
    """Every valid personal identity code in `text`, as written."""
    found = []
    for match in _CANDIDATE.finditer(text or ""):
        if _is_valid(*match.groups()):
            found.append(match.group(0))
    return found


def contains_identity_code(text: str | None) -> bool:
    return bool(text) and bool(find_identity_codes(text or ""))
