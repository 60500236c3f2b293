"""Customer and unit goals (asiakaslähtöiset tavoitteet): one card per measure with its run chart.

Each card: the measure's name, its latest value with unit, the target with its direction,
the status as symbol + word (never colour alone), a badge for goals set on a higher tier,
the Making Data Count icons in words, and the run chart of recent periods with its numbered
notes. The cards fill the page in a grid (three across for up to six measures, four across for
up to eight, two rows), all text in body type or larger and every chart at least
CHART_MIN_LINES body lines high; more measures, or a card whose words need more room than a
row gives, make the page scroll rather than shrink a chart or cut a line. A tap on a card opens
the goal large with every note's text (GoalCard).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
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

from leanboard.domain.presentation import ASSURANCE, VARIATION, fi_answers, mdc_keys
from leanboard.domain.spc import MdcSummary
from leanboard.services import Services
from leanboard.services.charting import numbered_notes, series_chart
from leanboard.services.dto import BoardSnapshot, MeasureSeries
from leanboard.ui.common import fmt, theme
from leanboard.ui.common.card import Card, font
from leanboard.ui.common.ops import runner_for
from leanboard.ui.common.sections import section_title
from leanboard.ui.common.theme import Scale
from leanboard.ui.common.touch_card import TouchCard

DIRECTION_SIGNS = {"higher": "≥", "lower": "≤"}
COLUMNS_UP_TO_SIX = 3
COLUMNS_MORE = 4
CHART_MIN_LINES = 7.5  # a goal's chart is never lower than this many body lines (wall: 180 px)


def with_unit(value: float, unit: str, decimals: int) -> str:
    """61,5 % · 12 min — Finnish puts a space between the number and the unit, % included."""
    text = fmt.number(value, decimals)
    return f"{text}\u00a0{unit}" if unit else text


def unbroken(text: str) -> str:
    """The text as one piece a wrapping label does not break: no-break spaces, and a word
    joiner after each "/" (Unicode's line breaking allows a break after a slash)."""
    return text.replace(" ", "\u00a0").replace("/", "/\u2060")


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
    """One measure, stacked so the chart gets the card's full width:

    - its name, and a line for a goal set above ("⇩ ylemmältä tasolta") and the answers an
      NPS figure rests on ("n = 42"), shown only when there is one of them;
    - the latest value in big type, with the status and the target beside it;
    - the Making Data Count icons, each its symbol and words on a line of its own;
    - the run chart, never lower than CHART_MIN_LINES body lines (the wall: 180 px);
    - the run chart's signal in words.

    Everything is in body type or larger, read from 3 m. The notes are numbered markers on the
    chart; a tap on the card opens the goal large with each note's text.
    """

    tapped = Signal(object)  # the MeasureSeries: the wall opens its GoalCard

    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measure")
        self.setStyleSheet(
            f"QFrame#measure {{ background: {theme.PAPER}; border: 1px solid #d0d5db;"
            " border-radius: 6px; }"
        )
        pad = max(4, scale.body_px // 3)
        column = QVBoxLayout(self)
        column.setContentsMargins(pad, pad // 4, pad, pad // 4)
        column.setSpacing(0)

        def line(bold: bool = False, wrap: bool = True) -> QLabel:
            label = QLabel(self)
            label.setFont(font(scale.body_px, bold=bold))
            label.setWordWrap(wrap)
            label.setStyleSheet(f"color: {theme.INK};")
            return label

        self.name_label = line(bold=True)
        column.addWidget(self.name_label)
        meta_row = QHBoxLayout()
        self.badge_label = line(bold=True, wrap=False)
        self.badge_label.setText(self.tr("⇩ ylemmältä tasolta"))
        self.badge_label.setStyleSheet(f"color: {theme.ACCENT};")
        meta_row.addWidget(self.badge_label, 1)
        # How many answers the latest NPS figure rests on ("n = 42"): 45 from 3 answers
        # reads differently from 45 from 200. Ink on paper, so it prints in black and white.
        self.answers_label = line(wrap=False)
        self.answers_label.setToolTip(self.tr("vastausten määrä viimeisimmässä luvussa"))
        meta_row.addWidget(self.answers_label, 0, Qt.AlignmentFlag.AlignRight)
        column.addLayout(meta_row)

        figures = QHBoxLayout()
        figures.setSpacing(scale.body_px // 2)
        self.value_label = FigureLabel(scale, self)
        figures.addWidget(self.value_label, 1, Qt.AlignmentFlag.AlignVCenter)
        # The status and the target beside the big figure, two short lines saving a row.
        beside = QVBoxLayout()
        beside.setSpacing(0)
        self.status_label = line(bold=True)
        self.target_label = line()
        beside.addWidget(self.status_label)
        beside.addWidget(self.target_label)
        figures.addLayout(beside)
        column.addLayout(figures)

        # Making Data Count: variation and assurance, each a symbol and its words.
        self.variation_label = line()
        self.assurance_label = line()
        column.addWidget(self.variation_label)
        column.addWidget(self.assurance_label)

        # pyqtgraph (and numpy) are imported with the first goal shown, not before the wall's
        # first page is painted: a third of a second of every start when that page has none.
        from leanboard.ui.common.charts import RunChart

        self.chart = RunChart(scale, self, own_signal_label=False)
        self.chart.setMinimumHeight(int(scale.body_px * CHART_MIN_LINES))
        column.addWidget(self.chart, 1)
        # The signal sentence runs under the chart across the whole card.
        self.chart.signal_label.setParent(self)
        column.addWidget(self.chart.signal_label)
        self._series: MeasureSeries | None = None
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._series is not None and event.button() == Qt.MouseButton.LeftButton:
            self.tapped.emit(self._series)
        super().mousePressEvent(event)

    def show_series(self, series: MeasureSeries) -> None:
        if series == self._series:
            return  # most refreshes change another section: the chart stays as drawn
        self._series = series
        m = series.measure
        self.name_label.setText(m.name)
        latest = series.latest
        if latest is None:
            self.value_label.setText("–")
            self.value_label.setToolTip("")
        else:
            self.value_label.setText(with_unit(latest.value, m.unit, m.decimals))
            self.value_label.setToolTip(fmt.period_label(latest.period_start, m.frequency))
        answers = latest.answers if latest is not None else None
        self.answers_label.setText(fi_answers(answers) if answers is not None else "")
        self.badge_label.setVisible(series.from_parent)
        self.answers_label.setVisible(answers is not None)
        if m.target is None:
            self.target_label.setText(self.tr("ei tavoitetta"))
        else:
            sign = DIRECTION_SIGNS.get(m.direction, "")
            # A narrow card breaks the line after "tavoite" only, never inside "≥ 20,0 h/vko".
            goal = unbroken(f"{sign} {with_unit(m.target, m.unit, m.decimals)}")
            self.target_label.setText(self.tr("tavoite") + " " + goal)
        symbol, word, colour = theme.STATUS[status_key(series)]
        self.status_label.setText(f"{symbol} {self.tr(word)}")
        self.status_label.setStyleSheet(f"color: {colour};")
        self.chart.show_series(series)
        mdc = series_chart(series).mdc
        variation, assurance = mdc_lines(mdc)
        if mdc.variation is None:
            # Neither icon can be told yet: one line says so, not two.
            variation = "– " + self.tr("liian vähän pisteitä arvioon")
        self.variation_label.setText(variation)
        self.assurance_label.setText(assurance)
        # Without a target there is no assurance to tell ("ei tavoitetta" says why).
        self.assurance_label.setVisible(mdc.variation is not None and m.target is not None)
        # "Muutosta arvioidaan, kun pisteitä on 10": the icons' line already tells whether
        # the points judge anything, so the card keeps its lines for a signal the run chart
        # flags (the goal opened by a tap says it in full).
        judged = self.chart.analysis.enough_points or self.chart.analysis.n_points == 0
        self.chart.signal_label.setVisible(judged and bool(self.chart.signal_text))

    @property
    def status_text(self) -> str:
        return self.status_label.text()

    @property
    def mdc_text(self) -> str:
        return f"{self.variation_label.text()} · {self.assurance_label.text()}"


def mdc_lines(mdc: MdcSummary) -> tuple[str, str]:
    """("∼ tavallista vaihtelua", "? tavoite täyttyy vain joskus")"""
    variation, assurance = mdc_keys(mdc.variation, mdc.assurance)
    v_symbol, v_words, _ = VARIATION[variation]
    a_symbol, a_words, _ = ASSURANCE[assurance]
    return f"{v_symbol} {v_words}", f"{a_symbol} {a_words}"


def mdc_text(mdc: MdcSummary) -> str:
    """∼ tavallista vaihtelua · ? tavoite täyttyy vain joskus"""
    return " · ".join(mdc_lines(mdc))


class GoalCard(TouchCard):
    """A goal opened from the wall: its chart large, every note whole, the icons in words."""

    def __init__(self, series: MeasureSeries, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(series.measure.name, scale, parent)
        from leanboard.ui.common.charts import RunChart

        self.chart = RunChart(scale, self)
        self.chart.setMinimumSize(scale.touch_px * 12, scale.touch_px * 5)
        self.chart.show_series(series)
        self.body.addWidget(self.chart)
        self.add_line(mdc_text(series_chart(series).mdc), bold=True)
        self.note_lines = []
        for n in numbered_notes(series):
            when = fmt.period_label(n.note.period_start, series.measure.frequency)
            link = n.note.a3_title or n.note.idea_title
            text = f"{n.number}  {when}: {n.note.note}" + (f" ({link})" if link else "")
            self.note_lines.append(self.add_line(text))
        if not self.note_lines:
            self.add_line(self.tr("Kaaviossa ei ole merkintöjä."))


class GoalsPanel(Card):
    changed = Signal()  # nothing here edits data yet; kept for the section contract

    def __init__(self, services: Services, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(section_title("goals"), scale, parent)
        self._services = services
        self._scale = scale
        # On the wall the goals fill their page, whose tab above already says "Tavoitteet": the
        # heading's 46 px go to the charts, so eight cards and their words fit two rows.
        self.title_label.setVisible(not theme.is_wall(scale))
        self.cards: dict[int, MeasureCard] = {}
        self._made: dict[int, MeasureCard] = {}  # made ahead, one per turn, not yet placed
        self._columns = 0
        self.goal_card: GoalCard | None = None

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
        self.grid.setSpacing(max(4, scale.body_px // 4))
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
            self._made[missing[0]] = self._new_card()
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
                self.cards.get(measure_id) or self._made.pop(measure_id, None) or self._new_card()
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

    def _new_card(self) -> MeasureCard:
        card = MeasureCard(self._scale, self.holder)
        card.tapped.connect(self.open_goal)
        return card

    def open_goal(self, series: MeasureSeries) -> None:
        """A tap on a goal card: its chart large, with every note's text."""
        if self.goal_card is not None:
            return
        card = GoalCard(series, self._scale, self)
        card.finished.connect(lambda _code: self._goal_closed(card))
        self.goal_card = card
        card.open()

    def _goal_closed(self, card: GoalCard) -> None:
        if self.goal_card is card:
            self.goal_card = None
        card.deleteLater()
