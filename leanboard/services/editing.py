"""What every editing service does the same way: version checks, history, archiving."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, is_dataclass
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from leanboard.domain.errors import ConflictError, NotFound
from leanboard.domain.field_labels import field_label
from leanboard.i18n import translate
from leanboard.store.models import Base, utcnow
from leanboard.store.write_path import record_change

M = TypeVar("M", bound=Base)


def get_or_fail(session: Session, model: type[M], item_id: int, label: str) -> M:
    item = session.get(model, item_id)
    if item is None:
        raise NotFound(
            translate("Errors", "{label} {id} ei löydy.").format(
                label=field_label(label), id=item_id
            )
        )
    return item


def plain(value: Any) -> Any:
    """A value as JSON can hold it, for the change history."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return {k: plain(v) for k, v in asdict(value).items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def check_version(item: Any, expected_version: int | None, entity: str, current: Any) -> None:
    """Refuse to save over someone else's newer save; hand back their version to show."""
    if expected_version is not None and item.version != expected_version:
        raise ConflictError(entity, item.id, plain(current))


def apply_changes(
    session: Session,
    item: Any,
    entity: str,
    changes: dict[str, Any],
    *,
    board_id: int | None,
    action: str = "update",
) -> dict[str, list[Any]]:
    """Set the fields that really change and record old → new in the history."""
    diff: dict[str, list[Any]] = {}
    for name, new in changes.items():
        old = getattr(item, name)
        if old != new:
            diff[name] = [plain(old), plain(new)]
            setattr(item, name, new)
    if diff:
        session.flush()
        record_change(session, entity, item.id, action, board_id=board_id, details=diff)
    return diff


def archive(session: Session, item: Any, entity: str, *, board_id: int | None) -> None:
    """Deleting archives: the row stays, hidden from the board, and can be restored."""
    if item.archived_at is None:
        item.archived_at = utcnow()
        session.flush()
        record_change(session, entity, item.id, "archive", board_id=board_id)


def restore(session: Session, item: Any, entity: str, *, board_id: int | None) -> None:
    if item.archived_at is not None:
        item.archived_at = None
        session.flush()
        record_change(session, entity, item.id, "restore", board_id=board_id)


def is_overdue(due: dt.date | None, today: dt.date, finished: bool) -> bool:
    return due is not None and not finished and due < today
