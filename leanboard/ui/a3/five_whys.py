"""5 x miksi as a guided list: "Miksi? 1" … "Miksi? 5", each answer checked as it is typed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from leanboard.services.a3 import FIVE_WHYS
from leanboard.ui.common import theme


class FiveWhys(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        self.edits: list[QLineEdit] = []
        self.errors: list[QLabel] = []
        for n in range(FIVE_WHYS):
            label = QLabel(self.tr("Miksi? %1").replace("%1", str(n + 1)), self)
            label.setStyleSheet("font-weight: bold;")
            edit = QLineEdit(self)
            edit.setObjectName(f"why{n + 1}")
            edit.setPlaceholderText(
                self.tr("Miksi ongelma syntyy?") if n == 0 else self.tr("Miksi edellinen tapahtuu?")
            )
            edit.textChanged.connect(self.changed)
            error = QLabel(self)
            error.setWordWrap(True)
            error.setStyleSheet(f"color: {theme.RED};")
            error.hide()
            grid.addWidget(label, 2 * n, 0)
            grid.addWidget(edit, 2 * n, 1)
            grid.addWidget(error, 2 * n + 1, 1)
            self.edits.append(edit)
            self.errors.append(error)

    def lines(self) -> list[str]:
        return [edit.text() for edit in self.edits]

    def set_lines(self, lines: Sequence[str]) -> None:
        for n, edit in enumerate(self.edits):
            edit.setText(lines[n] if n < len(lines) else "")
