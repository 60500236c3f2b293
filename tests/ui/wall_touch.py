"""Helpers for driving the wall by touch only: taps on widgets, typing on the on-screen
keyboard, and what a person can read (contrast of text on its background)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from leanboard.ui.common.keyboard import OnScreenKeyboard


def tap(qtbot: QtBot, widget: QWidget) -> None:
    """A finger on the widget (Qt delivers a touch to these widgets as a mouse click)."""
    assert widget.isVisible(), f"{widget!r} is not on the screen"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_on(qtbot: QtBot, keyboard: OnScreenKeyboard, text: str) -> None:
    """Type `text` by tapping the on-screen keys: Shift before a capital."""
    assert keyboard.isVisible(), "the on-screen keyboard is not shown"
    for char in text:
        if char == " ":
            tap(qtbot, keyboard.space_key)
            continue
        key = char.lower()
        if char != key:
            tap(qtbot, keyboard.shift_key)
        assert key in keyboard.keys, f"no key for {char!r}"
        tap(qtbot, keyboard.keys[key])


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + (0.0722 * channel(colour.blue()))
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio (1 … 21); 4.5 is the floor for body text."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def unreadable_labels(window: QWidget) -> list[str]:
    """Labels of the window whose text colour is too close to the window's background (the
    white-on-white of a style rule leaking into a card)."""
    background = window.palette().color(window.backgroundRole())
    found = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.text() or label.window() is not window:
            continue
        label.ensurePolished()
        if label.autoFillBackground():
            continue  # paints its own background
        ink = label.palette().color(label.foregroundRole())
        if contrast(ink, background) < 4.5:
            found.append(f"{label.text()!r}: {ink.name()} on {background.name()}")
    return found
