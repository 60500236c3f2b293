"""The main window's "Taulu" menu: the leader's lists, measure values, settings and history.

Kept out of main_window.py so that window stays the board picker and the board; it only
creates this menu (other menus, e.g. PDF export and A3, are added there by their owners).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow

from leanboard.domain.access import Rights
from leanboard.services import Services
from leanboard.services.dto import BoardInfo
from leanboard.ui.admin.board_settings import BoardSettingsDialog
from leanboard.ui.admin.import_csv import CsvImport
from leanboard.ui.common.history_view import HistoryDialog
from leanboard.ui.desk.lists import BoardListsDialog
from leanboard.ui.goals.value_dialog import MeasureValueDialog


class BoardMenu(QObject):
    def __init__(
        self,
        window: QMainWindow,
        services: Services,
        board: Callable[[], BoardInfo | None],
        refresh: Callable[[], None],
    ) -> None:
        """`board()` is the board shown now, as last read (its name, code, settings)."""
        super().__init__(window)
        self.window = window
        self.services = services
        self.board = board
        self.refresh = refresh
        self.lists: BoardListsDialog | None = None
        self.dialog: QDialog | None = None  # the last settings/value/history dialog opened
        menu = window.menuBar().addMenu(self.tr("T&aulu"))
        self.list_actions: dict[str, QAction] = {}
        for key, text in (
            ("ideas", self.tr("&Kehitysideat…")),
            ("problems", self.tr("&Ongelmat…")),
            ("safety", self.tr("&Turvallisuustapahtumat…")),
            ("measures", self.tr("&Mittarit ja tavoitteet…")),
        ):
            action = QAction(text, self)
            action.triggered.connect(lambda _=False, k=key: self.open_list(k))
            menu.addAction(action)
            self.list_actions[key] = action
        self.value_action = QAction(self.tr("Kirjaa mittarin &arvo…"), self)
        self.value_action.triggered.connect(self.record_value)
        menu.addAction(self.value_action)
        menu.addSeparator()
        self.importer = CsvImport(services, window)
        self.importer.done.connect(lambda _summary: self.refresh())
        self.import_kpi_action = QAction(self.tr("Tuo mittariarvot CSV-tiedostosta…"), self)
        self.import_kpi_action.triggered.connect(lambda: self.importer.import_kpi())
        menu.addAction(self.import_kpi_action)
        self.import_nps_action = QAction(self.tr("Tuo asiakaspalaute (NPS) CSV-tiedostosta…"), self)
        self.import_nps_action.triggered.connect(self.import_nps)
        menu.addAction(self.import_nps_action)
        menu.addSeparator()
        self.history_action = QAction(self.tr("Taulun &muutoshistoria…"), self)
        self.history_action.triggered.connect(self.board_history)
        menu.addAction(self.history_action)
        self.settings_action = QAction(self.tr("Taulun a&setukset…"), self)
        self.settings_action.triggered.connect(self.board_settings)
        menu.addAction(self.settings_action)
        self.menu = menu

    def apply_rights(self, rights: Rights) -> None:
        """Offer only what the login's role allows on the board shown (the database refuses
        the rest anyway; this keeps people from filling in forms that cannot be saved)."""
        for action in (self.value_action, self.import_kpi_action, self.import_nps_action):
            action.setVisible(rights.lead)
        self.settings_action.setVisible(rights.lead or rights.admin)

    def board_refreshed(self) -> None:
        """The board was re-read (a save here, or another screen's change): lists follow."""
        if self.lists is not None and self.lists.isVisible():
            for panel in self.lists.panels.values():
                panel.reload()

    def board_id(self) -> int | None:
        board = self.board()
        return board.id if board is not None else None

    def open_list(self, key: str) -> BoardListsDialog | None:
        board = self.board()
        if board is None:
            return None
        if self.lists is None or self.lists.board_id != board.id:
            if self.lists is not None:
                self.lists.close()
            self.lists = BoardListsDialog(self.services, board.id, board.name, self.window)
            self.lists.changed.connect(self.refresh)
        self.lists.show_list(key)
        self.lists.show()
        self.lists.raise_()
        return self.lists

    def import_nps(self, path: str | None = None) -> bool:
        """NPS answers go to the board shown now (the file has no board column)."""
        board = self.board()
        if board is None:
            return False
        return self.importer.import_nps(board.code, path)

    def record_value(self) -> QDialog | None:
        board_id = self.board_id()
        if board_id is None:
            return None
        dialog = MeasureValueDialog(self.services, board_id, parent=self.window)
        dialog.saved.connect(lambda _item: self.refresh())
        return self._open(dialog)

    def board_settings(self) -> QDialog | None:
        board = self.board()
        if board is None:
            return None
        dialog = BoardSettingsDialog(self.services, board, self.window)
        dialog.saved.connect(lambda _item: self.refresh())
        return self._open(dialog)

    def board_history(self) -> QDialog | None:
        board = self.board()
        if board is None:
            return None
        history, board_id = self.services.history, board.id
        dialog = HistoryDialog(
            self.services,
            "board",
            board.id,
            board.name,
            changes=lambda: list(reversed(history.of_board(board_id))),
            parent=self.window,
        )
        return self._open(dialog)

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.open()
        return dialog
