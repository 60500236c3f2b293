"""Wall mode: the board full screen on a ward's touch screen, left running for weeks.

No window chrome and no way out for a passer-by: Esc and Alt+F4 do nothing. A small corner
button (a 64 px touch target) asks for the team leader's PIN and then offers to change the
board or leave. A board without a PIN opens the menu straight away: there is nothing to guard.

Between huddles the pages turn by themselves, so people passing by see every part of the
board: after ROTATE_AFTER_IDLE_S without a touch, one page every ROTATE_EVERY_S — never while
the huddle timer runs or a dialog (a card, the PIN pad, the menu) is open.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from leanboard.domain.access import PinState
from leanboard.services import Services
from leanboard.services.dto import BoardInfo
from leanboard.ui.board.view import BoardView
from leanboard.ui.common import theme
from leanboard.ui.common.card import font
from leanboard.ui.common.keyboard import KeyboardDock
from leanboard.ui.common.leader import LeaderGate
from leanboard.ui.common.live import LiveUpdates
from leanboard.ui.common.ops import op

if TYPE_CHECKING:  # opened by a tap: imported then, not at every start
    from leanboard.ui.wall.menu import WallMenuDialog
    from leanboard.ui.wall.pin_pad import PinPadDialog

CORNER_PX = 64
ROTATE_AFTER_IDLE_S = 120.0
ROTATE_EVERY_S = 30.0
TOUCHES = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
)


class PageRotator(QObject):
    """Turns the wall's pages while nobody touches it. Any press, touch or key on the wall's
    window counts as a touch (an application-wide filter sees it before any child does)."""

    def __init__(
        self,
        wall: WallWindow,
        idle_s: float = ROTATE_AFTER_IDLE_S,
        every_s: float = ROTATE_EVERY_S,
    ) -> None:
        super().__init__(wall)
        self._wall = wall
        self.idle_s = idle_s
        self.every_s = every_s
        self.use_clock(time.monotonic)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def use_clock(self, clock: Callable[[], float]) -> None:
        """Count from another clock (tests hand one in): both waits start from its now."""
        self.clock = clock
        self.last_touch = self._last_turn = clock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in TOUCHES and isinstance(watched, QWidget):
            node: QWidget | None = watched
            while node is not None and node is not self._wall:
                node = node.parentWidget()  # across dialogs too: they are the wall's children
            if node is self._wall:
                self.last_touch = self.clock()
        return False

    def may_turn(self) -> bool:
        wall = self._wall
        huddle = wall.board_view.sections.get("huddle")
        if huddle is not None and getattr(huddle, "running", False):
            return False  # the team is standing at the board
        if any(d.isVisible() for d in wall.findChildren(QDialog)):
            return False
        return wall.isVisible()

    def tick(self) -> None:
        now = self.clock()
        if not self.may_turn():
            self._last_turn = now  # after the huddle or the card, a full period first
            return
        due = max(self.last_touch + self.idle_s, self._last_turn + self.every_s)
        if now >= due:
            self._last_turn = now
            self._wall.board_view.turn_page(1)


class WallWindow(QWidget):
    left = Signal()  # the leader left wall mode

    def __init__(
        self,
        services: Services,
        board_id: int,
        live: LiveUpdates | None = None,
        *,
        hide_cursor: bool = False,
        scale: theme.Scale = theme.WALL,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._scale = scale
        self._may_close = False
        self.pin_dialog: PinPadDialog | None = None
        self.menu_dialog: WallMenuDialog | None = None
        self.setWindowTitle("LeanBoard")
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.setObjectName("wallWindow")
        # Every scroll bar on the wall, in cards too, is a touch target (the rule cascades).
        self.setStyleSheet(theme.wall_scrollbars(scale))
        if hide_cursor:
            self.setCursor(Qt.CursorShape.BlankCursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.board_view = BoardView(services, scale, self, today=today)
        layout.addWidget(self.board_view)

        self.corner_button = QPushButton("⚙", self)
        self.corner_button.setFixedSize(CORNER_PX, CORNER_PX)
        self.corner_button.setFont(font(scale.heading_px))
        self.corner_button.setToolTip(self.tr("Asetukset ja poistuminen (PIN-koodi)"))
        self.corner_button.setAccessibleName(self.tr("Asetukset"))
        self.corner_button.setStyleSheet(
            "QPushButton { background: transparent; color: #9fb6cf; border: 1px solid #2c5580;"
            " border-radius: 8px; }"
        )
        self.corner_button.clicked.connect(self.ask_pin)
        self.board_view.header.extra.addSpacing(scale.body_px)
        self.board_view.header.extra.addWidget(self.corner_button)

        if live is not None:
            live.changed.connect(self.board_view.on_changes)
            live.status.connect(self.board_view.set_live_status)
            if not live.online:
                self.board_view.set_live_status(False, live.offline_since)
        self.board_view.set_board(board_id)
        self.rotator = PageRotator(self)
        self.keyboard = KeyboardDock(self, scale)  # no keyboard on the wall: one on screen
        self.leader_gate = LeaderGate(self, self.ask_leader)

    @property
    def board_id(self) -> int | None:
        return self.board_view.board_id

    # ---- the leader's way out
    def ask_pin(self) -> None:
        board_id = self.board_view.board_id
        if board_id is None or self.pin_dialog is not None or self.menu_dialog is not None:
            return
        # Read now, not from the last refresh: a PIN set a moment ago on a PC must hold; and
        # the pause earlier wrong tries left, on any screen (the database counts them).
        pins = self._services.pins
        op(self, lambda: pins.state(board_id)).busy(self.corner_button).done(
            lambda state: self._pin_or_menu(board_id, state)
        ).title(self.tr("Asetukset eivät aukea")).run()

    def _pin_or_menu(self, board_id: int, state: PinState) -> None:
        if self.pin_dialog is not None or self.menu_dialog is not None:
            return
        if not state.has_pin:
            self.open_menu()
            return
        from leanboard.ui.wall.pin_pad import PinPadDialog

        dialog = PinPadDialog(self._services, board_id, self._scale, self, state)
        dialog.unlocked.connect(self.open_menu)
        dialog.finished.connect(lambda _code: self._pin_closed(dialog))
        self.pin_dialog = dialog
        dialog.open()

    def ask_leader(self, over: QWidget, act: Callable[[], None]) -> None:
        """A card asks for the leader (e.g. to remove an older safety event): the PIN, read at
        the tap; a board without one lets the act through."""
        board_id = self.board_view.board_id
        if board_id is None:
            return
        op(over, lambda: self._services.boards.get(board_id)).done(
            lambda board: self._pin_then(board, over, act)
        ).title(self.tr("PIN-koodia ei voi tarkistaa")).run()

    def _pin_then(self, board: BoardInfo, over: QWidget, act: Callable[[], None]) -> None:
        if not board.has_pin:
            act()
            return
        from leanboard.ui.wall.pin_pad import PinPadDialog

        dialog = PinPadDialog(self._services, board.id, self._scale, over.window())
        dialog.unlocked.connect(act)
        dialog.finished.connect(lambda _code: self._pin_closed(dialog))
        self.pin_dialog = dialog
        dialog.open()

    def _pin_closed(self, dialog: PinPadDialog) -> None:
        if self.pin_dialog is dialog:
            self.pin_dialog = None
        dialog.deleteLater()

    def open_menu(self) -> None:
        board_id = self.board_view.board_id
        if board_id is None:
            return
        if self.menu_dialog is not None:
            return
        op(self, self._services.boards.list_boards).busy(self.corner_button).done(
            lambda boards: self._show_menu(boards, board_id)
        ).title(self.tr("Asetukset eivät aukea")).run()

    def _show_menu(self, boards: list[BoardInfo], board_id: int) -> None:
        if self.menu_dialog is not None:
            return
        from leanboard.ui.wall.menu import WallMenuDialog

        dialog = WallMenuDialog(boards, board_id, self._scale, self)
        dialog.board_chosen.connect(self.board_view.set_board)
        dialog.leave_requested.connect(self.leave)
        dialog.finished.connect(lambda _code: self._menu_closed(dialog))
        self.menu_dialog = dialog
        dialog.open()

    def _menu_closed(self, dialog: WallMenuDialog) -> None:
        if self.menu_dialog is dialog:
            self.menu_dialog = None
        dialog.deleteLater()

    def leave(self) -> None:
        self._may_close = True
        self.close()
        self.left.emit()

    # ---- no way out without the PIN
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            event.accept()
        else:
            event.ignore()  # Alt+F4, a window manager close: the board stays up

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # swallowed: Esc never closes the board
            return
        super().keyPressEvent(event)
