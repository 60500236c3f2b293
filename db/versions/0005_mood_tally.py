"""mood as counts: mood_day and mood_tally replace mood_vote; no history row per vote

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 10:30:00

A vote row had an id in arrival order beside timestamped history rows, so a vote could be
lined up with what happened next (a prompted idea at 09.47). From here on a vote only adds
one to a count per board, day, release round and score, and writes no history row. Existing
votes become round 0 of their day (a past day is shown, as before, when it has enough votes;
today's wait for "Näytä päivän fiilis" or the day's end), with the board's minimum group of
today. Their per-vote history rows are deleted: they held nothing but the order.

The two new tables have no rowid on SQLite (WITHOUT ROWID): a later batch migration that
rebuilds them must pass `sqlite_with_rowid=False` again.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

SCORES = " UNION ALL ".join(f"SELECT {score} AS score" for score in range(11))


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        # The dropped votes' pages are zeroed, not left readable in the file's free list.
        conn.exec_driver_sql("PRAGMA secure_delete = ON")
    op.create_table(
        "mood_day",
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("min_group", sa.Integer(), nullable=False),
        sa.Column("released_rounds", sa.Integer(), nullable=False),
        sa.CheckConstraint("min_group >= 3", name=op.f("ck_mood_day_min_group_floor")),
        sa.CheckConstraint("released_rounds >= 0", name=op.f("ck_mood_day_released_rounds")),
        sa.ForeignKeyConstraint(
            ["board_id"], ["board.id"], name=op.f("fk_mood_day_board_id_board")
        ),
        sa.PrimaryKeyConstraint("board_id", "day", name=op.f("pk_mood_day")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "mood_tally",
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("votes", sa.Integer(), nullable=False),
        sa.CheckConstraint("score >= 0 AND score <= 10", name=op.f("ck_mood_tally_score_range")),
        sa.CheckConstraint("round >= 0", name=op.f("ck_mood_tally_round")),
        sa.CheckConstraint("votes >= 0", name=op.f("ck_mood_tally_votes")),
        sa.ForeignKeyConstraint(
            ["board_id", "day"],
            ["mood_day.board_id", "mood_day.day"],
            name="fk_mood_tally_day",
        ),
        sa.PrimaryKeyConstraint("board_id", "day", "round", "score", name=op.f("pk_mood_tally")),
        sqlite_with_rowid=False,
    )
    # Not in batch mode: a rebuilt table would lose WITHOUT ROWID.
    op.create_index(
        "ix_mood_tally_day", "mood_tally", ["day", "board_id", "round", "score", "votes"]
    )

    op.execute(
        "INSERT INTO mood_day (board_id, day, min_group, released_rounds) "
        "SELECT v.board_id, v.day, MAX(b.min_mood_group), 0 "
        "FROM mood_vote v JOIN board b ON b.id = v.board_id GROUP BY v.board_id, v.day"
    )
    # All eleven score rows of each day, as a vote writes them (zeros included).
    op.execute(
        'INSERT INTO mood_tally (board_id, day, "round", score, votes) '
        "SELECT d.board_id, d.day, 0, s.score, COALESCE(c.n, 0) "
        f"FROM mood_day d CROSS JOIN ({SCORES}) s "
        "LEFT JOIN (SELECT board_id, day, score, COUNT(*) AS n FROM mood_vote "
        "GROUP BY board_id, day, score) c "
        "ON c.board_id = d.board_id AND c.day = d.day AND c.score = s.score"
    )
    op.execute("DELETE FROM change WHERE entity = 'mood_vote'")
    if conn.dialect.name == "postgresql":
        access_rules_for_the_new_tables(conn)
    op.drop_index("ix_mood_vote_day_board", table_name="mood_vote")
    op.drop_index("ix_mood_vote_board_day", table_name="mood_vote")
    op.drop_table("mood_vote")


# Issue 14's `leanboard access setup` (leanboard/store/access.py) gives each table its grants
# and row-level security. A database where it has run would refuse every vote until it ran
# again, so the new tables get here what it gives them (the migration stands alone: the same
# rules written out; tests/store/test_access.py checks both ways end alike).
GROUP_ROLES = ("leanboard_wall", "leanboard_staff", "leanboard_leader", "leanboard_manager",
               "leanboard_admin")  # fmt: skip
RECORDING_ROLES = GROUP_ROLES[:4]


def access_rules_for_the_new_tables(conn: sa.Connection) -> None:
    enabled = conn.execute(
        sa.text("SELECT c.relrowsecurity FROM pg_class c WHERE c.oid = to_regclass('board')")
    ).scalar()
    if not enabled:
        return
    s = conn.dialect.identifier_preparer.quote_identifier(
        conn.execute(sa.text("SELECT current_schema()")).scalar_one()
    )
    roles = ", ".join(f'"{r}"' for r in GROUP_ROLES)
    recording = ", ".join(f'"{r}"' for r in RECORDING_ROLES)
    may = f"{s}.access_may(board_id, 'record')"
    statements = [
        f"REVOKE ALL ON {s}.mood_day, {s}.mood_tally FROM PUBLIC, {roles}",
        f"GRANT SELECT ON {s}.mood_day, {s}.mood_tally TO {roles}",
        f"GRANT INSERT, UPDATE (released_rounds) ON {s}.mood_day TO {recording}",
        f"GRANT INSERT, UPDATE (votes) ON {s}.mood_tally TO {recording}",
    ]
    checks = {
        "mood_day": (
            f"{may} AND min_group >= (SELECT greatest(3, b.min_mood_group)"
            f" FROM {s}.board b WHERE b.id = board_id)",
            may,
        ),
        "mood_tally": (may, may),
    }
    for table, (insert_check, update_check) in checks.items():
        statements += [
            f"ALTER TABLE {s}.{table} ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY access_read ON {s}.{table} FOR SELECT USING (true)",
            f"CREATE POLICY access_insert ON {s}.{table} FOR INSERT WITH CHECK ({insert_check})",
            f"CREATE POLICY access_update ON {s}.{table} FOR UPDATE USING (true)"
            f" WITH CHECK ({update_check})",
        ]
    for statement in statements:
        conn.exec_driver_sql(statement)


def downgrade() -> None:
    """Back to one row per vote; their order and history rows are gone for good."""
    op.create_table(
        "mood_vote",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.CheckConstraint("score >= 0 AND score <= 10", name=op.f("ck_mood_vote_score_range")),
        sa.ForeignKeyConstraint(
            ["board_id"], ["board.id"], name=op.f("fk_mood_vote_board_id_board")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mood_vote")),
    )
    with op.batch_alter_table("mood_vote", schema=None) as batch_op:
        batch_op.create_index("ix_mood_vote_board_day", ["board_id", "day"], unique=False)
        batch_op.create_index("ix_mood_vote_day_board", ["day", "board_id", "score"], unique=False)
    conn = op.get_bind()
    tally = sa.table(
        "mood_tally",
        sa.column("board_id", sa.Integer),
        sa.column("day", sa.Date),
        sa.column("score", sa.Integer),
        sa.column("votes", sa.Integer),
    )
    vote = sa.table(
        "mood_vote",
        sa.column("board_id", sa.Integer),
        sa.column("day", sa.Date),
        sa.column("score", sa.Integer),
    )
    rows = [
        {"board_id": board_id, "day": day, "score": score}
        for board_id, day, score, votes in conn.execute(
            sa.select(tally.c.board_id, tally.c.day, tally.c.score, tally.c.votes)
            .where(tally.c.votes > 0)
            .order_by(tally.c.board_id, tally.c.day, tally.c.score)
        )
        for _ in range(votes)
    ]
    if rows:
        conn.execute(vote.insert(), rows)
    op.drop_table("mood_tally")
    op.drop_table("mood_day")
