"""Validation at the field, as the person types: the Finnish message appears under the field.

The checks are the domain validators the services run (`leanboard.domain.validation`), so a
field the dialog accepts is a field the service accepts, and the message is the same one. The
typed text is never touched: a refused field keeps its text, marked red with the reason under
it, and the dialog's Save button stays disabled until every field is acceptable.

A required field left empty in a new dialog keeps Save disabled without shouting at the
person before they have typed anything; its message appears once they have edited it or tried
to save.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from leanboard.domain.errors import ValidationError
from leanboard.ui.common import theme

# A check takes the field's current text and raises ValidationError when it is not acceptable.
Check = Callable[[str], object]
INVALID_STYLE = f"border: 2px solid {theme.RED}; border-radius: 3px;"


def form_row(form: QFormLayout, widget: QWidget) -> int:
    """The row of `widget` in `form` (also inside a row's own layout: two fields side by
    side), or -1."""
    position: Any = form.getWidgetPosition(widget)  # (row, role); typed loosely in PySide6
    if int(position[0]) >= 0:
        return int(position[0])
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        inner = item.layout() if item is not None else None
        if inner is not None and inner.indexOf(widget) >= 0:
            return row
    return -1


def text_of(widget: QWidget) -> str:
    """What the person has entered, as text (a combo box's data when it carries any)."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return str(data) if data is not None else widget.currentText()
    if isinstance(widget, QSpinBox):
        return str(widget.value())
    raise TypeError(f"no text for {type(widget).__name__}")


@dataclass
class _Field:
    widget: QWidget
    check: Check
    name: str
    label: QLabel
    initial: str
    server_message: str | None = None  # a refusal from the service, until the text changes
    message: str | None = field(default=None)


class FieldCheck(QObject):
    """The fields of one dialog, their checks, and the Save button they gate."""

    validity_changed = Signal(bool)

    def __init__(self, save_button: QAbstractButton | None, parent: QWidget) -> None:
        super().__init__(parent)
        self._dialog = parent
        self._save = save_button
        self._fields: list[_Field] = []
        self._show_all = False
        self._valid = True

    # ---- set-up
    def add(
        self,
        widget: QWidget,
        check: Check,
        name: str = "",
        *,
        error_label: QLabel | None = None,
    ) -> QLabel:
        """Check `widget` with `check` on every change. `name` is the service's field name."""
        label = error_label or self._make_label(widget)
        label.setWordWrap(True)
        # Top-aligned: a wrapped message given more height than it needs stays under its field.
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setStyleSheet(f"color: {theme.RED};")
        label.setObjectName(f"{widget.objectName() or name}_error")
        entry = _Field(widget, check, name, label, text_of(widget))
        self._fields.append(entry)
        self._connect(entry)
        self._run(entry)
        self._set_label(entry)
        self._update_valid()
        return label

    def _make_label(self, widget: QWidget) -> QLabel:
        """A message label in the row under the field of the form layout holding it."""
        label = QLabel(self._dialog)
        for form in self._dialog.findChildren(QFormLayout):
            row = form_row(form, widget)
            if row >= 0:
                form.insertRow(row + 1, QLabel(self._dialog), label)
                form.setRowVisible(row + 1, False)
                return label
        raise ValueError(f"{widget.objectName()} is not in a form layout: give an error label")

    def _connect(self, entry: _Field) -> None:
        widget = entry.widget

        def changed(*_args: object) -> None:
            entry.server_message = None
            self.refresh(entry.widget)

        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.textChanged.connect(changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(changed)
            widget.editTextChanged.connect(changed)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(changed)

    # ---- checking
    def _run(self, entry: _Field) -> None:
        if entry.server_message is not None:
            entry.message = entry.server_message
            return
        try:
            entry.check(text_of(entry.widget))
        except ValidationError as error:
            entry.message = error.message
        else:
            entry.message = None

    def _shown(self, entry: _Field) -> bool:
        # An untouched empty field is not complained about before the person has done anything.
        return self._show_all or text_of(entry.widget) != entry.initial or bool(entry.initial)

    def _set_label(self, entry: _Field) -> None:
        visible = entry.message is not None and self._shown(entry)
        entry.label.setText(f"✖ {entry.message}" if visible else "")
        if visible and entry.widget.isVisible():
            # A form layout asks a wrapped label's height for a narrower width than it gets,
            # leaving a gap under a one-line message: size it for its field's real width.
            entry.label.setFixedHeight(entry.label.heightForWidth(entry.widget.width()))
        entry.widget.setStyleSheet(INVALID_STYLE if visible else "")
        entry.widget.setAccessibleDescription(entry.message or "" if visible else "")
        self._set_row_visible(entry.label, visible)

    def _set_row_visible(self, label: QLabel, visible: bool) -> None:
        for form in self._dialog.findChildren(QFormLayout):
            row = form_row(form, label)
            if row >= 0:
                form.setRowVisible(row, visible)
                return
        label.setVisible(visible)

    def refresh(self, widget: QWidget | None = None) -> None:
        for entry in self._fields:
            if widget is None or entry.widget is widget:
                self._run(entry)
                self._set_label(entry)
        self._update_valid()

    def _update_valid(self) -> None:
        valid = all(e.message is None for e in self._fields)
        if self._save is not None:
            self._save.setEnabled(valid)
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)

    # ---- for the dialog
    def is_valid(self) -> bool:
        return all(e.message is None for e in self._fields)

    def check_all(self) -> bool:
        """Show every message (also for untouched fields) and say whether all are fine."""
        self._show_all = True
        self.refresh()
        first = next((e for e in self._fields if e.message is not None), None)
        if first is not None:
            first.widget.setFocus()
        return first is None

    def message_of(self, widget: QWidget) -> str | None:
        """The message shown under `widget`, or None."""
        for entry in self._fields:
            if entry.widget is widget:
                return entry.label.text().removeprefix("✖ ") or None
        return None

    def show_refusal(self, error: ValidationError) -> bool:
        """Show a service's refusal at the field it names; False if no field here has that name."""
        for entry in self._fields:
            if error.field and entry.name == error.field:
                entry.server_message = error.message
                self._show_all = True
                self.refresh(entry.widget)
                entry.widget.setFocus()
                return True
        return False

    def set_enabled(self, enabled: bool) -> None:
        """Read-only dialogs (a goal inherited from above) keep the fields but block saving."""
        for entry in self._fields:
            entry.widget.setEnabled(enabled)
        if self._save is not None:
            self._save.setEnabled(enabled and self.is_valid())
