"""Someone else saved the same item meanwhile: show both versions side by side and let the
leader choose. Nothing is overwritten silently and nothing typed is lost.

Generic: any editor hands in (label, mine, theirs) per field as display text. The choices:
- keep theirs: the editor takes the other version (the leader's text is dropped on purpose);
- keep mine: the editor saves the leader's version on top of the new one (the other version
  stays in the item's history);
- back to editing: nothing is saved and the typed text is still in the editor.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from leanboard.ui.common import theme
from leanboard.ui.common.card import font


class Choice(Enum):
    KEEP_THEIRS = "theirs"
    KEEP_MINE = "mine"
    CANCEL = "cancel"


@dataclass(frozen=True)
class FieldVersions:
    label: str
    mine: str
    theirs: str

    @property
    def differs(self) -> bool:
        return self.mine.strip() != self.theirs.strip()


class ConflictDialog(QDialog):
    def __init__(
        self,
        fields: list[FieldVersions],
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        body_px: int = theme.DESK.body_px,
    ) -> None:
        super().__init__(parent)
        self.choice = Choice.CANCEL
        self.fields = fields
        self.setWindowTitle(title or self.tr("Joku muu ehti tallentaa ensin"))
        self.setModal(True)
        self.setMinimumWidth(820)

        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Joku muu on muuttanut tätä kohdetta sillä välin."), self)
        heading.setFont(font(body_px + 4, bold=True))
        layout.addWidget(heading)
        explain = QLabel(
            self.tr(
                "Vertaa versioita. Erot on merkitty ≠-merkillä. Kumpi versio jää voimaan? "
                "Kumpikaan ei katoa: korvattu versio jää kohteen muutoshistoriaan."
            ),
            self,
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)

        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        headers = ("", self.tr("Kenttä"), self.tr("Sinun versiosi"), self.tr("Toisen tallentama"))
        for col, text in enumerate(headers):
            label = QLabel(text, grid_host)
            label.setFont(font(body_px, bold=True))
            grid.addWidget(label, 0, col)
        self.rows: list[tuple[QLabel, QLabel]] = []
        for row, item in enumerate(fields, start=1):
            mark = QLabel("≠" if item.differs else "", grid_host)
            mark.setFont(font(body_px, bold=True))
            mark.setToolTip(self.tr("Versiot eroavat") if item.differs else "")
            name = QLabel(item.label, grid_host)
            name.setFont(font(body_px, bold=item.differs))
            name.setStyleSheet("padding: 4px 0px;")  # level with the padded cells beside it
            mark.setStyleSheet("padding: 4px 0px;")
            cells = []
            for col, text in ((2, item.mine), (3, item.theirs)):
                cell = QLabel(text or "–", grid_host)
                cell.setWordWrap(True)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                cell.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                background = "#fff4d6" if item.differs else theme.PANEL
                cell.setStyleSheet(f"background: {background}; padding: 4px;")
                grid.addWidget(cell, row, col)
                cells.append(cell)
            grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(name, row, 1, Qt.AlignmentFlag.AlignTop)
            self.rows.append((cells[0], cells[1]))
        grid.setRowStretch(len(fields) + 1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        # Long texts wrap in their column instead of widening the grid past the window.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(grid_host)
        scroll.setMinimumHeight(min(520, 60 + 44 * len(fields)))
        layout.addWidget(scroll, 1)

        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Palaa muokkaamaan"), self)
        self.theirs_button = QPushButton(self.tr("Pidä toisen versio"), self)
        self.mine_button = QPushButton(self.tr("Tallenna minun versioni"), self)
        self.cancel_button.setToolTip(self.tr("Mitään ei tallenneta; tekstisi pysyy lomakkeella."))
        self.theirs_button.setToolTip(self.tr("Sinun muutoksesi hylätään."))
        self.mine_button.setToolTip(
            self.tr("Versiosi tallennetaan uuden version päälle; se jää historiaan.")
        )
        self.cancel_button.setDefault(True)  # Enter never overwrites anything by accident
        self.cancel_button.clicked.connect(self.reject)
        self.theirs_button.clicked.connect(lambda: self._choose(Choice.KEEP_THEIRS))
        self.mine_button.clicked.connect(lambda: self._choose(Choice.KEEP_MINE))
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.theirs_button)
        buttons.addWidget(self.mine_button)
        layout.addLayout(buttons)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        self.choice = Choice.CANCEL
        super().reject()
