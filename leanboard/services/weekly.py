"""One board's week, read in one transaction: what the weekly PDF board prints and archives.

A week is an ISO week, Monday..Sunday. Dates (mood days, events, huddles, measure periods)
are compared as dates; moments (ideas created or done, problems solved, escalations, PDCA
moves) are stored in UTC, so the week's bounds are the local midnights converted to UTC:
a team that logs an idea at 00.30 on Monday in Finland sees it in that Monday's week.

Everything here reuses the query helpers the board view uses (board_series, the mood
helpers, board_ideas, board_problems, safety_cross, board_events, board_a3s, board_huddles)
and only narrows their results to the week.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from leanboard.domain import clock
from leanboard.domain.enums import BoardKind, Frequency, SafetyDayStatus, Severity, Sqdc
from leanboard.domain.mood_release import MoodFigure, day_figure, week_figure
from leanboard.domain.periods import period_of
from leanboard.domain.rules import effective_min_group
from leanboard.domain.spc import MdcSummary
from leanboard.services.a3 import board_a3s
from leanboard.services.boards import board_info
from leanboard.services.charting import series_chart
from leanboard.services.dto import (
    A3Item,
    BoardInfo,
    HuddleItem,
    IdeaItem,
    MeasureInfo,
    MeasurePoint,
    MeasureSeries,
    MoodDay,
    SafetyCross,
    SafetyEventItem,
)
from leanboard.services.editing import get_or_fail
from leanboard.services.ideas import board_ideas
from leanboard.services.measures import board_series
from leanboard.services.mood import mood_prompt_count, read_days
from leanboard.services.news import huddle_new_counts
from leanboard.services.problems import board_problems, boards_by_id
from leanboard.services.safety import board_events, event_kinds, safety_cross
from leanboard.store.database import Database
from leanboard.store.models import Board, Change

# A small run chart needs enough points to show a median and a trend, and no more than fit.
RUN_CHART_POINTS = 12
# The MDC icons are judged on as many points as the wall's chart, so both say the same.
MDC_POINTS = 26


@dataclass(frozen=True)
class WeekMeasure:
    measure: MeasureInfo
    from_parent: bool
    period_key: str  # the period the figure belongs to: 2026-W47, 2026-11, or the week
    values: tuple[MeasurePoint, ...]  # the week's value(s); a daily measure has up to seven
    value: float | None  # the figure judged against the target (daily: the week's mean)
    status: str  # on_target, off_target, no_data (keys of presentation.STATUS)
    chart: tuple[MeasurePoint, ...]  # the last points up to this week, oldest first
    fresh: bool  # the value(s) belong to this week's own period, not to an earlier month
    series: MeasureSeries | None = None  # the goal with its notes and phase marks
    mdc: MdcSummary | None = None  # Making Data Count icons on the wall's window of points


@dataclass(frozen=True)
class WeekMood:
    days: tuple[MoodDay, ...]  # Monday..Sunday: each day's released votes
    week: MoodFigure  # the days' released votes, and what they left out once the week is over
    min_group: int
    prompt_ideas: int  # ideas logged from the mood prompt ("Jos alle 8, kirjaa kehitysidea!")


@dataclass(frozen=True)
class WeekIdeas:
    opened: tuple[IdeaItem, ...]
    moves: int  # PDCA moves recorded in the week
    moved_ideas: int  # distinct ideas moved
    done: tuple[IdeaItem, ...]


@dataclass(frozen=True)
class SqdcWeek:
    letter: str
    opened: int  # created in the week
    open_at_end: int
    solved: int
    escalated: int


@dataclass(frozen=True)
class WeekEscalation:
    problem_id: int
    title: str
    category: str
    to_board_code: str
    to_board_name: str
    tier: int  # tier of the board it went to (team 1 … organisation 4)
    escalated_at: dt.datetime


@dataclass(frozen=True)
class WeekProblems:
    letters: tuple[SqdcWeek, ...]  # S, Q, D, C
    escalations: tuple[WeekEscalation, ...]

    def letter(self, letter: str) -> SqdcWeek:
        return next(x for x in self.letters if x.letter == letter)


@dataclass(frozen=True)
class KindCount:
    code: str
    name: str
    near_miss: int
    harm: int

    @property
    def total(self) -> int:
        return self.near_miss + self.harm


@dataclass(frozen=True)
class WeekSafety:
    cross: SafetyCross  # the month of the week's Sunday; days after `filled_until` blank
    filled_until: dt.date  # the week's Sunday, or today while the week is still running
    events: tuple[SafetyEventItem, ...]  # the week's events
    by_kind: tuple[KindCount, ...]  # every kind, in the board's order, with the week's counts


@dataclass(frozen=True)
class WeekHuddles:
    held: tuple[HuddleItem, ...]
    new_counts: tuple[int, ...] = ()  # per huddle held: the new items "Mitä uutta" had

    @property
    def count(self) -> int:
        return len(self.held)

    @property
    def average_attendance(self) -> float | None:
        return sum(h.attendance for h in self.held) / len(self.held) if self.held else None


@dataclass(frozen=True)
class WeekReport:
    board: BoardInfo
    parent: BoardInfo | None
    monday: dt.date
    measures: tuple[WeekMeasure, ...]
    mood: WeekMood
    ideas: WeekIdeas
    problems: WeekProblems
    safety: WeekSafety
    a3s: tuple[A3Item, ...]
    huddles: WeekHuddles
    has_data: bool  # anything at all recorded in the week

    @property
    def sunday(self) -> dt.date:
        return self.monday + dt.timedelta(days=6)

    @property
    def iso_year(self) -> int:
        return self.monday.isocalendar()[0]

    @property
    def iso_week(self) -> int:
        return self.monday.isocalendar()[1]

    @property
    def week_key(self) -> str:
        return f"{self.iso_year}-W{self.iso_week:02d}"


class WeeklyService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def week(self, board_id: int, week_monday: dt.date, today: dt.date | None = None) -> WeekReport:
        """The board's ISO week that contains `week_monday` (any day of the week will do)."""
        monday = week_monday - dt.timedelta(days=week_monday.weekday())
        with self.db.read() as s:
            return read_week(s, board_id, monday, today or self.db.clock.today())


def local_midnight_utc(day: dt.date) -> dt.datetime:
    """The start of `day` on the services' clock (its time zone), as the naive UTC the store
    keeps. A week with a clock change is 167 or 169 hours long, and this gets both right."""
    return clock.current().local_midnight_utc(day)


def measure_status(value: float | None, target: float | None, direction: str) -> str:
    if value is None:
        return "no_data"
    if target is None:
        return "no_data"
    good = value >= target if direction == "higher" else value <= target
    return "on_target" if good else "off_target"


def read_week(s: Session, board_id: int, monday: dt.date, today: dt.date) -> WeekReport:
    board = get_or_fail(s, Board, board_id, "Taulu")
    sunday = monday + dt.timedelta(days=6)
    start, end = local_midnight_utc(monday), local_midnight_utc(sunday + dt.timedelta(days=1))

    measures = tuple(
        week_measure(series, monday) for series in board_series(s, board_id, MDC_POINTS + 1, sunday)
    )
    mood = week_mood(s, board, monday, start, end, today)
    ideas = week_ideas(s, board_id, sunday, start, end)
    problems = week_problems(s, board_id, sunday, start, end)
    safety = week_safety(s, board_id, monday, today)
    # A3s running at the week's end, and those finished during it.
    a3s = tuple(
        a
        for a in board_a3s(s, board_id, sunday, active_only=False)
        if a.started_on <= sunday and (a.phase != "done" or start <= a.updated_at < end)
    )
    counted = huddle_new_counts(s, board_id, monday, sunday)
    huddles = WeekHuddles(tuple(h for h, _ in counted), tuple(n for _, n in counted))

    has_data = bool(
        any(m.fresh for m in measures)
        or mood.week.count
        or ideas.opened
        or ideas.moves
        or ideas.done
        or any(x.opened or x.solved or x.escalated for x in problems.letters)
        or safety.events
        or huddles.held
    )
    return WeekReport(
        board=board_info(board),
        parent=board_info(board.parent) if board.parent is not None else None,
        monday=monday,
        measures=measures,
        mood=mood,
        ideas=ideas,
        problems=problems,
        safety=safety,
        a3s=a3s,
        huddles=huddles,
        has_data=has_data,
    )


def week_measure(series: MeasureSeries, monday: dt.date) -> WeekMeasure:
    frequency = Frequency(series.measure.frequency)
    sunday = monday + dt.timedelta(days=6)
    if frequency is Frequency.DAY:
        values = tuple(p for p in series.points if monday <= p.period_start <= sunday)
        value = sum(p.value for p in values) / len(values) if values else None
        key = period_of(monday, Frequency.WEEK).key
        last = sunday
        fresh = bool(values)
    else:
        # A week belongs to the month of its Thursday, as an ISO week belongs to the year of
        # its Thursday: the week 27.10.–2.11. reports October. A month's figure often arrives
        # after the month, so until it does the latest earlier month stands, under its own
        # name (period_key), as the wall board shows it.
        period = period_of(monday + dt.timedelta(days=3), frequency)
        known = [p for p in series.points if p.period_start <= period.start]
        if frequency is Frequency.WEEK:
            known = [p for p in known if p.period_start == period.start]
        values = tuple(known[-1:])
        value = values[0].value if values else None
        key = values[0].period_key if values else period.key
        last = period.start
        fresh = bool(values) and values[0].period_start == period.start
    known_points = tuple(p for p in series.points if p.period_start <= last)
    chart = known_points[-RUN_CHART_POINTS:]
    status = measure_status(value, series.measure.target, series.measure.direction)
    mdc = series_chart(series, known_points[-MDC_POINTS:]).mdc if known_points else None
    return WeekMeasure(
        series.measure,
        series.from_parent,
        key,
        values,
        value,
        status,
        chart,
        fresh,
        series,
        mdc,
    )


def week_mood(
    s: Session,
    board: Board,
    monday: dt.date,
    start: dt.datetime,
    end: dt.datetime,
    today: dt.date,
) -> WeekMood:
    """The week's mood as released by `today` (domain/mood_release.py): printed on Monday,
    last week's figures are final; printed mid-week, today's wait for their release."""
    min_group = effective_min_group(board.min_mood_group)
    days = [monday + dt.timedelta(days=i) for i in range(7)]
    stored = read_days(s, [board.id], days[0], days[-1])
    mine = [stored[(board.id, d)] for d in days if (board.id, d) in stored]
    return WeekMood(
        days=tuple(
            MoodDay(d, day_figure(stored.get((board.id, d)), today, min_group)) for d in days
        ),
        week=week_figure(mine, days[-1], today, min_group),
        min_group=min_group,
        prompt_ideas=mood_prompt_count(s, board.id, start, end),
    )


def week_ideas(
    s: Session, board_id: int, sunday: dt.date, start: dt.datetime, end: dt.datetime
) -> WeekIdeas:
    ideas = board_ideas(s, board_id, sunday, include_archived=True)
    # The change history is the only record of every PDCA move, not just the latest one.
    moved = s.scalars(
        select(Change.entity_id).where(
            Change.board_id == board_id,
            Change.entity == "idea",
            Change.action == "move",
            Change.at >= start,
            Change.at < end,
        )
    ).all()
    # Rows written without history (imports, the demo) still show their last move.
    moved_ids = set(moved) | {
        i.id
        for i in ideas
        if start <= i.state_changed_at < end
        and i.state_changed_at - i.created_at > dt.timedelta(seconds=1)
    }
    return WeekIdeas(
        opened=tuple(i for i in ideas if start <= i.created_at < end),
        moves=max(len(moved), len(moved_ids)),
        moved_ideas=len(moved_ids),
        done=tuple(i for i in ideas if i.done_at is not None and start <= i.done_at < end),
    )


def week_problems(
    s: Session, board_id: int, sunday: dt.date, start: dt.datetime, end: dt.datetime
) -> WeekProblems:
    problems = board_problems(s, board_id, sunday, open_only=False)
    boards = boards_by_id(s)
    escalations = [
        WeekEscalation(
            problem_id=p.id,
            title=p.title,
            category=p.category,
            to_board_code=e.to_board_code,
            to_board_name=e.to_board_name,
            tier=BoardKind(boards[e.to_board_id].kind).tier,
            escalated_at=e.escalated_at,
        )
        for p in problems
        for e in p.escalations
        if start <= e.escalated_at < end
    ]
    letters = []
    for letter in Sqdc:
        mine = [p for p in problems if p.category == letter.value]
        letters.append(
            SqdcWeek(
                letter=letter.value,
                opened=sum(1 for p in mine if start <= p.created_at < end),
                open_at_end=sum(
                    1
                    for p in mine
                    if p.created_at < end and (p.solved_at is None or p.solved_at >= end)
                ),
                solved=sum(
                    1 for p in mine if p.solved_at is not None and start <= p.solved_at < end
                ),
                escalated=sum(1 for e in escalations if e.category == letter.value),
            )
        )
    return WeekProblems(tuple(letters), tuple(escalations))


def week_safety(s: Session, board_id: int, monday: dt.date, today: dt.date) -> WeekSafety:
    sunday = monday + dt.timedelta(days=6)
    cross = safety_cross(s, board_id, sunday)
    # The archived week must read the same whenever it is printed: days after the week (and
    # days not yet lived, mid-week) stay blank rather than green.
    until = min(sunday, today)
    days = tuple(
        d if d.day <= until else replace(d, status=SafetyDayStatus.NONE.value, count=0, by_kind={})
        for d in cross.days
    )
    events = tuple(board_events(s, board_id, monday, sunday))
    counts: dict[str, list[int]] = {}
    for e in events:
        pair = counts.setdefault(e.kind_code, [0, 0])
        pair[1 if e.severity == Severity.HARM.value else 0] += 1
    kinds = [(k.code, k.name) for k in event_kinds(s)]
    known = {code for code, _ in kinds}
    # An event of a kind archived since still counts, under its own name.
    kinds += sorted({(e.kind_code, e.kind_name) for e in events if e.kind_code not in known})
    by_kind = tuple(KindCount(code, name, *counts.get(code, [0, 0])) for code, name in kinds)
    return WeekSafety(replace(cross, days=days), until, events, by_kind)
