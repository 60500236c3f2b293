"""A goal/measure definition: name, target, direction, unit, frequency, control chart,
inheritance.

The control chart (domain.spc): XmR for any measured value, P for a percentage of a
denominator, U for a rate per `rate_per` units of a denominator (the value dialog then asks
for the denominator with each value). The run chart is drawn for every measure whatever the
choice.

Goals flow top-down (catchball): the ones set on the boards above and marked inherited are
listed read-only under the form, and one opened from a lower board is read-only as a whole —
it is changed on the board that owns it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from leanboard.domain.enums import ChartKind, Direction, Frequency
from leanboard.domain.presentation import CHART_KIND_NAMES, DIRECTION_NAMES, FREQUENCY_NAMES
from leanboard.domain.validation import (
    guard_optional_text,
    guard_text,
    parse_int_in_range,
    parse_number,
)
from leanboard.services import Services
from leanboard.services.dto import BoardInfo, MeasureInfo
from leanboard.ui.common.editor import EditorDialog, plain_text
from leanboard.ui.generated.ui_measure_dialog import Ui_MeasureDialog


def target_text(target: float | None, decimals: int) -> str:
    """A target as it is typed back into the field: decimal comma, no thousands separator."""
    return "" if target is None else f"{target:.{max(0, decimals)}f}".replace(".", ",")


class MeasureDialog(EditorDialog):
    FIELDS = (
        ("name", "Nimi"),
        ("target", "Tavoite"),
        ("direction", "Suunta"),
        ("unit", "Yksikkö"),
        ("frequency", "Jakso"),
        ("decimals", "Desimaalit"),
        ("chart_kind", "Kaavio"),
        ("rate_per", "Suhteutus"),
        ("inherited", "Periytyy"),
        ("description", "Kuvaus"),
    )

    def __init__(
        self,
        services: Services,
        board_id: int,
        measure: MeasureInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, parent)
        self.ui = Ui_MeasureDialog()
        self.ui.setupUi(self)
        self.board_id = board_id
        self.measure = measure
        ui = self.ui
        self.setWindowTitle(self.tr("Muokkaa tavoitetta") if measure else self.tr("Uusi tavoite"))
        for direction in Direction:
            ui.direction_combo.addItem(DIRECTION_NAMES[direction.value], direction.value)
        for frequency in Frequency:
            ui.frequency_combo.addItem(FREQUENCY_NAMES[frequency.value], frequency.value)
        ui.frequency_combo.setCurrentIndex(ui.frequency_combo.findData("week"))
        for kind in ChartKind:
            ui.chart_kind_combo.addItem(CHART_KIND_NAMES[kind.value], kind.value)
        ui.rate_per_edit.setText("1")
        ui.chart_kind_combo.currentIndexChanged.connect(self._chart_kind_changed)
        self.board_names: dict[int, str] = {}
        if measure is not None:
            self.load(measure)
        self.setup_buttons(ui.button_box, ui.status_label)
        self.checks.add(
            ui.name_edit,
            lambda t: guard_text(t, "name", "Nimi", required=True, max_length=200),
            "name",
        )
        self.checks.add(
            ui.target_edit,
            lambda t: None if not t.strip() else parse_number(t, "target", "Tavoite"),
            "target",
        )
        self.checks.add(
            ui.unit_edit, lambda t: guard_text(t, "unit", "Yksikkö", max_length=40), "unit"
        )
        self.checks.add(ui.rate_per_edit, self.check_rate_per, "rate_per")
        self.checks.add(
            ui.description_edit,
            lambda t: guard_optional_text(t, "description", "Kuvaus"),
            "description",
        )
        self.read_only = measure is not None and measure.board_id != board_id
        if self.read_only:
            for widget in (
                ui.direction_combo,
                ui.frequency_combo,
                ui.decimals_spin,
                ui.chart_kind_combo,
                ui.rate_per_edit,
            ):
                widget.setEnabled(False)
            ui.inherited_check.setEnabled(False)
            self.checks.set_enabled(False)
        else:
            ui.readonly_label.hide()
            self._chart_kind_changed()
        ui.name_edit.setFocus()
        boards, measures = services.boards, services.measures
        self.read_first(
            lambda: (boards.list_boards(), measures.board_measures(board_id)), self.show_inherited
        )

    def _chart_kind_changed(self) -> None:
        """Only a U chart's values are rates per a number of units: the field is for it."""
        rate = self.ui.chart_kind_combo.currentData() == ChartKind.U.value
        self.ui.rate_per_edit.setEnabled(rate and not getattr(self, "read_only", False))
        if hasattr(self, "checks"):
            self.checks.refresh(self.ui.rate_per_edit)

    def check_rate_per(self, text: str) -> int:
        if self.ui.chart_kind_combo.currentData() != ChartKind.U.value:
            return 1  # stored as 1: a P chart is per hundred by definition, XmR has no rate
        return parse_int_in_range(text, "rate_per", "Suhteutus", 1, 1_000_000)

    def show_inherited(self, read: tuple[list[BoardInfo], list[MeasureInfo]]) -> None:
        """The goals set above this board and passed down to it, read-only."""
        ui = self.ui
        boards, measures = read
        self.board_names = {b.id: b.name for b in boards}
        if self.read_only and self.measure is not None:
            owner = self.board_names.get(self.measure.board_id, "")
            ui.readonly_label.setText(
                self.tr(
                    "Tavoite on asetettu ylemmällä taululla (%1), ja se muutetaan siellä."
                ).replace("%1", owner)
            )
        above = [m for m in measures if m.board_id != self.board_id]
        for m in above:
            target = target_text(m.target, m.decimals)
            goal = f"{'≥' if m.direction == 'higher' else '≤'} {target} {m.unit}" if target else ""
            owner = self.board_names.get(m.board_id, "")
            ui.inherited_list.addItem(f"{m.name}  {goal.strip()}  — {owner}")
        if not above:
            ui.inherited_list.addItem(self.tr("Ylemmiltä tauluilta ei ole periytyviä tavoitteita."))

    def load(self, measure: MeasureInfo | dict[str, Any]) -> None:
        values = measure if isinstance(measure, dict) else vars(measure)
        ui = self.ui
        self.version = values["version"]
        ui.name_edit.setText(values["name"])
        ui.target_edit.setText(target_text(values["target"], values["decimals"]))
        ui.direction_combo.setCurrentIndex(ui.direction_combo.findData(values["direction"]))
        ui.unit_edit.setText(values["unit"] or "")
        ui.frequency_combo.setCurrentIndex(ui.frequency_combo.findData(values["frequency"]))
        ui.decimals_spin.setValue(values["decimals"])
        kind = values.get("chart_kind") or ChartKind.XMR.value
        ui.chart_kind_combo.setCurrentIndex(max(0, ui.chart_kind_combo.findData(kind)))
        ui.rate_per_edit.setText(str(values.get("rate_per") or 1))
        ui.inherited_check.setChecked(bool(values["inherited"]))
        ui.description_edit.setPlainText(values["description"] or "")

    def store(self, expected_version: int | None) -> Callable[[], MeasureInfo]:
        ui = self.ui
        values: dict[str, Any] = {
            "name": ui.name_edit.text(),
            "unit": ui.unit_edit.text(),
            "target": ui.target_edit.text().strip() or None,
            "direction": ui.direction_combo.currentData(),
            "frequency": ui.frequency_combo.currentData(),
            "inherited": ui.inherited_check.isChecked(),
            "decimals": ui.decimals_spin.value(),
            "description": ui.description_edit.toPlainText(),
            "chart_kind": ui.chart_kind_combo.currentData(),
            "rate_per": self.check_rate_per(ui.rate_per_edit.text()),
        }
        measures, board_id = self.services.measures, self.board_id
        if self.measure is None:
            return lambda: measures.create_measure(board_id, **values)
        measure_id = self.measure.id
        return lambda: measures.update_measure(measure_id, expected_version, **values)

    def stored(self, item: MeasureInfo) -> None:
        self.measure = item

    def mine(self) -> dict[str, str]:
        ui = self.ui
        return {
            "name": ui.name_edit.text(),
            "target": ui.target_edit.text(),
            "direction": ui.direction_combo.currentText(),
            "unit": ui.unit_edit.text(),
            "frequency": ui.frequency_combo.currentText(),
            "decimals": str(ui.decimals_spin.value()),
            "chart_kind": ui.chart_kind_combo.currentText(),
            "rate_per": ui.rate_per_edit.text() if ui.rate_per_edit.isEnabled() else "1",
            "inherited": self.tr("kyllä") if ui.inherited_check.isChecked() else self.tr("ei"),
            "description": ui.description_edit.toPlainText(),
        }

    def theirs(self, current: dict[str, Any]) -> dict[str, str]:
        return {
            "name": plain_text(current.get("name")),
            "target": target_text(current.get("target"), int(current.get("decimals") or 0)),
            "direction": DIRECTION_NAMES.get(current.get("direction") or "", ""),
            "unit": plain_text(current.get("unit")),
            "frequency": FREQUENCY_NAMES.get(current.get("frequency") or "", ""),
            "decimals": plain_text(current.get("decimals")),
            "chart_kind": CHART_KIND_NAMES.get(current.get("chart_kind") or "xmr", ""),
            "rate_per": plain_text(current.get("rate_per") or 1),
            "inherited": self.tr("kyllä") if current.get("inherited") else self.tr("ei"),
            "description": plain_text(current.get("description")),
        }

    def load_current(self, current: dict[str, Any]) -> None:
        self.load(current)
