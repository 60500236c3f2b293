"""One huddle a day, and the wall's undo of a one-tap action: the item exactly as before, the
history keeping both the action and its reversal (no history row is ever deleted)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from leanboard.domain.errors import ConflictError, ValidationError
from leanboard.services import Services
from leanboard.store.database import Database
from leanboard.store.models import Change, Escalation, Huddle, MoodTally, SafetyEvent

TODAY = dt.date(2026, 11, 25)  # a Wednesday
YESTERDAY = TODAY - dt.timedelta(days=1)


@pytest.fixture
def services(database: Database) -> Iterator[Services]:
    yield Services(database)


@pytest.fixture
def tree(services: Services) -> dict[str, int]:
    org = services.boards.create_board("JLK", "Järvilaakson kuntayhtymä", "organisation")
    unit = services.boards.create_board("AKUUTTI", "Akuuttiosastot", "unit", org.id)
    team = services.boards.create_board("OS2", "Osasto 2 – akuuttihoito", "team", unit.id)
    return {"org": org.id, "unit": unit.id, "team": team.id}


def history(db: Database, entity: str) -> list[tuple[str, int | None, dict[str, object]]]:
    with db.read() as s:
        rows = s.execute(
            select(Change.action, Change.board_id, Change.details)
            .where(Change.entity == entity)
            .order_by(Change.id)
        ).all()
    return [(a, b, dict(d or {})) for a, b, d in rows]


def count(db: Database, model: type) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


# ---- one huddle a day


def test_a_second_log_the_same_day_edits_that_days_entry(
    services: Services, tree: dict[str, int]
) -> None:
    team = tree["team"]
    first = services.huddles.log_huddle(team, 8, 12, day=TODAY)
    assert first.before is None
    second = services.huddles.log_huddle(team, 11, 14, day=TODAY)
    assert second.huddle.id == first.huddle.id
    assert second.before == first.huddle
    assert [
        (h.attendance, h.duration_minutes) for h in services.huddles.huddles(team, TODAY, TODAY)
    ] == [(11, 14)]
    assert [a for a, _b, _d in history(services.db, "huddle")] == ["create", "update"]
    assert history(services.db, "huddle")[1][2] == {"attendance": [8, 11], "minutes": [12, 14]}
    # The same values again change nothing, and say nothing in the history.
    services.huddles.log_huddle(team, 11, 14, day=TODAY)
    assert len(history(services.db, "huddle")) == 2
    # Another day is another huddle.
    services.huddles.log_huddle(team, 7, 10, day=YESTERDAY)
    assert count(services.db, Huddle) == 2


def test_the_database_itself_refuses_a_second_huddle_on_a_day(
    services: Services, tree: dict[str, int]
) -> None:
    services.huddles.log_huddle(tree["team"], 8, 12, day=TODAY)
    with pytest.raises(IntegrityError), services.db.engine.begin() as conn:
        conn.execute(
            sa.insert(Huddle).values(
                board_id=tree["team"], day=TODAY, held_at=dt.datetime(2026, 11, 25, 9), attendance=3
            )
        )
    assert count(services.db, Huddle) == 1


def test_undoing_a_new_huddle_log_removes_the_entry_and_says_so(
    services: Services, tree: dict[str, int]
) -> None:
    logged = services.huddles.log_huddle(tree["team"], 8, 12, day=TODAY)
    assert services.huddles.undo_log(logged) is None
    assert services.huddles.huddles(tree["team"], TODAY, TODAY) == []
    actions = history(services.db, "huddle")
    assert [a for a, _b, _d in actions] == ["create", "undo"]
    assert actions[1][2]["undoes"] == "create"
    assert actions[1][1] == tree["team"]


def test_undoing_an_edit_puts_the_days_entry_back_as_it_was(
    services: Services, tree: dict[str, int]
) -> None:
    first = services.huddles.log_huddle(tree["team"], 8, 12, day=TODAY)
    edit = services.huddles.log_huddle(tree["team"], 10, 15, day=TODAY)
    restored = services.huddles.undo_log(edit)
    assert restored == first.huddle
    assert services.huddles.huddles(tree["team"], TODAY, TODAY) == [first.huddle]
    assert [a for a, _b, _d in history(services.db, "huddle")] == ["create", "update", "undo"]
    assert history(services.db, "huddle")[2][2] == {
        "undoes": "update",
        "attendance": [10, 8],
        "minutes": [15, 12],
    }


def test_an_undo_after_another_screens_edit_is_refused(
    services: Services, tree: dict[str, int]
) -> None:
    logged = services.huddles.log_huddle(tree["team"], 8, 12, day=TODAY)
    services.huddles.log_huddle(tree["team"], 9, 12, day=TODAY)  # the desk, meanwhile
    with pytest.raises(ValidationError, match="toisella näytöllä"):
        services.huddles.undo_log(logged)
    assert [h.attendance for h in services.huddles.huddles(tree["team"], TODAY, TODAY)] == [9]


# ---- safety events


def test_undoing_a_safety_event_removes_it_and_keeps_both_history_rows(
    services: Services, tree: dict[str, int]
) -> None:
    team = tree["team"]
    kept = services.safety.record_event(team, "medication", "near_miss", day=YESTERDAY, today=TODAY)
    fall = services.safety.record_event(team, "fall", "harm", day=YESTERDAY, today=TODAY)
    services.safety.undo_event(fall.id, fall.version)
    assert [e.id for e in services.safety.events(team, YESTERDAY, YESTERDAY)] == [kept.id]
    cross = services.safety.month_cross(team, TODAY)
    day = cross.days[YESTERDAY.day - 1]
    assert (day.status, day.count) == ("near_miss", 1)
    assert cross.days_since_harm is None  # the harm is gone, not archived
    rows = history(services.db, "safety_event")
    assert [a for a, _b, _d in rows] == ["create", "create", "undo"]
    assert rows[2][2] == {
        "undoes": "create",
        "day": YESTERDAY.isoformat(),
        "kind": "fall",
        "severity": "harm",
    }
    with services.db.read() as s:
        assert s.get(SafetyEvent, fall.id) is None


def test_the_cross_knows_the_boards_first_day(services: Services, tree: dict[str, int]) -> None:
    cross = services.safety.month_cross(tree["team"], TODAY)
    assert cross.first_day == dt.date.today()  # the board was made now


# ---- ideas, escalations, mood votes


def test_undoing_an_idea_move_restores_state_and_times(
    services: Services, tree: dict[str, int]
) -> None:
    idea = services.ideas.create_idea(tree["team"], "Lääkekärryn järjestys")
    moved = services.ideas.move_idea(idea.id, idea.version)
    assert moved.state == "plan"
    back = services.ideas.undo_move(idea, moved.version)
    assert (back.state, back.state_changed_at, back.done_at) == (
        idea.state,
        idea.state_changed_at,
        idea.done_at,
    )
    rows = history(services.db, "idea")
    assert [a for a, _b, _d in rows] == ["create", "move", "undo"]
    assert rows[2][2]["state"] == ["plan", "new"]
    # Done and back: the done time goes too.
    at_act = services.ideas.move_idea(back.id, back.version, to_state="act")
    done = services.ideas.move_idea(at_act.id, at_act.version)
    assert done.done_at is not None
    assert services.ideas.undo_move(at_act, done.version).done_at is None


def test_an_idea_changed_since_the_move_is_not_moved_back(
    services: Services, tree: dict[str, int]
) -> None:
    idea = services.ideas.create_idea(tree["team"], "Kiitos näkyviin")
    moved = services.ideas.move_idea(idea.id, idea.version)
    services.ideas.move_idea(moved.id, moved.version)  # someone else moved it on
    with pytest.raises(ConflictError):
        services.ideas.undo_move(idea, moved.version)


def test_withdrawing_an_escalation_puts_the_problem_back_on_its_board(
    services: Services, tree: dict[str, int]
) -> None:
    problem = services.problems.create_problem(tree["team"], "S", "Liukas lattia")
    sent = services.problems.escalate_problem(problem.id, problem.version, note="Tarvitaan matot")
    assert sent.waiting_board_id == tree["unit"] and sent.escalations[0].note == "Tarvitaan matot"
    back = services.problems.withdraw_escalation(problem.id, sent.version)
    assert back.waiting_board_id is None and back.escalations == ()
    assert services.problems.escalated_to(tree["unit"]) == []
    assert count(services.db, Escalation) == 0
    rows = history(services.db, "problem")
    assert [(a, b) for a, b, _d in rows] == [
        ("create", tree["team"]),
        ("escalate", tree["team"]),
        ("escalate", tree["unit"]),
        ("undo", tree["team"]),
        ("undo", tree["unit"]),  # the tier above sees it leave, as it saw it arrive
    ]


def test_an_answered_escalation_cannot_be_withdrawn(
    services: Services, tree: dict[str, int]
) -> None:
    problem = services.problems.create_problem(tree["team"], "D", "Sijaisia ei saada")
    sent = services.problems.escalate_problem(problem.id, problem.version)
    answered = services.problems.answer_escalation(
        problem.id, sent.version, "decision", "Lisäresurssi"
    )
    with pytest.raises(ValidationError, match="vastattu"):
        services.problems.withdraw_escalation(problem.id, answered.version)


def test_withdrawing_a_vote_takes_back_one_vote_of_that_score_anonymously(
    services: Services, tree: dict[str, int]
) -> None:
    team = tree["team"]
    for score in (6, 9, 9):
        services.mood.record_mood_vote(team, score, day=TODAY)
    services.mood.withdraw_mood_vote(team, TODAY, 9)

    def counts() -> dict[int, int]:
        with services.db.read() as s:
            rows = s.execute(
                select(MoodTally.score, MoodTally.votes).where(
                    MoodTally.board_id == team, MoodTally.votes > 0
                )
            )
            return {score: votes for score, votes in rows}

    assert counts() == {6: 1, 9: 1}
    assert history(services.db, "mood_vote") == []  # no history row, as the vote writes none
    with pytest.raises(ValidationError):
        services.mood.withdraw_mood_vote(team, TODAY, 3)  # no such vote
    # Once the day is shown its figures stay: a released vote is no longer taken back.
    for score in (7, 8, 5):
        services.mood.record_mood_vote(team, score, day=TODAY)
    services.mood.release_day(team, TODAY)
    with pytest.raises(ValidationError):
        services.mood.withdraw_mood_vote(team, TODAY, 7)
    assert counts() == {5: 1, 6: 1, 7: 1, 8: 1, 9: 1}
