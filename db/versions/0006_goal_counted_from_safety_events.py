"""a goal can be counted from the board's safety events of one kind

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 10:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing goals stay as they are: values entered by hand (both columns NULL).
    with op.batch_alter_table("measure", schema=None) as batch_op:
        batch_op.add_column(sa.Column("safety_kind_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("safety_severity", sa.String(length=10), nullable=True))
        batch_op.create_foreign_key(
            "fk_measure_safety_kind_id_safety_event_kind",
            "safety_event_kind",
            ["safety_kind_id"],
            ["id"],
        )
        batch_op.create_check_constraint(
            op.f("ck_measure_safety_severity"),
            "safety_severity IS NULL OR safety_severity IN ('near_miss','harm')",
        )


def downgrade() -> None:
    with op.batch_alter_table("measure", schema=None) as batch_op:
        batch_op.drop_constraint("ck_measure_safety_severity", type_="check")
        batch_op.drop_constraint("fk_measure_safety_kind_id_safety_event_kind", type_="foreignkey")
        batch_op.drop_column("safety_severity")
        batch_op.drop_column("safety_kind_id")
