"""The organisation tree of boards and each board's settings."""

from __future__ import annotations

from enum import Enum
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from leanboard.domain.enums import SECTIONS, AnswerKind, BoardKind
from leanboard.domain.errors import NotFound, ValidationError
from leanboard.domain.rules import DEFAULT_MIN_GROUP, check_min_group, parse_escalation_limit
from leanboard.domain.validation import (
    check_board_code,
    check_enum,
    guard_text,
    parse_int_in_range,
)
from leanboard.i18n import translate
from leanboard.services.dto import BoardInfo, BoardMove, RerouteItem
from leanboard.services.editing import apply_changes, archive, check_version, get_or_fail, restore
from leanboard.store.database import Database
from leanboard.store.models import Board, Escalation, Measure, Problem, utcnow
from leanboard.store.write_path import record_change

# PostgreSQL advisory lock taken by every change to the shape of the tree ("LBTR"): two PCs
# moving A under B and B under A at once would each see no cycle under READ COMMITTED.
# SQLite needs none: its writers queue at BEGIN IMMEDIATE.
TREE_LOCK = 0x4C425452


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


def lock_tree(session: Session) -> None:
    """Serialise changes to the tree's shape; call first in the write action, before reading."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": TREE_LOCK})


def subtree_ids(session: Session, board_id: int) -> list[int]:
    """The board and every board below it (archived ones too), the board first."""
    children: dict[int | None, list[int]] = {}
    for child_id, parent_id in session.execute(select(Board.id, Board.parent_id)):
        children.setdefault(parent_id, []).append(child_id)
    out, stack, seen = [], [board_id], set()
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        out.append(current)
        stack.extend(sorted(children.get(current, []), reverse=True))
    return out


def code_taken(session: Session, code: str) -> ValidationError | None:
    if session.scalar(select(Board.id).where(Board.code == code)) is None:
        return None
    return ValidationError(
        translate("Validation", "Tunnus {code} on jo käytössä.").format(code=code), "code"
    )


def usable_parent(session: Session, parent_id: int) -> Board:
    parent = get_or_fail(session, Board, parent_id, "Ylempi taulu")
    if parent.archived_at is not None:
        raise ValidationError(
            translate(
                "Validation",
                "Ylempi taulu {code} on arkistoitu: palauta se ensin tai valitse toinen.",
            ).format(code=parent.code),
            "parent_id",
        )
    return parent


def move_in(session: Session, board: Board, parent: Board | None) -> BoardMove:
    """Put `board` (and everything below it) under `parent` (None: at the top).

    What moves with it and what does not (the README says the same to the leader):
    - its history, values, mood, ideas, problems, events, A3s and huddles stay with it: they
      belong to the board, not to its place; the roll-up counts them under the new parent
      from now on (a weekly PDF printed before the move keeps the old picture);
    - goals handed down (inherited) from boards that are no longer above it leave it and its
      subtree; the values it entered for them stay stored and show again should it return.
      Goals handed down from the new place appear at once;
    - a problem of the subtree waiting for an answer at a board that is no longer above it
      is sent on to the board's new parent (the old step is closed as forwarded, with a note
      saying why; the new tier's waiting time starts at the move); with no parent left, it
      returns to its team.
    """
    old_parent = board.parent
    before = ancestors_of(session, board)
    moved = subtree_ids(session, board.id)
    if parent is not None and (parent.id in moved):
        raise ValidationError(
            translate(
                "Validation",
                "Taulua {board} ei voi siirtää taulun {parent} alle: {parent} on sen oma "
                "alataulu tai se itse.",
            ).format(board=board.code, parent=parent.code),
            "parent_id",
        )
    if (parent.id if parent else None) == board.parent_id:
        return BoardMove(board_info(board), code_of(old_parent), code_of(old_parent), 0, (), (), ())
    board.parent = parent
    board.parent_id = parent.id if parent else None
    session.flush()
    after = ancestors_of(session, board)
    left_boards = {b.id for b in before} - {b.id for b in after}
    gained_boards = {b.id for b in after} - {b.id for b in before}

    def handed_down(ids: set[int]) -> tuple[str, ...]:
        if not ids:
            return ()
        rows = session.scalars(
            select(Measure.name)
            .where(
                Measure.board_id.in_(ids),
                Measure.inherited.is_(True),
                Measure.archived_at.is_(None),
            )
            .order_by(Measure.id)
        )
        return tuple(rows)

    rerouted = reroute_escalations(session, board, parent, moved, left_boards)
    details = {
        "parent_id": [old_parent.id if old_parent else None, board.parent_id],
        "boards_moved": len(moved),
        "rerouted": [r.problem_id for r in rerouted],
    }
    record_change(session, "board", board.id, "move", board_id=board.id, details=details)
    for tier in (old_parent, parent):  # both roll-ups change: their screens refresh too
        if tier is not None:
            below_changed(session, tier, board, "move", details)
    return BoardMove(
        board=board_info(board),
        old_parent_code=code_of(old_parent),
        new_parent_code=code_of(parent),
        boards_moved=len(moved),
        rerouted=rerouted,
        goals_left=handed_down(left_boards),
        goals_gained=handed_down(gained_boards),
    )


def below_changed(
    session: Session, tier: Board, board: Board, action: str, details: dict[str, Any] | None = None
) -> None:
    """A line in `tier`'s history (and a refresh of its screens) for a board below it that
    moved, was archived or restored. Not a row of the board's own history: that has its own."""
    record_change(
        session,
        "board",
        None,
        action,
        board_id=tier.id,
        details={"code": board.code, **(details or {})},
    )


def code_of(board: Board | None) -> str | None:
    return board.code if board is not None else None


def reroute_escalations(
    session: Session, board: Board, parent: Board | None, moved: list[int], left: set[int]
) -> tuple[RerouteItem, ...]:
    """Problems of the moved subtree waiting at a tier no longer above them (see move_in)."""
    if not left:
        return ()
    problems = session.scalars(
        select(Problem)
        .where(
            Problem.board_id.in_(moved),
            Problem.waiting_board_id.in_(left),
            Problem.archived_at.is_(None),
        )
        .order_by(Problem.id)
    ).all()
    out = []
    now = utcnow()
    for problem in problems:
        was_at = session.get(Board, problem.waiting_board_id)
        assert was_at is not None
        if parent is not None:
            note = translate(
                "Validation",
                "Taulu {board} siirrettiin taulun {parent} alle: ongelma odottaa nyt siellä.",
            ).format(board=board.code, parent=parent.code)
        else:
            note = translate(
                "Validation",
                "Taulu {board} siirrettiin ylimmäksi: ylempää tasoa ei ole, "
                "ongelma palasi tiimille.",
            ).format(board=board.code)
        for step in problem.escalations:
            if step.answered_at is None:
                step.answer_kind = (
                    AnswerKind.FORWARDED.value if parent is not None else AnswerKind.RETURNED.value
                )
                step.answer, step.answered_at = note, now
        if parent is not None:
            problem.escalations.append(
                Escalation(
                    from_board_id=board.id, to_board_id=parent.id, note=note, escalated_at=now
                )
            )
        problem.waiting_board_id = parent.id if parent is not None else None
        session.flush()
        details = {
            "waiting_board_id": [was_at.id, problem.waiting_board_id],
            "answer": note,
        }
        record_change(
            session, "problem", problem.id, "escalate", board_id=problem.board_id, details=details
        )
        for tier in (was_at, parent):
            if tier is not None:
                record_change(session, "problem", problem.id, "escalate", board_id=tier.id)
        out.append(RerouteItem(problem.id, problem.title, was_at.code, code_of(parent)))
    return tuple(out)


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
            lock_tree(s)
            if taken := code_taken(s, clean_code):
                raise taken
            if parent_id is not None:
                usable_parent(s, parent_id)
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
            if parent_id is not None:
                lock_tree(s)
            board = get_or_fail(s, Board, board_id, "Taulu")
            check_version(board, expected_version, "board", board_info(board))
            taken = "code" in changes and changes["code"] != board.code
            if taken and (refusal := code_taken(s, str(changes["code"]))):
                raise refusal
            apply_changes(s, board, "board", changes, board_id=board.id)
            if parent_id is NO_PARENT:
                move_in(s, board, None)
            elif parent_id is not None and parent_id != board.parent_id:
                move_in(s, board, usable_parent(s, parent_id))
            return board_info(board)

        return self.db.write(action)

    def move_board(
        self, board_id: int, parent_id: int | None, expected_version: int | None = None
    ) -> BoardMove:
        """Put the board (with every board below it) under another parent; None: at the top.
        Refused under itself or its own subtree, and under an archived board."""

        def action(s: Session) -> BoardMove:
            lock_tree(s)
            board = get_or_fail(s, Board, board_id, "Taulu")
            check_version(board, expected_version, "board", board_info(board))
            parent = usable_parent(s, parent_id) if parent_id is not None else None
            return move_in(s, board, parent)

        return self.db.write(action)

    def rename_board(
        self,
        board_id: int,
        *,
        name: str | None = None,
        code: str | None = None,
        expected_version: int | None = None,
    ) -> BoardInfo:
        """A new name and/or code. The code is what integrations and scripts use: the history
        keeps the old one."""
        if name is None and code is None:
            raise ValidationError(
                translate("Validation", "Anna uusi nimi tai uusi tunnus."), "name"
            )
        return self.update_settings(board_id, expected_version, name=name, code=code)

    def allowed_parents(self, board_id: int | None) -> list[BoardInfo]:
        """Boards the board may be put under, in tree order: every board that is not archived
        and not the board itself or below it (None: a new board, every board)."""
        with self.db.read() as s:
            excluded = set(subtree_ids(s, board_id)) if board_id is not None else set()
        return [b for b in self.list_boards() if b.id not in excluded]

    def archive_board(self, board_id: int) -> None:
        """Archive a board (it leaves the tree, the roll-up and the lists; nothing is deleted).
        Refused while boards below it are in use: archive or move them first, so no team
        disappears from the tree with it."""

        def action(s: Session) -> None:
            lock_tree(s)
            board = get_or_fail(s, Board, board_id, "Taulu")
            below = list(
                s.scalars(
                    select(Board.code)
                    .where(Board.parent_id == board.id, Board.archived_at.is_(None))
                    .order_by(Board.code)
                )
            )
            if below:
                raise ValidationError(
                    translate(
                        "Validation",
                        "Taulun {board} alla on käytössä olevia tauluja ({codes}): arkistoi tai "
                        "siirrä ne ensin.",
                    ).format(board=board.code, codes=", ".join(below)),
                    "archive",
                )
            archive(s, board, "board", board_id=board.id)
            if board.parent is not None:  # the roll-up above changes too
                below_changed(s, board.parent, board, "archive")

        self.db.write(action)

    def restore_board(self, board_id: int) -> BoardInfo:
        """Bring an archived board back to its place; refused while the board above it is
        archived (restore that one first, or move this one elsewhere)."""

        def action(s: Session) -> BoardInfo:
            lock_tree(s)
            board = get_or_fail(s, Board, board_id, "Taulu")
            if board.parent is not None and board.parent.archived_at is not None:
                raise ValidationError(
                    translate(
                        "Validation",
                        "Taulun {board} ylempi taulu {parent} on arkistoitu: palauta se ensin "
                        "tai siirrä taulu toisen alle.",
                    ).format(board=board.code, parent=board.parent.code),
                    "restore",
                )
            restore(s, board, "board", board_id=board.id)
            if board.parent is not None:
                below_changed(s, board.parent, board, "restore")
            return board_info(board)

        return self.db.write(action)
