"""The daily huddle (päivittäispalaveri): a 15-minute timer and the log of huddles held today.

AHRQ recommends ten minutes or less; the board's usual stand-up is 10–15, so the timer starts
at 15 and the team sees the time left. At zero it turns amber and says "Aika loppui" in words.
It is a compact strip in the board's header, not a card: the timer must show on every page.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from leanboard.domain.presentation import fi_time
from leanboard.services import Services
from leanboard.services.dto import BoardSnapshot, HuddleItem, HuddleLog
from leanboard.ui.common import fmt, theme
from leanboard.ui.common.card import font
from leanboard.ui.common.theme import Scale
from leanboard.ui.common.touch_card import big_button
from leanboard.ui.common.undo import offer_undo
from leanboard.ui.huddle.done_dialog import HuddleDoneDialog

DEFAULT_MINUTES = 15


def huddle_line(h: HuddleItem) -> str:
    """Pidetty klo 8.05, 9 osallistujaa"""
    held = fi_time(fmt.local_time(h.held_at))  # 8.05, or 8:05 in English
    if h.attendance == 1:
        text = QCoreApplication.translate("HuddlePanel", "Pidetty klo {time}, 1 osallistuja")
    else:
        text = QCoreApplication.translate("HuddlePanel", "Pidetty klo {time}, {n} osallistujaa")
    return text.format(time=held, n=h.attendance)


class StopwatchIcon(QWidget):
    """⏱ drawn, not typed: the bundled DejaVu font has no glyph for U+23F1."""

    def __init__(self, side: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(side, side)
        self.setAccessibleName("⏱")

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = float(self.width())
        pen = QPen(QColor("white"), max(2.0, side / 12))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        centre = QPointF(side / 2, side * 0.57)
        radius = side * 0.38
        painter.drawEllipse(centre, radius, radius)
        painter.drawLine(QPointF(side / 2, side * 0.05), QPointF(side / 2, side * 0.17))
        painter.drawLine(QPointF(side * 0.38, side * 0.05), QPointF(side * 0.62, side * 0.05))
        painter.drawLine(centre, QPointF(side / 2 + radius * 0.5, centre.y() - radius * 0.55))
        painter.end()


class HuddlePanel(QFrame):
    """⏱ mm:ss with its state in words, start/pause, reset, "Palaveri pidetty" and today's log."""

    changed = Signal()
    started = Signal()  # the timer started from the beginning: a huddle begins
    ended = Signal()  # the timer was set back to the start: reset, or the huddle logged

    def __init__(self, services: Services, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._scale = scale
        self._snapshot: BoardSnapshot | None = None
        self.dialog: HuddleDoneDialog | None = None
        self.total_s = DEFAULT_MINUTES * 60
        self._elapsed_before = 0.0  # seconds run before the latest start
        self._started_at: float | None = None  # monotonic clock, so a clock change is harmless
        self.clock = time.monotonic

        self.setObjectName("huddle")
        self.setAccessibleName(self.tr("Päivittäispalaveri"))
        # White on the header's navy, as a box of its own so it reads as one tool. Each rule
        # names the widget it styles: a rule for "every QLabel in here" would reach the cards
        # opened from the strip too (their parent is the strip) — white on white.
        self.setStyleSheet("QFrame#huddle { background: #1d4a78; border-radius: 8px; }")
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        pad = max(4, scale.body_px // 3)
        row = QHBoxLayout(self)
        row.setContentsMargins(pad, pad // 2, pad, pad // 2)
        row.setSpacing(pad)
        row.addWidget(StopwatchIcon(scale.heading_px, self))
        figures = QVBoxLayout()
        figures.setSpacing(0)
        self.time_label = QLabel(self)
        self.time_label.setFont(font(scale.heading_px + scale.heading_px // 4, bold=True))
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state_label = QLabel(self)
        self.state_label.setFont(font(scale.body_px, bold=True))
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        figures.addWidget(self.time_label)
        figures.addWidget(self.state_label)
        row.addLayout(figures)

        self.start_button = big_button(self.tr("▶ Aloita"), scale, self, primary=True)
        self.reset_button = big_button(self.tr("↺ Alusta"), scale, self)
        self.done_button = big_button(self.tr("✔ Palaveri pidetty"), scale, self)
        for button in (self.start_button, self.reset_button, self.done_button):
            # Never narrower than their words: a cut "Palaveri pidet" reads as broken.
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            row.addWidget(button)
        # Wide enough for either state's words, so the strip does not jump when it starts.
        width = max(
            button.fontMetrics().horizontalAdvance(text)
            for text in (self.tr("▶ Aloita"), self.tr("❚❚ Tauko"))
        )
        self.start_button.setMinimumWidth(max(scale.touch_px * 2, width + scale.body_px * 2))
        self.start_button.clicked.connect(self.toggle)
        self.reset_button.clicked.connect(self.reset)
        self.done_button.clicked.connect(self.open_done_dialog)
        self.held_label = QLabel(self)
        self.held_label.setFont(font(scale.body_px))
        self.held_label.setWordWrap(True)
        # Two short lines beside the buttons: "Tänään ei vielä kirjattu / palaveria." Fixed,
        # so the header never changes height when the day's huddle is logged or edited; as
        # wide as the longest of its sentences needs for two lines in the chosen language.
        two_lines = self.held_label.fontMetrics().lineSpacing() * 2 + 2
        self.held_label.setFixedHeight(two_lines)
        width = scale.body_px * 9
        samples = (
            self.tr("Tänään ei vielä kirjattu palaveria."),
            QCoreApplication.translate(
                "HuddlePanel", "Pidetty klo {time}, {n} osallistujaa"
            ).format(time="12.55", n=188),
        )
        for sample in samples:
            self.held_label.setText(sample)
            while self.held_label.heightForWidth(width) > two_lines and width < scale.body_px * 16:
                width += scale.body_px // 2
        self.held_label.setFixedWidth(width)
        row.addWidget(self.held_label)
        for label in (self.time_label, self.state_label, self.held_label):
            label.setStyleSheet("color: white;")

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
            fresh = self._elapsed_before == 0.0
            self._started_at = self.clock()
            self._tick.start()
            self._show_time()
            if fresh:  # not when a paused huddle goes on
                self.started.emit()
            return
        self._elapsed_before = self.elapsed_s()
        self._started_at = None
        self._tick.stop()
        self._show_time()

    def reset(self) -> None:
        under_way = self.running or self._elapsed_before > 0.0
        self._tick.stop()
        self._started_at = None
        self._elapsed_before = 0.0
        self._show_time()
        if under_way:
            self.ended.emit()

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
        self.time_label.setStyleSheet(
            f"color: {theme.INK}; background: {theme.AMBER}; border-radius: 8px; padding: 0 6px;"
            if over
            else "color: white;"
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
        self.done_button.setVisible(snapshot.rights.record)
        if snapshot.huddles_today:
            self.held_label.setText("\n".join(huddle_line(h) for h in snapshot.huddles_today))
        else:
            self.held_label.setText(self.tr("Tänään ei vielä kirjattu palaveria."))

    def duration_minutes(self) -> int | None:
        minutes = round(self.elapsed_s() / 60)
        return minutes if minutes >= 1 else None

    def open_done_dialog(self) -> None:
        """Log today's huddle; when it is logged already, edit that entry (one a day)."""
        snapshot = self._snapshot
        if snapshot is None or self.dialog is not None:
            return
        held = snapshot.huddles_today[0] if snapshot.huddles_today else None
        dialog = HuddleDoneDialog(
            self._services,
            snapshot.board.id,
            snapshot.today,
            self.duration_minutes(),
            self._scale,
            self,
            held=held,
        )
        dialog.saved.connect(self._logged)
        dialog.finished.connect(lambda _code: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _logged(self, log: HuddleLog) -> None:
        self.reset()
        self.changed.emit()
        people = log.huddle.attendance
        if log.before is None:
            text = self.tr("Palaveri kirjattu: {n} osallistujaa.")
        else:
            text = self.tr("Päivän palaveri muutettu: {n} osallistujaa.")
        text = text.format(n=people)
        huddles = self._services.huddles
        offer_undo(self, self._scale, text, lambda: huddles.undo_log(log), self._undone)

    def _undone(self, _now: HuddleItem | None) -> None:
        self.changed.emit()

    def _closed(self, dialog: HuddleDoneDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
