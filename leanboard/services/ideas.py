"""Improvement ideas moving through PDCA ("parannetaan päivittäin pieniä asioita")."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from leanboard.domain import clock
from leanboard.domain.enums import Origin, PdcaState, Sqdc
from leanboard.domain.rules import idea_is_stale
from leanboard.domain.validation import (
    check_enum,
    guard_optional_text,
    guard_text,
    parse_optional_date,
)
from leanboard.services.dto import IdeaItem
from leanboard.services.editing import (
    apply_changes,
    archive,
    check_version,
    get_or_fail,
    is_overdue,
    restore,
)
from leanboard.store.database import Database
from leanboard.store.models import Board, Idea, utcnow
from leanboard.store.write_path import record_change


def idea_item(idea: Idea, today: dt.date | None = None) -> IdeaItem:
    return IdeaItem(
        id=idea.id,
        board_id=idea.board_id,
        title=idea.title,
        description=idea.description,
        state=idea.state,
        category=idea.category,
        owner=idea.owner,
        due_date=idea.due_date,
        origin=idea.origin,
        created_at=idea.created_at,
        state_changed_at=idea.state_changed_at,
        done_at=idea.done_at,
        archived=idea.archived_at is not None,
        version=idea.version,
        overdue=is_overdue(idea.due_date, today or clock.current().today(), idea.state == "done"),
    )


def clean_idea_fields(
    title: str | None,
    description: str | None,
    category: str | None,
    owner: str | None,
    due_date: object,
) -> dict[str, object]:
    return {
        "title": guard_text(title, "title", "Otsikko", required=True, max_length=200),
        "description": guard_optional_text(description, "description", "Kuvaus"),
        "category": check_enum(Sqdc, category, "category", "SQDC-luokka").value
        if category
        else None,
        "owner": guard_optional_text(owner, "owner", "Vastuuhenkilö", max_length=100),
        "due_date": parse_optional_date(due_date, "due_date", "Määräpäivä"),
    }


class IdeaService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create_idea(
        self,
        board_id: int,
        title: str,
        description: str | None = None,
        category: str | None = None,
        owner: str | None = None,
        due_date: object = None,
        origin: str = Origin.BOARD.value,
    ) -> IdeaItem:
        fields = clean_idea_fields(title, description, category, owner, due_date)
        origin_value = check_enum(Origin, origin, "origin", "Alkuperä").value

        def action(s: Session) -> IdeaItem:
            get_or_fail(s, Board, board_id, "Taulu")
            idea = Idea(board_id=board_id, origin=origin_value, state="new", **fields)
            s.add(idea)
            s.flush()
            record_change(
                s,
                "idea",
                idea.id,
                "create",
                board_id=board_id,
                details={"title": idea.title, "origin": origin_value},
            )
            return idea_item(idea)

        return self.db.write(action)

    def update_idea(
        self,
        idea_id: int,
        expected_version: int | None,
        *,
        title: str | None,
        description: str | None = None,
        category: str | None = None,
        owner: str | None = None,
        due_date: object = None,
    ) -> IdeaItem:
        fields = clean_idea_fields(title, description, category, owner, due_date)

        def action(s: Session) -> IdeaItem:
            idea = get_or_fail(s, Idea, idea_id, "Kehitysidea")
            check_version(idea, expected_version, "idea", idea_item(idea))
            apply_changes(s, idea, "idea", fields, board_id=idea.board_id)
            return idea_item(idea)

        return self.db.write(action)

    def move_idea(
        self, idea_id: int, expected_version: int | None, to_state: str | None = None
    ) -> IdeaItem:
        """Move an idea to `to_state`, or one step on in PDCA when none is given."""

        def action(s: Session) -> IdeaItem:
            idea = get_or_fail(s, Idea, idea_id, "Kehitysidea")
            check_version(idea, expected_version, "idea", idea_item(idea))
            current = PdcaState(idea.state)
            target = (
                check_enum(PdcaState, to_state, "state", "Tila") if to_state else current.next()
            )
            now = utcnow()
            changes: dict[str, object] = {"state": target.value, "state_changed_at": now}
            changes["done_at"] = now if target is PdcaState.DONE else None
            apply_changes(s, idea, "idea", changes, board_id=idea.board_id, action="move")
            return idea_item(idea)

        return self.db.write(action)

    def undo_move(self, before: IdeaItem, moved_version: int) -> IdeaItem:
        """Reverse a move made a moment ago: state, its time and the done time exactly as
        they were. Refused (ConflictError) if the idea changed since the move. The reversal
        is a history row of its own ("undo"), after the move's."""

        def action(s: Session) -> IdeaItem:
            idea = get_or_fail(s, Idea, before.id, "Kehitysidea")
            check_version(idea, moved_version, "idea", idea_item(idea))
            changes: dict[str, object] = {
                "state": before.state,
                "state_changed_at": before.state_changed_at,
                "done_at": before.done_at,
            }
            apply_changes(s, idea, "idea", changes, board_id=idea.board_id, action="undo")
            return idea_item(idea)

        return self.db.write(action)

    def archive_idea(self, idea_id: int) -> None:
        def action(s: Session) -> None:
            idea = get_or_fail(s, Idea, idea_id, "Kehitysidea")
            archive(s, idea, "idea", board_id=idea.board_id)

        self.db.write(action)

    def restore_idea(self, idea_id: int) -> None:
        def action(s: Session) -> None:
            idea = get_or_fail(s, Idea, idea_id, "Kehitysidea")
            restore(s, idea, "idea", board_id=idea.board_id)

        self.db.write(action)

    def get(self, idea_id: int) -> IdeaItem:
        with self.db.read() as s:
            return idea_item(get_or_fail(s, Idea, idea_id, "Kehitysidea"))

    def list_ideas(
        self,
        board_id: int,
        *,
        include_archived: bool = False,
        done_since: dt.datetime | None = None,
        today: dt.date | None = None,
    ) -> list[IdeaItem]:
        with self.db.read() as s:
            return board_ideas(
                s,
                board_id,
                today or self.db.clock.today(),
                include_archived=include_archived,
                done_since=done_since,
            )


def board_ideas(
    s: Session,
    board_id: int,
    today: dt.date,
    *,
    include_archived: bool = False,
    done_since: dt.datetime | None = None,
) -> list[IdeaItem]:
    """A board's ideas, oldest first. Done ideas only from `done_since` on, when given.

    An idea is stale when it has not moved for the board's stale_idea_days by the end of
    `today` (stored times are UTC; a day's difference at midnight does not matter here).
    """
    query = select(Idea).where(Idea.board_id == board_id).order_by(Idea.created_at, Idea.id)
    if not include_archived:
        query = query.where(Idea.archived_at.is_(None))
    if done_since is not None:
        query = query.where((Idea.state != "done") | (Idea.done_at >= done_since))
    days = s.scalar(select(Board.stale_idea_days).where(Board.id == board_id)) or 30
    end_of_day = dt.datetime.combine(today, dt.time(23, 59))
    return [
        replace(
            idea_item(i, today),
            stale=i.archived_at is None
            and idea_is_stale(i.state, i.state_changed_at, end_of_day, days),
        )
        for i in s.scalars(query)
    ]
