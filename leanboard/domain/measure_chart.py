"""A measure's chart as one piece: its phases, run rules, control chart and MDC icons.

The leader's marks are stored by period, not by position, so they keep their meaning when a
chart shows another window of points (26 on the wall, 12 in the weekly PDF) or when an older
value is filled in later:

- a *phase start* at period S: the points from S on form a new phase (qicharts2 ``part``);
- a *frozen baseline* until period F: the centre line and limits of the phase F falls in come
  from that phase's points up to and including F (qicharts2 ``freeze``: "the last data point
  to include in calculation of baseline parameters"). Those points may lie before the shown
  window, so they travel with the mark (`Baseline.points`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from leanboard.domain.run_chart import PhaseAnalysis, PhaseSpec, analyse_phases
from leanboard.domain.spc import (
    ChartKind,
    MdcSummary,
    SpcChart,
    SpcPhaseSpec,
    SpcPoint,
    control_chart,
    mdc_summary,
)


@dataclass(frozen=True)
class Baseline:
    """A frozen baseline: its last period and the points of its phase up to it, oldest first."""

    until: dt.date
    points: tuple[SpcPoint, ...]


@dataclass(frozen=True)
class MeasureChart:
    run: tuple[PhaseAnalysis, ...]  # one per phase shown
    spc: SpcChart
    mdc: MdcSummary

    @property
    def phase_starts(self) -> tuple[int, ...]:
        """Indices where a phase after the first begins (for the chart's dividing lines)."""
        return tuple(p.start for p in self.run[1:])


def phase_start_of(day: dt.date, starts: Sequence[dt.date]) -> dt.date | None:
    """The start of the phase `day` belongs to; None for the first phase (no start mark)."""
    ordered = sorted(starts)
    index = bisect.bisect_right(ordered, day)
    return ordered[index - 1] if index else None


def phase_ranges(periods: Sequence[dt.date], starts: Sequence[dt.date]) -> list[tuple[int, int]]:
    """[start, end) index ranges of the phases among the shown `periods` (oldest first)."""
    cuts = sorted({bisect.bisect_left(list(periods), s) for s in starts} - {0, len(periods)})
    bounds = [0, *cuts, len(periods)]
    return [(a, b) for a, b in itertools.pairwise(bounds) if b > a]


def build_chart(
    periods: Sequence[dt.date],
    points: Sequence[SpcPoint],
    starts: Sequence[dt.date],
    baselines: Sequence[Baseline],
    *,
    kind: ChartKind | str = ChartKind.XMR,
    rate_per: float = 1.0,
    target: float | None = None,
    direction: str = "higher",
) -> MeasureChart:
    """Phases, run rules, control chart and MDC icons of the shown points."""
    ranges = phase_ranges(periods, starts)
    # The latest freeze of each phase wins (an older one was replaced).
    frozen: dict[dt.date | None, Baseline] = {}
    for mark in sorted(baselines, key=lambda b: b.until):
        frozen[phase_start_of(mark.until, starts)] = mark
    run_specs: list[PhaseSpec] = []
    spc_specs: list[SpcPhaseSpec] = []
    for start, end in ranges:
        baseline = frozen.get(phase_start_of(periods[start], starts))
        # A baseline only freezes the phase once its last period has been reached.
        if baseline is not None and baseline.points and baseline.until <= periods[end - 1]:
            run_specs.append(PhaseSpec(start, end, tuple(p.value for p in baseline.points)))
            spc_specs.append(SpcPhaseSpec(start, end, baseline.points))
        else:
            run_specs.append(PhaseSpec(start, end))
            spc_specs.append(SpcPhaseSpec(start, end))
    values = [p.value for p in points]
    spc = control_chart(kind, points, spc_specs, rate_per)
    return MeasureChart(analyse_phases(values, run_specs), spc, mdc_summary(spc, target, direction))
