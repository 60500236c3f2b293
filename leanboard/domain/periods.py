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


def parse_period(text: str) -> Period:
    value = (text or "").strip()
    try:
        if m := re.fullmatch(r"(\d{4})-W(\d{1,2})", value, re.IGNORECASE):
            return Period(dt.date.fromisocalendar(int(m[1]), int(m[2]), 1), Frequency.WEEK)
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})", value):
            return Period(dt.date(int(m[1]), int(m[2]), 1), Frequency.MONTH)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return Period(dt.date.fromisoformat(value), Frequency.DAY)
        if m := re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", value):
            return Period(dt.date(int(m[3]), int(m[2]), int(m[1])), Frequency.DAY)
    except ValueError:
        pass
    raise ValidationError(
        translate(
            "Validation",
            "Jakso: ”{value}” ei ole päivä (2026-11-24), viikko (2026-W47) tai kuukausi (2026-11).",
        ).format(value=value),
        "period",
    )
