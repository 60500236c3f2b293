"""The roll-up of the boards below a tier-2+ board, against figures computed by hand.

The fixture tree (every board's minimum group 5), this week's mood votes in brackets:

    JLK (organisation)
    ├── AL1 (area)
    │   ├── Y1 (unit): T-A [3 votes: 6 6 9], T-B [6 × 8], T-C [7 × 7]
    │   └── Y2 (unit): T-D [2 votes: 4 10], T-E [8 × 9]
    └── AL2 (area)
        └── Y3 (unit): T-F [6 × 6], T-G [5 × 5]

T-A and T-D have too few votes (primary suppression). On Y1's board the total of its teams
(16 votes) and T-B, T-C would give T-A away by subtraction, so Y1's total is hidden too; the
same for Y2. On AL1's board Y1 and Y2 are then both hidden: AL1's total gives only their sum,
which holds T-A's and T-D's 5 hidden votes together (the minimum group).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from leanboard import i18n
from leanboard.domain.enums import AnswerKind
from leanboard.reports.weekly_pdf import render_weekly_pdf
from leanboard.services import Services
from leanboard.services.dto import Rollup, RollupRow
from leanboard.services.rollup import MoodCells, suppress_mood
from leanboard.store.database import Database
from leanboard.store.models import utcnow

WEDNESDAY = dt.date(2026, 11, 18)  # week 47: Monday 16.11.; the month began Sunday 1.11.
MONDAY = dt.date(2026, 11, 16)

VOTES = {
    "T-A": [6, 6, 9],
    "T-B": [8] * 6,
    "T-C": [7] * 7,
    "T-D": [4, 10],
    "T-E": [9] * 8,
    "T-F": [6] * 6,
    "T-G": [5] * 5,
}


@pytest.fixture
def services(database: Database) -> Iterator[Services]:
    yield Services(database)


@pytest.fixture
def tree(services: Services) -> dict[str, int]:
    ids: dict[str, int] = {}

    def board(code: str, kind: str, parent: str | None) -> None:
        parent_id = ids[parent] if parent else None
        ids[code] = services.boards.create_board(code, f"Taulu {code}", kind, parent_id).id

    board("JLK", "organisation", None)
    board("AL1", "area", "JLK")
    board("AL2", "area", "JLK")
    board("Y1", "unit", "AL1")
    board("Y2", "unit", "AL1")
    board("Y3", "unit", "AL2")
    for team, unit in [
        ("T-A", "Y1"),
        ("T-B", "Y1"),
        ("T-C", "Y1"),
        ("T-D", "Y2"),
        ("T-E", "Y2"),
        ("T-F", "Y3"),
        ("T-G", "Y3"),
    ]:
        board(team, "team", unit)
    for team, scores in VOTES.items():
        for i, score in enumerate(scores):
            # Spread over Monday..Wednesday; last week's votes must not count.
            services.mood.record_mood_vote(ids[team], score, MONDAY + dt.timedelta(days=i % 3))
        services.mood.record_mood_vote(ids[team], 0, MONDAY - dt.timedelta(days=1))
    return ids


def rollup_of(services: Services, board_id: int, **kwargs: object) -> Rollup:
    found = services.rollup.rollup(board_id, WEDNESDAY, **kwargs)  # type: ignore[arg-type]
    assert found is not None
    return found


def row(rollup: Rollup, code: str) -> RollupRow:
    return next(r for r in rollup.rows if r.board.code == code)


# ---- mood: the minimum group and the subtraction case ---------------------------------------


def test_unit_shows_teams_with_enough_votes_and_hides_the_total_that_would_give_one_away(
    services: Services, tree: dict[str, int]
) -> None:
    y1 = rollup_of(services, tree["Y1"])
    assert [(r.board.code, r.mood.votes, r.mood.hidden) for r in y1.rows] == [
        ("T-A", 3, "min_group"),
        ("T-B", 6, None),
        ("T-C", 7, None),
    ]
    assert row(y1, "T-B").mood.average == pytest.approx(8.0)
    assert row(y1, "T-C").mood.average == pytest.approx(7.0)
    assert row(y1, "T-A").mood.average is None
    # 16 votes would be enough, but 16 votes' total minus T-B and T-C is T-A: hidden.
    assert (y1.total.mood.votes, y1.total.mood.average, y1.total.mood.hidden) == (
        16,
        None,
        "complementary",
    )


def test_area_hides_both_units_so_neither_hidden_team_can_be_subtracted_out(
    services: Services, tree: dict[str, int]
) -> None:
    al1 = rollup_of(services, tree["AL1"])
    assert {r.board.code: (r.mood.votes, r.mood.hidden) for r in al1.rows} == {
        "Y1": (16, "complementary"),
        "Y2": (10, "complementary"),
    }
    # The area's total may show: it only gives Y1 + Y2, in which T-A and T-D (5 votes) hide.
    assert al1.total.mood.votes == 26
    expected = (sum(VOTES["T-A"]) + 48 + 49 + sum(VOTES["T-D"]) + 72) / 26
    assert al1.total.mood.average == pytest.approx(expected)
    jlk = rollup_of(services, tree["JLK"])
    assert {r.board.code: r.mood.average for r in jlk.rows} == {
        "AL1": pytest.approx(expected),
        "AL2": pytest.approx((36 + 25) / 11),
    }
    assert jlk.total.mood.average == pytest.approx((sum(sum(v) for v in VOTES.values())) / 37)


def test_no_hidden_team_can_be_solved_from_everything_any_board_shows(
    services: Services, tree: dict[str, int]
) -> None:
    """Collect every mood figure the boards show, then try to solve the hidden ones."""
    shown: dict[str, Fraction] = {}
    hidden: set[str] = set()
    for code in ("JLK", "AL1", "AL2", "Y1", "Y2", "Y3"):
        rollup = rollup_of(services, tree[code])
        for r in (*rollup.rows, rollup.total):
            key = f"sub:{r.board.code}"
            if r.mood.average is not None:
                shown[key] = Fraction(r.mood.average).limit_denominator(1000) * r.mood.votes
            elif r.mood.votes:
                hidden.add(key)
    # Each team's own board prints its own week figure when it has enough votes.
    for team, scores in VOTES.items():
        if len(scores) >= 5:
            shown[f"sub:{team}"] = Fraction(sum(scores))
    assert hidden == {"sub:T-A", "sub:T-D", "sub:Y1", "sub:Y2"}
    parents = {"JLK": ["AL1", "AL2"], "AL1": ["Y1", "Y2"], "AL2": ["Y3"]}
    parents |= {"Y1": ["T-A", "T-B", "T-C"], "Y2": ["T-D", "T-E"], "Y3": ["T-F", "T-G"]}
    relations = [[f"sub:{p}", *(f"sub:{c}" for c in kids)] for p, kids in parents.items()]
    assert solvable(relations, shown, hidden) == set()

    # Had Y1's total been shown, subtraction would give T-A's three votes back, and through
    # AL1's total Y2's figure and with it T-D's two votes.
    naive = shown | {"sub:Y1": Fraction(sum(VOTES["T-A"]) + 48 + 49)}
    assert solvable(relations, naive, hidden - {"sub:Y1"}) == {"sub:T-A", "sub:Y2", "sub:T-D"}


def solvable(relations: list[list[str]], shown: dict[str, Fraction], hidden: set[str]) -> set[str]:
    """The hidden cells that the relations total = Σ parts pin down, given the shown cells.

    A cell is solvable exactly when its unit vector lies in the row space of the relations
    restricted to the hidden cells (Gaussian elimination over the rationals).
    """
    unknowns = sorted(hidden)
    rows = []
    for total, *parts in relations:
        coefficients = {total: Fraction(1)} | {p: Fraction(-1) for p in parts}
        vector = [coefficients.get(u, Fraction(0)) for u in unknowns]
        if any(vector):
            rows.append(vector)
    found = set()
    base = rank(rows)
    for i, u in enumerate(unknowns):
        unit = [Fraction(int(j == i)) for j in range(len(unknowns))]
        if rank([*rows, unit]) == base:
            found.add(u)
    return found


def rank(rows: list[list[Fraction]]) -> int:
    matrix = [list(r) for r in rows]
    rank_, columns = 0, len(matrix[0]) if matrix else 0
    for column in range(columns):
        pivot = next((i for i in range(rank_, len(matrix)) if matrix[i][column] != 0), None)
        if pivot is None:
            continue
        matrix[rank_], matrix[pivot] = matrix[pivot], matrix[rank_]
        for i in range(len(matrix)):
            if i != rank_ and matrix[i][column] != 0:
                factor = matrix[i][column] / matrix[rank_][column]
                matrix[i] = [a - factor * b for a, b in zip(matrix[i], matrix[rank_], strict=True)]
        rank_ += 1
    return rank_


@st.composite
def trees(draw: st.DrawFn) -> tuple[dict[int, list[int]], dict[int, int]]:
    """A random tree of up to 14 boards with 0..12 votes on each."""
    size = draw(st.integers(2, 14))
    parents = [draw(st.integers(0, i - 1)) for i in range(1, size)]
    children: dict[int, list[int]] = {}
    for child, parent in enumerate(parents, start=1):
        children.setdefault(parent, []).append(child)
    votes = {b: draw(st.sampled_from([0, 0, 1, 2, 3, 4, 5, 6, 9, 12])) for b in range(size)}
    return children, votes


@settings(max_examples=300, deadline=None)
@given(trees())
def test_on_any_tree_no_hidden_cell_can_be_solved_and_shown_sums_hide_a_full_group(
    case: tuple[dict[int, list[int]], dict[int, int]],
) -> None:
    children, votes = case
    rng = random.Random(len(votes))
    sums = {b: sum(rng.randint(0, 10) for _ in range(n)) for b, n in votes.items()}
    cells = suppress_mood(children, [0], votes, sums, dict.fromkeys(votes, 5))
    shown, hidden = figures(cells, children, votes)
    relations = [
        [f"sub:{b}", f"own:{b}", *(f"sub:{c}" for c in kids)] for b, kids in children.items()
    ]
    assert solvable(relations, shown, hidden) == set()
    # Where a total is shown, what it says about the hidden parts is a group of 5 or more.
    for b, kids in children.items():
        if f"sub:{b}" in hidden:
            continue
        parts = [f"own:{b}", *(f"sub:{c}" for c in kids)]
        unknown = [p for p in parts if p in hidden]
        assert len(unknown) != 1
        hidden_votes = sum(cells.sub_votes[int(p[4:])] for p in unknown if p.startswith("sub"))
        hidden_votes += votes[b] if f"own:{b}" in hidden else 0
        assert not unknown or hidden_votes >= 5


def figures(
    cells: MoodCells, children: dict[int, list[int]], votes: dict[int, int]
) -> tuple[dict[str, Fraction], set[str]]:
    """What any screen or PDF shows: own week figures (≥ 5 votes) and the roll-up's cells."""
    shown: dict[str, Fraction] = {}
    hidden: set[str] = set()
    for b, n in votes.items():
        own = f"own:{b}"
        if n >= 5 or n == 0:
            shown[own] = Fraction(cells.own_sum.get(b, 0))
        else:
            hidden.add(own)
        sub = f"sub:{b}"
        if not children.get(b):  # a leaf's subtree is its own cell
            if own in hidden:
                hidden.add(sub)
            else:
                shown[sub] = shown[own]
            continue
        figure = cells.figure(b)
        if figure.average is not None:
            shown[sub] = Fraction(cells.sub_sum[b])
        elif figure.votes:
            hidden.add(sub)
        else:
            shown[sub] = Fraction(0)
    return shown, hidden


# ---- the other figures -----------------------------------------------------------------------


def test_goals_problems_safety_huddles_and_the_needs_help_order(
    services: Services, tree: dict[str, int]
) -> None:
    nps = services.measures.create_measure(
        tree["JLK"], "NPS", target=80, direction="higher", frequency="week", inherited=True
    )
    wait = services.measures.create_measure(
        tree["Y1"], "Odotusaika", target=5, direction="lower", frequency="week"
    )
    services.measures.record_value(nps.id, tree["T-A"], "2026-W46", 85)  # on target
    services.measures.record_value(nps.id, tree["T-B"], "2026-W47", 70)  # off target
    services.measures.record_value(nps.id, tree["T-B"], "2026-W48", 99)  # after today: ignored
    services.measures.record_value(wait.id, tree["Y1"], "2026-W47", 4)  # Y1's own: on target
    services.measures.record_value(nps.id, tree["T-E"], "2026-W47", 81)

    problems = services.problems
    a_s = problems.create_problem(tree["T-A"], "S", "Liukas lattia")
    problems.create_problem(tree["T-A"], "Q", "Kirjaukset puuttuvat")
    solved = problems.create_problem(tree["T-B"], "S", "Hälytin rikki")
    problems.set_status(solved.id, solved.version, "solved")
    problems.create_problem(tree["T-D"], "C", "Hanskat loppu")
    up = problems.escalate_problem(a_s.id, a_s.version)
    problems.answer_escalation(up.id, up.version, AnswerKind.FORWARDED.value, "Alueen päätös")

    safety = services.safety
    safety.record_event(tree["T-A"], "fall", "harm", day=MONDAY, today=WEDNESDAY)
    safety.record_event(tree["T-A"], "fall", "near_miss", day=WEDNESDAY, today=WEDNESDAY)
    safety.record_event(tree["T-B"], "medication", "near_miss", day="2026-11-02", today=WEDNESDAY)
    safety.record_event(tree["T-B"], "medication", "harm", day="2026-10-30", today=WEDNESDAY)
    for team, days in [("T-A", [MONDAY]), ("T-B", [MONDAY, MONDAY + dt.timedelta(days=1)])]:
        for day in days:
            services.huddles.log_huddle(tree[team], 8, 10, day=day)
    services.huddles.log_huddle(tree["T-C"], 6, 12, day=WEDNESDAY)  # today: not yet missing

    y1 = rollup_of(services, tree["Y1"])
    # Harm this week puts T-A first; T-B's NPS off target puts it before T-C.
    assert [r.board.code for r in y1.rows] == ["T-A", "T-B", "T-C"]
    a, b, c = y1.rows
    assert a.needs_help == ("harm", "missing_huddles")
    assert b.needs_help == ("goals_off_target",)
    assert c.needs_help == ("missing_huddles",)
    assert (a.goals_on_target, a.goals_off_target, a.goals_no_data) == (1, 0, 0)
    assert (b.goals_on_target, b.goals_off_target, b.goals_no_data) == (0, 1, 0)
    assert (c.goals_on_target, c.goals_off_target, c.goals_no_data) == (0, 0, 1)
    # Y1's own goal and its own NPS (no value) count in the total.
    assert (y1.total.goals_on_target, y1.total.goals_off_target, y1.total.goals_no_data) == (
        2,
        1,
        2,
    )
    assert a.open_problems == {"S": 1, "Q": 1, "D": 0, "C": 0}
    assert b.open_problems == {"S": 0, "Q": 0, "D": 0, "C": 0}
    fall = next(k for k in a.safety if k.code == "fall")
    assert (fall.near_miss_week, fall.harm_week, fall.near_miss_month, fall.harm_month) == (
        1,
        1,
        1,
        1,
    )
    medication = next(k for k in b.safety if k.code == "medication")
    # 30.10. is last month; 2.11. is this month but not this week.
    assert (medication.near_miss_week, medication.harm_week) == (0, 0)
    assert (medication.near_miss_month, medication.harm_month) == (1, 0)
    # Monday and Tuesday are the weekdays before today: T-A missed one, T-C both.
    assert [(r.huddles_week, r.huddles_missing) for r in y1.rows] == [(1, 1), (2, 0), (1, 2)]
    assert y1.total.huddles_missing == 1 + 0 + 2 + 2  # Y1's own board held none either

    # The problem was forwarded on: it waits at AL1, not at Y1.
    assert a.waiting == ()
    al1 = rollup_of(services, tree["AL1"], now=utcnow() + dt.timedelta(hours=26))
    y1_row = row(al1, "Y1")
    assert [(w.title, w.from_board_code, w.over_limit) for w in y1_row.waiting] == [
        ("Liukas lattia", "T-A", True)
    ]
    assert y1_row.waiting[0].hours_waiting == pytest.approx(26, abs=0.1)
    assert al1.escalation_limit_hours == 24
    assert row(al1, "Y2").open_problems["C"] == 1
    early = rollup_of(services, tree["AL1"], now=utcnow() + dt.timedelta(hours=2))
    assert row(early, "Y1").waiting[0].over_limit is False


def test_the_escalation_limit_is_per_board_and_checked(
    services: Services, tree: dict[str, int]
) -> None:
    from leanboard.domain.errors import ValidationError

    board = services.boards.get(tree["Y1"])
    with pytest.raises(ValidationError) as refused:
        services.rollup.set_escalation_limit(board.id, board.version, "0")
    assert refused.value.field == "escalation_limit_hours"
    services.rollup.set_escalation_limit(board.id, board.version, "4")
    problem = services.problems.create_problem(tree["T-C"], "D", "Sijaiset puuttuvat")
    services.problems.escalate_problem(problem.id, problem.version)
    y1 = rollup_of(services, tree["Y1"], now=utcnow() + dt.timedelta(hours=5))
    assert y1.escalation_limit_hours == 4
    assert row(y1, "T-C").waiting_over_limit == 1
    assert y1.rows[0].board.code == "T-C"  # an overdue escalation ranks it first


def test_goal_set_above_is_compared_across_the_children(
    services: Services, tree: dict[str, int]
) -> None:
    nps = services.measures.create_measure(
        tree["AL1"], "NPS", target=80, direction="higher", frequency="week", inherited=True
    )
    services.measures.create_measure(tree["AL1"], "Oma", target=1, frequency="week")
    services.measures.record_value(nps.id, tree["Y1"], "2026-W47", 82)
    services.measures.record_value(nps.id, tree["T-A"], "2026-W47", 90)
    services.measures.record_value(nps.id, tree["T-B"], "2026-W47", 60)
    al1 = rollup_of(services, tree["AL1"])
    assert [g.measure.name for g in al1.goals] == ["NPS"]  # not inherited: not compared
    cells = {c.board_code: c for c in al1.goals[0].cells}
    assert (cells["Y1"].value, cells["Y1"].period_key, cells["Y1"].on_target) == (
        82,
        "2026-W47",
        True,
    )
    assert (cells["Y1"].boards_reporting, cells["Y1"].boards_on_target) == (3, 2)
    assert (cells["Y2"].value, cells["Y2"].on_target, cells["Y2"].boards_reporting) == (
        None,
        None,
        0,
    )
    # The unit below sees the same goal compared across its teams, in the rows' order:
    # T-B, off target, needs help first.
    y1 = rollup_of(services, tree["Y1"])
    assert [(c.board_code, c.value, c.on_target) for c in y1.goals[0].cells] == [
        ("T-B", 60, False),
        ("T-A", 90, True),
        ("T-C", None, None),
    ]


def test_stale_work_is_counted_per_child(services: Services, tree: dict[str, int]) -> None:
    """Ideas unmoved for their own board's limit, and escalations unanswered past the limit of
    the board they wait at (wherever that is), per child and in its parent's subtree."""
    services.boards.update_settings(tree["T-A"], None, stale_idea_days=10)
    ideas = services.ideas
    ideas.create_idea(tree["T-A"], "Lääkekärryn järjestys")  # 10 days: stale after 10
    ideas.create_idea(tree["T-B"], "Kiitos näkyviin")  # 30 days (the default)
    done = ideas.create_idea(tree["T-A"], "Valmis idea")
    ideas.move_idea(done.id, done.version, "done")  # done ideas are never stale
    gone = ideas.create_idea(tree["T-A"], "Poistettu idea")
    ideas.archive_idea(gone.id)
    problems = services.problems
    waits = problems.create_problem(tree["T-C"], "D", "Sijaiset puuttuvat")
    problems.escalate_problem(waits.id, waits.version)  # waits at Y1 (24 h)
    answered = problems.create_problem(tree["T-C"], "S", "Liukas lattia")
    up = problems.escalate_problem(answered.id, answered.version)
    problems.answer_escalation(up.id, up.version, AnswerKind.DECISION.value, "Matto vaihdetaan")
    forwarded = problems.create_problem(tree["T-E"], "C", "Hanskat loppu")
    step = problems.escalate_problem(forwarded.id, forwarded.version)
    problems.answer_escalation(step.id, step.version, AnswerKind.FORWARDED.value, "Alueelle")

    def stale(board: str, days: float) -> dict[str, tuple[int, int]]:
        rollup = rollup_of(services, tree[board], now=utcnow() + dt.timedelta(days=days))
        return {
            r.board.code: (r.stale_ideas, r.stale_escalations) for r in (*rollup.rows, rollup.total)
        }

    # An hour on: nothing is stale yet.
    assert set(stale("Y1", 1 / 24).values()) == {(0, 0)}
    # Eleven days on: T-A's idea (its board's 10 days), T-C's unanswered escalation (Y1's
    # 24 h); the answered one is not. T-B's idea has 30 days.
    assert stale("Y1", 11) == {"T-A": (1, 0), "T-B": (0, 0), "T-C": (0, 1), "Y1": (1, 1)}
    # T-E's problem was forwarded to AL1 and waits there past AL1's 24 h: Y2's row on the area's
    # board counts it, as Y1's row counts its teams'.
    al1 = stale("AL1", 11)
    assert (al1["Y1"], al1["Y2"]) == ((1, 1), (0, 1))
    # A month on, T-B's idea too.
    assert stale("Y1", 31)["T-B"] == (1, 0)


def test_goal_comparison_carries_each_childs_making_data_count_icons(
    services: Services, tree: dict[str, int]
) -> None:
    nps = services.measures.create_measure(
        tree["Y1"], "NPS", target=80, direction="higher", frequency="week", inherited=True
    )
    weeks = [f"2026-W{w}" for w in range(33, 48)]  # 15 weeks up to this one (W47)
    # T-A: steady 92/88 (mean 90.1, MR̄ 4): limits 90.1 ± 2.66·4 = 79.5 … 100.8, the target 80
    # inside them: common cause, hit and miss.
    for n, week in enumerate(weeks):
        services.measures.record_value(nps.id, tree["T-A"], week, 88 if n % 2 else 92)
    # T-B: 60/62 and a jump to 90 in the last week: mean 62.9, MR̄ (13·2 + 28)/14 = 3.86,
    # upper limit 73.2 — the last point beyond it, up, where higher is better: improvement;
    # the target 80 above the upper limit: not met without a change.
    for n, week in enumerate(weeks[:-1]):
        services.measures.record_value(nps.id, tree["T-B"], week, 62 if n % 2 else 60)
    services.measures.record_value(nps.id, tree["T-B"], weeks[-1], 90)
    # T-C: three values, too few to tell.
    for week in weeks[-3:]:
        services.measures.record_value(nps.id, tree["T-C"], week, 85)
    y1 = rollup_of(services, tree["Y1"])
    icons = {c.board_code: (c.variation, c.assurance) for c in y1.goals[0].cells}
    assert icons == {
        "T-A": ("common_cause", "inconsistent"),
        "T-B": ("improvement_high", "consistent_fail"),
        "T-C": ("none", "none"),
    }
    # A new phase on T-B from the jump: judged on its own, one point tells nothing yet.
    services.marks.start_phase(nps.id, tree["T-B"], weeks[-1])
    y1 = rollup_of(services, tree["Y1"])
    cell = next(c for c in y1.goals[0].cells if c.board_code == "T-B")
    assert (cell.variation, cell.assurance) == ("none", "none")


def test_ideas_done_this_week_and_a_team_board_has_no_rollup(
    services: Services, tree: dict[str, int]
) -> None:
    idea = services.ideas.create_idea(tree["T-G"], "Kahvinkeitin lähemmäs")
    services.ideas.move_idea(idea.id, idea.version, "done")
    today = dt.date.today()
    y3 = services.rollup.rollup(tree["Y3"], today)
    assert y3 is not None
    assert row(y3, "T-G").ideas_done_week == 1
    assert row(y3, "T-F").ideas_done_week == 0
    assert services.rollup.rollup(tree["T-G"], today) is None
    # The board view carries the roll-up for a unit, none for a team.
    assert services.view.snapshot(tree["Y3"], today).rollup is not None
    assert services.view.snapshot(tree["T-G"], today).rollup is None


def test_weekly_pdf_of_a_unit_prints_the_rollup_on_page_two(
    services: Services, tree: dict[str, int], tmp_path: Path
) -> None:
    services.safety.record_event(tree["T-B"], "fall", "harm", day=MONDAY, today=WEDNESDAY)
    nps = services.measures.create_measure(
        tree["Y1"], "NPS", target=80, direction="higher", frequency="week", inherited=True
    )
    services.measures.record_value(nps.id, tree["T-C"], "2026-W47", 91)
    report = services.weekly.week(tree["Y1"], MONDAY, today=WEDNESDAY)
    rollup = rollup_of(services, tree["Y1"])
    path = tmp_path / "Y1.pdf"
    render_weekly_pdf(report, path, "A4", dt.datetime(2026, 11, 18, 15, 0), rollup)
    reader = PdfReader(path)
    assert len(reader.pages) == 2
    assert "sivu 1/2" in reader.pages[0].extract_text()
    text = reader.pages[1].extract_text()
    assert "Alaiset taulut" in text and "sivu 2/2" in text
    lines = text.splitlines()
    # T-B first (harm this week), with its own figures; T-A's mood and the total hidden.
    assert lines.index("Taulu T-B") < lines.index("Taulu T-A") < lines.index("Taulu T-C")
    assert "■ haitta 1" in text
    assert "8,0 (6)" in text and "7,0 (7)" in text
    assert "– liian vähän (3)" in text
    assert "– suojattu (16)" in text
    assert "■ 1 ▲ 0 | ■ 1 ▲ 0" in text
    assert "Ylhäältä asetetut tavoitteet alaisilla tauluilla" in text
    assert "NPS (≥ 80)" in text and "✔ 91" in text
    # T-C's one value tells no icon yet, and says so; the letters are explained under it.
    assert lines[lines.index("✔ 91") + 1] == "– liian vähän pisteitä"
    assert "MDC (NHS Making Data Count)" in text
    # Stale work per row (none here), as of printing like the escalations.
    assert "◔ idea / ⚠ esk." in text and "◔ 0 / ⚠ 0" in text
    # A team's PDF stays one page.
    team = services.weekly.week(tree["T-A"], MONDAY, today=WEDNESDAY)
    render_weekly_pdf(team, tmp_path / "T-A.pdf", "A4", None, None)
    assert len(PdfReader(tmp_path / "T-A.pdf").pages) == 1


def test_rollup_page_in_swedish_has_swedish_reasons_and_note(
    services: Services, tree: dict[str, int], tmp_path: Path
) -> None:
    services.safety.record_event(tree["T-B"], "fall", "harm", day=MONDAY, today=WEDNESDAY)
    report = services.weekly.week(tree["Y1"], MONDAY, today=WEDNESDAY)
    rollup = rollup_of(services, tree["Y1"])
    path = tmp_path / "Y1-sv.pdf"
    i18n.set_language("sv")
    try:
        render_weekly_pdf(report, path, "A4", dt.datetime(2026, 11, 18, 15, 0), rollup)
    finally:
        i18n.set_language("fi")
    text = PdfReader(path).pages[1].extract_text()
    assert "■ skada 1" in text
    assert "– för få (3)" in text and "– skyddad (16)" in text
    assert "Varje tal omfattar tavlan" in text
    for finnish in ("haitta", "liian vähän", "suojattu", "Jokainen luku", "tavoitteessa"):
        assert finnish not in text, finnish
