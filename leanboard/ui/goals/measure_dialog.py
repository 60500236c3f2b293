"""A goal/measure definition: name, target, direction, unit, frequency, control chart,
inheritance, and whether its values are entered or counted from the board's safety events of
one kind (falls per month, counted from the safety cross: leanboard.services.safety_counts).

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

from PySide6.QtWidgets import QLayout, QWidget

from leanboard.domain.enums import ChartKind, Direction, Frequency
from leanboard.domain.presentation import (
    CHART_KIND_NAMES,
    DIRECTION_NAMES,
    FREQUENCY_NAMES,
    SEVERITY_NAMES,
)
from leanboard.domain.validation import (
    guard_optional_text,
    guard_text,
    parse_int_in_range,
    parse_number,
)
from leanboard.services import Services
from leanboard.services.dto import BoardInfo, MeasureInfo, SafetyKindInfo
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
        ("count", "Arvot"),
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
        ui.count_combo.addItem(self.tr("Kirjataan käsin"), None)
        ui.severity_combo.addItem(self.tr("Kaikki (läheltä piti ja haitat)"), None)
        for severity in ("near_miss", "harm"):
            ui.severity_combo.addItem(SEVERITY_NAMES[severity], severity)
        # A check box may be squeezed below its words by Qt; this one's words say what
        # inheriting means, in any language: never cut.
        ui.inherited_check.setMinimumWidth(ui.inherited_check.sizeHint().width())
        ui.count_combo.currentIndexChanged.connect(lambda _i: self._count_changed())
        self._count_changed()
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
                ui.count_combo,
                ui.severity_combo,
            ):
                widget.setEnabled(False)
            ui.inherited_check.setEnabled(False)
            self.checks.set_enabled(False)
        else:
            ui.readonly_label.hide()
            self._chart_kind_changed()
        ui.name_edit.setFocus()
        # The form's fixed 600 px would squeeze longer labels and words (Swedish, 150 % text,
        # the counting rows shown later): the window is never narrower than what it holds.
        outer = self.layout()
        assert outer is not None
        outer.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        boards, measures, safety = services.boards, services.measures, services.safety
        self.read_first(
            lambda: (boards.list_boards(), measures.board_measures(board_id), safety.kinds()),
            self.show_inherited,
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

    def _count_changed(self) -> None:
        counted = self.ui.count_combo.currentData() is not None
        self.ui.form.setRowVisible(self.ui.severity_combo, counted)

    def show_inherited(
        self, read: tuple[list[BoardInfo], list[MeasureInfo], list[SafetyKindInfo]]
    ) -> None:
        """The goals set above this board and passed down to it, read-only; the kinds of
        safety event a goal can be counted from."""
        ui = self.ui
        boards, measures, kinds = read
        for kind in kinds:
            ui.count_combo.addItem(
                self.tr("Lasketaan turvallisuustapahtumista: %1").replace("%1", kind.name),
                kind.code,
            )
        if self.measure is not None:
            self._load_link(self.measure.safety_kind_code, self.measure.safety_severity)
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
        self._load_link(values.get("safety_kind_code"), values.get("safety_severity"))

    def _load_link(self, kind_code: str | None, severity: str | None) -> None:
        ui = self.ui
        ui.count_combo.setCurrentIndex(max(0, ui.count_combo.findData(kind_code)))
        ui.severity_combo.setCurrentIndex(max(0, ui.severity_combo.findData(severity)))

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
        kind = ui.count_combo.currentData()
        severity = ui.severity_combo.currentData() if kind else None
        measures, board_id, before = self.services.measures, self.board_id, self.measure

        def save() -> MeasureInfo:
            if before is None:
                item = measures.create_measure(board_id, **values)
            else:
                item = measures.update_measure(before.id, expected_version, **values)
            if (item.safety_kind_code, item.safety_severity) != (kind, severity):
                item = measures.link_safety(item.id, item.version, kind, severity)
            return item

        return save

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
            "count": self._count_text(
                ui.count_combo.currentData(), ui.severity_combo.currentData()
            ),
        }

    def _count_text(self, kind: object, severity: object) -> str:
        combo = self.ui.count_combo
        text = combo.itemText(max(0, combo.findData(kind)))
        if kind and severity:
            text += f" ({SEVERITY_NAMES.get(str(severity), '')})"
        return text

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
            "count": self._count_text(
                current.get("safety_kind_code"), current.get("safety_severity")
            ),
        }

    def load_current(self, current: dict[str, Any]) -> None:
        self.load(current)
