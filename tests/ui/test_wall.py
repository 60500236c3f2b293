"""Wall mode: full screen with no way out for a passer-by; the leader's PIN opens the menu."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot
from section_helpers import answered

from leanboard.services import Services
from leanboard.services.dto import BoardInfo
from leanboard.ui.wall.window import CORNER_PX, WallWindow


@pytest.fixture
def wall(qtbot: QtBot, services: Services, board: BoardInfo) -> Iterator[WallWindow]:
    window = WallWindow(services, board.id)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    answered(qtbot)
    yield window
    window.leave()


def press_pin(qtbot: QtBot, wall: WallWindow, pin: str) -> None:
    dialog = wall.pin_dialog
    assert dialog is not None and dialog.isVisible()
    for digit in pin:
        qtbot.mouseClick(dialog.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.keys["OK"], Qt.MouseButton.LeftButton)


def test_wall_is_frameless_with_a_touch_sized_corner_button(wall: WallWindow) -> None:
    assert wall.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert wall.corner_button.width() >= 64 and wall.corner_button.height() >= 64
    assert CORNER_PX >= 64
    assert wall.board_view.header.name_label.text() == "Osasto 3 – Päivystys"
    assert wall.board_view.header.path_label.text() == "OS3 · Kotihoidon yksikkö"
    assert "vk " in wall.board_view.header.date_label.text()


def test_escape_and_close_do_not_end_wall_mode(qtbot: QtBot, wall: WallWindow) -> None:
    qtbot.keyClick(wall, Qt.Key.Key_Escape)
    assert wall.isVisible()
    assert wall.close() is False  # what Alt+F4 asks the window to do
    assert wall.isVisible()
    qtbot.keySequence(wall, QKeySequence("Alt+F4"))
    assert wall.isVisible()


def test_exit_asks_for_the_pin_and_refuses_a_wrong_one(
    qtbot: QtBot, services: Services, board: BoardInfo, wall: WallWindow
) -> None:
    services.pins.set_pin(board.id, "2468")
    qtbot.mouseClick(wall.corner_button, Qt.MouseButton.LeftButton)
    press_pin(qtbot, wall, "1111")
    dialog = wall.pin_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.message.text() == "Väärä PIN-koodi."
    assert dialog.display.text() == ""  # the wrong digits are cleared, never shown
    assert wall.menu_dialog is None
    assert wall.isVisible()

    press_pin(qtbot, wall, "2468")
    menu = wall.menu_dialog
    assert menu is not None and menu.isVisible()
    qtbot.mouseClick(menu.leave_button, Qt.MouseButton.LeftButton)
    assert not wall.isVisible()


def test_pin_digits_show_as_dots(
    qtbot: QtBot, services: Services, board: BoardInfo, wall: WallWindow
) -> None:
    services.pins.set_pin(board.id, "2468")
    qtbot.mouseClick(wall.corner_button, Qt.MouseButton.LeftButton)
    dialog = wall.pin_dialog
    assert dialog is not None
    for digit in "246":
        qtbot.mouseClick(dialog.keys[digit], Qt.MouseButton.LeftButton)
    assert dialog.display.text() == "●●●"
    assert all(key.height() >= 64 for key in dialog.keys.values())
    dialog.reject()
    assert wall.isVisible()


def test_a_board_without_pin_opens_the_menu_at_once_and_can_change_board(
    qtbot: QtBot, services: Services, board: BoardInfo, wall: WallWindow
) -> None:
    other = services.boards.create_board("OS4", "Osasto 4 – Kuntoutus", "team")
    qtbot.mouseClick(wall.corner_button, Qt.MouseButton.LeftButton)
    assert wall.pin_dialog is None
    menu = wall.menu_dialog
    assert menu is not None and menu.isVisible()
    rows = [menu.board_list.item(i).text().strip() for i in range(menu.board_list.count())]
    assert "Osasto 4 – Kuntoutus (OS4)" in rows
    menu.board_list.setCurrentRow(rows.index("Osasto 4 – Kuntoutus (OS4)"))
    qtbot.mouseClick(menu.show_button, Qt.MouseButton.LeftButton)
    assert wall.board_id == other.id
    assert wall.board_view.header.name_label.text() == "Osasto 4 – Kuntoutus"
    assert wall.isVisible()


def test_wall_uses_large_type(wall: WallWindow) -> None:
    header = wall.board_view.header
    assert header.name_label.font().pixelSize() >= 34
    assert header.clock_label.font().pixelSize() >= 48
    assert header.clock_label.text().count(".") == 1  # hh.mm, the Finnish way
    assert dt.date.today().strftime("%Y") in header.date_label.text()


def test_a_pause_earned_on_the_wall_is_there_when_the_pad_is_opened_again(
    qtbot: QtBot, services: Services, board: BoardInfo, wall: WallWindow
) -> None:
    services.pins.set_pin(board.id, "2468")
    services.pins.now = lambda: dt.datetime(2026, 11, 24, 8, 0)  # no pause runs out meanwhile
    for pin in ("1111", "3333"):  # the second wrong try in a row earns a pause
        qtbot.mouseClick(wall.corner_button, Qt.MouseButton.LeftButton)
        answered(qtbot)
        press_pin(qtbot, wall, pin)
        answered(qtbot)
        dialog = wall.pin_dialog
        assert dialog is not None
        dialog.reject()  # cancel: in the old pad this forgot the wrong tries
        answered(qtbot)
    qtbot.mouseClick(wall.corner_button, Qt.MouseButton.LeftButton)
    answered(qtbot)
    dialog = wall.pin_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.keys["OK"].isEnabled()
    assert dialog.message.text() == "Odota 1 s ennen seuraavaa yritystä."
    assert services.pins.state(board.id).failures == 2


def test_the_pin_pause_stays_visible_with_its_countdown_until_it_ends(
    qtbot: QtBot, services: Services, board: BoardInfo, wall: WallWindow
) -> None:
    services.pins.set_pin(board.id, "2468")
    qtbot.mouseClick(wall.corner_button, Qt.MouseButton.LeftButton)
    answered(qtbot)
    dialog = wall.pin_dialog
    assert dialog is not None
    # The first wrong try is free, the second earns 1 s, the third (once heard) 2 s.
    for _ in range(3):
        qtbot.waitUntil(lambda: not dialog.waiting, timeout=4000)
        press_pin(qtbot, wall, "1111")
        answered(qtbot)
    assert dialog.waiting
    first = dialog.message.text()
    assert first == "Väärä PIN-koodi. Odota 2 s ennen seuraavaa yritystä."
    assert not dialog.keys["OK"].isEnabled() and dialog.keys["OK"].text() == "2 s"
    # The next digit does not wipe the wait away (it did: issue 16).
    qtbot.mouseClick(dialog.keys["2"], Qt.MouseButton.LeftButton)
    assert dialog.message.text() == first
    qtbot.waitUntil(lambda: dialog.message.text() != first, timeout=2000)  # counting down
    assert dialog.message.text() == "Väärä PIN-koodi. Odota 1 s ennen seuraavaa yritystä."
    assert dialog.keys["OK"].text() == "1 s"
    qtbot.waitUntil(lambda: not dialog.waiting, timeout=4000)
    assert dialog.message.text() == "" and dialog.keys["OK"].isEnabled()
    assert dialog.keys["OK"].text() == "OK"
    for digit in "468":
        qtbot.mouseClick(dialog.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.keys["OK"], Qt.MouseButton.LeftButton)
    answered(qtbot)
    assert wall.menu_dialog is not None  # the digit typed during the pause counts
    wall.menu_dialog.reject()
