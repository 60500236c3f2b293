"""Field validation shared by every service and dialog. Messages are Finnish, for the user."""

from __future__ import annotations

import datetime as dt
import math
import re
from enum import StrEnum
from typing import TypeVar

from leanboard.domain.errors import ValidationError
from leanboard.domain.identity_code import find_identity_codes

MAX_TITLE = 200
MAX_TEXT = 20_000
E = TypeVar("E", bound=StrEnum)
CODE_PATTERN = re.compile(r"^[A-ZÅÄÖ0-9][A-ZÅÄÖ0-9_-]{0,31}$")


def guard_text(
    value: str | None,
    field: str,
    label: str,
    *,
    required: bool = False,
    max_length: int = MAX_TEXT,
) -> str:
    """Clean free text and refuse what may not be stored on a board.

    Every free-text field of every service passes through here: this is where a personal
    identity code is caught before it reaches the database.
    """
    text = (value or "").strip()
    # NUL cannot be stored in PostgreSQL text and is never meant; other control characters
    # except line breaks and tabs are dropped for the same reason.
    text = "".join(ch for ch in text if ch in "\n\t" or ch >= " ")
    if required and not text:
        raise ValidationError(f"{label}: kenttä on pakollinen.", field)
    if len(text) > max_length:
        raise ValidationError(
            f"{label}: teksti on liian pitkä ({len(text)} merkkiä, enintään {max_length}).", field
        )
    if find_identity_codes(text):
        raise ValidationError(
            f"{label}: tekstissä on henkilötunnus. Taululle ei saa kirjata potilaan tai "
            "asiakkaan tunnistetietoja — poista tunnus ja tallenna uudelleen.",
            field,
        )
    return text


def guard_optional_text(
    value: str | None, field: str, label: str, max_length: int = MAX_TEXT
) -> str | None:
    text = guard_text(value, field, label, max_length=max_length)
    return text or None


def parse_number(value: object, field: str, label: str) -> float:
    """A number as a Finn types it: '3,5' or '3.5', spaces as thousands separators."""
    if isinstance(value, bool):
        raise ValidationError(f"{label}: arvon pitää olla luku.", field)
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = str(value or "").strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
        text = text.replace("\u2212", "-")  # the minus sign Excel may write
        if not text:
            raise ValidationError(f"{label}: arvo puuttuu.", field)
        try:
            number = float(text)
        except ValueError:
            raise ValidationError(f"{label}: ”{value}” ei ole luku.", field) from None
    if not math.isfinite(number):
        raise ValidationError(f"{label}: arvon pitää olla äärellinen luku.", field)
    if abs(number) > 1e12:
        raise ValidationError(f"{label}: luku on liian suuri.", field)
    return number


def parse_int_in_range(value: object, field: str, label: str, low: int, high: int) -> int:
    if isinstance(value, bool):
        raise ValidationError(f"{label}: arvon pitää olla kokonaisluku {low}–{high}.", field)
    try:
        number = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError:
        raise ValidationError(
            f"{label}: arvon pitää olla kokonaisluku {low}–{high}.", field
        ) from None
    if not low <= number <= high:
        raise ValidationError(f"{label}: arvon pitää olla {low}–{high} (annettu {number}).", field)
    return number


def parse_date(value: object, field: str, label: str) -> dt.date:
    """ISO (2026-11-24) or Finnish (24.11.2026) date, within a sensible range."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        day = value
    else:
        text = str(value or "").strip()
        day_or_none = _parse_date_text(text)
        if day_or_none is None:
            raise ValidationError(f"{label}: ”{text}” ei ole päivämäärä (pp.kk.vvvv).", field)
        day = day_or_none
    if not 2000 <= day.year <= 2100:
        raise ValidationError(f"{label}: päivämäärän pitää olla vuosien 2000–2100 välillä.", field)
    return day


def _parse_date_text(text: str) -> dt.date | None:
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return dt.date.fromisoformat(text)
        match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
        if match:
            d, m, y = (int(g) for g in match.groups())
            return dt.date(y, m, d)
    except ValueError:
        return None
    return None


def parse_optional_date(value: object, field: str, label: str) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse_date(value, field, label)


def check_board_code(value: str | None) -> str:
    code = (value or "").strip().upper()
    if not CODE_PATTERN.fullmatch(code):
        raise ValidationError(
            "Tunnus: 1–32 merkkiä, isoja kirjaimia, numeroita, - tai _ (esim. TUU-AKUUTTI).",
            "code",
        )
    # A code is typed by a person and shown on the board: it may not be a henkilötunnus either.
    guard_text(code, "code", "Tunnus", max_length=32)
    return code


def check_enum(enum: type[E], value: object, field: str, label: str) -> E:
    try:
        return enum(str(value))
    except ValueError:
        allowed = ", ".join(str(e) for e in enum)
        raise ValidationError(
            f"{label}: tuntematon arvo ”{value}” (sallitut: {allowed}).", field
        ) from None
