"""WeeklyService: one board's week against figures computed by hand (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest
from reports.weekly_scenario import TEAM_NAME, Scenario, build_scenario, scenario_clock

from leanboard.services import Services
from leanboard.store.database import Database


@pytest.fixture
def scenario(database: Database) -> Scenario:
    return build_scenario(Services(database, clock=scenario_clock()))


def test_header_and_week(scenario: Scenario) -> None:
    # A Wednesday finds the same ISO week as its Monday.
    report = scenario.services.weekly.week(scenario.team_id, scenario.monday + dt.timedelta(days=2))
    assert report.monday == scenario.monday
    assert report.sunday == scenario.monday + dt.timedelta(days=6)
    assert report.board.name == TEAM_NAME
    assert report.board.code == "OS2-AKUUTTI"
    assert report.parent is not None and report.parent.code == "OS2"
    iso = scenario.monday.isocalendar()
    assert report.week_key == f"{iso[0]}-W{iso[1]:02d}"
    assert report.has_data


def test_measures_week_values_status_and_chart(scenario: Scenario) -> None:
    report = scenario.services.weekly.week(scenario.team_id, scenario.monday)
    by_name = {m.measure.name: m for m in report.measures}

    reach = by_name["Ammattilaisen tavoittaa 5 minuutissa"]
    assert reach.value == 61.5
    assert reach.status == "off_target"
    assert len(reach.chart) == 12  # 15 values recorded, the last 12 kept
    assert reach.chart[-1].value == 61.5

    nps = by_name["NPS"]
    assert nps.value == 83 and nps.status == "on_target"
    assert nps.period_key == (scenario.monday + dt.timedelta(days=3)).strftime("%Y-%m")

    falls = by_name["Kaatumiset"]
    assert [p.value for p in falls.values] == [1, 0, 2]  # last Sunday's 5 left out
    assert falls.value == 1.0  # the week's mean, judged against 0 (lower is better)
    assert falls.status == "off_target"


def test_mood_minimum_group_rule(scenario: Scenario) -> None:
    wednesday = scenario.monday + dt.timedelta(days=2)
    mood = scenario.services.weekly.week(scenario.team_id, scenario.monday, wednesday).mood
    assert len(mood.days) == 7
    monday, tuesday = mood.days[0].figure, mood.days[1].figure
    assert (monday.count, monday.shown, monday.average, monday.left_out) == (4, False, None, 4)
    assert tuesday.count == 5 and tuesday.shown and tuesday.average == pytest.approx(8.4)
    assert mood.days[2].figure.count == 0 and not mood.days[2].figure.shown
    # Last Sunday's vote is left out: 9 votes, of which the week shows Tuesday's released 5.
    # Monday's 4 are in no figure: the week less Tuesday would be Monday.
    assert (mood.week.count, mood.week.shown_count, mood.week.left_out) == (9, 5, 4)
    assert mood.week.average == pytest.approx(8.4)
    assert mood.min_group == 5
    assert mood.prompt_ideas == 1  # the one from last week left out
    # Printed after the week: Monday's 4 are still no group of 5, and stay out.
    later = scenario.monday + dt.timedelta(days=8)
    final = scenario.services.weekly.week(scenario.team_id, scenario.monday, later).mood.week
    assert (final.shown_count, final.left_out, final.pending) == (5, 4, 0)


def test_ideas_opened_moved_done(scenario: Scenario) -> None:
    ideas = scenario.services.weekly.week(scenario.team_id, scenario.monday).ideas
    assert len(ideas.opened) == 3
    assert ideas.moves == 3 and ideas.moved_ideas == 2
    assert [i.title for i in ideas.done] == ["Vuoronvaihdon raportti lyhyemmäksi"]


def test_sqdc_problems_and_escalations(scenario: Scenario) -> None:
    problems = scenario.services.weekly.week(scenario.team_id, scenario.monday).problems
    s, q, d, c = (problems.letter(x) for x in "SQDC")
    assert (s.opened, s.open_at_end, s.solved, s.escalated) == (1, 1, 0, 1)
    assert (q.opened, q.open_at_end, q.solved, q.escalated) == (1, 0, 1, 0)
    assert (d.opened, d.open_at_end, d.solved, d.escalated) == (1, 1, 0, 0)
    assert (c.opened, c.open_at_end, c.solved, c.escalated) == (0, 1, 0, 0)
    [escalation] = problems.escalations
    assert escalation.to_board_code == "OS2" and escalation.tier == 2
    assert escalation.category == "S"


def test_problems_before_the_week_are_not_open_at_its_end(scenario: Scenario) -> None:
    last_week = scenario.monday - dt.timedelta(weeks=1)
    problems = scenario.services.weekly.week(scenario.team_id, last_week).problems
    assert [x.open_at_end for x in problems.letters] == [0, 0, 0, 1]  # only the backdated C


def test_safety_cross_and_week_events(scenario: Scenario) -> None:
    report = scenario.services.weekly.week(scenario.team_id, scenario.monday)
    safety = report.safety
    assert len(safety.events) == 3
    counts = {k.code: (k.near_miss, k.harm) for k in safety.by_kind}
    # Every kind of the database, "Muu" (migration 0007) included, with or without events.
    assert counts == {"fall": (2, 0), "medication": (0, 1), "threat": (0, 0), "other": (0, 0)}
    sunday = report.sunday
    assert (safety.cross.year, safety.cross.month) == (sunday.year, sunday.month)
    tuesday = scenario.monday + dt.timedelta(days=1)
    day = safety.cross.days[tuesday.day - 1]
    assert (day.status, day.count) == ("harm", 2)
    # Printed on the Wednesday: the days after it are not yet lived (the PDF leaves them blank).
    assert report.safety.filled_until == scenario.monday + dt.timedelta(days=2)


def test_huddles_and_a3s(scenario: Scenario) -> None:
    report = scenario.services.weekly.week(scenario.team_id, scenario.monday)
    assert report.huddles.count == 3
    assert report.huddles.average_attendance == pytest.approx(7.0)
    assert [(a.title, a.phase) for a in report.a3s] == [
        ("Kaatumisten vähentäminen yöaikaan", "plan")
    ]


def test_empty_week_says_so(scenario: Scenario) -> None:
    report = scenario.services.weekly.week(scenario.empty_id, scenario.monday)
    assert not report.has_data
    assert report.measures == ()
    assert report.huddles.average_attendance is None
    # A week far before anything was logged has no data either, though the board has some.
    old = scenario.services.weekly.week(scenario.team_id, scenario.monday - dt.timedelta(weeks=30))
    assert not old.has_data
