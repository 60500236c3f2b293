"""The month's safety cross: a box per day in a plus shape, coloured by the day's worst event.

After Healthcare Improvement Scotland's safety cross: green no event, amber near miss, red harm,
the count written in the box. Each status also has its own symbol (○ ▲ ■), so the cross reads
without colour. Today has a thick frame. A tap on any day of the month up to today opens that
day's card: one more tap records an event (a weekend fall goes on its own day), and the card
lists what the day holds. Days before the board existed are left blank, not green: nobody
was keeping the cross then.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from leanboard.services import Services
from leanboard.services.dto import BoardSnapshot, SafetyCross, SafetyDay, SafetyEventItem
from leanboard.ui.common import fmt, theme
from leanboard.ui.common.card import Card, font
from leanboard.ui.common.sections import section_title
from leanboard.ui.common.theme import Scale
from leanboard.ui.common.undo import offer_undo
from leanboard.ui.safety.event_card import (
    RecentEvents,
    SafetyDayCard,
    day_label,
    event_words,
)

GRID = 7  # a 7 × 7 square holding a plus whose arms are three boxes wide


def cross_cells() -> list[tuple[int, int]]:
    """(row, column) of day 1, 2, … in reading order: 6 on top, 21 across, the rest below."""
    cells: list[tuple[int, int]] = []
    for row in range(GRID):
        columns = range(GRID) if 2 <= row <= 4 else range(2, 5)
        cells.extend((row, column) for column in columns)
    return cells  # 33 places; a month uses 28–31


CELLS = cross_cells()


class DayBox(QWidget):
    """One day of the cross. A day up to today reacts to a tap (not one before the board)."""

    clicked = Signal()

    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale = scale
        self.day: SafetyDay | None = None
        self.is_today = False
        self.is_future = False
        self.before_board = False  # the board did not exist yet

    def set_day(self, day: SafetyDay, today: dt.date, first_day: dt.date | None = None) -> None:
        is_today, is_future = day.day == today, day.day > today
        # A day before the board with events (entered later from the desk) still shows them.
        before = first_day is not None and day.day < first_day and day.count == 0
        state = (day, is_today, is_future, before)
        if state != (self.day, self.is_today, self.is_future, self.before_board):
            self.day, self.is_today, self.is_future, self.before_board = state
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if self.tappable else Qt.CursorShape.ArrowCursor
            )
            self.setToolTip(self.describe())
            self.update()

    @property
    def tappable(self) -> bool:
        return self.day is not None and not self.is_future and not self.before_board

    @property
    def status(self) -> str | None:
        """The status the box shows; None for a future day, a day before the board, or a
        today without events yet."""
        if self.day is None or self.is_future or self.before_board:
            return None
        if self.is_today and self.day.count == 0:
            return None  # the day is not over: not green yet
        return self.day.status

    def describe(self) -> str:
        if self.day is None:
            return ""
        status = self.status
        word = theme.STATUS[status][1] if status else ""
        count = f" ({self.day.count})" if self.day.count else ""
        return f"{fmt.date(self.day.day)} {word}{count}".strip()

    def label(self) -> str:
        """The symbol and count drawn in the box, e.g. '▲ 1'."""
        status = self.status
        if status is None:
            return "+" if self.is_today else ""
        symbol = theme.STATUS[status][0]
        return f"{symbol} {self.day.count}" if self.day and self.day.count else symbol

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # On release, like a button: a swipe that starts on a day turns the page instead.
        if (
            self.tappable
            and event.button() == Qt.MouseButton.LeftButton
            and self.rect().contains(event.position().toPoint())
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.day is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        status = self.status
        fill, ink = QColor(theme.PAPER), QColor(theme.INK)
        if status is not None:
            fill = QColor(theme.STATUS[status][2])
            ink = QColor(theme.INK if status == "near_miss" else "white")
        elif self.is_future or self.before_board:
            ink = QColor(theme.GREY)
        painter.setBrush(fill)
        if self.is_today:
            painter.setPen(QPen(QColor(theme.INK), max(3, self._scale.body_px // 6)))
            rect = rect.adjusted(2, 2, -2, -2)
        else:
            painter.setPen(QPen(QColor("#9aa3ad"), 1))
        painter.drawRoundedRect(rect, 4, 4)
        side = rect.height()
        painter.setPen(ink)
        painter.setFont(font(max(9, int(side * 0.28)), bold=True))
        painter.drawText(
            rect.adjusted(side * 0.08, side * 0.02, 0, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            str(self.day.day.day),
        )
        text = self.label()
        if text:
            painter.setFont(font(max(10, int(side * 0.34)), bold=True))
            painter.drawText(
                rect.adjusted(0, side * 0.22, 0, 0), Qt.AlignmentFlag.AlignCenter, text
            )
        painter.end()


class CrossGrid(QWidget):
    """Places the day boxes in the plus shape, square boxes as large as the space allows."""

    day_clicked = Signal(object)  # the date

    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale = scale
        self.boxes: list[DayBox] = []
        for _ in CELLS:
            box = DayBox(scale, self)
            box.clicked.connect(lambda b=box: self._clicked(b))
            box.hide()
            self.boxes.append(box)
        self.setMinimumSize(GRID * scale.touch_px * 2 // 3, GRID * scale.touch_px * 2 // 3)
        # Square: as tall as it is wide, so the legend sits right under the cross; where the
        # card is lower than that the boxes shrink to the height instead (resizeEvent).
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _clicked(self, box: DayBox) -> None:
        if box.day is not None:
            self.day_clicked.emit(box.day.day)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def sizeHint(self) -> QSize:
        side = GRID * self._scale.touch_px
        return QSize(side, side)

    def show_cross(self, cross: SafetyCross) -> None:
        for index, box in enumerate(self.boxes):
            if index < len(cross.days):
                box.set_day(cross.days[index], cross.today, cross.first_day)
                box.show()
            else:
                box.hide()

    def box_for(self, day: dt.date) -> DayBox:
        return next(b for b in self.boxes if b.day is not None and b.day.day == day)

    def resizeEvent(self, event: QResizeEvent) -> None:
        side = min(self.width(), self.height()) // GRID
        left = (self.width() - side * GRID) // 2
        top = (self.height() - side * GRID) // 2
        for box, (row, column) in zip(self.boxes, CELLS, strict=True):
            box.setGeometry(QRect(left + column * side, top + row * side, side, side))
        super().resizeEvent(event)


class SafetyCrossView(Card):
    changed = Signal()

    def __init__(self, services: Services, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(section_title("safety"), scale, parent)
        self._services = services
        self._scale = scale
        self._snapshot: BoardSnapshot | None = None
        self.event_dialog: SafetyDayCard | None = None
        self.recent = RecentEvents()  # recorded here a moment ago: removable without the PIN

        self.since_label = QLabel(self)
        self.since_label.setWordWrap(True)
        self.since_label.setTextFormat(Qt.TextFormat.RichText)
        self.since_label.setFont(font(scale.body_px))
        self.body.addWidget(self.since_label)

        self.grid = CrossGrid(scale, self)
        self.grid.day_clicked.connect(self.open_day)
        self.body.addWidget(self.grid)

        legend = QHBoxLayout()
        legend.setSpacing(scale.body_px // 3)
        legend.addStretch(1)
        for status in ("none", "near_miss", "harm"):
            symbol, word, colour = theme.STATUS[status]
            ink = theme.INK if status == "near_miss" else "white"
            chip = QLabel(f"{symbol} {word}", self)
            chip.setFont(font(scale.body_px, bold=True))
            chip.setStyleSheet(
                f"background: {colour}; color: {ink}; border-radius: 4px; padding: 2px 4px;"
            )
            legend.addWidget(chip)
        legend.addStretch(1)
        self.body.addLayout(legend)
        self.hint = QLabel(self)
        self.hint.setFont(font(scale.body_px))
        self.hint.setWordWrap(True)
        self.body.addWidget(self.hint)
        self.body.addStretch(1)  # spare height under the legend, not between cross and legend

    def show_snapshot(self, snapshot: BoardSnapshot) -> None:
        self._snapshot = snapshot
        cross = snapshot.safety
        # The month leads the hint line: in the heading it would wrap in a narrow column.
        month = f"<b>{fmt.month_year(cross.year, cross.month)}</b>"
        self.hint.setText(
            month + " · " + self.tr("napauta päivää: kirjaa tai katso tapahtumat.")
            if snapshot.rights.record
            else month + " · " + self.tr("napauta päivää: katso tapahtumat.")
        )
        self.since_label.setText(self.since_text(cross.days_since_harm))
        self.grid.show_cross(cross)

    def since_text(self, days: int | None) -> str:
        big = self._scale.figure_px
        if days is None:
            return self.tr("Ei kirjattuja haittatapahtumia")
        words = (
            self.tr("päivä edellisestä haittatapahtumasta")
            if days == 1
            else self.tr("päivää edellisestä haittatapahtumasta")
        )
        return f"<span style='font-size:{big}px; font-weight:bold'>{days}</span> {words}"

    @property
    def days_since_harm_text(self) -> str:
        """The counter as plain text, as a person would read it."""
        cross = self._snapshot.safety if self._snapshot else None
        days = cross.days_since_harm if cross else None
        if days is None:
            return self.tr("Ei kirjattuja haittatapahtumia")
        return f"{days} " + (
            self.tr("päivä edellisestä haittatapahtumasta")
            if days == 1
            else self.tr("päivää edellisestä haittatapahtumasta")
        )

    def open_day(self, day: dt.date) -> SafetyDayCard | None:
        """The card of `day`: record an event in one more tap, see and remove the day's."""
        snapshot = self._snapshot
        if snapshot is None or self.event_dialog is not None or day > snapshot.today:
            return None
        # A login that may not record (another team's wall) still sees what a day holds.
        card = SafetyDayCard(
            self._services,
            snapshot.board.id,
            day,
            snapshot.today,
            snapshot.safety_kinds,
            self._scale,
            self.recent,
            self,
            rights=snapshot.rights,
        )
        card.recorded.connect(self._recorded)
        card.removed.connect(lambda _event_id: self.changed.emit())
        card.finished.connect(lambda _code: self._dialog_closed(card))
        self.event_dialog = card
        card.open()
        return card

    def open_event_dialog(self) -> None:
        """Today's card (kept for the keyboard and tests that tap today)."""
        if self._snapshot is not None:
            self.open_day(self._snapshot.today)

    def _recorded(self, event: SafetyEventItem) -> None:
        self.recent.add(event.id)
        self.changed.emit()
        text = self.tr("%1 kirjattu päivälle %2").replace("%1", event_words(event))
        text = text.replace("%2", day_label(event.day))
        safety = self._services.safety
        offer_undo(
            self,
            self._scale,
            text,
            lambda: safety.undo_event(event.id, event.version),
            lambda _result: self._undone(event.id),
        )

    def recorded_later(self, event: SafetyEventItem) -> None:
        """A recording kept while the database was away was written after its card closed."""
        self._recorded(event)

    def _undone(self, event_id: int) -> None:
        self.recent.forget(event_id)
        self.changed.emit()

    def _dialog_closed(self, dialog: SafetyDayCard) -> None:
        if self.event_dialog is dialog:
            self.event_dialog = None
        dialog.deleteLater()
