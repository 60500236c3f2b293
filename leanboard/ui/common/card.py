"""The white card every board section sits on, with its heading, and font helpers."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from leanboard.ui.common import theme
from leanboard.ui.common.theme import Scale


def font(px: int, bold: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(px)
    f.setBold(bold)
    return f


class Card(QFrame):
    """A section's card: heading on top, `body` (a QVBoxLayout) below for the content."""

    def __init__(self, title: str, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(
            f"QFrame#card {{ background: {theme.PAPER}; border: 1px solid #d0d5db;"
            " border-radius: 8px; }"
        )
        pad = max(6, scale.body_px // 2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(pad, pad // 2, pad, pad // 2)
        outer.setSpacing(pad // 2)
        self.title_label = QLabel(title, self)
        self.title_label.setFont(font(scale.heading_px, bold=True))
        self.title_label.setStyleSheet(f"color: {theme.INK};")
        self.title_label.setWordWrap(True)  # a narrow column wraps the heading, never clips it
        outer.addWidget(self.title_label)
        self.body = QVBoxLayout()
        self.body.setSpacing(pad // 2)
        outer.addLayout(self.body, 1)

    def set_title(self, title: str) -> None:
        self.title_label.setText(title)
