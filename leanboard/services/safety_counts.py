"""Goals counted from safety events: "falls per month" fed by the safety cross.

A leader links a goal to a kind of safety event (and optionally to one severity: near misses
or harm events only). From then on the goal's value for a board is not entered but counted:

- a period's value is the number of that board's safety events (not archived) of the linked
  kind and severity whose day falls in the period — the goal's own period: the day, the ISO
  week Monday–Sunday, or the calendar month;
- the periods run from the one holding the board's first recorded safety event of any kind
  (from then on the board keeps its safety cross, so a period without events is a real 0) up
  to the period holding today; a board with no events yet shows 0 for the current period;
- the current period counts what is recorded so far (the month's falls up to today);
- every board that sees the goal counts its own events (an inherited goal: each board below).

Nothing is stored: the counts are read from the events each time, so correcting, archiving or
restoring an event changes the goal at once, and a month with no events is 0 without anyone
entering it. Values entered by hand before the link stay stored and come back if the link is
removed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from leanboard.domain.enums import Frequency
from leanboard.domain.periods import Period, period_of, recent_periods
from leanboard.services.dto import MeasurePoint
from leanboard.store.models import Measure, SafetyEvent


def first_event_day(s: Session, board_id: int) -> dt.date | None:
    return s.scalar(
        select(func.min(SafetyEvent.day)).where(
            SafetyEvent.board_id == board_id, SafetyEvent.archived_at.is_(None)
        )
    )


def counted_points(
    s: Session, measure: Measure, board_id: int, until: dt.date, limit: int
) -> list[MeasurePoint]:
    """The board's newest `limit` counted values of the goal up to `until`, oldest first."""
    frequency = Frequency(measure.frequency)
    first = first_event_day(s, board_id)
    periods = recent_periods(until, frequency, limit)
    periods = [p for p in periods if first is not None and p.end >= first] or periods[:1]
    if not periods:
        return []
    start = periods[-1].start
    conditions = [
        SafetyEvent.board_id == board_id,
        SafetyEvent.kind_id == measure.safety_kind_id,
        SafetyEvent.archived_at.is_(None),
        SafetyEvent.day >= start,
        SafetyEvent.day <= until,
    ]
    if measure.safety_severity is not None:
        conditions.append(SafetyEvent.severity == measure.safety_severity)
    per_day = s.execute(
        select(SafetyEvent.day, func.count()).where(*conditions).group_by(SafetyEvent.day)
    ).all()
    counts: dict[dt.date, int] = {}
    for day, n in per_day:
        slot = period_of(day, frequency).start
        counts[slot] = counts.get(slot, 0) + int(n)
    return [MeasurePoint(p.start, p.key, float(counts.get(p.start, 0))) for p in reversed(periods)]


def current_counts(
    s: Session, measures: Iterable[Measure], board_ids: list[int], today: dt.date
) -> dict[tuple[int, int], tuple[dt.date, float]]:
    """(goal, board) → (start, count) of the period holding today, for every counted goal and
    every board given: what the roll-up judges a counted goal by. One grouped query."""
    counted = [m for m in measures if m.safety_kind_id is not None]
    if not counted or not board_ids:
        return {}
    periods = {m.id: period_of(today, Frequency(m.frequency)) for m in counted}
    since = min(p.start for p in periods.values())
    rows = s.execute(
        select(
            SafetyEvent.board_id,
            SafetyEvent.kind_id,
            SafetyEvent.severity,
            SafetyEvent.day,
            func.count(),
        )
        .where(
            SafetyEvent.board_id.in_(board_ids),
            SafetyEvent.kind_id.in_({m.safety_kind_id for m in counted}),
            SafetyEvent.archived_at.is_(None),
            SafetyEvent.day >= since,
            SafetyEvent.day <= today,
        )
        .group_by(SafetyEvent.board_id, SafetyEvent.kind_id, SafetyEvent.severity, SafetyEvent.day)
    ).all()
    out: dict[tuple[int, int], tuple[dt.date, float]] = {}
    for m in counted:
        period: Period = periods[m.id]
        for b in board_ids:
            out[(m.id, b)] = (period.start, 0.0)
        for board_id, kind_id, severity, day, n in rows:
            if (
                kind_id == m.safety_kind_id
                and (m.safety_severity is None or severity == m.safety_severity)
                and day >= period.start
            ):
                start, value = out[(m.id, board_id)]
                out[(m.id, board_id)] = (start, value + int(n))
    return out
