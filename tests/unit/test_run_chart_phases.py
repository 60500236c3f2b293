"""Phases and frozen baselines of run charts, checked against qicharts2's documented example.

qicharts2 vignette, "Case 2: Clostridium difficile infections" (data set `cdi`: hospital
acquired CDIs per month, 24 months before and 12 after an intervention):
- ``qic(month, n, data = cdi, freeze = 24)``: "The median number of CDIs per month in the
  before period is 19. An unusually long run of 15 data points below the median proves that
  the CDI rate is reduced."
- ``qic(month, n, data = cdi, part = 24)`` (and the C chart of the same split): "both periods
  show only random variation"; the rate dropped from about 19 to 7 per month.
"""

from __future__ import annotations

import datetime as dt

from leanboard.domain.measure_chart import Baseline, build_chart, phase_ranges, phase_start_of
from leanboard.domain.run_chart import PhaseSpec, analyse, analyse_phases, signal_points
from leanboard.domain.spc import SpcPoint

CDI = [
    17, 12, 27, 20, 20, 18, 22, 19, 19, 24, 17, 16, 24, 19, 19, 22, 25, 19, 17, 6, 25, 17, 11, 14,
    9, 11, 7, 13, 5, 5, 3, 5, 9, 4, 5, 9,
]  # fmt: skip
MONTHS = [dt.date(2012 + (10 + i) // 12, (10 + i) % 12 + 1, 1) for i in range(36)]


def test_months_of_the_cdi_data() -> None:
    assert MONTHS[0] == dt.date(2012, 11, 1)
    assert MONTHS[24] == dt.date(2014, 11, 1)  # "Intervention begins"


def test_frozen_baseline_of_24_months() -> None:
    (phase,) = analyse_phases(CDI, [PhaseSpec(0, 36, tuple(CDI[:24]))])
    a = phase.analysis
    assert phase.frozen and phase.baseline_points == 24
    assert a.median == 19
    assert a.longest_run == 15
    assert a.long_run_points == tuple(range(21, 36))  # 17, 11, 14 and all twelve after
    assert a.long_run  # 15 > round(log2 31) + 3 = 8
    assert a.signal


def test_two_phases_of_24_and_12_months() -> None:
    before, after = analyse_phases(CDI, [PhaseSpec(0, 24), PhaseSpec(24, 36)])
    assert before.analysis.median == 19
    assert after.analysis.median == 6  # (5 + 7) / 2: lower, as the vignette's split shows
    assert not before.analysis.signal and not after.analysis.signal
    assert signal_points([before, after]) == ()
    # The same series as one phase: the change itself is the signal.
    assert analyse(CDI).signal


def test_phases_from_stored_marks_by_period() -> None:
    points = [SpcPoint(float(v)) for v in CDI]
    split = build_chart(MONTHS, points, [dt.date(2014, 11, 1)], [])
    assert split.phase_starts == (24,)
    assert [p.analysis.median for p in split.run] == [19, 6]
    # The C chart of the vignette's split: averages 19 and 7 per month.
    assert round(split.spc.phases[0].centre or 0) == 19
    assert round(split.spc.phases[1].centre or 0) == 7

    frozen = build_chart(MONTHS, points, [], [Baseline(MONTHS[23], tuple(points[:24]))])
    assert frozen.phase_starts == ()
    assert frozen.run[0].frozen
    assert frozen.run[0].analysis.longest_run == 15


def test_a_baseline_travels_with_its_mark_beyond_the_shown_window() -> None:
    # The wall shows the last 12 months only; the frozen baseline (months 1–24) lies before.
    points = [SpcPoint(float(v)) for v in CDI]
    chart = build_chart(MONTHS[24:], points[24:], [], [Baseline(MONTHS[23], tuple(points[:24]))])
    (phase,) = chart.run
    assert phase.analysis.median == 19
    assert phase.analysis.long_run_points == tuple(range(12))
    # Without the mark the shown months are judged against their own median: no signal.
    assert not build_chart(MONTHS[24:], points[24:], [], []).run[0].analysis.signal


def test_a_baseline_not_yet_complete_does_not_freeze() -> None:
    # Printing an older week: the baseline's last month is after the shown points.
    points = [SpcPoint(float(v)) for v in CDI]
    chart = build_chart(MONTHS[:20], points[:20], [], [Baseline(MONTHS[23], tuple(points[:24]))])
    assert not chart.run[0].frozen


def test_phase_ranges_and_starts() -> None:
    days = [dt.date(2026, 1, d) for d in (1, 2, 3, 4, 5)]
    assert phase_ranges(days, []) == [(0, 5)]
    assert phase_ranges(days, [dt.date(2026, 1, 3)]) == [(0, 2), (2, 5)]
    # A start before the window or after it does not split what is shown.
    assert phase_ranges(days, [dt.date(2025, 12, 1), dt.date(2026, 2, 1)]) == [(0, 5)]
    # A start between two shown periods begins at the next point.
    weekly = [dt.date(2026, 1, 5), dt.date(2026, 1, 12), dt.date(2026, 1, 19)]
    assert phase_ranges(weekly, [dt.date(2026, 1, 8)]) == [(0, 1), (1, 3)]
    assert phase_start_of(dt.date(2026, 1, 10), [dt.date(2026, 1, 8)]) == dt.date(2026, 1, 8)
    assert phase_start_of(dt.date(2026, 1, 7), [dt.date(2026, 1, 8)]) is None


def test_a_later_freeze_in_the_same_phase_replaces_the_earlier() -> None:
    points = [SpcPoint(float(v)) for v in CDI]
    chart = build_chart(
        MONTHS,
        points,
        [],
        [Baseline(MONTHS[11], tuple(points[:12])), Baseline(MONTHS[23], tuple(points[:24]))],
    )
    assert chart.run[0].baseline_points == 24
