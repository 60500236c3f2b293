"""The change history: who or which screen changed what and when."""

from __future__ import annotations

from sqlalchemy import func, select

from leanboard.services.dto import ChangeItem
from leanboard.store.database import Database
from leanboard.store.models import Change


def change_item(c: Change) -> ChangeItem:
    return ChangeItem(
        c.id, c.at, c.actor, c.board_id, c.entity, c.entity_id, c.action, dict(c.details or {})
    )


class HistoryService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def of_item(self, entity: str, entity_id: int) -> list[ChangeItem]:
        with self.db.read() as s:
            rows = s.scalars(
                select(Change)
                .where(Change.entity == entity, Change.entity_id == entity_id)
                .order_by(Change.id)
            )
            return [change_item(c) for c in rows]

    def of_board(self, board_id: int, limit: int = 200) -> list[ChangeItem]:
        with self.db.read() as s:
            rows = s.scalars(
                select(Change)
                .where(Change.board_id == board_id)
                .order_by(Change.id.desc())
                .limit(limit)
            )
            return [change_item(c) for c in rows]

    def last_change_id(self) -> int:
        with self.db.read() as s:
            return int(s.scalar(select(func.max(Change.id))) or 0)
