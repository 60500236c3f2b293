"""who may do what: membership (login, role, board); the wall PIN and its tries in board_pin

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 09:00:00

The PIN hash moves out of `board` into `board_pin`, beside the count of wrong tries and the
pause they earned, so that with access control on only the owner and admins can read it.
`pin_attempt` holds tries handed to the database and judged in a later transaction.
Nothing here changes who may do what: `leanboard access setup` does that (PostgreSQL).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "board_pin",
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("failures", sa.Integer(), server_default="0", nullable=False),
        sa.Column("paused_until", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["board_id"], ["board.id"], name=op.f("fk_board_pin_board_id_board")
        ),
        sa.PrimaryKeyConstraint("board_id", name=op.f("pk_board_pin")),
    )
    op.create_table(
        "pin_attempt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("digest", sa.String(length=200), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=False),
        sa.Column("submitted_tx", sa.BigInteger(), nullable=True),
        sa.Column("verified_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["board_id"], ["board.id"], name=op.f("fk_pin_attempt_board_id_board")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pin_attempt")),
    )
    with op.batch_alter_table("pin_attempt", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pin_attempt_board_id"), ["board_id"], unique=False)
    op.create_table(
        "membership",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=True),
        sa.Column("granted_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "role IN ('wall','staff','leader','manager','admin')", name=op.f("ck_membership_role")
        ),
        sa.ForeignKeyConstraint(
            ["board_id"], ["board.id"], name=op.f("fk_membership_board_id_board")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership")),
    )
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_membership_board_id"), ["board_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_membership_login"), ["login", "role"], unique=False)

    # Every PIN set so far moves over, its tries starting from none.
    board = sa.table("board", sa.column("id", sa.Integer), sa.column("pin_hash", sa.String))
    board_pin = sa.table(
        "board_pin",
        sa.column("board_id", sa.Integer),
        sa.column("pin_hash", sa.String),
        sa.column("failures", sa.Integer),
    )
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(board.c.id, board.c.pin_hash).where(board.c.pin_hash.is_not(None))
    ).all()
    if rows:
        conn.execute(
            board_pin.insert(),
            [{"board_id": i, "pin_hash": pin_hash, "failures": 0} for i, pin_hash in rows],
        )
    with op.batch_alter_table("board", schema=None) as batch_op:
        batch_op.drop_column("pin_hash")


def downgrade() -> None:
    with op.batch_alter_table("board", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pin_hash", sa.String(length=200), nullable=True))
    conn = op.get_bind()
    board = sa.table("board", sa.column("id", sa.Integer), sa.column("pin_hash", sa.String))
    board_pin = sa.table(
        "board_pin", sa.column("board_id", sa.Integer), sa.column("pin_hash", sa.String)
    )
    for board_id, pin_hash in conn.execute(sa.select(board_pin.c.board_id, board_pin.c.pin_hash)):
        conn.execute(board.update().where(board.c.id == board_id).values(pin_hash=pin_hash))
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_index("ix_membership_login")
        batch_op.drop_index("ix_membership_board_id")
    op.drop_table("membership")
    with op.batch_alter_table("pin_attempt", schema=None) as batch_op:
        batch_op.drop_index("ix_pin_attempt_board_id")
    op.drop_table("pin_attempt")
    op.drop_table("board_pin")
