"""The organisation tree's own actions: in the board tree's context menu and the Taulu menu.

Add a board under the chosen one or at the top, rename it, change its code, move it under
another board, archive it, restore an archived one, and import a whole tree from a CSV file.
The context menu acts on the row under the pointer; the Taulu menu on the board shown.
Every database call runs through the window's operation runner (ui/common/ops.py).

Changing the organisation's shape (new boards, codes, moves, archiving, restoring, a CSV
tree) is an administrator's (role admin); renaming a board also its leader's. The actions
follow the login's rights on the board shown (`apply_rights`); the database refuses the
rest anyway (leanboard/store/access.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QTreeWidget

from leanboard.domain.access import Rights
from leanboard.services import Services
from leanboard.services.dto import BoardInfo, BoardMove
from leanboard.ui.admin.board_dialogs import (
    MoveBoardDialog,
    NewBoardDialog,
    RenameBoardDialog,
    RestoreBoardDialog,
)
from leanboard.ui.admin.import_csv import CsvImport
from leanboard.ui.common import msgbox
from leanboard.ui.common.ops import op


class BoardTreeActions(QObject):
    def __init__(
        self,
        window: QMainWindow,
        services: Services,
        tree: QTreeWidget,
        boards: Callable[[], list[BoardInfo]],
        shown_board: Callable[[], int | None],
        board_at: Callable[[QPoint], int | None],
        changed: Callable[[int | None], None],
    ) -> None:
        """`changed(board_id)` reloads the tree and shows that board (None: keep the one shown)."""
        super().__init__(window)
        self.window = window
        self.services = services
        self.tree = tree
        self.boards = boards
        self.shown_board = shown_board
        self.board_at = board_at
        self.changed = changed
        self.target: int | None = None  # the board the next action is for
        self.rights: Rights | None = None  # on the board shown; None: not read yet
        self.dialog: QDialog | None = None  # the last dialog opened (tests reach it here)
        self.importer = CsvImport(services, window)
        self.importer.done.connect(lambda summary: self.changed(self._first_imported(summary)))

        def action(text: str, slot: Callable[[], object]) -> QAction:
            made = QAction(text, self)
            made.triggered.connect(lambda _=False: slot())
            return made

        self.add_below_action = action(self.tr("&Uusi taulu tämän alle…"), self.add_below)
        self.add_top_action = action(self.tr("Uusi &ylin taulu…"), self.add_top)
        self.rename_action = action(self.tr("&Nimeä uudelleen…"), lambda: self.rename("name"))
        self.code_action = action(self.tr("Vaihda &tunnus…"), lambda: self.rename("code"))
        self.move_action = action(self.tr("&Siirrä toisen taulun alle…"), self.move)
        self.archive_action = action(self.tr("&Arkistoi taulu…"), self.archive)
        self.restore_action = action(self.tr("&Palauta arkistoitu taulu…"), self.restore)
        self.import_action = action(
            self.tr("Tuo organisaatio CSV-tiedostosta…"), lambda: self.import_tree()
        )
        self.board_actions = (
            self.add_below_action,
            self.rename_action,
            self.code_action,
            self.move_action,
            self.archive_action,
        )
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self.show_context_menu)
        self.context_menu: QMenu | None = None

    def actions(self) -> list[QAction | None]:
        """In menu order; None is a separator."""
        return [
            self.add_below_action,
            self.add_top_action,
            self.rename_action,
            self.code_action,
            self.move_action,
            self.archive_action,
            None,
            self.restore_action,
            self.import_action,
        ]

    def fill_menu(self, menu: QMenu, before: QAction | None = None) -> None:
        for item in self.actions():
            if before is None:
                menu.addSeparator() if item is None else menu.addAction(item)
            elif item is None:
                menu.insertSeparator(before)
            else:
                menu.insertAction(before, item)
        menu.aboutToShow.connect(lambda: self.aim(self.shown_board()))

    def aim(self, board_id: int | None) -> None:
        """The next action is for `board_id`; the board actions need one."""
        self.target = board_id
        allowed = self.allowed()
        for item in self.board_actions:
            item.setEnabled(allowed and board_id is not None)
        self.rename_action.setEnabled(self.may_rename() and board_id is not None)
        for item in (self.add_top_action, self.restore_action, self.import_action):
            item.setEnabled(allowed)

    def apply_rights(self, rights: Rights) -> None:
        """The login's rights on the board shown (read with its snapshot)."""
        self.rights = rights
        self.aim(self.target)

    def allowed(self) -> bool:
        """May this login change the organisation's shape? An administrator's job; until the
        rights are read, offered (the database refuses what the role does not allow)."""
        return self.rights is None or self.rights.admin

    def may_rename(self) -> bool:
        """A board's name is also its leader's to change (its code is the admins')."""
        return self.allowed() or (self.rights is not None and self.rights.lead)

    def show_context_menu(self, pos: QPoint) -> QMenu:
        self.aim(self.board_at(pos))
        menu = QMenu(self.tree)
        for item in self.actions():
            if item is None:
                menu.addSeparator()
            else:
                menu.addAction(item)
        self.context_menu = menu
        menu.popup(self.tree.viewport().mapToGlobal(pos))
        return menu

    # ---- the actions
    def board(self) -> BoardInfo | None:
        return next((b for b in self.boards() if b.id == self.target), None)

    def _open(self, dialog: QDialog, done: Callable[[object], None]) -> QDialog:
        dialog.saved.connect(done)  # type: ignore[attr-defined]
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def add_below(self) -> QDialog | None:
        if self.target is None:
            return None
        dialog = NewBoardDialog(self.services, self.target, self.window)
        return self._open(dialog, lambda made: self.changed(made.id))  # type: ignore[attr-defined]

    def add_top(self) -> QDialog:
        dialog = NewBoardDialog(self.services, None, self.window)
        return self._open(dialog, lambda made: self.changed(made.id))  # type: ignore[attr-defined]

    def rename(self, focus: str) -> QDialog | None:
        board = self.board()
        if board is None:
            return None
        dialog = RenameBoardDialog(self.services, board, focus, self.window)
        return self._open(dialog, lambda item: self.changed(item.id))  # type: ignore[attr-defined]

    def move(self) -> QDialog | None:
        board = self.board()
        if board is None:
            return None
        dialog = MoveBoardDialog(self.services, board, self.window)
        return self._open(dialog, self._moved)

    def _moved(self, moved: object) -> None:
        assert isinstance(moved, BoardMove)
        self.changed(moved.board.id)
        lines = []
        for item in moved.rerouted:
            line = (
                self.tr("Eskaloitu ongelma ”%1” odottaa nyt taululla %2.").replace(
                    "%2", item.to_board_code
                )
                if item.to_board_code
                else self.tr("Eskaloitu ongelma ”%1” palasi tiimille: ylempää taulua ei ole.")
            )
            lines.append(line.replace("%1", item.title))
        if moved.goals_left:
            lines.append(
                self.tr("Ylemmältä perityt tavoitteet, jotka eivät enää näy: %1").replace(
                    "%1", ", ".join(moved.goals_left)
                )
            )
        if moved.goals_gained:
            lines.append(
                self.tr("Uudet perityt tavoitteet: %1").replace("%1", ", ".join(moved.goals_gained))
            )
        if lines:
            msgbox.information(self.window, self.tr("Taulu siirretty"), "\n".join(lines))

    def archive(self) -> None:
        board = self.board()
        if board is None:
            return
        question = self.tr(
            "Arkistoidaanko taulu %1 (%2)? Se poistuu puusta, koonnista ja listoilta; mitään ei "
            "poisteta, ja sen voi palauttaa."
        )
        if not msgbox.ask(
            self.window,
            self.tr("Arkistoi taulu"),
            question.replace("%1", board.name).replace("%2", board.code),
        ):
            return
        above = board.parent_id
        boards = self.services.boards
        op(self.window, lambda: boards.archive_board(board.id)).done(
            lambda _none: self.changed(above)
        ).title(self.tr("Taulua ei arkistoitu")).run()

    def restore(self) -> QDialog:
        dialog = RestoreBoardDialog(self.services, self.window)
        return self._open(dialog, lambda item: self.changed(item.id))  # type: ignore[attr-defined]

    def import_tree(self, path: str | None = None) -> bool:
        return self.importer.import_tree(path)

    @staticmethod
    def _first_imported(summary: object) -> int | None:
        boards = getattr(summary, "boards", ())
        return boards[0].id if boards else None
