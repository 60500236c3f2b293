"""Control-chart limits against published worked examples, and the Making Data Count rules.

Sources (data and figures as printed; the data are also shipped in qicharts2's test data,
R/sysdata.rda, and its reference results tests/testthat/*.rds give the exact limits):
- Montgomery D.C., Introduction to Statistical Quality Control, 6th ed. (Wiley 2009):
  Example 6.5 (XmR, loan processing costs), Example 7.1 (P chart, orange juice cans),
  Table 7.4 (P chart with variable sample size), Example 7.5 (U chart, textile defects).
- NHSRplotthedots (NHS-R community, the R implementation of NHS England's Making Data Count):
  the rule examples of tests/testthat/test-ptd_calculate_point_type.R and the assurance rule
  of R/ptd_calculate_assurance_type.R.
"""

from __future__ import annotations

import pytest

from leanboard.domain.spc import (
    MR_UPPER,
    Assurance,
    ChartKind,
    SpcPhaseSpec,
    SpcPoint,
    SpecialCause,
    Variation,
    assurance_of,
    control_chart,
    mdc_summary,
    run_flags,
    trend_flags,
    two_of_three_flags,
    variation_of,
    xmr_centre,
)

# Montgomery Example 6.5 / Table 6.7: weekly cost of processing mortgage loan applications.
# Weeks 1–20 set the limits (Phase I); weeks 21–40 are judged against them (Phase II),
# exactly qicharts2's qic(weeks, cost, chart = 'i', freeze = 20).
LOAN_COSTS = [
    310, 288, 297, 298, 307, 303, 294, 297, 308, 306,
    294, 299, 297, 299, 314, 295, 293, 306, 301, 304,
    305, 282, 305, 296, 314, 295, 287, 301, 298, 311,
    310, 292, 305, 299, 304, 310, 304, 305, 333, 328,
]  # fmt: skip


def test_xmr_limits_of_montgomery_example_6_5() -> None:
    # Published: x̄ = 300.5, MR̄ = 7.79, UCL = 321.22, LCL = 279.78, MR chart UCL = 25.45;
    # weeks 39 and 40 (333 and 328) fall above the UCL. qicharts2's reference (ex_6.5_3.rds,
    # ex_6.5_4.rds): cl 300.5, lcl 279.783315, ucl 321.216685, MR cl 7.789474, ucl 25.448211.
    points = [SpcPoint(float(v)) for v in LOAN_COSTS]
    chart = control_chart(ChartKind.XMR, points, [SpcPhaseSpec(0, 40, tuple(points[:20]))])
    phase = chart.phases[0]
    assert phase.frozen and phase.baseline_points == 20
    assert phase.centre == pytest.approx(300.5)
    assert phase.mr_bar == pytest.approx(7.789474, abs=1e-6)
    assert round(phase.mr_bar, 2) == 7.79
    assert phase.upper[0] == pytest.approx(321.22, abs=0.005)
    assert phase.lower[0] == pytest.approx(279.78, abs=0.005)
    assert phase.upper[0] == pytest.approx(321.216685, abs=0.01)  # 2.66 vs 3/1.128
    assert phase.mr_upper == pytest.approx(25.45, abs=0.005)
    assert pytest.approx(25.448211, abs=1e-5) == MR_UPPER * 7.789474  # D4 = 3.267
    assert chart.cause(38) is SpecialCause.ABOVE_LIMIT
    assert chart.cause(39) is SpecialCause.ABOVE_LIMIT
    # Week 39's moving range, 28, is the one the MR chart flags (qicharts2: sigma.signal).
    assert chart.moving_ranges[38] == 28
    assert [i for i, r in enumerate(chart.moving_ranges) if r and r > phase.mr_upper] == [38]


def test_xmr_centre_by_hand() -> None:
    mean, mr_bar = xmr_centre([1.0, 3.0, 2.0, 6.0])
    assert mean == 3.0
    assert mr_bar == pytest.approx((2 + 1 + 4) / 3)
    assert xmr_centre([5.0]) == (5.0, None)


# Montgomery Example 7.1 / Table 7.1: nonconforming cardboard cans in 30 samples of 50.
CANS = [
    12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22,
    8, 10, 5, 13, 11, 20, 18, 24, 15, 9, 12, 7, 13, 9, 6,
]  # fmt: skip


def test_p_chart_of_montgomery_example_7_1() -> None:
    # Published: p̄ = 347/1500 = 0.2313, UCL = 0.4102, LCL = 0.0524; samples 15 and 23 plot
    # above the UCL. Values are stored as percentages, so the limits read 41.02 % and 5.24 %.
    points = [SpcPoint(c / 50 * 100, 50) for c in CANS]
    chart = control_chart(ChartKind.P, points)
    phase = chart.phases[0]
    assert phase.centre == pytest.approx(23.13, abs=0.005)
    assert phase.upper[0] == pytest.approx(41.02, abs=0.005)
    assert phase.lower[0] == pytest.approx(5.24, abs=0.005)
    beyond = [i + 1 for i, c in enumerate(phase.causes) if c is SpecialCause.ABOVE_LIMIT]
    assert beyond == [15, 23]


# Montgomery Table 7.4: purchase orders with errors, variable sample size.
ORDERS_N = [100, 80, 80, 100, 110, 110, 100, 100, 90, 90, 110, 120, 120,
            120, 110, 80, 80, 80, 90, 100, 100, 100, 100, 90, 90]  # fmt: skip
ORDERS_D = [12, 8, 6, 9, 10, 12, 11, 16, 10, 6, 20, 15, 9, 8, 6, 8, 10, 7, 5, 8,
            5, 8, 10, 6, 9]  # fmt: skip


def test_p_chart_limits_per_point_with_variable_sample_size() -> None:
    # Published: p̄ = 234/2450 = 0.096; limits per sample size — n = 100: 0.007 … 0.184,
    # n = 80: 0 … 0.194 (LCL below zero is set to 0), n = 120: 0.015 … 0.176.
    # qicharts2's reference (tbl_7.4_1.rds): cl 0.09551, n = 100 → 0.007335 … 0.183686,
    # n = 80 → 0 … 0.194093, n = 110 → 0.011438 … 0.179582, n = 120 → 0.015017 … 0.176003.
    points = [SpcPoint(d / n * 100, n) for d, n in zip(ORDERS_D, ORDERS_N, strict=True)]
    phase = control_chart(ChartKind.P, points).phases[0]
    assert phase.centre == pytest.approx(9.551, abs=0.001)
    expected = {100: (0.7335, 18.3686), 80: (0.0, 19.4093), 110: (1.1438, 17.9582),
                120: (1.5017, 17.6003), 90: (0.2565, 18.8455)}  # fmt: skip
    for i, n in enumerate(ORDERS_N):
        low, high = expected[n]
        assert phase.lower[i] == pytest.approx(low, abs=1e-3)
        assert phase.upper[i] == pytest.approx(high, abs=1e-3)
    # Sample 11 (20/110 = 18.18 %) lies just above its own limit 17.96 % (qicharts2 agrees).
    assert phase.causes[10] is SpecialCause.ABOVE_LIMIT


def test_u_chart_of_montgomery_example_7_5() -> None:
    # Textile rolls: defects per 50 m². Published: ū = 153/107.5 = 1.42; for a 500 m² roll
    # (n = 10 units) UCL = 2.55, LCL = 0.29; 400 m² (n = 8): 2.68 / 0.16; 650 m² (n = 13):
    # 2.41 / 0.43. qicharts2 (ex_7.5_1.rds, multiply = 50): cl 1.423256, 500 → 0.291474 …
    # 2.555038, 400 → 0.157885 … 2.688626, 650 → 0.430617 … 2.415894.
    meters = [500, 400, 650, 500, 475, 500, 600, 525, 600, 625]
    defects = [14, 12, 20, 11, 7, 10, 21, 16, 19, 23]
    points = [SpcPoint(d / m * 50, m) for d, m in zip(defects, meters, strict=True)]
    phase = control_chart(ChartKind.U, points, rate_per=50).phases[0]
    assert phase.centre == pytest.approx(1.423256, abs=1e-6)
    assert (phase.lower[0], phase.upper[0]) == pytest.approx((0.291474, 2.555038), abs=1e-6)
    assert (phase.lower[1], phase.upper[1]) == pytest.approx((0.157885, 2.688626), abs=1e-6)
    assert (phase.lower[2], phase.upper[2]) == pytest.approx((0.430617, 2.415894), abs=1e-6)
    # The book rounds ū to 1.42 before computing the limits: 2.55 and 0.29.
    assert phase.upper[0] == pytest.approx(2.55, abs=0.01)
    assert phase.lower[0] == pytest.approx(0.29, abs=0.01)
    assert all(c is None for c in phase.causes)  # the process is in control


def test_points_without_a_denominator_are_left_out_of_a_p_chart() -> None:
    points = [SpcPoint(50.0, 10), SpcPoint(40.0, None), SpcPoint(60.0, 10)]
    phase = control_chart(ChartKind.P, points).phases[0]
    assert phase.baseline_points == 2
    assert phase.centre == pytest.approx(55.0)
    assert phase.upper[1] is None and phase.causes[1] is None


def test_each_phase_has_its_own_limits() -> None:
    # Montgomery Example 7.1 continued: after the machine adjustment (sample 31 on) the
    # process runs at a lower level; qicharts2's qic(..., chart = 'p', part = 30) splits there.
    after = [9, 6, 12, 5, 6, 4, 6, 3, 7, 6, 2, 4, 3, 6, 5, 4, 8, 5, 6, 7, 5, 6, 3, 5]
    points = [SpcPoint(c / 50 * 100, 50) for c in CANS + after]
    chart = control_chart(
        ChartKind.P, points, [SpcPhaseSpec(0, 30), SpcPhaseSpec(30, 30 + len(after))]
    )
    first, second = chart.phases
    assert first.centre == pytest.approx(23.13, abs=0.005)
    # Published for samples 31–54: p̄ = 133/1200 = 0.1108, UCL = 0.2440, LCL below 0 → 0.
    assert second.centre == pytest.approx(11.08, abs=0.005)
    assert second.upper[0] == pytest.approx(24.40, abs=0.005)
    assert second.lower[0] == 0.0
    # Judged against its own centre line, the new phase shows no special cause …
    assert not any(second.causes)
    # … while against the old limits (frozen at sample 30) from sample 34 on every point is a
    # special cause: a run below, two of three near the lower limit, or beyond it.
    frozen = control_chart(ChartKind.P, points, [SpcPhaseSpec(0, 54, tuple(points[:30]))])
    assert all(frozen.cause(i) is not None for i in range(33, 54))
    assert frozen.cause(34) is SpecialCause.RUN_BELOW  # sample 35: 12 %, inside the limits
    assert frozen.cause(40) is SpecialCause.BELOW_LIMIT  # sample 41: 4 % < 5.24 %


# ---- the MDC rules, with NHSRplotthedots' own examples ------------------------------------


def test_seven_on_one_side() -> None:
    # ptd_seven_point_one_side_mean(c(rep(1, 8), -1)): the eight points form a run.
    assert run_flags([1] * 8 + [-1]) == [True] * 8 + [False]
    assert run_flags([1] * 6 + [-1]) == [False] * 7
    # A point on the centre line breaks the run.
    assert run_flags([1, 1, 1, 0, 1, 1, 1, 1]) == [False] * 8


def test_seven_point_trend() -> None:
    assert trend_flags(list(range(1, 7))) == [0] * 6  # six points are not a trend
    assert trend_flags([1, 2, 3, 3, 4, 5, 6]) == [0] * 7  # a tie breaks it
    assert trend_flags(list(range(1, 8))) == [1] * 7
    assert trend_flags([2, 1, 2, 3, 4, 5, 6, 7, 3]) == [0] + [1] * 7 + [0]
    assert trend_flags([7, 6, 5, 4, 3, 2, 1]) == [-1] * 7


def test_two_of_three_near_a_limit() -> None:
    same = [1] * 7
    assert two_of_three_flags([1, 0, 1], [1, 1, 1]) == [True, False, True]
    assert two_of_three_flags([0, 0, 1, 0, 1, 0, 0], same) == [
        False, False, True, False, True, False, False]  # fmt: skip
    assert two_of_three_flags([0, 0, 1, 1, 0, 0, 0], same) == [
        False, False, True, True, False, False, False]  # fmt: skip
    assert two_of_three_flags([1, 0, 0, 1, 1], [1] * 5) == [False, False, False, True, True]
    # The three must lie on one side of the centre line.
    assert two_of_three_flags([1, 0, 1], [1, -1, 1]) == [False, False, False]


def test_a_point_beyond_a_limit_comes_before_the_other_rules() -> None:
    values = [10.0, 11.0, 10.0, 11.0, 10.0, 11.0, 10.0, 11.0, 10.0, 11.0, 10.0, 11.0, 30.0]
    points = [SpcPoint(v) for v in values]
    chart = control_chart(ChartKind.XMR, points, [SpcPhaseSpec(0, 13, tuple(points[:12]))])
    assert chart.special_points == (12,)
    assert chart.cause(12) is SpecialCause.ABOVE_LIMIT


def test_variation_icon_reads_the_direction() -> None:
    assert variation_of(None, "higher") is Variation.COMMON
    assert variation_of(SpecialCause.RUN_ABOVE, "higher") is Variation.IMPROVING_HIGH
    assert variation_of(SpecialCause.RUN_ABOVE, "lower") is Variation.CONCERN_HIGH
    assert variation_of(SpecialCause.BELOW_LIMIT, "lower") is Variation.IMPROVING_LOW
    assert variation_of(SpecialCause.TREND_DOWN, "higher") is Variation.CONCERN_LOW


def test_assurance_icon_from_the_target_and_the_limits() -> None:
    # ptd_calculate_assurance_type: target above the upper limit fails an "increase" measure.
    assert assurance_of(80, 60, 75, "higher") is Assurance.FAIL
    assert assurance_of(80, 60, 75, "lower") is Assurance.PASS
    assert assurance_of(50, 60, 75, "higher") is Assurance.PASS
    assert assurance_of(50, 60, 75, "lower") is Assurance.FAIL
    assert assurance_of(70, 60, 75, "higher") is Assurance.HIT_AND_MISS
    assert assurance_of(None, 60, 75, "higher") is None


def test_mdc_summary_of_montgomery_loan_costs() -> None:
    # The latest week (328) is above the upper limit: for a cost, where lower is better, that
    # is special cause of concern; a target of 320 lies inside the limits: hit and miss.
    points = [SpcPoint(float(v)) for v in LOAN_COSTS]
    chart = control_chart(ChartKind.XMR, points, [SpcPhaseSpec(0, 40, tuple(points[:20]))])
    summary = mdc_summary(chart, 320.0, "lower")
    assert summary.variation is Variation.CONCERN_HIGH
    assert summary.assurance is Assurance.HIT_AND_MISS
    assert mdc_summary(chart, 270.0, "lower").assurance is Assurance.FAIL
    assert mdc_summary(chart, 330.0, "lower").assurance is Assurance.PASS


def test_no_icons_from_too_few_points() -> None:
    points = [SpcPoint(float(v)) for v in LOAN_COSTS[:11]]
    summary = mdc_summary(control_chart(ChartKind.XMR, points), 300.0, "lower")
    assert summary.variation is None and summary.assurance is None
    assert summary.points == 11
