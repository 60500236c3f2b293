"""The identity-code guard: DVV's fictitious codes are caught in free text however written;
look-alikes are not (tests/proof/test_identity_codes.py: the same as property tests)."""

from __future__ import annotations

import unicodedata

import pytest

from leanboard.domain.errors import ValidationError
from leanboard.domain.identity_code import (
    CHECK_CHARS,
    DASH_PUNCTUATION,
    contains_identity_code,
    find_identity_codes,
)
from leanboard.domain.validation import guard_text

DVV_EXAMPLES = ["010594Y9032", "020594X903P", "010516B903X", "020504A902E"]


def make_code(ddmmyy: str, sign: str, number: str) -> str:
    return f"{ddmmyy}{sign}{number}{CHECK_CHARS[int(ddmmyy + number) % 31]}"


@pytest.mark.parametrize("code", DVV_EXAMPLES)
def test_dvv_examples_are_found_inside_text(code: str) -> None:
    assert find_identity_codes(f"Potilas {code} kaatui yöllä.") == [code]


@pytest.mark.parametrize("sign", list("+-YXWVUABCDEF"))
def test_every_century_sign_of_the_2023_reform(sign: str) -> None:
    code = make_code("131052", sign, "308")
    assert contains_identity_code(f"tunnus {code}")


def test_temporary_numbers_900_999_are_still_caught() -> None:
    assert contains_identity_code(make_code("010203", "A", "987"))


def test_lower_case_and_a_space_around_the_sign_are_caught() -> None:
    assert contains_identity_code("asukas 010594y9032")
    assert contains_identity_code("asukas 010594 Y9032")


@pytest.mark.parametrize(
    "text",
    [
        "010594Y9033",  # wrong check character
        "320594Y9032",  # no 32nd day
        "010594G9032",  # G is not a century sign
        "Puhelin 0401234567, huone 12",
        "Kokous 24.11.2026 klo 14-15, 8 osallistujaa",
        "9010594Y90329",  # inside a longer number: digits on both sides
        "010594Y90321",  # a check digit followed by more digits
        "",
    ],
)
def test_look_alikes_are_not_codes(text: str) -> None:
    assert find_identity_codes(text) == []


def test_guard_refuses_with_a_finnish_reason_naming_the_field() -> None:
    with pytest.raises(ValidationError) as caught:
        guard_text("Asukas 010594Y9032 kaatui", "description", "Kuvaus")
    assert caught.value.field == "description"
    assert "henkilötunnus" in caught.value.message
    assert caught.value.message.startswith("Kuvaus:")


@pytest.mark.parametrize(
    ("written", "why"),
    [
        ("131052–308T", "en dash, what a word processor makes of a spaced hyphen"),
        ("131052 – 308T", "spaced en dash"),
        ("131052—308T", "em dash"),
        ("131052−308T", "minus sign"),
        ("131052\u2011308T", "non-breaking hyphen"),
        ("131052\u00ad308T", "soft hyphen in the sign's place"),
        ("1310\u00ad52-308T", "soft hyphen inside the date"),
        ("131052-\u200b308T", "zero-width space"),
        ("\u200e131052-308T\u200f", "direction marks"),
        ("131052\u00a0-\u00a0308T", "non-breaking spaces around the sign"),
        ("１３１０５２－３０８Ｔ", "fullwidth digits and hyphen"),
        ("hetu131052-308T", "glued to the word before"),
        ("X010594Y9032X", "glued on both sides"),
        ("131052-308Tkaatui", "glued to the word after"),
        ("131052\n-\n308T", "broken over lines at the sign"),
    ],
)
def test_a_code_is_found_however_it_is_written(written: str, why: str) -> None:
    assert find_identity_codes(f"Potilas {written} kaatui") in (["131052-308T"], ["010594Y9032"]), (
        why
    )


def test_every_dash_of_unicode_is_a_dash_here() -> None:
    """Dash punctuation (Pd) of this Python's Unicode database: none missing from the list."""
    every = {chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Pd"}
    assert every <= set(DASH_PUNCTUATION)
