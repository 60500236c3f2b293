"""Opening an A3 from the board (its tile, or a problem's or an idea's card via the board).

The huddle looks at an A3 together; writing it happens at the leader's PC. So on the wall
(a touch-sized scale) the A3 opens read-only over the whole board, its text enlarged for
reading from a few metres, long sections scrolled by a finger, with one touch-sized close
button; on the desktop it opens in the editor, in a window of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDialog,
    QHBoxLayout,
    QLabel,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from leanboard.services import Services
from leanboard.services.drafts import DraftStore
from leanboard.services.dto import A3Detail
from leanboard.ui.a3.editor import A3Editor
from leanboard.ui.common import theme
from leanboard.ui.common.card import font
from leanboard.ui.common.theme import Scale
from leanboard.ui.common.touch_card import big_button


class A3WallView(QDialog):
    def __init__(
        self,
        services: Services,
        a3_id: int,
        scale: Scale,
        parent: QWidget | None = None,
        *,
        drafts: DraftStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self.setStyleSheet(f"QDialog {{ background: {theme.PAPER}; }}")
        self.editor = A3Editor(services, a3_id, drafts=drafts, read_only=True, parent=self)
        self.editor.ui.pdfButton.hide()  # printing and history belong to the desktop
        self.editor.ui.historyButton.hide()
        # Between the wall's body size and the desk's: the sheet has seven sections to fit.
        text_px = max(theme.DESK.body_px, scale.body_px * 5 // 6)
        self.editor.setStyleSheet(f"QWidget {{ font-size: {text_px}px; }}")
        for area in self.editor.findChildren(QAbstractScrollArea):
            QScroller.grabGesture(
                area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
            )

        self.heading = QLabel(self)
        self.editor.loaded.connect(self._show_heading)
        self.heading.setFont(font(scale.heading_px, bold=True))
        self.heading.setWordWrap(True)
        self.close_button = big_button(self.tr("✕ Sulje"), scale, self, primary=True)
        self.close_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.close_button.setMinimumWidth(scale.touch_px * 3)
        self.close_button.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        pad = scale.body_px // 2
        layout.setContentsMargins(pad, pad, pad, pad)
        layout.addLayout(top)
        layout.addWidget(self.editor, 1)
        host = parent.window() if parent is not None else None
        if host is not None:
            self.setGeometry(host.geometry())  # over the whole board
        else:
            self.resize(1920, 1080)

    def _show_heading(self, detail: A3Detail) -> None:
        phase = theme.A3_PHASE_NAMES.get(detail.phase, detail.phase)
        phase_word = self.tr("Vaihe")  # lupdate reads no tr() inside an f-string
        self.heading.setText(f"{detail.title}  ·  {phase_word}: {self.tr(phase)}")


def open_a3(
    services: Services,
    a3_id: int,
    scale: Scale,
    parent: QWidget,
    on_saved: Callable[[], None] | None = None,
) -> QWidget:
    """The A3 on the wall (read-only view) or on the desktop (the editor), shown at once and
    filled when it has been read (a failed read is shown in words by the runner)."""
    if theme.is_wall(scale):
        wall = A3WallView(services, a3_id, scale, parent)
        wall.finished.connect(lambda _code: wall.deleteLater())
        wall.open()
        return wall
    editor = A3Editor(services, a3_id, parent=parent)
    editor.setWindowFlag(Qt.WindowType.Window)  # a window of its own, owned by the board
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_saved is not None:
        editor.saved.connect(lambda _detail: on_saved())
    editor.resize(1500, 950)
    editor.show()
    return editor
