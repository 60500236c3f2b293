"""Field validation shared by every service and dialog.

Messages are written in Finnish (the source text) and shown in the chosen language through
leanboard.i18n (context "Validation"); the field's label through field_labels."""

from __future__ import annotations

import datetime as dt
import math
import re
from enum import StrEnum
from typing import TypeVar

from leanboard.domain.errors import ValidationError
from leanboard.domain.field_labels import field_label
from leanboard.domain.identity_code import find_identity_codes
from leanboard.domain.periods import finnish_day
from leanboard.i18n import translate

MAX_TITLE = 200
MAX_TEXT = 20_000
E = TypeVar("E", bound=StrEnum)
CODE_PATTERN = re.compile(r"^[A-ZÅÄÖ0-9][A-ZÅÄÖ0-9_-]{0,31}$")


def _refused(template: str, field: str, label: str, **values: object) -> ValidationError:
    """The error for `field`: a translated template filled with the translated label."""
    return ValidationError(template.format(label=field_label(label), **values), field)


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
    identity code is caught before it reaches the database, however it is written
    (domain/identity_code.py normalises dashes, invisible characters and widths first).
    """
    # NUL cannot be stored in PostgreSQL text and is never meant; other control characters
    # except line breaks and tabs are dropped for the same reason. Trimmed after: a control
    # character must not shield a line break from the trim ("\x1b\n0" is "0", at once).
    text = "".join(ch for ch in (value or "") if ch in "\n\t" or ch >= " ").strip()
    if required and not text:
        raise _refused(translate("Validation", "{label}: kenttä on pakollinen."), field, label)
    # The identity code first: of two reasons to refuse, the one about a patient matters.
    if find_identity_codes(text):
        raise _refused(
            translate(
                "Validation",
                "{label}: tekstissä on henkilötunnus. Taululle ei saa kirjata potilaan tai "
                "asiakkaan tunnistetietoja — poista tunnus ja tallenna uudelleen.",
            ),
            field,
            label,
        )
    if len(text) > max_length:
        raise _refused(
            translate(
                "Validation",
                "{label}: teksti on liian pitkä ({length} merkkiä, enintään {max_length}).",
            ),
            field,
            label,
            length=len(text),
            max_length=max_length,
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
        raise _refused(translate("Validation", "{label}: arvon pitää olla luku."), field, label)
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = str(value or "").strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
        text = text.replace("\u2212", "-")  # the minus sign Excel may write
        if not text:
            raise _refused(translate("Validation", "{label}: arvo puuttuu."), field, label)
        try:
            number = float(text)
        except ValueError:
            raise _refused(
                translate("Validation", "{label}: ”{value}” ei ole luku."),
                field,
                label,
                value=value,
            ) from None
    if not math.isfinite(number):
        raise _refused(
            translate("Validation", "{label}: arvon pitää olla äärellinen luku."), field, label
        )
    if abs(number) > 1e12:
        raise _refused(translate("Validation", "{label}: luku on liian suuri."), field, label)
    return number


def parse_int_in_range(value: object, field: str, label: str, low: int, high: int) -> int:
    not_whole = translate("Validation", "{label}: arvon pitää olla kokonaisluku {low}–{high}.")
    if isinstance(value, bool):
        raise _refused(not_whole, field, label, low=low, high=high)
    try:
        number = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError:
        raise _refused(not_whole, field, label, low=low, high=high) from None
    if not low <= number <= high:
        raise _refused(
            translate("Validation", "{label}: arvon pitää olla {low}–{high} (annettu {number})."),
            field,
            label,
            low=low,
            high=high,
            number=number,
        )
    return number


def parse_date(value: object, field: str, label: str) -> dt.date:
    """ISO (2026-11-24) or Finnish (24.11.2026, 24.11.26) date, within a sensible range."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        day = value
    else:
        text = str(value or "").strip()
        day_or_none = _parse_date_text(text)
        if day_or_none is None:
            raise _refused(
                translate("Validation", "{label}: ”{text}” ei ole päivämäärä (pp.kk.vvvv)."),
                field,
                label,
                text=text,
            )
        day = day_or_none
    if not 2000 <= day.year <= 2100:
        raise _refused(
            translate("Validation", "{label}: päivämäärän pitää olla vuosien 2000–2100 välillä."),
            field,
            label,
        )
    return day


def _parse_date_text(text: str) -> dt.date | None:
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return dt.date.fromisoformat(text)
        return finnish_day(text)  # 24.11.2026 or 24.11.26
    except ValueError:
        return None


def parse_optional_date(value: object, field: str, label: str) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse_date(value, field, label)


def check_board_code(value: str | None) -> str:
    code = (value or "").strip().upper()
    if not CODE_PATTERN.fullmatch(code):
        raise ValidationError(
            translate(
                "Validation",
                "Tunnus: 1–32 merkkiä, isoja kirjaimia, numeroita, - tai _ (esim. TUU-AKUUTTI).",
            ),
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
        raise _refused(
            translate("Validation", "{label}: tuntematon arvo ”{value}” (sallitut: {allowed})."),
            field,
            label,
            value=value,
            allowed=allowed,
        ) from None
