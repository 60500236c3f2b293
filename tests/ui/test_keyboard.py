"""The wall's on-screen keyboard: it opens for the wall's text fields, types into one-line and
multi-line fields with real key events (å ä ö, Shift, ⌫, space, ↵), never covers the field
it types into, hides on request and comes back on a tap; the desktop has none."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QVBoxLayout
from pytestqt.qtbot import QtBot
from section_helpers import answered, open_wall
from wall_touch import tap, type_on

from leanboard.services import Services
from leanboard.services.dto import BoardInfo
from leanboard.ui.common import theme
from leanboard.ui.common.keyboard import OnScreenKeyboard
from leanboard.ui.common.touch_card import TouchCard
from leanboard.ui.desk.main_window import MainWindow
from leanboard.ui.mood.quick_idea import QuickIdeaDialog
from leanboard.ui.wall.window import WallWindow

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def wall(qtbot: QtBot, services: Services, board: BoardInfo) -> Iterator[WallWindow]:
    window = open_wall(qtbot, services, board.id, TODAY)
    yield window
    window.leave()


def open_idea(
    qtbot: QtBot, wall: WallWindow, services: Services, board: BoardInfo
) -> QuickIdeaDialog:
    dialog = QuickIdeaDialog(services, board.id, theme.WALL, wall)
    dialog.open()
    qtbot.waitUntil(lambda: wall.keyboard.shown, timeout=2000)
    return dialog


def test_the_field_of_a_card_opens_the_keyboard_and_it_types_finnish(
    qtbot: QtBot, wall: WallWindow, services: Services, board: BoardInfo
) -> None:
    dialog = open_idea(qtbot, wall, services, board)
    keyboard = wall.keyboard.keyboard
    assert keyboard.target is dialog.title_edit
    # Docked along the bottom of the wall, the keys touch-sized, å ä ö among them.
    assert keyboard.geometry().bottom() == wall.geometry().bottom()
    assert keyboard.width() == wall.width()
    for key in ("å", "ä", "ö"):
        assert keyboard.keys[key].height() >= 64 and keyboard.keys[key].width() >= 64
    assert not wall.keyboard.covers(dialog.title_edit)

    type_on(qtbot, keyboard, "Öljyä å")
    assert dialog.title_edit.text() == "Öljyä å"
    tap(qtbot, keyboard.backspace_key)
    tap(qtbot, keyboard.shift_key)
    tap(qtbot, keyboard.keys["+"])  # Shift + "+" is "?" on a Finnish keyboard
    assert dialog.title_edit.text() == "Öljyä ?"
    assert not keyboard.shifted  # one capital, then back to small letters
    screenshot = wall.grab()
    screenshot.save("/tmp/test_keyboard_open.png")
    # ↵ on a one-line field is Return: the card saves, as with a real keyboard.
    tap(qtbot, keyboard.enter_key)
    answered(qtbot)
    assert [i.title for i in services.ideas.list_ideas(board.id)] == ["Öljyä ?"]
    assert not wall.keyboard.shown


def test_hide_and_a_tap_on_the_field_brings_it_back(
    qtbot: QtBot, wall: WallWindow, services: Services, board: BoardInfo
) -> None:
    dialog = open_idea(qtbot, wall, services, board)
    tap(qtbot, wall.keyboard.keyboard.hide_key)
    assert not wall.keyboard.shown
    tap(qtbot, dialog.title_edit)
    assert wall.keyboard.shown and wall.keyboard.keyboard.target is dialog.title_edit
    dialog.reject()
    answered(qtbot)
    assert not wall.keyboard.shown


def test_a_multi_line_field_low_on_the_screen_is_lifted_above_the_keyboard(
    qtbot: QtBot, wall: WallWindow
) -> None:
    card = TouchCard("Saate", theme.WALL, wall)
    note = QPlainTextEdit(card)
    note.setFixedHeight(120)
    card.body.addWidget(note)
    card.open()
    card.move(card.x(), wall.geometry().bottom() - card.height())  # at the very bottom
    answered(qtbot)
    tap(qtbot, note.viewport())
    dock = wall.keyboard
    assert dock.shown and dock.keyboard.target is note
    assert not dock.covers(note)  # the card moved up
    type_on(qtbot, dock.keyboard, "Ei ole")
    tap(qtbot, dock.keyboard.enter_key)  # a new line in a multi-line field
    type_on(qtbot, dock.keyboard, "ääniä")
    assert note.toPlainText() == "Ei ole\nääniä"
    card.reject()


def test_the_keys_never_take_the_cursor_from_the_field(qtbot: QtBot) -> None:
    keyboard = OnScreenKeyboard(theme.WALL)
    qtbot.addWidget(keyboard)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    keyboard.target = field
    keyboard.show()
    for button in keyboard.keys.values():
        assert button.focusPolicy().name == "NoFocus"
    tap(qtbot, keyboard.keys["ö"])
    tap(qtbot, keyboard.space_key)
    assert field.text() == "ö "
    assert QApplication.focusWidget() is not keyboard and QApplication.focusWidget() not in (
        keyboard.keys.values()
    )


def test_the_desktop_has_no_on_screen_keyboard(
    qtbot: QtBot, services: Services, board: BoardInfo
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    answered(qtbot)
    assert window.findChildren(OnScreenKeyboard) == []
    card = TouchCard("x", theme.DESK, window)
    layout = card.body
    assert isinstance(layout, QVBoxLayout)
    field = QLineEdit(card)
    layout.addWidget(field)
    card.open()
    tap(qtbot, field)
    assert [
        k
        for k in QApplication.topLevelWidgets()
        if isinstance(k, OnScreenKeyboard) and k.isVisible()
    ] == []
    card.reject()
