"""A leader marks the chart on the desktop; the wall shows it (real SQLite, offscreen Qt)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from leanboard.services import Services
from leanboard.services.dto import BoardInfo
from leanboard.ui.board.view import BoardView
from leanboard.ui.common import theme
from leanboard.ui.goals.chart_dialog import MeasureChartDialog
from leanboard.ui.goals.panel import GoalsPanel

MONDAY = dt.date(2026, 6, 1)
# 12 weeks around 10, then 12 around 15 after a change in the way of working.
VALUES = [
    10,
    11,
    9,
    10,
    12,
    8,
    10,
    11,
    9,
    10,
    12,
    9,
    15,
    16,
    14,
    15,
    17,
    13,
    15,
    16,
    14,
    15,
    16,
    14,
]


@pytest.fixture
def today() -> dt.date:
    return MONDAY + dt.timedelta(weeks=len(VALUES))


@pytest.fixture
def measure(services: Services, board: BoardInfo) -> int:
    m = services.measures.create_measure(board.id, "Ulkoilu", unit="h/vko", target=15)
    for week, value in enumerate(VALUES):
        services.measures.record_value(m.id, board.id, MONDAY + dt.timedelta(weeks=week), value)
    return m.id


def chart_dialog(qtbot: QtBot, services: Services, board: BoardInfo, measure: int,
                 settle: Callable[[], None]) -> MeasureChartDialog:  # fmt: skip
    dialog = MeasureChartDialog(services, board.id, measure)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    return dialog


def choose_period(dialog: MeasureChartDialog, key: str) -> None:
    index = dialog.period_combo.findData(key)
    assert index >= 0, key
    dialog.period_combo.setCurrentIndex(index)


def wall_card_chart(view: BoardView, measure: int) -> object:
    panel = view.sections["goals"]
    assert isinstance(panel, GoalsPanel)
    return panel.cards[measure]


def test_a_note_made_on_the_desktop_shows_on_the_wall_chart(
    qtbot: QtBot,
    services: Services,
    board: BoardInfo,
    measure: int,
    make_view: Callable[..., BoardView],
    settle: Callable[[], None],
) -> None:
    wall = make_view(board.id, theme.WALL)
    card = wall_card_chart(wall, measure)
    assert card.chart.notes == ()  # type: ignore[attr-defined]

    dialog = chart_dialog(qtbot, services, board, measure, settle)
    choose_period(dialog, "2026-W35")  # the 13th week: the first after the change
    dialog.note_edit.setText("PDSA 1: ulkoiluvuorot aamupäivään")  # QTest types ASCII only
    qtbot.mouseClick(dialog.note_button, _left())
    settle()
    assert dialog.note_edit.text() == ""  # saved, and the field is free for the next one
    assert [dialog.marks_list.item(i).text() for i in range(dialog.marks_list.count())] == [
        "✎ 2026-W35: PDSA 1: ulkoiluvuorot aamupäivään"
    ]

    wall.refresh()
    settle()
    card = wall_card_chart(wall, measure)
    assert card.chart.notes == ((12, 1),)  # type: ignore[attr-defined]
    # A tap on the card opens the goal with the note's whole text.
    panel = wall.sections["goals"]
    assert isinstance(panel, GoalsPanel)
    qtbot.mouseClick(card, _left())  # type: ignore[arg-type]
    assert panel.goal_card is not None
    assert [label.text() for label in panel.goal_card.note_lines] == [
        "1  vk 35: PDSA 1: ulkoiluvuorot aamupäivään"
    ]


def test_a_note_with_an_identity_code_stays_in_the_field_with_a_message(
    qtbot: QtBot, services: Services, board: BoardInfo, measure: int, settle: Callable[[], None]
) -> None:
    dialog = chart_dialog(qtbot, services, board, measure, settle)
    qtbot.keyClicks(dialog.note_edit, "kaatui 010594Y9032")
    qtbot.mouseClick(dialog.note_button, _left())
    settle()
    assert "henkilötunnus" in dialog.error_label.text()
    assert dialog.note_edit.text() == "kaatui 010594Y9032"
    assert services.measures.series(board.id)[0].annotations == ()


def test_starting_a_phase_draws_two_medians(
    qtbot: QtBot,
    services: Services,
    board: BoardInfo,
    measure: int,
    make_view: Callable[..., BoardView],
    settle: Callable[[], None],
) -> None:
    wall = make_view(board.id, theme.WALL)
    before = wall_card_chart(wall, measure).chart  # type: ignore[attr-defined]
    assert before.phase_medians == [12.5]
    assert "Ei-satunnainen muutos" in before.signal_text  # the change itself is a long run

    dialog = chart_dialog(qtbot, services, board, measure, settle)
    choose_period(dialog, "2026-W35")
    qtbot.mouseClick(dialog.phase_button, _left())
    settle()
    assert dialog.run_chart.phase_medians == [10.0, 15.0]

    wall.refresh()
    settle()
    chart = wall_card_chart(wall, measure).chart  # type: ignore[attr-defined]
    assert chart.phase_medians == [10.0, 15.0]
    assert not chart.median_line.isVisible()  # one median line per phase instead
    # Judged against its own median, the new phase shows no signal any more.
    assert "Ei-satunnainen muutos" not in chart.signal_text
    assert chart.analysis.median == 15.0 and not chart.analysis.signal

    # The control chart view has limits for each phase, and names its points by period
    # (weeks 23–46 of 2026), the newest always, not by their number.
    dialog.view_combo.setCurrentIndex(1)
    assert dialog.control_chart.isVisible()
    settle()
    ticks = dialog.control_chart.ticks
    assert ticks[-1] == (23, "vk 46") and len(ticks) >= 6
    assert all(label == f"vk {23 + index}" for index, label in ticks)
    axis = dialog.control_chart.plot.getPlotItem().getAxis("bottom")
    assert axis._tickLevels == [ticks]  # what pyqtgraph draws


def _left() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
