"""Control charts (SPC) for measures, and NHS England's "Making Data Count" summary icons.

Three Shewhart charts, each computed per phase (and from a frozen baseline when the phase has
one, as qicharts2's ``part`` and ``freeze`` do; see leanboard.domain.run_chart):

- **XmR (individuals)**, for any measured value (Wheeler, *Understanding Variation*;
  Montgomery, *Introduction to Statistical Quality Control*, 6th ed., §6.4): centre line the
  mean x̄, MR̄ the mean moving range of consecutive baseline points, process limits
  x̄ ± 2.66·MR̄ (2.66 = 3 / d2, d2 = 1.128 for ranges of two), the moving-range chart's upper
  limit 3.267·MR̄ (D4 for n = 2). "Near a limit" is beyond two sigma: x̄ ± (2/3)·2.66·MR̄.
- **P chart**, for a percentage of a denominator (answers, patients): p̄ = Σ numerators /
  Σ denominators over the baseline, per-point limits p̄ ± 3·√(p̄(1 − p̄)/nᵢ), cut to 0…100 %
  (Montgomery §7.2; qicharts2 ``qic.p``). The value is stored as a percentage, the
  denominator as the value's ``answers``.
- **U chart**, for a rate per a denominator that varies (falls per 1000 bed days): ū =
  Σ counts / Σ exposure, per-point limits ū ± 3·√(ū/nᵢ), never below 0, shown per
  ``rate_per`` units (Montgomery §7.3; qicharts2 ``qic.u`` with ``multiply``).

The rule set for special-cause variation is NHS England / NHS Improvement's *Making Data
Count* (MDC, "Making Data Count: Strengthening your decisions", 2019, and its "Plot the dots"
tools), as implemented in the NHS-R community's NHSRplotthedots (``ptd_special_cause_type``):

1. a point beyond a process limit;
2. a trend: seven consecutive points each higher (or each lower) than the one before;
3. two out of three consecutive points near a limit (beyond two sigma but not beyond the
   limit) on the same side of the centre line, all three on that side;
4. a run: seven or more consecutive points on one side of the centre line (a point exactly
   on it breaks the run).

Each point gets the first of these that applies (that order). With the measure's direction it
reads as improvement or concern. The *variation icon* is the type of the latest point; the
*assurance icon* compares the target with the latest process limits: a target beyond the limits
on the good side is met every time ("consistently pass"), beyond them on the bad side never
("consistently fail"), inside them sometimes ("hit and miss", NHSRplotthedots
``ptd_calculate_assurance_type``). Neither icon is shown until the current phase's limits rest
on at least SPC_MIN_POINTS points: NHSRplotthedots warns below 12 and calls limits from fewer
points "trial limits".
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from leanboard.domain.enums import ChartKind

__all__ = ["ChartKind"]  # stored in enums; the charts read it as part of SPC

XMR_LIMIT = 2.66  # 3 / d2, d2 = 1.128 for moving ranges of two points
MR_UPPER = 3.267  # D4 for ranges of two points
SPC_MIN_POINTS = 12  # NHSRplotthedots' short-group warning threshold
RUN_LENGTH = 7  # MDC: seven points on one side of the centre line
TREND_LENGTH = 7  # MDC: seven points all going up or all going down


class SpecialCause(StrEnum):
    """Why a point is special-cause variation (NHSRplotthedots' special_cause_type)."""

    ABOVE_LIMIT = "above_limit"
    BELOW_LIMIT = "below_limit"
    TREND_UP = "trend_up"
    TREND_DOWN = "trend_down"
    TWO_OF_THREE_HIGH = "two_of_three_high"
    TWO_OF_THREE_LOW = "two_of_three_low"
    RUN_ABOVE = "run_above"
    RUN_BELOW = "run_below"

    @property
    def high(self) -> bool:
        return self in (
            SpecialCause.ABOVE_LIMIT,
            SpecialCause.TREND_UP,
            SpecialCause.TWO_OF_THREE_HIGH,
            SpecialCause.RUN_ABOVE,
        )


class Variation(StrEnum):
    """MDC variation icon."""

    COMMON = "common_cause"
    IMPROVING_HIGH = "improvement_high"  # special cause, the good direction, values up
    IMPROVING_LOW = "improvement_low"
    CONCERN_HIGH = "concern_high"  # special cause, the bad direction
    CONCERN_LOW = "concern_low"


class Assurance(StrEnum):
    """MDC assurance icon: will the process meet the target?"""

    PASS = "consistent_pass"
    FAIL = "consistent_fail"
    HIT_AND_MISS = "inconsistent"


@dataclass(frozen=True)
class SpcPoint:
    """A plotted value and, for P and U charts, the denominator it was computed from."""

    value: float
    denominator: float | None = None


@dataclass(frozen=True)
class SpcPhaseSpec:
    """Shown points start ≤ i < end; `baseline` the frozen baseline's points, or None."""

    start: int
    end: int
    baseline: tuple[SpcPoint, ...] | None = None


@dataclass(frozen=True)
class SpcPhase:
    """One phase's centre line and limits; per-point tuples cover start ≤ i < end.

    A point a P or U chart cannot use (no denominator) has None limits and no cause.
    """

    start: int
    end: int
    frozen: bool
    baseline_points: int
    centre: float | None
    mr_bar: float | None  # XmR only
    mr_upper: float | None  # XmR only: 3.267·MR̄
    lower: tuple[float | None, ...]
    upper: tuple[float | None, ...]
    causes: tuple[SpecialCause | None, ...]

    @property
    def enough_points(self) -> bool:
        return self.baseline_points >= SPC_MIN_POINTS


@dataclass(frozen=True)
class SpcChart:
    kind: ChartKind
    values: tuple[float, ...]
    moving_ranges: tuple[float | None, ...]  # |xᵢ − xᵢ₋₁| within a phase; None at its start
    phases: tuple[SpcPhase, ...]

    def cause(self, index: int) -> SpecialCause | None:
        for phase in self.phases:
            if phase.start <= index < phase.end:
                return phase.causes[index - phase.start]
        return None

    @property
    def special_points(self) -> tuple[int, ...]:
        return tuple(i for i in range(len(self.values)) if self.cause(i) is not None)

    @property
    def last_phase(self) -> SpcPhase | None:
        return self.phases[-1] if self.phases else None


# ---- limits --------------------------------------------------------------------------------


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values)


def xmr_centre(baseline: Sequence[float]) -> tuple[float, float | None]:
    """(x̄, MR̄) of the baseline; MR̄ is None with fewer than two points."""
    ranges = [abs(b - a) for a, b in itertools.pairwise(baseline)]
    return _mean(baseline), (_mean(ranges) if ranges else None)


def _usable(kind: ChartKind, point: SpcPoint) -> bool:
    if kind is ChartKind.XMR:
        return True
    return point.denominator is not None and point.denominator > 0


def _counts(kind: ChartKind, point: SpcPoint, rate_per: float) -> tuple[float, float]:
    """(numerator, denominator) behind a P value (a percentage) or a U value (per rate_per)."""
    assert point.denominator is not None
    scale = 100.0 if kind is ChartKind.P else rate_per
    return point.value / scale * point.denominator, point.denominator


def _phase(
    kind: ChartKind,
    points: Sequence[SpcPoint],
    spec: SpcPhaseSpec,
    rate_per: float,
) -> tuple[SpcPhase, list[float | None]]:
    own = list(points[spec.start : spec.end])
    base = [p for p in (own if spec.baseline is None else spec.baseline) if _usable(kind, p)]
    moving: list[float | None] = [None] + [
        abs(b.value - a.value) for a, b in itertools.pairwise(own)
    ]
    centre: float | None = None
    mr_bar = mr_upper = None
    lower: list[float | None] = [None] * len(own)
    upper: list[float | None] = [None] * len(own)
    near_low: list[float | None] = [None] * len(own)
    near_high: list[float | None] = [None] * len(own)
    if base and kind is ChartKind.XMR:
        centre, mr_bar = xmr_centre([p.value for p in base])
        if mr_bar is not None:
            mr_upper = MR_UPPER * mr_bar
            for i in range(len(own)):
                lower[i], upper[i] = centre - XMR_LIMIT * mr_bar, centre + XMR_LIMIT * mr_bar
                near = XMR_LIMIT * 2 / 3 * mr_bar
                near_low[i], near_high[i] = centre - near, centre + near
    elif base:
        scale = 100.0 if kind is ChartKind.P else rate_per
        numerator = sum(_counts(kind, p, rate_per)[0] for p in base)
        exposure = sum(_counts(kind, p, rate_per)[1] for p in base)
        rate = numerator / exposure
        centre = rate * scale
        for i, p in enumerate(own):
            if not _usable(kind, p):
                continue
            assert p.denominator is not None
            if kind is ChartKind.P:
                sigma = math.sqrt(max(rate * (1 - rate), 0.0) / p.denominator)
                top = 1.0
            else:
                sigma = math.sqrt(rate / p.denominator)
                top = math.inf
            lower[i] = max(rate - 3 * sigma, 0.0) * scale
            upper[i] = min(rate + 3 * sigma, top) * scale
            near_low[i] = (rate - 2 * sigma) * scale
            near_high[i] = (rate + 2 * sigma) * scale
    causes = special_causes(
        [p.value if _usable(kind, p) else None for p in own],
        centre,
        lower,
        upper,
        near_low,
        near_high,
    )
    phase = SpcPhase(
        start=spec.start,
        end=spec.end,
        frozen=spec.baseline is not None,
        baseline_points=len(base),
        centre=centre,
        mr_bar=mr_bar,
        mr_upper=mr_upper,
        lower=tuple(lower),
        upper=tuple(upper),
        causes=tuple(causes),
    )
    return phase, moving


def control_chart(
    kind: ChartKind | str,
    points: Sequence[SpcPoint],
    phases: Sequence[SpcPhaseSpec] | None = None,
    rate_per: float = 1.0,
) -> SpcChart:
    """The control chart of `points` (oldest first), phase by phase."""
    chart_kind = ChartKind(kind)
    specs = phases if phases is not None else ((SpcPhaseSpec(0, len(points)),) if points else ())
    result: list[SpcPhase] = []
    moving: list[float | None] = []
    for spec in specs:
        phase, ranges = _phase(chart_kind, points, spec, rate_per)
        result.append(phase)
        moving += ranges
    return SpcChart(chart_kind, tuple(p.value for p in points), tuple(moving), tuple(result))


# ---- the MDC rules (NHSRplotthedots ptd_special_cause_type) -------------------------------


def _side(value: float | None, centre: float | None) -> int:
    if value is None or centre is None or value == centre:
        return 0
    return 1 if value > centre else -1


def run_flags(sides: Sequence[int]) -> list[bool]:
    """Points in a run of RUN_LENGTH or more on one side (a 0 — on the line — breaks it)."""
    flagged = [False] * len(sides)
    start = 0
    for i in range(1, len(sides) + 1):
        if i == len(sides) or sides[i] != sides[start] or sides[i] == 0:
            if sides[start] != 0 and i - start >= RUN_LENGTH:
                for j in range(start, i):
                    flagged[j] = True
            start = i
    return flagged


def trend_flags(values: Sequence[float | None]) -> list[int]:
    """+1 / −1 for points in a run of TREND_LENGTH strictly rising / falling points.

    Equal neighbours break a trend (NHSRplotthedots ptd_seven_point_trend: sign(diff) must be
    the same all along); a turning point belongs to both trends and takes the later one's
    direction, as NHSRplotthedots reads "either side" from the right.
    """
    steps = [0] * len(values)
    for i in range(1, len(values)):
        a, b = values[i - 1], values[i]
        if a is not None and b is not None and a != b:
            steps[i] = 1 if b > a else -1
    direction = [0] * len(values)
    i = 1
    while i < len(values):
        if steps[i] == 0:
            i += 1
            continue
        j = i
        while j + 1 < len(values) and steps[j + 1] == steps[i]:
            j += 1
        # Steps i..j all the same: the points i-1..j rise (or fall) all along.
        if j - (i - 1) + 1 >= TREND_LENGTH:
            for k in range(i - 1, j + 1):
                direction[k] = steps[i]
        i = j + 1
    return direction


def two_of_three_flags(near: Sequence[int], sides: Sequence[int]) -> list[bool]:
    """Points near a limit in a window of three on one side with two or more near it."""
    flagged = [False] * len(near)
    for w in range(len(near) - 2):
        window = range(w, w + 3)
        same_side = abs(sum(sides[j] for j in window)) == 3
        if same_side and sum(1 for j in window if near[j]) >= 2:
            for j in window:
                if near[j]:
                    flagged[j] = True
    return flagged


def special_causes(
    values: Sequence[float | None],
    centre: float | None,
    lower: Sequence[float | None],
    upper: Sequence[float | None],
    near_low: Sequence[float | None],
    near_high: Sequence[float | None],
) -> list[SpecialCause | None]:
    """Each point's special cause by the MDC rules (None: common cause or not judged)."""
    sides = [_side(v, centre) for v in values]
    outside = []
    near = []
    for v, lo, hi, nlo, nhi in zip(values, lower, upper, near_low, near_high, strict=True):
        beyond = v is not None and lo is not None and hi is not None and (v > hi or v < lo)
        outside.append(beyond)
        close = (
            not beyond
            and v is not None
            and nlo is not None
            and nhi is not None
            and (v > nhi or v < nlo)
        )
        near.append(1 if close else 0)
    trends = trend_flags(values)
    twos = two_of_three_flags(near, sides)
    runs = run_flags(sides)
    causes: list[SpecialCause | None] = []
    for i, side in enumerate(sides):
        if values[i] is None or centre is None:
            causes.append(None)
        elif outside[i]:
            causes.append(SpecialCause.ABOVE_LIMIT if side > 0 else SpecialCause.BELOW_LIMIT)
        elif trends[i]:
            causes.append(SpecialCause.TREND_UP if trends[i] > 0 else SpecialCause.TREND_DOWN)
        elif twos[i]:
            causes.append(
                SpecialCause.TWO_OF_THREE_HIGH if side > 0 else SpecialCause.TWO_OF_THREE_LOW
            )
        elif runs[i]:
            causes.append(SpecialCause.RUN_ABOVE if side > 0 else SpecialCause.RUN_BELOW)
        else:
            causes.append(None)
    return causes


# ---- the MDC icons ------------------------------------------------------------------------


@dataclass(frozen=True)
class MdcSummary:
    """The two icons of a goal; None where the chart cannot tell yet (too few points)."""

    variation: Variation | None
    assurance: Assurance | None
    points: int  # points the current limits rest on


def variation_of(cause: SpecialCause | None, direction: str) -> Variation:
    if cause is None:
        return Variation.COMMON
    good = cause.high == (direction == "higher")
    if good:
        return Variation.IMPROVING_HIGH if cause.high else Variation.IMPROVING_LOW
    return Variation.CONCERN_HIGH if cause.high else Variation.CONCERN_LOW


def assurance_of(
    target: float | None, lower: float | None, upper: float | None, direction: str
) -> Assurance | None:
    """NHSRplotthedots ptd_calculate_assurance_type, from the latest point's limits."""
    if target is None or lower is None or upper is None:
        return None
    higher = direction == "higher"
    if target > upper:
        return Assurance.FAIL if higher else Assurance.PASS
    if target < lower:
        return Assurance.PASS if higher else Assurance.FAIL
    return Assurance.HIT_AND_MISS


def mdc_summary(chart: SpcChart, target: float | None, direction: str) -> MdcSummary:
    phase = chart.last_phase
    if phase is None or not phase.enough_points or phase.end <= phase.start:
        return MdcSummary(None, None, phase.baseline_points if phase else 0)
    last = phase.end - 1 - phase.start
    # The latest point a P/U chart could use (one without a denominator has no limits).
    while last > 0 and phase.upper[last] is None:
        last -= 1
    variation = variation_of(phase.causes[last], direction)
    assurance = assurance_of(target, phase.lower[last], phase.upper[last], direction)
    return MdcSummary(variation, assurance, phase.baseline_points)
