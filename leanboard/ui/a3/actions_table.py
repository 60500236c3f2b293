"""The implementation plan as an editable table (what, who, when, status) on an item model.

Typed text always stays in the cell: a refused value (an identity code, a date that is not a
date) is kept, painted red, and its Finnish reason is shown under the table until it is fixed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leanboard.domain.errors import ValidationError
from leanboard.i18n import QT_TRANSLATE_NOOP
from leanboard.services.a3 import clean_action
from leanboard.services.dto import A3ActionDraft, A3ActionItem
from leanboard.ui.common import fmt, theme

_STATUS_NAMES = {
    "todo": QT_TRANSLATE_NOOP("A3Actions", "Tekemättä"),
    "doing": QT_TRANSLATE_NOOP("A3Actions", "Työn alla"),
    "done": QT_TRANSLATE_NOOP("A3Actions", "Valmis"),
}


def status_names() -> dict[str, str]:
    """An action's state in the chosen language, read when shown."""
    return {
        code: QCoreApplication.translate("A3Actions", name) for code, name in _STATUS_NAMES.items()
    }


COLUMNS = ("action", "owner", "due_date", "status")
Index = QModelIndex | QPersistentModelIndex


@dataclass
class PlanRow:
    action: str = ""
    owner: str = ""
    due_date: str = ""  # as typed: 24.11.2026
    status: str = "todo"
    id: int | None = None
    version: int | None = None

    def draft(self) -> A3ActionDraft:
        return A3ActionDraft(
            self.action,
            self.owner or None,
            self.due_date or None,
            self.status,
            self.id,
            self.version,
        )


class ActionsModel(QAbstractTableModel):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PlanRow] = []
        self.errors: dict[tuple[int, int], str] = {}
        self.today = today or dt.date.today()
        self.read_only = False

    # ---- data in and out
    def set_actions(self, actions: list[A3ActionItem] | list[PlanRow]) -> None:
        self.beginResetModel()
        self.rows = [
            a
            if isinstance(a, PlanRow)
            else PlanRow(
                a.action,
                a.owner or "",
                fmt.date(a.due_date) if a.due_date else "",
                a.status,
                a.id,
                a.version,
            )
            for a in actions
        ]
        self._check_all()
        self.endResetModel()

    def drafts(self) -> list[A3ActionDraft]:
        return [row.draft() for row in self.rows]

    def first_error(self) -> str | None:
        return self.errors[min(self.errors)] if self.errors else None

    def add_row(self) -> int:
        n = len(self.rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self.rows.append(PlanRow())
        self.endInsertRows()
        self._check_row(n)
        self.changed.emit()
        return n

    def remove_row(self, n: int) -> None:
        if 0 <= n < len(self.rows):
            self.beginRemoveRows(QModelIndex(), n, n)
            del self.rows[n]
            self.endRemoveRows()
            self._check_all()
            self.changed.emit()

    # ---- checks: the service's own cleaning, so the table refuses what the save would
    def _check_row(self, n: int) -> None:
        for col in range(len(COLUMNS)):
            self.errors.pop((n, col), None)
        try:
            clean_action(self.rows[n].draft(), n)
        except ValidationError as error:
            part = (error.field or "").rsplit(".", 1)[-1]
            col = COLUMNS.index(part) if part in COLUMNS else 0
            self.errors[(n, col)] = error.message

    def _check_all(self) -> None:
        self.errors.clear()
        for n in range(len(self.rows)):
            self._check_row(n)

    # ---- QAbstractTableModel
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Mitä"), self.tr("Kuka"), self.tr("Milloin"), self.tr("Tila"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if self.read_only else base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        key = COLUMNS[col]
        error = self.errors.get((index.row(), col))
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "status":
                text = status_names().get(row.status, row.status)
                return ("✔ " if row.status == "done" else "") + text + self._late(row)
            return getattr(row, key)
        if role == Qt.ItemDataRole.EditRole:
            return getattr(row, key)
        if role == Qt.ItemDataRole.ToolTipRole and error:
            return error
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return QColor("#fde0e0")
        if role == Qt.ItemDataRole.ForegroundRole and key == "status" and self._late(row):
            return QColor(theme.RED)
        return None

    def _late(self, row: PlanRow) -> str:
        if row.status == "done" or not row.due_date:
            return ""
        try:
            due = clean_action(A3ActionDraft("x", due_date=row.due_date))["due_date"]
        except ValidationError:
            return ""
        return "  ◷ " + self.tr("myöhässä") if due is not None and due < self.today else ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self.rows[index.row()]
        setattr(row, COLUMNS[index.column()], str(value if value is not None else ""))
        self._check_row(index.row())
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(COLUMNS) - 1))
        self.changed.emit()
        return True


class StatusDelegate(QStyledItemDelegate):
    """The status column edits with a list of the three statuses, in Finnish."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for code, name in status_names().items():
            combo.addItem(name, code)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ActionsTable(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.model = ActionsModel(self, today)
        self.view = QTableView(self)
        self.view.setObjectName("actionsView")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(3, StatusDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 150), (2, 100), (3, 170)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.view.setColumnWidth(col, width)
        self.view.verticalHeader().setVisible(False)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("planError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {theme.RED};")
        self.error_label.hide()
        self.add_button = QPushButton(self.tr("+ Lisää toimenpide"), self)
        self.remove_button = QPushButton(self.tr("Poista valittu"), self)
        self.remove_button.setToolTip(
            self.tr("Rivi poistuu suunnitelmasta; sen sisältö jää A3:n muutoshistoriaan.")
        )
        self.add_button.clicked.connect(self.add_action)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.model.changed.connect(self._on_changed)
        self.model.modelReset.connect(self._on_changed)

    def _on_changed(self) -> None:
        message = self.model.first_error()
        self.error_label.setText(f"✖ {message}" if message else "")
        self.error_label.setVisible(bool(message))
        self.view.resizeRowsToContents()
        self.changed.emit()

    def add_action(self) -> None:
        n = self.model.add_row()
        index = self.model.index(n, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()}, reverse=True)
        for n in rows or (
            [self.view.currentIndex().row()] if self.view.currentIndex().isValid() else []
        ):
            self.model.remove_row(n)

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)
