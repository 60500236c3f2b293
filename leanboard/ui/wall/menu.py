"""What the team leader can do on the wall once the PIN is given: change board, or leave."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leanboard.services.dto import BoardInfo
from leanboard.ui.common.card import font
from leanboard.ui.common.theme import Scale


class WallMenuDialog(QDialog):
    board_chosen = Signal(int)
    leave_requested = Signal()

    def __init__(
        self,
        boards: list[BoardInfo],
        current_board_id: int,
        scale: Scale,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Seinänäkymän asetukset"))
        self.setModal(True)
        self.setMinimumWidth(scale.touch_px * 9)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Seinänäkymän asetukset"), self)
        title.setFont(font(scale.heading_px, bold=True))
        layout.addWidget(title)
        label = QLabel(self.tr("Näytettävä taulu:"), self)
        label.setFont(font(scale.body_px))
        layout.addWidget(label)
        self.board_list = QListWidget(self)
        self.board_list.setFont(font(scale.body_px))
        self.board_list.setStyleSheet(f"QListWidget::item {{ min-height: {scale.touch_px}px; }}")
        for board in boards:
            item = QListWidgetItem("    " * board.depth + f"{board.name} ({board.code})")
            item.setData(Qt.ItemDataRole.UserRole, board.id)
            self.board_list.addItem(item)
            if board.id == current_board_id:
                self.board_list.setCurrentItem(item)
        layout.addWidget(self.board_list, 1)
        self.show_button = self._button(self.tr("Näytä valittu taulu"))
        self.leave_button = self._button(self.tr("Poistu seinänäkymästä"))
        self.cancel_button = self._button(self.tr("Peruuta"))
        self.show_button.clicked.connect(self._choose)
        self.leave_button.clicked.connect(self._leave)
        self.cancel_button.clicked.connect(self.reject)
        for button in (self.show_button, self.leave_button, self.cancel_button):
            button.setMinimumHeight(scale.touch_px)
            button.setFont(font(scale.body_px, bold=True))
            layout.addWidget(button)

    def _button(self, text: str) -> QPushButton:
        return QPushButton(text, self)

    def _choose(self) -> None:
        item = self.board_list.currentItem()
        if item is not None:
            self.board_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        self.accept()

    def _leave(self) -> None:
        self.leave_requested.emit()
        self.accept()
