"""The run chart a measure is drawn as: values, target, median and flagged non-random change.

Signals come from leanboard.domain.run_chart (Anhøj rules as in qicharts2, plus IHI's shift
and trend rules, Perla, Provost & Murray 2011). Signal points are drawn as larger diamonds in
another colour and named in words under the chart, so they read without colour too.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from leanboard.domain.run_chart import (
    MIN_USEFUL_POINTS,
    PhaseAnalysis,
    RunChartAnalysis,
    analyse,
    analyse_phases,
    signal_points,
)
from leanboard.services.charting import numbered_notes, series_chart
from leanboard.services.dto import MeasureSeries
from leanboard.ui.common import fmt, theme
from leanboard.ui.common.fmt import period_label
from leanboard.ui.common.theme import Scale

SIGNAL_COLOUR = "#e65100"  # deep orange: apart from the blue line, the green and red status
LINE_COLOUR = theme.ACCENT
TICK_WIDTH_EM = 4.5  # room one period label needs, in tick-font heights ("vk 47", "marras")


def period_ticks(labels: Sequence[str], room: int) -> list[tuple[int, str]]:
    """(point index, period label) for at most `room` labels, evenly spaced and counted back
    from the latest period, so the newest one is always named."""
    n = len(labels)
    step = max(1, -(-n // max(1, room)))
    return [(i, labels[i]) for i in sorted(range(n - 1, -1, -step))]


def nice_step(raw: float) -> float:
    """The smallest of 1, 2, 2.5, 5 × 10^k that is at least `raw`."""
    if raw <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * power >= raw:
            return factor * power
    return 10 * power


def step_decimals(step: float) -> int:
    """Decimals that show every multiple of `step` exactly: 2.5 → 1 (7,5 not 8), 5 → 0."""
    for decimals in range(4):
        scaled = step * 10**decimals
        if abs(scaled - round(scaled)) < 1e-6 * max(1.0, scaled):
            return decimals
    return 3


def _font(px: int, bold: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(px)
    f.setBold(bold)
    return f


class FinnishAxis(pg.AxisItem):
    """Value ticks with a decimal comma (4,5 not 4.5), as everything else on the board."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [fmt.number(v * scale, step_decimals(spacing * scale)) for v in values]


class LineLabels(pg.AxisItem):
    """The names of the target and median lines in the right margin, each at its line's
    height and pushed apart when the two lines are close: a name never sits on a data point
    or on the other name (qicharts2 labels its centre line in the margin the same way)."""

    def __init__(self, tick_font: QFont) -> None:
        super().__init__("right")
        self.label_font = tick_font
        self.labels: list[tuple[float, str, str]] = []  # value, text, colour
        self.placed: list[tuple[str, QRectF]] = []  # where they were drawn (tests ask)
        self.setStyle(showValues=False, tickLength=0)
        self.setPen(pg.mkPen(None))

    def set_labels(self, labels: list[tuple[float, str, str]]) -> None:
        self.labels = labels
        self.update()

    def needed_width(self, texts: Sequence[str]) -> int:
        metrics = QFontMetricsF(self.label_font)
        return int(max((metrics.horizontalAdvance(t) for t in texts), default=0) + 10)

    def paint(self, painter: QPainter, *_args: object) -> None:
        view = self.linkedView()
        self.placed = []
        if view is None or not self.labels:
            return
        metrics = QFontMetricsF(self.label_font)
        height = metrics.height()
        box = self.boundingRect()
        wanted = sorted(
            (self.mapFromScene(view.mapViewToScene(QPointF(0, value))).y(), text, colour)
            for value, text, colour in self.labels
        )
        # Top down, each name at least a line below the one above; then back up from the
        # bottom edge if that pushed the last one out.
        tops: list[float] = []
        for y, _text, _colour in wanted:
            top = y - height / 2
            if tops:
                top = max(top, tops[-1] + height)
            tops.append(top)
        limit = box.bottom() - height
        for index in range(len(tops) - 1, -1, -1):
            ceiling = limit if index == len(tops) - 1 else tops[index + 1] - height
            tops[index] = max(box.top(), min(tops[index], ceiling))
        painter.setFont(self.label_font)
        for (_y, text, colour), top in zip(wanted, tops, strict=True):
            rect = QRectF(box.left() + 6, top, box.width() - 6, height)
            painter.setPen(QColor(colour))
            painter.drawText(
                rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
            )
            self.placed.append((text, rect))


class RunChart(QWidget):
    """A read-only run chart for the wall: no pan, zoom or context menu."""

    def __init__(
        self, scale: Scale, parent: QWidget | None = None, *, own_signal_label: bool = True
    ) -> None:
        """With own_signal_label=False the owner places `signal_label` in its own layout."""
        super().__init__(parent)
        self.scale = scale
        self.analysis: RunChartAnalysis = analyse([])
        self.phases: tuple[PhaseAnalysis, ...] = ()
        self.notes: tuple[tuple[int, int], ...] = ()  # (point index, note number) drawn
        self._phase_items: list[pg.GraphicsObject] = []
        self._labels: list[str] = []
        self._values: list[float] = []
        self._target: float | None = None
        self.tick_px = max(12, scale.body_px - 4)
        self.plot = pg.PlotWidget(
            parent=self, background=theme.PAPER, axisItems={"left": FinnishAxis("left")}
        )
        self.plot.setAntialiasing(True)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Touches on the wall scroll the board; the chart must not swallow them.
        self.plot.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        item = self.plot.getPlotItem()
        item.getViewBox().setMouseEnabled(x=False, y=False)
        item.getViewBox().setDefaultPadding(0.04)
        for name in ("bottom", "left"):
            axis = item.getAxis(name)
            axis.setStyle(tickFont=_font(self.tick_px), tickTextOffset=4)
            axis.setTextPen(pg.mkPen(theme.INK))
            axis.setPen(pg.mkPen("#8a9099", width=1))
        item.getAxis("left").setWidth(int(self.tick_px * 3))
        # A few major ticks only, and none half cut off at the top or bottom edge.
        item.getAxis("left").setStyle(maxTickLevel=0, hideOverlappingLabels=True)
        item.getAxis("bottom").setHeight(int(self.tick_px * 1.5))

        line_w = max(2, scale.body_px // 8)
        marker = max(8, scale.body_px // 2)
        self.values_item = pg.PlotDataItem(
            pen=pg.mkPen(LINE_COLOUR, width=line_w),
            symbol="o",
            symbolSize=marker,
            symbolBrush=LINE_COLOUR,
            symbolPen=pg.mkPen(theme.PAPER, width=1),
        )
        self.signal_item = pg.ScatterPlotItem(
            symbol="d",
            size=int(marker * 2),
            brush=pg.mkBrush(SIGNAL_COLOUR),
            pen=pg.mkPen(theme.INK, width=2),
        )
        self.target_line = pg.InfiniteLine(
            angle=0, pen=pg.mkPen(theme.GREEN, width=line_w, style=Qt.PenStyle.DashLine)
        )
        self.median_line = pg.InfiniteLine(angle=0, pen=pg.mkPen(theme.GREY, width=1))
        # The lines are named in the right margin, beside the data, never over it.
        self.line_labels = LineLabels(_font(self.tick_px))
        item.setAxisItems({"right": self.line_labels})
        item.showAxis("right")
        self.line_labels.setWidth(
            self.line_labels.needed_width([self.tr("tavoite"), self.tr("mediaani")])
        )
        for plot_item in (self.median_line, self.target_line, self.values_item, self.signal_item):
            self.plot.addItem(plot_item)

        self.signal_label = QLabel(self)
        self.signal_label.setFont(_font(scale.body_px))
        self.signal_label.setWordWrap(True)
        self.signal_label.setStyleSheet(f"color: {theme.INK};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.plot, 1)
        if own_signal_label:
            layout.addWidget(self.signal_label)

    def show_series(self, series: MeasureSeries) -> None:
        """The series with its phases (each its own median) and its numbered notes."""
        chart = series_chart(series)
        self.set_data(
            [p.value for p in series.points],
            [period_label(p.period_start, series.measure.frequency) for p in series.points],
            series.measure.target,
            phases=chart.run,
            notes=[(n.index, n.number) for n in numbered_notes(series)],
        )

    def set_data(
        self,
        values: Sequence[float],
        labels: Sequence[str],
        target: float | None,
        *,
        phases: Sequence[PhaseAnalysis] | None = None,
        notes: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.phases = tuple(phases) if phases is not None else analyse_phases(values)
        # The words under the chart speak of the current phase: the process as it runs now.
        self.analysis = self.phases[-1].analysis if self.phases else analyse([])
        self.notes = tuple(notes)
        xs = list(range(len(values)))
        self.values_item.setData(xs, list(values))
        flagged = signal_points(self.phases)
        self.signal_item.setData([xs[i] for i in flagged], [values[i] for i in flagged])
        self._draw_phases_and_notes(values)

        self.target_line.setVisible(target is not None)
        names: list[tuple[float, str, str]] = []
        if target is not None:
            self.target_line.setValue(target)
            names.append((target, self.tr("tavoite"), theme.GREEN))
        median = self.analysis.median
        # After a phase start each phase draws its own median segment instead.
        self.median_line.setVisible(median is not None and len(self.phases) <= 1)
        if median is not None:
            self.median_line.setValue(median)
            names.append((median, self.tr("mediaani"), "#5f6770"))
        self.line_labels.set_labels(names)

        self._labels = list(labels)
        self._values, self._target = list(values), target
        self._set_ticks()
        self._set_range()
        self.signal_label.setText(self._signal_text())
        self.signal_label.setVisible(bool(self.signal_label.text()))

    @property
    def phase_medians(self) -> list[float | None]:
        """The median of each phase shown, oldest first (one per phase after a split)."""
        return [p.analysis.median for p in self.phases]

    def _draw_phases_and_notes(self, values: Sequence[float]) -> None:
        for item in self._phase_items:
            self.plot.removeItem(item)
        self._phase_items = []
        line_w = max(2, self.scale.body_px // 10)
        if len(self.phases) > 1:
            for n, part in enumerate(self.phases):
                if n:
                    divider = pg.InfiniteLine(
                        pos=part.start - 0.5,
                        angle=90,
                        pen=pg.mkPen(theme.INK, width=1, style=Qt.PenStyle.DotLine),
                    )
                    self._phase_items.append(divider)
                median = part.analysis.median
                if median is None:
                    continue
                style = Qt.PenStyle.DashLine if part.frozen else Qt.PenStyle.SolidLine
                segment = pg.PlotDataItem(
                    [part.start - 0.5 if n else -0.5, part.end - 0.5],
                    [median, median],
                    pen=pg.mkPen(theme.GREY, width=line_w, style=style),
                )
                self._phase_items.append(segment)
        elif self.phases and self.phases[0].frozen:
            self.median_line.setPen(pg.mkPen(theme.GREY, width=1, style=Qt.PenStyle.DashLine))
        else:
            self.median_line.setPen(pg.mkPen(theme.GREY, width=1))
        for index, number in self.notes:
            if not 0 <= index < len(values):
                continue
            marker = pg.TextItem(
                html=(
                    f'<div style="background:#ffffff; border:2px solid {theme.INK};'
                    f" border-radius:{self.tick_px}px; padding:0 4px; font-weight:bold;"
                    f' font-size:{self.tick_px}px; color:{theme.INK}">{number}</div>'
                ),
                anchor=(0.5, 1.3),
            )
            marker.setPos(index, values[index])
            self._phase_items.append(marker)
        for item in self._phase_items:
            self.plot.addItem(item)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # A narrower chart labels fewer periods; a lower one needs more room for line labels.
        self._set_ticks()
        self._set_range()

    def _view_width(self) -> float:
        """The data area's width: the plot less the value axis and the line names' margin."""
        return float(self.plot.width() - self.tick_px * 3 - self.line_labels.width())

    def _set_ticks(self) -> None:
        room = max(1, int(self._view_width() / (self.tick_px * TICK_WIDTH_EM)))
        self.plot.getPlotItem().getAxis("bottom").setTicks([period_ticks(self._labels, room)])

    def _set_range(self) -> None:
        values, target = self._values, self._target
        levels = [*values, *([target] if target is not None else [])]
        if not levels:
            self.plot.setRange(xRange=(0, 1), yRange=(0, 1), padding=0)
            return
        low, high = min(levels), max(levels)
        span = (high - low) or abs(high) * 0.2 or 1.0
        # Leave a line label's height (in pixels) above and below the data, so "tavoite" and
        # "mediaani" are never cut off at the edge, however low the chart is.
        label_px = self.tick_px * 2.0
        plot_px = max(self.plot.height() - self.tick_px * 2.0, label_px * 3)
        pad = span * label_px / (plot_px - 2 * label_px)
        right = max(len(values) - 1, 1)
        # Room for half a period label beyond the first and the last point: pyqtgraph drops a
        # label that would stick out of the axis, and the newest period must be named.
        half_label = self.tick_px * TICK_WIDTH_EM / 2
        view_px = max(1.0, self._view_width())
        x_pad = max(0.7, half_label * right / max(1.0, view_px - 2 * half_label))
        self.plot.setRange(
            xRange=(-x_pad, right + x_pad), yRange=(low - pad, high + pad), padding=0
        )
        # At most one value label per two text heights, on round numbers: no crowding.
        room = max(2, int(plot_px / (self.tick_px * 1.8)))
        step = nice_step((span + 2 * pad) / room)
        self.plot.getPlotItem().getAxis("left").setTickSpacing(step, step)

    def _signal_text(self) -> str:
        a = self.analysis
        if a.n_points == 0:
            return self.tr("Ei vielä mittaustuloksia")
        if not a.enough_points:
            return self.tr("Muutosta arvioidaan, kun pisteitä on {n}").replace(
                "{n}", str(MIN_USEFUL_POINTS)
            )
        words = self.signal_words(a)
        if not words:
            return ""
        return self.tr("◆ Ei-satunnainen muutos: ") + " / ".join(words)

    def signal_words(self, analysis: RunChartAnalysis) -> list[str]:
        words = []
        if analysis.long_run or analysis.shift:  # Anhøj's long run or IHI's shift
            words.append(self.tr("pitkä sarja"))
        if analysis.few_crossings:
            words.append(self.tr("liian vähän risteämiä"))
        if analysis.trend:
            words.append(self.tr("trendi"))
        return words

    @property
    def signal_text(self) -> str:
        return self.signal_label.text()
