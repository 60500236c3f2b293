"""The organisation tree of boards and each board's settings."""

from __future__ import annotations

from enum import Enum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from leanboard.domain.enums import SECTIONS, BoardKind
from leanboard.domain.errors import NotFound, ValidationError
from leanboard.domain.rules import DEFAULT_MIN_GROUP, check_min_group, parse_escalation_limit
from leanboard.domain.validation import (
    check_board_code,
    check_enum,
    guard_text,
    parse_int_in_range,
)
from leanboard.i18n import translate
from leanboard.services.dto import BoardInfo
from leanboard.services.editing import apply_changes, archive, check_version, get_or_fail
from leanboard.store.database import Database
from leanboard.store.models import Board
from leanboard.store.write_path import record_change


class NoParent(Enum):
    """update_settings(parent_id=NO_PARENT) makes the board a top-level one; None there means
    "leave the parent as it is", so removing a parent needs a value of its own."""

    NO_PARENT = "no_parent"


NO_PARENT = NoParent.NO_PARENT


def board_info(board: Board, depth: int = 0) -> BoardInfo:
    return BoardInfo(
        id=board.id,
        code=board.code,
        name=board.name,
        kind=board.kind,
        parent_id=board.parent_id,
        min_mood_group=board.min_mood_group,
        sections=tuple(board.sections or SECTIONS),
        has_pin=board.has_pin,
        archived=board.archived_at is not None,
        version=board.version,
        escalation_limit_hours=board.escalation_limit_hours,
        depth=depth,
        stale_idea_days=board.stale_idea_days,
        news_at_huddle_start=board.news_at_huddle_start,
    )


def ancestors_of(session: Session, board: Board) -> list[Board]:
    """Parent, grandparent, … up to the organisation board."""
    chain: list[Board] = []
    seen = {board.id}
    current = board.parent
    while current is not None and current.id not in seen:
        chain.append(current)
        seen.add(current.id)
        current = current.parent
    return chain


def board_children(s: Session, board_id: int) -> list[BoardInfo]:
    """The boards directly below `board_id` that are not archived, by name."""
    rows = s.scalars(
        select(Board)
        .where(Board.parent_id == board_id, Board.archived_at.is_(None))
        .order_by(Board.name)
    )
    return [board_info(b) for b in rows]


class BoardService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list_boards(self, include_archived: bool = False) -> list[BoardInfo]:
        """Every board in tree order (parents before their children, siblings by name)."""
        with self.db.read() as s:
            boards = list(s.scalars(select(Board)))
        children: dict[int | None, list[Board]] = {}
        for board in boards:
            if include_archived or board.archived_at is None:
                children.setdefault(board.parent_id, []).append(board)
        ordered: list[BoardInfo] = []

        def walk(parent_id: int | None, depth: int) -> None:
            for board in sorted(children.get(parent_id, []), key=lambda b: b.name):
                ordered.append(board_info(board, depth))
                walk(board.id, depth + 1)

        ids = {b.id for b in boards if include_archived or b.archived_at is None}
        for board in boards:  # roots: no parent, or a parent that is archived
            if board.id in ids and (board.parent_id is None or board.parent_id not in ids):
                ordered.append(board_info(board, 0))
                walk(board.id, 1)
        return ordered

    def get(self, board_id: int) -> BoardInfo:
        with self.db.read() as s:
            return board_info(get_or_fail(s, Board, board_id, "Taulu"))

    def by_code(self, code: str) -> BoardInfo:
        with self.db.read() as s:
            board = s.scalar(select(Board).where(Board.code == code.strip().upper()))
            if board is None:
                raise NotFound(
                    translate("Errors", "Taulua tunnuksella {code} ei löydy.").format(code=code)
                )
            return board_info(board)

    def children(self, board_id: int) -> list[BoardInfo]:
        with self.db.read() as s:
            return board_children(s, board_id)

    def count(self) -> int:
        """How many boards the database holds (archived ones too: it is not empty)."""
        with self.db.read() as s:
            return int(s.scalar(select(func.count()).select_from(Board)) or 0)

    def create_board(
        self,
        code: str,
        name: str,
        kind: str,
        parent_id: int | None = None,
        min_mood_group: int = DEFAULT_MIN_GROUP,
    ) -> BoardInfo:
        clean_code = check_board_code(code)
        clean_name = guard_text(name, "name", "Nimi", required=True, max_length=200)
        board_kind = check_enum(BoardKind, kind, "kind", "Taulun taso")
        check_min_group(min_mood_group)

        def action(s: Session) -> BoardInfo:
            if s.scalar(select(Board.id).where(Board.code == clean_code)) is not None:
                raise ValidationError(
                    translate("Validation", "Tunnus {code} on jo käytössä.").format(
                        code=clean_code
                    ),
                    "code",
                )
            if parent_id is not None:
                get_or_fail(s, Board, parent_id, "Ylempi taulu")
            board = Board(
                code=clean_code,
                name=clean_name,
                kind=board_kind.value,
                parent_id=parent_id,
                min_mood_group=min_mood_group,
                sections=list(SECTIONS),
            )
            s.add(board)
            s.flush()
            record_change(
                s,
                "board",
                board.id,
                "create",
                board_id=board.id,
                details={"code": clean_code, "name": clean_name},
            )
            return board_info(board)

        return self.db.write(action)

    def update_settings(
        self,
        board_id: int,
        expected_version: int | None,
        *,
        name: str | None = None,
        code: str | None = None,
        parent_id: int | NoParent | None = None,
        min_mood_group: int | None = None,
        sections: list[str] | None = None,
        stale_idea_days: object = None,
        news_at_huddle_start: bool | None = None,
        escalation_limit_hours: object = None,
    ) -> BoardInfo:
        """Change the given settings in one transaction; None leaves a setting as it is
        (parent_id=NO_PARENT makes the board top-level). The settings dialog's Save is this one
        call for every setting, the escalation wait limit included: stored together or not at
        all. (The PIN is services.pins': a wrong current PIN counts as a try of its own.)"""
        changes: dict[str, object] = {}
        if name is not None:
            changes["name"] = guard_text(name, "name", "Nimi", required=True, max_length=200)
        if code is not None:
            changes["code"] = check_board_code(code)
        if min_mood_group is not None:
            changes["min_mood_group"] = check_min_group(min_mood_group)
        if sections is not None:
            unknown = [x for x in sections if x not in SECTIONS]
            if unknown:
                raise ValidationError(
                    translate("Validation", "Tuntematon osio: {names}").format(
                        names=", ".join(unknown)
                    ),
                    "sections",
                )
            changes["sections"] = list(sections)
        if stale_idea_days is not None:
            changes["stale_idea_days"] = parse_int_in_range(
                stale_idea_days, "stale_idea_days", "Pysähtynyt idea (päiviä)", 1, 365
            )
        if news_at_huddle_start is not None:
            changes["news_at_huddle_start"] = bool(news_at_huddle_start)
        if escalation_limit_hours is not None:
            changes["escalation_limit_hours"] = parse_escalation_limit(escalation_limit_hours)

        def action(s: Session) -> BoardInfo:
            board = get_or_fail(s, Board, board_id, "Taulu")
            check_version(board, expected_version, "board", board_info(board))
            if "code" in changes and changes["code"] != board.code:
                taken = s.scalar(select(Board.id).where(Board.code == changes["code"]))
                if taken is not None:
                    raise ValidationError(
                        translate("Validation", "Tunnus {code} on jo käytössä.").format(
                            code=changes["code"]
                        ),
                        "code",
                    )
            if parent_id is NO_PARENT:
                if board.parent_id is not None:
                    changes["parent_id"] = None
            elif parent_id is not None and parent_id != board.parent_id:
                parent = get_or_fail(s, Board, parent_id, "Ylempi taulu")
                if parent.id == board.id or board in ancestors_of(s, parent):
                    raise ValidationError(
                        translate("Validation", "Taulu ei voi olla oma ylempi tauluunsa."),
                        "parent_id",
                    )
                changes["parent_id"] = parent_id
            apply_changes(s, board, "board", changes, board_id=board.id)
            return board_info(board)

        return self.db.write(action)

    def archive_board(self, board_id: int) -> None:
        def action(s: Session) -> None:
            archive(s, get_or_fail(s, Board, board_id, "Taulu"), "board", board_id=board_id)

        self.db.write(action)
