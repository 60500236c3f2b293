"""The small demo organisation, on SQLite and PostgreSQL: what a user trying LeanBoard sees."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from typing import Any

import pytest
from sqlalchemy import JSON, String, Text, func, select
from sqlalchemy.orm import Session

from leanboard.domain.clock import FixedClock
from leanboard.domain.enums import BoardKind, PdcaState, Severity, Sqdc
from leanboard.domain.errors import ValidationError
from leanboard.domain.identity_code import find_identity_codes
from leanboard.domain.validation import CODE_PATTERN
from leanboard.services.demo import DemoSummary, seed_demo
from leanboard.store.database import Database
from leanboard.store.models import (
    A3Report,
    Base,
    Board,
    Change,
    Escalation,
    Huddle,
    Idea,
    Measure,
    MeasureValue,
    MoodDayState,
    MoodTally,
    Problem,
    SafetyEvent,
)

TODAY = dt.date(2026, 11, 25)  # a Wednesday
FIRST_DAY = TODAY - dt.timedelta(weeks=12, days=-1)


@pytest.fixture
def seeded(database: Database) -> tuple[Database, DemoSummary]:
    return database, seed_demo(database, "small", today=TODAY)


def teams(s: Session) -> list[Board]:
    return list(s.scalars(select(Board).where(Board.kind == BoardKind.TEAM.value)))


def by_code(s: Session, code: str) -> Board:
    return s.scalars(select(Board).where(Board.code == code)).one()


def test_small_demo_is_a_tree_of_team_boards_with_finnish_names(
    seeded: tuple[Database, DemoSummary],
) -> None:
    db, summary = seeded
    with db.read() as s:
        boards = list(s.scalars(select(Board)))
        team_boards = teams(s)
        assert 8 <= len(team_boards) <= 12
        names = [b.name for b in team_boards]
        assert sum(any(c in n for c in "äöÄÖ") for n in names) >= 5, names
        assert "Hoivakoti Päivänkehrä, Koivukäytävä" in names  # ä/ö round-trip unchanged
        codes = [b.code for b in boards]
        assert len(set(codes)) == len(codes)
        assert all(CODE_PATTERN.fullmatch(c) for c in codes), codes
        by_id = {b.id: b for b in boards}
        for team in team_boards:
            tiers = [team.kind]
            board = team
            while board.parent_id is not None:
                board = by_id[board.parent_id]
                tiers.append(board.kind)
            assert tiers == ["team", "unit", "area", "organisation"]
            # Every section; "rollup" shows only on a board that has boards below it.
            assert team.sections == [
                *("goals", "mood", "ideas", "sqdc", "safety", "a3", "huddle", "rollup")
            ]
            assert team.min_mood_group == 5
        assert summary.boards == len(boards)


def test_goals_carry_the_targets_of_the_domain(seeded: tuple[Database, DemoSummary]) -> None:
    db, _ = seeded
    with db.read() as s:
        org = by_code(s, "JLK")
        goals = {m.name: m for m in s.scalars(select(Measure).where(Measure.board_id == org.id))}
        npsm = goals["NPS (suosittelisitko palveluamme)"]
        assert (npsm.target, npsm.direction, npsm.frequency, npsm.inherited) == (
            80,
            "higher",
            "week",
            True,
        )
        job = goals["Työtyytyväisyys"]
        assert (job.target, job.frequency, job.decimals, job.inherited) == (8, "month", 1, True)
        sick = s.scalars(select(Measure).where(Measure.name == "Sairauspoissaolot")).first()
        assert sick is not None and (sick.target, sick.direction) == (5, "lower")
        # Inherited goals: each team reports its own values under its own board id.
        team_ids = {b.id for b in teams(s)}
        reporters = set(
            s.scalars(select(MeasureValue.board_id).where(MeasureValue.measure_id == npsm.id))
        )
        assert reporters == team_ids
        answers = list(
            s.scalars(select(MeasureValue.answers).where(MeasureValue.measure_id == npsm.id))
        )
        assert all(a is not None and a > 0 for a in answers)
        values = list(
            s.scalars(select(MeasureValue.value).where(MeasureValue.measure_id == npsm.id))
        )
        assert 50 <= statistics.mean(values) <= 80


def test_every_section_of_every_team_board_has_recent_data(
    seeded: tuple[Database, DemoSummary],
) -> None:
    db, _ = seeded
    recent = {
        "goals": (MeasureValue, MeasureValue.period_start),
        "mood": (MoodTally, MoodTally.day),
        "ideas": (Idea, Idea.created_at),
        "sqdc": (Problem, Problem.created_at),
        "safety": (SafetyEvent, SafetyEvent.day),
        "huddle": (Huddle, Huddle.day),
    }
    with db.read() as s:
        for team in teams(s):
            for section, (model, column) in recent.items():
                count = s.scalar(
                    select(func.count())
                    .select_from(model)
                    .where(model.board_id == team.id, column >= FIRST_DAY)  # type: ignore[attr-defined]
                )
                # Health-station teams have rare safety events; the wards always have some.
                if section == "safety" and team.code.startswith("TA-"):
                    continue
                assert count, f"{team.code}: no {section} data in the last 12 weeks"
        best = by_code(s, "OS2-AKUUTTI")
        assert s.scalar(select(func.count()).where(A3Report.board_id == best.id)) == 2


def test_every_pdca_state_and_every_sqdc_letter_on_each_team_board(
    seeded: tuple[Database, DemoSummary],
) -> None:
    db, _ = seeded
    with db.read() as s:
        for team in teams(s):
            ideas = list(s.scalars(select(Idea).where(Idea.board_id == team.id)))
            assert {i.state for i in ideas} == {p.value for p in PdcaState}, team.code
            assert any(
                i.due_date is not None and i.due_date < TODAY and i.state != "done" for i in ideas
            ), f"{team.code}: no overdue idea"
            assert all(i.owner is None or len(i.owner) < 40 for i in ideas)
            assert all((i.done_at is not None) == (i.state == "done") for i in ideas)
            problems = list(s.scalars(select(Problem).where(Problem.board_id == team.id)))
            assert {p.category for p in problems} == {c.value for c in Sqdc}, team.code
        origins = Counter(s.scalars(select(Idea.origin)))
        assert origins["mood_prompt"] > 0 and origins["board"] > origins["mood_prompt"]


def test_escalations_go_up_the_tree_and_some_are_answered(
    seeded: tuple[Database, DemoSummary],
) -> None:
    db, _ = seeded
    with db.read() as s:
        boards = {b.id: b for b in s.scalars(select(Board))}
        steps = list(s.scalars(select(Escalation).order_by(Escalation.id)))
        assert steps
        answered = [e for e in steps if e.answered_at is not None]
        assert answered and all(e.answer and e.answer_kind for e in answered)
        assert any(e.answer_kind == "forwarded" for e in answered)
        for step in steps:
            assert boards[step.from_board_id].parent_id == step.to_board_id
        waiting = list(s.scalars(select(Problem).where(Problem.waiting_board_id.is_not(None))))
        assert waiting
        tiers = {boards[p.waiting_board_id].kind for p in waiting if p.waiting_board_id}
        assert tiers == {"unit", "area"} or tiers == {"unit"}
        for problem in waiting:
            last = problem.escalations[-1]
            assert last.answered_at is None and last.to_board_id == problem.waiting_board_id
            assert problem.status != "solved"
        for problem in s.scalars(select(Problem).where(Problem.waiting_board_id.is_(None))):
            assert all(e.answered_at is not None for e in problem.escalations)


def test_no_text_holds_an_identity_code(seeded: tuple[Database, DemoSummary]) -> None:
    db, _ = seeded
    checked = 0
    with db.read() as s:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, String | Text | JSON)]
            if not columns:
                continue
            for row in s.execute(select(*columns)):
                for value in row:
                    if value is not None:
                        checked += 1
                        assert not find_identity_codes(str(value)), (table.name, value)
    assert checked > 1000


def test_mood_votes_every_weekday_and_some_days_under_the_minimum_group(
    seeded: tuple[Database, DemoSummary],
) -> None:
    db, _ = seeded
    weekdays = {
        FIRST_DAY + dt.timedelta(days=n)
        for n in range((TODAY - FIRST_DAY).days + 1)
        if (FIRST_DAY + dt.timedelta(days=n)).weekday() < 5
    }
    with db.read() as s:
        for team in teams(s):
            per_day = dict(
                s.execute(
                    select(MoodTally.day, func.sum(MoodTally.votes))
                    .where(MoodTally.board_id == team.id)
                    .group_by(MoodTally.day)
                ).all()
            )
            assert set(per_day) == weekdays, team.code
            small_days = [d for d, n in per_day.items() if n < team.min_mood_group]
            assert 0 < len(small_days) < len(per_day) / 3, team.code
            assert max(per_day.values()) <= 12
            # Every day has its minimum group fixed; today's was shown at the huddle when
            # enough voted, no other day was tapped (they are released by their end).
            days = {
                d.day: (d.min_group, d.released_rounds)
                for d in s.scalars(select(MoodDayState).where(MoodDayState.board_id == team.id))
            }
            assert set(days) == weekdays
            assert all(m == team.min_mood_group for m, _ in days.values())
            assert days[TODAY][1] == int(per_day[TODAY] >= team.min_mood_group)
            assert all(r == 0 for d, (_, r) in days.items() if d != TODAY)
        scores = Counter(
            dict(
                s.execute(
                    select(MoodTally.score, func.sum(MoodTally.votes)).group_by(MoodTally.score)
                ).all()
            )
        )
        in_band = sum(n for score, n in scores.items() if 6 <= score <= 9)
        assert in_band > 0.75 * sum(scores.values())


def test_safety_events_at_ward_rates(seeded: tuple[Database, DemoSummary]) -> None:
    db, _ = seeded
    with db.read() as s:
        severities = Counter(s.scalars(select(SafetyEvent.severity)))
        assert 0 < severities[Severity.HARM.value] < severities[Severity.NEAR_MISS.value]
        ward = by_code(s, "PK-KOIVU")
        days = Counter(s.scalars(select(SafetyEvent.day).where(SafetyEvent.board_id == ward.id)))
        per_week = sum(days.values()) / 12
        assert 1 <= per_week <= 7
        assert len(days) < 84 / 2  # many days without any event
        kinds = set(s.scalars(select(SafetyEvent.kind_id).where(SafetyEvent.board_id == ward.id)))
        assert len(kinds) >= 2


def test_a3_reports_tell_the_whole_story(seeded: tuple[Database, DemoSummary]) -> None:
    db, summary = seeded
    assert 3 <= summary.a3_reports <= 5
    with db.read() as s:
        reports = list(s.scalars(select(A3Report)))
        for a3 in reports:
            for text in (a3.background, a3.current_condition, a3.target_condition, a3.root_cause):
                assert text
            assert len(a3.five_whys) == 5
            assert {"Ihmiset", "Menetelmät", "Johtaminen"} <= set(a3.fishbone)
            assert a3.actions and all(x.owner and x.due_date for x in a3.actions)
            assert a3.problem_id is not None
        transfer = next(a for a in reports if a.title == "Siirtoviiveiden vähentäminen")
        assert "579" in (transfer.current_condition or "")
        assert "198" in (transfer.follow_up or "") and "10,5" in (transfer.follow_up or "")
        effect = s.get(Measure, transfer.effect_measure_id)
        assert effect is not None and effect.name == "Siirtoviivepäivät"
        # The countermeasures show as a run-chart shift (IHI): 6+ points in a row on one side
        # of the median, points on the median skipped.
        values = list(
            s.scalars(
                select(MeasureValue.value)
                .where(MeasureValue.measure_id == effect.id)
                .order_by(MeasureValue.period_start)
            )
        )
        median = statistics.median(values)
        sides = [v < median for v in values if v != median]
        assert all(sides[-6:]) and not any(sides[:6]), values
        assert {x.status for x in transfer.actions} >= {"done"}


def test_history_ends_today(seeded: tuple[Database, DemoSummary]) -> None:
    db, _ = seeded
    with db.read() as s:
        assert s.scalar(select(func.max(MoodTally.day))) == TODAY
        assert s.scalar(select(func.min(MoodTally.day))) >= FIRST_DAY
        last_week = TODAY - dt.timedelta(days=TODAY.weekday() + 7)
        latest = s.scalar(
            select(func.max(MeasureValue.period_start))
            .join(Measure)
            .where(Measure.frequency == "week")
        )
        assert latest == last_week
        assert s.scalar(select(func.max(SafetyEvent.day))) <= TODAY


def test_summary_is_recorded_as_one_change(seeded: tuple[Database, DemoSummary]) -> None:
    db, summary = seeded
    with db.read() as s:
        changes = list(s.scalars(select(Change)))
        assert len(changes) == 1
        change = changes[0]
        assert (change.entity, change.action) == ("demo", "seed")
        details: dict[str, Any] = change.details
        assert (
            details["mood_votes"]
            == summary.mood_votes
            == s.scalar(select(func.sum(MoodTally.votes)))
        )
        assert details["escalations"] == summary.escalations > 0
    assert summary.seconds > 0 and summary.total_rows > 5000


def test_second_seed_is_refused_and_changes_nothing(
    seeded: tuple[Database, DemoSummary],
) -> None:
    db, summary = seeded
    with pytest.raises(ValidationError, match="jo tauluja"):
        seed_demo(db, "small", today=TODAY)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Board)) == summary.boards
        assert s.scalar(select(func.count()).select_from(Change)) == 1


def test_unknown_scale_is_refused(database: Database) -> None:
    with pytest.raises(ValidationError, match="Tuntematon"):
        seed_demo(database, "huge")


def test_default_today_makes_a_current_demo(database: Database) -> None:
    # Without `today` the demo ends on the clock's day (a Sunday here: no huddle that day).
    database.clock = FixedClock(dt.datetime(2027, 1, 3, 9, 0))
    seed_demo(database)
    with database.read() as s:
        latest = s.scalar(select(func.max(Huddle.day)))
        assert latest is not None and 0 <= (dt.date(2027, 1, 3) - latest).days <= 4
        assert s.scalar(select(func.max(MoodTally.day))) <= dt.date(2027, 1, 3)


def test_the_demo_data_file_is_in_the_package_and_its_texts_pass_the_guard() -> None:
    from importlib import resources

    from leanboard.services.demo import DATA, DATA_FILE

    assert resources.files("leanboard.services").joinpath(DATA_FILE).is_file()
    texts: list[str] = []
    stack: list[object] = [DATA]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            texts.append(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    assert len(texts) > 300  # the file holds the words, not only a few names
    assert [t for t in texts if find_identity_codes(t)] == []
