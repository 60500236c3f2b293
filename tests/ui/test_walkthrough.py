"""A new organisation built from the desk, as a leader does it on an empty database.

The first board in the first-start dialog; then, from the Taulu menu and the tree's context
menu, an area under it, a unit under the area, two wards under the unit; a ward added at the
top by mistake moved under the unit (its own place not offered as a parent); one ward archived;
and the unit's roll-up showing the wards it has now, with an escalated problem where it waits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from leanboard.services import Services
from leanboard.ui.admin.board_dialogs import MoveBoardDialog, NewBoardDialog
from leanboard.ui.admin.first_start import FirstStartDialog
from leanboard.ui.common import ops
from leanboard.ui.desk.main_window import MainWindow
from leanboard.ui.rollup.panel import RollupPanel

if TYPE_CHECKING:
    from tests.ui.conftest import MessageBoxes


def settle(qtbot: QtBot) -> None:
    qtbot.waitUntil(ops.idle, timeout=15000)


def fill_new_board(qtbot: QtBot, dialog: QDialog, name: str, code: str) -> str:
    """Type a new board's name and code, save; return the tier the dialog proposed."""
    assert isinstance(dialog, NewBoardDialog)
    settle(qtbot)
    dialog.name_edit.setText(name)
    QTest.keyClicks(dialog.code_edit, code)
    kind = str(dialog.kind_combo.currentData())
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=15000)
    return kind


def choose(window: MainWindow, qtbot: QtBot, code: str) -> int:
    board = next(b for b in window.boards if b.code == code)
    window.select_board(board.id)
    qtbot.waitUntil(lambda: window.board_view.snapshot is not None and ops.idle())
    return board.id


def test_build_move_archive_and_see_the_rollup(
    qtbot: QtBot, services: Services, messages: MessageBoxes
) -> None:
    # An empty database: the first board from the welcome dialog.
    assert services.boards.count() == 0
    first = FirstStartDialog(services)
    qtbot.addWidget(first)
    first.show()
    assert "sqlite:" not in first.place_label.text() and "board.db" in first.place_label.text()
    first.name_edit.setText("Järvilaakson kuntayhtymä")  # keyClicks aborts on ä in PySide6
    QTest.keyClicks(first.code_edit, "KY")
    first.kind_combo.setCurrentIndex(first.kind_combo.findData("organisation"))
    first.create_button.click()
    qtbot.waitUntil(lambda: first.result() == QDialog.DialogCode.Accepted, timeout=15000)

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitUntil(lambda: bool(window.boards) and ops.idle(), timeout=15000)
    assert window.tree_order() == [(0, "Järvilaakson kuntayhtymä")]
    actions = window.tree_actions

    # The area under the organisation, from the Taulu menu: the tier is proposed.
    choose(window, qtbot, "KY")
    window.board_menu.menu.aboutToShow.emit()  # the menu aims at the board shown
    actions.add_below_action.trigger()
    assert fill_new_board(qtbot, actions.dialog, "Ikäihmisten palvelut", "IKA") == "area"
    settle(qtbot)

    # The unit under the area, from the tree's context menu on the area's row.
    area_item = window.tree_item(next(b.id for b in window.boards if b.code == "IKA"))
    assert area_item is not None
    menu = actions.show_context_menu(window.tree.visualItemRect(area_item).center())
    assert actions.target == area_item.data(0, 256)  # Qt.UserRole: the row under the pointer
    menu.close()
    actions.add_below_action.trigger()
    assert fill_new_board(qtbot, actions.dialog, "Kotikallion hoivakoti", "KK") == "unit"
    settle(qtbot)

    # Two wards under the unit.
    unit = choose(window, qtbot, "KK")
    for name, code in (("Osasto 1", "OS1"), ("Osasto 2", "OS2")):
        actions.aim(unit)
        actions.add_below_action.trigger()
        assert fill_new_board(qtbot, actions.dialog, name, code) == "team"
        settle(qtbot)
    # A third ward added at the top by mistake.
    actions.add_top_action.trigger()
    assert fill_new_board(qtbot, actions.dialog, "Osasto 3", "OS3") == "organisation"
    settle(qtbot)
    assert window.tree_order() == [
        (0, "Järvilaakson kuntayhtymä"),
        (1, "Ikäihmisten palvelut"),
        (2, "Kotikallion hoivakoti"),
        (3, "Osasto 1"),
        (3, "Osasto 2"),
        (0, "Osasto 3"),
    ]

    # Moving the unit: its own wards are not offered as its parent.
    actions.aim(unit)
    actions.move_action.trigger()
    unit_move = actions.dialog
    assert isinstance(unit_move, MoveBoardDialog)
    settle(qtbot)
    offered = [unit_move.parent_combo.itemText(i) for i in range(unit_move.parent_combo.count())]
    assert not any("OS1" in text or "OS2" in text or "(KK)" in text for text in offered)
    unit_move.reject()

    # The ward at the top moves under the unit.
    ward3 = choose(window, qtbot, "OS3")
    problem = services.problems.create_problem(ward3, "S", "Nostolaite rikki")
    actions.aim(ward3)
    actions.move_action.trigger()
    move = actions.dialog
    assert isinstance(move, MoveBoardDialog)
    settle(qtbot)
    move.parent_combo.setCurrentIndex(move.parent_combo.findData(unit))
    move.save_button.click()
    qtbot.waitUntil(lambda: not isValid(move) or not move.isVisible(), timeout=15000)
    settle(qtbot)
    assert services.boards.get(ward3).parent_id == unit
    # Now it has a tier above: its problem can be escalated to the unit.
    services.problems.escalate_problem(problem.id, problem.version, "Tarvitaan uusi")

    # One ward archived (the question answered yes).
    messages.answer = True
    ward2 = choose(window, qtbot, "OS2")
    actions.aim(ward2)
    actions.archive_action.trigger()
    settle(qtbot)
    assert "Arkistoidaanko taulu Osasto 2 (OS2)?" in messages.texts("ask")[-1]
    assert window.tree_order() == [
        (0, "Järvilaakson kuntayhtymä"),
        (1, "Ikäihmisten palvelut"),
        (2, "Kotikallion hoivakoti"),
        (3, "Osasto 1"),
        (3, "Osasto 3"),
    ]

    # The unit's roll-up: the wards it has now, the escalation waiting where it came from.
    choose(window, qtbot, "KK")
    view = window.board_view
    assert "below" in view.pages
    view.show_page("below")
    settle(qtbot)
    panel = view.sections["rollup"]
    assert isinstance(panel, RollupPanel)
    ids = {b.code: b.id for b in services.boards.list_boards()}
    assert sorted(x for x in panel.row_board_ids() if x is not None) == sorted(
        [ids["OS1"], ids["OS3"]]
    )
    row = panel.row_board_ids().index(ids["OS3"])
    waiting_column = next(
        c
        for c in range(panel.table.columnCount())
        if "Eskaloitu" in panel.table.horizontalHeaderItem(c).text()
    )
    assert panel.table.item(row, waiting_column).text().startswith("⇧ 1")
    window.grab().save("/tmp/test_walkthrough_rollup.png")
