"""Record a safety event on today's box in two touches: what happened, then how it ended.

First touch: the kind (Kaatuminen / Lääkevirhe / Uhka- tai vaaratilanne, from the board's
kinds). Second touch: "Läheltä piti" or "Haitta", which stores it. No free text here: the wall
is public, and HaiPro is where the details go.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from leanboard.domain.errors import DatabaseUnavailable
from leanboard.services import Services
from leanboard.services.dto import SafetyEventItem, SafetyKindInfo
from leanboard.ui.common import fmt, theme
from leanboard.ui.common.card import font
from leanboard.ui.common.ops import op
from leanboard.ui.common.theme import Scale


class SafetyEventDialog(QDialog):
    recorded = Signal(object)  # the stored SafetyEventItem

    def __init__(
        self,
        services: Services,
        board_id: int,
        day: dt.date,
        kinds: tuple[SafetyKindInfo, ...],
        scale: Scale,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._board_id = board_id
        self._day = day
        self._scale = scale
        self.kind: SafetyKindInfo | None = None
        self.recording = False  # the tap's write is on its way
        self.setWindowTitle(self.tr("Kirjaa turvallisuustapahtuma"))
        self.setModal(True)
        self.setMinimumWidth(scale.touch_px * 8)

        layout = QVBoxLayout(self)
        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages)

        # Page 1: what happened.
        first = QWidget(self)
        col = QVBoxLayout(first)
        col.addWidget(
            self._heading(self.tr("Mitä tapahtui tänään (%1)?").replace("%1", fmt.date(day)))
        )
        self.kind_buttons: dict[str, QPushButton] = {}
        for kind in kinds:
            button = self._button(kind.name, theme.PANEL, theme.INK)
            button.clicked.connect(lambda _=False, k=kind: self.choose_kind(k))
            col.addWidget(button)
            self.kind_buttons[kind.code] = button
        cancel = self._button(self.tr("Peruuta"), theme.PAPER, theme.INK)
        cancel.clicked.connect(self.reject)
        col.addWidget(cancel)
        self.pages.addWidget(first)

        # Page 2: near miss or harm.
        second = QWidget(self)
        col2 = QVBoxLayout(second)
        self.kind_heading = self._heading("")
        col2.addWidget(self.kind_heading)
        near_symbol, _, near_colour = theme.STATUS["near_miss"]
        harm_symbol, _, harm_colour = theme.STATUS["harm"]
        no_harm, harm_done = self.tr("ei haittaa"), self.tr("haitta syntyi")  # (see lupdate)
        self.near_miss_button = self._button(
            f"{near_symbol}  {theme.SEVERITY_NAMES['near_miss']} — {no_harm}",
            near_colour,
            theme.INK,
        )
        self.harm_button = self._button(
            f"{harm_symbol}  {theme.SEVERITY_NAMES['harm']} — {harm_done}",
            harm_colour,
            "white",
        )
        self.near_miss_button.clicked.connect(lambda: self.record("near_miss"))
        self.harm_button.clicked.connect(lambda: self.record("harm"))
        back = self._button(self.tr("Takaisin"), theme.PAPER, theme.INK)
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        for widget in (self.near_miss_button, self.harm_button, back):
            col2.addWidget(widget)
        self.pages.addWidget(second)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setFont(font(self._scale.heading_px, bold=True))
        label.setWordWrap(True)
        return label

    def _button(self, text: str, background: str, ink: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setFont(font(self._scale.body_px, bold=True))
        button.setMinimumHeight(self._scale.touch_px)
        button.setStyleSheet(
            f"QPushButton {{ background: {background}; color: {ink}; border: 2px solid #9aa3ad;"
            " border-radius: 8px; padding: 4px 16px; }"
        )
        return button

    def choose_kind(self, kind: SafetyKindInfo) -> None:
        self.kind = kind
        self.kind_heading.setText(kind.name + self.tr(": läheltä piti vai haitta?"))
        self.pages.setCurrentIndex(1)

    def record(self, severity: str) -> None:
        if self.kind is None or self.recording:
            return
        self.recording = True
        safety, board_id, kind, day = self._services.safety, self._board_id, self.kind, self._day
        button = self.harm_button if severity == "harm" else self.near_miss_button
        op(
            self, lambda: safety.record_event(board_id, kind.code, severity, day=day, today=day)
        ).busy(button).done(self._recorded).failed(self._not_recorded).keep_until_saved().title(
            self.tr("Tapahtumaa ei tallennettu")
        ).retry().run()

    def _recorded(self, event: SafetyEventItem) -> None:
        self.recording = False
        self.recorded.emit(event)
        self.accept()

    def _not_recorded(self, error: BaseException) -> bool:
        self.recording = False
        if isinstance(error, DatabaseUnavailable):
            # The window keeps it and writes it when the database answers (shown in the
            # board's header as waiting); this card has done its part.
            self.accept()
            return True
        return False  # shown with its cause and "Yritä uudelleen"
