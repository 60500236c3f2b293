"""Hypothesis strategies for what people (and broken files) actually feed a program."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

# Real identity codes (DVV's fictitious examples) and text that only looks like one.
IDENTITY_CODES = ["010594Y9032", "020594X903P", "010516B903X", "020504A902E", "131052-308T"]
ODD_TEXTS = [
    "'; DROP TABLE board; --",
    "Robert'); DELETE FROM idea WHERE ('1'='1",
    "\x00",
    "a\x00b",
    "\u200fשלום\u200e mixed RTL",
    "\u202eevil override",
    "👩🏽‍⚕️🚑💊",
    "e\u0301 combining",
    "\ufeffBOM at start",
    "   ",
    "\t\n\r",
    "x" * 100_000,
    "Ä" * 201,
    "%s %(name)s {0} $1 :param",
    "\\N \\x00 \\'",
    "NULL",
    "\ud7ff\ue000\U0010fffd",
    "010594Y9031",  # checksum wrong: not a code
    "päivä 1.1.2026 klo 10.30, 12345678901",
]

texts = st.one_of(
    st.text(max_size=300),
    st.sampled_from(ODD_TEXTS),
    st.builds(lambda a, c, b: f"{a} {c} {b}", st.text(max_size=20), st.sampled_from(IDENTITY_CODES),
              st.text(max_size=20)),
)  # fmt: skip
optional_texts = st.one_of(st.none(), texts)

far_dates = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
date_like = st.one_of(
    st.none(),
    far_dates,
    far_dates.map(lambda d: d.isoformat()),
    far_dates.map(lambda d: f"{d.day}.{d.month}.{d.year}"),
    st.sampled_from(["31.2.2026", "2026-13-01", "0.0.0", "24.11.26", "huomenna", ""]),
    texts,
)
numbers = st.one_of(
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.decimals(allow_nan=False, allow_infinity=False).map(lambda d: str(d).replace(".", ",")),
    st.sampled_from(["3,5", "−2", "1 000,5", "1e400", "nan", "inf", "0x10", "٣", "1_000", ""]),
    texts,
)

json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), texts)


def json_values(max_leaves: int = 10) -> st.SearchStrategy[Any]:
    return st.recursive(
        json_scalars,
        lambda inner: st.one_of(
            st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)
        ),
        max_leaves=max_leaves,
    )
