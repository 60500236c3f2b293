"""Run-chart analysis: is a measure's variation random, or has something changed?

Two published rule sets, both judged against the median of the points shown:

Anhøj rules, as implemented in qicharts2 (``runs.analysis``; Anhøj & Olesen 2014,
"Run charts revisited: a simulation study of run chart rules for detection of non-random
variation in health care processes", PLoS ONE 9(11): e113825; Anhøj 2015, PLoS ONE 10(3)):
- points exactly on the median are dropped; the rest are the *useful* points, n;
- unusually long run: the longest run on one side of the median is longer than
  ``round(log2(n)) + 3`` (Schilling 2012);
- too few crossings: the number of times the line crosses the median is below the 5 %
  lower quantile of Binomial(n − 1, 0.5) (Chen 2010) — R's ``qbinom(0.05, n - 1, 0.5)``,
  here computed exactly with integer binomial coefficients.

IHI rules (Perla, Provost & Murray 2011, "The run chart: a simple analytical tool for learning
from variation in healthcare processes", BMJ Qual Saf 20: 46–51):
- shift: six or more consecutive points all above or all below the median; points on the
  median neither break nor add to a shift;
- trend: five or more consecutive points all going up or all going down; when successive
  points have the same value, only one of them counts ("like values do not make or break a
  trend").
IHI's runs-count table and the "astronomical point" are not judged here: the first overlaps
Anhøj's crossings rule, the second needs human judgement.

Phases and a frozen baseline (qicharts2's ``part`` and ``freeze`` arguments of ``qic()``):
- ``part``: the chart is split where the process was changed on purpose; each phase gets its
  own centre line from its own points, and the runs analysis runs per phase, so the signals
  of a new phase are judged against its own centre line (qicharts2 ``qic.agg`` splits the
  data by part before both ``qic.run`` and ``runs.analysis``);
- ``freeze``: the centre line is computed from the baseline points only — qicharts2: "the
  last data point to include in calculation of baseline parameters" — and the runs analysis
  runs over every point of the phase against that frozen centre line, so a change after the
  baseline shows up as a long run. qicharts2 ignores ``freeze`` when ``part`` is given; here
  each phase may have its own frozen baseline (its first points up to a chosen period), which
  with a single phase is exactly qicharts2's ``freeze`` and without baselines exactly ``part``.
  The vignette's case 2 (Clostridium difficile infections, ``freeze = 24`` / ``part = 24``)
  is checked in tests/unit/test_run_chart_phases.py.

Both rule sets need enough points to mean anything. Perla et al. recommend at least 10 data
points before applying the run rules, and their runs table (Swed & Eisenhart) starts at 10
useful observations; with fewer, Anhøj's limits also flag random data far too often.
So nothing is judged below MIN_USEFUL_POINTS points off the median.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, replace

MIN_USEFUL_POINTS = 10
SHIFT_LENGTH = 6  # IHI: six or more on one side of the median
TREND_LENGTH = 5  # IHI: five or more all going up or all going down


@dataclass(frozen=True)
class RunChartAnalysis:
    """The result of the run rules for one series. Indices refer to the input values."""

    n_points: int
    median: float | None
    useful: int  # points not on the median
    enough_points: bool
    longest_run: int
    run_limit: int | None  # Anhøj: a run longer than this is a signal
    crossings: int
    crossing_limit: int | None  # Anhøj: fewer crossings than this is a signal
    long_run: bool  # Anhøj
    few_crossings: bool  # Anhøj
    shift: bool  # IHI
    trend: bool  # IHI
    long_run_points: tuple[int, ...]
    shift_points: tuple[int, ...]
    trend_points: tuple[int, ...]

    @property
    def signal(self) -> bool:
        return self.long_run or self.few_crossings or self.shift or self.trend

    @property
    def signal_points(self) -> tuple[int, ...]:
        """Every point that belongs to a flagged run, shift or trend, in order."""
        return tuple(sorted({*self.long_run_points, *self.shift_points, *self.trend_points}))


def run_limit(useful: int) -> int:
    """Anhøj/Schilling: the longest run expected by chance among `useful` points."""
    # n is an integer, so log2(n) is never exactly x.5 and Python's round equals R's round.
    return round(math.log2(useful)) + 3


def crossing_limit(useful: int) -> int:
    """The 5 % lower quantile of Binomial(useful − 1, 0.5), as R's qbinom(0.05, n − 1, 0.5).

    The smallest k with P(X ≤ k) ≥ 0.05, compared exactly in integers: P(X ≤ k) = S / 2^m.
    """
    m = max(useful - 1, 0)
    total = 2**m
    cumulative = 0
    for k in range(m + 1):
        cumulative += math.comb(m, k)
        if cumulative * 20 >= total:  # cumulative / 2^m ≥ 1/20
            return k
    return m


def _runs(sides: Sequence[tuple[int, int]]) -> list[list[int]]:
    """Group (index, side) pairs into runs of the same side; returns the indices of each run."""
    runs: list[list[int]] = []
    last_side = 0
    for index, side in sides:
        if side == last_side and runs:
            runs[-1].append(index)
        else:
            runs.append([index])
            last_side = side
    return runs


def _trends(values: Sequence[float]) -> list[list[int]]:
    """Runs of strictly rising or falling values after collapsing repeats (Perla et al.).

    Each returned list holds every index the trend spans, repeats included, so the chart can
    mark the whole stretch.
    """
    # Collapse like neighbours: (value, first index, last index) per block of equal values.
    blocks: list[tuple[float, int, int]] = []
    for i, v in enumerate(values):
        if blocks and blocks[-1][0] == v:
            blocks[-1] = (v, blocks[-1][1], i)
        else:
            blocks.append((v, i, i))
    found: list[list[int]] = []
    start = 0
    direction = 0
    for b in range(1, len(blocks) + 1):
        step = 0
        if b < len(blocks):
            step = 1 if blocks[b][0] > blocks[b - 1][0] else -1
        if b < len(blocks) and (direction == 0 or step == direction):
            direction = step
            continue
        # The monotone stretch blocks[start .. b-1] ends here.
        if b - start >= TREND_LENGTH:
            found.append(list(range(blocks[start][1], blocks[b - 1][2] + 1)))
        # A new stretch starts at the turning point, which belongs to both.
        start, direction = b - 1, step
    return found


def _not_judged(
    n: int, median: float | None, useful: int, longest: int, crossings: int
) -> RunChartAnalysis:
    return RunChartAnalysis(
        n_points=n,
        median=median,
        useful=useful,
        enough_points=False,
        longest_run=longest,
        run_limit=None,
        crossings=crossings,
        crossing_limit=None,
        long_run=False,
        few_crossings=False,
        shift=False,
        trend=False,
        long_run_points=(),
        shift_points=(),
        trend_points=(),
    )


def analyse(values: Sequence[float], centre: float | None = None) -> RunChartAnalysis:
    """Judge a series (oldest first) against its median by the Anhøj and IHI rules.

    `centre` replaces the series' own median: a frozen baseline's median (qicharts2 `freeze`).
    """
    n = len(values)
    if n == 0:
        return _not_judged(0, centre, 0, 0, 0)
    median = float(statistics.median(values)) if centre is None else float(centre)
    sides = [(i, 1 if v > median else -1) for i, v in enumerate(values) if v != median]
    useful = len(sides)
    runs = _runs(sides)
    longest = max((len(r) for r in runs), default=0)
    crossings = max(len(runs) - 1, 0)
    enough = useful >= MIN_USEFUL_POINTS
    if not enough:
        return _not_judged(n, median, useful, longest, crossings)
    r_limit = run_limit(useful)
    c_limit = crossing_limit(useful)
    long_runs = [i for r in runs if len(r) > r_limit for i in r]
    shifts = [i for r in runs if len(r) >= SHIFT_LENGTH for i in r]
    trends = sorted({i for t in _trends(values) for i in t})
    return RunChartAnalysis(
        n_points=n,
        median=median,
        useful=useful,
        enough_points=True,
        longest_run=longest,
        run_limit=r_limit,
        crossings=crossings,
        crossing_limit=c_limit,
        long_run=bool(long_runs),
        few_crossings=crossings < c_limit,
        shift=bool(shifts),
        trend=bool(trends),
        long_run_points=tuple(long_runs),
        shift_points=tuple(shifts),
        trend_points=tuple(trends),
    )


@dataclass(frozen=True)
class PhaseSpec:
    """One phase of a chart: the shown points ``start`` ≤ i < ``end``.

    ``baseline`` holds the values its centre line comes from when the phase's baseline is
    frozen (they may lie before the shown points); None: the phase's own shown points.
    """

    start: int
    end: int
    baseline: tuple[float, ...] | None = None


@dataclass(frozen=True)
class PhaseAnalysis:
    """The run rules of one phase; the indices inside `analysis` refer to the whole series."""

    start: int
    end: int
    frozen: bool
    baseline_points: int  # how many points the centre line was computed from
    analysis: RunChartAnalysis


def single_phase(n: int) -> tuple[PhaseSpec, ...]:
    return (PhaseSpec(0, n),) if n else ()


def _shifted(a: RunChartAnalysis, offset: int) -> RunChartAnalysis:
    def move(points: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(i + offset for i in points)

    return replace(
        a,
        long_run_points=move(a.long_run_points),
        shift_points=move(a.shift_points),
        trend_points=move(a.trend_points),
    )


def analyse_phases(
    values: Sequence[float], phases: Sequence[PhaseSpec] | None = None
) -> tuple[PhaseAnalysis, ...]:
    """The run rules per phase, each against its own (or its frozen) median (qicharts2 `part`)."""
    specs = single_phase(len(values)) if phases is None else phases
    result = []
    for spec in specs:
        own = list(values[spec.start : spec.end])
        base = own if spec.baseline is None else list(spec.baseline)
        centre = float(statistics.median(base)) if base else None
        analysis = _shifted(analyse(own, centre), spec.start)
        result.append(
            PhaseAnalysis(spec.start, spec.end, spec.baseline is not None, len(base), analysis)
        )
    return tuple(result)


def signal_points(phases: Sequence[PhaseAnalysis]) -> tuple[int, ...]:
    """Every point of every phase that belongs to a flagged run, shift or trend."""
    return tuple(sorted({i for p in phases for i in p.analysis.signal_points}))
