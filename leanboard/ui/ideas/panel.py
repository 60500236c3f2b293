"""Improvement ideas by PDCA state ("parannetaan päivittäin pieniä asioita").

One column per state, oldest idea first. Overdue ideas carry ◷ and the word "myöhässä";
ideas logged from the mood prompt say "fiilis". A tap opens the idea's touch card, whose big
button moves it one step on.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from leanboard.domain.enums import Origin, PdcaState
from leanboard.services import Services
from leanboard.services.dto import BoardSnapshot, IdeaItem
from leanboard.ui.common import fmt, theme
from leanboard.ui.common.card import Card
from leanboard.ui.common.sections import section_title
from leanboard.ui.common.theme import Scale
from leanboard.ui.common.tiles import ItemColumn, Tile, status_mark
from leanboard.ui.common.undo import offer_undo
from leanboard.ui.ideas.card import IdeaCard


class IdeasPanel(Card):
    changed = Signal()
    a3_requested = Signal(int)  # a card asks for an A3 (the board opens it)

    def __init__(self, services: Services, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(section_title("ideas"), scale, parent)
        self._services = services
        self._scale = scale
        self.card: IdeaCard | None = None
        row = QHBoxLayout()
        row.setSpacing(max(4, scale.body_px // 3))
        self.columns: dict[str, ItemColumn] = {}
        for state in PdcaState:
            column = ItemColumn(self.tr(theme.PDCA_NAMES[state.value]), scale, self)
            self.columns[state.value] = column
            row.addWidget(column, 1)
        self.body.addLayout(row, 1)

    def show_snapshot(self, snapshot: BoardSnapshot) -> None:
        by_state: dict[str, list[IdeaItem]] = {state: [] for state in self.columns}
        for idea in snapshot.ideas:
            if not idea.archived and idea.state in by_state:
                by_state[idea.state].append(idea)
        # A board with no ideas says how one gets there (in the first column, where it lands).
        none = not any(by_state.values())
        self.columns[PdcaState.NEW.value].set_empty_text(
            self.tr(
                "Ei kehitysideoita. Fiilis alle 8 kysyy idean; tiimin vetäjän koneella voi "
                "kirjata lisää."
            )
            if none
            else ""
        )
        for state, column in self.columns.items():
            ideas = sorted(by_state[state], key=lambda i: (i.created_at, i.id))  # oldest first
            column.set_count(len(ideas))
            for tile, idea in zip(column.reuse(len(ideas), self._new_tile), ideas, strict=True):
                self._fill(tile, idea)

    def _new_tile(self) -> Tile:
        tile = Tile(self._scale, self)
        tile.clicked.connect(lambda _checked=False, t=tile: self.open_idea(t.payload))
        return tile

    def _fill(self, tile: Tile, idea: IdeaItem) -> None:
        status = []
        if idea.overdue:
            status.append(status_mark("overdue"))
        if idea.stale:  # no PDCA move for the board's limit: a word at the huddle
            status.append(self.tr("◔ ei edennyt"))
        if idea.origin == Origin.MOOD_PROMPT.value:
            status.append(self.tr("♥ fiilis"))
        meta = [idea.owner] if idea.owner else []
        if idea.due_date and idea.state != PdcaState.DONE.value:
            meta.append(fmt.short_date(idea.due_date))
        tile.set_lines(idea.title, " · ".join(meta), status)
        tile.set_alert(idea.overdue or idea.stale)
        tile.setProperty("idea_id", idea.id)
        tile.payload = idea

    def tile_for(self, idea_id: int) -> Tile | None:
        for column in self.columns.values():
            for tile in column.tiles():
                if tile.property("idea_id") == idea_id:
                    return tile
        return None

    def open_idea(self, idea: object) -> None:
        assert isinstance(idea, IdeaItem)
        card = IdeaCard(self._services, idea, self._scale, self)
        card.moved.connect(lambda _item: self.changed.emit())
        card.moved_on.connect(self._offer_undo)
        card.a3_requested.connect(self.a3_requested)
        card.finished.connect(lambda _code: self._closed(card))
        self.card = card
        card.open()  # not exec(): the board keeps refreshing behind it

    def _offer_undo(self, before: IdeaItem, after: IdeaItem) -> None:
        state = theme.PDCA_NAMES.get(after.state, after.state)
        text = self.tr("”%1” siirretty: %2").replace("%1", after.title).replace("%2", state)
        ideas = self._services.ideas
        offer_undo(
            self,
            self._scale,
            text,
            lambda: ideas.undo_move(before, after.version),
            lambda _item: self.changed.emit(),
        )

    def _closed(self, card: IdeaCard) -> None:
        if self.card is card:
            self.card = None
        card.deleteLater()
