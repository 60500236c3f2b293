"""Run-chart rules checked against hand-computed examples and the published limit table."""

from __future__ import annotations

import math

import pytest

from leanboard.domain.run_chart import (
    MIN_USEFUL_POINTS,
    analyse,
    crossing_limit,
    run_limit,
)

# Anhøj's table of critical values (qicharts2 vignette "Critical values for longest runs and
# number of crossings"): useful observations → (upper limit for longest run, lower limit for
# number of crossings).
PUBLISHED = {
    10: (6, 2),
    11: (6, 2),
    12: (7, 3),
    14: (7, 4),
    17: (7, 5),
    19: (7, 6),
    22: (7, 7),
    23: (8, 7),
    24: (8, 8),
    27: (8, 9),
    30: (8, 10),
}


@pytest.mark.parametrize(("n", "limits"), sorted(PUBLISHED.items()))
def test_limits_match_the_published_table(n: int, limits: tuple[int, int]) -> None:
    assert (run_limit(n), crossing_limit(n)) == limits


def test_crossing_limit_for_24_by_hand() -> None:
    # Binomial(23, 0.5): P(X ≤ 7) = (1+23+253+1771+8855+33649+100947+245157) / 2^23
    #                             = 390656 / 8388608 ≈ 0.0466 < 0.05,
    # P(X ≤ 8) = (390656 + 490314) / 2^23 ≈ 0.105 ≥ 0.05, so the 5 % quantile is 8.
    assert sum(math.comb(23, k) for k in range(8)) == 390656
    assert crossing_limit(24) == 8
    # round(log2 24) + 3 = round(4.585) + 3 = 8
    assert run_limit(24) == 8


def test_random_looking_series_has_no_signal() -> None:
    values = [3, 5, 4, 6, 2, 7, 3, 6, 4, 5, 2, 6]  # median 4.5, crosses often
    a = analyse(values)
    assert a.median == 4.5
    assert a.enough_points
    assert a.crossings == 11
    assert a.longest_run == 1
    assert not a.signal
    assert a.signal_points == ()


def test_shift_of_eight_above_the_median() -> None:
    # 24 points: 8 high ones first, then 16 alternating low ones. Median 2.5.
    values = [5.0] * 8 + [1, 2, 3, 1, 2, 3, 1, 2, 1, 2, 3, 1, 2, 3, 1, 2]
    a = analyse(values)
    assert a.median == 2.5
    assert a.useful == 24
    assert a.longest_run == 8
    assert a.shift  # IHI: 8 ≥ 6
    assert a.shift_points == tuple(range(8))
    assert not a.long_run  # Anhøj: 8 is not > 8 with 24 points
    assert a.run_limit == 8
    assert a.signal_points == tuple(range(8))


def test_long_run_by_anhoj_with_fewer_points() -> None:
    # 20 useful points, median 5.5: limit round(log2 20) + 3 = 7, so a run of 8 is a signal.
    values = [9, 10] * 4 + [1, 2, 11, 1, 2, 12, 1, 2, 1, 2, 1, 2]
    a = analyse(values)
    assert a.median == 5.5
    assert a.run_limit == 7
    assert a.long_run
    assert a.long_run_points == tuple(range(8))
    # The closing six low points are an IHI shift but not an Anhøj long run.
    assert a.shift_points == (*range(8), *range(14, 20))


def test_points_on_the_median_are_skipped_not_counted() -> None:
    # 11 values, median 5: the 5 itself sits on the median and is dropped.
    values = [6, 7, 6, 5, 7, 6, 1, 2, 1, 2, 1]
    a = analyse(values)
    assert a.median == 5
    assert a.useful == 10
    # The median point neither breaks nor lengthens the high run: 6,7,6,(5),7,6 is 5 points.
    assert a.longest_run == 5
    assert not a.shift
    assert 3 not in a.signal_points


def test_median_point_does_not_break_a_shift() -> None:
    values = [1, 2, 1, 8, 9, 8, 5, 9, 8, 9, 2, 1, 5, 2]  # median 5: indices 6 and 12 on it
    a = analyse(values)
    assert a.median == 5
    assert a.useful == 12
    assert a.shift
    assert a.shift_points == (3, 4, 5, 7, 8, 9)  # six high points; index 6 skipped


def test_too_few_crossings() -> None:
    # 12 useful points, limit qbinom(0.05, 11, 0.5) = 3; this series crosses once.
    values = [1, 2, 1, 2, 1, 2, 8, 9, 8, 9, 8, 9]
    a = analyse(values)
    assert a.crossing_limit == 3
    assert a.crossings == 1
    assert a.few_crossings
    assert not a.long_run  # 6 is not > 7
    assert a.shift  # but IHI sees two shifts of 6
    assert not a.trend


def test_trend_of_five_rising() -> None:
    values = [7, 2, 8, 3, 1, 2, 4, 6, 9, 3, 7, 2]  # median 3.5
    a = analyse(values)
    assert a.trend
    assert a.trend_points == (4, 5, 6, 7, 8)


def test_four_rising_is_not_a_trend() -> None:
    values = [7, 2, 8, 3, 1, 2, 4, 6, 3, 9, 2, 7]
    assert analyse(values).enough_points
    assert not analyse(values).trend


def test_repeats_neither_make_nor_break_a_trend() -> None:
    # 1, 2, 2, 3, 4 has only four distinct steps' worth of points: no trend.
    values = [7, 3, 8, 2, 1, 2, 2, 3, 4, 1, 9, 6]
    assert analyse(values).enough_points
    assert not analyse(values).trend
    # 1, 2, 2, 3, 4, 5 counts five points: a trend, spanning the repeat too.
    values = [7, 3, 8, 2, 1, 2, 2, 3, 4, 5, 1, 9]
    a = analyse(values)
    assert a.trend
    assert a.trend_points == (4, 5, 6, 7, 8, 9)


def test_falling_trend_shares_its_turning_point() -> None:
    values = [9, 7, 5, 3, 1, 3, 5, 7, 9, 4, 6, 4]
    a = analyse(values)
    assert a.trend
    assert a.trend_points == tuple(range(9))  # 9→1 falling and 1→9 rising meet at index 4


def test_too_few_points_are_not_judged() -> None:
    values = [1, 2, 3, 4, 5, 6, 7, 8, 9]  # an obvious trend, but only 8 useful points
    a = analyse(values)
    assert a.useful < MIN_USEFUL_POINTS
    assert not a.enough_points
    assert not a.signal
    assert a.run_limit is None
    assert a.median == 5


def test_empty_series() -> None:
    a = analyse([])
    assert a.median is None
    assert not a.signal
