"""The huddle log: held when, how long, how many attended."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from leanboard.domain.validation import guard_optional_text, parse_int_in_range
from leanboard.services.dto import HuddleItem
from leanboard.services.editing import get_or_fail
from leanboard.store.database import Database
from leanboard.store.models import Board, Huddle
from leanboard.store.write_path import record_change


def huddle_item(h: Huddle) -> HuddleItem:
    return HuddleItem(h.id, h.board_id, h.day, h.held_at, h.attendance, h.duration_minutes, h.note)


class HuddleService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def log_huddle(
        self,
        board_id: int,
        attendance: object,
        duration_minutes: object = None,
        day: dt.date | None = None,
        note: str | None = None,
    ) -> HuddleItem:
        people = parse_int_in_range(attendance, "attendance", "Osallistujat", 1, 500)
        minutes = (
            None
            if duration_minutes in (None, "")
            else parse_int_in_range(duration_minutes, "duration", "Kesto (min)", 1, 240)
        )
        clean_note = guard_optional_text(note, "note", "Muistiinpano")

        def action(s: Session) -> HuddleItem:
            get_or_fail(s, Board, board_id, "Taulu")
            huddle = Huddle(
                board_id=board_id,
                day=day or self.db.clock.today(),
                attendance=people,
                duration_minutes=minutes,
                note=clean_note,
            )
            s.add(huddle)
            s.flush()
            record_change(
                s,
                "huddle",
                huddle.id,
                "create",
                board_id=board_id,
                details={"attendance": people, "minutes": minutes},
            )
            return huddle_item(huddle)

        return self.db.write(action)

    def huddles(self, board_id: int, start: dt.date, end: dt.date) -> list[HuddleItem]:
        with self.db.read() as s:
            return board_huddles(s, board_id, start, end)


def board_huddles(s: Session, board_id: int, start: dt.date, end: dt.date) -> list[HuddleItem]:
    rows = s.scalars(
        select(Huddle)
        .where(Huddle.board_id == board_id, Huddle.day >= start, Huddle.day <= end)
        .order_by(Huddle.held_at)
    )
    return [huddle_item(h) for h in rows]
