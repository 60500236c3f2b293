"""Customer and unit goals (asiakaslähtöiset tavoitteet): one card per measure with its run chart.

Each card: the measure's name, its latest value with unit, the target with its direction,
the status as symbol + word (never colour alone), a badge for goals set on a higher tier,
and the run chart of recent periods. The cards stack in one column and share the height,
so four to six fit the wall's left column; more than that scroll.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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

from leanboard.services import Services
from leanboard.services.dto import BoardSnapshot, MeasureSeries
from leanboard.ui import fmt, theme
from leanboard.ui.card import Card, font
from leanboard.ui.charts import RunChart, period_label
from leanboard.ui.sections import section_title
from leanboard.ui.theme import Scale

DIRECTION_SIGNS = {"higher": "≥", "lower": "≤"}


def with_unit(value: float, unit: str, decimals: int) -> str:
    """61,5 % · 12 min — Finnish puts a space between the number and the unit, % included."""
    text = fmt.number(value, decimals)
    return f"{text}\u00a0{unit}" if unit else text


def status_key(series: MeasureSeries) -> str:
    on_target = series.on_target
    if on_target is None:
        return "no_data"
    return "on_target" if on_target else "off_target"


class MeasureCard(QFrame):
    """One measure: name, latest value, target, status and run chart."""

    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measure")
        self.setStyleSheet(
            f"QFrame#measure {{ background: {theme.PAPER}; border: 1px solid #d0d5db;"
            " border-radius: 6px; }"
        )
        pad = max(4, scale.body_px // 3)
        grid = QGridLayout(self)
        grid.setContentsMargins(pad, pad // 2, pad, pad // 2)
        grid.setHorizontalSpacing(pad)
        grid.setVerticalSpacing(0)

        # Left: the words and figures, in a column of fixed width so every card lines up.
        info = QVBoxLayout()
        info.setSpacing(0)
        self.name_label = QLabel(self)
        self.name_label.setFont(font(scale.body_px, bold=True))
        self.name_label.setWordWrap(True)
        self.name_label.setStyleSheet(f"color: {theme.INK};")
        self.value_label = QLabel(self)
        self.value_label.setFont(font(scale.figure_px, bold=True))
        self.value_label.setStyleSheet(f"color: {theme.INK};")
        self.status_label = QLabel(self)
        self.status_label.setFont(font(scale.body_px, bold=True))
        self.target_label = QLabel(self)
        self.target_label.setFont(font(scale.body_px))
        # The target sits beside the big figure on two short lines, saving a row per card.
        figures = QHBoxLayout()
        figures.setSpacing(scale.body_px // 2)
        figures.addWidget(self.value_label, 0, Qt.AlignmentFlag.AlignVCenter)
        figures.addWidget(self.target_label, 1, Qt.AlignmentFlag.AlignVCenter)
        info.addLayout(figures)
        info.addWidget(self.status_label)
        info.addStretch(1)
        info_box = QWidget(self)
        info_box.setLayout(info)
        info_box.setFixedWidth(scale.body_px * 12)
        grid.addWidget(info_box, 1, 0)

        # The name and the badge of a goal set higher up run across the card: in the narrow
        # figures column long names would wrap to three lines.
        header = QHBoxLayout()
        self.badge_label = QLabel(self.tr("⇩ ylemmältä tasolta"), self)
        self.badge_label.setFont(font(max(12, scale.body_px - 6), bold=True))
        self.badge_label.setStyleSheet(
            f"color: {theme.ACCENT}; border: 2px solid {theme.ACCENT}; border-radius: 4px;"
            " padding: 0px 4px;"
        )
        header.addWidget(self.name_label, 1)
        header.addWidget(self.badge_label, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(header, 0, 0, 1, 2)
        self.chart = RunChart(scale, self, own_signal_label=False)
        self.chart.setMinimumHeight(scale.body_px * 4)
        grid.addWidget(self.chart, 1, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)

        # The signal sentence runs under the chart across the whole card, so it stays one line.
        self.chart.signal_label.setParent(self)
        grid.addWidget(self.chart.signal_label, 2, 0, 1, 2)

    def show_series(self, series: MeasureSeries) -> None:
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
        columns = 1
        cards: dict[int, MeasureCard] = {}
        for index, measure_id in enumerate(ids):
            card = self.cards.get(measure_id) or MeasureCard(self._scale, self.holder)
            self.grid.addWidget(card, index // columns, index % columns)
            cards[measure_id] = card
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        rows = -(-len(ids) // columns)
        for row in range(max(rows, self.grid.rowCount())):
            self.grid.setRowStretch(row, 1 if row < rows else 0)
        self.cards = cards
