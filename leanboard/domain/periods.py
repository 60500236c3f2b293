"""Measurement periods: a day (2026-11-24), an ISO week (2026-W47) or a month (2026-11)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from leanboard.domain.enums import Frequency
from leanboard.domain.errors import ValidationError
from leanboard.i18n import translate


@dataclass(frozen=True, order=True)
class Period:
    start: dt.date
    frequency: Frequency

    @property
    def key(self) -> str:
        if self.frequency is Frequency.DAY:
            return self.start.isoformat()
        if self.frequency is Frequency.WEEK:
            year, week, _ = self.start.isocalendar()
            return f"{year}-W{week:02d}"
        return f"{self.start.year}-{self.start.month:02d}"

    @property
    def end(self) -> dt.date:
        """Last day of the period, inclusive."""
        if self.frequency is Frequency.DAY:
            return self.start
        if self.frequency is Frequency.WEEK:
            return self.start + dt.timedelta(days=6)
        return next_month(self.start) - dt.timedelta(days=1)

    def next(self) -> Period:
        return Period(self.end + dt.timedelta(days=1), self.frequency)


def next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def period_of(day: dt.date, frequency: Frequency) -> Period:
    """The period of the given frequency that contains `day`."""
    if frequency is Frequency.DAY:
        return Period(day, frequency)
    if frequency is Frequency.WEEK:
        return Period(day - dt.timedelta(days=day.weekday()), frequency)
    return Period(day.replace(day=1), frequency)


def week_key(day: dt.date) -> str:
    """The ISO week of `day` as 2026-W49 (the ISO year: 1.1.2027 is in 2026-W53)."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def this_week_start(today: dt.date) -> dt.date:
    """Monday of the ISO week `today` is in."""
    return today - dt.timedelta(days=today.weekday())


def last_week_start(today: dt.date) -> dt.date:
    """Monday of the ISO week that ended most recently: a week ends with its Sunday, so on
    a Sunday it is still the week before (the leader prints last week's board on Monday)."""
    return this_week_start(today) - dt.timedelta(days=7)


RELATIVE_WEEKS = {"last": last_week_start, "this": this_week_start}


def resolve_week(text: str, today: dt.date) -> dt.date:
    """Monday of `last`, `this` (relative to `today`) or an ISO week such as 2026-W49."""
    relative = RELATIVE_WEEKS.get(text.strip().lower())
    return relative(today) if relative is not None else week_start(text)


def recent_periods(today: dt.date, frequency: Frequency, count: int) -> list[Period]:
    """The `count` periods up to the one holding `today`, newest first: what a value can be
    entered for (a period that has not begun has no value yet)."""
    periods = [period_of(today, frequency)]
    while len(periods) < count:
        periods.append(period_of(periods[-1].start - dt.timedelta(days=1), frequency))
    return periods


def week_start(iso_week: str) -> dt.date:
    """Monday of an ISO week written as 2026-W47."""
    period = parse_period(iso_week)
    if period.frequency is not Frequency.WEEK:
        raise ValidationError(
            translate("Validation", "Viikko: ”{week}” ei ole ISO-viikko (esim. 2026-W47).").format(
                week=iso_week
            ),
            "week",
        )
    return period.start


FINNISH_DAY = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})")


def finnish_day(text: str) -> dt.date | None:
    """24.11.2026, or 24.11.26 as a Finnish spreadsheet saves a date; None if not of that
    shape. Two-digit years are read as Excel and LibreOffice read them by default (their
    "1930–2029" setting): 00–29 are 2000–2029, 30–99 are 1930–1999. Raises ValueError for
    a day that does not exist (31.2.2026)."""
    m = FINNISH_DAY.fullmatch(text)
    if m is None:
        return None
    year = int(m[3])
    if len(m[3]) == 2:
        year += 2000 if year < 30 else 1900
    return dt.date(year, int(m[2]), int(m[1]))


def parse_period(text: str) -> Period:
    value = (text or "").strip()
    try:
        if m := re.fullmatch(r"(\d{4})-W(\d{1,2})", value, re.IGNORECASE):
            return Period(dt.date.fromisocalendar(int(m[1]), int(m[2]), 1), Frequency.WEEK)
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})", value):
            return Period(dt.date(int(m[1]), int(m[2]), 1), Frequency.MONTH)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return Period(dt.date.fromisoformat(value), Frequency.DAY)
        if day := finnish_day(value):
            return Period(day, Frequency.DAY)
    except ValueError:
        pass
    raise ValidationError(
        translate(
            "Validation",
            "Jakso: ”{value}” ei ole päivä (2026-11-24), viikko (2026-W47) tai kuukausi (2026-11).",
        ).format(value=value),
        "period",
    )
