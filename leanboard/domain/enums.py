"""The closed vocabularies of the domain. Values are stored in the database: never rename one."""

from __future__ import annotations

from enum import StrEnum


class BoardKind(StrEnum):
    """Tier of a board in the organisation tree (organisation → area → unit → team)."""

    ORGANISATION = "organisation"
    AREA = "area"
    UNIT = "unit"
    TEAM = "team"

    @property
    def tier(self) -> int:
        """Tier number as the huddle literature counts it: 1 is the team at the front line."""
        return {"team": 1, "unit": 2, "area": 3, "organisation": 4}[self.value]


class Direction(StrEnum):
    """Which way a measure is better."""

    HIGHER = "higher"
    LOWER = "lower"


class Frequency(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


class ChartKind(StrEnum):
    """Which control chart a measure's values make (domain.spc explains each)."""

    XMR = "xmr"  # individuals: any measured value
    P = "p"  # a percentage of the period's denominator
    U = "u"  # a rate per `rate_per` units of the period's denominator


class MarkKind(StrEnum):
    """A leader's mark on a measure's chart (domain.measure_chart)."""

    START = "start"  # a new phase begins (qicharts2 `part`)
    FREEZE = "freeze"  # the phase's baseline ends here (qicharts2 `freeze`)


class PdcaState(StrEnum):
    """Where an improvement idea stands. NEW ideas have not entered the PDCA loop yet."""

    NEW = "new"
    PLAN = "plan"
    DO = "do"
    CHECK = "check"
    ACT = "act"
    DONE = "done"

    def next(self) -> PdcaState:
        order = list(PdcaState)
        return order[min(order.index(self) + 1, len(order) - 1)]


class Sqdc(StrEnum):
    """Safety, Quality, Delivery, Cost (turvallisuus, laatu, saatavuus, kustannukset)."""

    S = "S"
    Q = "Q"
    D = "D"
    C = "C"


class ProblemStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    SOLVED = "solved"


class AnswerKind(StrEnum):
    """How a higher tier answers an escalated problem."""

    DECISION = "decision"
    RESOURCE = "resource"
    FORWARDED = "forwarded"  # sent on up the tree as an investment need or decision request
    RETURNED = "returned"  # returned to the team with advice


class Severity(StrEnum):
    """HaiPro's split: läheltä piti (near miss, no harm) vs. haittatapahtuma (harm)."""

    NEAR_MISS = "near_miss"
    HARM = "harm"


class SafetyDayStatus(StrEnum):
    """Colour of a safety-cross box: green, amber, red (Healthcare Improvement Scotland)."""

    NONE = "none"
    NEAR_MISS = "near_miss"
    HARM = "harm"


class A3Phase(StrEnum):
    PLAN = "plan"
    DO = "do"
    CHECK = "check"
    ACT = "act"
    DONE = "done"


class ActionStatus(StrEnum):
    TODO = "todo"
    DOING = "doing"
    DONE = "done"


class Origin(StrEnum):
    """Where an improvement idea came from."""

    BOARD = "board"
    MOOD_PROMPT = "mood_prompt"
    PROBLEM = "problem"
    IMPORT = "import"


# The safety-event kinds every board counts from the start (DOMAIN.md: the 24-hour care board),
# seeded by migration 0001, and "Muu" for what fits none of them (0007).
DEFAULT_EVENT_KINDS: dict[str, str] = {
    "fall": "Kaatuminen",
    "medication": "Lääkevirhe",
    "threat": "Uhka- tai vaaratilanne",
    "other": "Muu",
}

# "rollup" shows only on boards that have boards below them (unit, area, organisation).
SECTIONS: tuple[str, ...] = (
    "goals",
    "mood",
    "ideas",
    "sqdc",
    "safety",
    "a3",
    "huddle",
    "rollup",
)
