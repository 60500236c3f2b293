"""A realistic, fictional demo organisation: for trying LeanBoard, screenshots and benchmarks.

"small" builds one joint authority with ten team boards and 12 periods of history (12 weeks
of daily data, 12 weeks / 12 months of measure values) through the ORM. "large" builds 200
team boards with three years of history through bulk Core inserts. Both scales run the same
per-board generators, so the data has one shape; only the tree, the length of history and the
way rows reach the database differ. Everything is dated relative to `today`, so a demo seeded
any day looks current. No text contains a person's name with anything identifying: owners are
first names or roles, as on a real corridor board.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import random
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, cast

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from leanboard.domain import clock as clocks
from leanboard.domain.enums import (
    SECTIONS,
    A3Phase,
    ActionStatus,
    AnswerKind,
    BoardKind,
    Direction,
    Frequency,
    Origin,
    PdcaState,
    ProblemStatus,
    Severity,
    Sqdc,
)
from leanboard.domain.errors import ValidationError
from leanboard.domain.rules import DEFAULT_MIN_GROUP, nps
from leanboard.i18n import translate
from leanboard.store.database import Database
from leanboard.store.models import (
    A3Action,
    A3Report,
    Base,
    Board,
    Escalation,
    Huddle,
    Idea,
    Measure,
    MeasureAnnotation,
    MeasurePhase,
    MeasureValue,
    MoodDayState,
    MoodTally,
    Problem,
    SafetyEvent,
    SafetyEventKind,
    utcnow,
)
from leanboard.store.write_path import RECORDED_BY_CALLER, insert_rows, record_change

SEED = 2020  # the year of the status review the example board comes from
SOURCE = "demo"  # measure_value.source: demo values stay recognisable
BULK_CHUNK = 10_000  # rows per executemany: large enough to be fast, small enough for memory

Row = dict[str, Any]


# --------------------------------------------------------------------------- summary


@dataclass(frozen=True)
class DemoSummary:
    """Rows written per table, and how long seeding took."""

    scale: str
    boards: int
    measures: int
    measure_values: int
    mood_days: int
    mood_tally_rows: int  # counts per board, day and score; mood is stored as nothing else
    ideas: int
    problems: int
    escalations: int
    safety_events: int
    a3_reports: int
    a3_actions: int
    huddles: int
    changes: int
    seconds: float
    mood_votes: int = 0  # the votes those counts add up to (not rows)

    @property
    def total_rows(self) -> int:
        return sum(getattr(self, name) for name in _SUMMARY_FIELDS.values())

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


_SUMMARY_FIELDS = {
    "board": "boards",
    "measure": "measures",
    "measure_value": "measure_values",
    "mood_day": "mood_days",
    "mood_tally": "mood_tally_rows",
    "idea": "ideas",
    "problem": "problems",
    "escalation": "escalations",
    "safety_event": "safety_events",
    "a3_report": "a3_reports",
    "a3_action": "a3_actions",
    "huddle": "huddles",
    "change": "changes",
}


# --------------------------------------------------------------------------- specifications


@dataclass(frozen=True)
class MeasureSpec:
    """A goal and how its demo values behave: a level moving from `start` to `end` plus noise.

    `shift_last` > 0 puts the last N periods at `end` and the rest at `start` (a clear shift);
    `trend_last` > 0 makes the last N values rise or fall steadily (a run-chart trend).
    """

    name: str
    unit: str
    target: float | None
    direction: Direction
    frequency: Frequency
    start: float
    end: float
    noise: float
    low: float
    high: float
    decimals: int = 0
    inherited: bool = False
    description: str | None = None
    spread: float = 0.0  # how much boards differ from each other
    shift_last: int = 0
    trend_last: int = 0
    nps: bool = False


@dataclass(frozen=True)
class Profile:
    """What kind of team a board belongs to: its size, risks, measures and vocabulary."""

    key: str
    texts: str  # key of the text pools: hospital, carehome, homecare, reception
    staff: tuple[int, int]  # mood votes on an ordinary weekday
    mood: float  # typical mood score
    round_the_clock: bool  # safety events on weekends too
    safety_rate: float  # events per day
    kind_weights: tuple[float, float, float]  # fall, medication, threat
    measures: tuple[MeasureSpec, ...]
    owners: tuple[str, ...]
    a3: tuple[str, ...]  # A3 templates this kind of team writes


@dataclass(frozen=True)
class BoardSpec:
    code: str
    name: str
    kind: BoardKind
    profile: str | None = None
    measures: tuple[MeasureSpec, ...] = ()
    a3: tuple[tuple[str, int], ...] = ()  # (template, weeks since started); else from profile
    children: tuple[BoardSpec, ...] = ()


@dataclass(frozen=True)
class _Scale:
    weeks: int  # daily history and weekly measure periods
    months: int  # monthly measure periods
    boards_per_round: int  # boards generated and written together (bounds memory)
    bulk: bool
    tree: Callable[[], BoardSpec]


# --------------------------------------------------------------------------- the data file
# The organisation's words and shapes live in demo_data.json beside this module: goals and
# how their values behave, kinds of team, the tree, and the texts a team writes on its board
# (ideas, problems, escalation notes and answers, safety events, huddle notes, A3 stories).
# This module makes the rows from them.

DATA_FILE = "demo_data.json"


def _load() -> dict[str, Any]:
    text = resources.files("leanboard.services").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return cast(dict[str, Any], json.loads(text))


DATA = _load()


def _measure_spec(found: dict[str, Any] | str) -> MeasureSpec:
    """A goal from the data file: its fields, or the name of one under "measures"."""
    fields = DATA["measures"][found] if isinstance(found, str) else found
    return MeasureSpec(
        **{
            **fields,
            "direction": Direction(fields["direction"]),
            "frequency": Frequency(fields["frequency"]),
        }
    )


NAMED_MEASURES = {key: _measure_spec(key) for key in DATA["measures"]}
SICK_LEAVE = NAMED_MEASURES["sick_leave"]
FEEDBACK = NAMED_MEASURES["feedback"]
REACH = NAMED_MEASURES["reach"]
NURSE_SHARE = NAMED_MEASURES["nurse_share"]
COMPLAINTS = NAMED_MEASURES["complaints"]
ORG_MEASURES = tuple(NAMED_MEASURES[key] for key in DATA["organisation"]["measures"])


def _measures(found: list[dict[str, Any] | str]) -> tuple[MeasureSpec, ...]:
    return tuple(NAMED_MEASURES[m] if isinstance(m, str) else _measure_spec(m) for m in found)


PROFILES: dict[str, Profile] = {
    key: Profile(
        key,
        p["texts"],
        (p["staff"][0], p["staff"][1]),
        p["mood"],
        p["round_the_clock"],
        p["safety_rate"],
        (p["kind_weights"][0], p["kind_weights"][1], p["kind_weights"][2]),
        _measures(p["measures"]),
        tuple(p["owners"]),
        tuple(p["a3"]),
    )
    for key, p in DATA["profiles"].items()
}

ORG_NAME: str = DATA["organisation"]["name"]
AREAS = tuple((code, name) for code, name in DATA["organisation"]["areas"])
TOWNS = tuple((town, short, home) for town, short, home in DATA["large_tree"]["towns"])
CORRIDORS = tuple(DATA["large_tree"]["corridors"])
HOMECARE_TEAMS = tuple((code, name) for code, name in DATA["large_tree"]["homecare_teams"])

# Short board texts as a team writes them: no patient names, no identity codes, no dates of
# birth. Pools are keyed by Profile.texts; "common" applies to every team.
IDEAS: dict[str, dict[str, list[list[str | None]]]] = DATA["ideas"]
MOOD_IDEAS: list[list[str | None]] = DATA["mood_ideas"]
PROBLEMS: dict[str, dict[str, list[list[str | None]]]] = DATA["problems"]
ESCALATION_NOTES: dict[str, list[str]] = DATA["escalation_notes"]
ANSWERS = {AnswerKind(kind): texts for kind, texts in DATA["answers"].items()}
WHO: dict[str, str] = DATA["who"]
SAFETY_TEXTS = {
    (kind, Severity(severity)): texts
    for key, texts in DATA["safety_texts"].items()
    for kind, severity in [key.split(":")]
}
HUDDLE_NOTES: list[str] = DATA["huddle_notes"]
# A3 templates: the left-to-right story of one A3 sheet. The first is DOMAIN.md's ward example.
A3_TEMPLATES: dict[str, dict[str, Any]] = DATA["a3_templates"]


def _team(code: str, name: str, profile: str, *a3: tuple[str, int]) -> BoardSpec:
    # A team's own goals are the ones its kind of ward chooses (DOMAIN.md: sauna, outdoors...).
    measures = PROFILES[profile].measures
    return BoardSpec(code, name, BoardKind.TEAM, profile=profile, measures=measures, a3=a3)


def _unit(code: str, name: str, measures: Sequence[MeasureSpec], *teams: BoardSpec) -> BoardSpec:
    return BoardSpec(code, name, BoardKind.UNIT, measures=tuple(measures), children=teams)


def _area(code: str, name: str, *units: BoardSpec) -> BoardSpec:
    return BoardSpec(code, name, BoardKind.AREA, measures=(COMPLAINTS,), children=units)


def _board_spec(node: dict[str, Any]) -> BoardSpec:
    kind = BoardKind(node["kind"])
    a3 = tuple((template, weeks) for template, weeks in node.get("a3", ()))
    if kind is BoardKind.TEAM:
        return _team(node["code"], node["name"], node["profile"], *a3)
    return BoardSpec(
        node["code"],
        node["name"],
        kind,
        measures=_measures(node.get("measures", [])),
        a3=a3,
        children=tuple(_board_spec(child) for child in node.get("children", ())),
    )


def small_tree() -> BoardSpec:
    """One fictional joint authority: 3 service areas, 5 units, 10 team boards."""
    return _board_spec(DATA["small_tree"])


def large_tree() -> BoardSpec:
    """The same authority grown to ten towns: 40 units and 200 team boards."""
    areas: dict[str, list[BoardSpec]] = {code: [] for code, _ in AREAS}
    for town, t, home in TOWNS:
        areas["SAIR"].append(
            _unit(
                f"{t}-OSASTOT",
                f"Osastot, {town}",
                (SICK_LEAVE, FEEDBACK),
                _team(f"{t}-OS1", f"Osasto 1 – sisätaudit ({town})", "ward_acute"),
                _team(f"{t}-OS2", f"Osasto 2 – akuuttihoito ({town})", "ward_acute"),
                _team(f"{t}-OS3", f"Osasto 3 – kuntoutus ({town})", "ward_rehab"),
                _team(f"{t}-PÄIV", f"Päivystyksen hoitajat ({town})", "emergency"),
            )
        )
        areas["AVO"].append(
            _unit(
                f"{t}-TA",
                f"Terveysasema {town}",
                (SICK_LEAVE, FEEDBACK, REACH, NURSE_SHARE),
                _team(f"{t}-TA-VO", f"Terveysaseman vastaanotto ({town})", "reception"),
                _team(f"{t}-TA-HO", f"Terveysaseman hoitajavastaanotto ({town})", "reception"),
                _team(f"{t}-TA-LÄ", f"Terveysaseman lääkärivastaanotto ({town})", "reception"),
            )
        )
        areas["AVO"].append(
            _unit(
                f"{t}-KH",
                f"Kotihoito {town}",
                (SICK_LEAVE, FEEDBACK, REACH),
                *(
                    _team(f"{t}-KH-{c}", f"Kotihoito {town} {n}", "homecare")
                    for c, n in (*HOMECARE_TEAMS, ("YÖ", "yöpartio"))
                ),
            )
        )
        areas["IKÄ"].append(
            _unit(
                f"{t}-HOIVA",
                f"Hoivakoti {home}",
                (SICK_LEAVE, FEEDBACK),
                *(
                    _team(f"{t}-{c.upper()}", f"Hoivakoti {home}, {c}käytävä", "carehome")
                    for c in CORRIDORS
                ),
            )
        )
    return BoardSpec(
        "JLK",
        ORG_NAME,
        BoardKind.ORGANISATION,
        measures=ORG_MEASURES,
        children=tuple(_area(code, name, *areas[code]) for code, name in AREAS),
    )


SCALES: dict[str, _Scale] = {
    "small": _Scale(weeks=12, months=12, boards_per_round=100, bulk=False, tree=small_tree),
    "large": _Scale(weeks=156, months=36, boards_per_round=20, bulk=True, tree=large_tree),
}


# --------------------------------------------------------------------------- sinks


class _Sink:
    """Where generated rows go: ORM objects (small) or bulk inserts (large). Both go through
    the write path's checks (store.write_path: at flush, or per chunk); their history is the
    one "seed" change `_seed` records."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.counts: Counter[str] = Counter()
        self.mood_votes = 0

    def add(self, model: type[Base], rows: list[Row], *, ids: bool = False) -> list[int]:
        raise NotImplementedError


class _OrmSink(_Sink):
    def add(self, model: type[Base], rows: list[Row], *, ids: bool = False) -> list[int]:
        objects = [model(**row) for row in rows]
        self.session.add_all(objects)
        self.counts[model.__tablename__] += len(rows)
        if not ids:
            return []
        self.session.flush()
        return [cast(Any, o).id for o in objects]


class _BulkSink(_Sink):
    def add(self, model: type[Base], rows: list[Row], *, ids: bool = False) -> list[int]:
        # Core executemany on the table skips the unit of work; SQLAlchemy batches the rows into
        # multi-row INSERTs ("insertmanyvalues"), and RETURNING keeps parameter order when asked.
        table = cast(Table, model.__table__)
        self.counts[model.__tablename__] += len(rows)
        return insert_rows(
            self.session,
            table,
            rows,
            history=RECORDED_BY_CALLER,
            returning_ids=ids,
            size=BULK_CHUNK,
        )


# --------------------------------------------------------------------------- generators


@dataclass
class _Placed:
    """A board in the database, with what its history needs to know."""

    spec: BoardSpec
    id: int
    ancestors: list[int]  # nearest first
    reported: list[tuple[int, MeasureSpec]] = field(default_factory=list)
    visible: dict[str, int] = field(default_factory=dict)  # measure name -> id (A3 effect)


@dataclass
class _ProblemPlan:
    row: Row
    escalations: list[Row]


@dataclass
class _A3Plan:
    row: Row
    problem: int  # index into the history's problems
    actions: list[Row]


@dataclass
class _History:
    values: list[Row] = field(default_factory=list)
    mood_days: list[Row] = field(default_factory=list)
    mood_tallies: list[Row] = field(default_factory=list)
    huddles: list[Row] = field(default_factory=list)
    safety: list[Row] = field(default_factory=list)
    ideas: list[Row] = field(default_factory=list)
    problems: list[_ProblemPlan] = field(default_factory=list)
    a3s: list[_A3Plan] = field(default_factory=list)


@dataclass(frozen=True)
class _Clock:
    today: dt.date
    first_day: dt.date
    now: dt.datetime
    weeks: int
    months: int

    def days(self) -> Iterator[dt.date]:
        day = self.first_day
        while day <= self.today:
            yield day
            day += dt.timedelta(days=1)

    def at(self, day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
        # Naive UTC like models.utcnow(); 05–14 UTC is the Finnish working day. Never later
        # than now, so nothing is stamped in the future.
        return min(dt.datetime.combine(day, dt.time(hour, minute)), self.now)

    def periods(self, frequency: Frequency) -> list[dt.date]:
        """Starts of the last completed weeks or months, oldest first."""
        if frequency is Frequency.WEEK:
            monday = self.today - dt.timedelta(days=self.today.weekday())
            return [monday - dt.timedelta(weeks=k) for k in range(self.weeks, 0, -1)]
        starts, month = [], self.today.replace(day=1)
        for _ in range(self.months):
            month = (month - dt.timedelta(days=1)).replace(day=1)
            starts.append(month)
        return starts[::-1]


def _pick(rng: random.Random, pools: dict[str, dict[str, list[Any]]], texts: str, cat: str) -> Any:
    return rng.choice(pools["common"][cat] + pools[texts][cat])


def _poisson(rng: random.Random, mean: float) -> int:
    # Knuth's method: fine for the small means of ward events.
    limit, k, p = math.exp(-mean), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def _category(rng: random.Random) -> str:
    return rng.choices("SQDC", weights=(25, 35, 25, 15))[0]


def _measure_values(
    rng: random.Random, clock: _Clock, board_id: int, measure_id: int, spec: MeasureSpec
) -> list[Row]:
    starts = clock.periods(spec.frequency)
    n = len(starts)
    offset = rng.gauss(0, spec.spread)
    values: list[float] = []
    answers: list[int | None] = []
    for i, _ in enumerate(starts):
        if spec.shift_last:
            level = spec.end if i >= n - spec.shift_last else spec.start
        else:
            level = spec.start + (spec.end - spec.start) * i / max(n - 1, 1)
        level += offset
        if spec.nps:
            value, count = _nps_week(rng, level)
            values.append(value)
            answers.append(count)
        else:
            # Noise shrinks with the level, as it does for counts: a shift stays visible.
            scale = math.sqrt(max(level, 0.1) / max(spec.start, 0.1)) if spec.start > 0 else 1
            values.append(rng.gauss(level, spec.noise * min(scale, 1.5)))
            answers.append(None)
    values = [min(spec.high, max(spec.low, round(v, spec.decimals))) for v in values]
    if spec.trend_last:
        # A run-chart trend: the last N values keep rising (or falling) one after another.
        k = min(spec.trend_last, n)
        step = (1.0 if spec.end >= spec.start else -1.0) * 10.0**-spec.decimals
        tail = sorted(values[n - k :], reverse=step < 0)
        for j in range(1, k):
            if (tail[j] - tail[j - 1]) / step < 1:
                tail[j] = round(tail[j - 1] + step, spec.decimals)
        values[n - k :] = tail
    rows = []
    for start, value, answered in zip(starts, values, answers, strict=True):
        end = start + dt.timedelta(days=7 if spec.frequency is Frequency.WEEK else 31)
        rows.append(
            {
                "measure_id": measure_id,
                "board_id": board_id,
                "period_start": start,
                "value": float(value),
                "answers": answered,
                "source": SOURCE,
                "updated_at": clock.at(min(end, clock.today), 7),
            }
        )
    return rows


def _nps_week(rng: random.Random, level: float) -> tuple[float, int]:
    """One week's NPS from simulated 0–10 answers, so `answers` and the value agree."""
    count = rng.randint(20, 60)
    target = max(-90.0, min(95.0, level)) / 100
    detractors = max(0.02, (1 - target) * 0.22)
    promoters = min(0.97, detractors + target)
    scores = []
    for _ in range(count):
        r = rng.random()
        scores.append(
            rng.randint(9, 10)
            if r < promoters
            else rng.randint(0, 6)
            if r < promoters + detractors
            else rng.randint(7, 8)
        )
    result = nps(scores).nps
    assert result is not None
    return float(result), count


def _moods(
    rng: random.Random, clock: _Clock, board_id: int, profile: Profile
) -> tuple[list[Row], list[Row]]:
    """Anonymous votes on weekdays, as counts per day and score (mood_day, mood_tally):
    usually a full team, some days only a few voters. Today's votes were shown at the
    huddle ("Näytä päivän fiilis") when there were enough of them."""
    days, tallies = [], []
    base = profile.mood + rng.gauss(0, 0.3)
    for day in clock.days():
        if day.weekday() >= 5:
            continue
        # Some days too few vote to show the figure: the minimum-group rule has to be visible.
        count = rng.randint(2, 4) if rng.random() < 0.12 else rng.randint(*profile.staff)
        day_mood = base + rng.gauss(0, 0.45) - (0.3 if day.weekday() == 0 else 0)
        scores = Counter(min(10, max(0, round(rng.gauss(day_mood, 1.1)))) for _ in range(count))
        released = int(day == clock.today and count >= DEFAULT_MIN_GROUP)
        days.append(
            {
                "board_id": board_id,
                "day": day,
                "min_group": DEFAULT_MIN_GROUP,
                "released_rounds": released,
            }
        )
        # Only the scores given: a vote on the day (today) writes the other rows itself.
        tallies += [
            {"board_id": board_id, "day": day, "round": 0, "score": score, "votes": n}
            for score, n in sorted(scores.items())
        ]
    return days, tallies


def _huddles(
    rng: random.Random, clock: _Clock, board_id: int, people: tuple[int, int], hour: int
) -> list[Row]:
    rows = []
    for day in clock.days():
        if day.weekday() >= 5 or rng.random() < 0.12:
            continue
        rows.append(
            {
                "board_id": board_id,
                "day": day,
                "held_at": clock.at(day, hour, rng.randint(0, 20)),
                "attendance": rng.randint(*people),
                "duration_minutes": rng.randint(8, 15),
                "note": rng.choice(HUDDLE_NOTES) if rng.random() < 0.2 else None,
            }
        )
    return rows


def _safety(
    rng: random.Random, clock: _Clock, board_id: int, profile: Profile, kinds: dict[str, int]
) -> list[Row]:
    """A few events a week on a care ward, many days without any, harm rarer than near miss."""
    rows = []
    who = WHO[profile.texts]
    for day in clock.days():
        if day.weekday() >= 5 and not profile.round_the_clock:
            continue
        for _ in range(_poisson(rng, profile.safety_rate)):
            kind = rng.choices(("fall", "medication", "threat"), weights=profile.kind_weights)[0]
            severity = Severity.HARM if rng.random() < 0.18 else Severity.NEAR_MISS
            text = rng.choice(SAFETY_TEXTS[(kind, severity)])
            rows.append(
                {
                    "board_id": board_id,
                    "day": day,
                    "kind_id": kinds[kind],
                    "severity": severity.value,
                    "description": text.format(who=who, who_l=who.lower()),
                    "created_at": clock.at(day, rng.randint(5, 14), rng.randint(0, 59)),
                }
            )
    return rows


_IDEA_STATES_BY_AGE = (  # (max age in days, weights for new, plan, do, check, act, done)
    (7, (50, 35, 15, 0, 0, 0)),
    (28, (5, 20, 40, 20, 5, 10)),
    (70, (0, 3, 10, 20, 15, 52)),
    (10**6, (0, 1, 3, 3, 4, 89)),
)


def _idea(
    rng: random.Random, clock: _Clock, board_id: int, profile: Profile, created: dt.date
) -> Row:
    age = (clock.today - created).days
    weights = next(w for limit, w in _IDEA_STATES_BY_AGE if age < limit)
    state = rng.choices(list(PdcaState), weights=weights)[0]
    return _idea_row(rng, clock, board_id, profile, created, state)


def _idea_row(
    rng: random.Random,
    clock: _Clock,
    board_id: int,
    profile: Profile,
    created: dt.date,
    state: PdcaState,
) -> Row:
    origin = rng.choices((Origin.BOARD, Origin.MOOD_PROMPT, Origin.PROBLEM), weights=(65, 25, 10))[
        0
    ]
    if origin is Origin.MOOD_PROMPT:
        title, description = rng.choice(MOOD_IDEAS)
        category: str | None = rng.choice("QD")
    else:
        category = _category(rng)
        title, description = _pick(rng, IDEAS, profile.texts, category)
    age = (clock.today - created).days
    changed = created + dt.timedelta(days=rng.randint(0, max(age, 0)))
    done = state is PdcaState.DONE
    done_on = created + dt.timedelta(days=rng.randint(min(7, age), max(min(7, age), age)))
    return {
        "board_id": board_id,
        "title": title,
        "description": description,
        "state": state.value,
        "category": category,
        "owner": None if state is PdcaState.NEW else rng.choice(profile.owners),
        "due_date": None
        if state is PdcaState.NEW
        else created + dt.timedelta(days=rng.randint(14, 42)),
        "origin": origin.value,
        "created_at": clock.at(created, rng.randint(5, 13), rng.randint(0, 59)),
        "state_changed_at": clock.at(done_on if done else changed, 8),
        "done_at": clock.at(done_on, 8) if done else None,
    }


# Where each state's stand-in idea is created when a board lacks one: days before today.
_STATE_AGES = {"new": 2, "plan": 6, "do": 16, "check": 24, "act": 35, "done": 45}


def _ideas(rng: random.Random, clock: _Clock, board_id: int, profile: Profile) -> list[Row]:
    rows = []
    for week in range(clock.weeks):
        monday = clock.first_day + dt.timedelta(weeks=week)
        for _ in range(_poisson(rng, 1.1)):
            created = min(clock.today, monday + dt.timedelta(days=rng.randint(0, 4)))
            rows.append(_idea(rng, clock, board_id, profile, created))
    # Every board shows its whole PDCA flow, and at least one overdue idea to follow up.
    present = {r["state"] for r in rows}
    for state in PdcaState:
        if state.value not in present:
            created = clock.today - dt.timedelta(days=_STATE_AGES[state.value])
            rows.append(_idea_row(rng, clock, board_id, profile, created, state))
    open_rows = [r for r in rows if r["state"] not in ("new", "done")]
    if not any(r["due_date"] < clock.today for r in open_rows):
        oldest = min(open_rows, key=lambda r: r["created_at"])
        oldest["due_date"] = max(
            oldest["created_at"].date() + dt.timedelta(days=7),
            clock.today - dt.timedelta(days=rng.randint(2, 9)),
        )
        if oldest["due_date"] >= clock.today:  # created too recently: backdate it
            oldest["created_at"] = clock.at(clock.today - dt.timedelta(days=20), 8)
            oldest["due_date"] = clock.today - dt.timedelta(days=3)
    return rows


_PROBLEM_STATUS_BY_AGE = (  # (max age in days, weights for open, in_progress, solved)
    (14, (60, 40, 0)),
    (60, (15, 40, 45)),
    (10**6, (3, 7, 90)),
)


def _problem(
    rng: random.Random,
    clock: _Clock,
    board: _Placed,
    profile: Profile,
    created: dt.date,
    category: str,
    title: str,
    description: str | None,
    escalate: bool,
) -> _ProblemPlan:
    """A problem and, when escalated, its steps up the tree and the answers coming back."""
    age = (clock.today - created).days
    weights = next(w for limit, w in _PROBLEM_STATUS_BY_AGE if age < limit)
    status = rng.choices(list(ProblemStatus), weights=weights)[0]
    steps: list[Row] = []
    waiting: int | None = None
    last_answer = clock.at(created, 8)
    if escalate:
        tiers = 2 if rng.random() < 0.35 and len(board.ancestors) >= 2 else 1
        at = clock.at(created + dt.timedelta(days=rng.randint(0, 3)), 7, rng.randint(0, 59))
        note = rng.choice(ESCALATION_NOTES[category])
        chain = [board.id, *board.ancestors]
        for tier in range(tiers):
            answered = at + dt.timedelta(days=rng.randint(1, 8), hours=rng.randint(0, 3))
            step: Row = {
                "from_board_id": chain[tier],
                "to_board_id": chain[tier + 1],
                "note": note,
                "escalated_at": at,
                "answer_kind": None,
                "answer": None,
                "answered_at": None,
            }
            steps.append(step)
            if answered >= clock.now:  # not answered yet: the problem waits at that tier
                waiting = chain[tier + 1]
                break
            if tier < tiers - 1:
                kind = AnswerKind.FORWARDED
            else:
                kind = rng.choices(
                    (AnswerKind.DECISION, AnswerKind.RESOURCE, AnswerKind.RETURNED),
                    weights=(45, 30, 25),
                )[0]
            step.update(
                answer_kind=kind.value, answer=rng.choice(ANSWERS[kind]), answered_at=answered
            )
            # The service sends a forwarded problem on with the answer as the next step's note.
            note, at, last_answer = step["answer"], answered, answered
        if waiting is not None and status is ProblemStatus.SOLVED:
            status = ProblemStatus.IN_PROGRESS
    solved_at = None
    if status is ProblemStatus.SOLVED:
        solved_at = max(
            last_answer + dt.timedelta(days=1),
            clock.at(created + dt.timedelta(days=rng.randint(3, max(3, min(age, 40)))), 9),
        )
        solved_at = min(solved_at, clock.now)
    row = {
        "board_id": board.id,
        "title": title,
        "description": description,
        "category": category,
        "status": status.value,
        "owner": rng.choice(profile.owners),
        "due_date": created + dt.timedelta(days=rng.randint(7, 28)),
        "waiting_board_id": waiting,
        "created_at": clock.at(created, rng.randint(5, 12), rng.randint(0, 59)),
        "solved_at": solved_at,
    }
    return _ProblemPlan(row, steps)


def _problems(
    rng: random.Random, clock: _Clock, board: _Placed, profile: Profile
) -> list[_ProblemPlan]:
    dates = []
    for week in range(clock.weeks):
        monday = clock.first_day + dt.timedelta(weeks=week)
        dates += [
            min(clock.today, monday + dt.timedelta(days=rng.randint(0, 4)))
            for _ in range(_poisson(rng, 0.7))
        ]
    categories = [_category(rng) for _ in dates]
    # Each SQDC letter has something on the board, and the newest problem waits one tier up,
    # so every management board has escalations to answer.
    for cat in Sqdc:
        if cat.value not in categories:
            dates.append(clock.today - dt.timedelta(days=rng.randint(3, 20)))
            categories.append(cat.value)
    order = sorted(range(len(dates)), key=lambda i: dates[i])
    plans = []
    for rank, i in enumerate(order):
        escalate = rng.random() < 0.18
        title, description = _pick(rng, PROBLEMS, profile.texts, categories[i])
        plan = _problem(
            rng, clock, board, profile, dates[i], categories[i], title, description, escalate
        )
        plans.append(plan)
        if rank == len(order) - 1 and not any(p.row["waiting_board_id"] for p in plans):
            plan.row.update(status=ProblemStatus.OPEN.value, solved_at=None)
            step = {
                "from_board_id": board.id,
                "to_board_id": board.ancestors[0],
                "note": rng.choice(ESCALATION_NOTES[categories[i]]),
                "escalated_at": clock.at(max(dates[i], clock.today - dt.timedelta(days=1)), 7),
                "answer_kind": None,
                "answer": None,
                "answered_at": None,
            }
            plan.escalations = [step]
            plan.row["waiting_board_id"] = board.ancestors[0]
    return plans


def _a3_phase(weeks_ago: int) -> A3Phase:
    for limit, phase in ((4, A3Phase.PLAN), (10, A3Phase.DO), (20, A3Phase.CHECK)):
        if weeks_ago < limit:
            return phase
    return A3Phase.ACT if weeks_ago < 26 else A3Phase.DONE


def _a3(
    rng: random.Random,
    clock: _Clock,
    board: _Placed,
    key: str,
    weeks_ago: int,
    history: _History,
) -> None:
    """One A3 with every section, its actions, and the problem it answers."""
    t = A3_TEMPLATES[key]
    started = clock.today - dt.timedelta(weeks=weeks_ago, days=rng.randint(0, 4))
    phase = _a3_phase(weeks_ago)
    category, problem_title = t["problem"]
    history.problems.append(
        _ProblemPlan(
            {
                "board_id": board.id,
                "title": problem_title,
                "description": t["current"],
                "category": category,
                "status": (
                    ProblemStatus.SOLVED if phase is A3Phase.DONE else ProblemStatus.IN_PROGRESS
                ).value,
                "owner": t["actions"][0][1],
                "due_date": started + dt.timedelta(weeks=26),
                "waiting_board_id": None,
                "created_at": clock.at(started - dt.timedelta(days=7), 8),
                "solved_at": clock.at(started + dt.timedelta(weeks=26), 9)
                if phase is A3Phase.DONE
                else None,
            },
            [],
        )
    )
    actions = []
    for position, (text, owner, week) in enumerate(t["actions"]):
        due = started + dt.timedelta(weeks=week)
        if phase is A3Phase.DONE or due < clock.today - dt.timedelta(days=7):
            status = ActionStatus.DONE
        elif due < clock.today + dt.timedelta(days=14):
            status = ActionStatus.DOING
        else:
            status = ActionStatus.TODO
        actions.append(
            {
                "position": position,
                "action": text,
                "owner": owner,
                "due_date": due,
                "status": status.value,
            }
        )
    late = phase in (A3Phase.CHECK, A3Phase.ACT, A3Phase.DONE)
    row = {
        "board_id": board.id,
        "title": t["title"],
        "owner": t["actions"][0][1],
        "phase": phase.value,
        "background": t["background"],
        "current_condition": t["current"],
        "target_condition": t["target"],
        "root_cause": t["root_cause"],
        "five_whys": list(t["whys"]),
        "fishbone": {k: list(v) for k, v in t["fishbone"].items()},
        "countermeasures": t["countermeasures"],
        "follow_up": t["follow_up"] if late else None,
        "effect_measure_id": board.visible.get(t["effect"]) if t["effect"] else None,
        "problem_id": None,  # filled in once the problem has its id
        "idea_id": None,
        "started_on": started,
        "created_at": clock.at(started, 9),
        "updated_at": clock.at(min(clock.today, started + dt.timedelta(weeks=weeks_ago)), 9),
    }
    history.a3s.append(_A3Plan(row, len(history.problems) - 1, actions))


def _a3_schedule(spec: BoardSpec, profile: Profile, clock: _Clock) -> list[tuple[str, int]]:
    """Given A3s (small), or one started every half year in a long history (large)."""
    if spec.a3 or clock.weeks < 26:
        return list(spec.a3)
    return [(profile.a3[k % len(profile.a3)], 6 + 26 * k) for k in range(clock.weeks // 26)]


def _history(board: _Placed, clock: _Clock, kinds: dict[str, int]) -> _History:
    rng = random.Random(f"{SEED}:{board.spec.code}")  # per board: independent of batching
    history = _History()
    for measure_id, spec in board.reported:
        history.values += _measure_values(rng, clock, board.id, measure_id, spec)
    if board.spec.kind is not BoardKind.TEAM:
        # Management boards hold their own tiered huddle, a little later than the teams'.
        history.huddles = _huddles(rng, clock, board.id, (4, 9), 7)
        return history
    assert board.spec.profile is not None
    profile = PROFILES[board.spec.profile]
    history.mood_days, history.mood_tallies = _moods(rng, clock, board.id, profile)
    history.huddles = _huddles(rng, clock, board.id, (4, min(14, profile.staff[1] + 2)), 6)
    history.safety = _safety(rng, clock, board.id, profile, kinds)
    history.ideas = _ideas(rng, clock, board.id, profile)
    history.problems = _problems(rng, clock, board, profile)
    for key, weeks_ago in _a3_schedule(board.spec, profile, clock):
        _a3(rng, clock, board, key, weeks_ago, history)
    return history


# --------------------------------------------------------------------------- writing


def _place_boards(sink: _Sink, tree: BoardSpec, created: dt.datetime) -> list[_Placed]:
    """Boards tier by tier (parents need ids first), then their measures."""
    placed: list[_Placed] = []
    level: list[tuple[BoardSpec, list[int]]] = [(tree, [])]
    while level:
        rows = [
            {
                "code": spec.code,
                "name": spec.name,
                "kind": spec.kind.value,
                "parent_id": ancestors[0] if ancestors else None,
                "min_mood_group": DEFAULT_MIN_GROUP,
                "sections": list(SECTIONS),
                "created_at": created,
            }
            for spec, ancestors in level
        ]
        ids = sink.add(Board, rows, ids=True)
        here = [
            _Placed(spec, id_, ancestors) for (spec, ancestors), id_ in zip(level, ids, strict=True)
        ]
        placed += here
        level = [(child, [p.id, *p.ancestors]) for p in here for child in p.spec.children]

    owned = [(p, m) for p in placed for m in p.spec.measures]
    measure_ids = sink.add(
        Measure,
        [
            {
                "board_id": p.id,
                "name": m.name,
                "unit": m.unit,
                "target": m.target,
                "direction": m.direction.value,
                "frequency": m.frequency.value,
                "inherited": m.inherited,
                "decimals": m.decimals,
                "description": m.description,
                "created_at": created,
            }
            for p, m in owned
        ],
        ids=True,
    )
    by_board: dict[int, list[tuple[int, MeasureSpec]]] = {}
    for (p, m), id_ in zip(owned, measure_ids, strict=True):
        by_board.setdefault(p.id, []).append((id_, m))
    for p in placed:
        inherited = [
            (id_, m) for a in reversed(p.ancestors) for id_, m in by_board.get(a, []) if m.inherited
        ]
        own = by_board.get(p.id, [])
        p.visible = {m.name: id_ for id_, m in inherited + own}
        # Inherited goals are reported by each team; a board's other goals by the board itself.
        p.reported = [(id_, m) for id_, m in own if not m.inherited]
        if p.spec.kind is BoardKind.TEAM:
            p.reported = inherited + own
    return placed


def _write_round(sink: _Sink, histories: list[_History]) -> None:
    """One round of boards, table by table, resolving ids parents get on the way."""
    for model, attr in (
        (MeasureValue, "values"),
        (MoodDayState, "mood_days"),
        (MoodTally, "mood_tallies"),
        (Huddle, "huddles"),
        (SafetyEvent, "safety"),
        (Idea, "ideas"),
    ):
        rows = [row for h in histories for row in getattr(h, attr)]
        if rows:
            sink.add(model, rows)
    sink.mood_votes += sum(row["votes"] for h in histories for row in h.mood_tallies)
    plans = [plan for h in histories for plan in h.problems]
    problem_ids = sink.add(Problem, [p.row for p in plans], ids=True) if plans else []
    steps = []
    for plan, id_ in zip(plans, problem_ids, strict=True):
        steps += [{**step, "problem_id": id_} for step in plan.escalations]
    if steps:
        sink.add(Escalation, steps)
    reports: list[tuple[_A3Plan, Row]] = []
    base = 0  # where each history's problems start in problem_ids
    for h in histories:
        reports += [(a3, {**a3.row, "problem_id": problem_ids[base + a3.problem]}) for a3 in h.a3s]
        base += len(h.problems)
    if reports:
        a3_ids = sink.add(A3Report, [row for _, row in reports], ids=True)
        actions = [
            {**action, "a3_id": id_}
            for (a3, _), id_ in zip(reports, a3_ids, strict=True)
            for action in a3.actions
        ]
        sink.add(A3Action, actions)


# ---- notes, phases and frozen baselines on the charts (issue 18) --------------------------
# Kept in one function, apart from the generated history above: the first care-home team gets
# the improvement story its charts tell. Ulkoilu (outdoor hours) rises over the last six weeks
# after two tests of change, judged against a baseline frozen before them; Arvoa tuottava
# aika (value-adding time) runs in a new phase since the new shift list.
# (measure, weeks before the latest completed week, note, linked idea title) — in the data file.
CHART_NOTES = [tuple(note) for note in DATA["chart_marks"]["notes"]]
FROZEN_BASELINE = tuple(DATA["chart_marks"]["frozen_baseline"])  # ends the week before PDSA 1
PHASE_START = tuple(DATA["chart_marks"]["phase_start"])


def _chart_marks(sink: _Sink, session: Session, placed: list[_Placed], clock: _Clock) -> None:
    """Notes, a phase start and a frozen baseline on the first care-home team's charts."""
    team = next((b for b in placed if b.spec.profile == "carehome"), None)
    if team is None:
        return
    weeks = clock.periods(Frequency.WEEK)
    session.flush()

    def week(back: int) -> dt.date:
        return weeks[-1 - back]

    a3 = session.scalar(
        select(A3Report.id).where(
            A3Report.board_id == team.id, A3Report.effect_measure_id == team.visible.get("Ulkoilu")
        )
    )
    notes = []
    for name, back, text, idea_title in CHART_NOTES:
        if name not in team.visible:
            continue
        idea = None
        if idea_title is not None:
            idea = session.scalar(
                select(Idea.id).where(Idea.board_id == team.id, Idea.title == idea_title).limit(1)
            )
        notes.append(
            {
                "measure_id": team.visible[name],
                "board_id": team.id,
                "period_start": week(back),
                "note": text,
                "idea_id": idea,
                "a3_id": a3 if name == "Ulkoilu" else None,
                "created_at": clock.at(week(back) + dt.timedelta(days=1), 8),
                "version": 1,
            }
        )
    if notes:
        sink.add(MeasureAnnotation, notes)
    marks = []
    name, back = FROZEN_BASELINE
    if name in team.visible:
        marks.append(
            {
                "measure_id": team.visible[name],
                "board_id": team.id,
                "kind": "freeze",
                "period_start": week(back),
                "note": None,
                "created_at": clock.at(week(back - 1), 9),
                "version": 1,
            }
        )
    name, back, text = PHASE_START
    if name in team.visible:
        marks.append(
            {
                "measure_id": team.visible[name],
                "board_id": team.id,
                "kind": "start",
                "period_start": week(back),
                "note": text,
                "created_at": clock.at(week(back), 9),
                "version": 1,
            }
        )
    if marks:
        sink.add(MeasurePhase, marks)


def _seed(session: Session, scale_name: str, today: dt.date, started: float) -> dict[str, int]:
    if session.scalar(select(func.count()).select_from(Board)):
        raise ValidationError(
            translate(
                "Validation",
                "Tietokannassa on jo tauluja. Esittelyaineistoa ei lisätä olemassa olevien "
                "tietojen sekaan: käytä tyhjää tietokantaa.",
            ),
            "database",
        )
    scale = SCALES[scale_name]
    kinds = {k.code: k.id for k in session.scalars(select(SafetyEventKind))}
    missing = {"fall", "medication", "threat"} - kinds.keys()
    if missing:
        raise ValidationError(
            translate(
                "Validation", "Tietokannasta puuttuu vaaratapahtumien lajeja: {kinds}."
            ).format(kinds=", ".join(sorted(missing))),
            "database",
        )
    sink: _Sink = _BulkSink(session) if scale.bulk else _OrmSink(session)
    now = utcnow() if today == clocks.current().today() else dt.datetime.combine(today, dt.time(12))
    clock = _Clock(
        today, today - dt.timedelta(weeks=scale.weeks, days=-1), now, scale.weeks, scale.months
    )
    first_value = min(clock.periods(Frequency.MONTH)[0], clock.periods(Frequency.WEEK)[0])
    placed = _place_boards(sink, scale.tree(), clock.at(first_value - dt.timedelta(days=30), 7))
    for start in range(0, len(placed), scale.boards_per_round):
        batch = placed[start : start + scale.boards_per_round]
        _write_round(sink, [_history(board, clock, kinds) for board in batch])
    _chart_marks(sink, session, placed, clock)
    counts = {table: sink.counts.get(table, 0) for table in _SUMMARY_FIELDS}
    counts["change"] = 1
    details: dict[str, Any] = {_SUMMARY_FIELDS[t]: n for t, n in counts.items()}
    details["mood_votes"] = sink.mood_votes
    details.update(scale=scale_name, today=today.isoformat())
    details["seconds"] = round(time.perf_counter() - started, 2)
    record_change(session, "demo", None, "seed", board_id=None, details=details)
    session.flush()
    return {**counts, "mood_votes": sink.mood_votes}


def seed_demo(db: Database, scale: str = "small", today: dt.date | None = None) -> DemoSummary:
    """Fill an empty database with a demo organisation; refuse one that already has boards."""
    if scale not in SCALES:
        raise ValidationError(
            translate(
                "Validation", "Tuntematon esittelyaineiston koko ”{scale}” (sallitut: {allowed})."
            ).format(scale=scale, allowed=", ".join(SCALES)),
            "scale",
        )
    started = time.perf_counter()
    counts = db.write(lambda s: _seed(s, scale, today or db.clock.today(), started))
    return DemoSummary(
        scale=scale,
        seconds=round(time.perf_counter() - started, 3),
        mood_votes=counts.pop("mood_votes"),
        **{_SUMMARY_FIELDS[table]: n for table, n in counts.items()},
    )


__all__ = ["SCALES", "DemoSummary", "large_tree", "seed_demo", "small_tree"]
