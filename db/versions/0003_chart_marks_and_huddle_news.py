"""measure annotations and phase marks; control-chart kind per measure; stale-idea days and
"Mitä uutta" at the huddle's start per board

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07 11:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("board", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("stale_idea_days", sa.Integer(), server_default="30", nullable=False)
        )
        batch_op.add_column(
            sa.Column(
                "news_at_huddle_start", sa.Boolean(), server_default=sa.true(), nullable=False
            )
        )
        batch_op.create_check_constraint(op.f("ck_board_stale_idea_days"), "stale_idea_days >= 1")
    with op.batch_alter_table("measure", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("chart_kind", sa.String(length=4), server_default="xmr", nullable=False)
        )
        batch_op.add_column(sa.Column("rate_per", sa.Integer(), server_default="1", nullable=False))
        batch_op.create_check_constraint(
            op.f("ck_measure_chart_kind"), "chart_kind IN ('xmr','p','u')"
        )
        batch_op.create_check_constraint(op.f("ck_measure_rate_per"), "rate_per >= 1")
    op.create_table(
        "measure_annotation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=120), nullable=False),
        sa.Column("idea_id", sa.Integer(), nullable=True),
        sa.Column("a3_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["a3_id"], ["a3_report.id"], name=op.f("fk_measure_annotation_a3_id_a3_report")
        ),
        sa.ForeignKeyConstraint(
            ["board_id"], ["board.id"], name=op.f("fk_measure_annotation_board_id_board")
        ),
        sa.ForeignKeyConstraint(
            ["idea_id"], ["idea.id"], name=op.f("fk_measure_annotation_idea_id_idea")
        ),
        sa.ForeignKeyConstraint(
            ["measure_id"], ["measure.id"], name=op.f("fk_measure_annotation_measure_id_measure")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measure_annotation")),
    )
    op.create_index(
        "ix_measure_annotation_series",
        "measure_annotation",
        ["measure_id", "board_id", "period_start"],
        unique=False,
    )
    op.create_table(
        "measure_phase",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=120), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("kind IN ('start','freeze')", name=op.f("ck_measure_phase_kind")),
        sa.ForeignKeyConstraint(
            ["board_id"], ["board.id"], name=op.f("fk_measure_phase_board_id_board")
        ),
        sa.ForeignKeyConstraint(
            ["measure_id"], ["measure.id"], name=op.f("fk_measure_phase_measure_id_measure")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measure_phase")),
    )
    op.create_index(
        "ix_measure_phase_series",
        "measure_phase",
        ["measure_id", "board_id", "period_start"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_measure_phase_series", table_name="measure_phase")
    op.drop_table("measure_phase")
    op.drop_index("ix_measure_annotation_series", table_name="measure_annotation")
    op.drop_table("measure_annotation")
    with op.batch_alter_table("measure", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_measure_rate_per"), type_="check")
        batch_op.drop_constraint(op.f("ck_measure_chart_kind"), type_="check")
        batch_op.drop_column("rate_per")
        batch_op.drop_column("chart_kind")
    with op.batch_alter_table("board", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_board_stale_idea_days"), type_="check")
        batch_op.drop_column("news_at_huddle_start")
        batch_op.drop_column("stale_idea_days")
