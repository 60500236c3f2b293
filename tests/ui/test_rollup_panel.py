"""The roll-up page of a unit board: what its rows say, and drilling down to a team and back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from leanboard.services import Services
from leanboard.ui.board.view import BoardView
from leanboard.ui.common.theme import WALL
from leanboard.ui.rollup.panel import RollupPanel


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None, f"no cell at {row}, {column}"
    return item.text()


def header(table: QTableWidget, column: int) -> str:
    item = table.horizontalHeaderItem(column)
    assert item is not None
    return item.text()


def test_rows_say_who_needs_help_and_a_tap_opens_the_team_back_returns(
    qtbot: QtBot, services: Services, make_view: Callable[..., BoardView], today: dt.date
) -> None:
    unit = services.boards.create_board("YKS", "Kotihoidon yksikkö", "unit")
    calm = services.boards.create_board("T-KALLIO", "Kallion tiimi", "team", unit.id)
    busy = services.boards.create_board("T-RANTA", "Rannan tiimi", "team", unit.id)
    small = services.boards.create_board("T-PIKKU", "Pikkutiimi", "team", unit.id)
    for score in (8, 8, 9, 7, 8, 8):
        services.mood.record_mood_vote(calm.id, score, today)
    for score in (6, 7, 6, 7, 6):
        services.mood.record_mood_vote(busy.id, score, today)
    services.mood.record_mood_vote(small.id, 2, today)  # one vote: never shown
    services.safety.record_event(busy.id, "fall", "harm", day=today, today=today)
    services.problems.create_problem(busy.id, "S", "Liukas piha")

    view = make_view(unit.id, WALL)
    assert "below" in view.pages and view.tabs["below"].isVisible()
    qtbot.mouseClick(view.tabs["below"], Qt.MouseButton.LeftButton)
    panel = view.sections["rollup"]
    assert isinstance(panel, RollupPanel) and panel.isVisible()
    table = panel.table
    assert [cell(table, i, 0).split("\n")[0] for i in range(table.rowCount())] == [
        "Rannan tiimi",  # a harm event this week: first
        "Kallion tiimi",
        "Pikkutiimi",
        "Yhteensä",
    ]
    # (Missed huddles follow, on the weekdays of this week before today.)
    assert cell(table, 0, 1).split("\n")[0] == "■ haitta 1"
    assert cell(table, 0, 2) == "6,4 (5)"
    assert cell(table, 1, 2) == "8,0 (6)"
    assert cell(table, 2, 2) == "– liian vähän (1)"
    # The unit's total would give Pikkutiimi's one vote away by subtraction: hidden too.
    assert cell(table, 3, 2) == "– suojattu (12)"
    assert cell(table, 0, 4) == "S 1 · Q 0\nD 0 · C 0"
    assert cell(table, 0, 6).startswith("vk ■ 1 ▲ 0")
    qtbot.wait(50)
    view.grab().save("/tmp/test_rollup_unit.png")

    # Drill down: a tap on Rannan tiimi's row opens its board; Back returns to the unit.
    rect = table.visualRect(table.model().index(0, 0))
    with qtbot.waitSignal(panel.board_chosen, timeout=1000) as chosen:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert chosen.args == [busy.id]
    assert view.board_id == busy.id
    assert view.header.name_label.text() == "Rannan tiimi"
    assert view.back_button.isVisible()
    assert not view.tabs["below"].isVisible()  # a team has no boards below it
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert view.board_id == unit.id and view.current_page == "below"
    assert not view.back_button.isVisible()
    panel = view.sections["rollup"]
    assert isinstance(panel, RollupPanel)
    # The total row opens nothing.
    total = panel.table.visualRect(panel.table.model().index(3, 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=total.center())
    assert view.board_id == unit.id


def test_goal_handed_down_is_compared_across_the_teams(
    qtbot: QtBot, services: Services, make_view: Callable[..., BoardView]
) -> None:
    unit = services.boards.create_board("YKS", "Kotihoidon yksikkö", "unit")
    a = services.boards.create_board("T-A", "Tiimi A", "team", unit.id)
    b = services.boards.create_board("T-B", "Tiimi B", "team", unit.id)
    nps = services.measures.create_measure(
        unit.id, "NPS", target=80, direction="higher", frequency="month", inherited=True
    )
    services.measures.record_value(nps.id, a.id, "2026-10", 85)
    services.measures.record_value(nps.id, b.id, "2026-10", 61)
    view = make_view(unit.id, WALL)
    view.show_page("below")
    panel = view.sections["rollup"]
    assert isinstance(panel, RollupPanel)
    goals = panel.goals_table
    assert panel.goals_label.isVisible() and goals.isVisible()
    assert cell(goals, 0, 0) == "NPS (≥ 80)"
    headers = [header(goals, i) for i in range(goals.columnCount())]
    cells = {h: cell(goals, 0, i) for i, h in enumerate(headers) if i}
    assert cells["T-A"].startswith("✔ 85") and cells["T-B"].startswith("✖ 61")
    assert cells["T-B"].endswith("0/1 tavoitteessa")
