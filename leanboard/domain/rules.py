"""The board's rules as plain functions: mood prompt, minimum group size, NPS, safety cross."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from leanboard.domain.enums import SafetyDayStatus, Severity
from leanboard.domain.errors import ValidationError
from leanboard.i18n import translate

MOOD_MIN, MOOD_MAX = 0, 10
# "Jos alle 8, kirjaa kehitysidea!" — the board's own rule, asked of every voter alike
# (domain/mood_release.py: what is shown of the votes, and when).
MOOD_PROMPT_BELOW = 8
# VMBaro and most staff-survey tools hide groups under 5; some allow 3 as the lowest setting.
DEFAULT_MIN_GROUP = 5
LOWEST_MIN_GROUP = 3


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


def parse_escalation_limit(hours: object) -> int:
    """Hours an escalated problem may wait at a board before the roll-up flags it: 1–720."""
    try:
        value = int(str(hours).strip())
    except ValueError:
        value = -1
    if not 1 <= value <= 24 * 30:
        raise ValidationError(
            translate(
                "Validation", "Eskalaation odotusraja: kokonaisluku 1–720 tuntia (annettu {hours})."
            ).format(hours=hours),
            "escalation_limit_hours",
        )
    return value


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
