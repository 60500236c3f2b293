"""A3 reports: start one (from scratch, an SQDC problem or an idea), write and follow it.

An A3 is one versioned document: its sections and its implementation plan are saved together
in one transaction (`update_a3`), so a second screen's save of any part is a conflict shown to
the user, never a silent overwrite. Every free-text field, including each five-whys line, each
fishbone cause and each plan row, passes through `guard_text`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from leanboard.domain import clock
from leanboard.domain.enums import A3Phase, ActionStatus
from leanboard.domain.errors import ValidationError
from leanboard.domain.field_labels import field_label
from leanboard.domain.validation import (
    check_enum,
    guard_optional_text,
    guard_text,
    parse_optional_date,
)
from leanboard.i18n import QT_TRANSLATE_NOOP, translate
from leanboard.services.dto import (
    A3ActionDraft,
    A3ActionItem,
    A3Detail,
    A3Item,
    A3Row,
    MeasureSeries,
)
from leanboard.services.editing import apply_changes, check_version, get_or_fail, is_overdue, plain
from leanboard.services.measures import board_series
from leanboard.store.database import Database
from leanboard.store.models import A3Action, A3Report, Board, Idea, Measure, Problem, utcnow
from leanboard.store.write_path import record_change

# The usual six categories of an Ishikawa (fishbone) diagram in Finnish health care ("6 M").
# Stored in Finnish (they are the keys of the stored fishbone); shown through
# translate("Fishbone", name), so a team's own category is shown as typed.
FISHBONE_CATEGORIES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Fishbone", "Ihmiset"),
    QT_TRANSLATE_NOOP("Fishbone", "Menetelmät"),
    QT_TRANSLATE_NOOP("Fishbone", "Laitteet"),
    QT_TRANSLATE_NOOP("Fishbone", "Ympäristö"),
    QT_TRANSLATE_NOOP("Fishbone", "Materiaalit"),
    QT_TRANSLATE_NOOP("Fishbone", "Johtaminen"),
)
FIVE_WHYS = 5
# The text sections of the sheet, left to right, with the label their messages use.
SECTION_LABELS: dict[str, str] = {
    "background": QT_TRANSLATE_NOOP("Fields", "Tausta"),
    "current_condition": QT_TRANSLATE_NOOP("Fields", "Nykytila"),
    "target_condition": QT_TRANSLATE_NOOP("Fields", "Tavoitetila"),
    "root_cause": QT_TRANSLATE_NOOP("Fields", "Juurisyyanalyysi"),
    "countermeasures": QT_TRANSLATE_NOOP("Fields", "Vastatoimenpiteet"),
    "follow_up": QT_TRANSLATE_NOOP("Fields", "Seuranta ja tulokset"),
}
RUN_CHART_POINTS = 26


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


def action_item(a: A3Action, today: dt.date) -> A3ActionItem:
    return A3ActionItem(
        id=a.id,
        a3_id=a.a3_id,
        position=a.position,
        action=a.action,
        owner=a.owner,
        due_date=a.due_date,
        status=a.status,
        version=a.version,
        overdue=is_overdue(a.due_date, today, a.status == ActionStatus.DONE.value),
    )


def effect_series(s: Session, board_id: int, measure_id: int | None) -> MeasureSeries | None:
    if measure_id is None:
        return None
    for series in board_series(s, board_id, RUN_CHART_POINTS, None):
        if series.measure.id == measure_id:
            return series
    return None


def a3_detail(s: Session, r: A3Report, today: dt.date) -> A3Detail:
    board = get_or_fail(s, Board, r.board_id, "Taulu")
    problem = s.get(Problem, r.problem_id) if r.problem_id is not None else None
    idea = s.get(Idea, r.idea_id) if r.idea_id is not None else None
    fishbone = {k: tuple(v) for k, v in (r.fishbone or {}).items()}
    return A3Detail(
        id=r.id,
        board_id=r.board_id,
        board_code=board.code,
        board_name=board.name,
        title=r.title,
        owner=r.owner,
        phase=r.phase,
        background=r.background,
        current_condition=r.current_condition,
        target_condition=r.target_condition,
        root_cause=r.root_cause,
        five_whys=tuple(r.five_whys or ()),
        fishbone=fishbone,
        countermeasures=r.countermeasures,
        follow_up=r.follow_up,
        effect_measure_id=r.effect_measure_id,
        effect=effect_series(s, r.board_id, r.effect_measure_id),
        problem_id=r.problem_id,
        problem_title=problem.title if problem is not None else None,
        idea_id=r.idea_id,
        idea_title=idea.title if idea is not None else None,
        started_on=r.started_on,
        created_at=r.created_at,
        updated_at=r.updated_at,
        archived=r.archived_at is not None,
        version=r.version,
        actions=tuple(
            action_item(a, today) for a in sorted(r.actions, key=lambda a: (a.position, a.id))
        ),
    )


def clean_five_whys(lines: Sequence[str | None]) -> list[str]:
    """Each "Miksi?" line guarded on its own, so the message names the line that is wrong.

    Empty lines in between are kept as "" (a why not answered yet keeps its number)."""
    if len(lines) > FIVE_WHYS:
        raise ValidationError(
            translate("Validation", "5 x miksi: enintään {count} riviä.").format(count=FIVE_WHYS),
            "five_whys",
        )
    why_label = translate("Fields", "Miksi? {n}")
    cleaned = [
        guard_text(line, f"five_whys.{n}", why_label.format(n=n + 1), max_length=1000)
        for n, line in enumerate(lines)
    ]
    while cleaned and not cleaned[-1]:
        cleaned.pop()
    return cleaned


def clean_fishbone(bones: Mapping[str, Sequence[str | None]]) -> dict[str, list[str]]:
    cleaned: dict[str, list[str]] = {}
    for category, causes in bones.items():
        name = guard_text(category, "fishbone", "Kalanruodon luokka", required=True, max_length=60)
        bone_label = translate("Fields", "Kalanruoto, {name}")
        items = [
            guard_text(c, f"fishbone.{name}", bone_label.format(name=name), max_length=500)
            for c in causes
        ]
        items = [c for c in items if c]
        if items:
            cleaned[name] = items
    return cleaned


def clean_action(draft: A3ActionDraft, n: int | None = None) -> dict[str, Any]:
    where = f"actions.{n}" if n is not None else "actions"
    row = translate("Fields", " (rivi {row})").format(row=n + 1) if n is not None else ""

    def label(name: str) -> str:  # translated here: "Toimenpide (rivi 2)" is not in Fields
        return field_label(name) + row

    return {
        "action": guard_text(
            draft.action, f"{where}.action", label("Toimenpide"), required=True, max_length=2000
        ),
        "owner": guard_optional_text(
            draft.owner, f"{where}.owner", label("Vastuuhenkilö"), max_length=100
        ),
        "due_date": parse_optional_date(draft.due_date, f"{where}.due_date", label("Määräpäivä")),
        "status": check_enum(ActionStatus, draft.status, f"{where}.status", label("Tila")).value,
    }


def clean_sections(sections: Mapping[str, Any]) -> dict[str, Any]:
    """Every field of the sheet the caller gives, cleaned; unknown names are a programming error."""
    clean: dict[str, Any] = {}
    for name, value in sections.items():
        if name == "title":
            clean[name] = guard_text(value, "title", "Otsikko", required=True, max_length=200)
        elif name == "owner":
            clean[name] = guard_optional_text(value, "owner", "Omistaja", max_length=100)
        elif name in SECTION_LABELS:
            clean[name] = guard_optional_text(value, name, SECTION_LABELS[name])
        elif name == "five_whys":
            clean[name] = clean_five_whys(list(value or ()))
        elif name == "fishbone":
            clean[name] = clean_fishbone(dict(value or {}))
        elif name == "phase":
            clean[name] = check_enum(A3Phase, value, "phase", "Vaihe").value
        elif name == "started_on":
            started = parse_optional_date(value, "started_on", "Aloituspäivä")
            if started is None:
                raise ValidationError(
                    translate("Validation", "{label}: kenttä on pakollinen.").format(
                        label=field_label("Aloituspäivä")
                    ),
                    "started_on",
                )
            clean[name] = started
        elif name == "effect_measure_id":
            clean[name] = None if value is None else int(value)
        else:
            raise TypeError(f"update_a3: unknown field {name!r}")
    return clean


def touch(report: A3Report) -> None:
    """A change to the plan alone still makes a new version of the A3 (one document)."""
    report.updated_at = utcnow()


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
                started_on=started_on or self.db.clock.today(),
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
            return a3_item(report, self.db.clock.today())

        return self.db.write(action)

    def start_a3(
        self,
        board_id: int,
        *,
        actions: Sequence[A3ActionDraft] = (),
        **sections: Any,
    ) -> A3Detail:
        """A new A3 written in the editor before its first save: the sheet and its plan are
        stored in one transaction, so a failure leaves no half-made A3 behind."""
        clean = clean_sections(sections)
        if not clean.get("title"):
            raise ValidationError(
                translate("Validation", "{label}: kenttä on pakollinen.").format(
                    label=field_label("Otsikko")
                ),
                "title",
            )
        plan = [clean_action(d, n) for n, d in enumerate(actions)]
        today = self.db.clock.today()

        def action(s: Session) -> A3Detail:
            get_or_fail(s, Board, board_id, "Taulu")
            if clean.get("effect_measure_id") is not None:
                get_or_fail(s, Measure, clean["effect_measure_id"], "Mittari")
            report = new_report(s, board_id, clean["title"], clean.get("owner"))
            for name, value in clean.items():
                setattr(report, name, value)
            new_rows = [replace(d, id=None, version=None) for d in actions]
            sync_plan(s, report, list(zip(new_rows, plan, strict=True)))
            s.flush()
            return a3_detail(s, report, today)

        return self.db.write(action)

    def set_phase(self, a3_id: int, expected_version: int | None, phase: str) -> A3Item:
        new_phase = check_enum(A3Phase, phase, "phase", "Vaihe").value

        def action(s: Session) -> A3Item:
            report = get_or_fail(s, A3Report, a3_id, "A3")
            check_version(
                report, expected_version, "a3_report", a3_item(report, self.db.clock.today())
            )
            apply_changes(s, report, "a3_report", {"phase": new_phase}, board_id=report.board_id)
            return a3_item(report, self.db.clock.today())

        return self.db.write(action)

    def list_a3(self, board_id: int, *, active_only: bool = True) -> list[A3Item]:
        with self.db.read() as s:
            return board_a3s(s, board_id, self.db.clock.today(), active_only=active_only)

    # --- the whole sheet ---------------------------------------------------------------------

    def get(self, a3_id: int) -> A3Detail:
        with self.db.read() as s:
            return a3_detail(s, get_or_fail(s, A3Report, a3_id, "A3"), self.db.clock.today())

    def update_a3(
        self,
        a3_id: int,
        expected_version: int | None,
        *,
        actions: Sequence[A3ActionDraft] | None = None,
        **sections: Any,
    ) -> A3Detail:
        """Save the sections given (and, when `actions` is given, the whole plan) at once.

        `actions` is the plan as the editor shows it: rows with an id are updated, rows without
        one added, and rows no longer present removed from the plan (their text stays in the
        history). A stale `expected_version` raises ConflictError carrying the stored version;
        nothing is written, so the caller still holds the user's text.
        """
        clean = clean_sections(sections)
        plan = None if actions is None else [clean_action(d, n) for n, d in enumerate(actions)]
        today = self.db.clock.today()

        def action(s: Session) -> A3Detail:
            report = get_or_fail(s, A3Report, a3_id, "A3")
            check_version(report, expected_version, "a3_report", a3_detail(s, report, today))
            if clean.get("effect_measure_id") is not None:
                get_or_fail(s, Measure, clean["effect_measure_id"], "Mittari")
            diff = apply_changes(s, report, "a3_report", clean, board_id=report.board_id)
            if plan is not None and actions is not None:
                plan_changed = sync_plan(s, report, list(zip(actions, plan, strict=True)))
                if plan_changed and not diff:
                    touch(report)
                    s.flush()
            return a3_detail(s, report, today)

        return self.db.write(action)

    def link_effect_measure(
        self, a3_id: int, expected_version: int | None, measure_id: int | None
    ) -> A3Detail:
        return self.update_a3(a3_id, expected_version, effect_measure_id=measure_id)

    # --- the implementation plan one row at a time -------------------------------------------

    def add_action(self, a3_id: int, draft: A3ActionDraft) -> A3ActionItem:
        fields = clean_action(draft)

        def action(s: Session) -> A3ActionItem:
            report = get_or_fail(s, A3Report, a3_id, "A3")
            position = max((a.position for a in report.actions), default=-1) + 1
            row = A3Action(position=position, **fields)
            report.actions.append(row)
            touch(report)
            s.flush()
            record_change(
                s, "a3_action", row.id, "create", board_id=report.board_id,
                details={"a3_id": report.id, **{k: plain(v) for k, v in fields.items()}},
            )  # fmt: skip
            return action_item(row, self.db.clock.today())

        return self.db.write(action)

    def update_action(
        self, action_id: int, expected_version: int | None, draft: A3ActionDraft
    ) -> A3ActionItem:
        fields = clean_action(draft)

        def action(s: Session) -> A3ActionItem:
            row = get_or_fail(s, A3Action, action_id, "Toimenpide")
            check_version(
                row, expected_version, "a3_action", action_item(row, self.db.clock.today())
            )
            if apply_changes(s, row, "a3_action", fields, board_id=row.report.board_id):
                touch(row.report)
                s.flush()
            return action_item(row, self.db.clock.today())

        return self.db.write(action)

    def remove_action(self, action_id: int, expected_version: int | None) -> None:
        """Take a row off the plan. The plan table has no archive column, so the row's whole
        content goes into the change history, where a leader can still read and restore it."""

        def action(s: Session) -> None:
            row = get_or_fail(s, A3Action, action_id, "Toimenpide")
            check_version(
                row, expected_version, "a3_action", action_item(row, self.db.clock.today())
            )
            remove_row(s, row.report, row)

        self.db.write(action)

    # --- starting from the board, and the links back -----------------------------------------

    def start_from_problem(self, problem_id: int, owner: str | None = None) -> A3Detail:
        """An SQDC problem the team could not fix in a day becomes an A3 on the same board."""
        clean_owner = guard_optional_text(owner, "owner", "Omistaja", max_length=100)

        def action(s: Session) -> A3Detail:
            problem = get_or_fail(s, Problem, problem_id, "Ongelma")
            existing = s.scalar(select(A3Report).where(A3Report.problem_id == problem_id))
            if existing is not None:
                raise ValidationError(
                    translate(
                        "Validation", "Ongelmasta on jo A3-raportti: {title} (A3 {id})."
                    ).format(title=existing.title, id=existing.id),
                    "problem_id",
                )
            report = new_report(
                s,
                problem.board_id,
                problem.title,
                clean_owner or problem.owner,
                background=problem.description,
                problem_id=problem.id,
            )
            return a3_detail(s, report, self.db.clock.today())

        return self.db.write(action)

    def start_from_idea(self, idea_id: int, owner: str | None = None) -> A3Detail:
        clean_owner = guard_optional_text(owner, "owner", "Omistaja", max_length=100)

        def action(s: Session) -> A3Detail:
            idea = get_or_fail(s, Idea, idea_id, "Kehitysidea")
            existing = s.scalar(select(A3Report).where(A3Report.idea_id == idea_id))
            if existing is not None:
                raise ValidationError(
                    translate("Validation", "Ideasta on jo A3-raportti: {title} (A3 {id}).").format(
                        title=existing.title, id=existing.id
                    ),
                    "idea_id",
                )
            report = new_report(
                s,
                idea.board_id,
                idea.title,
                clean_owner or idea.owner,
                background=idea.description,
                idea_id=idea.id,
            )
            return a3_detail(s, report, self.db.clock.today())

        return self.db.write(action)

    def for_problem(self, problem_id: int) -> A3Row | None:
        """The A3 a problem led to, for the problem's card ("A3: …")."""
        with self.db.read() as s:
            report = s.scalar(
                select(A3Report)
                .where(A3Report.problem_id == problem_id, A3Report.archived_at.is_(None))
                .options(selectinload(A3Report.actions))
            )
            return None if report is None else a3_row(s, report, self.db.clock.today())

    def for_idea(self, idea_id: int) -> A3Row | None:
        with self.db.read() as s:
            report = s.scalar(
                select(A3Report)
                .where(A3Report.idea_id == idea_id, A3Report.archived_at.is_(None))
                .options(selectinload(A3Report.actions))
            )
            return None if report is None else a3_row(s, report, self.db.clock.today())

    # --- lists --------------------------------------------------------------------------------

    def rows(
        self,
        board_id: int | None = None,
        *,
        include_done: bool = True,
        today: dt.date | None = None,
    ) -> list[A3Row]:
        """A3s of one board, or of the whole organisation when `board_id` is None."""
        day = today or self.db.clock.today()
        with self.db.read() as s:
            query = (
                select(A3Report)
                .where(A3Report.archived_at.is_(None))
                .options(selectinload(A3Report.actions))
                .order_by(A3Report.started_on.desc(), A3Report.id.desc())
            )
            if board_id is not None:
                query = query.where(A3Report.board_id == board_id)
            if not include_done:
                query = query.where(A3Report.phase != A3Phase.DONE.value)
            boards = {b.id: b for b in s.scalars(select(Board))}
            return [a3_row(s, r, day, boards) for r in s.scalars(query)]


def new_report(
    s: Session,
    board_id: int,
    title: str,
    owner: str | None,
    *,
    background: str | None = None,
    problem_id: int | None = None,
    idea_id: int | None = None,
) -> A3Report:
    report = A3Report(
        board_id=board_id,
        title=title[:200],
        owner=owner,
        background=background,
        problem_id=problem_id,
        idea_id=idea_id,
        phase=A3Phase.PLAN.value,
        started_on=clock.current().today(),
        five_whys=[],
        fishbone={},
    )
    s.add(report)
    s.flush()
    details: dict[str, Any] = {"title": report.title}
    if problem_id is not None:
        details["problem_id"] = problem_id
    if idea_id is not None:
        details["idea_id"] = idea_id
    record_change(s, "a3_report", report.id, "create", board_id=board_id, details=details)
    # The problem's or idea's own history tells that it led to this A3 (linked both ways).
    if problem_id is not None:
        record_change(
            s, "problem", problem_id, "a3", board_id=board_id, details={"a3_id": report.id}
        )
    if idea_id is not None:
        record_change(s, "idea", idea_id, "a3", board_id=board_id, details={"a3_id": report.id})
    return report


def remove_row(s: Session, report: A3Report, row: A3Action) -> None:
    row_id = row.id
    details = {
        "a3_id": report.id,
        "action": row.action,
        "owner": row.owner,
        "due_date": plain(row.due_date),
        "status": row.status,
    }
    report.actions.remove(row)
    touch(report)
    s.flush()
    record_change(s, "a3_action", row_id, "remove", board_id=report.board_id, details=details)


def sync_plan(
    s: Session, report: A3Report, rows: list[tuple[A3ActionDraft, dict[str, Any]]]
) -> bool:
    """Make the stored plan equal the editor's rows; True when anything changed."""
    existing = {a.id: a for a in report.actions}
    kept = {d.id for d, _ in rows if d.id is not None}
    changed = False
    for row_id, row in list(existing.items()):
        if row_id not in kept:
            remove_row(s, report, row)
            changed = True
    for position, (draft, fields) in enumerate(rows):
        fields = {**fields, "position": position}
        if draft.id is None:
            row = A3Action(**fields)
            report.actions.append(row)
            s.flush()
            record_change(
                s, "a3_action", row.id, "create", board_id=report.board_id,
                details={"a3_id": report.id, **{k: plain(v) for k, v in fields.items()}},
            )  # fmt: skip
            changed = True
            continue
        stored = existing.get(draft.id)
        if stored is None:
            # Someone else removed this row meanwhile: their removal and our text both matter.
            raise ValidationError(
                translate(
                    "Validation", "Toimenpide ”{action}” on poistettu toisella näytöllä."
                ).format(action=fields["action"][:60]),
                "actions",
            )
        check_version(
            stored, draft.version, "a3_action", action_item(stored, clock.current().today())
        )
        if apply_changes(s, stored, "a3_action", fields, board_id=report.board_id):
            changed = True
    return changed


def a3_row(
    s: Session, r: A3Report, today: dt.date, boards: Mapping[int, Board] | None = None
) -> A3Row:
    board = boards[r.board_id] if boards is not None else get_or_fail(s, Board, r.board_id, "Taulu")
    item = a3_item(r, today)
    return A3Row(
        id=r.id,
        board_id=r.board_id,
        board_code=board.code,
        board_name=board.name,
        title=r.title,
        owner=r.owner,
        phase=r.phase,
        started_on=r.started_on,
        age_days=max(0, (today - r.started_on).days),
        open_actions=item.open_actions,
        overdue_actions=item.overdue_actions,
        version=r.version,
    )


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
