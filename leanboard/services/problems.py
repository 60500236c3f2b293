"""SQDC problems, their escalation up the tree and the answer coming back down (catchball)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from leanboard.domain import clock
from leanboard.domain.enums import AnswerKind, ProblemStatus, Sqdc
from leanboard.domain.errors import ValidationError
from leanboard.domain.rules import escalation_over_limit
from leanboard.domain.validation import (
    check_enum,
    guard_optional_text,
    guard_text,
    parse_optional_date,
)
from leanboard.i18n import translate
from leanboard.services.dto import EscalationItem, ProblemItem
from leanboard.services.editing import (
    apply_changes,
    archive,
    check_version,
    get_or_fail,
    is_overdue,
    restore,
)
from leanboard.store.database import Database
from leanboard.store.models import Board, Escalation, Problem, utcnow
from leanboard.store.write_path import record_change


def waits_over_limit(p: Problem, boards: dict[int, Board], now: dt.datetime) -> bool:
    """Escalated, unanswered, and waiting longer than the board it waits at allows."""
    if p.waiting_board_id is None or p.status == "solved" or p.waiting_board_id not in boards:
        return False
    steps = [e for e in p.escalations if e.to_board_id == p.waiting_board_id]
    if not steps or steps[-1].answered_at is not None:
        return False
    limit = boards[p.waiting_board_id].escalation_limit_hours
    return escalation_over_limit(steps[-1].escalated_at, now, limit)


def problem_item(
    p: Problem,
    codes: dict[int, Board],
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> ProblemItem:
    return ProblemItem(
        id=p.id,
        board_id=p.board_id,
        board_code=codes[p.board_id].code if p.board_id in codes else "",
        title=p.title,
        description=p.description,
        category=p.category,
        status=p.status,
        owner=p.owner,
        due_date=p.due_date,
        waiting_board_id=p.waiting_board_id,
        escalations=tuple(
            EscalationItem(
                id=e.id,
                from_board_id=e.from_board_id,
                from_board_code=codes[e.from_board_id].code if e.from_board_id in codes else "",
                to_board_id=e.to_board_id,
                to_board_code=codes[e.to_board_id].code if e.to_board_id in codes else "",
                to_board_name=codes[e.to_board_id].name if e.to_board_id in codes else "",
                note=e.note,
                escalated_at=e.escalated_at,
                answer_kind=e.answer_kind,
                answer=e.answer,
                answered_at=e.answered_at,
            )
            for e in p.escalations
        ),
        created_at=p.created_at,
        solved_at=p.solved_at,
        archived=p.archived_at is not None,
        version=p.version,
        overdue=is_overdue(p.due_date, today or clock.current().today(), p.status == "solved"),
        waiting_over_limit=waits_over_limit(p, codes, now or utcnow()),
    )


def boards_by_id(s: Session) -> dict[int, Board]:
    return {b.id: b for b in s.scalars(select(Board))}


def boards_named_by(s: Session, problems: Iterable[Problem]) -> dict[int, Board]:
    """The boards these problems and their escalation steps name (not every board: a wall
    board refreshes often and an organisation has hundreds)."""
    ids = set()
    for p in problems:
        ids.add(p.board_id)
        ids.update(x for e in p.escalations for x in (e.from_board_id, e.to_board_id))
    if not ids:
        return {}
    return {b.id: b for b in s.scalars(select(Board).where(Board.id.in_(ids)))}


def clean_problem_fields(
    title: str | None,
    description: str | None,
    category: str | None,
    owner: str | None,
    due_date: object,
) -> dict[str, object]:
    return {
        "title": guard_text(title, "title", "Otsikko", required=True, max_length=200),
        "description": guard_optional_text(description, "description", "Kuvaus"),
        "category": check_enum(Sqdc, category, "category", "SQDC-luokka").value,
        "owner": guard_optional_text(owner, "owner", "Vastuuhenkilö", max_length=100),
        "due_date": parse_optional_date(due_date, "due_date", "Määräpäivä"),
    }


class ProblemService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _item(self, s: Session, problem: Problem) -> ProblemItem:
        return problem_item(problem, boards_named_by(s, [problem]))

    def create_problem(
        self,
        board_id: int,
        category: str,
        title: str,
        description: str | None = None,
        owner: str | None = None,
        due_date: object = None,
    ) -> ProblemItem:
        fields = clean_problem_fields(title, description, category, owner, due_date)

        def action(s: Session) -> ProblemItem:
            get_or_fail(s, Board, board_id, "Taulu")
            problem = Problem(board_id=board_id, status="open", **fields)
            s.add(problem)
            s.flush()
            record_change(
                s,
                "problem",
                problem.id,
                "create",
                board_id=board_id,
                details={"title": problem.title, "category": problem.category},
            )
            return self._item(s, problem)

        return self.db.write(action)

    def update_problem(
        self,
        problem_id: int,
        expected_version: int | None,
        *,
        title: str | None,
        category: str,
        description: str | None = None,
        owner: str | None = None,
        due_date: object = None,
        status: str | None = None,
    ) -> ProblemItem:
        fields = clean_problem_fields(title, description, category, owner, due_date)
        if status is not None:
            fields["status"] = check_enum(ProblemStatus, status, "status", "Tila").value

        def action(s: Session) -> ProblemItem:
            problem = get_or_fail(s, Problem, problem_id, "Ongelma")
            check_version(problem, expected_version, "problem", self._item(s, problem))
            if "status" in fields:
                solved = fields["status"] == ProblemStatus.SOLVED.value
                fields["solved_at"] = (problem.solved_at or utcnow()) if solved else None
            apply_changes(s, problem, "problem", fields, board_id=problem.board_id)
            return self._item(s, problem)

        return self.db.write(action)

    def set_status(self, problem_id: int, expected_version: int | None, status: str) -> ProblemItem:
        new_status = check_enum(ProblemStatus, status, "status", "Tila").value

        def action(s: Session) -> ProblemItem:
            problem = get_or_fail(s, Problem, problem_id, "Ongelma")
            check_version(problem, expected_version, "problem", self._item(s, problem))
            solved = new_status == ProblemStatus.SOLVED.value
            changes = {"status": new_status, "solved_at": utcnow() if solved else None}
            if solved:
                changes["waiting_board_id"] = None
            apply_changes(s, problem, "problem", changes, board_id=problem.board_id)
            return self._item(s, problem)

        return self.db.write(action)

    def escalate_problem(
        self, problem_id: int, expected_version: int | None, note: str | None = None
    ) -> ProblemItem:
        """Send the problem to the parent of the board it now waits at (or of its own board)."""
        clean_note = guard_optional_text(note, "note", "Saate")

        def action(s: Session) -> ProblemItem:
            problem = get_or_fail(s, Problem, problem_id, "Ongelma")
            check_version(problem, expected_version, "problem", self._item(s, problem))
            if problem.status == ProblemStatus.SOLVED.value:
                raise ValidationError(
                    translate("Validation", "Ratkaistua ongelmaa ei voi eskaloida."), "status"
                )
            at = get_or_fail(s, Board, problem.waiting_board_id or problem.board_id, "Taulu")
            if at.parent_id is None:
                raise ValidationError(
                    translate(
                        "Validation", "Taululla {board} ei ole ylempää taulua, jolle eskaloida."
                    ).format(board=at.name),
                    "escalate",
                )
            escalate_step(s, problem, at, clean_note)
            return self._item(s, problem)

        return self.db.write(action)

    def withdraw_escalation(self, problem_id: int, expected_version: int | None) -> ProblemItem:
        """Take back the latest escalation step, made a moment ago and not yet answered: the
        problem waits where it waited before (or nowhere). The step's row goes; the history
        keeps the escalation and records the withdrawal ("undo") on both boards."""

        def action(s: Session) -> ProblemItem:
            problem = get_or_fail(s, Problem, problem_id, "Ongelma")
            check_version(problem, expected_version, "problem", self._item(s, problem))
            step = problem.escalations[-1] if problem.escalations else None
            if step is None or step.answered_at is not None:
                raise ValidationError(
                    translate(
                        "Validation", "Eskalointia ei voi enää perua: siihen on jo vastattu."
                    ),
                    "escalate",
                )
            # It waits again where the step started: its own board means nowhere.
            back_to = None if step.from_board_id == problem.board_id else step.from_board_id
            problem.escalations.remove(step)
            problem.waiting_board_id = back_to
            s.flush()
            details = {
                "undoes": "escalate",
                "from_board_id": step.from_board_id,
                "to_board_id": step.to_board_id,
                "waiting_board_id": [step.to_board_id, back_to],
            }
            record_change(
                s, "problem", problem.id, "undo", board_id=problem.board_id, details=details
            )
            record_change(s, "problem", problem.id, "undo", board_id=step.to_board_id)
            return self._item(s, problem)

        return self.db.write(action)

    def answer_escalation(
        self,
        problem_id: int,
        expected_version: int | None,
        answer_kind: str,
        answer: str,
    ) -> ProblemItem:
        """The tier the problem waits at answers; FORWARDED sends it on up the tree."""
        kind = check_enum(AnswerKind, answer_kind, "answer_kind", "Vastauksen tyyppi")
        text = guard_text(answer, "answer", "Vastaus", required=True)

        def action(s: Session) -> ProblemItem:
            problem = get_or_fail(s, Problem, problem_id, "Ongelma")
            check_version(problem, expected_version, "problem", self._item(s, problem))
            open_steps = [e for e in problem.escalations if e.answered_at is None]
            if problem.waiting_board_id is None or not open_steps:
                raise ValidationError(
                    translate("Validation", "Ongelma ei odota vastausta millään tasolla."), "answer"
                )
            step = open_steps[-1]
            step.answer_kind, step.answer, step.answered_at = kind.value, text, utcnow()
            here = get_or_fail(s, Board, problem.waiting_board_id, "Taulu")
            if kind is AnswerKind.FORWARDED:
                if here.parent_id is None:
                    raise ValidationError(
                        translate("Validation", "Ylintä tasoa ylemmäs ei voi lähettää."),
                        "answer_kind",
                    )
                escalate_step(s, problem, here, text)
            else:
                problem.waiting_board_id = None
                s.flush()
            record_change(
                s,
                "problem",
                problem.id,
                "answer",
                board_id=problem.board_id,
                details={"tier": here.code, "kind": kind.value, "answer": text},
            )
            # The tier that answered shows the change too.
            record_change(s, "problem", problem.id, "answer", board_id=here.id)
            return self._item(s, problem)

        return self.db.write(action)

    def archive_problem(self, problem_id: int) -> None:
        def action(s: Session) -> None:
            problem = get_or_fail(s, Problem, problem_id, "Ongelma")
            archive(s, problem, "problem", board_id=problem.board_id)

        self.db.write(action)

    def restore_problem(self, problem_id: int) -> None:
        def action(s: Session) -> None:
            problem = get_or_fail(s, Problem, problem_id, "Ongelma")
            restore(s, problem, "problem", board_id=problem.board_id)

        self.db.write(action)

    def get(self, problem_id: int) -> ProblemItem:
        with self.db.read() as s:
            return self._item(s, get_or_fail(s, Problem, problem_id, "Ongelma"))

    def list_problems(
        self, board_id: int, *, open_only: bool = True, include_archived: bool = False
    ) -> list[ProblemItem]:
        with self.db.read() as s:
            return board_problems(
                s,
                board_id,
                self.db.clock.today(),
                open_only=open_only,
                include_archived=include_archived,
            )

    def escalated_to(self, board_id: int) -> list[ProblemItem]:
        with self.db.read() as s:
            return problems_waiting_at(s, board_id, self.db.clock.today())


def escalate_step(s: Session, problem: Problem, at: Board, note: str | None) -> None:
    assert at.parent_id is not None
    problem.escalations.append(Escalation(from_board_id=at.id, to_board_id=at.parent_id, note=note))
    problem.waiting_board_id = at.parent_id
    s.flush()
    details = {"from": at.code, "to_board_id": at.parent_id}
    record_change(s, "problem", problem.id, "escalate", board_id=problem.board_id, details=details)
    record_change(s, "problem", problem.id, "escalate", board_id=at.parent_id, details=details)


def board_problems(
    s: Session,
    board_id: int,
    today: dt.date,
    *,
    open_only: bool = True,
    include_archived: bool = False,
    now: dt.datetime | None = None,
) -> list[ProblemItem]:
    query = (
        select(Problem)
        .where(Problem.board_id == board_id)
        .options(selectinload(Problem.escalations))
        .order_by(Problem.created_at, Problem.id)
    )
    if open_only:
        query = query.where(Problem.status != "solved")
    if not include_archived:
        query = query.where(Problem.archived_at.is_(None))
    problems = list(s.scalars(query))
    boards = boards_named_by(s, problems)
    return [problem_item(p, boards, today, now) for p in problems]


def problems_waiting_at(s: Session, board_id: int, today: dt.date) -> list[ProblemItem]:
    query = (
        select(Problem)
        .where(Problem.waiting_board_id == board_id, Problem.archived_at.is_(None))
        .options(selectinload(Problem.escalations))
        .order_by(Problem.created_at, Problem.id)
    )
    problems = list(s.scalars(query))
    boards = boards_named_by(s, problems)
    return [problem_item(p, boards, today) for p in problems]
