"""The fishbone (Ishikawa) diagram as a structured list: one box per category, a cause a line.

Laid out three and three like the bones above and below the spine on paper. Categories that
an older A3 has beyond the usual six keep their own box, so nothing stored is hidden.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from leanboard.i18n import translate
from leanboard.services.a3 import FISHBONE_CATEGORIES
from leanboard.ui.common import theme


class FishboneEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.edits: dict[str, QPlainTextEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for category in FISHBONE_CATEGORIES:
            self._add(category)

    def _add(self, category: str) -> None:
        n = len(self.edits)
        # Stored in Finnish (the key); one of the usual six is shown in the chosen language.
        box = QGroupBox(translate("Fishbone", category), self)
        column = QVBoxLayout(box)
        column.setContentsMargins(4, 4, 4, 4)
        edit = QPlainTextEdit(box)
        edit.setObjectName(f"fishbone_{category}")
        edit.setPlaceholderText(self.tr("Yksi syy riville"))
        edit.setMinimumHeight(60)
        edit.setTabChangesFocus(True)
        edit.textChanged.connect(self.changed)
        error = QLabel(box)
        error.setWordWrap(True)
        error.setStyleSheet(f"color: {theme.RED};")
        error.hide()
        column.addWidget(edit)
        column.addWidget(error)
        self.grid.addWidget(box, n // 3, n % 3)
        self.edits[category] = edit
        self.errors[category] = error

    def values(self) -> dict[str, list[str]]:
        return {
            category: [line for line in edit.toPlainText().splitlines() if line.strip()]
            for category, edit in self.edits.items()
        }

    def set_values(self, bones: Mapping[str, Sequence[str]]) -> None:
        for category in bones:
            if category not in self.edits:
                self._add(category)
        for category, edit in self.edits.items():
            edit.setPlainText("\n".join(bones.get(category, ())))
