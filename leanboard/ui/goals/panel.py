"""Customer and unit goals (asiakaslähtöiset tavoitteet): one card per measure with its run chart.

Each card: the measure's name, its latest value with unit, the target with its direction,
the status as symbol + word (never colour alone), a badge for goals set on a higher tier,
and the run chart of recent periods. The cards fill the page in a grid (three across for up to
six measures, four across for up to eight, two rows), large enough to read from 3 m; more
than that scroll.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from leanboard.domain.presentation import fi_answers
from leanboard.services import Services
from leanboard.services.dto import BoardSnapshot, MeasureSeries
from leanboard.ui.common import fmt, theme
from leanboard.ui.common.card import Card, font
from leanboard.ui.common.charts import RunChart, period_label
from leanboard.ui.common.ops import runner_for
from leanboard.ui.common.sections import section_title
from leanboard.ui.common.theme import Scale

DIRECTION_SIGNS = {"higher": "≥", "lower": "≤"}
COLUMNS_UP_TO_SIX = 3
COLUMNS_MORE = 4


def with_unit(value: float, unit: str, decimals: int) -> str:
    """61,5 % · 12 min — Finnish puts a space between the number and the unit, % included."""
    text = fmt.number(value, decimals)
    return f"{text}\u00a0{unit}" if unit else text


def status_key(series: MeasureSeries) -> str:
    on_target = series.on_target
    if on_target is None:
        return "no_data"
    return "on_target" if on_target else "off_target"


KEY_FIGURE_PX = 40  # a key figure is read from 3 m: never smaller than this on the wall


class FigureLabel(QLabel):
    """The latest value: the number in big type, its unit beside it in body type (text() is the
    whole "12\u00a0asukasta/vko"). When the card is too narrow for both, the number shrinks —
    never below a key figure's 40 px — and if that is not enough the unit goes on a line of
    its own under it (the label grows by that line), so both are shown whole."""

    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._big, self._small = scale.figure_px, scale.body_px
        self._smallest = min(KEY_FIGURE_PX, scale.figure_px)  # the desk's figures are smaller
        self._one_line_h = int(scale.figure_px * 1.25)
        self._two_lines_h = int(self._smallest * 1.2 + scale.body_px * 1.3)
        self.setFont(font(scale.figure_px, bold=True))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self._one_line_h)

    def parts(self) -> tuple[str, str]:
        number, _, unit = self.text().partition("\u00a0")
        return number, unit

    def layout_fonts(self) -> tuple[QFont, QFont, bool]:
        """(number font, unit font, unit on a line of its own): the largest number that fits
        the width beside its unit; if even a 40 px number does not, the unit goes under the
        number, both whole."""
        number, unit = self.parts()
        unit_font = font(self._small, bold=True)
        unit_px = QFontMetrics(unit_font).horizontalAdvance("\u00a0" + unit) if unit else 0
        big = self._big
        while big >= self._smallest:
            number_font = font(big, bold=True)
            if QFontMetrics(number_font).horizontalAdvance(number) + unit_px <= self.width() - 2:
                return number_font, unit_font, False
            big -= 2
        # Two lines: the largest number up to figure size that fits the width, never < 40 px.
        big = self._big
        while big > self._smallest:
            if QFontMetrics(font(big, bold=True)).horizontalAdvance(number) <= self.width() - 2:
                break
            big -= 2
        return font(max(big, self._smallest), bold=True), unit_font, True

    def _fit_height(self) -> None:
        two_lines = self.layout_fonts()[2]
        wanted = max(self._two_lines_h, self._one_line_h) if two_lines else self._one_line_h
        if self.height() != wanted:
            self.setFixedHeight(wanted)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def minimumSizeHint(self) -> QSize:
        return QSize(self._small * 3, self.height())

    def sizeHint(self) -> QSize:
        number, unit = self.parts()
        width = QFontMetrics(font(self._big, bold=True)).horizontalAdvance(number)
        width += QFontMetrics(font(self._small, bold=True)).horizontalAdvance("\u00a0" + unit)
        return QSize(width + 4, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        number, unit = self.parts()
        number_font, unit_font, two_lines = self.layout_fonts()
        painter = QPainter(self)
        painter.setPen(QColor(theme.INK))
        painter.setFont(number_font)
        if two_lines:
            painter.drawText(0, QFontMetrics(number_font).ascent(), number)
            painter.setFont(unit_font)
            painter.drawText(0, self.height() - QFontMetrics(unit_font).descent() - 1, unit)
        else:
            baseline = int(self.height() * 0.8)
            painter.drawText(0, baseline, number)
            if unit:
                x = QFontMetrics(number_font).horizontalAdvance(number)
                painter.setFont(unit_font)
                painter.drawText(x, baseline, "\u00a0" + unit)
        painter.end()


class MeasureCard(QFrame):
    """One measure: name, latest value, target, status and run chart, stacked so the chart
    gets the card's full width."""

    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measure")
        self.setStyleSheet(
            f"QFrame#measure {{ background: {theme.PAPER}; border: 1px solid #d0d5db;"
            " border-radius: 6px; }"
        )
        pad = max(4, scale.body_px // 3)
        column = QVBoxLayout(self)
        column.setContentsMargins(pad, pad // 2, pad, pad // 2)
        column.setSpacing(0)

        self.name_label = QLabel(self)
        self.name_label.setFont(font(scale.body_px, bold=True))
        self.name_label.setWordWrap(True)
        self.name_label.setStyleSheet(f"color: {theme.INK};")
        column.addWidget(self.name_label)
        self.badge_label = QLabel(self.tr("⇩ ylemmältä tasolta"), self)
        self.badge_label.setFont(font(scale.body_px, bold=True))
        self.badge_label.setStyleSheet(f"color: {theme.ACCENT};")
        column.addWidget(self.badge_label)

        figures = QHBoxLayout()
        figures.setSpacing(scale.body_px // 2)
        self.value_label = FigureLabel(scale, self)
        self.target_label = QLabel(self)
        self.target_label.setFont(font(scale.body_px))
        self.target_label.setStyleSheet(f"color: {theme.INK};")
        # The target beside the big figure on two short lines, saving a row per card.
        figures.addWidget(self.value_label, 1, Qt.AlignmentFlag.AlignVCenter)
        figures.addWidget(self.target_label, 0, Qt.AlignmentFlag.AlignVCenter)
        column.addLayout(figures)
        status_row = QHBoxLayout()
        self.status_label = QLabel(self)
        self.status_label.setFont(font(scale.body_px, bold=True))
        status_row.addWidget(self.status_label, 1)
        # How many answers the latest NPS figure rests on ("n = 42"): 45 from 3 answers
        # reads differently from 45 from 200. Ink on paper, so it prints in black and white.
        self.answers_label = QLabel(self)
        self.answers_label.setFont(font(scale.body_px))
        self.answers_label.setStyleSheet(f"color: {theme.INK};")
        self.answers_label.setToolTip(self.tr("vastausten määrä viimeisimmässä luvussa"))
        self.answers_label.hide()
        status_row.addWidget(self.answers_label, 0, Qt.AlignmentFlag.AlignRight)
        column.addLayout(status_row)

        self.chart = RunChart(scale, self, own_signal_label=False)
        self.chart.setMinimumHeight(scale.body_px * 5)
        column.addWidget(self.chart, 1)
        # The signal sentence runs under the chart across the whole card.
        self.chart.signal_label.setParent(self)
        column.addWidget(self.chart.signal_label)
        self._series: MeasureSeries | None = None

    def show_series(self, series: MeasureSeries) -> None:
        if series == self._series:
            return  # most refreshes change another section: the chart stays as drawn
        self._series = series
        m = series.measure
        self.name_label.setText(m.name)
        self.badge_label.setVisible(series.from_parent)
        latest = series.latest
        if latest is None:
            self.value_label.setText("–")
            self.value_label.setToolTip("")
        else:
            self.value_label.setText(with_unit(latest.value, m.unit, m.decimals))
            self.value_label.setToolTip(period_label(latest.period_start, m.frequency))
        answers = latest.answers if latest is not None else None
        self.answers_label.setText(fi_answers(answers) if answers is not None else "")
        self.answers_label.setVisible(answers is not None)
        if m.target is None:
            self.target_label.setText(self.tr("ei tavoitetta"))
        else:
            sign = DIRECTION_SIGNS.get(m.direction, "")
            self.target_label.setText(
                self.tr("tavoite") + f"\n{sign}\u00a0{with_unit(m.target, m.unit, m.decimals)}"
            )
        symbol, word, colour = theme.STATUS[status_key(series)]
        self.status_label.setText(f"{symbol} {self.tr(word)}")
        self.status_label.setStyleSheet(f"color: {colour};")
        self.chart.show_series(series)

    @property
    def status_text(self) -> str:
        return self.status_label.text()


class GoalsPanel(Card):
    changed = Signal()  # nothing here edits data yet; kept for the section contract

    def __init__(self, services: Services, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(section_title("goals"), scale, parent)
        self._services = services
        self._scale = scale
        self.cards: dict[int, MeasureCard] = {}
        self._made: dict[int, MeasureCard] = {}  # made ahead, one per turn, not yet placed
        self._columns = 0

        self.empty_label = QLabel(
            self.tr("Ei mittareita. Tavoitteet lisätään työpöytäversiossa."), self
        )
        self.empty_label.setFont(font(scale.body_px))
        self.empty_label.setWordWrap(True)
        self.body.addWidget(self.empty_label)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setStyleSheet("QScrollArea { background: transparent; }")
        self.holder = QWidget()
        self.holder.setStyleSheet("background: transparent;")
        self.grid = QGridLayout(self.holder)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(max(4, scale.body_px // 3))
        self.scroll_area.setWidget(self.holder)
        self.scroll_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.body.addWidget(self.scroll_area, 1)

    def show_snapshot(self, snapshot: BoardSnapshot) -> None:
        measures = snapshot.measures
        self.empty_label.setVisible(not measures)
        self.scroll_area.setVisible(bool(measures))
        wanted = [s.measure.id for s in measures]
        missing = [m for m in wanted if m not in self.cards and m not in self._made]
        if len(missing) > 1:
            # A chart takes ~50 ms to make: one per turn of the event loop, so the screen
            # keeps answering taps while a board with many goals is built.
            self._made[missing[0]] = MeasureCard(self._scale, self.holder)
            runner_for(self).later(lambda: self.show_snapshot(snapshot))
            return
        if list(self.cards) != wanted:
            self._rebuild(wanted)
        for series in measures:
            self.cards[series.measure.id].show_series(series)

    def _rebuild(self, ids: list[int]) -> None:
        # Charts are costly to create, so cards are kept and only re-laid out when the set of
        # measures changes; a refresh with the same measures only updates them.
        for measure_id in list(self.cards):
            if measure_id not in ids:
                self.cards.pop(measure_id).deleteLater()
        while self.grid.count():
            self.grid.takeAt(0)
        columns = COLUMNS_UP_TO_SIX if len(ids) <= 6 else COLUMNS_MORE
        cards: dict[int, MeasureCard] = {}
        for index, measure_id in enumerate(ids):
            card = (
                self.cards.get(measure_id)
                or self._made.pop(measure_id, None)
                or MeasureCard(self._scale, self.holder)
            )
            self.grid.addWidget(card, index // columns, index % columns)
            cards[measure_id] = card
        for column in range(max(columns, self.grid.columnCount())):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        rows = -(-len(ids) // columns)
        for row in range(max(rows, self.grid.rowCount())):
            self.grid.setRowStretch(row, 1 if row < rows else 0)
        # Beyond two rows the page scrolls rather than squeezing each chart below readability.
        for card in cards.values():
            card.setMinimumHeight(self._scale.body_px * 16 if rows > 2 else 0)
        self.cards = cards
        for unused in self._made.values():
            unused.deleteLater()
        self._made = {}
