"""The desktop window: the board tree in order, searchable, and the chosen board beside it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from section_helpers import answered

from leanboard.services import Services
from leanboard.ui.admin.first_start import FirstStartDialog
from leanboard.ui.desk.main_window import MainWindow
from leanboard.ui.rollup.panel import RollupPanel

if TYPE_CHECKING:
    from tests.ui.conftest import MessageBoxes


@pytest.fixture
def organisation(services: Services) -> dict[str, int]:
    """A small tree whose names are not in alphabetical order across tiers."""
    ids: dict[str, int] = {}
    org = services.boards.create_board("KY", "Ylä-Savon kuntayhtymä", "organisation")
    area = services.boards.create_board("PA", "Ikäihmisten palvelut", "area", parent_id=org.id)
    unit = services.boards.create_board("YKS", "Vuorikoti", "unit", parent_id=area.id)
    ids["org"], ids["area"], ids["unit"] = org.id, area.id, unit.id
    ids["b"] = services.boards.create_board("OS-B", "Osasto B", "team", parent_id=unit.id).id
    ids["a"] = services.boards.create_board(
        "OS-A", "Osasto A – Äänekäs", "team", parent_id=unit.id
    ).id
    ids["health"] = services.boards.create_board("TK", "Terveysasema", "unit", parent_id=org.id).id
    return ids


@pytest.fixture
def window(qtbot: QtBot, services: Services, organisation: dict[str, int]) -> Iterator[MainWindow]:
    main = MainWindow(services)
    qtbot.addWidget(main)
    main.show()
    answered(qtbot)
    yield main


def test_boards_are_listed_in_tree_order(window: MainWindow) -> None:
    assert window.tree_order() == [
        (0, "Ylä-Savon kuntayhtymä"),
        (1, "Ikäihmisten palvelut"),
        (2, "Vuorikoti"),
        (3, "Osasto A – Äänekäs"),
        (3, "Osasto B"),
        (1, "Terveysasema"),
    ]


def test_first_team_board_is_shown_and_another_can_be_chosen(
    qtbot: QtBot, window: MainWindow, organisation: dict[str, int]
) -> None:
    assert window.board_view.board_id == organisation["a"]
    assert "Osasto A – Äänekäs (OS-A)" in window.windowTitle()
    window.select_board(organisation["health"])
    answered(qtbot)
    assert window.board_view.board_id == organisation["health"]
    assert window.board_view.header.name_label.text() == "Terveysasema"
    assert window.windowTitle().startswith("Terveysasema (TK)")
    assert set(window.board_view.sections) == {
        "goals",
        "mood",
        "ideas",
        "sqdc",
        "safety",
        "a3",
        "huddle",
    }


def test_search_keeps_the_path_to_matches(window: MainWindow) -> None:
    window.search.setText("osasto b")
    assert window.tree_order() == [
        (0, "Ylä-Savon kuntayhtymä"),
        (1, "Ikäihmisten palvelut"),
        (2, "Vuorikoti"),
        (3, "Osasto B"),
    ]
    window.search.setText("tk")  # codes match too
    assert window.tree_order() == [(0, "Ylä-Savon kuntayhtymä"), (1, "Terveysasema")]
    window.search.clear()
    assert len(window.tree_order()) == 6


def test_file_menu_has_quit(window: MainWindow) -> None:
    menu = window.menuBar().actions()[0]
    assert menu.text().replace("&", "") == "Tiedosto"
    texts = [a.text().replace("&", "") for a in menu.menu().actions()]  # type: ignore[attr-defined]
    assert "Lopeta" in texts
    window.quit_action.trigger()
    assert not window.isVisible()


def test_first_start_creates_a_board_and_never_loads_the_demo_unasked(
    qtbot: QtBot, services: Services, messages: MessageBoxes
) -> None:
    dialog = FirstStartDialog(services)
    qtbot.addWidget(dialog)
    messages.answer = False  # "Ladataanko esittelyaineisto …?" — No
    dialog.load_demo()
    answered(qtbot)
    assert services.boards.count() == 0
    assert "esittelyaineisto" in messages.texts("ask")[0]
    dialog.name_edit.setText("Osasto 7")
    dialog.code_edit.setText("os 7!")
    dialog.create_board()
    answered(qtbot)
    assert dialog.error_label.isVisibleTo(dialog)  # a bad code is explained at the form
    assert dialog.name_edit.text() == "Osasto 7"
    dialog.code_edit.setText("OS7")
    dialog.create_board()
    answered(qtbot)
    assert [b.code for b in services.boards.list_boards()] == ["OS7"]
    assert dialog.created is not None and dialog.created.kind == "team"


def test_the_tree_follows_a_drill_down_from_the_roll_up_without_a_second_load(
    qtbot: QtBot, window: MainWindow, organisation: dict[str, int]
) -> None:
    view = window.board_view
    window.select_board(organisation["unit"])
    answered(qtbot)
    view.show_page("below")
    panel = view.sections["rollup"]
    assert isinstance(panel, RollupPanel)
    row = panel.row_board_ids().index(organisation["b"])
    loads = view.refresh_count
    rect = panel.table.visualRect(panel.table.model().index(row, 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert view.board_id == organisation["b"]
    assert view.refresh_count == loads + 1  # the tree's new row did not load the board again
    current = window.tree.currentItem()
    assert current is not None and current.text(0) == "Osasto B"
    assert window.windowTitle().startswith("Osasto B (OS-B)")
    assert view.back_button.isVisible()  # the way back survives the tree following

    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert view.board_id == organisation["unit"] and view.refresh_count == loads + 2
    current = window.tree.currentItem()
    assert current is not None and current.text(0) == "Vuorikoti"
    # Choosing a row in the tree still opens its board.
    window.select_board(organisation["a"])
    assert view.board_id == organisation["a"] and not view.back_button.isVisible()
