"""The calendar's awkward days, lived on a fixed clock (SQLite and PostgreSQL).

- ISO week 53: 2026 has one, Monday 28.12.2026 – Sunday 3.1.2027, across the turn of the year;
- a month boundary inside a week (week 49: Monday 30.11. – Sunday 6.12.2026);
- the clock changes in Finland (Europe/Helsinki): spring forward on Sunday 28.3.2027 at
  03.00 (week 12 is 167 hours long), fall back on Sunday 25.10.2026 at 04.00 (week 43 is 169);
- 29 February 2028.

The services are handed a FixedClock, so the day the tests run never matters; ideas are
created "now" by moving that clock, exactly as a team logging them at those moments would.
"""

from __future__ import annotations

import datetime as dt

import pytest

from leanboard.domain.clock import FixedClock
from leanboard.domain.errors import ValidationError
from leanboard.domain.periods import parse_period, week_start
from leanboard.services import Services
from leanboard.services.dto import BoardInfo
from leanboard.store.database import Database

UTC = dt.UTC


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime(2026, 12, 30, 10, 0))  # Wednesday of week 2026-W53


@pytest.fixture
def services(database: Database, clock: FixedClock) -> Services:
    return Services(database, clock=clock)


@pytest.fixture
def team(services: Services) -> BoardInfo:
    unit = services.boards.create_board("YKS", "Yksikkö", "unit")
    return services.boards.create_board("OS5", "Osasto 5", "team", parent_id=unit.id)


def idea_at(services: Services, clock: FixedClock, board: BoardInfo, local: dt.datetime, title: str,
            origin: str = "board") -> None:  # fmt: skip
    clock.set(local)  # naive: Helsinki wall-clock time
    services.ideas.create_idea(board.id, title, origin=origin)


def opened(services: Services, board: BoardInfo, day: dt.date, today: dt.date) -> list[str]:
    report = services.weekly.week(board.id, day, today=today)
    return sorted(i.title for i in report.ideas.opened)


# --- ISO week 53 and the turn of the year ------------------------------------------------------


def test_week_53_is_a_week_of_2026_that_ends_in_2027(
    services: Services, clock: FixedClock, team: BoardInfo
) -> None:
    assert week_start("2026-W53") == dt.date(2026, 12, 28)
    with pytest.raises(ValidationError):
        parse_period("2025-W53")  # 2025 has 52 weeks

    weekly = services.measures.create_measure(team.id, "Viikkomittari", frequency="week")
    monthly = services.measures.create_measure(team.id, "Kuukausimittari", frequency="month")
    services.measures.record_value(weekly.id, team.id, "2026-W53", 7)
    clock.set(dt.datetime(2027, 1, 4, 9, 0))  # values are entered once their period has begun
    # A day of the new year in a weekly measure is still week 53 of 2026.
    point = services.measures.record_value(weekly.id, team.id, dt.date(2027, 1, 2), 8)
    assert (point.period_key, point.period_start) == ("2026-W53", dt.date(2026, 12, 28))
    services.measures.record_value(monthly.id, team.id, "2026-12", 70)
    services.measures.record_value(monthly.id, team.id, "2027-01", 90)

    services.mood.record_mood_vote(team.id, 9, dt.date(2026, 12, 31))
    services.mood.record_mood_vote(team.id, 4, dt.date(2027, 1, 1))
    sunday = dt.date(2027, 1, 3)
    services.safety.record_event(team.id, "fall", "harm", dt.date(2026, 12, 29))
    services.safety.record_event(team.id, "medication", "near_miss", sunday, today=sunday)
    idea_at(services, clock, team, dt.datetime(2026, 12, 28, 0, 30), "maanantai yöllä")
    idea_at(services, clock, team, dt.datetime(2027, 1, 3, 23, 50), "sunnuntai illalla")
    idea_at(services, clock, team, dt.datetime(2027, 1, 4, 0, 10), "viikko 1")
    idea_at(services, clock, team, dt.datetime(2026, 12, 27, 23, 50), "viikko 52")

    report = services.weekly.week(team.id, dt.date(2027, 1, 1), today=sunday)
    assert (report.monday, report.sunday) == (dt.date(2026, 12, 28), sunday)
    assert (report.week_key, report.iso_year, report.iso_week) == ("2026-W53", 2026, 53)
    by_name = {m.measure.name: m for m in report.measures}
    assert by_name["Viikkomittari"].value == 8 and by_name["Viikkomittari"].period_key == "2026-W53"
    # The week belongs to the month of its Thursday, 31.12.: December, not January.
    assert (by_name["Kuukausimittari"].value, by_name["Kuukausimittari"].period_key) == (
        70,
        "2026-12",
    )
    assert [d.day for d in report.mood.days][3:5] == [dt.date(2026, 12, 31), dt.date(2027, 1, 1)]
    assert report.mood.week.count == 2
    # The cross is the month of the week's Sunday (January); the events are the week's.
    assert (report.safety.cross.year, report.safety.cross.month) == (2027, 1)
    assert [e.day for e in report.safety.events] == [dt.date(2026, 12, 29), sunday]
    counts = {k.code: (k.near_miss, k.harm) for k in report.safety.by_kind}
    assert counts["fall"] == (0, 1) and counts["medication"] == (1, 0)
    assert sorted(i.title for i in report.ideas.opened) == ["maanantai yöllä", "sunnuntai illalla"]
    assert opened(services, team, dt.date(2027, 1, 4), dt.date(2027, 1, 5)) == ["viikko 1"]
    assert opened(services, team, dt.date(2026, 12, 27), sunday) == ["viikko 52"]


def test_new_years_day_on_the_wall_shows_the_week_from_december(
    services: Services, clock: FixedClock, team: BoardInfo
) -> None:
    services.safety.record_event(team.id, "fall", "harm", dt.date(2026, 12, 30))
    for score in (8, 8, 9, 7, 10):
        services.mood.record_mood_vote(team.id, score, dt.date(2026, 12, 28))
    clock.set(dt.datetime(2027, 1, 1, 7, 45))  # Friday morning's huddle
    services.mood.record_mood_vote(team.id, 6)  # no day given: the clock's day
    snapshot = services.view.snapshot(team.id)
    assert snapshot.today == dt.date(2027, 1, 1)
    assert snapshot.mood.week[0].day == dt.date(2026, 12, 28)
    assert snapshot.mood.week[0].figure.count == 5 and snapshot.mood.today.figure.count == 1
    # January's cross is empty so far, but the days since the last harm count over New Year.
    cross = snapshot.safety
    assert (cross.year, cross.month, len(cross.days)) == (2027, 1, 31)
    assert all(day.count == 0 for day in cross.days)
    assert cross.days_since_harm == 2


# --- a month boundary inside a week ------------------------------------------------------------


def test_a_week_across_a_month_boundary(
    services: Services, clock: FixedClock, team: BoardInfo
) -> None:
    monthly = services.measures.create_measure(team.id, "Kuukausimittari", frequency="month")
    services.measures.record_value(monthly.id, team.id, "2026-11", 55)
    services.safety.record_event(team.id, "fall", "near_miss", dt.date(2026, 11, 30))
    services.safety.record_event(team.id, "threat", "harm", dt.date(2026, 12, 1))
    clock.set(dt.datetime(2026, 12, 2, 12, 0))  # Wednesday 2.12.2026, week 49

    cross = services.safety.month_cross(team.id)
    assert (cross.month, len(cross.days)) == (
        12,
        31,
    )  # December's cross: Monday's fall is not on it
    assert [(d.day.day, d.status) for d in cross.days if d.count] == [(1, "harm")]
    mood = services.mood.summary(team.id)
    assert [d.day for d in mood.week] == [
        dt.date(2026, 11, 30), dt.date(2026, 12, 1), dt.date(2026, 12, 2)
    ]  # fmt: skip

    report = services.weekly.week(team.id, dt.date(2026, 12, 2))
    assert [e.day for e in report.safety.events] == [dt.date(2026, 11, 30), dt.date(2026, 12, 1)]
    assert report.safety.filled_until == dt.date(2026, 12, 2)
    figure = next(m for m in report.measures if m.measure.name == "Kuukausimittari")
    # Week 49's Thursday is 3.12.: December's figure has not come in, so November's stands,
    # under its own name, and the week is not counted as having fresh data of its own.
    assert (figure.value, figure.period_key, figure.fresh) == (55, "2026-11", False)


# --- the clock changes in Finland --------------------------------------------------------------


def test_spring_forward_week_is_167_hours_and_keeps_its_ideas(
    services: Services, clock: FixedClock, team: BoardInfo
) -> None:
    monday, next_monday = dt.date(2027, 3, 22), dt.date(2027, 3, 29)
    assert clock.local_midnight_utc(monday) == dt.datetime(2027, 3, 21, 22, 0)  # UTC+2
    assert clock.local_midnight_utc(next_monday) == dt.datetime(2027, 3, 28, 21, 0)  # UTC+3
    length = clock.local_midnight_utc(next_monday) - clock.local_midnight_utc(monday)
    assert length == dt.timedelta(hours=167)

    idea_at(services, clock, team, dt.datetime(2027, 3, 22, 0, 15), "maanantai 00.15")
    idea_at(services, clock, team, dt.datetime(2027, 3, 28, 2, 30), "ennen siirtoa")
    clock.advance(dt.timedelta(hours=1))  # 02.30 + 1 h is 04.30 on the wall: 03.xx never was
    assert clock.local().replace(tzinfo=None) == dt.datetime(2027, 3, 28, 4, 30)
    services.ideas.create_idea(team.id, "siirron jälkeen")
    idea_at(services, clock, team, dt.datetime(2027, 3, 28, 23, 40), "sunnuntai 23.40")
    idea_at(services, clock, team, dt.datetime(2027, 3, 29, 0, 20), "seuraava maanantai")

    today = dt.date(2027, 3, 30)
    assert opened(services, team, monday, today) == [
        "ennen siirtoa", "maanantai 00.15", "siirron jälkeen", "sunnuntai 23.40"
    ]  # fmt: skip
    assert opened(services, team, next_monday, today) == ["seuraava maanantai"]


def test_fall_back_week_is_169_hours_and_the_mood_prompt_counts_from_local_monday(
    services: Services, clock: FixedClock, team: BoardInfo
) -> None:
    monday, next_monday = dt.date(2026, 10, 19), dt.date(2026, 10, 26)
    length = clock.local_midnight_utc(next_monday) - clock.local_midnight_utc(monday)
    assert length == dt.timedelta(hours=169)

    # 03.30 happens twice on 25.10.2026: first in summer time (00.30 UTC), then in winter time.
    clock.set(dt.datetime(2026, 10, 25, 0, 30, tzinfo=UTC))
    assert clock.local().hour == 3 and clock.today() == dt.date(2026, 10, 25)
    services.ideas.create_idea(team.id, "03.30 kesäaikaa")
    clock.advance(dt.timedelta(hours=1))
    assert clock.local().hour == 3  # the same wall-clock hour again
    services.ideas.create_idea(team.id, "03.30 talviaikaa")
    idea_at(services, clock, team, dt.datetime(2026, 10, 25, 23, 30), "sunnuntai 23.30",
            origin="mood_prompt")  # fmt: skip
    idea_at(services, clock, team, dt.datetime(2026, 10, 26, 0, 30), "maanantai 00.30",
            origin="mood_prompt")  # fmt: skip

    today = dt.date(2026, 10, 27)
    assert opened(services, team, monday, today) == [
        "03.30 kesäaikaa", "03.30 talviaikaa", "sunnuntai 23.30"
    ]  # fmt: skip
    assert opened(services, team, next_monday, today) == ["maanantai 00.30"]
    # Monday 00.30 in Helsinki is Sunday 22.30 in UTC: still this week's prompt on the wall.
    clock.set(dt.datetime(2026, 10, 26, 8, 0))
    assert services.mood.summary(team.id).prompts_this_week == 1
    assert services.weekly.week(team.id, next_monday, today=today).mood.prompt_ideas == 1


def test_a_vote_after_midnight_is_the_new_days_though_utc_has_not_turned(
    services: Services, clock: FixedClock, team: BoardInfo
) -> None:
    clock.set(dt.datetime(2026, 10, 26, 0, 30))  # 22.30 UTC on Sunday
    result = services.mood.record_mood_vote(team.id, 7)
    assert result.day == dt.date(2026, 10, 26)
    assert services.mood.summary(team.id).today.figure.count == 1


# --- 29 February -------------------------------------------------------------------------------


def test_29_february_2028(services: Services, clock: FixedClock, team: BoardInfo) -> None:
    leap = dt.date(2028, 2, 29)
    clock.set(dt.datetime(2028, 3, 1, 9, 0))  # the day after: its value can be entered
    daily = services.measures.create_measure(team.id, "Kaatumiset", frequency="day",
                                              direction="lower", target=0)  # fmt: skip
    point = services.measures.record_value(daily.id, team.id, "29.2.2028", 2)
    assert point.period_start == leap
    with pytest.raises(ValidationError):
        services.measures.record_value(daily.id, team.id, "29.2.2027", 1)
    services.safety.record_event(team.id, "fall", "harm", "29.2.2028", today=leap)
    services.mood.record_mood_vote(team.id, 8, leap)

    clock.set(dt.datetime(2028, 2, 29, 14, 0))
    cross = services.safety.month_cross(team.id)
    assert (cross.month, len(cross.days), cross.days[-1].day) == (2, 29, leap)
    assert (cross.days[-1].status, cross.days[-1].count) == ("harm", 1)
    assert cross.days_since_harm == 0
    # Week 9 of 2028 runs 28.2.–5.3.: its cross is March's, its events include 29.2.
    report = services.weekly.week(team.id, leap, today=dt.date(2028, 3, 6))
    assert report.week_key == "2028-W09"
    assert (report.safety.cross.month, [e.day for e in report.safety.events]) == (3, [leap])
    falls = next(m for m in report.measures if m.measure.name == "Kaatumiset")
    assert [p.period_start for p in falls.values] == [leap] and falls.value == 2
    assert report.mood.days[1].day == leap and report.mood.days[1].figure.count == 1
    # A year later the cross of February has 28 days.
    clock.set(dt.datetime(2029, 2, 28, 12, 0))
    assert len(services.safety.month_cross(team.id).days) == 28
