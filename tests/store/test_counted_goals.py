"""Values as people count them: a week's value for a weekly goal, a month's for a monthly one,
and goals counted from the safety events (falls per month) once the leader links them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from leanboard import i18n
from leanboard.domain.errors import ImportRefused, ValidationError
from leanboard.services import Services
from leanboard.services.dto import MeasureInfo
from leanboard.store.database import Database

TODAY = dt.date(2026, 11, 25)  # Wednesday of week 48


@pytest.fixture
def services(database: Database) -> Iterator[Services]:
    yield Services(database)


@pytest.fixture
def tree(services: Services) -> dict[str, int]:
    unit = services.boards.create_board("U1", "Hoivakoti", "unit")
    t1 = services.boards.create_board("T1", "Osasto 1", "team", unit.id)
    t2 = services.boards.create_board("T2", "Osasto 2", "team", unit.id)
    return {"U1": unit.id, "T1": t1.id, "T2": t2.id}


def event(services: Services, board: int, kind: str, severity: str, day: dt.date) -> int:
    return services.safety.record_event(board, kind, severity, day, today=TODAY).id


def points(services: Services, measure: MeasureInfo, board: int) -> list[tuple[str, float]]:
    series = {x.measure.id: x for x in services.measures.series(board, until=TODAY)}
    return [(p.period_key, p.value) for p in series[measure.id].points]


@pytest.fixture
def falls(services: Services, tree: dict[str, int]) -> MeasureInfo:
    """Falls per month, set on the unit and handed down, counted from the safety cross."""
    goal = services.measures.create_measure(
        tree["U1"], "Kaatumiset", target=2, direction="lower", frequency="month", inherited=True
    )
    event(services, tree["T1"], "fall", "near_miss", dt.date(2026, 9, 30))
    event(services, tree["T1"], "fall", "harm", dt.date(2026, 10, 20))
    event(services, tree["T1"], "fall", "near_miss", dt.date(2026, 11, 3))
    event(services, tree["T1"], "medication", "harm", dt.date(2026, 11, 4))
    return services.measures.link_safety(goal.id, goal.version, "fall")


def test_a_linked_goal_counts_the_events_of_its_kind_per_month(
    services: Services, tree: dict[str, int], falls: MeasureInfo
) -> None:
    assert falls.counted and falls.safety_kind_code == "fall"
    # From the month of the board's first event up to this month; the medication error
    # does not count; October's harm and September's near miss each in their own month.
    assert points(services, falls, tree["T1"]) == [
        ("2026-09", 1.0),
        ("2026-10", 1.0),
        ("2026-11", 1.0),
    ]
    # A board with no events yet: this month, 0 (not "no value").
    assert points(services, falls, tree["T2"]) == [("2026-11", 0.0)]
    assert [p.value for p in services.measures.values(falls.id, tree["T1"], today=TODAY)] == [
        1.0,
        1.0,
        1.0,
    ]


def test_a_count_follows_every_change_of_the_events(
    services: Services, tree: dict[str, int], falls: MeasureInfo
) -> None:
    later = event(services, tree["T1"], "fall", "harm", dt.date(2026, 11, 24))
    assert points(services, falls, tree["T1"])[-1] == ("2026-11", 2.0)
    services.safety.archive_event(later)
    assert points(services, falls, tree["T1"])[-1] == ("2026-11", 1.0)
    harm_only = services.measures.link_safety(falls.id, falls.version, "fall", "harm")
    assert points(services, harm_only, tree["T1"]) == [
        ("2026-09", 0.0),
        ("2026-10", 1.0),
        ("2026-11", 0.0),
    ]


def test_weekly_counts_fall_into_iso_weeks(services: Services, tree: dict[str, int]) -> None:
    goal = services.measures.create_measure(tree["T2"], "Uhkatilanteet", direction="lower")
    goal = services.measures.link_safety(goal.id, goal.version, "threat")
    event(services, tree["T2"], "threat", "near_miss", dt.date(2026, 11, 15))  # Sunday, W46
    event(services, tree["T2"], "threat", "harm", dt.date(2026, 11, 16))  # Monday, W47
    event(services, tree["T2"], "threat", "harm", dt.date(2026, 11, 22))  # Sunday, W47
    assert points(services, goal, tree["T2"]) == [
        ("2026-W46", 1.0),
        ("2026-W47", 2.0),
        ("2026-W48", 0.0),
    ]


def test_a_counted_goal_takes_no_value_by_hand_or_from_a_file(
    services: Services, tree: dict[str, int], falls: MeasureInfo
) -> None:
    with pytest.raises(ValidationError, match="lasketaan turvallisuustapahtumista"):
        services.measures.record_value(falls.id, tree["T1"], "2026-11", 3, today=TODAY)
    with pytest.raises(ImportRefused) as refused:
        services.imports.import_kpi("board;measure;period;value\nT1;Kaatumiset;2026-11;3\n")
    assert "lasketaan taulun T1 turvallisuustapahtumista" in refused.value.problems[0][1]


def test_unlinking_brings_back_the_values_entered_by_hand(
    services: Services, tree: dict[str, int]
) -> None:
    goal = services.measures.create_measure(tree["T1"], "Kaatumiset", frequency="month")
    services.measures.record_value(goal.id, tree["T1"], "2026-10", 7, today=TODAY)
    linked = services.measures.link_safety(goal.id, goal.version, "fall")
    assert points(services, linked, tree["T1"]) == [("2026-11", 0.0)]
    unlinked = services.measures.link_safety(linked.id, linked.version, None)
    assert not unlinked.counted and unlinked.safety_severity is None
    assert points(services, unlinked, tree["T1"]) == [("2026-10", 7.0)]
    with pytest.raises(ValidationError, match="Tuntematon tapahtumatyyppi: juoksu"):
        services.measures.link_safety(goal.id, unlinked.version, "juoksu")


def test_the_rollup_judges_a_counted_goal_by_this_periods_count(
    services: Services, tree: dict[str, int], falls: MeasureInfo
) -> None:
    for day in (2, 9, 16):
        event(services, tree["T2"], "fall", "near_miss", dt.date(2026, 11, day))
    rollup = services.rollup.rollup(tree["U1"], TODAY)
    assert rollup is not None
    rows = {r.board.code: r for r in rollup.rows}
    assert (rows["T1"].goals_on_target, rows["T1"].goals_off_target) == (1, 0)  # 1 ≤ 2
    assert (rows["T2"].goals_on_target, rows["T2"].goals_off_target) == (0, 1)  # 3 > 2
    cells = {c.board_code: c for c in rollup.goals[0].cells}
    assert (cells["T1"].period_key, cells["T1"].value) == ("2026-11", 1.0)
    assert (cells["T2"].period_key, cells["T2"].value) == ("2026-11", 3.0)


# --- entering a value for a week or a month ------------------------------------------------------


def test_the_picker_offers_weeks_for_a_weekly_goal_and_months_for_a_monthly_one(
    services: Services, tree: dict[str, int]
) -> None:
    weekly = services.measures.create_measure(tree["T1"], "Tavoitettavuus")
    monthly = services.measures.create_measure(tree["T1"], "Sairauspoissaolot", frequency="month")
    weeks = services.measures.value_periods(weekly.id, dt.date(2026, 12, 6), 3)
    assert [(w.key, w.label) for w in weeks] == [
        ("2026-W49", "vk 49 · 30.11.–6.12.2026"),
        ("2026-W48", "vk 48 · 23.11.–29.11.2026"),
        ("2026-W47", "vk 47 · 16.11.–22.11.2026"),
    ]
    months = services.measures.value_periods(monthly.id, dt.date(2027, 1, 2))
    assert [(m.key, m.label) for m in months[:2]] == [
        ("2027-01", "tammikuu 2027"),
        ("2026-12", "joulukuu 2026"),
    ]
    assert len(months) == 24 and len(services.measures.value_periods(weekly.id, TODAY)) == 53
    i18n.set_language("sv")
    try:
        sv = services.measures.value_periods(weekly.id, dt.date(2026, 12, 31), 1)[0].label
        sv_month = services.measures.value_periods(monthly.id, TODAY, 1)[0].label
    finally:
        i18n.set_language("fi")
    assert (sv, sv_month) == ("v. 53 · 28.12.–3.1.2027", "november 2026")


def test_a_value_is_stored_for_the_goals_own_period_and_not_before_it_begins(
    services: Services, tree: dict[str, int]
) -> None:
    weekly = services.measures.create_measure(tree["T1"], "Tavoitettavuus")
    monthly = services.measures.create_measure(tree["T1"], "Sairauspoissaolot", frequency="month")
    # A day given falls into the goal's week or month.
    assert (
        services.measures.record_value(weekly.id, tree["T1"], TODAY, 90, today=TODAY).period_key
        == "2026-W48"
    )
    assert (
        services.measures.record_value(monthly.id, tree["T1"], TODAY, 4, today=TODAY).period_key
        == "2026-11"
    )
    with pytest.raises(ValidationError, match="jakso on kuukausi") as wrong:
        services.measures.record_value(monthly.id, tree["T1"], "2026-W48", 4, today=TODAY)
    assert wrong.value.field == "period"
    with pytest.raises(ValidationError, match="2026-W49 ei ole vielä alkanut"):
        services.measures.record_value(weekly.id, tree["T1"], "2026-W49", 90, today=TODAY)
    with pytest.raises(ValidationError, match="2026-12 ei ole vielä alkanut"):
        services.measures.record_value(monthly.id, tree["T1"], "2026-12", 4, today=TODAY)


# --- with the chart marks and the roll-up's icons ----------------------------------------------


def test_a_counted_goals_frozen_baseline_and_rollup_icons_come_from_its_counts(
    services: Services, tree: dict[str, int]
) -> None:
    """A counted goal has no stored values: its frozen baseline and the roll-up's MDC icons are
    its counts, as its own chart shows them (not an empty series)."""
    from leanboard.domain.presentation import mdc_keys
    from leanboard.services.charting import series_chart

    goal = services.measures.create_measure(
        tree["U1"], "Kaatumiset", target=3, direction="lower", frequency="month", inherited=True
    )
    goal = services.measures.link_safety(goal.id, goal.version, "fall")
    # One fall a month from June 2025, two in October 2026: seventeen months counted.
    for months in range(17):
        month = dt.date(2025 + (5 + months) // 12, (5 + months) % 12 + 1, 10)
        for _ in range(2 if month == dt.date(2026, 10, 10) else 1):
            event(services, tree["T1"], "fall", "near_miss", month)
    freeze = services.marks.freeze_baseline(goal.id, tree["T1"], "2026-06")
    assert [(p.period_key, p.value) for p in freeze.baseline][:2] == [
        ("2025-06", 1.0),
        ("2025-07", 1.0),
    ]
    assert len(freeze.baseline) == 13 and freeze.baseline[-1].period_key == "2026-06"

    (series,) = [x for x in services.measures.series(tree["T1"], until=TODAY)]
    (mark,) = series.marks
    assert mark.baseline == freeze.baseline
    rollup = services.rollup.rollup(tree["U1"], TODAY)
    assert rollup is not None
    cells = {c.board_code: c for c in rollup.goals[0].cells}
    wall = series_chart(series).mdc
    assert (cells["T1"].variation, cells["T1"].assurance) == mdc_keys(
        wall.variation, wall.assurance
    )
    assert cells["T1"].variation != "none"  # 13 counted months frozen: the chart can tell
