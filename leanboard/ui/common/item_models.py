"""Table models over plain lists of service DTOs, and the proxy that searches and filters them.

The model holds the DTOs as they came from a service (no Session, no live rows): a list is
re-read and handed in whole with `set_items`. Columns say how an item reads (Finnish text),
how it sorts, and what goes to a CSV export. The proxy filters on facets an item exposes
(state, category, owner, overdue, archived) plus free-text search over every shown column.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from leanboard.services.csv_export import Cell

T = TypeVar("T")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
ANY = None  # a filter set to "all"
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    text: Callable[[T], str]
    sort_key: Callable[[T], str | float] | None = None  # default: the text, case-folded
    export: Callable[[T], Cell] | None = None  # default: the text
    align_right: bool = False

    def key(self, item: T) -> str | float:
        return self.sort_key(item) if self.sort_key else self.text(item).casefold()

    def cell(self, item: T) -> Cell:
        return self.export(item) if self.export else self.text(item)


@dataclass(frozen=True)
class Facets:
    """What filters look at in one item."""

    state: str | None = None
    category: str | None = None
    owner: str | None = None
    overdue: bool = False
    archived: bool = False


class ItemTableModel(QAbstractTableModel, Generic[T]):
    def __init__(
        self,
        columns: Sequence[Column[T]],
        parent: QObject | None = None,
        *,
        muted: Callable[[T], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._items: list[T] = []
        self._muted = muted  # archived rows read grey

    def set_items(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[T]:
        return list(self._items)

    def item(self, row: int) -> T:
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(item)
        if role == SORT_ROLE:
            return column.key(item)
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._muted and self._muted(item):
            return QColor("#8a8f96")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            # Headers are marked QT_TRANSLATE_NOOP("Lists", …) where the columns are defined.
            return QCoreApplication.translate("Lists", self.columns[section].header)
        return None


class ItemFilterProxy(QSortFilterProxyModel):
    """Search over the shown texts, and filters on an item's facets."""

    def __init__(self, facets: Callable[[Any], Facets], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._facets = facets
        self.search = ""
        self.state: str | None = ANY
        self.category: str | None = ANY
        self.owner: str | None = ANY
        self.overdue_only = False
        self.show_archived = False
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filters(self, **values: Any) -> None:
        # Qt 6.10 deprecates invalidateFilter() for begin/endFilterChange(); 6.9 lacks the end.
        modern = hasattr(self, "endFilterChange")
        if modern:
            self.beginFilterChange()
        for name, value in values.items():
            if not hasattr(self, name):
                raise AttributeError(name)
            setattr(self, name, value)
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ItemTableModel):
            return True
        facets = self._facets(model.item(source_row))
        if facets.archived and not self.show_archived:
            return False
        if self.overdue_only and not facets.overdue:
            return False
        for wanted, actual in (
            (self.state, facets.state),
            (self.category, facets.category),
            (self.owner, facets.owner),
        ):
            if wanted is not ANY and wanted != actual:
                return False
        needle = self.search.strip().casefold()
        if needle:
            item = model.item(source_row)
            return any(needle in c.text(item).casefold() for c in model.columns)
        return True

    def visible_items(self) -> list[Any]:
        """The items in the order the person sees them (for export and tests)."""
        return [self.data(self.index(row, 0), ITEM_ROLE) for row in range(self.rowCount())]
