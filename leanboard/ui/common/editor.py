"""What every leader-tool editor dialog does the same way: save, refuse at the field, conflicts.

A subclass fills its compiled form, registers its fields with `self.checks`, and implements
`store` (read the form and return the service call to run: it runs off the GUI thread),
`stored` (remember what was saved), `mine`/`theirs` (display text per field for the conflict
view) and `load_current` (take the other person's version into the form). The flow:
- Save is enabled only while every field passes its check; Enter saves, Esc cancels.
- A service refusal is shown under the field it names, with the typed text kept.
- A ConflictError opens the side-by-side ConflictDialog (window-modal, not a nested loop);
  "keep mine" saves again on top of the version it carried, "keep theirs" loads it, and
  "back to editing" leaves the typed text as it was.
- A database that is away for a moment, a full disk or a refused permission leaves the text
  in place with a note that names the cause.
- While the save runs, the Save button shows it (pressed, spinner) and a second press or
  Ctrl+Enter does nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

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
from leanboard.ui.common.ops import describe, op

T = TypeVar("T")


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
        self.saving = False  # a save is on its way to the database
        self.loading = 0  # reads the form waits for (read_first)

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
    def store(self, expected_version: int | None) -> Callable[[], Any]:
        """Read the form now (GUI thread); return the work that saves it (run off it)."""
        raise NotImplementedError

    def stored(self, item: Any) -> None:
        """The save went through: remember the stored item (e.g. its new version)."""

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

    def read_first(self, work: Callable[[], T], fill: Callable[[T], None]) -> None:
        """What the form needs before it can be saved (lists to choose from), read off the
        GUI thread; the dialog shows at once and Save waits until `fill` has run."""
        self.loading += 1
        self.show_status(self.tr("Ladataan…"), error=False)

        def filled(result: T) -> None:
            self.loading -= 1
            fill(result)
            if not self.loading:
                self.show_status("")

        def not_read(error: BaseException) -> bool:
            self.loading -= 1
            self.show_status(describe(error))
            return True

        op(self, work).done(filled).failed(not_read).run()

    def _save_on(self, version: int | None) -> None:
        if self.saving or self.loading:
            return  # the first press, or what the form needs, is still on its way
        self.show_status("")
        try:
            work = self.store(version)
        except LeanBoardError as error:  # refused already while reading the form
            self._store_failed(error)
            return
        self.saving = True
        op(self, work).busy(self.save_button).done(self._stored).failed(self._store_failed).run()

    def _stored(self, item: Any) -> None:
        self.saving = False
        self.stored(item)
        self.saved_item = item
        self.version = getattr(item, "version", None)
        self.saved.emit(item)
        super().accept()

    def _store_failed(self, error: BaseException) -> bool:
        """Every refusal is shown in the dialog, with what was typed kept."""
        self.saving = False
        if isinstance(error, ValidationError):
            if not self.checks.show_refusal(error):
                self.show_status(error.message)
        elif isinstance(error, ConflictError):
            self.open_conflict(error)
        elif isinstance(error, DatabaseUnavailable):
            self.show_status(
                self.tr(
                    "Tietokantaan ei saada yhteyttä. Tekstisi on tallessa lomakkeella — "
                    "yritä hetken päästä uudelleen."
                )
                + f" ({error})"
            )
        else:
            self.show_status(describe(error) + " " + self.tr("Tekstisi on tallessa lomakkeella."))
        return True

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
