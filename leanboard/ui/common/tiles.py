"""A tappable tile for one item on a board column (an idea, a problem, an A3).

The tile paints its own text: a QPushButton does not wrap, and a QLabel with one long Finnish
compound ("polttoaineenkulutuksen") would push a narrow wall column wider than the screen.
Here lines break between words only (a word broken in the middle reads badly from 3 m); a
word wider than the tile, and the title after a few lines, is cut with "…" instead — the card
opened by a tap shows all of it. The tile is always one big touch target, as tall as its text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from leanboard.ui.common import theme
from leanboard.ui.common.card import font
from leanboard.ui.common.theme import Scale
from leanboard.ui.common.touch_card import TouchCard

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


class TileHolder(QWidget):
    """Places its column's tiles top down, whole ones only; refits when a tile's text or
    the space changes (a tile's updateGeometry posts a LayoutRequest here)."""

    def __init__(self, column: ItemColumn) -> None:
        super().__init__(column)
        self._column = column
        # The column's space is what the page gives it, never what its tiles would ask.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.setMinimumHeight(0)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._column.fit()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._column.fit()


class ItemColumn(QWidget):
    """A heading over a column of tiles, one or more tiles across. Only whole tiles show:
    when more are there than fit, a "+2 lisää" button under them says so, and a tap on it
    lists them all in a card. Nothing is hidden behind a scroll bar, and no tile is cut."""

    def __init__(
        self,
        title: str,
        scale: Scale,
        parent: QWidget | None = None,
        columns: int = 1,
        *,
        more_beside: bool = False,
    ) -> None:
        """`more_beside`: "+N lisää" right of the tiles, not under them (a low strip of
        tiles, as the A3s under the ideas, has height for one row only)."""
        super().__init__(parent)
        self.title = title
        self._scale = scale
        self._columns = max(1, columns)
        self._beside = more_beside
        self._tiles: list[Tile] = []
        self.all_card: AllItemsCard | None = None
        self.gap = max(3, scale.body_px // 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(self.gap)
        self.heading = QLabel(title, self)
        self.heading.setFont(font(scale.body_px, bold=True))
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet(f"color: {theme.INK}; border-bottom: 3px solid {theme.ACCENT};")
        layout.addWidget(self.heading)
        self.holder = TileHolder(self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(self.gap)
        row.addWidget(self.holder, 1)
        layout.addLayout(row, 1)
        self.empty_label = QLabel(self.holder)
        self.empty_label.setFont(font(scale.body_px))
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #4a5560;")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_label.hide()
        self.more_button = QPushButton(self)
        self.more_button.setFont(font(scale.body_px, bold=True))
        self.more_button.setMinimumHeight(scale.touch_px)
        self.more_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.more_button.setStyleSheet(
            f"QPushButton {{ background: {theme.PAPER}; color: {theme.ACCENT};"
            f" border: 2px dashed {theme.ACCENT}; border-radius: 6px; }}"
        )
        self.more_button.clicked.connect(self.show_all)
        self.more_button.hide()
        if more_beside:
            self.more_button.setFixedWidth(scale.touch_px * 2)
            self.more_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
            row.addWidget(self.more_button)
        else:
            layout.addWidget(self.more_button)
        self._fitting = False

    def set_count(self, count: int) -> None:
        self.heading.setText(f"{self.title} ({count})" if count else self.title)

    def set_empty_text(self, text: str) -> None:
        """What an empty column says (shown when it holds no tiles)."""
        self.empty_label.setText(text)
        self.fit()

    def tiles(self) -> list[Tile]:
        return list(self._tiles)

    def shown_tiles(self) -> list[Tile]:
        return [t for t in self._tiles if not t.isHidden()]

    @property
    def hidden_count(self) -> int:
        return sum(1 for t in self._tiles if t.isHidden())

    def clear(self) -> None:
        for tile in self._tiles:
            tile.hide()
            tile.deleteLater()
        self._tiles = []
        self.fit()

    def reuse(self, count: int, make: Callable[[], Tile]) -> list[Tile]:
        """`count` tiles for a redraw: the ones shown already are kept (a wall refreshes
        thousands of times; new widgets each time cost time and, until deleted, memory),
        missing ones made by `make`, extra ones removed."""
        for tile in self._tiles[count:]:
            tile.hide()
            tile.deleteLater()
        del self._tiles[count:]
        while len(self._tiles) < count:
            self.add_tile(make())
        self.fit()
        return list(self._tiles)

    def add_tile(self, tile: Tile) -> None:
        tile.setParent(self.holder)
        self._tiles.append(tile)
        self.fit()

    # ---- whole tiles only
    def _rows(self) -> list[list[Tile]]:
        n = self._columns
        return [self._tiles[i : i + n] for i in range(0, len(self._tiles), n)]

    def fit(self) -> None:
        """Show the rows of tiles that fit whole; the rest wait behind "+N lisää"."""
        if self._fitting:
            return
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def _fit(self) -> None:
        # The room the tiles have without the button, whether it shows now or not.
        button_showing = self.more_button.isVisibleTo(self)
        width_all = self.holder.width()
        room = self.holder.height()
        if self._beside:
            if button_showing:
                width_all += self.more_button.width() + self.gap
            width_more, room_more = width_all - self.more_button.width() - self.gap, room
        else:
            button_h = max(self.more_button.minimumHeight(), self.more_button.sizeHint().height())
            if button_showing:
                room += self.more_button.height() + self.gap
            width_more, room_more = width_all, room - button_h - self.gap
        rows = self._rows()
        if self._place(rows, width_all, room, dry_run=True) == len(self._tiles):
            shown = self._place(rows, width_all, room)
        else:
            shown = self._place(rows, width_more, room_more)
        hidden = len(self._tiles) - shown
        self.more_button.setText(self.tr("+%1 lisää").replace("%1", str(hidden)))
        self.more_button.setVisible(hidden > 0)
        empty = not self._tiles and bool(self.empty_label.text())
        if empty:
            self.empty_label.setGeometry(0, 0, self.holder.width(), self.holder.height())
        self.empty_label.setVisible(empty)

    def _place(self, rows: list[list[Tile]], width: int, room: int, dry_run: bool = False) -> int:
        """Lay out the rows that fit whole in `room` at `width` (or only count them)."""
        n = self._columns
        tile_w = max(1, (width - self.gap * (n - 1)) // n)
        y = shown = 0
        fitting = True
        for row in rows:
            height = max(t.heightForWidth(tile_w) for t in row)
            fitting = fitting and y + height <= room
            if fitting:
                shown += len(row)
            if not dry_run:
                for index, tile in enumerate(row):
                    if fitting:
                        tile.setGeometry(index * (tile_w + self.gap), y, tile_w, height)
                    tile.setVisible(fitting)
            y += height + self.gap
        return shown

    # ---- all of them
    def show_all(self) -> AllItemsCard:
        """Every tile of the column in a card; a tap on one opens it as on the board."""
        card = AllItemsCard(self, self._scale)
        card.finished.connect(lambda _code: self._all_closed(card))
        self.all_card = card
        card.open()
        return card

    def _all_closed(self, card: AllItemsCard) -> None:
        if self.all_card is card:
            self.all_card = None
        card.deleteLater()


class AllItemsCard(TouchCard):
    """All tiles of a column, scrolled by a finger (and a touch-sized scroll bar)."""

    def __init__(self, column: ItemColumn, scale: Scale) -> None:
        super().__init__(column.heading.text(), scale, column)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.setMinimumWidth(scale.touch_px * 11)
        area = QScrollArea(self)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        holder = QWidget()
        rows = QVBoxLayout(holder)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(column.gap)
        self.tiles: list[Tile] = []
        for original in column.tiles():
            tile = Tile(scale, holder)
            tile.set_lines(original.title, original.meta, original.status)
            tile.set_alert(original.alert)
            tile.payload = original.payload
            tile.clicked.connect(lambda _=False, o=original: self._open(o))
            rows.addWidget(tile)
            self.tiles.append(tile)
        rows.addStretch(1)
        area.setWidget(holder)
        screen = column.screen().availableGeometry().height() if column.screen() else 1080
        area.setMinimumHeight(min(screen * 2 // 3, scale.touch_px * 4 * max(1, len(self.tiles))))
        self.body.addWidget(area, 1)

    def _open(self, original: Tile) -> None:
        """Close the list, then the tile opens its item as a tap on the board does."""
        self.accept()
        if isValid(original):
            original.click()  # hidden on the board, still the same item
