"""Reading a measure's chart marks with its values: notes, phase starts, frozen baselines.

A frozen baseline's points are read with its mark (`PhaseMarkItem.baseline`): they may lie
before the points a chart shows, and the centre line must not move with the window
(domain.measure_chart explains the marks).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from leanboard.domain.enums import Frequency
from leanboard.domain.measure_chart import phase_start_of
from leanboard.domain.periods import Period, period_of
from leanboard.services.dto import AnnotationItem, MeasurePoint, MeasureSeries, PhaseMarkItem
from leanboard.services.safety_counts import counted_points, first_event_day
from leanboard.store.models import (
    A3Report,
    Idea,
    Measure,
    MeasureAnnotation,
    MeasurePhase,
    MeasureValue,
)


def annotation_item(
    a: MeasureAnnotation, frequency: str, idea: str | None = None, a3: str | None = None
) -> AnnotationItem:
    return AnnotationItem(
        id=a.id,
        measure_id=a.measure_id,
        board_id=a.board_id,
        period_start=a.period_start,
        period_key=Period(a.period_start, Frequency(frequency)).key,
        note=a.note,
        idea_id=a.idea_id,
        idea_title=idea,
        a3_id=a.a3_id,
        a3_title=a3,
        created_at=a.created_at,
        archived=a.archived_at is not None,
        version=a.version,
    )


def mark_item(
    m: MeasurePhase, frequency: str, baseline: tuple[MeasurePoint, ...] = ()
) -> PhaseMarkItem:
    return PhaseMarkItem(
        id=m.id,
        measure_id=m.measure_id,
        board_id=m.board_id,
        kind=m.kind,
        period_start=m.period_start,
        period_key=Period(m.period_start, Frequency(frequency)).key,
        note=m.note,
        created_at=m.created_at,
        archived=m.archived_at is not None,
        version=m.version,
        baseline=baseline,
    )


def read_annotations(
    s: Session, measure_ids: list[int], board_id: int, frequency_of: dict[int, str]
) -> dict[int, list[AnnotationItem]]:
    rows = s.execute(
        select(MeasureAnnotation, Idea.title, A3Report.title)
        .outerjoin(Idea, Idea.id == MeasureAnnotation.idea_id)
        .outerjoin(A3Report, A3Report.id == MeasureAnnotation.a3_id)
        .where(
            MeasureAnnotation.measure_id.in_(measure_ids),
            MeasureAnnotation.board_id == board_id,
            MeasureAnnotation.archived_at.is_(None),
        )
        .order_by(MeasureAnnotation.period_start, MeasureAnnotation.id)
    ).all()
    out: dict[int, list[AnnotationItem]] = {}
    for a, idea, a3 in rows:
        item = annotation_item(a, frequency_of[a.measure_id], idea, a3)
        out.setdefault(a.measure_id, []).append(item)
    return out


def baseline_points(
    s: Session,
    measure_id: int,
    board_id: int,
    frequency: str,
    mark: MeasurePhase,
    starts: list[dt.date],
    counted: Measure | None = None,
) -> tuple[MeasurePoint, ...]:
    """The points of the freeze's phase up to and including its period (a goal `counted`
    from safety events: its counts, as its chart shows them)."""
    first = phase_start_of(mark.period_start, starts)
    if counted is not None:
        return counted_baseline(s, counted, board_id, mark, first)
    query = select(MeasureValue.period_start, MeasureValue.value, MeasureValue.answers).where(
        MeasureValue.measure_id == measure_id,
        MeasureValue.board_id == board_id,
        MeasureValue.period_start <= mark.period_start,
    )
    if first is not None:
        query = query.where(MeasureValue.period_start >= first)
    rows = s.execute(query.order_by(MeasureValue.period_start)).all()
    freq = Frequency(frequency)
    return tuple(MeasurePoint(day, Period(day, freq).key, v, n) for day, v, n in rows)


def counted_baseline(
    s: Session, measure: Measure, board_id: int, mark: MeasurePhase, first: dt.date | None
) -> tuple[MeasurePoint, ...]:
    frozen = period_of(mark.period_start, Frequency(measure.frequency))
    # Enough periods back to reach the phase's start (safety_counts leaves out those before
    # the board's first event); more than needed for weeks and months, which is harmless.
    begin = first if first is not None else first_event_day(s, board_id) or frozen.start
    span = max(1, (frozen.start - begin).days + 1)
    points = counted_points(s, measure, board_id, frozen.end, span)
    return tuple(p for p in points if first is None or p.period_start >= first)


def read_marks(
    s: Session, measure_ids: list[int], board_id: int, frequency_of: dict[int, str]
) -> dict[int, list[PhaseMarkItem]]:
    marks = read_marks_of_boards(s, measure_ids, [board_id], frequency_of)
    return {measure_id: items for (measure_id, _board), items in marks.items()}


def read_marks_of_boards(
    s: Session, measure_ids: list[int], board_ids: list[int], frequency_of: dict[int, str]
) -> dict[tuple[int, int], list[PhaseMarkItem]]:
    """(measure, board) → its phase starts and frozen baselines, in period order: one query
    for them all, and one per frozen baseline for its points."""
    if not measure_ids or not board_ids:
        return {}
    rows = list(
        s.scalars(
            select(MeasurePhase)
            .where(
                MeasurePhase.measure_id.in_(measure_ids),
                MeasurePhase.board_id.in_(board_ids),
                MeasurePhase.archived_at.is_(None),
            )
            .order_by(MeasurePhase.period_start, MeasurePhase.id)
        )
    )
    frozen = {m.measure_id for m in rows if m.kind == "freeze"}
    counted = {
        m.id: m
        for m in (
            s.scalars(
                select(Measure).where(Measure.id.in_(frozen), Measure.safety_kind_id.is_not(None))
            )
            if frozen
            else ()
        )
    }
    out: dict[tuple[int, int], list[PhaseMarkItem]] = {}
    for m in rows:
        frequency = frequency_of[m.measure_id]
        baseline: tuple[MeasurePoint, ...] = ()
        if m.kind == "freeze":
            starts = [
                x.period_start
                for x in rows
                if x.kind == "start" and x.measure_id == m.measure_id and x.board_id == m.board_id
            ]
            baseline = baseline_points(
                s, m.measure_id, m.board_id, frequency, m, starts, counted.get(m.measure_id)
            )
        out.setdefault((m.measure_id, m.board_id), []).append(mark_item(m, frequency, baseline))
    return out


def with_chart_marks(s: Session, board_id: int, series: list[MeasureSeries]) -> list[MeasureSeries]:
    """`series` with the board's notes and marks on each measure (two queries for them all)."""
    if not series:
        return series
    frequency_of = {x.measure.id: x.measure.frequency for x in series}
    ids = list(frequency_of)
    notes = read_annotations(s, ids, board_id, frequency_of)
    marks = read_marks(s, ids, board_id, frequency_of)
    return [
        replace(
            x,
            annotations=tuple(notes.get(x.measure.id, ())),
            marks=tuple(marks.get(x.measure.id, ())),
        )
        for x in series
    ]
