"""The leader's chart of one goal: notes on points, a new phase, a frozen baseline.

Choose a period, then "Lisää merkintä" (a short note, optionally linked to an idea or an A3),
"Aloita uusi vaihe tästä" (qicharts2 `part`: the phase gets its own median and limits) or
"Jäädytä perustaso tähän asti" (qicharts2 `freeze`). The chart shows the run chart or, where
it fits, the control chart (XmR, or P/U for a measure with a denominator). Every read and
write goes through the window's operation runner.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leanboard.domain.errors import ValidationError
from leanboard.services import Services
from leanboard.services.charting import series_chart
from leanboard.services.dto import MeasureSeries
from leanboard.ui.common import theme
from leanboard.ui.common.charts import (
    TICK_WIDTH_EM,
    FinnishAxis,
    RunChart,
    period_label,
    period_ticks,
)
from leanboard.ui.common.ops import op
from leanboard.ui.goals.panel import mdc_text

CHART_KIND_NAMES = {"xmr": "XmR", "p": "P", "u": "U"}


class ControlChart(QWidget):
    """The control chart: values, centre line and process limits per phase, special causes.

    The x-axis names the periods as the run chart does ("vk 47", "marras"), the newest always,
    as many others as fit; the y-axis writes a decimal comma.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(
            parent=self, background=theme.PAPER, axisItems={"left": FinnishAxis("left")}
        )
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.special: tuple[int, ...] = ()
        self.labels: list[str] = []
        self.ticks: list[tuple[int, str]] = []  # (point index, period) named on the x-axis

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._set_ticks()  # a narrower chart names fewer periods

    def _set_ticks(self) -> None:
        tick_px = QFontMetrics(self.plot.getPlotItem().getAxis("bottom").font()).height()
        room = max(1, int(self.plot.width() / (tick_px * TICK_WIDTH_EM)))
        self.ticks = period_ticks(self.labels, room)
        self.plot.getPlotItem().getAxis("bottom").setTicks([self.ticks])

    def show_series(self, series: MeasureSeries) -> None:
        self.plot.clear()
        spc = series_chart(series).spc
        xs = list(range(len(spc.values)))
        self.labels = [
            period_label(p.period_start, series.measure.frequency) for p in series.points
        ]
        self._set_ticks()
        self.plot.plot(xs, list(spc.values), pen=pg.mkPen(theme.ACCENT, width=2), symbol="o",
                       symbolBrush=theme.ACCENT, symbolSize=7)  # fmt: skip
        for phase in spc.phases:
            span = list(range(phase.start, phase.end))
            if phase.centre is not None:
                self.plot.plot([phase.start - 0.4, phase.end - 0.6], [phase.centre] * 2,
                               pen=pg.mkPen(theme.GREY, width=2))  # fmt: skip
            for limits in (phase.lower, phase.upper):
                points = [(x, v) for x, v in zip(span, limits, strict=True) if v is not None]
                if points:
                    self.plot.plot([p[0] for p in points], [p[1] for p in points],
                                   pen=pg.mkPen(theme.INK, width=1, style=Qt.PenStyle.DashLine),
                                   stepMode=None)  # fmt: skip
        target = series.measure.target
        if target is not None:  # the assurance icon compares it with the limits
            self.plot.addItem(
                pg.InfiniteLine(
                    pos=target,
                    angle=0,
                    pen=pg.mkPen(theme.GREEN, width=2, style=Qt.PenStyle.DashLine),
                    label=self.tr("tavoite"),
                    labelOpts={"color": theme.INK, "position": 0.05},
                )
            )
        self.special = spc.special_points
        if self.special:
            self.plot.plot(list(self.special), [spc.values[i] for i in self.special], pen=None,
                           symbol="d", symbolSize=14, symbolBrush="#e07b00")  # fmt: skip


class MeasureChartDialog(QDialog):
    def __init__(
        self, services: Services, board_id: int, measure_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.board_id, self.measure_id = services, board_id, measure_id
        self.series: MeasureSeries | None = None
        self.saved_item: object = None
        self.setWindowTitle(self.tr("Kaavio ja merkinnät"))
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title_label = QLabel(self)
        self.title_label.setStyleSheet("font-weight: bold; font-size: 15px;")
        top.addWidget(self.title_label, 1)
        self.view_combo = QComboBox(self)
        self.view_combo.addItem(self.tr("Ajokaavio (mediaani)"), "run")
        self.view_combo.addItem(self.tr("Säätökaavio"), "spc")
        self.view_combo.currentIndexChanged.connect(self._show_view)
        top.addWidget(self.view_combo)
        layout.addLayout(top)
        self.run_chart = RunChart(theme.DESK, self)
        self.run_chart.setMinimumHeight(300)
        self.control_chart = ControlChart(self)
        self.control_chart.setMinimumHeight(300)
        self.control_chart.hide()
        layout.addWidget(self.run_chart, 1)
        layout.addWidget(self.control_chart, 1)
        self.mdc_label = QLabel(self)
        self.mdc_label.setWordWrap(True)
        layout.addWidget(self.mdc_label)

        form = QHBoxLayout()
        form.addWidget(QLabel(self.tr("Jakso:"), self))
        self.period_combo = QComboBox(self)
        form.addWidget(self.period_combo)
        form.addWidget(QLabel(self.tr("Merkintä:"), self))
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(120)
        self.note_edit.setPlaceholderText(self.tr("esim. PDSA 2: iltakierros klo 21"))
        form.addWidget(self.note_edit, 1)
        self.link_combo = QComboBox(self)
        self.link_combo.addItem(self.tr("ei liitosta"), None)
        form.addWidget(self.link_combo)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(f"color: {theme.RED}; font-weight: bold;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QHBoxLayout()
        self.note_button = QPushButton(self.tr("Lisää merkintä"), self)
        self.phase_button = QPushButton(self.tr("Aloita uusi vaihe tästä"), self)
        self.freeze_button = QPushButton(self.tr("Jäädytä perustaso tähän asti"), self)
        for button in (self.note_button, self.phase_button, self.freeze_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.marks_list = QListWidget(self)
        self.marks_list.setMaximumHeight(120)
        layout.addWidget(self.marks_list)
        bottom = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("Poista valittu merkintä"), self)
        close = QPushButton(self.tr("Sulje"), self)
        close.clicked.connect(self.accept)
        bottom.addWidget(self.remove_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.note_button.clicked.connect(self.add_note)
        self.phase_button.clicked.connect(self.start_phase)
        self.freeze_button.clicked.connect(self.freeze)
        self.remove_button.clicked.connect(self.remove_selected)
        self.load()

    # ---- reading
    def load(self) -> None:
        services, board, measure = self.services, self.board_id, self.measure_id

        def read() -> tuple[MeasureSeries, list[tuple[str, str, int]]]:
            series = services.marks.series(measure, board)
            links = [("idea", i.title, i.id) for i in services.ideas.list_ideas(board)]
            links += [("a3", a.title, a.id) for a in services.a3.list_a3(board)]
            return series, links

        op(self, read).done(self._loaded).title(self.tr("Kaavio ei aukea")).run()

    def _loaded(self, result: tuple[MeasureSeries, list[tuple[str, str, int]]]) -> None:
        series, links = result
        self.series = series
        m = series.measure
        self.title_label.setText(m.name)
        self.view_combo.setItemText(
            1, self.tr("Säätökaavio") + f" ({CHART_KIND_NAMES.get(m.chart_kind, 'XmR')})"
        )
        chosen = self.period_combo.currentData()
        self.period_combo.clear()
        for p in reversed(series.points):
            self.period_combo.addItem(period_label(p.period_start, m.frequency), p.period_key)
        if chosen is not None and self.period_combo.findData(chosen) >= 0:
            self.period_combo.setCurrentIndex(self.period_combo.findData(chosen))
        if self.link_combo.count() == 1:
            for kind, title, item_id in links:
                prefix = "A3: " if kind == "a3" else ""
                self.link_combo.addItem(prefix + title, (kind, item_id))
        self.run_chart.show_series(series)
        self.control_chart.show_series(series)
        self.mdc_label.setText(mdc_text(series_chart(series).mdc))
        self.marks_list.clear()
        for note in series.annotations:
            item = QListWidgetItem(f"✎ {note.period_key}: {note.note}")
            item.setData(Qt.ItemDataRole.UserRole, ("note", note.id))
            self.marks_list.addItem(item)
        for mark in series.marks:
            if mark.kind == "start":
                text = self.tr("Uusi vaihe alkaa {period}").format(period=mark.period_key)
            else:
                text = self.tr("Perustaso jäädytetty {period} asti ({n} pistettä)").format(
                    period=mark.period_key, n=len(mark.baseline)
                )
            item = QListWidgetItem(f"▍ {text}" + (f": {mark.note}" if mark.note else ""))
            item.setData(Qt.ItemDataRole.UserRole, ("mark", mark.id))
            self.marks_list.addItem(item)

    def _show_view(self) -> None:
        spc = self.view_combo.currentData() == "spc"
        self.control_chart.setVisible(spc)
        self.run_chart.setVisible(not spc)

    # ---- writing
    def _period(self) -> str | None:
        period = self.period_combo.currentData()
        if period is None:
            self._error(self.tr("Mittarilla ei ole vielä arvoja, joihin merkitä."))
        return period

    def _error(self, message: str) -> None:
        self.error_label.setText(f"✖ {message}")
        self.error_label.show()

    def _write(self, work: object, button: QPushButton) -> None:
        self.error_label.hide()

        def failed(error: BaseException) -> bool:
            if isinstance(error, ValidationError):
                self._error(str(error))  # the note stays in the field to correct
                return True
            return False

        def done(item: object) -> None:
            self.saved_item = item
            if button is self.note_button:
                self.note_edit.clear()
            self.load()

        op(self, work).busy(button).done(done).failed(failed).title(  # type: ignore[arg-type]
            self.tr("Merkintää ei tallennettu")
        ).run()

    def add_note(self) -> None:
        period = self._period()
        if period is None:
            return
        link = self.link_combo.currentData()
        idea = link[1] if link and link[0] == "idea" else None
        a3 = link[1] if link and link[0] == "a3" else None
        text, marks = self.note_edit.text(), self.services.marks
        board, measure = self.board_id, self.measure_id
        self._write(
            lambda: marks.annotate(measure, board, period, text, idea_id=idea, a3_id=a3),
            self.note_button,
        )

    def start_phase(self) -> None:
        period = self._period()
        if period is None:
            return
        text, marks = self.note_edit.text() or None, self.services.marks
        board, measure = self.board_id, self.measure_id
        self._write(lambda: marks.start_phase(measure, board, period, text), self.phase_button)

    def freeze(self) -> None:
        period = self._period()
        if period is None:
            return
        marks, board, measure = self.services.marks, self.board_id, self.measure_id
        self._write(lambda: marks.freeze_baseline(measure, board, period), self.freeze_button)

    def remove_selected(self) -> None:
        item = self.marks_list.currentItem()
        if item is None:
            return
        kind, item_id = item.data(Qt.ItemDataRole.UserRole)
        marks = self.services.marks
        if kind == "note":
            self._write(lambda: marks.archive_annotation(item_id), self.remove_button)
        else:
            self._write(lambda: marks.archive_mark(item_id), self.remove_button)
