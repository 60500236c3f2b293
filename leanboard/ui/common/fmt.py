"""Finnish formatting for everything a board shows: dates, weeks, numbers and clock times.

Finnish usage: dates d.M.yyyy, times hh.mm (a dot, not a colon), a decimal comma and a
non-breaking space between thousands, ISO weeks written "vk 47". Datetimes from the services
are naive UTC; they are shown in the computer's local time.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

# One set of Finnish names and date forms for the board and the PDF (domain/presentation.py).
from leanboard import i18n
from leanboard.domain.presentation import fi_date, fi_day_month, week_label

FINNISH = QLocale(QLocale.Language.Finnish, QLocale.Country.Finland)
_LOCALES = {
    "fi": FINNISH,
    "sv": QLocale(QLocale.Language.Swedish, QLocale.Country.Finland),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def locale() -> QLocale:
    """The QLocale of the chosen language (leanboard.i18n): Finland's for fi and sv."""
    return _LOCALES.get(i18n.language(), FINNISH)


def date(day: dt.date) -> str:
    """25.11.2026"""
    return fi_date(day)


def short_date(day: dt.date) -> str:
    """25.11."""
    return fi_day_month(day)


def week(day: dt.date) -> str:
    """vk 48 (ISO week; "v. 48" in Swedish, "wk 48" in English)"""
    return week_label(day.isocalendar().week)


def weekday(day: dt.date) -> str:
    """ma / mån / Mon"""
    return locale().standaloneDayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


def board_date(day: dt.date) -> str:
    """ke 25.11.2026 · vk 48"""
    return f"{weekday(day)} {date(day)} · {week(day)}"


def month_year(year: int, month: int) -> str:
    """marraskuu 2026"""
    return f"{locale().standaloneMonthName(month)} {year}"


def number(value: float, decimals: int = 0) -> str:
    """1 234,5 — decimal comma, non-breaking thousands space."""
    return locale().toString(float(value), "f", max(0, decimals))


def local_time(moment: dt.datetime) -> dt.datetime:
    """A naive UTC datetime from the services (or an aware one) in the local time zone."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone()


def _time_separator() -> str:
    """08.05 in Finnish and Finland-Swedish, 08:05 in English."""
    return ":" if i18n.language() == "en" else "."


def clock(moment: dt.datetime) -> str:
    """08.05 in local time."""
    local = local_time(moment)
    return f"{local.hour:02d}{_time_separator()}{local.minute:02d}"


def local_clock(moment: dt.datetime | None = None) -> str:
    """The wall clock now (or a local datetime) as hh.mm."""
    now = moment or dt.datetime.now()
    return f"{now.hour:02d}{_time_separator()}{now.minute:02d}"


def days_phrase(days: int) -> str:
    word = i18n.translate("Format", "päivä") if days == 1 else i18n.translate("Format", "päivää")
    return f"{days} {word}"


# Period names on a chart's axis, as Finnish boards write them.
MONTHS_SHORT = (
    "tammi",
    "helmi",
    "maalis",
    "huhti",
    "touko",
    "kesä",
    "heinä",
    "elo",
    "syys",
    "loka",
    "marras",
    "joulu",
)


def period_label(day: dt.date, frequency: str) -> str:
    """vk 47 / marras / 24.11. — how Finnish boards name a period on an axis."""
    if frequency == "week":
        return week(day)
    if frequency == "month":
        if i18n.language() != "fi":  # Qt's short standalone names: "nov." / "Nov"
            return locale().standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)
        return MONTHS_SHORT[day.month - 1]
    return short_date(day)
