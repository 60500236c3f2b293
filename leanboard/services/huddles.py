"""The huddle log: held when, how long, how many attended — one entry per board and day.

A second "held" on the same day edits that day's entry (attendance, duration) instead of
adding one: the roll-up counts huddles, and a team holds one a day. The database enforces it
too (unique board + day, migration 0007). A log can be undone for a moment on the wall: the
entry goes back to what it was (or away, if the log made it), and the undo is a history row
of its own — the history is never rewritten.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from leanboard.domain.errors import ValidationError
from leanboard.domain.validation import guard_optional_text, parse_int_in_range
from leanboard.i18n import translate
from leanboard.services.dto import HuddleItem, HuddleLog
from leanboard.services.editing import get_or_fail
from leanboard.store.database import Database
from leanboard.store.models import Board, Huddle
from leanboard.store.write_path import record_change


def huddle_item(h: Huddle) -> HuddleItem:
    return HuddleItem(h.id, h.board_id, h.day, h.held_at, h.attendance, h.duration_minutes, h.note)


def _changed_elsewhere() -> ValidationError:
    return ValidationError(
        translate(
            "Validation",
            "Palaverin kirjausta ei kumottu: sitä on muutettu sillä välin toisella näytöllä.",
        ),
        "huddle",
    )


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
    ) -> HuddleLog:
        """Log the day's huddle; if the day has one already, set its attendance and duration
        (and the note, when one is given)."""
        people = parse_int_in_range(attendance, "attendance", "Osallistujat", 1, 500)
        minutes = (
            None
            if duration_minutes in (None, "")
            else parse_int_in_range(duration_minutes, "duration", "Kesto (min)", 1, 240)
        )
        clean_note = guard_optional_text(note, "note", "Muistiinpano")
        held_day = day or self.db.clock.today()

        def action(s: Session) -> HuddleLog:
            get_or_fail(s, Board, board_id, "Taulu")
            huddle = s.scalar(
                select(Huddle).where(Huddle.board_id == board_id, Huddle.day == held_day)
            )
            if huddle is None:
                huddle = Huddle(
                    board_id=board_id,
                    day=held_day,
                    attendance=people,
                    duration_minutes=minutes,
                    note=clean_note,
                )
                s.add(huddle)
                s.flush()
                details = {"attendance": people, "minutes": minutes}
                record_change(s, "huddle", huddle.id, "create", board_id=board_id, details=details)
                return HuddleLog(huddle_item(huddle), None)
            before = huddle_item(huddle)
            diff: dict[str, list[object]] = {}
            if huddle.attendance != people:
                diff["attendance"] = [huddle.attendance, people]
                huddle.attendance = people
            if huddle.duration_minutes != minutes:
                diff["minutes"] = [huddle.duration_minutes, minutes]
                huddle.duration_minutes = minutes
            if clean_note is not None and huddle.note != clean_note:
                diff["note"] = [huddle.note, clean_note]
                huddle.note = clean_note
            if diff:
                s.flush()
                record_change(s, "huddle", huddle.id, "update", board_id=board_id, details=diff)
            return HuddleLog(huddle_item(huddle), before)

        return self.db.write(action)

    def undo_log(self, logged: HuddleLog) -> HuddleItem | None:
        """Reverse one log: remove the entry it made, or put back the values it replaced.
        Refused when the entry has changed since (another screen logged it meanwhile).
        Returns the day's entry as it is now (None: there is none)."""
        now = logged.huddle

        def action(s: Session) -> HuddleItem | None:
            huddle = s.get(Huddle, now.id)
            if huddle is None or (huddle.attendance, huddle.duration_minutes, huddle.note) != (
                now.attendance,
                now.duration_minutes,
                now.note,
            ):
                raise _changed_elsewhere()
            before = logged.before
            if before is None:
                s.delete(huddle)
                s.flush()
                details: dict[str, object] = {
                    "undoes": "create",
                    "attendance": [now.attendance, None],
                    "minutes": [now.duration_minutes, None],
                }
                record_change(s, "huddle", now.id, "undo", board_id=now.board_id, details=details)
                return None
            huddle.attendance = before.attendance
            huddle.duration_minutes = before.duration_minutes
            huddle.note = before.note
            s.flush()
            details = {"undoes": "update"}
            if now.attendance != before.attendance:
                details["attendance"] = [now.attendance, before.attendance]
            if now.duration_minutes != before.duration_minutes:
                details["minutes"] = [now.duration_minutes, before.duration_minutes]
            if now.note != before.note:
                details["note"] = [now.note, before.note]
            record_change(s, "huddle", now.id, "undo", board_id=now.board_id, details=details)
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
