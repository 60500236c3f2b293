"""SQLAlchemy 2 typed models. The schema changes only through Alembic migrations in db/.

Privacy by construction: `MoodVote` has no person, no time of day and no screen; safety
events have no patient fields at all. Editable rows carry a `version` column used by
SQLAlchemy's optimistic locking, and are archived (`archived_at`) instead of deleted.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints let Alembic's batch mode on SQLite rebuild tables reliably.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Board(Base):
    __tablename__ = "board"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))  # BoardKind
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("board.id"), index=True)
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    min_mood_group: Mapped[int] = mapped_column(Integer, default=5)
    sections: Mapped[list[str]] = mapped_column(JSON, default=list)  # shown sections, in order
    # Hours an escalated problem may wait at this board before the roll-up flags it (0001 → 0002).
    escalation_limit_hours: Mapped[int] = mapped_column(Integer, default=24, server_default="24")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    parent: Mapped[Board | None] = relationship(remote_side=[id])

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("min_mood_group >= 3", name="min_mood_group_floor"),
        CheckConstraint("kind IN ('organisation','area','unit','team')", name="kind"),
    )


class Measure(Base):
    """A goal/measure. `inherited` goals set on a board appear on every board below it."""

    __tablename__ = "measure"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(40), default="")
    target: Mapped[float | None] = mapped_column(Float)
    direction: Mapped[str] = mapped_column(String(10))  # Direction
    frequency: Mapped[str] = mapped_column(String(10))  # Frequency
    inherited: Mapped[bool] = mapped_column(default=False)
    decimals: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("direction IN ('higher','lower')", name="direction"),
        CheckConstraint("frequency IN ('day','week','month')", name="frequency"),
    )


class MeasureValue(Base):
    """One period's value of a measure as reported by one board (inherited goals: each child)."""

    __tablename__ = "measure_value"

    id: Mapped[int] = mapped_column(primary_key=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("measure.id"))
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id"))
    period_start: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    answers: Mapped[int | None] = mapped_column(Integer)  # e.g. NPS: number of answers behind it
    source: Mapped[str] = mapped_column(String(20), default="manual")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        UniqueConstraint("measure_id", "board_id", "period_start", name="uq_measure_value_period"),
        Index("ix_measure_value_board_period", "board_id", "period_start"),
        # The roll-up's latest value per goal and board, read from the index alone (0002).
        Index("ix_measure_value_latest", "board_id", "measure_id", "period_start", "value"),
    )


class MoodVote(Base):
    """An anonymous mood vote: a score, a board, a day. Nothing else, by design."""

    __tablename__ = "mood_vote"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id"))
    day: Mapped[dt.date] = mapped_column(Date)
    score: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        CheckConstraint("score >= 0 AND score <= 10", name="score_range"),
        Index("ix_mood_vote_board_day", "board_id", "day"),
        # The roll-up's week of every board at once, read from the index alone (0002).
        Index("ix_mood_vote_day_board", "day", "board_id", "score"),
    )


class Idea(Base):
    __tablename__ = "idea"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id"))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(10), default="new")  # PdcaState
    category: Mapped[str | None] = mapped_column(String(1))  # Sqdc
    owner: Mapped[str | None] = mapped_column(String(100))
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    origin: Mapped[str] = mapped_column(String(20), default="board")  # Origin
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    state_changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("state IN ('new','plan','do','check','act','done')", name="state"),
        CheckConstraint("category IS NULL OR category IN ('S','Q','D','C')", name="category"),
        Index("ix_idea_board_state", "board_id", "state"),
        Index("ix_idea_done_at", "done_at"),  # the roll-up's ideas done this week (0002)
    )


class Problem(Base):
    """An SQDC problem. `waiting_board_id` is the tier it currently waits at when escalated."""

    __tablename__ = "problem"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id"))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(1))  # Sqdc
    status: Mapped[str] = mapped_column(String(12), default="open")  # ProblemStatus
    owner: Mapped[str | None] = mapped_column(String(100))
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    waiting_board_id: Mapped[int | None] = mapped_column(ForeignKey("board.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    solved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    escalations: Mapped[list[Escalation]] = relationship(
        back_populates="problem", order_by="Escalation.id", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("category IN ('S','Q','D','C')", name="category"),
        CheckConstraint("status IN ('open','in_progress','solved')", name="status"),
        Index("ix_problem_board_status", "board_id", "status"),
    )


class Escalation(Base):
    """One step of a problem up the tree, and the answer that comes back down."""

    __tablename__ = "escalation"

    id: Mapped[int] = mapped_column(primary_key=True)
    problem_id: Mapped[int] = mapped_column(ForeignKey("problem.id"), index=True)
    from_board_id: Mapped[int] = mapped_column(ForeignKey("board.id"))
    to_board_id: Mapped[int] = mapped_column(ForeignKey("board.id"), index=True)
    note: Mapped[str | None] = mapped_column(Text)
    escalated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    answer_kind: Mapped[str | None] = mapped_column(String(12))  # AnswerKind
    answer: Mapped[str | None] = mapped_column(Text)
    answered_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    problem: Mapped[Problem] = relationship(back_populates="escalations")


class SafetyEventKind(Base):
    """Fall, medication error, threat situation, and any kinds an organisation adds."""

    __tablename__ = "safety_event_kind"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class SafetyEvent(Base):
    """A safety event on a board's day. No patient fields, and the description is guarded."""

    __tablename__ = "safety_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id"))
    day: Mapped[dt.date] = mapped_column(Date)
    kind_id: Mapped[int] = mapped_column(ForeignKey("safety_event_kind.id"))
    severity: Mapped[str] = mapped_column(String(10))  # Severity
    description: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    kind: Mapped[SafetyEventKind] = relationship()

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("severity IN ('near_miss','harm')", name="severity"),
        Index("ix_safety_event_board_day", "board_id", "day"),
    )


class A3Report(Base):
    __tablename__ = "a3_report"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    owner: Mapped[str | None] = mapped_column(String(100))
    phase: Mapped[str] = mapped_column(String(10), default="plan")  # A3Phase
    background: Mapped[str | None] = mapped_column(Text)
    current_condition: Mapped[str | None] = mapped_column(Text)
    target_condition: Mapped[str | None] = mapped_column(Text)
    root_cause: Mapped[str | None] = mapped_column(Text)
    five_whys: Mapped[list[str]] = mapped_column(JSON, default=list)
    fishbone: Mapped[dict[str, list[str]]] = mapped_column(JSON, default=dict)
    countermeasures: Mapped[str | None] = mapped_column(Text)
    follow_up: Mapped[str | None] = mapped_column(Text)
    effect_measure_id: Mapped[int | None] = mapped_column(ForeignKey("measure.id"))
    problem_id: Mapped[int | None] = mapped_column(ForeignKey("problem.id"))
    idea_id: Mapped[int | None] = mapped_column(ForeignKey("idea.id"))
    started_on: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    actions: Mapped[list[A3Action]] = relationship(
        back_populates="report", order_by="A3Action.position", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (CheckConstraint("phase IN ('plan','do','check','act','done')", name="phase"),)


class A3Action(Base):
    __tablename__ = "a3_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    a3_id: Mapped[int] = mapped_column(ForeignKey("a3_report.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    action: Mapped[str] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(100))
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="todo")  # ActionStatus
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    report: Mapped[A3Report] = relationship(back_populates="actions")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (CheckConstraint("status IN ('todo','doing','done')", name="status"),)


class Huddle(Base):
    """A huddle held at a board: when, how long, how many attended. One a day per board: a
    second "held" the same day edits that day's entry (0003 merged earlier duplicates)."""

    __tablename__ = "huddle"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id"))
    day: Mapped[dt.date] = mapped_column(Date)
    held_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    attendance: Mapped[int] = mapped_column(Integer)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint("attendance >= 0", name="attendance"),
        UniqueConstraint("board_id", "day", name="uq_huddle_board_day"),
    )


class Change(Base):
    """The change history: who or which screen changed what and when.

    It also drives the change watcher: a screen that notices the database changed reads the
    rows after the last id it saw and refreshes only the boards and sections they name.
    """

    __tablename__ = "change"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str | None] = mapped_column(String(100))
    board_id: Mapped[int | None] = mapped_column(Integer, index=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))  # create, update, archive, restore, ...
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    __table_args__ = (Index("ix_change_entity", "entity", "entity_id"),)


# The order tables are copied and exported in: parents before children.
TABLES_IN_ORDER = [t for t in Base.metadata.sorted_tables]
