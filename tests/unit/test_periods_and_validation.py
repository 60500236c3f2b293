"""Periods and field parsing as Finnish users type them."""

from __future__ import annotations

import datetime as dt

import pytest

from leanboard.domain.enums import Frequency
from leanboard.domain.errors import ValidationError
from leanboard.domain.periods import parse_period, period_of, week_start
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
