"""The board's rules as plain functions: mood prompt, minimum group size, NPS, safety cross."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from leanboard.domain.enums import SafetyDayStatus, Severity
from leanboard.domain.errors import ValidationError
from leanboard.i18n import translate

MOOD_MIN, MOOD_MAX = 0, 10
# "Jos alle 8, kirjaa kehitysidea!" — the board's own rule.
MOOD_PROMPT_BELOW = 8
# VMBaro and most staff-survey tools hide groups under 5; some allow 3 as the lowest setting.
DEFAULT_MIN_GROUP = 5
LOWEST_MIN_GROUP = 3


def mood_prompts_idea(score: int) -> bool:
    """True when a mood vote should ask the voter to log an improvement idea."""
    return score < MOOD_PROMPT_BELOW


def check_mood_score(score: object) -> int:
    if isinstance(score, bool) or not isinstance(score, int) or not MOOD_MIN <= score <= MOOD_MAX:
        raise ValidationError(
            translate(
                "Validation",
                "Fiilis: arvon pitää olla kokonaisluku {low}–{high} (annettu {score}).",
            ).format(low=MOOD_MIN, high=MOOD_MAX, score=score),
            "score",
        )
    return score


def effective_min_group(configured: int | None) -> int:
    """The minimum group size in force: the board's setting, never below the floor of 3."""
    if configured is None:
        return DEFAULT_MIN_GROUP
    return max(LOWEST_MIN_GROUP, configured)


def check_min_group(value: int) -> int:
    if value < LOWEST_MIN_GROUP or value > 100:
        raise ValidationError(
            translate(
                "Validation",
                "Vähimmäisryhmäkoko: arvon pitää olla {low}–100, jotta yksittäisen "
                "vastaajan fiilistä ei voi päätellä.",
            ).format(low=LOWEST_MIN_GROUP),
            "min_mood_group",
        )
    return value


def can_show_group(count: int, min_group: int | None) -> bool:
    return count >= effective_min_group(min_group)


@dataclass(frozen=True)
class MoodFigure:
    """A mood figure that may be shown; `average` and `distribution` are None when hidden."""

    count: int
    shown: bool
    average: float | None
    distribution: tuple[int, ...] | None  # votes per score 0..10


def mood_figure(scores: Iterable[int], min_group: int | None) -> MoodFigure:
    values = list(scores)
    if not can_show_group(len(values), min_group):
        return MoodFigure(len(values), False, None, None)
    distribution = [0] * (MOOD_MAX + 1)
    for s in values:
        distribution[s] += 1
    return MoodFigure(len(values), True, sum(values) / len(values), tuple(distribution))


def week_reveals_a_day(day_counts: Iterable[int], min_group: int | None) -> bool:
    """True when showing the week's figure beside its shown days would reveal a hidden day.

    The week's total minus the days that are shown leaves the days that are hidden. That
    remainder is safe only when it holds no votes or at least the minimum group of them.
    """
    hidden = sum(n for n in day_counts if n > 0 and not can_show_group(n, min_group))
    return 0 < hidden < effective_min_group(min_group)


def week_mood_figure(days: Iterable[Iterable[int]], min_group: int | None) -> MoodFigure:
    """The week's figure from its days' scores, hidden also where it would reveal a day."""
    per_day = [list(day) for day in days]
    every = [score for day in per_day for score in day]
    if week_reveals_a_day((len(day) for day in per_day), min_group):
        return MoodFigure(len(every), False, None, None)
    return mood_figure(every, min_group)


@dataclass(frozen=True)
class NpsResult:
    nps: int | None
    answers: int
    promoters: int
    passives: int
    detractors: int


def nps(scores: Iterable[int]) -> NpsResult:
    """Net Promoter Score: % promoters (9–10) − % detractors (0–6), rounded to an integer."""
    values = list(scores)
    promoters = sum(1 for s in values if s >= 9)
    detractors = sum(1 for s in values if s <= 6)
    passives = len(values) - promoters - detractors
    if not values:
        return NpsResult(None, 0, 0, 0, 0)
    # Round half away from zero, as a person computing by hand would (Python rounds half to even).
    raw = 100 * (promoters - detractors) / len(values)
    score = int(raw + 0.5) if raw >= 0 else -int(-raw + 0.5)
    return NpsResult(score, len(values), promoters, passives, detractors)


def idea_is_stale(state: str, state_changed_at: dt.datetime, now: dt.datetime, days: int) -> bool:
    """An idea still in the loop with no PDCA move for `days` days: it needs a word at the
    huddle (the board's setting, 30 days unless set otherwise)."""
    return state != "done" and now - state_changed_at >= dt.timedelta(days=days)


def escalation_over_limit(escalated_at: dt.datetime, now: dt.datetime, limit_hours: int) -> bool:
    """An escalation still unanswered after the waiting board's limit (24 h by default)."""
    return (now - escalated_at).total_seconds() / 3600 > limit_hours


def safety_day_status(severities: Iterable[Severity | str]) -> SafetyDayStatus:
    """Colour of a day's safety-cross box: the worst event of the day decides."""
    worst = SafetyDayStatus.NONE
    for severity in severities:
        if Severity(severity) is Severity.HARM:
            return SafetyDayStatus.HARM
        worst = SafetyDayStatus.NEAR_MISS
    return worst
