"""A leader's marks on a measure's chart: notes on points, new phases, frozen baselines.

Each is kept per measure and board (an inherited goal has each board's own values, so each
board its own notes), stored by period, archived rather than deleted, and recorded in the
change history like every other edit. Notes pass the identity-code guard like all text.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from leanboard.domain.enums import Frequency
from leanboard.domain.errors import ValidationError
from leanboard.domain.measure_chart import phase_start_of
from leanboard.domain.validation import guard_optional_text, guard_text
from leanboard.i18n import translate
from leanboard.services.chart_marks import (
    annotation_item,
    baseline_points,
    mark_item,
    with_chart_marks,
)
from leanboard.services.dto import AnnotationItem, MeasureSeries, PhaseMarkItem
from leanboard.services.editing import apply_changes, archive, check_version, get_or_fail
from leanboard.services.measures import (
    board_series,
    check_measure_on_board,
    measure_info,
    resolve_period,
)
from leanboard.store.database import Database
from leanboard.store.models import A3Report, Board, Idea, Measure, MeasureAnnotation, MeasurePhase
from leanboard.store.write_path import record_change

NOTE_MAX = 120  # a short note: it is drawn beside a point and listed under the chart


def clean_note(note: str | None) -> str:
    return guard_text(note, "note", "Merkintä", required=True, max_length=NOTE_MAX)


class ChartMarkService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- notes on points

    def annotate(
        self,
        measure_id: int,
        board_id: int,
        period: str | dt.date,
        note: str,
        *,
        idea_id: int | None = None,
        a3_id: int | None = None,
    ) -> AnnotationItem:
        """Mark one period of the board's chart of the measure with a short note."""
        text = clean_note(note)

        def action(s: Session) -> AnnotationItem:
            measure, _board = self._measure_on_board(s, measure_id, board_id)
            slot = resolve_period(period, Frequency(measure.frequency))
            idea, a3 = self._links(s, idea_id, a3_id)
            row = MeasureAnnotation(
                measure_id=measure.id,
                board_id=board_id,
                period_start=slot.start,
                note=text,
                idea_id=idea_id,
                a3_id=a3_id,
            )
            s.add(row)
            s.flush()
            record_change(
                s,
                "measure_annotation",
                row.id,
                "create",
                board_id=board_id,
                details={"measure": measure.name, "period": slot.key, "note": text},
            )
            return annotation_item(row, measure.frequency, idea, a3)

        return self.db.write(action)

    def update_annotation(
        self,
        annotation_id: int,
        expected_version: int | None,
        note: str,
        *,
        idea_id: int | None = None,
        a3_id: int | None = None,
    ) -> AnnotationItem:
        text = clean_note(note)

        def action(s: Session) -> AnnotationItem:
            row = get_or_fail(s, MeasureAnnotation, annotation_id, "Merkintä")
            measure = get_or_fail(s, Measure, row.measure_id, "Mittari")
            idea, a3 = self._links(s, idea_id, a3_id)
            check_version(
                row, expected_version, "measure_annotation", annotation_item(row, measure.frequency)
            )
            apply_changes(
                s,
                row,
                "measure_annotation",
                {"note": text, "idea_id": idea_id, "a3_id": a3_id},
                board_id=row.board_id,
            )
            return annotation_item(row, measure.frequency, idea, a3)

        return self.db.write(action)

    def archive_annotation(self, annotation_id: int) -> None:
        def action(s: Session) -> None:
            row = get_or_fail(s, MeasureAnnotation, annotation_id, "Merkintä")
            archive(s, row, "measure_annotation", board_id=row.board_id)

        self.db.write(action)

    # ---- phases and frozen baselines

    def start_phase(
        self, measure_id: int, board_id: int, period: str | dt.date, note: str | None = None
    ) -> PhaseMarkItem:
        """A new phase from `period` on: its own median and limits (qicharts2 `part`)."""
        text = guard_optional_text(note, "note", "Merkintä", max_length=NOTE_MAX)

        def action(s: Session) -> PhaseMarkItem:
            measure, _board = self._measure_on_board(s, measure_id, board_id)
            slot = resolve_period(period, Frequency(measure.frequency))
            if self._active(s, measure_id, board_id, "start", slot.start):
                raise ValidationError(
                    translate("Validation", "Jakso {period} aloittaa jo uuden vaiheen.").format(
                        period=slot.key
                    ),
                    "period",
                )
            row = MeasurePhase(
                measure_id=measure_id,
                board_id=board_id,
                kind="start",
                period_start=slot.start,
                note=text,
            )
            s.add(row)
            s.flush()
            record_change(
                s,
                "measure_phase",
                row.id,
                "start",
                board_id=board_id,
                details={"measure": measure.name, "period": slot.key, "note": text},
            )
            return mark_item(row, measure.frequency)

        return self.db.write(action)

    def freeze_baseline(
        self, measure_id: int, board_id: int, period: str | dt.date
    ) -> PhaseMarkItem:
        """ "Jäädytä perustaso": the phase's centre line and limits come from its points up to
        and including `period` (qicharts2 `freeze`). A freeze already in the same phase is
        archived: a phase has one baseline."""

        def action(s: Session) -> PhaseMarkItem:
            measure, _board = self._measure_on_board(s, measure_id, board_id)
            slot = resolve_period(period, Frequency(measure.frequency))
            starts = [m.period_start for m in self._rows(s, measure_id, board_id, "start")]
            phase = phase_start_of(slot.start, starts)
            for old in self._rows(s, measure_id, board_id, "freeze"):
                if phase_start_of(old.period_start, starts) == phase:
                    archive(s, old, "measure_phase", board_id=board_id)
            row = MeasurePhase(
                measure_id=measure_id, board_id=board_id, kind="freeze", period_start=slot.start
            )
            s.add(row)
            s.flush()
            counted = measure if measure.safety_kind_id is not None else None
            baseline = baseline_points(
                s, measure_id, board_id, measure.frequency, row, starts, counted
            )
            record_change(
                s,
                "measure_phase",
                row.id,
                "freeze",
                board_id=board_id,
                details={"measure": measure.name, "period": slot.key, "points": len(baseline)},
            )
            return mark_item(row, measure.frequency, baseline)

        return self.db.write(action)

    def archive_mark(self, mark_id: int) -> None:
        """Remove a phase start or a frozen baseline (archived, restorable from the history)."""

        def action(s: Session) -> None:
            row = get_or_fail(s, MeasurePhase, mark_id, "Merkintä")
            archive(s, row, "measure_phase", board_id=row.board_id)

        self.db.write(action)

    # ---- reading

    def series(
        self, measure_id: int, board_id: int, limit: int = 26, until: dt.date | None = None
    ) -> MeasureSeries:
        """One measure on one board with its values, notes and marks (the desktop chart)."""
        with self.db.read() as s:
            for item in board_series(s, board_id, limit, until):
                if item.measure.id == measure_id:
                    return item
            measure = get_or_fail(s, Measure, measure_id, "Mittari")
            raise ValidationError(
                translate("Validation", "Mittari {measure} ei kuulu taululle {board}.").format(
                    measure=measure.name, board=get_or_fail(s, Board, board_id, "Taulu").code
                ),
                "measure",
            )

    def annotations(self, measure_id: int, board_id: int) -> list[AnnotationItem]:
        with self.db.read() as s:
            measure = get_or_fail(s, Measure, measure_id, "Mittari")
            probe = MeasureSeries(measure_info(measure), board_id, (), False)
            return list(with_chart_marks(s, board_id, [probe])[0].annotations)

    # ---- helpers

    @staticmethod
    def _measure_on_board(s: Session, measure_id: int, board_id: int) -> tuple[Measure, Board]:
        measure = get_or_fail(s, Measure, measure_id, "Mittari")
        board = get_or_fail(s, Board, board_id, "Taulu")
        check_measure_on_board(s, measure, board)
        return measure, board

    @staticmethod
    def _links(s: Session, idea_id: int | None, a3_id: int | None) -> tuple[str | None, str | None]:
        idea = get_or_fail(s, Idea, idea_id, "Kehitysidea").title if idea_id is not None else None
        a3 = get_or_fail(s, A3Report, a3_id, "A3").title if a3_id is not None else None
        return idea, a3

    @staticmethod
    def _rows(s: Session, measure_id: int, board_id: int, kind: str) -> list[MeasurePhase]:
        return list(
            s.scalars(
                select(MeasurePhase)
                .where(
                    MeasurePhase.measure_id == measure_id,
                    MeasurePhase.board_id == board_id,
                    MeasurePhase.kind == kind,
                    MeasurePhase.archived_at.is_(None),
                )
                .order_by(MeasurePhase.period_start, MeasurePhase.id)
            )
        )

    def _active(self, s: Session, measure_id: int, board_id: int, kind: str, day: dt.date) -> bool:
        return any(m.period_start == day for m in self._rows(s, measure_id, board_id, kind))
