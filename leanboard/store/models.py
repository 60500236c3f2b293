"""SQLAlchemy 2 typed models. The schema changes only through Alembic migrations in db/.

Privacy by construction: mood is kept only as counts per board, day, round and score
(`MoodTally`) — no row per vote, no person, no screen, no time, no order; safety events have
no patient fields at all. Editable rows carry a `version` column used by
SQLAlchemy's optimistic locking, and are archived (`archived_at`) instead of deleted.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    select,
    text,
)
from sqlalchemy import true as sa_true
from sqlalchemy.orm import DeclarativeBase, Mapped, column_property, mapped_column, relationship

from leanboard.domain import clock

# Named constraints let Alembic's batch mode on SQLite rebuild tables reliably.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """Now as naive UTC, from the clock of the write transaction in progress (domain.clock)."""
    return clock.current().now()


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class BoardPin(Base):
    """A board's wall PIN (a PBKDF2 hash) and its wrong tries; a row exists while a PIN is set.

    Apart from `board`, so that with access control on (`leanboard access setup`) no login
    but the owner and admins can read the hash: others ask the database through functions
    that count every try here, per board, whatever screen or dialog it came from (0004).
    """

    __tablename__ = "board_pin"

    board_id: Mapped[int] = mapped_column(ForeignKey("board.id"), primary_key=True)
    pin_hash: Mapped[str] = mapped_column(String(200))
    failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    paused_until: Mapped[dt.datetime | None] = mapped_column(DateTime)  # UTC, no tries before


class Board(Base):
    __tablename__ = "board"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))  # BoardKind
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("board.id"), index=True)
    min_mood_group: Mapped[int] = mapped_column(Integer, default=5)
    sections: Mapped[list[str]] = mapped_column(JSON, default=list)  # shown sections, in order
    # Hours an escalated problem may wait at this board before the roll-up flags it (0001 → 0002).
    escalation_limit_hours: Mapped[int] = mapped_column(Integer, default=24, server_default="24")
    # An idea with no PDCA move for this many days is stale: marked on the wall, listed first
    # in "Mitä uutta" and counted in the roll-up (0003).
    stale_idea_days: Mapped[int] = mapped_column(Integer, default=30, server_default="30")
    # Starting the huddle timer opens "Mitä uutta" (what changed since the last huddle) (0003).
    news_at_huddle_start: Mapped[bool] = mapped_column(default=True, server_default=sa_true())
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    # Loaded with the board: an EXISTS on board_pin's key, which every login may read (the
    # hash itself only the owner and admins).
    has_pin: Mapped[bool] = column_property(  # EXISTS (SELECT board_id …): not SELECT *
        select(BoardPin.board_id).where(BoardPin.board_id == id).correlate_except(BoardPin).exists()
    )

    parent: Mapped[Board | None] = relationship(remote_side=[id])

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("min_mood_group >= 3", name="min_mood_group_floor"),
        CheckConstraint("kind IN ('organisation','area','unit','team')", name="kind"),
        CheckConstraint("stale_idea_days >= 1", name="stale_idea_days"),
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
    # The control chart its values make (domain.spc.ChartKind): xmr for any measured value,
    # p for a percentage of the period's denominator, u for a rate per `rate_per` units of
    # it; the denominator is MeasureValue.answers (0003).
    chart_kind: Mapped[str] = mapped_column(String(4), default="xmr", server_default="xmr")
    rate_per: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # A goal counted from the board's safety events of one kind (and severity, None: both),
    # e.g. falls per month, instead of values entered by hand (0006).
    safety_kind_id: Mapped[int | None] = mapped_column(ForeignKey("safety_event_kind.id"))
    safety_severity: Mapped[str | None] = mapped_column(String(10))  # Severity
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    safety_kind: Mapped[SafetyEventKind | None] = relationship()

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("direction IN ('higher','lower')", name="direction"),
        CheckConstraint("frequency IN ('day','week','month')", name="frequency"),
        CheckConstraint("chart_kind IN ('xmr','p','u')", name="chart_kind"),
        CheckConstraint("rate_per >= 1", name="rate_per"),
        CheckConstraint(
            "safety_severity IS NULL OR safety_severity IN ('near_miss','harm')",
            name="safety_severity",
        ),
        # A goal is found by its name on its board (imports, dialogs): one active goal a name.
        # Archived goals keep theirs (0008; "active_only" tells import-data's key check so).
        Index(
            "uq_measure_board_name_active",
            "board_id",
            "name",
            unique=True,
            sqlite_where=text("archived_at IS NULL"),
            postgresql_where=text("archived_at IS NULL"),
            info={"active_only": True},
        ),
    )


class MeasureValue(Base):
    """One period's value of a measure as reported by one board (inherited goals: each child)."""

    __tablename__ = "measure_value"

    id: Mapped[int] = mapped_column(primary_key=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("measure.id"))
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id"))
    period_start: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    # The denominator behind the value: NPS answers, or a P/U chart's patients or bed days.
    answers: Mapped[int | None] = mapped_column(Integer)
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


class MeasureAnnotation(Base):
    """A leader's note on one period of a measure on one board: the change being tested.

    Shown numbered on the wall chart, the desktop and the weekly and A3 PDFs (0003).
    """

    __tablename__ = "measure_annotation"

    id: Mapped[int] = mapped_column(primary_key=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("measure.id"))
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id"))
    period_start: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(120))
    idea_id: Mapped[int | None] = mapped_column(ForeignKey("idea.id"))
    a3_id: Mapped[int | None] = mapped_column(ForeignKey("a3_report.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_measure_annotation_series", "measure_id", "board_id", "period_start"),
    )


class MeasurePhase(Base):
    """A mark that splits or freezes a measure's chart on one board (domain.measure_chart).

    kind 'start': a new phase begins at `period_start` (qicharts2 `part`); kind 'freeze': the
    phase's baseline ends at `period_start` (qicharts2 `freeze`) (0003).
    """

    __tablename__ = "measure_phase"

    id: Mapped[int] = mapped_column(primary_key=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("measure.id"))
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id"))
    kind: Mapped[str] = mapped_column(String(10))
    period_start: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("kind IN ('start','freeze')", name="kind"),
        Index("ix_measure_phase_series", "measure_id", "board_id", "period_start"),
    )


class MoodDayState(Base):
    """A board's mood day: its minimum group (fixed by the day's first vote) and how many of
    its rounds "Näytä päivän fiilis" has released (domain/mood_release.py has the rule)."""

    __tablename__ = "mood_day"

    board_id: Mapped[int] = mapped_column(ForeignKey("board.id"), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    min_group: Mapped[int] = mapped_column(Integer)
    released_rounds: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        CheckConstraint("min_group >= 3", name="min_group_floor"),
        CheckConstraint("released_rounds >= 0", name="released_rounds"),
        # No rowid on SQLite: a hidden insertion order is an order nobody asked to keep.
        {"sqlite_with_rowid": False},
    )


class MoodTally(Base):
    """Anonymous mood votes as counts: how many gave each score on a board's day and round.

    No row per vote, no id, no time, no order: a vote adds one to its score's count. The
    first vote of a round writes all eleven score rows at once and every vote rewrites all
    eleven, so neither SQLite's storage order nor PostgreSQL's row versions (xmin, ctid)
    tell which score the last vote added.
    """

    __tablename__ = "mood_tally"

    board_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    round: Mapped[int] = mapped_column(Integer, primary_key=True)
    score: Mapped[int] = mapped_column(Integer, primary_key=True)
    votes: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        ForeignKeyConstraint(
            ["board_id", "day"], ["mood_day.board_id", "mood_day.day"], name="fk_mood_tally_day"
        ),
        CheckConstraint("score >= 0 AND score <= 10", name="score_range"),
        CheckConstraint("round >= 0", name="round"),
        CheckConstraint("votes >= 0", name="votes"),
        # The roll-up's week of every board at once, read from the index alone.
        Index("ix_mood_tally_day", "day", "board_id", "round", "score", "votes"),
        {"sqlite_with_rowid": False},
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
    second "held" the same day edits that day's entry (0007 merged earlier duplicates)."""

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


class PinAttempt(Base):
    """A PIN try handed to the database, judged in a later transaction (PostgreSQL, access
    control on): a try counts as a failure when it is handed in, so rolling back the
    transaction that reads the verdict cannot make guessing free. Never exported (0004)."""

    __tablename__ = "pin_attempt"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id"), index=True)
    login: Mapped[str] = mapped_column(String(63))
    digest: Mapped[str] = mapped_column(String(200))
    submitted_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # The transaction that handed it in: a verdict is given only in another one, after it
    # committed (and so counted).
    submitted_tx: Mapped[int | None] = mapped_column(BigInteger)
    verified_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Membership(Base):
    """Who may do what where: a PostgreSQL login, its role, and the board the role covers.

    Row-level security policies read this table (see store/access.py). `board_id` is empty
    for admin and for staff of every board; wall, leader and manager always name one (0004).
    """

    __tablename__ = "membership"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(63))
    role: Mapped[str] = mapped_column(String(10))  # AccessRole
    board_id: Mapped[int | None] = mapped_column(ForeignKey("board.id"), index=True)
    granted_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (
        CheckConstraint("role IN ('wall','staff','leader','manager','admin')", name="role"),
        Index("ix_membership_login", "login", "role"),
    )


# Tables that are no data of their own: never exported, copied or compared for emptiness.
TRANSIENT_TABLES = frozenset({"pin_attempt"})

# The order tables are copied and exported in: parents before children.
TABLES_IN_ORDER = [t for t in Base.metadata.sorted_tables if t.name not in TRANSIENT_TABLES]
