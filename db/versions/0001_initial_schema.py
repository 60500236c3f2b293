"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25 06:36:05.399109
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "board",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("pin_hash", sa.String(length=200), nullable=True),
        sa.Column("min_mood_group", sa.Integer(), nullable=False),
        sa.Column("sections", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('organisation','area','unit','team')", name=op.f("ck_board_kind")
        ),
        sa.CheckConstraint("min_mood_group >= 3", name=op.f("ck_board_min_mood_group_floor")),
        sa.ForeignKeyConstraint(["parent_id"], ["board.id"], name=op.f("fk_board_parent_id_board")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board")),
        sa.UniqueConstraint("code", name=op.f("uq_board_code")),
    )
    with op.batch_alter_table("board", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_board_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=True),
        sa.Column("board_id", sa.Integer(), nullable=True),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change")),
    )
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_board_id"), ["board_id"], unique=False)
        batch_op.create_index("ix_change_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "safety_event_kind",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_safety_event_kind")),
        sa.UniqueConstraint("code", name=op.f("uq_safety_event_kind_code")),
    )
    op.create_table(
        "huddle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("held_at", sa.DateTime(), nullable=False),
        sa.Column("attendance", sa.Integer(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint("attendance >= 0", name=op.f("ck_huddle_attendance")),
        sa.ForeignKeyConstraint(["board_id"], ["board.id"], name=op.f("fk_huddle_board_id_board")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_huddle")),
    )
    with op.batch_alter_table("huddle", schema=None) as batch_op:
        batch_op.create_index("ix_huddle_board_day", ["board_id", "day"], unique=False)

    op.create_table(
        "idea",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("category", sa.String(length=1), nullable=True),
        sa.Column("owner", sa.String(length=100), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("state_changed_at", sa.DateTime(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "category IS NULL OR category IN ('S','Q','D','C')", name=op.f("ck_idea_category")
        ),
        sa.CheckConstraint(
            "state IN ('new','plan','do','check','act','done')", name=op.f("ck_idea_state")
        ),
        sa.ForeignKeyConstraint(["board_id"], ["board.id"], name=op.f("fk_idea_board_id_board")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_idea")),
    )
    with op.batch_alter_table("idea", schema=None) as batch_op:
        batch_op.create_index("ix_idea_board_state", ["board_id", "state"], unique=False)

    op.create_table(
        "measure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=False),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("frequency", sa.String(length=10), nullable=False),
        sa.Column("inherited", sa.Boolean(), nullable=False),
        sa.Column("decimals", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("direction IN ('higher','lower')", name=op.f("ck_measure_direction")),
        sa.CheckConstraint(
            "frequency IN ('day','week','month')", name=op.f("ck_measure_frequency")
        ),
        sa.ForeignKeyConstraint(["board_id"], ["board.id"], name=op.f("fk_measure_board_id_board")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measure")),
    )
    with op.batch_alter_table("measure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_measure_board_id"), ["board_id"], unique=False)

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

    op.create_table(
        "problem",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("category", sa.String(length=1), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("owner", sa.String(length=100), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("waiting_board_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("solved_at", sa.DateTime(), nullable=True),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("category IN ('S','Q','D','C')", name=op.f("ck_problem_category")),
        sa.CheckConstraint(
            "status IN ('open','in_progress','solved')", name=op.f("ck_problem_status")
        ),
        sa.ForeignKeyConstraint(["board_id"], ["board.id"], name=op.f("fk_problem_board_id_board")),
        sa.ForeignKeyConstraint(
            ["waiting_board_id"], ["board.id"], name=op.f("fk_problem_waiting_board_id_board")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_problem")),
    )
    with op.batch_alter_table("problem", schema=None) as batch_op:
        batch_op.create_index("ix_problem_board_status", ["board_id", "status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_problem_waiting_board_id"), ["waiting_board_id"], unique=False
        )

    op.create_table(
        "safety_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind_id", sa.Integer(), nullable=False),
        sa.Column("severity", sa.String(length=10), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "severity IN ('near_miss','harm')", name=op.f("ck_safety_event_severity")
        ),
        sa.ForeignKeyConstraint(
            ["board_id"], ["board.id"], name=op.f("fk_safety_event_board_id_board")
        ),
        sa.ForeignKeyConstraint(
            ["kind_id"],
            ["safety_event_kind.id"],
            name=op.f("fk_safety_event_kind_id_safety_event_kind"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_safety_event")),
    )
    with op.batch_alter_table("safety_event", schema=None) as batch_op:
        batch_op.create_index("ix_safety_event_board_day", ["board_id", "day"], unique=False)

    op.create_table(
        "a3_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("owner", sa.String(length=100), nullable=True),
        sa.Column("phase", sa.String(length=10), nullable=False),
        sa.Column("background", sa.Text(), nullable=True),
        sa.Column("current_condition", sa.Text(), nullable=True),
        sa.Column("target_condition", sa.Text(), nullable=True),
        sa.Column("root_cause", sa.Text(), nullable=True),
        sa.Column("five_whys", sa.JSON(), nullable=False),
        sa.Column("fishbone", sa.JSON(), nullable=False),
        sa.Column("countermeasures", sa.Text(), nullable=True),
        sa.Column("follow_up", sa.Text(), nullable=True),
        sa.Column("effect_measure_id", sa.Integer(), nullable=True),
        sa.Column("problem_id", sa.Integer(), nullable=True),
        sa.Column("idea_id", sa.Integer(), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "phase IN ('plan','do','check','act','done')", name=op.f("ck_a3_report_phase")
        ),
        sa.ForeignKeyConstraint(
            ["board_id"], ["board.id"], name=op.f("fk_a3_report_board_id_board")
        ),
        sa.ForeignKeyConstraint(
            ["effect_measure_id"],
            ["measure.id"],
            name=op.f("fk_a3_report_effect_measure_id_measure"),
        ),
        sa.ForeignKeyConstraint(["idea_id"], ["idea.id"], name=op.f("fk_a3_report_idea_id_idea")),
        sa.ForeignKeyConstraint(
            ["problem_id"], ["problem.id"], name=op.f("fk_a3_report_problem_id_problem")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_a3_report")),
    )
    with op.batch_alter_table("a3_report", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_a3_report_board_id"), ["board_id"], unique=False)

    op.create_table(
        "escalation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("problem_id", sa.Integer(), nullable=False),
        sa.Column("from_board_id", sa.Integer(), nullable=False),
        sa.Column("to_board_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("escalated_at", sa.DateTime(), nullable=False),
        sa.Column("answer_kind", sa.String(length=12), nullable=True),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["from_board_id"], ["board.id"], name=op.f("fk_escalation_from_board_id_board")
        ),
        sa.ForeignKeyConstraint(
            ["problem_id"], ["problem.id"], name=op.f("fk_escalation_problem_id_problem")
        ),
        sa.ForeignKeyConstraint(
            ["to_board_id"], ["board.id"], name=op.f("fk_escalation_to_board_id_board")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_escalation")),
    )
    with op.batch_alter_table("escalation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_escalation_problem_id"), ["problem_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_escalation_to_board_id"), ["to_board_id"], unique=False
        )

    op.create_table(
        "measure_value",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("answers", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["board_id"], ["board.id"], name=op.f("fk_measure_value_board_id_board")
        ),
        sa.ForeignKeyConstraint(
            ["measure_id"], ["measure.id"], name=op.f("fk_measure_value_measure_id_measure")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measure_value")),
        sa.UniqueConstraint(
            "measure_id", "board_id", "period_start", name="uq_measure_value_period"
        ),
    )
    with op.batch_alter_table("measure_value", schema=None) as batch_op:
        batch_op.create_index(
            "ix_measure_value_board_period", ["board_id", "period_start"], unique=False
        )

    op.create_table(
        "a3_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("a3_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=100), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("status IN ('todo','doing','done')", name=op.f("ck_a3_action_status")),
        sa.ForeignKeyConstraint(
            ["a3_id"], ["a3_report.id"], name=op.f("fk_a3_action_a3_id_a3_report")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_a3_action")),
    )
    with op.batch_alter_table("a3_action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_a3_action_a3_id"), ["a3_id"], unique=False)

    # Every board counts these three from the start (DOMAIN.md: the 24-hour care board).
    kinds = sa.table(
        "safety_event_kind",
        sa.column("id", sa.Integer),
        sa.column("code", sa.String),
        sa.column("name", sa.String),
        sa.column("sort_order", sa.Integer),
    )
    op.bulk_insert(
        kinds,
        [
            {"code": "fall", "name": "Kaatuminen", "sort_order": 1},
            {"code": "medication", "name": "Lääkevirhe", "sort_order": 2},
            {"code": "threat", "name": "Uhka- tai vaaratilanne", "sort_order": 3},
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("a3_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_a3_action_a3_id"))

    op.drop_table("a3_action")
    with op.batch_alter_table("measure_value", schema=None) as batch_op:
        batch_op.drop_index("ix_measure_value_board_period")

    op.drop_table("measure_value")
    with op.batch_alter_table("escalation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_escalation_to_board_id"))
        batch_op.drop_index(batch_op.f("ix_escalation_problem_id"))

    op.drop_table("escalation")
    with op.batch_alter_table("a3_report", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_a3_report_board_id"))

    op.drop_table("a3_report")
    with op.batch_alter_table("safety_event", schema=None) as batch_op:
        batch_op.drop_index("ix_safety_event_board_day")

    op.drop_table("safety_event")
    with op.batch_alter_table("problem", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_problem_waiting_board_id"))
        batch_op.drop_index("ix_problem_board_status")

    op.drop_table("problem")
    with op.batch_alter_table("mood_vote", schema=None) as batch_op:
        batch_op.drop_index("ix_mood_vote_board_day")

    op.drop_table("mood_vote")
    with op.batch_alter_table("measure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_measure_board_id"))

    op.drop_table("measure")
    with op.batch_alter_table("idea", schema=None) as batch_op:
        batch_op.drop_index("ix_idea_board_state")

    op.drop_table("idea")
    with op.batch_alter_table("huddle", schema=None) as batch_op:
        batch_op.drop_index("ix_huddle_board_day")

    op.drop_table("huddle")
    op.drop_table("safety_event_kind")
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.drop_index("ix_change_entity")
        batch_op.drop_index(batch_op.f("ix_change_board_id"))

    op.drop_table("change")
    with op.batch_alter_table("board", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_board_parent_id"))

    op.drop_table("board")
