"""Plain data the services return. Widgets, reports and the CLI never see a Session or a model."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from leanboard.domain.rules import MoodFigure


@dataclass(frozen=True)
class BoardInfo:
    id: int
    code: str
    name: str
    kind: str
    parent_id: int | None
    min_mood_group: int
    sections: tuple[str, ...]
    has_pin: bool
    archived: bool
    version: int
    depth: int = 0  # place in the tree, for indented lists


@dataclass(frozen=True)
class MeasureInfo:
    id: int
    board_id: int  # the board that owns the goal (a parent's for inherited goals)
    name: str
    unit: str
    target: float | None
    direction: str
    frequency: str
    inherited: bool
    decimals: int
    description: str | None
    version: int


@dataclass(frozen=True)
class MeasurePoint:
    period_start: dt.date
    period_key: str
    value: float
    answers: int | None = None


@dataclass(frozen=True)
class MeasureSeries:
    """A measure as one board sees it: its own values, latest last."""

    measure: MeasureInfo
    board_id: int
    points: tuple[MeasurePoint, ...]
    from_parent: bool  # set on a board above this one: read-only here

    @property
    def latest(self) -> MeasurePoint | None:
        return self.points[-1] if self.points else None

    @property
    def on_target(self) -> bool | None:
        latest, target = self.latest, self.measure.target
        if latest is None or target is None:
            return None
        if self.measure.direction == "higher":
            return latest.value >= target
        return latest.value <= target


@dataclass(frozen=True)
class MoodDay:
    day: dt.date
    figure: MoodFigure


@dataclass(frozen=True)
class MoodSummary:
    today: MoodDay
    week: tuple[MoodDay, ...]  # Monday .. today
    min_group: int
    prompts_this_week: int  # ideas logged from the mood prompt


@dataclass(frozen=True)
class MoodVoteResult:
    day: dt.date
    prompt_idea: bool  # "Jos alle 8, kirjaa kehitysidea!"


@dataclass(frozen=True)
class IdeaItem:
    id: int
    board_id: int
    title: str
    description: str | None
    state: str
    category: str | None
    owner: str | None
    due_date: dt.date | None
    origin: str
    created_at: dt.datetime
    state_changed_at: dt.datetime
    done_at: dt.datetime | None
    archived: bool
    version: int
    overdue: bool


@dataclass(frozen=True)
class EscalationItem:
    id: int
    from_board_id: int
    from_board_code: str
    to_board_id: int
    to_board_code: str
    to_board_name: str
    note: str | None
    escalated_at: dt.datetime
    answer_kind: str | None
    answer: str | None
    answered_at: dt.datetime | None


@dataclass(frozen=True)
class ProblemItem:
    id: int
    board_id: int
    board_code: str
    title: str
    description: str | None
    category: str
    status: str
    owner: str | None
    due_date: dt.date | None
    waiting_board_id: int | None
    escalations: tuple[EscalationItem, ...]
    created_at: dt.datetime
    solved_at: dt.datetime | None
    archived: bool
    version: int
    overdue: bool

    @property
    def escalated(self) -> bool:
        return bool(self.escalations)

    @property
    def latest_answer(self) -> EscalationItem | None:
        answered = [e for e in self.escalations if e.answered_at is not None]
        return answered[-1] if answered else None


@dataclass(frozen=True)
class SafetyEventItem:
    id: int
    board_id: int
    day: dt.date
    kind_code: str
    kind_name: str
    severity: str
    description: str | None
    archived: bool
    version: int


@dataclass(frozen=True)
class SafetyKindInfo:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class SafetyDay:
    day: dt.date
    status: str  # SafetyDayStatus
    count: int
    by_kind: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class SafetyCross:
    year: int
    month: int
    days: tuple[SafetyDay, ...]  # every day of the month, 1..n
    today: dt.date
    days_since_harm: int | None  # None: no harm event recorded at all


@dataclass(frozen=True)
class A3Item:
    id: int
    board_id: int
    title: str
    owner: str | None
    phase: str
    started_on: dt.date
    updated_at: dt.datetime
    open_actions: int
    overdue_actions: int
    version: int


@dataclass(frozen=True)
class HuddleItem:
    id: int
    board_id: int
    day: dt.date
    held_at: dt.datetime
    attendance: int
    duration_minutes: int | None
    note: str | None


@dataclass(frozen=True)
class ChangeItem:
    id: int
    at: dt.datetime
    actor: str | None
    board_id: int | None
    entity: str
    entity_id: int | None
    action: str
    details: dict[str, Any]


@dataclass(frozen=True)
class BoardSnapshot:
    """Everything one board shows, read in one go."""

    board: BoardInfo
    parent: BoardInfo | None
    today: dt.date
    measures: tuple[MeasureSeries, ...]
    mood: MoodSummary
    ideas: tuple[IdeaItem, ...]
    problems: tuple[ProblemItem, ...]
    escalated_to_us: tuple[ProblemItem, ...]
    safety: SafetyCross
    safety_kinds: tuple[SafetyKindInfo, ...]
    a3s: tuple[A3Item, ...]
    huddles_today: tuple[HuddleItem, ...]
    last_change_id: int


# --- A3 problem solving (issue 6) ------------------------------------------------------------


@dataclass(frozen=True)
class A3ActionItem:
    """One row of an A3's implementation plan: what, who, when, status."""

    id: int
    a3_id: int
    position: int
    action: str
    owner: str | None
    due_date: dt.date | None
    status: str  # ActionStatus
    version: int
    overdue: bool


@dataclass(frozen=True)
class A3ActionDraft:
    """A plan row as the editor sends it: `id` None for a new row; `version` the one read."""

    action: str
    owner: str | None = None
    due_date: object = None  # a date, "24.11.2026" or "2026-11-24"
    status: str = "todo"
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class A3Detail:
    """A whole A3 report with everything its editor and its PDF show."""

    id: int
    board_id: int
    board_code: str
    board_name: str
    title: str
    owner: str | None
    phase: str
    background: str | None
    current_condition: str | None
    target_condition: str | None
    root_cause: str | None
    five_whys: tuple[str, ...]
    fishbone: dict[str, tuple[str, ...]]
    countermeasures: str | None
    follow_up: str | None
    effect_measure_id: int | None
    effect: MeasureSeries | None  # the effect measure with its run-chart points on this board
    problem_id: int | None
    problem_title: str | None
    idea_id: int | None
    idea_title: str | None
    started_on: dt.date
    created_at: dt.datetime
    updated_at: dt.datetime
    archived: bool
    version: int
    actions: tuple[A3ActionItem, ...]

    @property
    def overdue_actions(self) -> int:
        return sum(a.overdue for a in self.actions)


@dataclass(frozen=True)
class A3Row:
    """An A3 in the list of a board or of the whole organisation."""

    id: int
    board_id: int
    board_code: str
    board_name: str
    title: str
    owner: str | None
    phase: str
    started_on: dt.date
    age_days: int
    open_actions: int
    overdue_actions: int
    version: int
