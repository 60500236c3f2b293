"""The A3 line on a problem's or an idea's touch card: "A3: … · Vaihe: …" with Avaa A3, and
on the desktop "Aloita A3" when the item has none yet (the A3 starts from the item, linked
both ways). Opening the A3 is the board's job (ui/a3 is another feature): the link asks for
it with `open_requested(a3_id)`, after closing its card.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from leanboard.services.dto import A3Detail, A3Row
from leanboard.ui.common import theme
from leanboard.ui.common.ops import op
from leanboard.ui.common.touch_card import TouchCard


class A3Link(QObject):
    """The A3 line and buttons of a card; the item's A3 is read off the GUI thread."""

    open_requested = Signal(int)  # the A3 to show; the card has closed

    def __init__(
        self,
        card: TouchCard,
        find: Callable[[], A3Row | None],
        start: Callable[[], A3Detail],
    ) -> None:
        super().__init__(card)
        self.card = card
        self._find = find
        self._start = start
        self.a3: A3Row | None = None
        self.label = card.add_line()
        row = card.add_row()
        self.open_button = card.add_action(self.tr("Avaa A3"), self.open, row=row)
        self.start_button = card.add_action(self.tr("Aloita A3"), self.start, row=row)
        self.show_a3(None)
        self.refresh()

    def refresh(self) -> None:
        # A failed read leaves the card working; the A3 line just is not shown.
        op(self.card, self._find).done(self.show_a3).failed(lambda _error: True).run()

    def show_a3(self, a3: A3Row | None) -> None:
        self.a3 = a3
        if a3 is not None:
            phase = theme.A3_PHASE_NAMES.get(a3.phase, a3.phase)
            phase_word = self.tr("Vaihe")  # lupdate reads no tr() inside an f-string
            self.label.setText(f"A3: {a3.title} · {phase_word}: {self.tr(phase)}")
        self.label.setVisible(a3 is not None)
        self.open_button.setVisible(a3 is not None)
        self.start_button.setVisible(a3 is None and not theme.is_wall(self.card.scale))

    def _show(self, a3_id: int) -> None:
        # The card closes first: the A3 is the thing to look at now, and a modal card left
        # open would sit between the person and the editor.
        self.card.accept()
        self.open_requested.emit(a3_id)

    def open(self) -> None:
        if self.a3 is not None:
            self._show(self.a3.id)

    def start(self) -> None:
        self.card.clear_error()
        op(self.card, self._start).busy(self.start_button).done(
            lambda detail: self._show(detail.id)
        ).failed(self._not_started).run()

    def _not_started(self, error: BaseException) -> bool:
        self.card.show_error(str(error))
        self.refresh()  # e.g. someone else started one meanwhile: show theirs
        return True
