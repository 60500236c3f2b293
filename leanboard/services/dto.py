"""Plain data the services return. Widgets, reports and the CLI never see a Session or a model."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from leanboard.domain.access import Rights
from leanboard.domain.mood_release import MoodFigure


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
    escalation_limit_hours: int  # an escalation waiting longer needs help (roll-up)
    depth: int = 0  # place in the tree, for indented lists
    stale_idea_days: int = 30  # an idea unmoved this long is stale
    news_at_huddle_start: bool = True  # the huddle timer's start opens "Mitä uutta"


@dataclass(frozen=True)
class RerouteItem:
    """An escalated problem whose waiting place changed because its board moved."""

    problem_id: int
    title: str
    from_board_code: str  # the tier it waited at, no longer above it
    to_board_code: str | None  # where it waits now; None: returned to its team (no tier above)


@dataclass(frozen=True)
class BoardMove:
    """What moving a board (with everything below it) did besides changing its parent."""

    board: BoardInfo
    old_parent_code: str | None
    new_parent_code: str | None
    boards_moved: int  # the board and every board below it
    rerouted: tuple[RerouteItem, ...]
    goals_left: tuple[str, ...]  # goals handed down from the old place that no longer reach it
    goals_gained: tuple[str, ...]  # goals handed down from the new place

    @property
    def changed(self) -> bool:
        return self.old_parent_code != self.new_parent_code


@dataclass(frozen=True)
class TreeImportSummary:
    boards: tuple[BoardInfo, ...]  # created, in tree order
    attached_to: tuple[str, ...]  # codes of boards already in the database that got children


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
    chart_kind: str = "xmr"  # domain.spc.ChartKind: the control chart its values make
    rate_per: int = 1  # U chart: the value is a rate per this many units of the denominator
    # Counted from the board's safety events of this kind (None: values are entered).
    safety_kind_code: str | None = None
    safety_severity: str | None = None  # None: near misses and harm events both count

    @property
    def counted(self) -> bool:
        return self.safety_kind_code is not None


@dataclass(frozen=True)
class PeriodChoice:
    """A period a value can be entered for, as the picker lists it."""

    key: str  # 2026-W49, 2026-12, 2026-12-07: what record_value takes
    start: dt.date
    label: str  # vk 49 · 30.11.–6.12.2026


@dataclass(frozen=True)
class MeasurePoint:
    period_start: dt.date
    period_key: str
    value: float
    answers: int | None = None  # the denominator: NPS answers, a P/U chart's patients or days


@dataclass(frozen=True)
class AnnotationItem:
    """A leader's note on one period of a measure's chart (the change being tested)."""

    id: int
    measure_id: int
    board_id: int
    period_start: dt.date
    period_key: str
    note: str
    idea_id: int | None
    idea_title: str | None
    a3_id: int | None
    a3_title: str | None
    created_at: dt.datetime
    archived: bool
    version: int


@dataclass(frozen=True)
class PhaseMarkItem:
    """A phase start ('start') or the end of a frozen baseline ('freeze') on a measure's chart.

    A freeze carries its baseline: the points of its phase up to its period, oldest first.
    """

    id: int
    measure_id: int
    board_id: int
    kind: str
    period_start: dt.date
    period_key: str
    note: str | None
    created_at: dt.datetime
    archived: bool
    version: int
    baseline: tuple[MeasurePoint, ...] = ()


@dataclass(frozen=True)
class MeasureSeries:
    """A measure as one board sees it: its own values, latest last."""

    measure: MeasureInfo
    board_id: int
    points: tuple[MeasurePoint, ...]
    from_parent: bool  # set on a board above this one: read-only here
    annotations: tuple[AnnotationItem, ...] = ()  # the board's notes on this measure
    marks: tuple[PhaseMarkItem, ...] = ()  # phase starts and frozen baselines

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
    min_group: int  # the board's setting now (a day keeps the one of its first vote)
    prompts_this_week: int  # ideas logged from the mood prompt

    @property
    def can_release(self) -> bool:
        """ "Näytä päivän fiilis" would show today's new votes: there are enough of them."""
        figure = self.today.figure
        return figure.pending > 0 and figure.pending >= figure.min_group


@dataclass(frozen=True)
class MoodVoteResult:
    day: dt.date  # the day the vote counts for; nothing about the score comes back


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
    stale: bool = False  # no PDCA move for the board's stale_idea_days


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
    # Escalated and waiting for an answer longer than the board it waits at allows.
    waiting_over_limit: bool = False

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
    first_day: dt.date | None = None  # the board's first day: days before it are not painted


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
class HuddleLog:
    """What logging a huddle did: the day's entry now, and before (None: it was new)."""

    huddle: HuddleItem
    before: HuddleItem | None


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
    rollup: Rollup | None = None  # boards with boards below them: the roll-up of those
    # What the connected login may do here (access control); everything where none applies.
    rights: Rights = field(default_factory=lambda: Rights.everything(""))
    children: tuple[BoardInfo, ...] = ()  # the boards directly below, by name


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


# ---- Roll-up of the boards below a tier-2+ board (services/rollup.py explains the figures)


@dataclass(frozen=True)
class RollupMood:
    """A subtree's mood this week: the average of its released votes only
    (domain/mood_release.py), so no hidden vote is inside a shown figure."""

    votes: int  # every vote given in the subtree this week (a count says nothing of scores)
    shown_votes: int  # the votes the average is made of
    average: float | None  # None: none released yet, or too few to release
    pending: int = 0  # today's votes waiting for "Näytä päivän fiilis" or the day's end

    @property
    def hidden(self) -> int:
        """Votes given that the average leaves out (too few, or not released yet)."""
        return self.votes - self.shown_votes


@dataclass(frozen=True)
class RollupSafety:
    code: str
    name: str
    near_miss_week: int
    harm_week: int
    near_miss_month: int
    harm_month: int


@dataclass(frozen=True)
class RollupWaiting:
    """A problem escalated to the board the roll-up belongs to, still waiting for its answer."""

    problem_id: int
    title: str
    category: str
    from_board_id: int  # the board the problem belongs to
    from_board_code: str
    escalated_at: dt.datetime  # when it reached this tier
    hours_waiting: float
    over_limit: bool


@dataclass(frozen=True)
class RollupRow:
    board: BoardInfo  # the child board (or, for the total, the roll-up's own board)
    boards_covered: int  # boards in the child's subtree, the child included
    mood: RollupMood
    goals_on_target: int
    goals_off_target: int
    goals_no_data: int
    open_problems: dict[str, int]  # SQDC letter → open problems in the subtree
    waiting: tuple[RollupWaiting, ...]  # escalated from the subtree to this tier, longest first
    safety: tuple[RollupSafety, ...]  # every kind, in the kinds' order
    ideas_done_week: int
    huddles_week: int
    huddles_missing: int  # weekdays before today with no huddle, summed over the subtree's boards
    needs_help: tuple[str, ...]  # reasons, most urgent first: harm, overdue_escalation, ...
    # Stale work in the subtree: ideas unmoved for their board's stale_idea_days, and its
    # escalations unanswered past the limit of the board they wait at.
    stale_ideas: int = 0
    stale_escalations: int = 0

    @property
    def harm_week(self) -> int:
        return sum(k.harm_week for k in self.safety)

    @property
    def near_miss_week(self) -> int:
        return sum(k.near_miss_week for k in self.safety)

    @property
    def harm_month(self) -> int:
        return sum(k.harm_month for k in self.safety)

    @property
    def near_miss_month(self) -> int:
        return sum(k.near_miss_month for k in self.safety)

    @property
    def waiting_over_limit(self) -> int:
        return sum(1 for w in self.waiting if w.over_limit)

    @property
    def open_problems_total(self) -> int:
        return sum(self.open_problems.values())


@dataclass(frozen=True)
class GoalCell:
    board_id: int
    board_code: str
    period_key: str | None  # None: the child has reported no value
    value: float | None
    on_target: bool | None
    boards_reporting: int  # boards of the child's subtree with a value of the goal
    boards_on_target: int  # … whose latest value is on target
    # Making Data Count icons of the child's own chart: keys of presentation.VARIATION and
    # ASSURANCE ("none" where its chart cannot tell yet).
    variation: str = "none"
    assurance: str = "none"


@dataclass(frozen=True)
class GoalComparison:
    """A goal set on this board or above and inherited down: each child's latest own value."""

    measure: MeasureInfo
    cells: tuple[GoalCell, ...]  # in the order of Rollup.rows


@dataclass(frozen=True)
class Rollup:
    board: BoardInfo
    today: dt.date
    monday: dt.date
    now: dt.datetime  # naive UTC the waiting times were measured at
    escalation_limit_hours: int
    rows: tuple[RollupRow, ...]  # one per child board, the team that needs help first
    total: RollupRow  # the board's whole subtree, its own board included
    goals: tuple[GoalComparison, ...]
