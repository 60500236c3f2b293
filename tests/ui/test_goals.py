"""The goals section on real data: value, target, status in words, badge, and the run chart."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot
from section_helpers import Org, answered, org_fixture  # noqa: F401  (the `org` fixture)

from leanboard.ui.common.theme import WALL
from leanboard.ui.goals.panel import GoalsPanel

MONDAY = dt.date(2026, 6, 1)


def test_measures_show_value_target_status_badge_and_chart(qtbot: QtBot, org: Org) -> None:
    s = org.services
    nps = s.measures.create_measure(
        org.unit.id, "NPS", target=80, direction="higher", frequency="week", inherited=True
    )
    sick = s.measures.create_measure(
        org.team.id, "Sairauspoissaolot", unit="%", target=5, direction="lower", decimals=1
    )
    # NPS: eight weeks well above the rest, then sixteen that cross the median: a shift.
    low = [60, 65, 75, 60, 65, 75, 60, 65, 60, 65, 75, 60, 65, 75, 60, 65]  # median 70
    values = [85.0] * 8 + low
    for week, value in enumerate(values):
        s.measures.record_value(nps.id, org.team.id, MONDAY + dt.timedelta(weeks=week), value)
    s.measures.record_value(sick.id, org.team.id, MONDAY, 4.5)

    panel = GoalsPanel(s, WALL)
    qtbot.addWidget(panel)
    panel.resize(760, 900)
    panel.show()
    panel.show_snapshot(s.view.snapshot(org.team.id, today=MONDAY + dt.timedelta(weeks=24)))
    answered(qtbot)  # charts are made one per turn
    qtbot.waitExposed(panel)

    nps_card, sick_card = panel.cards[nps.id], panel.cards[sick.id]
    assert nps_card.name_label.text() == "NPS"
    assert nps_card.value_label.text() == "65"
    assert nps_card.target_label.text() == "tavoite ≥\u00a080"
    assert nps_card.status_text == "✖ ei tavoitteessa"
    assert not nps_card.badge_label.isHidden()  # set on the unit board above
    assert nps_card.chart.target_line.value() == 80
    assert nps_card.chart.analysis.shift_points == tuple(range(8))
    assert nps_card.chart.signal_text == "◆ Ei-satunnainen muutos: pitkä sarja"
    # Making Data Count on the XmR limits of all 24 points: the target 80 lies inside them.
    assert nps_card.variation_label.text() == "∼ tavallista vaihtelua"
    assert nps_card.assurance_label.text() == "? tavoite täyttyy vain joskus"
    assert not nps_card.assurance_label.isHidden()

    assert sick_card.value_label.text() == "4,5\u00a0%"
    assert sick_card.target_label.text() == "tavoite ≤\u00a05,0\u00a0%"
    assert sick_card.status_text == "✔ tavoitteessa"
    assert sick_card.badge_label.isHidden()
    assert sick_card.chart.signal_text == "Muutosta arvioidaan, kun pisteitä on 10"
    # … which the card leaves to its icon line (below): its lines are for a flagged signal.
    assert not sick_card.chart.signal_label.isVisibleTo(sick_card)
    assert nps_card.chart.signal_label.isVisibleTo(nps_card)
    # One value: neither icon can be told yet, and one line says so.
    assert sick_card.variation_label.text() == "– liian vähän pisteitä arvioon"
    assert sick_card.assurance_label.isHidden()
    qtbot.wait(50)  # let the layout settle before the screenshot
    panel.grab().save("/tmp/test_goals.png")


def test_no_measures_says_so(qtbot: QtBot, org: Org) -> None:
    panel = GoalsPanel(org.services, WALL)
    qtbot.addWidget(panel)
    panel.show_snapshot(org.services.view.snapshot(org.team.id))
    answered(qtbot)  # charts are made one per turn
    assert "Ei mittareita" in panel.empty_label.text()
    assert not panel.cards


def test_a_measure_without_values_shows_no_data(qtbot: QtBot, org: Org) -> None:
    org.services.measures.create_measure(org.team.id, "Saunavuorot", target=10)
    panel = GoalsPanel(org.services, WALL)
    qtbot.addWidget(panel)
    panel.show_snapshot(org.services.view.snapshot(org.team.id))
    answered(qtbot)  # charts are made one per turn
    card = next(iter(panel.cards.values()))
    assert card.value_label.text() == "–"
    assert card.status_text == "– ei tietoa"
    assert card.chart.signal_text == "Ei vielä mittaustuloksia"


def test_nps_card_shows_how_many_answers_after_an_import(qtbot: QtBot, org: Org) -> None:
    s = org.services
    # Week 23 of 2026 (1.–7.6.): five answers, 3 promoters and 1 detractor → NPS 40.
    rows = ["date,score"] + [
        f"2026-06-0{1 + i},{score}" for i, score in enumerate([10, 9, 9, 7, 3])
    ]
    summary = s.imports.import_nps("\n".join(rows).encode(), org.team.code)
    assert summary.answers == 5
    saunas = s.measures.create_measure(org.team.id, "Saunavuorot", target=10)
    s.measures.record_value(saunas.id, org.team.id, MONDAY, 8)
    panel = GoalsPanel(s, WALL)
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()
    panel.show_snapshot(s.view.snapshot(org.team.id, today=MONDAY + dt.timedelta(days=3)))
    answered(qtbot)  # charts are made one per turn
    qtbot.waitExposed(panel)

    cards = {
        (series.measure.name.startswith("NPS"), series.measure.frequency): panel.cards[
            series.measure.id
        ]
        for series in s.measures.series(org.team.id)
    }
    # The import stores the week's and the month's figure, each with its answers.
    for frequency in ("week", "month"):
        card = cards[True, frequency]
        assert card.value_label.text() == "40"
        assert not card.answers_label.isHidden() and card.answers_label.text() == "n = 5"
    # A measure with no answers behind its figures shows no n.
    assert cards[False, "week"].answers_label.isHidden()
    qtbot.wait(50)
    panel.grab().save("/tmp/test_goals_nps.png")
