"""a board's goals are unique by name (its archived ones aside)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 11:30:00

Four NPS imports at once into a board without an NPS goal each looked for "NPS", found none
and created one: on PostgreSQL 5 of 8 such rounds left four "NPS" goals. With this index the
database refuses the second, and the import that lost the race runs again and finds the first.
Imports and the board's dialogs pick a goal by its name, so the name is the goal's natural key
on its board; archived goals keep theirs (an "NPS" archived and a new "NPS" may coexist).

Goals already named alike on one board are renamed before the index is made: the oldest keeps
its name, the others get " (2)", " (3)", … and a history row saying so, so nothing is lost and
the leader sees why.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

INDEX = "uq_measure_board_name_active"
ACTIVE = sa.text("archived_at IS NULL")
NAME_LENGTH = 200


def upgrade() -> None:
    conn = op.get_bind()
    measure = sa.table(
        "measure",
        sa.column("id", sa.Integer),
        sa.column("board_id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("archived_at", sa.DateTime),
        sa.column("version", sa.Integer),
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
    rows = conn.execute(
        sa.select(measure.c.id, measure.c.board_id, measure.c.name)
        .where(measure.c.archived_at.is_(None))
        .order_by(measure.c.board_id, measure.c.id)
    ).all()
    taken: dict[int, set[str]] = {}
    for _id, board_id, name in rows:
        taken.setdefault(board_id, set()).add(name)
    seen: set[tuple[int, str]] = set()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    for measure_id, board_id, name in rows:
        if (board_id, name) not in seen:
            seen.add((board_id, name))
            continue
        number = 2
        while True:
            suffix = f" ({number})"
            renamed = name[: NAME_LENGTH - len(suffix)] + suffix
            if renamed not in taken[board_id]:
                break
            number += 1
        taken[board_id].add(renamed)
        conn.execute(
            measure.update()
            .where(measure.c.id == measure_id)
            .values(name=renamed, version=measure.c.version + 1)
        )
        conn.execute(
            change.insert().values(
                at=now,
                actor="migration 0008",
                board_id=board_id,
                entity="measure",
                entity_id=measure_id,
                action="update",
                details={"name": [name, renamed]},
            )
        )
    with op.batch_alter_table("measure", schema=None) as batch_op:
        batch_op.create_index(
            INDEX,
            ["board_id", "name"],
            unique=True,
            sqlite_where=ACTIVE,
            postgresql_where=ACTIVE,
        )


def downgrade() -> None:
    with op.batch_alter_table("measure", schema=None) as batch_op:
        batch_op.drop_index(INDEX)
