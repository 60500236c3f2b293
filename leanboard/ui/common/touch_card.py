"""The base of the wall's touch cards: a heading, lines of text, big buttons, an inline error.

A card opens over the board with open() (not exec()), so the board keeps refreshing behind it.
Errors are written in the card in red with a ✖, beside the buttons the person just pressed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from leanboard.ui.common import theme
from leanboard.ui.common.card import font
from leanboard.ui.common.theme import Scale


class FittingButton(QPushButton):
    """A button never narrower than its words (nor than `floor_px`): a cut "Palaveri pidet"
    reads as broken. A fixed minimum width would do the opposite — Qt takes an explicit
    minimum as the whole minimum, so a long or translated text was cut in a narrow window —
    so the floor goes into the minimum size hint, which follows the text as it changes."""

    def __init__(self, text: str, parent: QWidget | None, floor_px: int) -> None:
        super().__init__(text, parent)
        self._floor_px = floor_px

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(max(self._floor_px, hint.width()), hint.height())


def big_button(text: str, scale: Scale, parent: QWidget, primary: bool = False) -> QPushButton:
    button = FittingButton(text, parent, scale.touch_px * 2)
    button.setFont(font(scale.body_px, bold=primary))
    button.setMinimumHeight(scale.touch_px)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    background, colour = (theme.ACCENT, "white") if primary else (theme.PANEL, theme.INK)
    button.setStyleSheet(
        f"QPushButton {{ background: {background}; color: {colour}; border: 2px solid #b8c0c8;"
        " border-radius: 8px; padding: 4px 12px; }"
        "QPushButton:disabled { background: #e4e7ea; color: #6b7177; border-color: #d0d5db; }"
    )
    return button


class TouchCard(QDialog):
    def __init__(self, title: str, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(scale.touch_px * 9)
        # Its own colours for its own labels: a card never inherits a strip's white text.
        self.setStyleSheet(
            f"QDialog {{ background: {theme.PAPER}; }} QLabel {{ color: {theme.INK}; }}"
        )
        layout = QVBoxLayout(self)
        layout.setSpacing(max(4, scale.body_px // 3))
        self.heading = QLabel(title, self)
        self.heading.setFont(font(scale.heading_px, bold=True))
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.body = QVBoxLayout()
        self.body.setSpacing(max(2, scale.body_px // 4))
        layout.addLayout(self.body)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setFont(font(scale.body_px, bold=True))
        self.error_label.setStyleSheet(f"color: {theme.RED};")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.action_box = QVBoxLayout()
        self.action_box.setSpacing(max(4, scale.body_px // 3))
        layout.addLayout(self.action_box)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.close_button = big_button(self.tr("Sulje"), scale, self)
        self.close_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.close_button.setMinimumWidth(scale.touch_px * 3)
        self.close_button.clicked.connect(self.reject)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

    def add_line(self, text: str = "", bold: bool = False) -> QLabel:
        label = QLabel(text, self)
        label.setFont(font(self.scale.body_px, bold=bold))
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.body.addWidget(label)
        return label

    def add_action(
        self,
        text: str,
        slot: Callable[[], None],
        primary: bool = False,
        row: QHBoxLayout | None = None,
    ) -> QPushButton:
        button = big_button(text, self.scale, self, primary)
        button.clicked.connect(lambda _checked=False: slot())
        (row if row is not None else self.action_box).addWidget(button)
        return button

    def add_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(max(4, self.scale.body_px // 3))
        self.action_box.addLayout(row)
        return row

    def show_error(self, message: str) -> None:
        self.error_label.setText(f"✖ {message}")
        self.error_label.show()

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    @property
    def error_text(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""
