"""one huddle a day per board (same-day duplicates merged, then a unique constraint); "Muu"
safety event kind

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 12:00:00

A huddle logged twice on one day (the wall allowed it) is one huddle: the roll-up counted
two. The rows of a board's day become the earliest one, with the largest attendance and
duration of them (a second log is a recount of the same stand-up, not more people) and every
distinct note. The merge is written into the change history, so a leader sees why a row went.
The wall's safety card offers every configured kind and "Muu" (other) for what fits none:
seeded here after the three 0001 seeds, unless a kind with that code exists already.
Stand-alone: no application models (securedrop-client's rule).
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

huddle = sa.table(
    "huddle",
    sa.column("id", sa.Integer),
    sa.column("board_id", sa.Integer),
    sa.column("day", sa.Date),
    sa.column("held_at", sa.DateTime),
    sa.column("attendance", sa.Integer),
    sa.column("duration_minutes", sa.Integer),
    sa.column("note", sa.Text),
)
change = sa.table(
    "change",
    sa.column("at", sa.DateTime),
    sa.column("actor", sa.String),
    sa.column("board_id", sa.Integer),
    sa.column("entity", sa.String),
    sa.column("entity_id", sa.Integer),
    sa.column("action", sa.String),
    sa.column("details", sa.JSON),
)


def merge_duplicates(conn: sa.Connection) -> int:
    """Merge each board's same-day huddles into the earliest; returns the rows removed."""
    days = conn.execute(
        sa.select(huddle.c.board_id, huddle.c.day)
        .group_by(huddle.c.board_id, huddle.c.day)
        .having(sa.func.count() > 1)
    ).all()
    removed = 0
    for board_id, day in days:
        rows = conn.execute(
            sa.select(huddle)
            .where(huddle.c.board_id == board_id, huddle.c.day == day)
            .order_by(huddle.c.held_at, huddle.c.id)
        ).all()
        keep, *others = rows
        minutes = [r.duration_minutes for r in rows if r.duration_minutes is not None]
        notes: list[str] = []
        for r in rows:
            if r.note and r.note not in notes:
                notes.append(r.note)
        conn.execute(
            huddle.update()
            .where(huddle.c.id == keep.id)
            .values(
                attendance=max(r.attendance for r in rows),
                duration_minutes=max(minutes) if minutes else None,
                note="\n".join(notes) or None,
            )
        )
        conn.execute(huddle.delete().where(huddle.c.id.in_([r.id for r in others])))
        conn.execute(
            change.insert().values(
                at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
                actor="migration 0007",
                board_id=board_id,
                entity="huddle",
                entity_id=keep.id,
                action="merge",
                details={
                    "merged": [r.id for r in others],
                    "attendance": [[r.attendance for r in rows], max(r.attendance for r in rows)],
                },
            )
        )
        removed += len(others)
    return removed


kind = sa.table(
    "safety_event_kind",
    sa.column("id", sa.Integer),
    sa.column("code", sa.String),
    sa.column("name", sa.String),
    sa.column("sort_order", sa.Integer),
)


def upgrade() -> None:
    conn = op.get_bind()
    merge_duplicates(conn)
    if conn.execute(sa.select(kind.c.id).where(kind.c.code == "other")).first() is None:
        last = conn.execute(sa.select(sa.func.max(kind.c.sort_order))).scalar() or 0
        conn.execute(kind.insert().values(code="other", name="Muu", sort_order=max(last, 3) + 1))
    with op.batch_alter_table("huddle", schema=None) as batch_op:
        batch_op.drop_index("ix_huddle_board_day")
        batch_op.create_unique_constraint("uq_huddle_board_day", ["board_id", "day"])


def downgrade() -> None:
    # "Muu" stays when events were recorded with it: they must keep their kind.
    conn = op.get_bind()
    used = conn.execute(
        sa.text(
            "SELECT 1 FROM safety_event e JOIN safety_event_kind k ON k.id = e.kind_id"
            " WHERE k.code = 'other'"
        )
    ).first()
    if used is None:
        conn.execute(kind.delete().where(kind.c.code == "other"))
    with op.batch_alter_table("huddle", schema=None) as batch_op:
        batch_op.drop_constraint("uq_huddle_board_day", type_="unique")
        batch_op.create_index("ix_huddle_board_day", ["board_id", "day"], unique=False)
