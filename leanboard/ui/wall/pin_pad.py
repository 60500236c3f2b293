"""The team leader's PIN pad: big touch keys, no keyboard needed, digits never shown.

Wrong tries are counted by the database per board (services/pins.py), so closing the pad,
opening it again or restarting the program does not end the pause they earned: the wall reads
how long to wait when the corner is tapped (the pad itself when opened without it) and the pad
counts it down under the display.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from leanboard.domain.access import PinState, PinTry
from leanboard.services import Services
from leanboard.ui.common import theme
from leanboard.ui.common.card import font
from leanboard.ui.common.ops import describe, op
from leanboard.ui.common.theme import Scale

MAX_DIGITS = 8


class PinPadDialog(QDialog):
    unlocked = Signal()

    def __init__(
        self,
        services: Services,
        board_id: int,
        scale: Scale,
        parent: QWidget | None = None,
        state: PinState | None = None,  # read by the caller at the tap; else read here
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._board_id = board_id
        self.pin = ""
        self.wrong = False  # the last try was wrong (the message says so while waiting)
        self._wait_until = 0.0  # time.monotonic() when the next try is heard
        self.checking = False  # a PIN is being checked
        self.setWindowTitle(self.tr("Tiimin vetäjän PIN-koodi"))
        self.setModal(True)
        key = max(scale.touch_px, 64) + 16

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Anna tiimin vetäjän PIN-koodi"), self)
        title.setFont(font(scale.heading_px, bold=True))
        layout.addWidget(title)
        self.display = QLabel("", self)
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setFont(font(scale.figure_px, bold=True))
        self.display.setMinimumHeight(scale.figure_px + 16)
        self.display.setStyleSheet(f"background: {theme.PANEL}; border-radius: 6px;")
        layout.addWidget(self.display)
        self.message = QLabel("", self)
        self.message.setFont(font(scale.body_px, bold=True))
        self.message.setStyleSheet(f"color: {theme.RED};")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(scale.body_px + 8)
        layout.addWidget(self.message)

        grid = QGridLayout()
        grid.setSpacing(8)
        self.keys: dict[str, QPushButton] = {}
        labels = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
        for index, label in enumerate(labels):
            button = QPushButton(label, self)
            button.setFont(font(scale.figure_px * 2 // 3, bold=True))
            button.setFixedSize(key * 3 // 2, key)
            if label == "OK":
                button.setStyleSheet(
                    f"QPushButton {{ background: {theme.ACCENT}; color: white;"
                    " border-radius: 8px; }"
                    "QPushButton:disabled { background: #9aa3ad; }"
                )
                button.clicked.connect(self.submit)
            elif label == "⌫":
                button.setAccessibleName(self.tr("Poista numero"))
                button.clicked.connect(self.backspace)
            else:
                button.clicked.connect(lambda _=False, d=label: self.press(d))
            grid.addWidget(button, index // 3, index % 3)
            self.keys[label] = button
        layout.addLayout(grid)
        cancel = QPushButton(self.tr("Peruuta"), self)
        cancel.setFont(font(scale.body_px))
        cancel.setMinimumHeight(key)
        cancel.clicked.connect(self.reject)
        layout.addWidget(cancel)

        self._pause = QTimer(self)  # ticks while a pause runs: its countdown stays in sight
        self._pause.setInterval(250)
        self._pause.timeout.connect(self._tick)
        if state is not None:
            self._got_state(state)
        else:
            pins = services.pins
            op(self, lambda: pins.state(board_id)).done(self._got_state).failed(
                self._not_checked
            ).run()

    def _got_state(self, state: PinState) -> None:
        self._wait(state.wait_seconds)

    def press(self, digit: str) -> None:
        if len(self.pin) < MAX_DIGITS:
            self.pin += digit
            if not self.waiting:  # a pause and its countdown stay until it ends
                self.message.setText("")
            self._show()

    def backspace(self) -> None:
        self.pin = self.pin[:-1]
        self._show()

    def enter(self, pin: str) -> None:
        """Type a whole PIN (tests, and a USB keypad)."""
        for digit in pin:
            self.press(digit)

    @property
    def waiting(self) -> bool:
        return self._pause.isActive()

    def submit(self) -> None:
        if not self.pin or self.waiting or self.checking:
            return
        pins, board_id, pin = self._services.pins, self._board_id, self.pin
        self.checking = True
        op(self, lambda: pins.try_pin(board_id, pin)).busy(self.keys["OK"]).done(
            self._checked
        ).failed(self._not_checked).run()

    def _not_checked(self, error: BaseException) -> bool:
        self.checking = False
        self.message.setText(describe(error))
        return True

    def _checked(self, result: PinTry) -> None:
        self.checking = False
        if result.ok:
            self.unlocked.emit()
            self.accept()
            return
        self.wrong = result.heard
        self.pin = ""
        self._show()
        self.message.setText(self.tr("Väärä PIN-koodi."))
        self._wait(result.wait_seconds)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit():
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.backspace()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        else:
            super().keyPressEvent(event)

    def _wait(self, seconds: float) -> None:
        if seconds <= 0:
            return
        self._wait_until = time.monotonic() + seconds
        self.keys["OK"].setEnabled(False)
        self._pause.start()
        self._tick()

    def _tick(self) -> None:
        """The wait in words with the seconds left, on the OK key too, until it ends."""
        left = math.ceil(self._wait_until - time.monotonic())
        if left <= 0:
            self._pause.stop()
            self.keys["OK"].setEnabled(True)
            self.keys["OK"].setText("OK")
            self.message.setText("")
            return
        waiting = self.tr("Odota %1 s ennen seuraavaa yritystä.").replace("%1", str(left))
        self.message.setText(self.tr("Väärä PIN-koodi.") + " " + waiting if self.wrong else waiting)
        self.keys["OK"].setText(f"{left} s")

    def _show(self) -> None:
        self.display.setText("●" * len(self.pin))
