"""The roll-up of the boards below a tier-2+ board, against figures computed by hand.

The fixture tree (every board's minimum group 5); today is Wednesday 18.11.2026, and this
week's mood votes are, by day:

    JLK (organisation)
    ├── AL1 (area)
    │   ├── Y1 (unit): T-A [Mon: 6 6 9], T-B [Mon: 6 votes], T-C [Tue: 7 votes; Wed: 9 3]
    │   └── Y2 (unit): T-D [Mon: 4 10], T-E [Wed: 8 votes, shown at the huddle]
    └── AL2 (area)
        └── Y3 (unit): T-F [Mon: 6 votes], T-G [Tue: 5 votes]

Monday's and Tuesday's votes were released when those days ended, where there were at least
5 of them; T-E's huddle released its Wednesday at once. T-A's and T-D's votes are too few to
show on any board; T-C's two of today wait for a release. A cell averages released votes
only, so no cell holds a hidden vote to be subtracted out: the proof below checks, over
everything every board shows, that no single vote can be worked out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from disclosure import Observer
from pypdf import PdfReader

from leanboard import i18n
from leanboard.domain.clock import FixedClock
from leanboard.domain.enums import AnswerKind
from leanboard.reports.weekly_pdf import render_weekly_pdf
from leanboard.services import Services
from leanboard.services.dto import Rollup, RollupRow
from leanboard.store.database import Database

WEDNESDAY = dt.date(2026, 11, 18)  # week 47: Monday 16.11.; the month began Sunday 1.11.
MONDAY = dt.date(2026, 11, 16)
WEEK = dt.timedelta(days=7)
TUESDAY = dt.date(2026, 11, 17)

VOTES = {
    "T-A": {MONDAY: [6, 6, 9]},
    "T-B": {MONDAY: [8, 7, 9, 8, 8, 6]},
    "T-C": {TUESDAY: [7, 7, 6, 8, 7, 9, 5], WEDNESDAY: [9, 3]},
    "T-D": {MONDAY: [4, 10]},
    "T-E": {WEDNESDAY: [9, 9, 8, 10, 9, 9, 8, 10]},
    "T-F": {MONDAY: [6, 6, 5, 7, 6, 6]},
    "T-G": {TUESDAY: [5, 5, 4, 6, 5]},
}
RELEASED_TODAY = {"T-E"}  # "Näytä päivän fiilis" tapped at the huddle
TEAMS = {"Y1": ["T-A", "T-B", "T-C"], "Y2": ["T-D", "T-E"], "Y3": ["T-F", "T-G"]}
UNITS = {"AL1": ["Y1", "Y2"], "AL2": ["Y3"]}


@pytest.fixture
def services(database: Database) -> Iterator[Services]:
    # Wednesday of week 47, 10.00 in Helsinki: what is stamped "now" lands in that week.
    yield Services(database, clock=FixedClock(dt.datetime.combine(WEDNESDAY, dt.time(10))))


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
    for unit, teams in TEAMS.items():
        for team in teams:
            board(team, "team", unit)
    for team, days in VOTES.items():
        for day, scores in days.items():
            for score in scores:
                services.mood.record_mood_vote(ids[team], score, day)
        if team in RELEASED_TODAY:
            services.mood.release_day(ids[team], WEDNESDAY)
        # Last week's vote must not count.
        services.mood.record_mood_vote(ids[team], 0, MONDAY - dt.timedelta(days=1))
    return ids


def rollup_of(services: Services, board_id: int, **kwargs: object) -> Rollup:
    found = services.rollup.rollup(board_id, WEDNESDAY, **kwargs)  # type: ignore[arg-type]
    assert found is not None
    return found


def row(rollup: Rollup, code: str) -> RollupRow:
    return next(r for r in rollup.rows if r.board.code == code)


# ---- mood: released votes only ---------------------------------------------------------------


def released(team: str) -> list[int]:
    """The team's votes released by Wednesday, by the rule (domain/mood_release.py)."""
    out = []
    for day, scores in VOTES[team].items():
        if len(scores) >= 5 and (day < WEDNESDAY or team in RELEASED_TODAY):
            out += scores
    return out


def subtree(code: str) -> list[str]:
    """The teams at and below a board (only teams vote in the fixture)."""
    if code in VOTES:
        return [code]
    children = {"JLK": ["AL1", "AL2"], **UNITS, **TEAMS}[code]
    return [team for child in children for team in subtree(child)]


def test_unit_shows_released_votes_and_counts_the_rest(
    services: Services, tree: dict[str, int]
) -> None:
    y1 = rollup_of(services, tree["Y1"])
    assert [(r.board.code, r.mood.votes, r.mood.shown_votes, r.mood.pending) for r in y1.rows] == [
        ("T-A", 3, 0, 0),
        ("T-B", 6, 6, 0),
        ("T-C", 9, 7, 2),
    ]
    assert row(y1, "T-A").mood.average is None  # too few: in no figure anywhere
    assert row(y1, "T-B").mood.average == pytest.approx(46 / 6)
    assert row(y1, "T-C").mood.average == pytest.approx(7.0)  # today's two wait
    # The total adds the released votes only; it cannot give T-A away by subtraction,
    # because T-A's votes are not in it.
    total = y1.total.mood
    assert (total.votes, total.shown_votes, total.pending, total.hidden) == (18, 13, 2, 5)
    assert total.average == pytest.approx((46 + 49) / 13)


def test_areas_and_the_organisation_add_released_votes(
    services: Services, tree: dict[str, int]
) -> None:
    al1 = rollup_of(services, tree["AL1"])
    assert {r.board.code: (r.mood.votes, r.mood.shown_votes) for r in al1.rows} == {
        "Y1": (18, 13),
        "Y2": (10, 8),
    }
    assert row(al1, "Y2").mood.average == pytest.approx(9.0)  # T-E, released at its huddle
    assert al1.total.mood.average == pytest.approx((46 + 49 + 72) / 21)
    jlk = rollup_of(services, tree["JLK"])
    assert {r.board.code: r.mood.average for r in jlk.rows} == {
        "AL1": pytest.approx((46 + 49 + 72) / 21),
        "AL2": pytest.approx((36 + 25) / 11),
    }
    every = [v for t in VOTES for v in released(t)]
    assert jlk.total.mood.average == pytest.approx(sum(every) / len(every))
    assert jlk.total.mood.votes == sum(len(v) for days in VOTES.values() for v in days.values())


def test_no_single_vote_can_be_solved_from_everything_any_board_shows(
    services: Services, tree: dict[str, int]
) -> None:
    """Every roll-up cell of every board, and every team's own figures (each day with its
    bars, as the wall shows today's), as equations over the votes; none fixes a vote."""
    ids: dict[tuple[str, dt.date], list[int]] = {}
    scores: list[int] = []
    for team, days in VOTES.items():
        for day, given in days.items():
            ids[(team, day)] = list(range(len(scores), len(scores) + len(given)))
            scores += given
    observer = Observer(len(scores))

    def votes_of(team: str) -> list[int]:
        return [
            i
            for (t, day), members in ids.items()
            if t == team and len(members) >= 5 and (day < WEDNESDAY or t in RELEASED_TODAY)
            for i in members
        ]

    for code in ("JLK", "AL1", "AL2", "Y1", "Y2", "Y3"):
        rollup = rollup_of(services, tree[code])
        for r in (*rollup.rows, rollup.total):
            members = [
                i
                for t in (subtree(r.board.code) if r is not rollup.total else subtree(code))
                for i in votes_of(t)
            ]
            assert r.mood.shown_votes == len(members)  # the cell is exactly these votes …
            if members:
                expected = sum(scores[i] for i in members) / len(members)
                assert r.mood.average == pytest.approx(expected)  # … and their average
                observer.sees_sum(members)
    for team in VOTES:
        for day in services.mood.summary(tree[team], WEDNESDAY).week:
            members = [i for i in ids.get((team, day.day), []) if i in votes_of(team)]
            assert day.figure.shown_count == len(members)
            if members:
                assert day.figure.distribution == tuple(
                    sum(1 for i in members if scores[i] == s) for s in range(11)
                )
                observer.sees_distribution(members)
    assert observer.determined() == set()

    # Had the old rule shown today's votes as they came (T-C's Wednesday), T-C's day before
    # and after its last vote would give that vote away.
    naive = Observer(len(scores))
    tc = ids[("T-C", WEDNESDAY)]
    naive.sees_sum(tc[:1] + ids[("T-C", TUESDAY)])
    naive.sees_sum(tc + ids[("T-C", TUESDAY)])
    assert naive.determined() == {tc[1]}


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
    # Entered the week after (the roll-up is read on its Wednesday): ignored.
    services.measures.record_value(nps.id, tree["T-B"], "2026-W48", 99, today=MONDAY + WEEK)
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
    al1 = rollup_of(services, tree["AL1"], now=services.clock.now() + dt.timedelta(hours=26))
    y1_row = row(al1, "Y1")
    assert [(w.title, w.from_board_code, w.over_limit) for w in y1_row.waiting] == [
        ("Liukas lattia", "T-A", True)
    ]
    assert y1_row.waiting[0].hours_waiting == pytest.approx(26, abs=0.1)
    assert al1.escalation_limit_hours == 24
    assert row(al1, "Y2").open_problems["C"] == 1
    early = rollup_of(services, tree["AL1"], now=services.clock.now() + dt.timedelta(hours=2))
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
    y1 = rollup_of(services, tree["Y1"], now=services.clock.now() + dt.timedelta(hours=5))
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
        rollup = rollup_of(
            services, tree[board], now=services.clock.now() + dt.timedelta(days=days)
        )
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
    today = services.clock.today()
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
    # T-B first (harm this week), with its own figures; T-A's mood only counted.
    assert lines.index("Taulu T-B") < lines.index("Taulu T-A") < lines.index("Taulu T-C")
    assert "■ haitta 1" in text
    assert "7,7 (6)" in text and "7,0 (7) +2" in text  # T-C: two of today's wait
    assert "– (3)" in text  # T-A
    assert "7,3 (13) +5" in text  # the total: released votes only
    said = " ".join(text.split())
    assert "Piilotettu: alle 5 vastausta — yksittäistä vastausta ei voi päätellä" in said or (
        "piilotettu: alle 5 vastausta — yksittäistä vastausta ei voi päätellä" in said
    )
    assert "tämän päivän äänet: näytetään kerralla palaverissa" in said
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
    assert "– (3)" in text and "7,3 (13) +5" in text
    said = " ".join(text.split())
    assert "dolt: färre än 5 svar — ett enskilt svar kan inte härledas" in said
    assert "Varje tal omfattar tavlan" in text
    for finnish in ("haitta", "piilotettu", "vastausta", "Jokainen luku", "tavoitteessa"):
        assert finnish not in text, finnish
