"""Chart notes, phases, frozen baselines and "Mitä uutta", stored on a real database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select, update

from leanboard.domain.errors import ValidationError
from leanboard.services import Services
from leanboard.services.charting import numbered_notes, series_chart
from leanboard.store.database import Database
from leanboard.store.models import Change, Huddle, Idea, MeasureValue, Problem, utcnow

# qicharts2 vignette, case 2: CDIs per month, 24 before and 12 after an intervention.
CDI = [
    17, 12, 27, 20, 20, 18, 22, 19, 19, 24, 17, 16, 24, 19, 19, 22, 25, 19, 17, 6, 25, 17, 11, 14,
    9, 11, 7, 13, 5, 5, 3, 5, 9, 4, 5, 9,
]  # fmt: skip


def month(i: int) -> str:
    year, m = 2012 + (10 + i) // 12, (10 + i) % 12 + 1
    return f"{year}-{m:02d}"


@pytest.fixture
def services(database: Database) -> Iterator[Services]:
    yield Services(database)


@pytest.fixture
def team(services: Services) -> dict[str, int]:
    unit = services.boards.create_board("OS", "Osastot", "unit")
    team = services.boards.create_board("OS2", "Osasto 2", "team", unit.id)
    cdi = services.measures.create_measure(
        team.id, "Sairaalainfektiot", unit="kpl", target=10, direction="lower", frequency="month"
    )
    for i, n in enumerate(CDI):
        services.measures.record_value(cdi.id, team.id, month(i), n)
    return {"unit": unit.id, "team": team.id, "cdi": cdi.id}


def test_a_note_is_stored_numbered_and_in_the_history(
    services: Services, team: dict[str, int], database: Database
) -> None:
    idea = services.ideas.create_idea(team["team"], "Käsihygieniakierros")
    note = services.marks.annotate(
        team["cdi"], team["team"], "2014-11", "PDSA 1: käsihygieniakierros", idea_id=idea.id
    )
    assert (note.period_key, note.idea_title) == ("2014-11", "Käsihygieniakierros")
    (series,) = services.measures.series(team["team"], limit=12)
    assert [a.note for a in series.annotations] == ["PDSA 1: käsihygieniakierros"]
    notes = numbered_notes(series)
    assert [(n.number, series.points[n.index].period_key) for n in notes] == [(1, "2014-11")]
    with database.read() as s:
        change = s.scalars(select(Change).where(Change.entity == "measure_annotation")).one()
    assert change.action == "create" and change.details["note"] == "PDSA 1: käsihygieniakierros"
    services.marks.archive_annotation(note.id)
    assert services.measures.series(team["team"])[0].annotations == ()


def test_a_note_with_an_identity_code_is_refused(services: Services, team: dict[str, int]) -> None:
    with pytest.raises(ValidationError, match="henkilötunnus") as refused:
        services.marks.annotate(team["cdi"], team["team"], "2014-11", "potilas 010594Y9032 kaatui")
    assert refused.value.field == "note"
    assert services.measures.series(team["team"])[0].annotations == ()


def test_a_phase_start_gives_two_medians(services: Services, team: dict[str, int]) -> None:
    services.marks.start_phase(team["cdi"], team["team"], "2014-11", "interventio alkaa")
    (series,) = services.measures.series(team["team"], limit=36)
    chart = series_chart(series)
    assert chart.phase_starts == (24,)
    assert [p.analysis.median for p in chart.run] == [19, 6]
    with pytest.raises(ValidationError, match="aloittaa jo"):
        services.marks.start_phase(team["cdi"], team["team"], "2014-11")


def test_a_frozen_baseline_holds_outside_the_window(
    services: Services, team: dict[str, int]
) -> None:
    mark = services.marks.freeze_baseline(team["cdi"], team["team"], "2014-10")
    assert len(mark.baseline) == 24
    # The wall shows the latest 12 months; the baseline's median still judges them.
    (series,) = services.measures.series(team["team"], limit=12)
    (phase,) = series_chart(series).run
    assert phase.frozen and phase.analysis.median == 19
    assert phase.analysis.long_run_points == tuple(range(12))
    # A second freeze in the same phase replaces the first.
    services.marks.freeze_baseline(team["cdi"], team["team"], "2013-10")
    (series,) = services.measures.series(team["team"], limit=12)
    freezes = [m for m in series.marks if m.kind == "freeze"]
    assert [m.period_key for m in freezes] == ["2013-10"]
    assert len(freezes[0].baseline) == 12


def test_p_chart_denominator_is_stored(services: Services, team: dict[str, int]) -> None:
    share = services.measures.create_measure(
        team["team"], "Vastattu 5 päivässä", unit="%", target=90, frequency="week",
        chart_kind="p",
    )  # fmt: skip
    point = services.measures.record_value(share.id, team["team"], "2026-W47", 80, denominator=50)
    assert point.answers == 50
    with pytest.raises(ValidationError) as refused:
        services.measures.create_measure(team["team"], "X", chart_kind="c")
    assert refused.value.field == "chart_kind"


def back_date_huddle(database: Database, board_id: int) -> None:
    """Everything written so far a day old, and the huddle just logged a second old: what
    follows is strictly after it (test set-up; the clock would give these times by waiting)."""
    day_ago = utcnow() - dt.timedelta(days=1)
    with database._write() as s:
        s.execute(update(Idea).values(created_at=day_ago, state_changed_at=day_ago))
        s.execute(update(Problem).values(created_at=day_ago))
        s.execute(update(MeasureValue).values(updated_at=day_ago))
        s.execute(update(Change).values(at=day_ago))
        s.execute(
            update(Huddle)
            .where(Huddle.board_id == board_id)
            .values(held_at=utcnow() - dt.timedelta(seconds=1))
        )
        s.commit()


def test_news_after_a_logged_huddle_lists_exactly_what_changed(
    services: Services, team: dict[str, int], database: Database
) -> None:
    board = team["team"]
    old_idea = services.ideas.create_idea(board, "Vanha idea")
    old_problem = services.problems.create_problem(board, "Q", "Vanha ongelma")
    services.huddles.log_huddle(board, 8)
    back_date_huddle(database, board)

    new_idea = services.ideas.create_idea(board, "Uusi idea")
    moved = services.ideas.move_idea(old_idea.id, old_idea.version, "plan")
    problem = services.problems.create_problem(board, "S", "Lääkekaappi jumissa")
    services.problems.set_status(old_problem.id, old_problem.version, "solved")
    services.problems.escalate_problem(problem.id, problem.version)
    services.marks.annotate(team["cdi"], board, "2015-10", "uusi vuorolista")

    news = services.news.since_last_huddle(board)
    got = {(i.kind, i.title) for i in news.items}
    assert got == {
        ("idea_new", "Uusi idea"),
        ("idea_moved", "Vanha idea"),
        ("problem_new", "Lääkekaappi jumissa"),
        ("problem_solved", "Vanha ongelma"),
        ("problem_escalated", "Lääkekaappi jumissa"),
        ("annotation", "uusi vuorolista"),
    }
    moved_item = next(i for i in news.items if i.kind == "idea_moved")
    assert (moved_item.before, moved_item.after, moved_item.entity_id) == ("new", "plan", moved.id)
    assert news.previous_huddle is not None
    assert all(i.entity_id for i in news.items)
    # The board above sees the escalation arrive.
    above = services.news.since_last_huddle(team["unit"])
    assert [(i.kind, i.title) for i in above.new] == [("escalated_to_us", "Lääkekaappi jumissa")]
    assert new_idea.id in {i.entity_id for i in news.items if i.entity == "idea"}


def test_stale_work_comes_first(
    services: Services, team: dict[str, int], database: Database
) -> None:
    board = team["team"]
    services.boards.update_settings(board, None, stale_idea_days=14)
    idea = services.ideas.create_idea(board, "Unohtunut idea")
    problem = services.problems.create_problem(board, "D", "Odottaa vastausta")
    services.problems.escalate_problem(problem.id, problem.version)
    with database._write() as s:
        s.execute(
            update(Idea)
            .where(Idea.id == idea.id)
            .values(state_changed_at=utcnow() - dt.timedelta(days=15))
        )
        step_time = utcnow() - dt.timedelta(hours=30)
        p = s.get(Problem, problem.id)
        assert p is not None
        p.escalations[-1].escalated_at = step_time
        s.commit()
    news = services.news.since_last_huddle(board)
    assert [(i.kind, i.title) for i in news.stale] == [
        ("stale_escalation", "Odottaa vastausta"),
        ("stale_idea", "Unohtunut idea"),
    ]
    assert news.items[: len(news.stale)] == news.stale
    assert next(i for i in news.stale if i.kind == "stale_idea").detail == "15"
    # The wall marks the same idea and problem.
    snapshot = services.view.snapshot(board)
    assert [i.title for i in snapshot.ideas if i.stale] == ["Unohtunut idea"]
    assert [p.title for p in snapshot.problems if p.waiting_over_limit] == ["Odottaa vastausta"]


def test_a_goal_whose_status_changed_is_news(
    services: Services, team: dict[str, int], database: Database
) -> None:
    board = team["team"]
    services.huddles.log_huddle(board, 8)
    back_date_huddle(database, board)
    services.measures.record_value(team["cdi"], board, "2015-11", 25)  # above the 10 target
    news = services.news.since_last_huddle(board)
    (goal,) = [i for i in news.items if i.kind == "goal_changed"]
    assert goal.title == "Sairaalainfektiot"
    assert goal.before is not None and goal.before.startswith("on_target/")
    assert goal.after is not None and goal.after.startswith("off_target/")
