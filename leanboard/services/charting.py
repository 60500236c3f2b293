"""A series' chart for whoever draws it (wall, desktop, PDF): plain computation, no database.

The wall shows the latest 26 points, the weekly PDF 12: each passes the points it shows, and
the marks (phase starts, frozen baselines with their own points) apply to any such window.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from leanboard.domain.measure_chart import Baseline, MeasureChart, build_chart
from leanboard.domain.spc import SpcPoint
from leanboard.services.dto import AnnotationItem, MeasurePoint, MeasureSeries


def spc_point(p: MeasurePoint) -> SpcPoint:
    return SpcPoint(p.value, None if p.answers is None else float(p.answers))


def series_chart(
    series: MeasureSeries, points: Sequence[MeasurePoint] | None = None
) -> MeasureChart:
    """Phases, run rules, control chart and MDC icons of `points` (default: all the series')."""
    shown = series.points if points is None else tuple(points)
    m = series.measure
    return build_chart(
        [p.period_start for p in shown],
        [spc_point(p) for p in shown],
        [x.period_start for x in series.marks if x.kind == "start"],
        [
            Baseline(x.period_start, tuple(spc_point(p) for p in x.baseline))
            for x in series.marks
            if x.kind == "freeze"
        ],
        kind=m.chart_kind,
        rate_per=m.rate_per,
        target=m.target,
        direction=m.direction,
    )


@dataclass(frozen=True)
class NumberedNote:
    number: int  # 1, 2, … in period order among the notes shown
    index: int  # the shown point it belongs to
    note: AnnotationItem


def numbered_notes(
    series: MeasureSeries, points: Sequence[MeasurePoint] | None = None
) -> list[NumberedNote]:
    """The notes on the shown points, numbered for the chart's markers and its legend.

    A note on a period without a value belongs to the next point shown after it; a note after
    the last point waits for its value.
    """
    shown = series.points if points is None else tuple(points)
    if not shown:
        return []
    first = shown[0].period_start
    out: list[NumberedNote] = []
    for note in sorted(series.annotations, key=lambda a: (a.period_start, a.id)):
        if note.period_start < first:
            continue
        index = next((i for i, p in enumerate(shown) if p.period_start >= note.period_start), None)
        if index is None:
            continue
        out.append(NumberedNote(len(out) + 1, index, note))
    return out
