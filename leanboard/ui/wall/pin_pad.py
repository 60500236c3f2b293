"""The team leader's PIN pad: big touch keys, no keyboard needed, digits never shown."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from leanboard.services import Services
from leanboard.ui.common import theme
from leanboard.ui.common.card import font
from leanboard.ui.common.ops import describe, op
from leanboard.ui.common.theme import Scale

MAX_DIGITS = 8
WRONG_TRIES_BEFORE_PAUSE = 5
PAUSE_MS = 30_000  # slows a passer-by guessing the PIN


class PinPadDialog(QDialog):
    unlocked = Signal()

    def __init__(
        self, services: Services, board_id: int, scale: Scale, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._board_id = board_id
        self.pin = ""
        self.wrong_tries = 0
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

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.timeout.connect(self._end_pause)
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._show_pause)

    def press(self, digit: str) -> None:
        if len(self.pin) < MAX_DIGITS:
            self.pin += digit
            if not self.pausing:  # the pause and its countdown stay until it ends
                self.message.setText("")
            self._show()

    def backspace(self) -> None:
        self.pin = self.pin[:-1]
        self._show()

    def enter(self, pin: str) -> None:
        """Type a whole PIN (tests, and a USB keypad)."""
        for digit in pin:
            self.press(digit)

    def submit(self) -> None:
        if not self.pin or self._pause.isActive() or self.checking:
            return
        boards, board_id, pin = self._services.boards, self._board_id, self.pin
        self.checking = True
        op(self, lambda: boards.check_pin(board_id, pin)).busy(self.keys["OK"]).done(
            self._checked
        ).failed(self._not_checked).run()

    def _not_checked(self, error: BaseException) -> bool:
        self.checking = False
        self.message.setText(describe(error))
        return True

    def _checked(self, ok: bool) -> None:
        self.checking = False
        if ok:
            self.unlocked.emit()
            self.accept()
            return
        self.wrong_tries += 1
        self.pin = ""
        self._show()
        self.message.setText(self.tr("Väärä PIN-koodi."))
        if self.wrong_tries % WRONG_TRIES_BEFORE_PAUSE == 0:
            self.keys["OK"].setEnabled(False)
            self._pause.start(PAUSE_MS)
            self._countdown.start()
            self._show_pause()

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

    @property
    def pausing(self) -> bool:
        return self._pause.isActive()

    def pause_left_s(self) -> int:
        return max(0, -(-self._pause.remainingTime() // 1000)) if self.pausing else 0

    def _show_pause(self) -> None:
        """The wait in words with the seconds left, on the OK key too, until it ends."""
        left = self.pause_left_s()
        self.message.setText(
            self.tr("Väärä PIN-koodi. Odota %1 s ennen uutta yritystä.").replace("%1", str(left))
        )
        self.keys["OK"].setText(f"{left} s")

    def _end_pause(self) -> None:
        self._countdown.stop()
        self.keys["OK"].setEnabled(True)
        self.keys["OK"].setText("OK")
        self.message.setText("")

    def _show(self) -> None:
        self.display.setText("●" * len(self.pin))
