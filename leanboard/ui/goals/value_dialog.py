"""Enter one period's value of a measure: the measure, the period, the value (decimal comma),
and for a P or U chart's measure the denominator the value rests on (answers, patients, bed
days): without it the chart has no limits for the point.

A value is entered for the period people count it in: a weekly measure's for a week picked
from a list ("vk 49 · 30.11.–6.12.2026"), a monthly one's for a month ("joulukuu 2026"), both
up to the one running today; a daily measure's for a day typed as a Finn would (24.11.2026).
A goal counted from the safety events takes no values here: the dialog says so. A value
already entered for that period is shown and replaced on save (the history keeps the old one).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from leanboard.domain.enums import ChartKind, Frequency
from leanboard.domain.errors import LeanBoardError, ValidationError
from leanboard.domain.periods import Period
from leanboard.domain.presentation import PERIOD_NAMES
from leanboard.domain.validation import parse_date, parse_int_in_range, parse_number
from leanboard.services import Services
from leanboard.services.dto import MeasureInfo, MeasurePoint, PeriodChoice
from leanboard.services.measures import resolve_period
from leanboard.ui.common import fmt
from leanboard.ui.common.editor import EditorDialog
from leanboard.ui.generated.ui_measure_value_dialog import Ui_MeasureValueDialog


def period_input(text: str) -> str | dt.date:
    """What the person typed as the service takes it: a date when it reads as one."""
    text = text.strip()
    if "." in text:
        return parse_date(text, "period", "Jakso")
    return text


class MeasureValueDialog(EditorDialog):
    FIELDS = (
        ("measure", "Mittari"),
        ("period", "Jakso"),
        ("value", "Arvo"),
        ("denominator", "Nimittäjä"),
    )

    def __init__(
        self,
        services: Services,
        board_id: int,
        measure_id: int | None = None,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(services, parent)
        self.ui = Ui_MeasureValueDialog()
        self.ui.setupUi(self)
        self.board_id = board_id
        self.today = today or dt.date.today()
        self.saved_point: MeasurePoint | None = None
        ui = self.ui
        self.measures: dict[int, MeasureInfo] = {}
        self.recent: dict[int, list[MeasurePoint]] = {}  # newest values per measure, as read
        self.periods: dict[int, list[PeriodChoice]] = {}  # what a week/month can be picked from
        ui.period_edit.setText(fmt.date(self.today))
        self.setup_buttons(ui.button_box, ui.status_label)
        self.checks.add(ui.measure_combo, self.check_measure, "measure")
        self.checks.add(ui.period_edit, self.check_period, "period")
        self.checks.add(ui.value_edit, lambda t: parse_number(t, "value", "Arvo"), "value")
        self.checks.add(ui.denominator_edit, self.check_denominator, "denominator")
        self.show_denominator()
        (ui.value_edit if measure_id is not None else ui.measure_combo).setFocus()
        measures, day = services.measures, self.today

        def read() -> dict[int, tuple[MeasureInfo, list[MeasurePoint], list[PeriodChoice]]]:
            return {
                m.id: (
                    m,
                    measures.values(m.id, board_id, 6, today=day),
                    [] if m.frequency == "day" else measures.value_periods(m.id, day),
                )
                for m in measures.board_measures(board_id)
            }

        self.read_first(read, lambda result: self.fill(result, measure_id))

    def fill(
        self,
        read: dict[int, tuple[MeasureInfo, list[MeasurePoint], list[PeriodChoice]]],
        measure_id: int | None,
    ) -> None:
        ui = self.ui
        self.measures = {key: m for key, (m, _points, _periods) in read.items()}
        self.recent = {key: points for key, (_m, points, _periods) in read.items()}
        self.periods = {key: periods for key, (_m, _points, periods) in read.items()}
        for m in self.measures.values():
            unit = f" ({m.unit})" if m.unit else ""
            ui.measure_combo.addItem(f"{m.name}{unit}", m.id)
        if measure_id is not None:
            ui.measure_combo.setCurrentIndex(ui.measure_combo.findData(measure_id))
        ui.measure_combo.currentIndexChanged.connect(lambda _i: self.show_periods())
        ui.period_edit.textChanged.connect(self.show_recent)
        ui.period_combo.currentIndexChanged.connect(lambda _i: self.show_recent())
        self.show_periods()

    def show_periods(self) -> None:
        """The period field the chosen measure counts in: a day typed, or a week/month picked."""
        measure = self.measure()
        picked = measure is not None and measure.frequency != "day"
        self.ui.form.setRowVisible(self.ui.period_edit, not picked)
        self.ui.form.setRowVisible(self.ui.period_combo, picked)
        combo = self.ui.period_combo
        combo.blockSignals(True)
        combo.clear()
        if picked and measure is not None:
            self.ui.period_pick_label.setText(
                self.tr("&Viikko *") if measure.frequency == "week" else self.tr("&Kuukausi *")
            )
            for choice in self.periods.get(measure.id, []):
                combo.addItem(choice.label, choice.key)
        combo.blockSignals(False)
        self.show_recent()
        self.show_denominator()
        self.checks.refresh()

    def measure(self) -> MeasureInfo | None:
        data = self.ui.measure_combo.currentData()
        return self.measures.get(int(data)) if data is not None else None

    def needs_denominator(self) -> bool:
        measure = self.measure()
        return measure is not None and measure.chart_kind in (ChartKind.P, ChartKind.U)

    def show_denominator(self) -> None:
        """The denominator's row only for a P or U chart's measure, saying what it counts."""
        ui, measure = self.ui, self.measure()
        shown = self.needs_denominator()
        ui.form.setRowVisible(ui.denominator_edit, shown)
        if measure is None or not shown:
            return
        if measure.chart_kind == ChartKind.P:
            hint = self.tr("kuinka monesta arvo on prosenttiosuus, esim. 120 vastausta")
        else:
            hint = self.tr("kuinka monta yksikköä arvo on per {rate}, esim. 2400 hoitopäivää")
            hint = hint.replace("{rate}", fmt.number(measure.rate_per, 0))
        ui.denominator_edit.setPlaceholderText(hint)

    def check_denominator(self, text: str) -> int | None:
        if not self.needs_denominator():
            return None
        return parse_int_in_range(text, "denominator", "Nimittäjä", 1, 100_000_000)

    def check_measure(self, _text: str) -> None:
        measure = self.measure()
        if measure is not None and measure.counted:
            raise ValidationError(
                self.tr(
                    "Tämä tavoite lasketaan taulun turvallisuustapahtumista (turvallisuusristi): "
                    "arvoa ei kirjata käsin."
                ),
                "measure",
            )

    def check_period(self, text: str) -> Period | None:
        """A typed day (daily measures); a picked week or month needs no check."""
        measure = self.measure()
        if measure is None or measure.frequency != "day":
            return None
        return resolve_period(period_input(text), Frequency(measure.frequency))

    def chosen_period(self) -> str | dt.date:
        measure = self.measure()
        if measure is not None and measure.frequency != "day":
            return str(self.ui.period_combo.currentData() or "")
        return period_input(self.ui.period_edit.text())

    def chosen_slot(self) -> Period | None:
        measure = self.measure()
        if measure is None:
            return None
        try:
            return resolve_period(self.chosen_period(), Frequency(measure.frequency))
        except LeanBoardError:
            return None

    def show_recent(self) -> None:
        measure = self.measure()
        if measure is None:
            self.ui.recent_label.setText(self.tr("Taululla ei ole mittareita."))
            return
        points = self.recent.get(measure.id, [])
        parts = [
            f"{p.period_key}: {fmt.number(p.value, measure.decimals)}"
            + (f" (n = {fmt.number(p.answers, 0)})" if p.answers is not None else "")
            for p in points
        ]
        text = self.tr("Jakso: %1.").replace("%1", PERIOD_NAMES[measure.frequency])
        if parts:
            text += " " + self.tr("Viimeisimmät arvot: %1").replace("%1", " · ".join(parts))
        slot = self.chosen_slot()
        same = [p for p in points if slot is not None and p.period_start == slot.start]
        if same:
            text += "\n" + self.tr("Jaksolla %1 on jo arvo %2; tallennus korvaa sen.").replace(
                "%1", same[0].period_key
            ).replace("%2", fmt.number(same[0].value, measure.decimals))
        self.ui.recent_label.setText(text)

    def store(self, expected_version: int | None) -> Callable[[], MeasurePoint]:
        measure = self.measure()
        if measure is None:
            raise LeanBoardError(self.tr("Valitse mittari."))
        measures, board_id, today = self.services.measures, self.board_id, self.today
        period, value = self.chosen_period(), self.ui.value_edit.text()
        base = self.ui.denominator_edit.text() if self.needs_denominator() else None
        return lambda: measures.record_value(measure.id, board_id, period, value, base, today=today)

    def stored(self, item: MeasurePoint) -> None:
        self.saved_point = item

    # Values have no versions (a period's value is replaced): no conflict view is needed.
    def mine(self) -> dict[str, str]:
        return {}

    def theirs(self, current: dict[str, Any]) -> dict[str, str]:
        return {}

    def load_current(self, current: dict[str, Any]) -> None:
        return None
