"""The A3 reports of one board, or of the whole organisation, as a searchable table.

A leader follows the A3s here: phase, owner, how many days since it started, open and overdue
actions (◷). Double-click or Enter opens the A3 editor; "Uusi A3…" starts one from scratch on
the board (its unsaved text waits as the editor's "new" draft). The list re-reads itself when
an editor opened from it saves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leanboard.i18n import QT_TRANSLATE_NOOP
from leanboard.services import Services
from leanboard.services.drafts import DraftStore
from leanboard.services.dto import A3Row, BoardInfo
from leanboard.ui.a3.editor import A3Editor
from leanboard.ui.common import theme
from leanboard.ui.common.item_models import (
    ITEM_ROLE,
    Column,
    Facets,
    ItemFilterProxy,
    ItemTableModel,
)
from leanboard.ui.common.ops import op

PHASE_ORDER = list(theme.A3_PHASE_NAMES)


def overdue_text(count: int) -> str:
    return f"{theme.STATUS['overdue'][0]} {count}" if count else ""


def a3_columns() -> list[Column[A3Row]]:
    return [
        Column(QT_TRANSLATE_NOOP("Lists", "Otsikko"), lambda r: r.title),
        Column(QT_TRANSLATE_NOOP("Lists", "Taulu"), lambda r: f"{r.board_name} ({r.board_code})"),
        Column(
            QT_TRANSLATE_NOOP("Lists", "Vaihe"),
            lambda r: theme.A3_PHASE_NAMES.get(r.phase, r.phase),
            lambda r: float(PHASE_ORDER.index(r.phase)) if r.phase in PHASE_ORDER else 99.0,
            lambda r: theme.A3_PHASE_NAMES.get(r.phase, r.phase),
        ),
        Column(QT_TRANSLATE_NOOP("Lists", "Omistaja"), lambda r: r.owner or ""),
        Column(
            QT_TRANSLATE_NOOP("Lists", "Ikä (pv)"),
            lambda r: str(r.age_days),
            lambda r: float(r.age_days),
            lambda r: r.age_days,
            align_right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Lists", "Avoimia toimenpiteitä"),
            lambda r: str(r.open_actions),
            lambda r: float(r.open_actions),
            lambda r: r.open_actions,
            align_right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Lists", "Myöhässä"),
            lambda r: overdue_text(r.overdue_actions),
            lambda r: float(r.overdue_actions),
            lambda r: r.overdue_actions,
            align_right=True,
        ),
    ]


def a3_facets(row: A3Row) -> Facets:
    return Facets(state=row.phase, owner=row.owner, overdue=row.overdue_actions > 0)


class A3ListWindow(QWidget):
    """A window of its own (the leader keeps it open beside the board)."""

    opened = Signal(object)  # the A3Editor just opened (for the app and tests)
    changed = Signal()  # an A3 opened from here was saved

    def __init__(
        self,
        services: Services,
        board_id: int | None,
        *,
        drafts: DraftStore | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._services = services
        self._drafts = drafts
        self._today = today
        self.board_id = board_id
        self.editors: list[A3Editor] = []  # kept alive while open
        self.setWindowTitle(self.tr("A3-raportit — LeanBoard"))
        self.resize(1350, 620)

        self.model: ItemTableModel[A3Row] = ItemTableModel(a3_columns(), self)
        self.proxy = ItemFilterProxy(a3_facets, self)
        self.proxy.setSourceModel(self.model)

        self.board_button = QRadioButton(self.tr("Taulu: ") + "–", self)
        self.organisation_button = QRadioButton(self.tr("Koko organisaatio"), self)
        scope = QButtonGroup(self)
        scope.addButton(self.board_button)
        scope.addButton(self.organisation_button)
        self.board_button.setEnabled(board_id is not None)
        (self.board_button if board_id is not None else self.organisation_button).setChecked(True)
        self.organisation_button.toggled.connect(lambda _on: self.reload())

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Hae otsikosta, taulusta, omistajasta…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda t: self.proxy.set_filters(search=t))
        self.phase_combo = QComboBox(self)
        self.phase_combo.addItem(self.tr("Kaikki"), None)
        for phase, name in theme.A3_PHASE_NAMES.items():
            self.phase_combo.addItem(self.tr(name), phase)
        self.phase_combo.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filters(state=self.phase_combo.currentData())
        )
        phase_label = QLabel(self.tr("&Vaihe:"), self)
        phase_label.setBuddy(self.phase_combo)

        top = QHBoxLayout()
        top.addWidget(self.board_button)
        top.addWidget(self.organisation_button)
        top.addSpacing(16)
        top.addWidget(self.search_edit, 2)
        top.addWidget(phase_label)
        top.addWidget(self.phase_combo, 1)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # newest first, as the service
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # The title takes what is left; the short columns are as wide as their content.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)  # Enter on a row

        self.new_button = QPushButton(self.tr("&Uusi A3…"), self)
        self.new_button.clicked.connect(lambda: self.new_a3())
        self.open_button = QPushButton(self.tr("&Avaa…"), self)
        self.open_button.clicked.connect(self._open_current)
        self.count_label = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.reload()

    @property
    def organisation(self) -> bool:
        return self.organisation_button.isChecked()

    def set_organisation(self, on: bool) -> None:
        (self.organisation_button if on else self.board_button).setChecked(True)

    # ---- the rows
    def reload(self) -> None:
        """Read the board's (or the organisation's) A3s off the GUI thread."""
        board, services, today = (
            None if self.organisation else self.board_id,
            self._services,
            self._today(),
        )
        shown_id = self.board_id

        def read() -> tuple[BoardInfo | None, list[A3Row]]:
            named = services.boards.get(shown_id) if shown_id is not None else None
            return named, services.a3.rows(board, today=today)

        op(self, read).done(self._show_rows).title(self.tr("A3-raportit eivät aukea")).run()

    def _show_rows(self, read: tuple[BoardInfo | None, list[A3Row]]) -> None:
        named, rows = read
        if named is not None:
            self.board_button.setText(self.tr("Taulu: ") + f"{named.name} ({named.code})")
        self.model.set_items(rows)
        self.table.setColumnHidden(1, not self.organisation)  # one board: its name says nothing
        self.new_button.setEnabled(self.board_id is not None)
        self._update_count()

    def visible_rows(self) -> list[A3Row]:
        return self.proxy.visible_items()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("%1 A3-raporttia").replace("%1", str(total))
        if shown != total:
            text = self.tr("%1 / %2 näkyvissä").replace("%1", str(shown)).replace("%2", str(total))
        self.count_label.setText(text)

    def current(self) -> A3Row | None:
        index = self.table.currentIndex()
        return self.proxy.data(index, ITEM_ROLE) if index.isValid() else None

    # ---- opening
    def _open_index(self, index: QModelIndex) -> None:
        row = self.proxy.data(index, ITEM_ROLE)
        if isinstance(row, A3Row):
            self.open_a3(row.id)

    def _open_current(self) -> None:
        row = self.current()
        if row is not None:
            self.open_a3(row.id)

    def open_a3(self, a3_id: int) -> A3Editor | None:
        for editor in self.editors:
            if editor.a3_id == a3_id:
                editor.raise_()
                editor.activateWindow()
                return editor
        return self._show_editor(lambda: self._editor(a3_id))

    def new_a3(self) -> A3Editor | None:
        """A new A3 on this list's board, from scratch."""
        if self.board_id is None:
            return None
        board_id = self.board_id
        return self._show_editor(lambda: self._editor(None, board_id))

    def _editor(self, a3_id: int | None, board_id: int | None = None) -> A3Editor:
        return A3Editor(self._services, a3_id, board_id=board_id, drafts=self._drafts)

    def _show_editor(self, make: Callable[[], A3Editor]) -> A3Editor:
        editor = make()  # shown at once, filled when read (a failed read is shown in words)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(lambda _detail: self._saved())
        editor.destroyed.connect(lambda _obj=None, e=editor: self._forget(e))
        self.editors.append(editor)
        editor.resize(1500, 950)
        editor.show()
        self.opened.emit(editor)
        return editor

    def _saved(self) -> None:
        self.reload()
        self.changed.emit()

    def _forget(self, editor: A3Editor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def closeEvent(self, event: QCloseEvent) -> None:
        for editor in list(self.editors):
            editor.close()  # each writes its draft as it closes
        event.accept()
