"""The leader's safety-event dialog: kind, near miss or harm, day, a short description.

The wall's two-touch dialog (dialogs/safety_event.py) records today's events; this one lets
the leader record a past day's event or correct one. The description is short and guarded:
the details belong in HaiPro, never patient data on a board.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from leanboard.domain.enums import Severity
from leanboard.domain.errors import ValidationError
from leanboard.domain.validation import guard_optional_text, parse_date
from leanboard.i18n import translate
from leanboard.services import Services
from leanboard.services.dto import SafetyEventItem, SafetyKindInfo
from leanboard.ui.common import fmt, theme
from leanboard.ui.common.editor import EditorDialog, date_text, plain_text
from leanboard.ui.generated.ui_safety_event_dialog import Ui_SafetyEventEditDialog

MAX_DESCRIPTION = 500


class SafetyEventEditDialog(EditorDialog):
    FIELDS = (
        ("kind", "Tapahtuma"),
        ("severity", "Seuraus"),
        ("day", "Päivä"),
        ("description", "Lyhyt kuvaus"),
    )

    def __init__(
        self,
        services: Services,
        board_id: int,
        event: SafetyEventItem | None = None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(services, parent)
        self.ui = Ui_SafetyEventEditDialog()
        self.ui.setupUi(self)
        self.board_id = board_id
        self.safety_event = event
        self.today = today
        ui = self.ui
        self.setWindowTitle(
            self.tr("Muokkaa turvallisuustapahtumaa")
            if event
            else self.tr("Kirjaa turvallisuustapahtuma")
        )
        self.kind_names: dict[str, str] = {}
        for severity in Severity:
            symbol = theme.STATUS[severity.value][0]
            ui.severity_combo.addItem(
                f"{symbol} {theme.SEVERITY_NAMES[severity.value]}", severity.value
            )
        ui.description_edit.setMaximumHeight(120)
        if event is not None:
            self.load(event)
        else:
            ui.day_edit.setText(fmt.date(today()))
        self.setup_buttons(ui.button_box, ui.status_label)
        self.checks.add(ui.day_edit, self.check_day, "day")
        self.checks.add(
            ui.description_edit,
            lambda t: guard_optional_text(t, "description", "Kuvaus", max_length=MAX_DESCRIPTION),
            "description",
        )
        ui.kind_combo.setFocus()
        self.read_first(services.safety.kinds, self.fill_kinds)

    def fill_kinds(self, kinds: list[SafetyKindInfo]) -> None:
        combo = self.ui.kind_combo
        for kind in kinds:
            combo.addItem(kind.name, kind.code)
            self.kind_names[kind.code] = kind.name
        if self.safety_event is not None:
            combo.setCurrentIndex(combo.findData(self.safety_event.kind_code))

    def check_day(self, text: str) -> None:
        """The service's rules for the day: a real date, and not in the future."""
        day = parse_date(text, "day", "Päivä")
        if day > self.today():
            # The service's own message (context Validation), so both say the same words.
            raise ValidationError(
                translate("Validation", "Päivä: tapahtumaa ei voi kirjata tulevalle päivälle."),
                "day",
            )

    def load(self, event: SafetyEventItem | dict[str, Any]) -> None:
        values = event if isinstance(event, dict) else vars(event)
        ui = self.ui
        self.version = values["version"]
        ui.kind_combo.setCurrentIndex(ui.kind_combo.findData(values["kind_code"]))
        ui.severity_combo.setCurrentIndex(ui.severity_combo.findData(values["severity"]))
        ui.day_edit.setText(date_text(values["day"]))
        ui.description_edit.setPlainText(values["description"] or "")

    def store(self, expected_version: int | None) -> Callable[[], SafetyEventItem]:
        ui = self.ui
        values = {
            "kind_code": ui.kind_combo.currentData(),
            "severity": ui.severity_combo.currentData(),
            "day": ui.day_edit.text(),
            "description": ui.description_edit.toPlainText(),
            "today": self.today(),
        }
        safety, board_id = self.services.safety, self.board_id
        if self.safety_event is None:
            return lambda: safety.record_event(board_id, **values)
        event_id = self.safety_event.id
        return lambda: safety.update_event(event_id, expected_version, **values)

    def stored(self, item: SafetyEventItem) -> None:
        self.safety_event = item

    def mine(self) -> dict[str, str]:
        ui = self.ui
        return {
            "kind": ui.kind_combo.currentText(),
            "severity": ui.severity_combo.currentText(),
            "day": ui.day_edit.text(),
            "description": ui.description_edit.toPlainText(),
        }

    def theirs(self, current: dict[str, Any]) -> dict[str, str]:
        severity = current.get("severity") or ""
        index = self.ui.severity_combo.findData(severity)
        return {
            "kind": plain_text(current.get("kind_name")),
            "severity": self.ui.severity_combo.itemText(index) if index >= 0 else severity,
            "day": date_text(current.get("day")),
            "description": plain_text(current.get("description")),
        }

    def load_current(self, current: dict[str, Any]) -> None:
        self.load(current)
