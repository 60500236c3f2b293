"""A3 reports in progress: title, owner, PDCA phase and how many actions are overdue.

A tap opens the A3: on the wall (touch-sized scale) read-only over the board, on the
desktop in the editor.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from leanboard.services import Services
from leanboard.services.dto import A3Item, BoardSnapshot
from leanboard.ui.common import theme
from leanboard.ui.common.card import Card, font
from leanboard.ui.common.sections import section_title
from leanboard.ui.common.theme import Scale
from leanboard.ui.common.tiles import ItemColumn, Tile, status_mark


class A3Panel(Card):
    changed = Signal()  # an A3 opened from here was saved (desktop)

    def __init__(self, services: Services, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(section_title("a3"), scale, parent)
        self._services = services
        self._scale = scale
        self.opened: QWidget | None = None  # the A3 open now (wall view or editor)
        self.empty_label = QLabel(
            self.tr(
                "Ei keskeneräisiä A3-raportteja. A3 aloitetaan ongelmasta tai ideasta tiimin "
                "vetäjän koneella."
            ),
            self,
        )
        self.empty_label.setFont(font(scale.body_px))
        self.empty_label.setWordWrap(True)
        self.body.addWidget(self.empty_label)
        # The A3s run across the page under the ideas, three side by side.
        self.list = ItemColumn("", scale, self, columns=3, more_beside=True)
        self.list.heading.hide()
        self.body.addWidget(self.list, 1)

    def show_snapshot(self, snapshot: BoardSnapshot) -> None:
        in_progress = [a for a in snapshot.a3s if a.phase != "done"]
        self.empty_label.setVisible(not in_progress)
        shown = sorted(in_progress, key=lambda a: (a.started_on, a.id))
        for tile, a3 in zip(self.list.reuse(len(shown), self._new_tile), shown, strict=True):
            self._fill(tile, a3)

    def _new_tile(self) -> Tile:
        tile = Tile(self._scale, self)
        tile.clicked.connect(lambda _checked=False, t=tile: self.open_a3(t.payload))
        return tile

    def open_a3(self, a3: object) -> QWidget | None:
        assert isinstance(a3, A3Item)
        from leanboard.ui.a3.open import open_a3  # the editor: not needed to start a wall

        self.opened = open_a3(self._services, a3.id, self._scale, self, self.changed.emit)
        return self.opened

    def _fill(self, tile: Tile, a3: A3Item) -> None:
        phase = self.tr("Vaihe: ") + self.tr(theme.A3_PHASE_NAMES.get(a3.phase, a3.phase))
        status = [phase]
        if a3.overdue_actions:
            mark = status_mark("overdue")
            noun = self.tr("toimenpide") if a3.overdue_actions == 1 else self.tr("toimenpidettä")
            status.append(f"{mark}: {a3.overdue_actions} {noun}")
        tile.set_lines(a3.title, a3.owner or "", status)
        tile.set_alert(a3.overdue_actions > 0)
        tile.setProperty("a3_id", a3.id)
        tile.payload = a3

    def tiles(self) -> list[Tile]:
        return self.list.tiles()
