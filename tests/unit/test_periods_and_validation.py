"""Periods and field parsing as Finnish users type them."""

from __future__ import annotations

import datetime as dt

import pytest

from leanboard.domain.enums import Frequency
from leanboard.domain.errors import ValidationError
from leanboard.domain.periods import (
    last_week_start,
    parse_period,
    period_of,
    recent_periods,
    resolve_week,
    this_week_start,
    week_key,
    week_start,
)
from leanboard.domain.validation import (
    check_board_code,
    guard_text,
    parse_date,
    parse_int_in_range,
    parse_number,
)


def test_periods_of_each_kind() -> None:
    week = parse_period("2026-W47")
    assert (week.start, week.end, week.key) == (
        dt.date(2026, 11, 16),
        dt.date(2026, 11, 22),
        "2026-W47",
    )
    month = parse_period("2026-11")
    assert (month.start, month.end, month.key) == (
        dt.date(2026, 11, 1),
        dt.date(2026, 11, 30),
        "2026-11",
    )
    assert parse_period("24.11.2026").start == dt.date(2026, 11, 24)
    assert parse_period("2026-12").next().key == "2027-01"
    assert period_of(dt.date(2026, 11, 25), Frequency.WEEK).key == "2026-W48"
    assert week_start("2027-W01") == dt.date(2027, 1, 4)


@pytest.mark.parametrize(
    ("today", "last", "this"),
    [
        (dt.date(2026, 12, 7), "2026-W49", "2026-W50"),  # Monday: the week ended yesterday
        (dt.date(2026, 12, 6), "2026-W48", "2026-W49"),  # Sunday: this week has not ended
        (dt.date(2026, 12, 31), "2026-W52", "2026-W53"),  # 2026 has 53 ISO weeks
        (dt.date(2027, 1, 3), "2026-W52", "2026-W53"),  # Sunday 3.1.2027 ends 2026-W53
        (dt.date(2027, 1, 4), "2026-W53", "2027-W01"),  # Monday after the turn of the year
        (dt.date(2027, 1, 11), "2027-W01", "2027-W02"),
    ],
)
def test_last_and_this_week_on_fixed_days(today: dt.date, last: str, this: str) -> None:
    assert week_key(last_week_start(today)) == last
    assert week_key(this_week_start(today)) == this
    assert resolve_week("last", today) == week_start(last)
    assert resolve_week(" THIS ", today) == week_start(this)
    assert resolve_week("2026-w49", today) == dt.date(2026, 11, 30)  # a named week as is
    monday = last_week_start(today)
    assert monday.weekday() == 0 and monday + dt.timedelta(days=6) < today


def test_week_53_runs_over_the_turn_of_the_year() -> None:
    monday = week_start("2026-W53")
    assert (monday, monday + dt.timedelta(days=6)) == (dt.date(2026, 12, 28), dt.date(2027, 1, 3))
    assert week_key(dt.date(2027, 1, 1)) == "2026-W53"


@pytest.mark.parametrize("text", ["24.11.26", "24.11.2026", "2026-11-24", "24.11.26 ", "1.12.26"])
def test_a_day_as_spreadsheets_save_it(text: str) -> None:
    """A Finnish LibreOffice or Excel sheet saved as CSV writes 24.11.26."""
    expected = dt.date(2026, 12, 1) if text.startswith("1.12") else dt.date(2026, 11, 24)
    assert parse_period(text) == parse_period(expected.isoformat())
    assert parse_date(text, "d", "Päivä") == expected


def test_two_digit_years_as_spreadsheets_read_them() -> None:
    # Excel's and LibreOffice's default: 00–29 are this century, 30–99 the last one.
    assert parse_period("1.1.29").start == dt.date(2029, 1, 1)
    assert parse_period("1.1.30").start == dt.date(1930, 1, 1)
    with pytest.raises(ValidationError, match="2000–2100"):
        parse_date("24.11.95", "d", "Päivä")  # 1995: outside what the program keeps


@pytest.mark.parametrize("bad", ["31.02.26", "24.11.2", "24.11.026", "24.11.", "24/11/26"])
def test_short_dates_that_are_no_day_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError, match="Jakso"):
        parse_period(bad)


def test_recent_periods_newest_first_across_a_year() -> None:
    months = recent_periods(dt.date(2027, 2, 14), Frequency.MONTH, 3)
    assert [m.key for m in months] == ["2027-02", "2027-01", "2026-12"]
    weeks = recent_periods(dt.date(2027, 1, 5), Frequency.WEEK, 3)
    assert [w.key for w in weeks] == ["2027-W01", "2026-W53", "2026-W52"]


@pytest.mark.parametrize("bad", ["2026-W54", "2026-13", "2026-02-30", "viikko 47", ""])
def test_bad_periods_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError, match="Jakso"):
        parse_period(bad)


@pytest.mark.parametrize(
    ("text", "value"), [("3,5", 3.5), ("3.5", 3.5), (" 1 200,25 ", 1200.25), ("−2", -2.0), (7, 7.0)]
)
def test_numbers_with_decimal_comma(text: object, value: float) -> None:
    assert parse_number(text, "value", "Arvo") == value


@pytest.mark.parametrize("bad", ["abc", "", "nan", "inf", "1e400", True, None])
def test_bad_numbers_are_refused_in_finnish(bad: object) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_number(bad, "value", "Arvo")
    assert caught.value.message.startswith("Arvo:")


def test_dates_iso_and_finnish_within_range() -> None:
    assert parse_date("24.11.2026", "d", "Päivä") == dt.date(2026, 11, 24)
    assert parse_date("2026-11-24", "d", "Päivä") == dt.date(2026, 11, 24)
    for bad in ("31.2.2026", "1.1.1900", "huomenna"):
        with pytest.raises(ValidationError):
            parse_date(bad, "d", "Päivä")


def test_integers_in_range_and_board_codes() -> None:
    assert parse_int_in_range("7", "a", "Osallistujat", 1, 50) == 7
    with pytest.raises(ValidationError, match="1–50"):
        parse_int_in_range("0", "a", "Osallistujat", 1, 50)
    assert check_board_code(" os2-akuutti ") == "OS2-AKUUTTI"
    with pytest.raises(ValidationError):
        check_board_code("OS 2")


def test_text_is_trimmed_control_characters_dropped_and_length_limited() -> None:
    assert guard_text("  Hyvä idea\x00 ", "t", "Otsikko") == "Hyvä idea"
    with pytest.raises(ValidationError, match="pakollinen"):
        guard_text("   ", "t", "Otsikko", required=True)
    with pytest.raises(ValidationError, match="liian pitkä"):
        guard_text("x" * 201, "t", "Otsikko", max_length=200)
