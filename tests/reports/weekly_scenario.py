"""One team's week with hand-computed figures, built through the services.

Shared by tests/store/test_weekly.py (the figures) and tests/reports (the PDF). The services
run on a fixed clock (`scenario_clock`: Wednesday 25.11.2026 10.00 in Helsinki, ISO week 48),
so the figures are the same on any day the tests run. Ideas, problems and moves are stamped
"now" by the services, so the scenario's week is the clock's week; a few rows are then moved
back to last week with an UPDATE to prove they are left out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import update
from sqlalchemy.orm import Session

from leanboard.domain.clock import FixedClock
from leanboard.services import Services
from leanboard.store.models import Idea, Problem

TEAM_NAME = "Osasto 2 – Äkillinen hoito ja Öinen päivystys"


@dataclass(frozen=True)
class Scenario:
    services: Services
    team_id: int
    unit_id: int
    empty_id: int
    monday: dt.date


def scenario_clock() -> FixedClock:
    """A Wednesday morning in the middle of a month: Monday and Tuesday lived, Sunday not yet."""
    return FixedClock(dt.datetime(2026, 11, 25, 10, 0))


def build_scenario(services: Services) -> Scenario:
    """The scenario in the week of the services' clock (give them `scenario_clock()`)."""
    s = services
    today = s.clock.today()
    monday = today - dt.timedelta(days=today.weekday())
    sunday = monday + dt.timedelta(days=6)
    last_week = dt.datetime.combine(monday - dt.timedelta(days=3), dt.time(10))

    org = s.boards.create_board("ORG", "Kuntayhtymä", "organisation")
    unit = s.boards.create_board("OS2", "Sairaala, osastot", "unit", parent_id=org.id)
    team = s.boards.create_board("OS2-AKUUTTI", TEAM_NAME, "team", parent_id=unit.id)
    empty = s.boards.create_board("TYHJA", "Tyhjä tiimi", "team", parent_id=unit.id)

    # Measures: weekly (this week 61.5, off a 100 target), monthly NPS, daily falls.
    reach = s.measures.create_measure(
        team.id, "Ammattilaisen tavoittaa 5 minuutissa", unit="%", target=100, decimals=1
    )
    for weeks_back in range(14, 0, -1):
        s.measures.record_value(
            reach.id, team.id, monday - dt.timedelta(weeks=weeks_back), 70 + weeks_back % 4
        )
    # Values are entered as on the week's Sunday: a period not begun by then is refused.
    s.measures.record_value(reach.id, team.id, monday, "61,5", today=sunday)
    nps = s.measures.create_measure(team.id, "NPS", target=80, frequency="month")
    thursday = monday + dt.timedelta(days=3)
    s.measures.record_value(nps.id, team.id, thursday, 83, today=sunday)
    falls = s.measures.create_measure(
        team.id, "Kaatumiset", target=0, direction="lower", frequency="day"
    )
    for offset, value in ((0, 1), (1, 0), (2, 2)):
        s.measures.record_value(
            falls.id, team.id, monday + dt.timedelta(days=offset), value, today=sunday
        )
    s.measures.record_value(falls.id, team.id, monday - dt.timedelta(days=1), 5)  # last week

    # Mood: Monday 4 votes (too few: never shown), Tuesday 5 votes released at the huddle
    # (8.4); the week shows Tuesday's 5 and counts Monday's 4.
    for score in (7, 8, 9, 6):
        s.mood.record_mood_vote(team.id, score, monday)
    for score in (8, 8, 9, 7, 10):
        s.mood.record_mood_vote(team.id, score, monday + dt.timedelta(days=1))
    s.mood.release_day(team.id, monday + dt.timedelta(days=1))
    s.mood.record_mood_vote(team.id, 2, monday - dt.timedelta(days=1))  # last Sunday

    # Ideas: three opened this week (one from the mood prompt), one last week; two moved
    # three times in all; one done.
    a = s.ideas.create_idea(team.id, "Lääkekärryn järjestys yhtenäiseksi", category="S")
    b = s.ideas.create_idea(team.id, "Vuoronvaihdon raportti lyhyemmäksi")
    s.ideas.create_idea(team.id, "Taukotilan äänieristys", origin="mood_prompt")
    old = s.ideas.create_idea(team.id, "Vanha idea viime viikolta", origin="mood_prompt")
    a = s.ideas.move_idea(a.id, a.version)
    s.ideas.move_idea(a.id, a.version)
    s.ideas.move_idea(b.id, b.version, "done")

    # Problems: S escalated to the unit (tier 2), Q solved, D open, C open since last week.
    ps = s.problems.create_problem(team.id, "S", "Liukas lattia suihkuhuoneessa")
    s.problems.escalate_problem(ps.id, ps.version, "Tarvitaan lattiapinnoite")
    pq = s.problems.create_problem(team.id, "Q", "Kotiutusohjeet puuttuvat")
    s.problems.set_status(pq.id, pq.version, "solved")
    s.problems.create_problem(team.id, "D", "Vastaanottoajat täynnä")
    pc = s.problems.create_problem(team.id, "C", "Vuokratyövoiman kulut")

    def backdate(session: Session) -> None:
        session.execute(
            update(Idea)
            .where(Idea.id == old.id)
            .values(created_at=last_week, state_changed_at=last_week)
        )
        session.execute(update(Problem).where(Problem.id == pc.id).values(created_at=last_week))

    s.db.write(backdate)

    # Safety: Monday a fall (near miss); Tuesday a medication error (harm) and a fall.
    s.safety.record_event(team.id, "fall", "near_miss", monday, today=sunday)
    s.safety.record_event(
        team.id, "medication", "harm", monday + dt.timedelta(days=1), today=sunday
    )
    s.safety.record_event(team.id, "fall", "near_miss", monday + dt.timedelta(days=1), today=sunday)
    s.safety.record_event(
        team.id, "threat", "harm", monday - dt.timedelta(days=1), today=sunday
    )  # last Sunday: not this week

    # Huddles: three held (6, 8, 7 → 7.0), one last week.
    for offset, people in ((0, 6), (1, 8), (2, 7)):
        s.huddles.log_huddle(team.id, people, 10, monday + dt.timedelta(days=offset))
    s.huddles.log_huddle(team.id, 12, 10, monday - dt.timedelta(days=2))

    s.a3.create_a3(team.id, "Kaatumisten vähentäminen yöaikaan", owner="Osastonhoitaja")
    return Scenario(s, team.id, unit.id, empty.id, monday)
