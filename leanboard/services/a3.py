"""A3 reports: the list a board shows and starting one. The full editor arrives with its issue."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from leanboard.domain.enums import A3Phase
from leanboard.domain.validation import check_enum, guard_optional_text, guard_text
from leanboard.services.dto import A3Item
from leanboard.services.editing import apply_changes, check_version, get_or_fail
from leanboard.store.database import Database, record_change
from leanboard.store.models import A3Report, Board


def a3_item(r: A3Report, today: dt.date) -> A3Item:
    open_actions = [a for a in r.actions if a.status != "done"]
    overdue = [a for a in open_actions if a.due_date is not None and a.due_date < today]
    return A3Item(
        r.id,
        r.board_id,
        r.title,
        r.owner,
        r.phase,
        r.started_on,
        r.updated_at,
        len(open_actions),
        len(overdue),
        r.version,
    )


class A3Service:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create_a3(
        self,
        board_id: int,
        title: str,
        owner: str | None = None,
        problem_id: int | None = None,
        idea_id: int | None = None,
        started_on: dt.date | None = None,
    ) -> A3Item:
        clean_title = guard_text(title, "title", "Otsikko", required=True, max_length=200)
        clean_owner = guard_optional_text(owner, "owner", "Omistaja", max_length=100)

        def action(s: Session) -> A3Item:
            get_or_fail(s, Board, board_id, "Taulu")
            report = A3Report(
                board_id=board_id,
                title=clean_title,
                owner=clean_owner,
                problem_id=problem_id,
                idea_id=idea_id,
                phase="plan",
                started_on=started_on or dt.date.today(),
                five_whys=[],
                fishbone={},
            )
            s.add(report)
            s.flush()
            record_change(
                s,
                "a3_report",
                report.id,
                "create",
                board_id=board_id,
                details={"title": clean_title},
            )
            return a3_item(report, dt.date.today())

        return self.db.write(action)

    def set_phase(self, a3_id: int, expected_version: int | None, phase: str) -> A3Item:
        new_phase = check_enum(A3Phase, phase, "phase", "Vaihe").value

        def action(s: Session) -> A3Item:
            report = get_or_fail(s, A3Report, a3_id, "A3")
            check_version(report, expected_version, "a3_report", a3_item(report, dt.date.today()))
            apply_changes(s, report, "a3_report", {"phase": new_phase}, board_id=report.board_id)
            return a3_item(report, dt.date.today())

        return self.db.write(action)

    def list_a3(self, board_id: int, *, active_only: bool = True) -> list[A3Item]:
        with self.db.read() as s:
            return board_a3s(s, board_id, dt.date.today(), active_only=active_only)


def board_a3s(
    s: Session, board_id: int, today: dt.date, *, active_only: bool = True
) -> list[A3Item]:
    query = (
        select(A3Report)
        .where(A3Report.board_id == board_id, A3Report.archived_at.is_(None))
        .options(selectinload(A3Report.actions))
        .order_by(A3Report.started_on, A3Report.id)
    )
    if active_only:
        query = query.where(A3Report.phase != "done")
    return [a3_item(r, today) for r in s.scalars(query)]
