"""The daily huddle (päivittäispalaveri): a 15-minute timer and the log of huddles held today.

AHRQ recommends ten minutes or less; the board's usual stand-up is 10–15, so the timer starts
at 15 and the team sees the time left. At zero it turns amber and says "Aika loppui" in words.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from leanboard.services import Services
from leanboard.services.dto import BoardSnapshot, HuddleItem
from leanboard.ui import fmt, theme
from leanboard.ui.card import Card, font
from leanboard.ui.dialogs.huddle_done import HuddleDoneDialog
from leanboard.ui.dialogs.touch_card import big_button
from leanboard.ui.sections import section_title
from leanboard.ui.theme import Scale

DEFAULT_MINUTES = 15


def huddle_line(h: HuddleItem) -> str:
    """Pidetty klo 8.05, 9 osallistujaa"""
    local = fmt.local_time(h.held_at)
    people = "osallistuja" if h.attendance == 1 else "osallistujaa"
    return f"Pidetty klo {local.hour}.{local.minute:02d}, {h.attendance} {people}"


class HuddlePanel(Card):
    changed = Signal()

    def __init__(self, services: Services, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(section_title("huddle"), scale, parent)
        self._services = services
        self._scale = scale
        self._snapshot: BoardSnapshot | None = None
        self.dialog: HuddleDoneDialog | None = None
        self.total_s = DEFAULT_MINUTES * 60
        self._elapsed_before = 0.0  # seconds run before the latest start
        self._started_at: float | None = None  # monotonic clock, so a clock change is harmless
        self.clock = time.monotonic

        self.time_label = QLabel(self)
        self.time_label.setFont(font(scale.figure_px * 2, bold=True))
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.addWidget(self.time_label)
        self.state_label = QLabel(self)
        self.state_label.setFont(font(scale.body_px, bold=True))
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.addWidget(self.state_label)

        row = QHBoxLayout()
        self.start_button = big_button(self.tr("▶ Aloita"), scale, self, primary=True)
        self.reset_button = big_button(self.tr("↺ Alusta"), scale, self)
        self.start_button.clicked.connect(self.toggle)
        self.reset_button.clicked.connect(self.reset)
        row.addWidget(self.start_button)
        row.addWidget(self.reset_button)
        self.body.addLayout(row)
        self.done_button = big_button(self.tr("✔ Palaveri pidetty"), scale, self)
        self.done_button.clicked.connect(self.open_done_dialog)
        self.body.addWidget(self.done_button)
        self.held_label = QLabel(self)
        self.held_label.setFont(font(scale.body_px))
        self.held_label.setWordWrap(True)
        self.body.addWidget(self.held_label)
        self.body.addStretch(1)

        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._show_time)
        self._show_time()

    # ---- timer
    @property
    def running(self) -> bool:
        return self._started_at is not None

    def elapsed_s(self) -> float:
        running = self.clock() - self._started_at if self._started_at is not None else 0.0
        return self._elapsed_before + running

    def remaining_s(self) -> int:
        return max(0, self.total_s - int(self.elapsed_s()))

    def toggle(self) -> None:
        if self._started_at is None:
            self._started_at = self.clock()
            self._tick.start()
        else:
            self._elapsed_before = self.elapsed_s()
            self._started_at = None
            self._tick.stop()
        self._show_time()

    def reset(self) -> None:
        self._tick.stop()
        self._started_at = None
        self._elapsed_before = 0.0
        self._show_time()

    def _show_time(self) -> None:
        left = self.remaining_s()
        self.time_label.setText(f"{left // 60:02d}:{left % 60:02d}")
        over = left == 0
        if over:
            state = self.tr("▲ Aika loppui")
        elif self.running:
            state = self.tr("Käynnissä")
        elif self.elapsed_s() > 0:
            state = self.tr("Tauolla")
        else:
            state = self.tr("Valmiina")
        self.state_label.setText(state)
        colour = theme.AMBER if over else theme.INK
        self.time_label.setStyleSheet(
            f"color: {theme.INK}; background: {theme.AMBER}; border-radius: 8px;"
            if over
            else f"color: {colour};"
        )
        self.start_button.setText(self.tr("❚❚ Tauko") if self.running else self.tr("▶ Aloita"))
        if over and self.running:
            self._elapsed_before = self.elapsed_s()
            self._started_at = None
            self._tick.stop()
            self.start_button.setText(self.tr("▶ Aloita"))

    # ---- the log
    def show_snapshot(self, snapshot: BoardSnapshot) -> None:
        self._snapshot = snapshot
        if snapshot.huddles_today:
            self.held_label.setText("\n".join(huddle_line(h) for h in snapshot.huddles_today))
        else:
            self.held_label.setText(self.tr("Tänään ei vielä kirjattu palaveria."))

    def duration_minutes(self) -> int | None:
        minutes = round(self.elapsed_s() / 60)
        return minutes if minutes >= 1 else None

    def open_done_dialog(self) -> None:
        if self._snapshot is None:
            return
        dialog = HuddleDoneDialog(
            self._services, self._snapshot.board.id, self.duration_minutes(), self._scale, self
        )
        dialog.saved.connect(self._logged)
        dialog.finished.connect(lambda _code: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _logged(self, _huddle: HuddleItem) -> None:
        self.reset()
        self.changed.emit()

    def _closed(self, dialog: HuddleDoneDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
