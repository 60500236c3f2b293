"""Safety events per board and day, and the month's safety cross."""

from __future__ import annotations

import calendar
import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from leanboard.domain.enums import Severity
from leanboard.domain.errors import ValidationError
from leanboard.domain.presentation import safety_kind_name
from leanboard.domain.rules import safety_day_status
from leanboard.domain.validation import check_enum, guard_optional_text, guard_text, parse_date
from leanboard.i18n import translate
from leanboard.services.dto import SafetyCross, SafetyDay, SafetyEventItem, SafetyKindInfo
from leanboard.services.editing import (
    apply_changes,
    archive,
    check_version,
    get_or_fail,
    restore,
)
from leanboard.store.database import Database
from leanboard.store.models import Board, SafetyEvent, SafetyEventKind
from leanboard.store.write_path import record_change


def event_item(e: SafetyEvent) -> SafetyEventItem:
    return SafetyEventItem(
        id=e.id,
        board_id=e.board_id,
        day=e.day,
        kind_code=e.kind.code,
        kind_name=safety_kind_name(e.kind.code, e.kind.name),
        severity=e.severity,
        description=e.description,
        archived=e.archived_at is not None,
        version=e.version,
    )


def event_kinds(s: Session) -> list[SafetyKindInfo]:
    rows = s.scalars(
        select(SafetyEventKind)
        .where(SafetyEventKind.archived_at.is_(None))
        .order_by(SafetyEventKind.sort_order, SafetyEventKind.id)
    )
    return [SafetyKindInfo(k.id, k.code, safety_kind_name(k.code, k.name)) for k in rows]


class SafetyService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def kinds(self) -> list[SafetyKindInfo]:
        with self.db.read() as s:
            return event_kinds(s)

    def record_event(
        self,
        board_id: int,
        kind_code: str,
        severity: str,
        day: object = None,
        description: str | None = None,
        today: dt.date | None = None,
    ) -> SafetyEventItem:
        level = check_enum(Severity, severity, "severity", "Vakavuus")
        event_day = parse_date(day, "day", "Päivä") if day else (today or self.db.clock.today())
        if event_day > (today or self.db.clock.today()):
            raise ValidationError(
                translate("Validation", "Päivä: tapahtumaa ei voi kirjata tulevalle päivälle."),
                "day",
            )
        text = guard_optional_text(description, "description", "Kuvaus", max_length=500)

        def action(s: Session) -> SafetyEventItem:
            get_or_fail(s, Board, board_id, "Taulu")
            kind = s.scalar(select(SafetyEventKind).where(SafetyEventKind.code == kind_code))
            if kind is None:
                raise ValidationError(
                    translate("Validation", "Tuntematon tapahtumatyyppi: {code}").format(
                        code=kind_code
                    ),
                    "kind",
                )
            event = SafetyEvent(
                board_id=board_id, day=event_day, kind=kind, severity=level.value, description=text
            )
            s.add(event)
            s.flush()
            record_change(
                s,
                "safety_event",
                event.id,
                "create",
                board_id=board_id,
                details={"day": event_day.isoformat(), "kind": kind.code, "severity": level.value},
            )
            return event_item(event)

        return self.db.write(action)

    def update_event(
        self,
        event_id: int,
        expected_version: int | None,
        *,
        kind_code: str,
        severity: str,
        day: object,
        description: str | None = None,
        today: dt.date | None = None,
    ) -> SafetyEventItem:
        """A leader corrects an event: kind, near miss/harm, day or the short description."""
        level = check_enum(Severity, severity, "severity", "Vakavuus")
        event_day = parse_date(day, "day", "Päivä")
        if event_day > (today or self.db.clock.today()):
            raise ValidationError(
                translate("Validation", "Päivä: tapahtumaa ei voi kirjata tulevalle päivälle."),
                "day",
            )
        text = guard_optional_text(description, "description", "Kuvaus", max_length=500)

        def action(s: Session) -> SafetyEventItem:
            event = get_or_fail(s, SafetyEvent, event_id, "Tapahtuma")
            check_version(event, expected_version, "safety_event", event_item(event))
            kind = s.scalar(select(SafetyEventKind).where(SafetyEventKind.code == kind_code))
            if kind is None:
                raise ValidationError(
                    translate("Validation", "Tuntematon tapahtumatyyppi: {code}").format(
                        code=kind_code
                    ),
                    "kind",
                )
            changes = {"day": event_day, "kind_id": kind.id, "severity": level.value}
            changes["description"] = text
            apply_changes(s, event, "safety_event", changes, board_id=event.board_id)
            s.refresh(event, ["kind"])
            return event_item(event)

        return self.db.write(action)

    def get_event(self, event_id: int) -> SafetyEventItem:
        with self.db.read() as s:
            return event_item(get_or_fail(s, SafetyEvent, event_id, "Tapahtuma"))

    def list_events(
        self, board_id: int, *, include_archived: bool = False
    ) -> list[SafetyEventItem]:
        """Every event of a board, newest day first (the leader's list, not the month's cross)."""
        with self.db.read() as s:
            query = (
                select(SafetyEvent)
                .where(SafetyEvent.board_id == board_id)
                .order_by(SafetyEvent.day.desc(), SafetyEvent.id.desc())
            )
            if not include_archived:
                query = query.where(SafetyEvent.archived_at.is_(None))
            return [event_item(e) for e in s.scalars(query)]

    def add_kind(self, code: str, name: str) -> SafetyKindInfo:
        clean = guard_optional_text(name, "name", "Nimi", max_length=100)
        code = guard_text(code, "code", "Tunnus", max_length=32)  # typed, shown: guarded too
        if not clean or not code:
            raise ValidationError(
                translate("Validation", "Tapahtumatyypillä pitää olla tunnus ja nimi."), "name"
            )

        def action(s: Session) -> SafetyKindInfo:
            order = s.scalar(select(func.max(SafetyEventKind.sort_order))) or 0
            kind = SafetyEventKind(code=code.strip().lower(), name=clean, sort_order=order + 1)
            s.add(kind)
            s.flush()
            record_change(s, "safety_event_kind", kind.id, "create", board_id=None)
            return SafetyKindInfo(kind.id, kind.code, safety_kind_name(kind.code, kind.name))

        return self.db.write(action)

    def undo_event(self, event_id: int, expected_version: int | None = None) -> None:
        """Reverse a recording made a moment ago (a mis-tap on the wall): the event goes, as
        if never recorded, and the reversal is a history row of its own ("undo") — the
        history keeps both. A leader's later removal archives instead (`archive_event`)."""

        def action(s: Session) -> None:
            event = get_or_fail(s, SafetyEvent, event_id, "Tapahtuma")
            check_version(event, expected_version, "safety_event", event_item(event))
            board_id = event.board_id
            details = {
                "undoes": "create",
                "day": event.day.isoformat(),
                "kind": event.kind.code,
                "severity": event.severity,
            }
            s.delete(event)
            s.flush()
            record_change(s, "safety_event", event_id, "undo", board_id=board_id, details=details)

        self.db.write(action)

    def archive_event(self, event_id: int) -> None:
        def action(s: Session) -> None:
            event = get_or_fail(s, SafetyEvent, event_id, "Tapahtuma")
            archive(s, event, "safety_event", board_id=event.board_id)

        self.db.write(action)

    def restore_event(self, event_id: int) -> None:
        def action(s: Session) -> None:
            event = get_or_fail(s, SafetyEvent, event_id, "Tapahtuma")
            restore(s, event, "safety_event", board_id=event.board_id)

        self.db.write(action)

    def events(self, board_id: int, start: dt.date, end: dt.date) -> list[SafetyEventItem]:
        with self.db.read() as s:
            return board_events(s, board_id, start, end)

    def month_cross(self, board_id: int, today: dt.date | None = None) -> SafetyCross:
        with self.db.read() as s:
            return safety_cross(s, board_id, today or self.db.clock.today())


def board_events(s: Session, board_id: int, start: dt.date, end: dt.date) -> list[SafetyEventItem]:
    rows = s.scalars(
        select(SafetyEvent)
        .where(
            SafetyEvent.board_id == board_id,
            SafetyEvent.day >= start,
            SafetyEvent.day <= end,
            SafetyEvent.archived_at.is_(None),
        )
        .order_by(SafetyEvent.day, SafetyEvent.id)
    )
    return [event_item(e) for e in rows]


def board_first_day(board: Board) -> dt.date:
    """The local day the board was made (created_at is naive UTC)."""
    return board.created_at.replace(tzinfo=dt.UTC).astimezone().date()


def safety_cross(s: Session, board_id: int, today: dt.date) -> SafetyCross:
    board = get_or_fail(s, Board, board_id, "Taulu")
    first = today.replace(day=1)
    last = today.replace(day=calendar.monthrange(today.year, today.month)[1])
    events = board_events(s, board_id, first, last)
    days = []
    for n in range(1, last.day + 1):
        day = first.replace(day=n)
        todays = [e for e in events if e.day == day]
        by_kind: dict[str, int] = {}
        for e in todays:
            by_kind[e.kind_code] = by_kind.get(e.kind_code, 0) + 1
        days.append(
            SafetyDay(day, safety_day_status(e.severity for e in todays), len(todays), by_kind)
        )
    last_harm = s.scalar(
        select(func.max(SafetyEvent.day)).where(
            SafetyEvent.board_id == board_id,
            SafetyEvent.severity == Severity.HARM.value,
            SafetyEvent.archived_at.is_(None),
            SafetyEvent.day <= today,
        )
    )
    since = (today - last_harm).days if last_harm is not None else None
    return SafetyCross(
        today.year, today.month, tuple(days), today, since, first_day=board_first_day(board)
    )
