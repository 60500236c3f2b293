""" "Kumoa": the wall's way back from a slip, offered for a few seconds after each one-tap act.

A one-tap act on a touch screen (a safety event, an idea moved, an escalation, a huddle
logged, a mood vote) is easy to make by mistake and should not need a leader to put right.
After it, a strip along the bottom of the window says what was done and offers "↶ Kumoa"
with the seconds left (a "snackbar with an action", as Material Design names the pattern).
The tap runs the act's reversal through the operation runner; the reversal is a change of
its own in the history, never a deletion of the history.

    offer_undo(self, self.tr("Kaatuminen kirjattu"), lambda: safety.undo_event(event.id),
               done=lambda _result: self.changed.emit())

One offer at a time per window: a new act replaces the offer of the one before it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget
from shiboken6 import isValid

from leanboard.domain.errors import ConflictError
from leanboard.ui.common import theme
from leanboard.ui.common.card import font
from leanboard.ui.common.ops import describe, op
from leanboard.ui.common.theme import WALL, Scale

UNDO_S = 10  # how long a one-tap act can be taken back
NOTE_MS = 4000  # how long "kumottu" or why not stays in the strip


class UndoBar(QFrame):
    """The strip: what was done, "↶ Kumoa (9 s)", and afterwards what the undo did."""

    def __init__(self, window: QWidget, scale: Scale = WALL) -> None:
        super().__init__(window)
        self._window = window
        self.setObjectName("undoBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # Scoped to the strip and its own children: nothing leaks into dialogs.
        self.setStyleSheet(
            f"QFrame#undoBar {{ background: {theme.INK}; border-radius: 10px; }}"
            "QLabel#undoText { color: white; }"
        )
        pad = scale.body_px // 2
        row = QHBoxLayout(self)
        row.setContentsMargins(pad * 2, pad // 2, pad // 2, pad // 2)
        row.setSpacing(pad)
        self.text_label = QLabel(self)
        self.text_label.setObjectName("undoText")
        self.text_label.setFont(font(scale.body_px, bold=True))
        self.text_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        row.addWidget(self.text_label, 1)
        self.undo_button = QPushButton(self)
        self.undo_button.setFont(font(scale.body_px, bold=True))
        self.undo_button.setMinimumHeight(max(64, scale.touch_px))
        self.undo_button.setMinimumWidth(max(64, scale.touch_px) * 3)
        self.undo_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.undo_button.setStyleSheet(
            f"QPushButton {{ background: {theme.AMBER}; color: {theme.INK}; border: none;"
            " border-radius: 8px; padding: 0 16px; }"
        )
        self.undo_button.clicked.connect(self.undo)
        row.addWidget(self.undo_button)
        self._scale = scale
        self._undo: Callable[[], Any] | None = None
        self._done: Callable[[Any], None] | None = None
        self._deadline = 0.0
        self.offer_id = 0  # which offer the strip shows now
        self.clock = time.monotonic
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._count_down)
        self._note = QTimer(self)
        self._note.setSingleShot(True)
        self._note.timeout.connect(self.hide)
        window.installEventFilter(self)
        self.hide()

    # ---- offering
    def offer(
        self,
        text: str,
        undo: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
        seconds: float = UNDO_S,
    ) -> None:
        self._undo, self._done = undo, done
        self.offer_id += 1
        self._deadline = self.clock() + seconds
        self._note.stop()
        self.text_label.setText(f"✔ {text}")
        self.undo_button.show()
        self.undo_button.setEnabled(True)
        self._count_down()
        self._tick.start()
        self.show()
        self.raise_()
        self._place()

    @property
    def offering(self) -> bool:
        return self.isVisible() and self._undo is not None

    def seconds_left(self) -> int:
        return max(0, int(self._deadline - self.clock() + 0.999))

    def withdraw(self, offer_id: int | None = None) -> None:
        """The act can no longer be undone (its time is over, or its card took it back
        another way); with `offer_id`, only if the strip still offers that act."""
        if offer_id is not None and offer_id != self.offer_id:
            return
        self._undo = None
        self._tick.stop()
        self.hide()

    def _count_down(self) -> None:
        left = self.seconds_left()
        if left <= 0 and self.undo_button.isEnabled():
            self.withdraw()
            return
        self.undo_button.setText(self.tr("↶ Kumoa (%1 s)").replace("%1", str(left)))

    # ---- undoing
    def undo(self) -> None:
        work, done = self._undo, self._done
        if work is None:
            return
        self._tick.stop()
        undone = lambda result: self._undone(result, done)  # noqa: E731
        op(self, work).busy(self.undo_button).done(undone).failed(self._not_undone).run()

    def _undone(self, result: Any, done: Callable[[Any], None] | None) -> None:
        self._undo = None
        self.undo_button.hide()
        self.text_label.setText(self.tr("↶ Kumottu."))
        self._note.start(NOTE_MS)
        self._place()
        if done is not None:
            done(result)

    def _not_undone(self, error: BaseException) -> bool:
        self._undo = None
        self.undo_button.hide()
        if isinstance(error, ConflictError):
            reason = self.tr("sitä on muutettu sillä välin toisella näytöllä.")
        else:
            reason = describe(error)
        self.text_label.setText("✖ " + self.tr("Ei kumottu: ") + reason)
        self._note.start(NOTE_MS)
        self._place()
        return True

    # ---- place: along the bottom of the window, over the board
    def _place(self) -> None:
        window = self._window
        margin = self._scale.body_px
        width = min(window.width() - 2 * margin, self._scale.body_px * 56)
        self.setFixedWidth(max(self._scale.touch_px * 6, width))
        self.adjustSize()
        self.move((window.width() - self.width()) // 2, window.height() - self.height() - margin)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False


def undo_bar_for(widget: QWidget, scale: Scale = WALL) -> UndoBar:
    """The strip of the widget's top-level window (a card's: its board's window)."""
    top: QWidget = widget.window()
    while (above := top.parentWidget()) is not None:
        top = above.window()
    found = top.findChild(UndoBar, "undoBar", Qt.FindChildOption.FindDirectChildrenOnly)
    return found if isinstance(found, UndoBar) else UndoBar(top, scale)


def offer_undo(
    widget: QWidget,
    scale: Scale,
    text: str,
    undo: Callable[[], Any],
    done: Callable[[Any], None] | None = None,
    seconds: float = UNDO_S,
) -> UndoBar:
    """Offer to undo the act `widget` just did; `done(result)` runs after the undo, if the
    widget is still there (a board may rebuild its sections meanwhile)."""

    def after(result: Any) -> None:
        if done is not None and isValid(widget):
            done(result)

    bar = undo_bar_for(widget, scale)
    bar.offer(text, undo, after, seconds)
    return bar
