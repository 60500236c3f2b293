"""A tappable tile for one item on a board column (an idea, a problem, an A3).

The tile paints its own text: a QPushButton does not wrap, and a QLabel with one long Finnish
compound ("polttoaineenkulutuksen") would push a narrow wall column wider than the screen.
Here lines break between words only (a word broken in the middle reads badly from 3 m); a
word wider than the tile, and the title after a few lines, is cut with "…" instead — the card
opened by a tap shows all of it. The tile is always one big touch target, as tall as its text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from leanboard.ui.common import theme
from leanboard.ui.common.card import font
from leanboard.ui.common.theme import Scale

TITLE_LINES = 3


def status_mark(key: str) -> str:
    """theme.STATUS's symbol and word, e.g. "◷ myöhässä"."""
    symbol, word, _ = theme.STATUS[key]
    return f"{symbol} {word}"


def wrapped_lines(text: str, text_font: QFont, width: float, max_lines: int) -> list[str]:
    """The lines `text` breaks into at `width` between words; a word too long for a line and
    the last line beyond max_lines are cut with …"""
    if not text or width <= 0:
        return []
    layout = QTextLayout(text, text_font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    metrics = QFontMetricsF(text_font)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], " ".join(lines[max_lines - 1 :])]
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


class Tile(QPushButton):
    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale = scale
        self.title = ""
        self.meta = ""
        self.status: list[str] = []
        self.alert = False
        self.payload: object = None  # the item the tile shows, for its click
        self._lines_key: tuple[object, ...] = ()
        self._lines_cache: list[tuple[QFont, str]] = []
        # Titles in regular weight fit more of a long Finnish word per line; the status words
        # under them are bold so "myöhässä" stands out.
        self._title_font = font(scale.body_px)
        self._status_font = font(scale.body_px, bold=True)
        self._meta_font = font(scale.body_px)  # quieter by colour, not smaller than body text
        self._pad = max(4, scale.body_px // 3)
        # As tall as its text at the width it gets (height for width), never below a touch.
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumHeight(scale.touch_px)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_lines(self, title: str, meta: str = "", status: list[str] | None = None) -> None:
        """Title (regular), then each status fact on a bold line of its own, then `meta`."""
        if (title, meta, list(status or [])) == (self.title, self.meta, self.status):
            return
        self.title, self.meta, self.status = title, meta, list(status or [])
        self.setAccessibleName(". ".join([title, *self.status, meta]).strip(" ."))
        self.setToolTip(title)
        self.updateGeometry()
        self.update()

    def set_alert(self, alert: bool) -> None:
        """A thick red left edge for overdue items: the word says it too, this draws the eye."""
        if alert != self.alert:
            self.alert = alert
            self.updateGeometry()
            self.update()

    # ---- size
    def _text_width(self, width: int) -> float:
        return float(width - 3 * self._pad - (6 if self.alert else 0))

    def _lines(self, width: int) -> list[tuple[QFont, str]]:
        # Layout and every paint ask for the same lines: wrap once per text and width.
        key = (width, self.title, self.meta, tuple(self.status), self.alert)
        if key != self._lines_key:
            self._lines_key, self._lines_cache = key, self._wrap(width)
        return self._lines_cache

    def _wrap(self, width: int) -> list[tuple[QFont, str]]:
        text_width = self._text_width(width)
        lines = [
            (self._title_font, line)
            for line in wrapped_lines(self.title, self._title_font, text_width, TITLE_LINES)
        ]
        for fact in self.status:
            lines += [
                (self._status_font, line)
                for line in wrapped_lines(fact, self._status_font, text_width, 3)
            ]
        lines += [
            (self._meta_font, line)
            for line in wrapped_lines(self.meta, self._meta_font, text_width, 3)
        ]
        return lines

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        line_h = int(self._scale.body_px * 1.25)
        return max(self.minimumHeight(), len(self._lines(width)) * line_h + 2 * self._pad)

    def sizeHint(self) -> QSize:
        width = max(self.width(), self._scale.body_px * 4)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        # Narrow is fine (the text wraps); the column decides the width, not the longest word.
        return QSize(self._scale.body_px * 3, self.minimumHeight())

    # ---- paint
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        background = "#dce6f2" if self.isDown() else theme.PANEL
        painter.setPen(QPen(QColor("#b8c0c8"), 2))
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(box, 6, 6)
        left = self._pad * 1.5  # float: painter coordinates
        if self.alert:
            painter.fillRect(
                QRectF(box.left(), box.top() + 2, 7, box.height() - 4), QColor(theme.RED)
            )
            left += 6
        line_h = self._scale.body_px * 1.25
        y = float(self._pad + self._scale.body_px)
        for line_font, line in self._lines(self.width()):
            painter.setPen(QColor("#4a5560" if line_font is self._meta_font else theme.INK))
            painter.setFont(line_font)
            painter.drawText(QPointF(left, y), line)
            y += line_h
        painter.end()


class ItemColumn(QWidget):
    """A heading over a touch-scrollable list of tiles, one or more tiles across."""

    def __init__(
        self, title: str, scale: Scale, parent: QWidget | None = None, columns: int = 1
    ) -> None:
        super().__init__(parent)
        self.title = title
        self._columns = max(1, columns)
        self._tiles: list[Tile] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.heading = QLabel(title, self)
        self.heading.setFont(font(scale.body_px, bold=True))
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet(f"color: {theme.INK}; border-bottom: 3px solid {theme.ACCENT};")
        layout.addWidget(self.heading)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(
            self.scroll_area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
        )
        self.scroll_area.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
            "QScrollBar:vertical { width: 10px; }"
        )
        holder = QWidget()
        self.list = QGridLayout(holder)
        self.list.setContentsMargins(0, 0, 0, 0)
        self.list.setSpacing(max(3, scale.body_px // 4))
        self.list.setAlignment(Qt.AlignmentFlag.AlignTop)  # tiles as tall as their text
        for column in range(self._columns):
            self.list.setColumnStretch(column, 1)
        self.scroll_area.setWidget(holder)
        layout.addWidget(self.scroll_area, 1)

    def set_count(self, count: int) -> None:
        self.heading.setText(f"{self.title} ({count})" if count else self.title)

    def tiles(self) -> list[Tile]:
        return list(self._tiles)

    def clear(self) -> None:
        for tile in self._tiles:
            self.list.removeWidget(tile)
            tile.deleteLater()
        self._tiles = []

    def reuse(self, count: int, make: Callable[[], Tile]) -> list[Tile]:
        """`count` tiles for a redraw: the ones shown already are kept (a wall refreshes
        thousands of times; new widgets each time cost time and, until deleted, memory),
        missing ones made by `make`, extra ones removed."""
        for tile in self._tiles[count:]:
            self.list.removeWidget(tile)
            tile.deleteLater()
        del self._tiles[count:]
        while len(self._tiles) < count:
            self.add_tile(make())
        return list(self._tiles)

    def add_tile(self, tile: Tile) -> None:
        at = len(self._tiles)
        self.list.addWidget(tile, at // self._columns, at % self._columns)
        self._tiles.append(tile)
