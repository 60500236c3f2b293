"""A3 services on a real database (SQLite file, and PostgreSQL when CI provides one)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from leanboard.domain.errors import ConflictError, NotFound, ValidationError
from leanboard.services import Services
from leanboard.services.dto import A3ActionDraft
from leanboard.store.database import Database

IDENTITY_CODE = "010594Y9032"  # DVV's fictitious example


@pytest.fixture
def services(database: Database) -> Iterator[Services]:
    yield Services(database)


@pytest.fixture
def team(services: Services) -> int:
    unit = services.boards.create_board("AKUUTTI", "Akuuttiosastot", "unit")
    return services.boards.create_board("OS2", "Osasto 2", "team", unit.id).id


def test_start_from_problem_links_both_ways_and_reads_whole(services: Services, team: int) -> None:
    problem = services.problems.create_problem(
        team, "D", "Jatkohoitoa odottavat potilaat", description="Hoitoaika pitenee.", owner="Liisa"
    )
    a3 = services.a3.start_from_problem(problem.id)
    assert (a3.title, a3.owner, a3.background) == (
        "Jatkohoitoa odottavat potilaat",
        "Liisa",
        "Hoitoaika pitenee.",
    )
    assert (a3.problem_id, a3.problem_title, a3.phase) == (problem.id, problem.title, "plan")
    linked = services.a3.for_problem(problem.id)
    assert linked is not None and linked.id == a3.id
    problem_history = services.history.of_item("problem", problem.id)
    assert any(c.action == "a3" and c.details == {"a3_id": a3.id} for c in problem_history)
    with pytest.raises(ValidationError, match="jo A3-raportti"):
        services.a3.start_from_problem(problem.id)


def test_start_from_idea(services: Services, team: int) -> None:
    idea = services.ideas.create_idea(team, "Kotiutus 2. hoitopäivänä", owner="Mikko")
    a3 = services.a3.start_from_idea(idea.id)
    assert (a3.idea_id, a3.idea_title, a3.owner) == (idea.id, idea.title, "Mikko")
    row = services.a3.for_idea(idea.id)
    assert row is not None and row.id == a3.id and row.board_code == "OS2"


def test_update_every_section_and_the_plan_in_one_save(services: Services, team: int) -> None:
    a3 = services.a3.create_a3(team, "Siirtoviiveiden vähentäminen", owner="Osastonhoitaja")
    measure = services.measures.create_measure(
        team, "Siirtoviivepäivät", unit="vrk", target=4, direction="lower"
    )
    for week, value in (("2026-W40", 11), ("2026-W41", 9), ("2026-W42", 6)):
        services.measures.record_value(measure.id, team, week, value)
    saved = services.a3.update_a3(
        a3.id,
        a3.version,
        background="Tausta",
        current_condition="579 siirtoviivepäivää",
        target_condition="alle 200",
        root_cause="Kotiutus suunnitellaan myöhään",
        five_whys=["Miksi 1", "Miksi 2", "", "", ""],
        fishbone={"Ihmiset": ["Vastuu epäselvä", " "], "Laitteet": []},
        countermeasures="Koordinaattori",
        follow_up="579 → 198",
        effect_measure_id=measure.id,
        phase="do",
        actions=[
            A3ActionDraft("Tehtävänkuva", "Osastonhoitaja", "1.12.2026"),
            A3ActionDraft("Huddleen", None, None, "doing"),
        ],
    )
    got = services.a3.get(a3.id)
    assert got == saved
    assert got.version > a3.version
    assert got.five_whys == ("Miksi 1", "Miksi 2")
    assert got.fishbone == {"Ihmiset": ("Vastuu epäselvä",)}
    assert [(x.action, x.owner, x.due_date, x.status) for x in got.actions] == [
        ("Tehtävänkuva", "Osastonhoitaja", dt.date(2026, 12, 1), "todo"),
        ("Huddleen", None, None, "doing"),
    ]
    assert got.effect is not None and [p.value for p in got.effect.points] == [11, 9, 6]
    assert got.phase == "do"

    # The plan alone changes: a row removed, one edited, one added — and the A3's version moves.
    first = got.actions[0]
    again = services.a3.update_a3(
        a3.id,
        got.version,
        actions=[
            A3ActionDraft(
                first.action, first.owner, first.due_date, "done", first.id, first.version
            ),
            A3ActionDraft("Arviointi", "Tiina", dt.date(2027, 1, 15)),
        ],
    )
    assert again.version > got.version
    assert [(x.action, x.status) for x in again.actions] == [
        ("Tehtävänkuva", "done"),
        ("Arviointi", "todo"),
    ]
    removed = [
        c
        for c in services.history.of_board(team)
        if c.entity == "a3_action" and c.action == "remove"
    ]
    assert removed and removed[0].details["action"] == "Huddleen"  # kept in the history


def test_identity_code_refused_in_every_text_field(services: Services, team: int) -> None:
    a3 = services.a3.create_a3(team, "A3")
    cases: dict[str, dict[str, Any]] = {
        "background": dict(background=f"Potilas {IDENTITY_CODE}"),
        "five_whys.2": dict(five_whys=["a", "b", f"hetu {IDENTITY_CODE}"]),
        "fishbone.Ihmiset": dict(fishbone={"Ihmiset": [IDENTITY_CODE]}),
        "follow_up": dict(follow_up=IDENTITY_CODE),
        "title": dict(title=f"A3 {IDENTITY_CODE}"),
    }
    for field, sections in cases.items():
        with pytest.raises(ValidationError, match="henkilötunnus") as caught:
            services.a3.update_a3(a3.id, a3.version, **sections)
        assert caught.value.field == field
    with pytest.raises(ValidationError, match="henkilötunnus") as caught:
        services.a3.update_a3(
            a3.id, a3.version, actions=[A3ActionDraft("ok"), A3ActionDraft(IDENTITY_CODE)]
        )
    assert caught.value.field == "actions.1.action"
    with pytest.raises(ValidationError, match="henkilötunnus"):
        services.a3.add_action(a3.id, A3ActionDraft("x", owner=IDENTITY_CODE))
    assert services.a3.get(a3.id).version == a3.version  # nothing stored


def test_stale_version_is_a_conflict_and_both_texts_survive(services: Services, team: int) -> None:
    a3 = services.a3.create_a3(team, "A3")
    theirs = services.a3.update_a3(a3.id, a3.version, root_cause="Heidän analyysinsä")
    with pytest.raises(ConflictError) as caught:
        services.a3.update_a3(a3.id, a3.version, root_cause="Minun analyysini")
    assert caught.value.current["root_cause"] == "Heidän analyysinsä"
    assert services.a3.get(a3.id).root_cause == "Heidän analyysinsä"
    # The leader keeps their own text: it is saved over the newer version, and the other
    # text stays readable in the history.
    mine = services.a3.update_a3(a3.id, theirs.version, root_cause="Minun analyysini")
    assert mine.root_cause == "Minun analyysini"
    changes = [c.details.get("root_cause") for c in services.history.of_item("a3_report", a3.id)]
    assert ["Heidän analyysinsä", "Minun analyysini"] in changes


def test_single_action_operations_and_their_conflicts(services: Services, team: int) -> None:
    a3 = services.a3.create_a3(team, "A3")
    row = services.a3.add_action(a3.id, A3ActionDraft("Soita", "Liisa", "2026-01-05"))
    assert row.overdue  # January 2026 is past
    done = services.a3.update_action(
        row.id, row.version, A3ActionDraft("Soita", "Liisa", "2026-01-05", "done")
    )
    assert not done.overdue
    with pytest.raises(ConflictError):
        services.a3.update_action(row.id, row.version, A3ActionDraft("Vanha"))
    services.a3.remove_action(row.id, done.version)
    assert services.a3.get(a3.id).actions == ()
    with pytest.raises(NotFound):
        services.a3.get(10_000)


def test_rows_per_board_and_for_the_organisation(services: Services, team: int) -> None:
    other = services.boards.create_board("OS3", "Osasto 3", "team")
    start = dt.date(2026, 10, 1)
    mine = services.a3.create_a3(team, "Oma", owner="Liisa", started_on=start)
    services.a3.add_action(mine.id, A3ActionDraft("Myöhässä", due_date="2026-10-10"))
    services.a3.add_action(mine.id, A3ActionDraft("Tulossa", due_date="2026-12-10"))
    services.a3.create_a3(other.id, "Toinen", started_on=dt.date(2026, 11, 1))
    today = dt.date(2026, 11, 25)
    rows = services.a3.rows(team, today=today)
    assert [
        (r.title, r.owner, r.phase, r.age_days, r.open_actions, r.overdue_actions) for r in rows
    ] == [("Oma", "Liisa", "plan", 55, 2, 1)]
    everything = services.a3.rows(None, today=today)
    assert [(r.title, r.board_code) for r in everything] == [("Toinen", "OS3"), ("Oma", "OS2")]
    assert services.a3.rows(None, include_done=False, today=today) == everything
