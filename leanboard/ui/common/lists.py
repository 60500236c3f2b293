"""A leader's list of one kind of a board's items (ideas, problems, safety events, measures).

Each feature describes its list with a ListSpec (ui/ideas/list.py, …). A list is a table
over the service's plain items (item_models) with search and filters
(state, category, owner, overdue, archived). Double-click or Enter opens the item's dialog;
the buttons create, edit, archive or restore, show the history, and export what is shown
(filtered and sorted as on screen) to a CSV that Finnish Excel opens.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leanboard.i18n import QT_TRANSLATE_NOOP
from leanboard.services import Services
from leanboard.services.csv_export import write_csv
from leanboard.ui.common import fmt, msgbox, theme
from leanboard.ui.common.history_view import HistoryDialog
from leanboard.ui.common.item_models import (
    ITEM_ROLE,
    Column,
    Facets,
    ItemFilterProxy,
    ItemTableModel,
)
from leanboard.ui.common.ops import op


def day_text(day: dt.date | None) -> str:
    return fmt.date(day) if day else ""


def day_key(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def created_text(moment: dt.datetime) -> str:
    return fmt.date(fmt.local_time(moment).date())


def sqdc_text(code: str | None) -> str:
    return f"{code} {theme.SQDC_NAMES[code]}" if code else ""


def flags(overdue: bool, archived: bool) -> str:
    words = []
    if overdue:
        late = QCoreApplication.translate("Lists", "myöhässä")
        words.append(f"{theme.STATUS['overdue'][0]} {late}")
    if archived:
        words.append(QCoreApplication.translate("Lists", "arkistoitu"))
    return ", ".join(words)


@dataclass
class ListSpec:
    """How one kind of item is listed, filtered, opened, archived and restored."""

    key: str
    title: str
    entity: str  # the change history's entity name
    columns: list[Column[Any]]
    load: Callable[[Services, int], list[Any]]  # every item of the board, archived included
    facets: Callable[[Any], Facets]
    open_dialog: Callable[[Services, int, Any, QWidget], QDialog]
    archive: Callable[[Services, int], None]
    restore: Callable[[Services, int], None]
    name_of: Callable[[Any], str]
    states: list[tuple[str, str]] = field(default_factory=list)
    categories: list[tuple[str, str]] = field(default_factory=list)
    # Categories read from the database with the items (e.g. the safety-event kinds).
    load_categories: Callable[[Services], list[tuple[str, str]]] | None = None
    state_label: str = QT_TRANSLATE_NOOP("Lists", "Tila")
    category_label: str = QT_TRANSLATE_NOOP("Lists", "Luokka")
    has_owner: bool = True
    has_overdue: bool = True
    editable: Callable[[Any, int], bool] = lambda _item, _board: True
    # A "Kirjaa arvo…" button (measures): the dialog for the selected item (or None).
    record_value: Callable[[Services, int, Any, QWidget], QDialog] | None = None
    # A "Kaavio ja merkinnät…" button (measures): the chart dialog of the selected item.
    open_chart: Callable[[Services, int, Any, QWidget], QDialog] | None = None


def order_of(names: Mapping[str, str], value: str) -> float:
    keys = list(names)
    return float(keys.index(value)) if value in keys else float(len(keys))


class ItemListPanel(QWidget):
    """One list with its search, filters and buttons."""

    changed = Signal()  # something was saved, archived or restored

    def __init__(
        self, services: Services, board_id: int, spec: ListSpec, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.board_id = board_id
        self.spec = spec
        self.open_dialogs: list[QDialog] = []  # kept alive while open (and for tests)
        self.model: ItemTableModel[Any] = ItemTableModel(
            spec.columns, self, muted=lambda item: spec.facets(item).archived
        )
        self.proxy = ItemFilterProxy(spec.facets, self)
        self.proxy.setSourceModel(self.model)

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Hae tekstistä…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda t: self.proxy.set_filters(search=t))
        self.state_combo = self._filter_combo(spec.states, "state")
        self.category_combo = self._filter_combo(spec.categories, "category")
        self.owner_combo = self._filter_combo([], "owner")
        self.overdue_check = QCheckBox(self.tr("Vain myöhässä olevat"), self)
        self.overdue_check.toggled.connect(lambda on: self.proxy.set_filters(overdue_only=on))
        self.archived_check = QCheckBox(self.tr("Näytä arkistoidut"), self)
        self.archived_check.toggled.connect(self._archived_toggled)

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        for label, combo, shown in (
            (spec.state_label, self.state_combo, bool(spec.states)),
            (
                spec.category_label,
                self.category_combo,
                bool(spec.categories) or spec.load_categories is not None,
            ),
            (self.tr("Vastuuhenkilö"), self.owner_combo, spec.has_owner),
        ):
            caption = QLabel(QCoreApplication.translate("Lists", label) + ":", self)
            caption.setBuddy(combo)
            filters.addWidget(caption)
            filters.addWidget(combo, 1)
            caption.setVisible(shown)
            combo.setVisible(shown)
        filters.addWidget(self.overdue_check)
        self.overdue_check.setVisible(spec.has_overdue)
        filters.addWidget(self.archived_check)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # one line per item; the tooltip has the whole text
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)  # Enter on a row

        self.new_button = QPushButton(self.tr("&Uusi…"), self)
        self.edit_button = QPushButton(self.tr("&Muokkaa…"), self)
        self.archive_button = QPushButton(self.tr("&Arkistoi"), self)
        self.history_button = QPushButton(self.tr("&Historia…"), self)
        self.export_button = QPushButton(self.tr("&Vie CSV…"), self)
        self.value_button = QPushButton(self.tr("&Kirjaa arvo…"), self)
        self.value_button.setVisible(spec.record_value is not None)
        self.chart_button = QPushButton(self.tr("Kaavio ja &merkinnät…"), self)
        self.chart_button.setVisible(spec.open_chart is not None)
        self.count_label = QLabel(self)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.value_button, self.chart_button):
            buttons.addWidget(button)
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        buttons.addWidget(self.export_button)
        self.new_button.clicked.connect(lambda: self.open_item(None))
        self.edit_button.clicked.connect(lambda: self.open_item(self.current()))
        self.value_button.clicked.connect(self.record_value)
        self.chart_button.clicked.connect(self.open_chart)
        self.archive_button.clicked.connect(self.archive_or_restore)
        self.history_button.clicked.connect(self.show_history)
        self.export_button.clicked.connect(lambda: self.export_csv())

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.reload()

    def _filter_combo(self, options: Sequence[tuple[str, str]], facet: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(self.tr("Kaikki"), None)
        for value, label in options:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filters(**{facet: combo.currentData()})
        )
        return combo

    def _refill(self, combo: QComboBox, options: Sequence[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Kaikki"), None)
        for value, label in options:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def _archived_toggled(self, on: bool) -> None:
        self.proxy.set_filters(show_archived=on)
        self._update_count()

    # ---- data
    def reload(self) -> None:
        """Read the list off the GUI thread; the table refills when it arrives."""
        services, board_id, spec = self.services, self.board_id, self.spec

        def read() -> tuple[list[Any], list[tuple[str, str]] | None]:
            categories = spec.load_categories(services) if spec.load_categories else None
            return spec.load(services, board_id), categories

        op(self, read).done(lambda got: self.show_items(*got)).title(
            self.tr("Luettelo ei aukea")
        ).run()

    def show_items(self, items: list[Any], categories: list[tuple[str, str]] | None = None) -> None:
        current = self.current()
        if categories is not None:
            self._refill(self.category_combo, categories)
        self.model.set_items(items)
        owners = sorted({o for i in items if (o := self.spec.facets(i).owner)}, key=str.casefold)
        chosen = self.owner_combo.currentData()
        self.owner_combo.blockSignals(True)
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("Kaikki"), None)
        for owner in owners:
            self.owner_combo.addItem(owner, owner)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(chosen)))
        self.owner_combo.blockSignals(False)
        self.proxy.set_filters(owner=self.owner_combo.currentData())
        if current is not None:
            self.select(getattr(current, "id", None))
        self._update_count()
        self._update_buttons()
        for column in range(self.model.columnCount() - 1):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))

    def visible_items(self) -> list[Any]:
        return self.proxy.visible_items()

    def current(self) -> Any:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(ITEM_ROLE) if rows else None

    def select(self, item_id: int | None) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if getattr(index.data(ITEM_ROLE), "id", None) == item_id:
                self.table.selectRow(row)
                return

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("%1 / %2 näkyvissä")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )

    def _update_buttons(self) -> None:
        item = self.current()
        has = item is not None
        archived = has and self.spec.facets(item).archived
        editable = has and self.spec.editable(item, self.board_id)
        self.edit_button.setEnabled(has)
        self.edit_button.setText(
            self.tr("&Muokkaa…") if editable or not has else self.tr("&Näytä…")
        )
        self.history_button.setEnabled(has)
        self.archive_button.setEnabled(editable)
        self.archive_button.setText(self.tr("&Palauta") if archived else self.tr("&Arkistoi"))
        self.value_button.setEnabled(
            self.spec.record_value is not None and (not has or not archived)
        )
        self.chart_button.setEnabled(self.spec.open_chart is not None and has and not archived)

    # ---- actions
    def _open_index(self, index: QModelIndex) -> None:
        self.open_item(index.data(ITEM_ROLE))

    def open_item(self, item: Any) -> QDialog:
        dialog = self.spec.open_dialog(self.services, self.board_id, item, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: QDialog) -> None:
        if dialog in self.open_dialogs:
            self.open_dialogs.remove(dialog)
        saved = getattr(dialog, "saved_item", None)
        self.reload()
        if saved is not None:
            self.select(getattr(saved, "id", None))
            self.changed.emit()

    def record_value(self) -> QDialog:
        assert self.spec.record_value is not None
        dialog = self.spec.record_value(self.services, self.board_id, self.current(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def open_chart(self) -> QDialog | None:
        item = self.current()
        if self.spec.open_chart is None or item is None:
            return None
        dialog = self.spec.open_chart(self.services, self.board_id, item, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def archive_or_restore(self) -> None:
        item = self.current()
        if item is None or not self.spec.editable(item, self.board_id):
            return
        services, item_id = self.services, int(item.id)
        if self.spec.facets(item).archived:
            work = self.spec.restore
        else:
            question = self.tr(
                "Arkistoidaanko ”%1”? Se poistuu taululta, mutta sen voi palauttaa arkistoiduista."
            ).replace("%1", self.spec.name_of(item))
            if not msgbox.ask(self, self.tr("Arkistoi"), question):
                return
            work = self.spec.archive
        op(self, lambda: work(services, item_id)).busy(self.archive_button).done(
            lambda _result: self._item_changed(item_id)
        ).title(self.tr("Ei onnistunut")).run()

    def _item_changed(self, item_id: int) -> None:
        self.reload()
        self.select(item_id)
        self.changed.emit()

    def show_history(self) -> HistoryDialog | None:
        item = self.current()
        if item is None:
            return None
        archived = self.spec.facets(item).archived and self.spec.editable(item, self.board_id)
        services, item_id, restore = self.services, int(item.id), self.spec.restore
        dialog = HistoryDialog(
            self.services,
            self.spec.entity,
            item_id,
            self.spec.name_of(item),
            restore=(lambda: restore(services, item_id)) if archived else None,
            parent=self,
        )
        dialog.restored.connect(lambda: self._item_changed(item_id))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_csv(self, path: str | None = None) -> Path | None:
        """Write the rows as shown (filters and sort order applied) to a CSV file."""
        if path is None:
            suggested = f"{self.spec.key}.csv"
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Vie CSV-tiedostoon"), suggested, self.tr("CSV-tiedosto (*.csv)")
            )
            if not path:
                return None
        columns = self.model.columns
        rows = [[c.cell(item) for c in columns] for item in self.visible_items()]
        headers = [QCoreApplication.translate("Lists", c.header) for c in columns]
        target = path
        op(self, lambda: write_csv(target, headers, rows)).busy(self.export_button).done(
            lambda count: msgbox.information(
                self,
                self.tr("Viety"),
                self.tr("%1 riviä tiedostoon %2").replace("%1", str(count)).replace("%2", target),
            )
        ).title(self.tr("Vienti ei onnistunut")).run()
        return Path(path)
