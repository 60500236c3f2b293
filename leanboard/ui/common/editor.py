"""What every leader-tool editor dialog does the same way: save, refuse at the field, conflicts.

A subclass fills its compiled form, registers its fields with `self.checks`, and implements
`store` (call the service), `mine`/`theirs` (display text per field for the conflict view) and
`load_current` (take the other person's version into the form). The flow:
- Save is enabled only while every field passes its check; Enter saves, Esc cancels.
- A service refusal is shown under the field it names, with the typed text kept.
- A ConflictError opens the side-by-side ConflictDialog (window-modal, not a nested loop);
  "keep mine" saves again on top of the version it carried, "keep theirs" loads it, and
  "back to editing" leaves the typed text as it was.
- A database that is away for a moment leaves the text in place with a note.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from leanboard.domain.errors import (
    ConflictError,
    DatabaseUnavailable,
    LeanBoardError,
    ValidationError,
)
from leanboard.services import Services
from leanboard.ui.common import fmt
from leanboard.ui.common.conflict_dialog import Choice, ConflictDialog, FieldVersions
from leanboard.ui.common.field_check import FieldCheck


def date_text(value: object) -> str:
    """A date from a form, a DTO or a conflict's plain dict (ISO text) as d.M.yyyy."""
    if isinstance(value, dt.date):
        return fmt.date(value)
    if isinstance(value, str) and value:
        try:
            return fmt.date(dt.date.fromisoformat(value[:10]))
        except ValueError:
            return value
    return ""


def plain_text(value: object) -> str:
    return "" if value is None else str(value)


class EditorDialog(QDialog):
    saved = Signal(object)  # the stored item (a DTO from the services)

    #: (field key, Finnish label) in the order the conflict view lists them
    FIELDS: tuple[tuple[str, str], ...] = ()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.version: int | None = None
        self.saved_item: Any = None
        self.conflict: ConflictDialog | None = None

    def setup_buttons(self, box: QDialogButtonBox, status: QLabel) -> None:
        """Finnish button texts, Save as the default (Enter), and the field checks' gate."""
        self.status_label = status
        status.hide()
        self.save_button = box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Tallenna"))
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Peruuta"))
        cancel.setAutoDefault(False)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        # Enter in a multi-line text starts a new line, so Ctrl+Enter saves from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self._save_if_enabled)
        self.checks = FieldCheck(self.save_button, self)

    # ---- for subclasses
    def store(self, expected_version: int | None) -> Any:
        raise NotImplementedError

    def mine(self) -> dict[str, str]:
        raise NotImplementedError

    def theirs(self, current: dict[str, Any]) -> dict[str, str]:
        raise NotImplementedError

    def load_current(self, current: dict[str, Any]) -> None:
        raise NotImplementedError

    # ---- the flow
    def _save_if_enabled(self) -> None:
        if self.save_button.isEnabled():
            self.save()

    def save(self) -> None:
        if not self.checks.check_all():
            return
        self._save_on(self.version)

    def _save_on(self, version: int | None) -> None:
        self.show_status("")
        try:
            item = self.store(version)
        except ValidationError as error:
            if not self.checks.show_refusal(error):
                self.show_status(error.message)
            return
        except ConflictError as error:
            self.open_conflict(error)
            return
        except DatabaseUnavailable:
            self.show_status(
                self.tr(
                    "Tietokantaan ei saada yhteyttä. Tekstisi on tallessa lomakkeella — "
                    "yritä hetken päästä uudelleen."
                )
            )
            return
        except LeanBoardError as error:
            self.show_status(str(error))
            return
        self.saved_item = item
        self.version = getattr(item, "version", None)
        self.saved.emit(item)
        super().accept()

    def open_conflict(self, error: ConflictError) -> None:
        mine, theirs = self.mine(), self.theirs(error.current)
        fields = [
            FieldVersions(label, mine.get(k, ""), theirs.get(k, "")) for k, label in self.FIELDS
        ]
        self.conflict = ConflictDialog(fields, self)
        self.conflict.finished.connect(lambda _result: self._conflict_chosen(error))
        self.conflict.open()

    def _conflict_chosen(self, error: ConflictError) -> None:
        assert self.conflict is not None
        choice = self.conflict.choice
        current_version = error.current.get("version")
        if choice is Choice.KEEP_MINE:
            self._save_on(current_version)
        elif choice is Choice.KEEP_THEIRS:
            self.load_current(error.current)
            self.version = current_version
            self.show_status(
                self.tr("Lomakkeella on nyt toisen tallentama versio. Muutoksiasi ei tallennettu."),
                error=False,
            )
        else:
            self.show_status(
                self.tr("Ei tallennettu. Tekstisi on tallessa; tallenna, kun olet valmis."),
                error=False,
            )

    def show_status(self, text: str, *, error: bool = True) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"color: {'#c62828' if error else '#1b1b1b'};")
        self.status_label.setVisible(bool(text))
