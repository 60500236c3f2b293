"""What is new on a board ("Mitä uutta") since its previous logged huddle.

A huddle has 10–15 minutes; it should open on what is new. Listed, stale work first:
- stale: ideas with no PDCA move for the board's `stale_idea_days`, and escalations still
  unanswered past the limit of the board they wait at (ours going up, and those waiting here);
- new: ideas created or moved (PDCA), problems created, solved or escalated, answers that
  came down from above, problems escalated to this board, safety events, goals whose status
  or signal changed, and new notes on the charts.

"Since" is the previous huddle logged at this board before `until` (the huddle about to
start has not been logged yet); a board that has logged none looks back NO_HUDDLE_DAYS.
Moments are naive UTC as stored; the weekly report counts each huddle's "new" items the same
way, between the huddle before it and it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from leanboard.domain.rules import idea_is_stale
from leanboard.services.charting import series_chart
from leanboard.services.dto import HuddleItem, MeasurePoint, MeasureSeries
from leanboard.services.editing import get_or_fail
from leanboard.services.huddles import huddle_item
from leanboard.services.measures import board_series
from leanboard.services.problems import boards_named_by, waits_over_limit
from leanboard.store.database import Database
from leanboard.store.models import (
    Board,
    Change,
    Escalation,
    Huddle,
    Idea,
    MeasureAnnotation,
    MeasureValue,
    Problem,
    SafetyEvent,
)

NO_HUDDLE_DAYS = 7
GOAL_POINTS = 26  # as the wall's run charts

# Kinds of news, in the order a list shows them (stale work first).
STALE_KINDS = ("stale_escalation", "stale_idea")
KINDS = (
    *STALE_KINDS,
    "answer",
    "escalated_to_us",
    "safety_event",
    "goal_changed",
    "problem_new",
    "problem_escalated",
    "problem_solved",
    "idea_new",
    "idea_moved",
    "annotation",
)


@dataclass(frozen=True)
class NewsItem:
    """One line of "Mitä uutta". `entity`/`entity_id` say which card a tap opens.

    `before`/`after` carry what changed as keys the screen words: PDCA states for a moved
    idea; "status/variation" pairs for a goal (e.g. "off_target/common_cause").
    """

    kind: str
    entity: str  # idea, problem, safety_event, measure
    entity_id: int
    title: str
    at: dt.datetime | None
    before: str | None = None
    after: str | None = None
    detail: str | None = None  # an answer's text, an event's kind, a note's text

    @property
    def stale(self) -> bool:
        return self.kind in STALE_KINDS


@dataclass(frozen=True)
class HuddleNews:
    board_id: int
    since: dt.datetime  # the previous huddle (or NO_HUDDLE_DAYS back)
    until: dt.datetime
    previous_huddle: HuddleItem | None
    items: tuple[NewsItem, ...]  # stale first, then by KINDS, then oldest first

    @property
    def stale(self) -> tuple[NewsItem, ...]:
        return tuple(i for i in self.items if i.stale)

    @property
    def new(self) -> tuple[NewsItem, ...]:
        return tuple(i for i in self.items if not i.stale)


class NewsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def since_last_huddle(self, board_id: int, now: dt.datetime | None = None) -> HuddleNews:
        until = now or self.db.clock.now()
        with self.db.read() as s:
            return read_news(s, board_id, until)


def previous_huddle(s: Session, board_id: int, before: dt.datetime) -> Huddle | None:
    return s.scalar(
        select(Huddle)
        .where(Huddle.board_id == board_id, Huddle.held_at < before)
        .order_by(Huddle.held_at.desc(), Huddle.id.desc())
        .limit(1)
    )


def read_news(s: Session, board_id: int, until: dt.datetime) -> HuddleNews:
    board = get_or_fail(s, Board, board_id, "Taulu")
    last = previous_huddle(s, board_id, until)
    since = last.held_at if last is not None else until - dt.timedelta(days=NO_HUDDLE_DAYS)
    items = [*stale_work(s, board, until), *news_between(s, board, since, until)]
    order = {kind: n for n, kind in enumerate(KINDS)}
    items.sort(key=lambda i: (order[i.kind], i.at or until, i.entity_id))
    return HuddleNews(
        board_id=board_id,
        since=since,
        until=until,
        previous_huddle=huddle_item(last) if last is not None else None,
        items=tuple(items),
    )


def stale_work(s: Session, board: Board, now: dt.datetime) -> list[NewsItem]:
    """Ideas unmoved for the board's limit, and escalations past their waiting board's limit."""
    out: list[NewsItem] = []
    ideas = s.scalars(
        select(Idea).where(
            Idea.board_id == board.id, Idea.archived_at.is_(None), Idea.state != "done"
        )
    )
    for idea in ideas:
        if idea_is_stale(idea.state, idea.state_changed_at, now, board.stale_idea_days):
            out.append(
                NewsItem(
                    "stale_idea",
                    "idea",
                    idea.id,
                    idea.title,
                    idea.state_changed_at,
                    after=idea.state,
                    detail=str((now - idea.state_changed_at).days),
                )
            )
    problems = list(
        s.scalars(
            select(Problem)
            .where(
                (Problem.board_id == board.id) | (Problem.waiting_board_id == board.id),
                Problem.archived_at.is_(None),
                Problem.waiting_board_id.is_not(None),
                Problem.status != "solved",
            )
            .options(selectinload(Problem.escalations))
        )
    )
    boards = boards_named_by(s, problems)
    for p in problems:
        if waits_over_limit(p, boards, now):
            step = [e for e in p.escalations if e.to_board_id == p.waiting_board_id][-1]
            hours = int((now - step.escalated_at).total_seconds() // 3600)
            waiting = boards[p.waiting_board_id].code if p.waiting_board_id in boards else ""
            out.append(
                NewsItem(
                    "stale_escalation",
                    "problem",
                    p.id,
                    p.title,
                    step.escalated_at,
                    after=waiting,
                    detail=str(hours),
                )
            )
    return out


def news_between(
    s: Session, board: Board, since: dt.datetime, until: dt.datetime
) -> list[NewsItem]:
    """What is new on the board in since < moment ≤ until (stale work not included)."""

    def within(column):  # type: ignore[no-untyped-def]
        return (column > since) & (column <= until)

    out: list[NewsItem] = []
    new_ideas = set()
    for idea in s.scalars(select(Idea).where(Idea.board_id == board.id, within(Idea.created_at))):
        new_ideas.add(idea.id)
        out.append(
            NewsItem("idea_new", "idea", idea.id, idea.title, idea.created_at, after=idea.state)
        )
    moves: dict[int, list[Change]] = {}
    for change in s.scalars(
        select(Change)
        .where(
            Change.board_id == board.id,
            Change.entity == "idea",
            Change.action == "move",
            within(Change.at),
        )
        .order_by(Change.id)
    ):
        if change.entity_id is not None and change.entity_id not in new_ideas:
            moves.setdefault(change.entity_id, []).append(change)
    if moves:
        titles = dict(s.execute(select(Idea.id, Idea.title).where(Idea.id.in_(moves))).all())
        for idea_id, changes in moves.items():
            first = (changes[0].details or {}).get("state", [None, None])
            last = (changes[-1].details or {}).get("state", [None, None])
            out.append(
                NewsItem(
                    "idea_moved",
                    "idea",
                    idea_id,
                    titles.get(idea_id, ""),
                    changes[-1].at,
                    before=first[0],
                    after=last[1],
                )
            )
    for p in s.scalars(
        select(Problem).where(Problem.board_id == board.id, within(Problem.created_at))
    ):
        out.append(
            NewsItem("problem_new", "problem", p.id, p.title, p.created_at, after=p.category)
        )
    for p in s.scalars(
        select(Problem).where(Problem.board_id == board.id, within(Problem.solved_at))
    ):
        out.append(
            NewsItem("problem_solved", "problem", p.id, p.title, p.solved_at, after=p.category)
        )
    steps = s.execute(
        select(Escalation, Problem.title, Board.code)
        .join(Problem, Problem.id == Escalation.problem_id)
        .join(Board, Board.id == Escalation.to_board_id)
        .where(Escalation.from_board_id == board.id, within(Escalation.escalated_at))
    ).all()
    for step, title, to_code in steps:
        out.append(
            NewsItem(
                "problem_escalated",
                "problem",
                step.problem_id,
                title,
                step.escalated_at,
                after=to_code,
            )
        )
    answers = s.execute(
        select(Escalation, Problem.title)
        .join(Problem, Problem.id == Escalation.problem_id)
        .where(Problem.board_id == board.id, within(Escalation.answered_at))
    ).all()
    for step, title in answers:
        out.append(
            NewsItem(
                "answer",
                "problem",
                step.problem_id,
                title,
                step.answered_at,
                after=step.answer_kind,
                detail=step.answer,
            )
        )
    arrived = s.execute(
        select(Escalation, Problem.title, Board.code)
        .join(Problem, Problem.id == Escalation.problem_id)
        .join(Board, Board.id == Escalation.from_board_id)
        .where(Escalation.to_board_id == board.id, within(Escalation.escalated_at))
    ).all()
    for step, title, from_code in arrived:
        out.append(
            NewsItem(
                "escalated_to_us",
                "problem",
                step.problem_id,
                title,
                step.escalated_at,
                before=from_code,
            )
        )
    for event in s.scalars(
        select(SafetyEvent)
        .where(
            SafetyEvent.board_id == board.id,
            SafetyEvent.archived_at.is_(None),
            within(SafetyEvent.created_at),
        )
        .options(selectinload(SafetyEvent.kind))
    ):
        out.append(
            NewsItem(
                "safety_event",
                "safety_event",
                event.id,
                event.kind.name,
                event.created_at,
                after=event.severity,
                detail=event.day.isoformat(),
            )
        )
    for note in s.scalars(
        select(MeasureAnnotation).where(
            MeasureAnnotation.board_id == board.id,
            MeasureAnnotation.archived_at.is_(None),
            within(MeasureAnnotation.created_at),
        )
    ):
        out.append(
            NewsItem(
                "annotation",
                "measure",
                note.measure_id,
                note.note,
                note.created_at,
                detail=note.note,
            )
        )
    out += goals_changed(s, board.id, since, until)
    return out


def goal_state(series: MeasureSeries, points: tuple[MeasurePoint, ...]) -> str:
    """The "status/variation" of a goal on these points (a changed goal shows before → after)."""
    latest = points[-1] if points else None
    target = series.measure.target
    if latest is None or target is None:
        status = "no_data"
    elif (latest.value >= target) == (series.measure.direction == "higher"):
        status = "on_target"
    else:
        status = "off_target"
    variation = series_chart(series, points).mdc.variation if points else None
    return f"{status}/{variation.value if variation else 'none'}"


def goals_changed(
    s: Session, board_id: int, since: dt.datetime, until: dt.datetime
) -> list[NewsItem]:
    """Goals whose status (on/off target) or MDC variation differs from what it was at `since`.

    "Then" is the series without the values recorded or changed after `since` — an edited
    value counts as new, which is what the team should look at anyway.
    """
    series = board_series(s, board_id, GOAL_POINTS, until.date())
    if not series:
        return []
    recent = s.execute(
        select(
            MeasureValue.measure_id, MeasureValue.period_start, func.max(MeasureValue.updated_at)
        )
        .where(
            MeasureValue.board_id == board_id,
            MeasureValue.measure_id.in_([x.measure.id for x in series]),
            MeasureValue.updated_at > since,
            MeasureValue.updated_at <= until,
        )
        .group_by(MeasureValue.measure_id, MeasureValue.period_start)
    ).all()
    changed: dict[int, dict[dt.date, dt.datetime]] = {}
    for measure_id, day, at in recent:
        changed.setdefault(measure_id, {})[day] = at
    out = []
    for x in series:
        fresh = changed.get(x.measure.id)
        if not fresh:
            continue
        before_points = tuple(p for p in x.points if p.period_start not in fresh)
        before, after = goal_state(x, before_points), goal_state(x, x.points)
        if before != after:
            out.append(
                NewsItem(
                    "goal_changed",
                    "measure",
                    x.measure.id,
                    x.measure.name,
                    max(fresh.values()),
                    before=before,
                    after=after,
                )
            )
    return out


def huddle_new_counts(
    s: Session, board_id: int, start: dt.date, end: dt.date
) -> list[tuple[HuddleItem, int]]:
    """Each huddle held start..end with how many new items "Mitä uutta" had for it."""
    board = get_or_fail(s, Board, board_id, "Taulu")
    huddles = list(
        s.scalars(
            select(Huddle)
            .where(Huddle.board_id == board_id, Huddle.day >= start, Huddle.day <= end)
            .order_by(Huddle.held_at, Huddle.id)
        )
    )
    out = []
    for h in huddles:
        last = previous_huddle(s, board_id, h.held_at)
        since = last.held_at if last is not None else h.held_at - dt.timedelta(days=NO_HUDDLE_DAYS)
        out.append((huddle_item(h), len(news_between(s, board, since, h.held_at))))
    return out
