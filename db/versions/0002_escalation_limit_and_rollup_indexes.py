"""escalation wait limit per board; indexes for the roll-up's week queries

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 07:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("board", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("escalation_limit_hours", sa.Integer(), server_default="24", nullable=False)
        )
    # Boards with boards below them get the new roll-up section; a team board has nothing to
    # roll up. (Sections are JSON: read and written back row by row, as both backends allow.)
    board = sa.table(
        "board", sa.column("id", sa.Integer), sa.column("kind"), sa.column("sections", sa.JSON)
    )
    conn = op.get_bind()
    for board_id, sections in conn.execute(
        sa.select(board.c.id, board.c.sections).where(board.c.kind != "team")
    ).all():
        if sections and "rollup" not in sections:
            conn.execute(
                board.update().where(board.c.id == board_id).values(sections=[*sections, "rollup"])
            )
    # The roll-up reads one week of every board, and each goal's latest value per board.
    with op.batch_alter_table("mood_vote", schema=None) as batch_op:
        batch_op.create_index("ix_mood_vote_day_board", ["day", "board_id", "score"], unique=False)
    with op.batch_alter_table("measure_value", schema=None) as batch_op:
        batch_op.create_index(
            "ix_measure_value_latest",
            ["board_id", "measure_id", "period_start", "value"],
            unique=False,
        )
    with op.batch_alter_table("idea", schema=None) as batch_op:
        batch_op.create_index("ix_idea_done_at", ["done_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("idea", schema=None) as batch_op:
        batch_op.drop_index("ix_idea_done_at")
    with op.batch_alter_table("measure_value", schema=None) as batch_op:
        batch_op.drop_index("ix_measure_value_latest")
    with op.batch_alter_table("mood_vote", schema=None) as batch_op:
        batch_op.drop_index("ix_mood_vote_day_board")
    with op.batch_alter_table("board", schema=None) as batch_op:
        batch_op.drop_column("escalation_limit_hours")
