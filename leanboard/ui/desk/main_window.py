"""The desktop window for team leaders: a searchable board tree on the left, the board right.

The window remembers, per user (QSettings), the board last shown, its size and the splitter
between the tree and the board; a remembered size larger than the screen it opens on is
shrunk to fit. The tree shows whole names: its name column grows to the longest name (with a
horizontal scroll bar when the pane is narrower) and every row's tooltip repeats the name,
the code and the tier.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from leanboard.domain.access import Rights
from leanboard.domain.presentation import BOARD_KIND_NAMES
from leanboard.services import Services
from leanboard.services.dto import BoardInfo
from leanboard.ui.a3.list_window import A3ListWindow
from leanboard.ui.admin.export_pdf import ExportPdfDialog
from leanboard.ui.board.view import BoardView
from leanboard.ui.common import theme
from leanboard.ui.common.live import LiveUpdates
from leanboard.ui.common.ops import describe, op
from leanboard.ui.desk.board_menu import BoardMenu
from leanboard.ui.desk.language_menu import MENU_TITLE, add_language_menu
from leanboard.ui.desk.tree_menu import BoardTreeActions

BOARD_ID_ROLE = Qt.ItemDataRole.UserRole
# QSettings keys of what the desk remembers between starts.
LAST_BOARD_KEY = "desk/board"
GEOMETRY_KEY = "desk/geometry"
SPLITTER_KEY = "desk/splitter"
DEFAULT_SIZE = (1500, 950)
TREE_WIDTH = 380  # the tree pane's default width: most ward names whole at 100 % text
TREE_MIN_WIDTH = 240


class MainWindow(QMainWindow):
    wall_requested = Signal(int)  # board id to show in wall mode

    def __init__(
        self,
        services: Services,
        live: LiveUpdates | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.boards: list[BoardInfo] = []
        # A change made here: the tree is read again, then this board shown (None: the one
        # shown stays, refreshed).
        self._after_change = False
        self._show_next: int | None = None
        self.settings = QSettings()

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Hae taulua nimellä tai tunnuksella"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter_boards)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Taulu"), self.tr("Tunnus")])
        # Whole names: the name column is as wide as the longest name; a narrow pane scrolls.
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setUniformRowHeights(True)
        self.tree.currentItemChanged.connect(self._on_current)
        picker = QWidget(self)
        column = QVBoxLayout(picker)
        column.setContentsMargins(6, 6, 0, 6)
        column.addWidget(self.search)
        column.addWidget(self.tree, 1)

        self.board_view = BoardView(services, theme.DESK, self, today=today)
        self.board_view.refreshed.connect(self._update_title)
        self.board_view.refreshed.connect(self._follow_board)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        # Always there, so the board's width does not change with its height: stacking the
        # sections of a narrow desk (and the scroll bar that brings) never narrows it further.
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        scroll.setWidget(self.board_view)
        self.board_scroll = scroll
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(picker)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self._make_menu()
        self.board_menu = BoardMenu(self, services, self.shown_board, self.reload)
        self.board_view.refreshed.connect(self.board_menu.board_refreshed)
        # Who the database knows this window as, and what that login may do on the board shown.
        self.access_label = QLabel(self)
        self.access_label.setObjectName("access_label")
        self.statusBar().addPermanentWidget(self.access_label, 1)
        self.board_view.refreshed.connect(self._update_access)
        self.tree_actions = BoardTreeActions(
            self,
            services,
            self.tree,
            lambda: self.boards,
            lambda: self.board_view.board_id,
            self.board_at,
            self.tree_changed,
        )
        first = self.board_menu.menu.actions()[0] if self.board_menu.menu.actions() else None
        self.tree_actions.fill_menu(self.board_menu.menu, first)
        if first is not None:
            self.board_menu.menu.insertSeparator(first)
        self.restore_layout()

        if live is not None:
            live.changed.connect(self.board_view.on_changes)
            live.events.connect(self._on_events)
            live.status.connect(self.board_view.set_live_status)
            if not live.online:
                self.board_view.set_live_status(False, live.offline_since)
        self.load_boards()
        self._update_title()
        self._update_access()

    def _update_access(self) -> None:
        """The access-control note and the role's menus, from the rights the board's snapshot
        carries (read with it, in the same transaction)."""
        snapshot = self.board_view.snapshot
        if snapshot is not None:
            self.show_rights(snapshot.rights)
        elif not self.access_label.text():  # no board shown yet: ask once
            access = self._services.access
            op(self, lambda: access.rights(None)).done(self.show_rights).failed(
                self._rights_not_read
            ).run()

    def _rights_not_read(self, error: BaseException) -> bool:
        self.access_label.setText(describe(error))
        return True

    def show_rights(self, rights: Rights) -> None:
        self.board_menu.apply_rights(rights)
        self.tree_actions.apply_rights(rights)
        if rights.mode == "single-pc":
            text = self.tr("Käyttäjä %1 · yhden koneen tietokanta: käyttöoikeuksia ei tarkisteta")
            warn = False
        elif rights.mode == "off":
            text = self.tr(
                "⚠ Käyttöoikeudet eivät ole käytössä: jokainen tietokannan käyttäjä voi muuttaa "
                "kaikkea. IT ottaa ne käyttöön komennolla leanboard access setup."
            )
            warn = True
        elif rights.mode == "owner":
            text = self.tr("Tunnus %1 · tietokannan omistaja: kaikki oikeudet")
            warn = False
        else:
            text = self.tr("Tunnus %1 · tällä taululla: %2").replace("%2", self._role_words(rights))
            warn = False
        self.access_label.setText(text.replace("%1", rights.login))
        self.access_label.setStyleSheet(
            f"background: {theme.AMBER}; color: black; padding: 2px 6px;" if warn else ""
        )

    def _role_words(self, rights: Rights) -> str:
        words = []
        if rights.lead:
            words.append(self.tr("vetäjän oikeudet"))
        elif rights.record:
            words.append(self.tr("kirjaus (fiilis, ideat, tapahtumat, palaverit)"))
        if rights.answer:
            words.append(self.tr("eskalaatioihin vastaaminen"))
        if rights.admin:
            words.append(self.tr("ylläpito"))
        return ", ".join(words) or self.tr("vain luku")

    def shown_board(self) -> BoardInfo | None:
        snapshot = self.board_view.snapshot
        return snapshot.board if snapshot is not None else None

    def _make_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Tiedosto"))
        self.wall_action = QAction(self.tr("Avaa &seinänäkymä"), self)
        self.wall_action.triggered.connect(self._request_wall)
        file_menu.addAction(self.wall_action)
        self.reload_action = QAction(self.tr("&Päivitä"), self)
        self.reload_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.reload_action.triggered.connect(self.reload)
        file_menu.addAction(self.reload_action)
        self.export_pdf_action = QAction(self.tr("Vie viikon &PDF…"), self)
        self.export_pdf_action.triggered.connect(self.open_export_pdf)
        file_menu.addAction(self.export_pdf_action)
        self.a3_action = QAction(self.tr("&A3-raportit…"), self)
        self.a3_action.triggered.connect(self.open_a3_list)
        file_menu.addAction(self.a3_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Lopeta"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)
        self.language_actions = add_language_menu(self, self.menuBar().addMenu(MENU_TITLE))

    def open_export_pdf(self) -> None:
        dialog = ExportPdfDialog(self._services, self.boards, self.board_view.board_id, self)
        dialog.finished.connect(dialog.deleteLater)
        self.export_dialog = dialog
        dialog.open()

    def open_a3_list(self) -> A3ListWindow:
        """The A3s of the board shown now (a toggle in the window shows the organisation's)."""
        window = A3ListWindow(self._services, self.board_view.board_id, parent=self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.changed.connect(self.board_view.refresh)  # the board's A3 tiles too
        self.a3_list = window
        window.show()
        return window

    # ---- the board tree
    def load_boards(self) -> None:
        """Read the board tree off the GUI thread; the tree fills when it arrives."""
        op(self, self._services.boards.list_boards).done(self.show_boards).title(
            self.tr("Taulujen luettelo ei aukea")
        ).run()

    def show_boards(self, boards: list[BoardInfo]) -> None:
        current = self.board_view.board_id
        self.boards = boards
        self.tree.blockSignals(True)
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for board in self.boards:  # tree order: a parent always comes before its children
            parent_item = items.get(board.parent_id) if board.parent_id is not None else None
            item = QTreeWidgetItem([board.name, board.code])
            item.setData(0, BOARD_ID_ROLE, board.id)
            kind = BOARD_KIND_NAMES.get(board.kind, board.kind)
            item.setToolTip(0, f"{board.name} ({board.code}) — {kind}")
            item.setToolTip(1, item.toolTip(0))
            if parent_item is not None:
                parent_item.addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            items[board.id] = item
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self.filter_boards(self.search.text())
        after_change, wanted = self._after_change, self._show_next
        self._after_change, self._show_next = False, None
        if wanted is not None and wanted in items:
            if wanted == current:
                self.board_view.refresh()  # renamed or moved: its header and roll-up change
            self.tree.setCurrentItem(items[wanted])
        elif current is not None and current in items:
            self.tree.setCurrentItem(items[current])
            if after_change:
                self.board_view.refresh()
        elif self.boards:
            remembered = self.remembered_board()
            self.select_board(remembered if remembered in items else self._first_team_board())

    def remembered_board(self) -> int | None:
        """The board shown when the window was last closed, found by its code."""
        code = self.settings.value(LAST_BOARD_KEY, "")
        return next((b.id for b in self.boards if b.code == code), None)

    def board_at(self, pos: QPoint) -> int | None:
        item = self.tree.itemAt(pos)
        return int(item.data(0, BOARD_ID_ROLE)) if item is not None else None

    def tree_changed(self, board_id: int | None) -> None:
        """A board was added, renamed, moved, archived or restored here: the tree is read
        again and `board_id` shown (a board gone from the tree gives way to the first team)."""
        self._after_change, self._show_next = True, board_id
        self.load_boards()

    def _first_team_board(self) -> int:
        teams = [b for b in self.boards if b.kind == "team"]
        return (teams or self.boards)[0].id

    def tree_order(self) -> list[tuple[int, str]]:
        """(depth, name) of every visible row, top to bottom, as the user sees the tree."""
        rows: list[tuple[int, str]] = []
        iterator = QTreeWidgetItemIterator(self.tree)
        while item := iterator.value():
            if not item.isHidden():
                depth, parent = 0, item.parent()
                while parent is not None:
                    depth, parent = depth + 1, parent.parent()
                rows.append((depth, item.text(0)))
            iterator += 1
        return rows

    def filter_boards(self, text: str) -> None:
        """Show boards whose name or code contains `text`, with the path down to them."""
        needle = text.strip().casefold()
        iterator = QTreeWidgetItemIterator(self.tree)
        items = []
        while item := iterator.value():
            items.append(item)
            iterator += 1
        for item in items:
            item.setHidden(bool(needle))
        for item in items:
            if not needle or needle in item.text(0).casefold() or needle in item.text(1).casefold():
                node: QTreeWidgetItem | None = item
                while node is not None:
                    node.setHidden(False)
                    node = node.parent()

    def select_board(self, board_id: int) -> None:
        item = self.tree_item(board_id)
        if item is not None:
            self.tree.setCurrentItem(item)

    def tree_item(self, board_id: int) -> QTreeWidgetItem | None:
        iterator = QTreeWidgetItemIterator(self.tree)
        while item := iterator.value():
            if item.data(0, BOARD_ID_ROLE) == board_id:
                return item
            iterator += 1
        return None

    def _on_current(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.board_view.set_board(int(current.data(0, BOARD_ID_ROLE)))

    def _follow_board(self) -> None:
        """A roll-up row (or Back) opened another board: its tree row becomes the current one,
        with the tree's signals blocked so the board is not loaded a second time (and the
        view's way back is kept)."""
        board_id = self.board_view.board_id
        current = self.tree.currentItem()
        if board_id is None or (current is not None and current.data(0, BOARD_ID_ROLE) == board_id):
            return
        item = self.tree_item(board_id)
        if item is not None:
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(item)
            self.tree.blockSignals(False)
            self.tree.scrollToItem(item)

    def _on_events(self, events: list[object]) -> None:
        # A board created, renamed or archived elsewhere: the tree changes too.
        if any(getattr(e, "entity", None) == "board" for e in events):
            self.load_boards()

    def reload(self) -> None:
        self.load_boards()
        self.board_view.refresh()

    def _request_wall(self) -> None:
        if self.board_view.board_id is not None:
            self.wall_requested.emit(self.board_view.board_id)

    def _update_title(self) -> None:
        snapshot = self.board_view.snapshot
        if snapshot is None:
            self.setWindowTitle("LeanBoard")
        else:
            self.setWindowTitle(f"{snapshot.board.name} ({snapshot.board.code}) — LeanBoard")

    # ---- what the desk remembers
    def restore_layout(self) -> None:
        """The size and splitter of last time, never larger than the screen it opens on."""
        geometry = self.settings.value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(*DEFAULT_SIZE)
        self.fit_to_screen()
        splitter = self.settings.value(SPLITTER_KEY)
        if not (isinstance(splitter, QByteArray) and self.splitter.restoreState(splitter)):
            # A quarter of a narrow window: the board needs the room more (at 1280 px its
            # sections still stand side by side; whole names are in the tooltips).
            tree = max(TREE_MIN_WIDTH, min(TREE_WIDTH, self.width() * 26 // 100))
            self.splitter.setSizes([tree, max(1, self.width() - tree)])

    def fit_to_screen(self) -> None:
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry()
        if self.width() > room.width() or self.height() > room.height():
            self.resize(min(self.width(), room.width()), min(self.height(), room.height()))
            self.move(room.topLeft())

    def save_layout(self) -> None:
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        board = next((b for b in self.boards if b.id == self.board_view.board_id), None)
        if board is not None:
            self.settings.setValue(LAST_BOARD_KEY, board.code)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        event.accept()
