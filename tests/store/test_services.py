"""The services on a real database (SQLite file, and PostgreSQL when CI provides one)."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import event, func, select

from leanboard.domain.errors import ConflictError, ValidationError
from leanboard.services import Services
from leanboard.store.database import Database
from leanboard.store.models import Change, Idea, MeasureValue, MoodTally, Problem

TODAY = dt.date(2026, 11, 25)  # a Wednesday


@pytest.fixture
def services(database: Database) -> Iterator[Services]:
    yield Services(database)


@pytest.fixture
def tree(services: Services) -> dict[str, int]:
    org = services.boards.create_board("JLK", "Järvilaakson kuntayhtymä", "organisation")
    unit = services.boards.create_board("AKUUTTI", "Akuuttiosastot", "unit", org.id)
    team = services.boards.create_board("OS2", "Osasto 2 – akuuttihoito", "team", unit.id)
    return {"org": org.id, "unit": unit.id, "team": team.id}


def count(db: Database, model: type) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_boards_list_in_tree_order_with_depth(services: Services, tree: dict[str, int]) -> None:
    services.boards.create_board("OS3", "Osasto 3 – kuntoutus", "team", tree["unit"])
    listed = [(b.code, b.depth) for b in services.boards.list_boards()]
    assert listed == [("JLK", 0), ("AKUUTTI", 1), ("OS2", 2), ("OS3", 2)]
    with pytest.raises(ValidationError, match="jo käytössä"):
        services.boards.create_board("os2", "Toinen", "team", tree["unit"])


def test_mood_vote_of_11_is_refused_and_nothing_stored(
    services: Services, tree: dict[str, int]
) -> None:
    with pytest.raises(ValidationError, match="0–10"):
        services.mood.record_mood_vote(tree["team"], 11)
    assert count(services.db, MoodTally) == 0


def test_mood_votes_are_counted_and_shown_only_when_released_as_a_group(
    services: Services, tree: dict[str, int]
) -> None:
    for score in (6, 9, 9, 8):
        assert services.mood.record_mood_vote(tree["team"], score, day=TODAY).day == TODAY
    summary = services.mood.summary(tree["team"], TODAY)
    assert (summary.today.figure.count, summary.today.figure.shown) == (4, False)
    assert not summary.can_release
    with pytest.raises(ValidationError, match="uusia ääniä 4, tarvitaan vähintään 5"):
        services.mood.release_day(tree["team"], TODAY)
    services.mood.record_mood_vote(tree["team"], 6, day=TODAY)
    # Five votes: still only a count until the huddle taps "Näytä päivän fiilis".
    summary = services.mood.summary(tree["team"], TODAY)
    assert (summary.today.figure.count, summary.today.figure.average) == (5, None)
    assert summary.can_release
    released = services.mood.release_day(tree["team"], TODAY)
    assert released.today.figure.average == pytest.approx(7.6)
    assert released.today.figure.distribution == (0, 0, 0, 0, 0, 0, 2, 0, 1, 2, 0)
    # A late vote is counted and changes no figure.
    services.mood.record_mood_vote(tree["team"], 0, day=TODAY)
    late = services.mood.summary(tree["team"], TODAY).today.figure
    assert (late.count, late.shown_count, late.pending, late.average) == (6, 5, 1, 7.6)
    services.mood.record_mood_vote(tree["team"], 9, day=TODAY - dt.timedelta(days=1))
    monday, tuesday = summary.week[0], services.mood.summary(tree["team"], TODAY).week[1]
    assert monday.figure.count == 0 and not tuesday.figure.shown and tuesday.figure.left_out == 1
    with services.db.read() as s:
        changes = [(c.entity, c.action, c.details) for c in s.scalars(select(Change))]
    # No history row per vote; the release is the leader's act and is in the history.
    assert [c for c in changes if c[0] not in {"board"}] == [
        ("mood_day", "release", {"day": TODAY.isoformat()})
    ]


def test_idea_with_identity_code_is_refused_with_text_untouched(
    services: Services, tree: dict[str, int]
) -> None:
    text = "Asukkaan 010594Y9032 lääkkeet väärässä lokerossa"
    with pytest.raises(ValidationError) as caught:
        services.ideas.create_idea(tree["team"], "Lääkelokerot", description=text)
    assert caught.value.field == "description"
    assert count(services.db, Idea) == 0


def test_idea_moves_through_pdca_and_conflicts_on_stale_version(
    services: Services, tree: dict[str, int]
) -> None:
    idea = services.ideas.create_idea(tree["team"], "Lääkekärryn järjestys", origin="mood_prompt")
    moved = services.ideas.move_idea(idea.id, idea.version)
    assert (moved.state, moved.origin) == ("plan", "mood_prompt")
    with pytest.raises(ConflictError) as caught:
        services.ideas.update_idea(idea.id, idea.version, title="Vanha versio")
    assert caught.value.current["state"] == "plan"
    done = services.ideas.move_idea(idea.id, moved.version, "done")
    assert done.done_at is not None
    history = services.history.of_item("idea", idea.id)
    assert [c.action for c in history] == ["create", "move", "move"]
    assert history[1].details["state"] == ["new", "plan"]
    assert history[1].actor == "test@pytest"


def test_archiving_keeps_the_row_and_restores(services: Services, tree: dict[str, int]) -> None:
    idea = services.ideas.create_idea(tree["team"], "Vuorolistat näkyviin")
    services.ideas.archive_idea(idea.id)
    assert services.ideas.list_ideas(tree["team"]) == []
    assert count(services.db, Idea) == 1
    services.ideas.restore_idea(idea.id)
    assert [i.id for i in services.ideas.list_ideas(tree["team"])] == [idea.id]


def test_problem_escalates_two_tiers_and_the_answer_comes_back(
    services: Services, tree: dict[str, int]
) -> None:
    p = services.problems.create_problem(tree["team"], "D", "Sijaisia ei saada yövuoroihin")
    p = services.problems.escalate_problem(p.id, p.version, "Tarvitaan varahenkilöstöä")
    assert p.waiting_board_id == tree["unit"]
    assert [x.id for x in services.problems.escalated_to(tree["unit"])] == [p.id]
    p = services.problems.answer_escalation(p.id, p.version, "forwarded", "Investointitarve")
    assert p.waiting_board_id == tree["org"]
    assert services.problems.escalated_to(tree["unit"]) == []
    p = services.problems.answer_escalation(p.id, p.version, "resource", "Varahenkilö 1.1. alkaen")
    assert p.waiting_board_id is None
    assert p.latest_answer is not None and p.latest_answer.answer == "Varahenkilö 1.1. alkaen"
    assert [(e.from_board_code, e.to_board_code) for e in p.escalations] == [
        ("OS2", "AKUUTTI"),
        ("AKUUTTI", "JLK"),
    ]
    with pytest.raises(ValidationError, match="ei odota"):
        services.problems.answer_escalation(p.id, p.version, "decision", "Uudestaan")
    org_problem = services.problems.create_problem(tree["org"], "C", "Budjetti")
    with pytest.raises(ValidationError, match="ylempää"):
        services.problems.escalate_problem(org_problem.id, org_problem.version)
    assert count(services.db, Problem) == 2


def test_safety_cross_counts_and_days_since_harm(services: Services, tree: dict[str, int]) -> None:
    team = tree["team"]
    services.safety.record_event(team, "fall", "near_miss", day=dt.date(2026, 11, 3), today=TODAY)
    services.safety.record_event(team, "medication", "harm", day=dt.date(2026, 11, 10), today=TODAY)
    services.safety.record_event(team, "fall", "near_miss", day=dt.date(2026, 11, 10), today=TODAY)
    cross = services.safety.month_cross(team, TODAY)
    assert len(cross.days) == 30
    by_day = {d.day.day: d for d in cross.days}
    assert (by_day[3].status, by_day[3].count) == ("near_miss", 1)
    assert (by_day[10].status, by_day[10].count) == ("harm", 2)
    assert by_day[10].by_kind == {"medication": 1, "fall": 1}
    assert by_day[11].status == "none"
    assert cross.days_since_harm == 15
    services.safety.record_event(team, "threat", "harm", today=TODAY)
    assert services.safety.month_cross(team, TODAY).days_since_harm == 0
    with pytest.raises(ValidationError, match="tulevalle"):
        services.safety.record_event(
            team, "fall", "harm", day=TODAY + dt.timedelta(days=1), today=TODAY
        )


def test_measure_value_abc_is_refused_and_inherited_goals_reach_children(
    services: Services, tree: dict[str, int]
) -> None:
    nps = services.measures.create_measure(tree["org"], "NPS", target=80, inherited=True)
    with pytest.raises(ValidationError, match="ei ole luku"):
        services.measures.record_value(nps.id, tree["team"], "2026-W47", "abc")
    assert count(services.db, MeasureValue) == 0
    services.measures.record_value(nps.id, tree["team"], "2026-W46", "58")
    services.measures.record_value(nps.id, tree["team"], dt.date(2026, 11, 18), "61,5")
    series = services.measures.series(tree["team"])
    assert len(series) == 1 and series[0].from_parent
    assert [p.period_key for p in series[0].points] == ["2026-W46", "2026-W47"]
    assert series[0].latest is not None and series[0].latest.value == 61.5
    assert series[0].on_target is False
    with pytest.raises(ValidationError, match="Jakso"):
        services.measures.record_value(nps.id, tree["team"], "2026-11", "60")
    other = services.boards.create_board("MUU", "Muu alue", "area")
    with pytest.raises(ValidationError, match="ei kuulu"):
        services.measures.record_value(nps.id, other.id, "2026-W47", "60")


def test_board_snapshot_holds_every_section(services: Services, tree: dict[str, int]) -> None:
    team = tree["team"]
    services.ideas.create_idea(team, "Idea", due_date="1.11.2026")
    services.problems.create_problem(team, "S", "Liukas lattia", owner="Laura")
    services.a3.create_a3(team, "Siirtoviiveiden vähentäminen", owner="Osastonhoitaja")
    services.huddles.log_huddle(team, 9, 12, day=TODAY)
    snap = services.view.snapshot(team, TODAY)
    assert snap.board.code == "OS2" and snap.parent is not None and snap.parent.code == "AKUUTTI"
    assert snap.ideas[0].overdue
    assert [p.title for p in snap.problems] == ["Liukas lattia"]
    assert [a.title for a in snap.a3s] == ["Siirtoviiveiden vähentäminen"]
    assert [h.attendance for h in snap.huddles_today] == [9]
    # The three kinds of DOMAIN.md's care board, and "Muu" (migration 0007) for the rest.
    assert [k.code for k in snap.safety_kinds] == ["fall", "medication", "threat", "other"]
    assert snap.last_change_id == services.history.last_change_id()


def test_pin_is_hashed_and_checked(services: Services, tree: dict[str, int]) -> None:
    assert services.pins.check_pin(tree["team"], "")  # no PIN yet: open
    services.pins.set_pin(tree["team"], "2468")
    assert services.pins.check_pin(tree["team"], "2468")
    assert not services.pins.check_pin(tree["team"], "1234")
    with pytest.raises(ValidationError):
        services.pins.set_pin(tree["team"], "12")
    assert services.boards.get(tree["team"]).has_pin


@contextlib.contextmanager
def transactions(database: Database) -> Iterator[list[str]]:
    """Every transaction begun on the database's engine meanwhile, and how it ended."""
    seen: list[str] = []

    def begun(_conn: object) -> None:
        seen.append("begin")

    def committed(_conn: object) -> None:
        seen.append("commit")

    event.listen(database.engine, "begin", begun)
    event.listen(database.engine, "commit", committed)
    try:
        yield seen
    finally:
        event.remove(database.engine, "begin", begun)
        event.remove(database.engine, "commit", committed)


def test_board_settings_save_is_one_transaction(services: Services, tree: dict[str, int]) -> None:
    board = services.boards.get(tree["team"])
    with transactions(services.db) as seen:
        saved = services.boards.update_settings(
            board.id,
            board.version,
            name="Osasto 3 – päivystys",
            code="OS3-PAIV",
            parent_id=tree["unit"],
            min_mood_group=6,
            sections=["mood", "safety"],
            escalation_limit_hours="48",
        )
    assert seen == ["begin", "commit"]  # was two commits (settings, then the limit) and a read
    assert (saved.code, saved.min_mood_group, saved.escalation_limit_hours) == ("OS3-PAIV", 6, 48)
    assert saved == services.boards.get(board.id)  # what came back is what is stored


def test_board_settings_save_is_all_or_nothing(services: Services, tree: dict[str, int]) -> None:
    board = services.boards.get(tree["team"])
    taken = services.boards.get(tree["unit"]).code
    with pytest.raises(ValidationError) as refused:
        services.boards.update_settings(
            board.id, board.version, name="Uusi nimi", code=taken, escalation_limit_hours=48
        )
    assert refused.value.field == "code"
    stored = services.boards.get(board.id)
    assert (stored.name, stored.escalation_limit_hours) == (board.name, 24)
    with pytest.raises(ValidationError) as refused:
        services.boards.update_settings(board.id, board.version, escalation_limit_hours=0)
    assert refused.value.field == "escalation_limit_hours"


def test_a_board_refresh_is_one_read_with_the_children(
    services: Services, tree: dict[str, int]
) -> None:
    with transactions(services.db) as seen:
        snapshot = services.view.snapshot(tree["unit"])
    assert seen == ["begin"]  # one read transaction, closed without a commit
    assert [c.id for c in snapshot.children] == [
        c.id for c in services.boards.children(tree["unit"])
    ]
    assert tree["team"] in {c.id for c in snapshot.children}


def test_a_board_has_one_active_goal_of_a_name(services: Services, tree: dict[str, int]) -> None:
    nps = services.measures.create_measure(tree["team"], "NPS", frequency="month")
    with pytest.raises(ValidationError) as refused:
        services.measures.create_measure(tree["team"], "NPS")
    assert refused.value.field == "name" and "OS2" in str(refused.value)
    services.measures.create_measure(tree["unit"], "NPS")  # another board may have its own
    other = services.measures.create_measure(tree["team"], "Kaatumiset")
    with pytest.raises(ValidationError):
        services.measures.update_measure(other.id, other.version, name="NPS")
    services.measures.archive_measure(nps.id)
    services.measures.update_measure(other.id, other.version, name="NPS")  # free again
    with pytest.raises(ValidationError):  # the archived one cannot come back beside it
        services.measures.restore_measure(nps.id)
    assert [m.name for m in services.measures.board_measures(tree["team"])] == ["NPS"]
