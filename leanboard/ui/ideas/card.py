"""An improvement idea opened on the wall: its details and one big button to move it on;
its A3, if it has one (on the desktop an A3 can be started from it)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from leanboard.domain.enums import Origin, PdcaState
from leanboard.domain.errors import ConflictError, DatabaseUnavailable
from leanboard.domain.presentation import A3_PHASE_NAMES
from leanboard.services import Services
from leanboard.services.dto import IdeaItem
from leanboard.ui.common import fmt, theme
from leanboard.ui.common.a3_link import A3Link
from leanboard.ui.common.ops import describe, op
from leanboard.ui.common.theme import Scale
from leanboard.ui.common.tiles import status_mark
from leanboard.ui.common.touch_card import TouchCard

# The state an idea moves to, named as the column it lands in (singular where it reads better:
# the PDCA phase names, "Valmis" rather than the column's "Valmiit"), in the chosen language.
MOVE_NAMES = A3_PHASE_NAMES


class IdeaCard(TouchCard):
    moved = Signal(object)  # the IdeaItem after the move (or as another screen left it)
    moved_on = Signal(object, object)  # this card's move: the IdeaItem before, and after
    a3_requested = Signal(int)  # show this A3 (the board opens it)

    def __init__(
        self, services: Services, idea: IdeaItem, scale: Scale, parent: QWidget | None = None
    ) -> None:
        super().__init__(idea.title, scale, parent)
        self._services = services
        self.idea = idea
        self.state_label = self.add_line(bold=True)
        self.details_label = self.add_line()
        self.description_label = self.add_line()
        self.move_button = self.add_action("", self.move_on, primary=True)
        a3, idea_id = services.a3, idea.id
        self.a3_link = A3Link(
            self, lambda: a3.for_idea(idea_id), lambda: a3.start_from_idea(idea_id)
        )
        self.a3_link.open_requested.connect(self.a3_requested)
        self._show(idea)

    def _show(self, idea: IdeaItem) -> None:
        self.idea = idea
        self.heading.setText(idea.title)
        state = self.tr("Tila: ") + theme.PDCA_NAMES.get(idea.state, idea.state)
        if idea.overdue:
            state += "  " + status_mark("overdue")
        self.state_label.setText(state)
        details = []
        if idea.owner:
            details.append(self.tr("Vastuu: ") + idea.owner)
        if idea.due_date:
            details.append(self.tr("Määräpäivä: ") + fmt.date(idea.due_date))
        details.append(self.tr("Kirjattu: ") + fmt.date(fmt.local_time(idea.created_at).date()))
        if idea.origin == Origin.MOOD_PROMPT.value:
            details.append(self.tr("fiiliskyselystä"))
        self.details_label.setText(" · ".join(details))
        self.description_label.setText(idea.description or "")
        self.description_label.setVisible(bool(idea.description))
        if idea.state == PdcaState.DONE.value:
            self.move_button.setText(self.tr("Idea on valmis"))
            self.move_button.setEnabled(False)
        else:
            target = PdcaState(idea.state).next().value
            self.move_button.setText(self.tr("Siirrä: ") + MOVE_NAMES[target] + "  ➜")
            self.move_button.setEnabled(True)

    @property
    def next_state(self) -> str | None:
        if self.idea.state == PdcaState.DONE.value:
            return None
        return PdcaState(self.idea.state).next().value

    def move_on(self) -> None:
        self.clear_error()
        ideas, idea = self._services.ideas, self.idea
        op(self, lambda: ideas.move_idea(idea.id, idea.version)).busy(self.move_button).done(
            self._moved
        ).failed(self._not_moved).run()

    def _moved(self, moved: IdeaItem) -> None:
        self.moved.emit(moved)
        self.moved_on.emit(self.idea, moved)
        self.accept()

    def _not_moved(self, error: BaseException) -> bool:
        if isinstance(error, ConflictError):
            # Someone moved or edited it on another screen: show what it is now, move nothing.
            self.show_error(
                self.tr(
                    "Joku muu ehti muuttaa ideaa toisella näytöllä. Tiedot on päivitetty — "
                    "tarkista tila ja siirrä tarvittaessa uudelleen."
                )
            )
            ideas, idea_id = self._services.ideas, self.idea.id
            op(self, lambda: ideas.get(idea_id)).done(self._reread).failed(
                lambda _error: True  # the message above still tells them
            ).run()
        elif isinstance(error, DatabaseUnavailable):
            self.show_error(self.tr("Tietokantaan ei saada yhteyttä. Yritä hetken päästä."))
        else:
            self.show_error(describe(error))
        return True

    def _reread(self, idea: IdeaItem) -> None:
        self._show(idea)
        self.moved.emit(idea)  # the board shows the other screen's change too
