"""A day of the safety cross opened on the wall: record an event in one tap, see the day's.

Tap a day (any day of the month up to today) and this card opens: one row per kind the
board counts ("Muu" included), each with "▲ Läheltä piti" and "■ Haitta" as big buttons — one
tap records, so an event takes two taps from the board. Under them, what the day holds, each
with "Poista": at once within a few seconds of recording it here (a mis-tap), otherwise
behind the team leader's PIN (removing archives it: the leader can restore it). No free text
here: the wall is public, and HaiPro is where the details go.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget
from shiboken6 import isValid

from leanboard.domain.access import Rights
from leanboard.domain.errors import DatabaseUnavailable
from leanboard.services import Services
from leanboard.services.dto import SafetyEventItem, SafetyKindInfo
from leanboard.ui.common import fmt, theme
from leanboard.ui.common.card import font
from leanboard.ui.common.leader import as_leader
from leanboard.ui.common.ops import describe, op
from leanboard.ui.common.theme import Scale
from leanboard.ui.common.touch_card import TouchCard
from leanboard.ui.common.undo import UNDO_S

SEVERITIES = ("near_miss", "harm")


def severity_words(severity: str) -> str:
    """▲ läheltä piti / ■ haitta"""
    symbol, word, _colour = theme.STATUS[severity]
    return f"{symbol} {word}"


def event_words(event: SafetyEventItem) -> str:
    """Kaatuminen · ▲ läheltä piti"""
    return f"{event.kind_name} · {severity_words(event.severity)}"


class RecentEvents:
    """Events this screen recorded, and when: each can be removed without the PIN for a few
    seconds (the same seconds the undo strip offers it)."""

    def __init__(self, seconds: float = UNDO_S) -> None:
        self.seconds = seconds
        self.clock = time.monotonic
        self._at: dict[int, float] = {}

    def add(self, event_id: int) -> None:
        self._at[event_id] = self.clock()

    def fresh(self, event_id: int) -> bool:
        at = self._at.get(event_id)
        return at is not None and self.clock() - at <= self.seconds

    def forget(self, event_id: int) -> None:
        self._at.pop(event_id, None)


class SafetyDayCard(TouchCard):
    recorded = Signal(object)  # the stored SafetyEventItem
    removed = Signal(int)  # an event of the day was removed (undone or archived)

    def __init__(
        self,
        services: Services,
        board_id: int,
        day: dt.date,
        today: dt.date,
        kinds: tuple[SafetyKindInfo, ...],
        scale: Scale,
        recent: RecentEvents,
        parent: QWidget,
        *,
        rights: Rights | None = None,
    ) -> None:
        """`rights`: the login's on the board (None: everything, no access control)."""
        when = f"{fmt.weekday(day)} {fmt.date(day)}"
        super().__init__(self.tr("Mitä tapahtui %1?").replace("%1", when), scale, parent)
        self.setMinimumWidth(scale.touch_px * 13)
        self._services = services
        self._board_id = board_id
        self.day = day
        self._today = today
        self._recent = recent
        self._view = parent  # outlives the card: a kept write reports to it
        self.recording = False
        self.events: list[SafetyEventItem] = []
        # With access control on (PostgreSQL) the database decides: a login that may not
        # record sees the day only, and an older event's removal (archiving) is a leader's.
        self.may_record = rights is None or rights.record
        self.may_archive = rights is None or rights.lead

        grid = QGridLayout()
        grid.setHorizontalSpacing(max(6, scale.body_px // 2))
        grid.setVerticalSpacing(max(4, scale.body_px // 3))
        self.buttons: dict[tuple[str, str], QPushButton] = {}
        for row, kind in enumerate(kinds):
            name = kind.name  # in the chosen language (services: safety_kind_name)
            label = QLabel(name, self)
            label.setFont(font(scale.body_px, bold=True))
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
            for column, severity in enumerate(SEVERITIES, start=1):
                button = self._severity_button(severity)
                button.setAccessibleName(f"{name}: {theme.SEVERITY_NAMES[severity]}")
                button.clicked.connect(
                    lambda _=False, k=kind, s=severity: self.record(k, s)  # one tap records
                )
                grid.addWidget(button, row, column)
                self.buttons[(kind.code, severity)] = button
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        self.action_box.addLayout(grid)
        for index in range(grid.count()) if not self.may_record else ():
            item = grid.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()

        self.day_heading = QLabel(self.tr("Tämän päivän tapahtumat"), self)
        self.day_heading.setFont(font(scale.body_px, bold=True))
        self.action_box.addWidget(self.day_heading)
        self.list_box = QGridLayout()
        self.list_box.setVerticalSpacing(max(4, scale.body_px // 4))
        self.action_box.addLayout(self.list_box)
        self.list_note = QLabel(self.tr("Ladataan…"), self)
        self.list_note.setFont(font(scale.body_px))
        self.action_box.addWidget(self.list_note)
        self.remove_buttons: dict[int, QPushButton] = {}
        self.read_events()

    def _severity_button(self, severity: str) -> QPushButton:
        symbol, _word, colour = theme.STATUS[severity]
        ink = theme.INK if severity == "near_miss" else "white"
        button = QPushButton(f"{symbol} {theme.SEVERITY_NAMES[severity]}", self)
        button.setFont(font(self.scale.body_px, bold=True))
        button.setMinimumHeight(self.scale.touch_px)
        button.setMinimumWidth(self.scale.touch_px * 3)
        button.setStyleSheet(
            f"QPushButton {{ background: {colour}; color: {ink}; border: 2px solid #9aa3ad;"
            " border-radius: 8px; padding: 4px 12px; }"
        )
        return button

    # ---- the day's events
    def read_events(self) -> None:
        safety, board_id, day = self._services.safety, self._board_id, self.day
        op(self, lambda: safety.events(board_id, day, day)).done(self.show_events).failed(
            self._not_read
        ).run()

    def _not_read(self, error: BaseException) -> bool:
        self.list_note.setText(describe(error))
        self.list_note.show()
        return True

    def show_events(self, events: list[SafetyEventItem]) -> None:
        self.events = list(events)
        while self.list_box.count():
            item = self.list_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.remove_buttons = {}
        for row, event in enumerate(self.events):
            label = QLabel(event_words(event), self)
            label.setFont(font(self.scale.body_px))
            label.setWordWrap(True)
            self.list_box.addWidget(label, row, 0)
            button = QPushButton(self)
            button.setFont(font(self.scale.body_px, bold=True))
            button.setMinimumHeight(self.scale.touch_px)
            button.setMinimumWidth(self.scale.touch_px * 3)
            button.clicked.connect(lambda _=False, e=event: self.remove(e))
            self.list_box.addWidget(button, row, 1)
            self.remove_buttons[event.id] = button
        self.list_box.setColumnStretch(0, 1)
        self.list_note.setText(self.tr("Ei kirjattuja tapahtumia."))
        self.list_note.setVisible(not self.events)
        self.show_remove_words()

    def show_remove_words(self) -> None:
        for event_id, button in self.remove_buttons.items():
            if self._recent.fresh(event_id):
                button.setText(self.tr("Poista"))
                button.show()
            else:
                button.setText(self.tr("Poista (PIN)"))
                button.setVisible(self.may_archive)

    # ---- record
    def record(self, kind: SafetyKindInfo, severity: str) -> None:
        if self.recording:
            return
        self.recording = True
        safety, board_id, day, today = (
            self._services.safety,
            self._board_id,
            self.day,
            self._today,
        )
        view = self._view
        card = self

        def recorded(event: SafetyEventItem) -> None:
            if isValid(card):
                card.recording = False
                card.recorded.emit(event)
                card.accept()
            elif isValid(view):  # written after the card closed (the database was away)
                view.recorded_later(event)  # type: ignore[attr-defined]

        op(
            view, lambda: safety.record_event(board_id, kind.code, severity, day=day, today=today)
        ).busy(self.buttons[(kind.code, severity)]).done(recorded).failed(
            self._not_recorded
        ).keep_until_saved().title(self.tr("Tapahtumaa ei tallennettu")).retry().run()

    def _not_recorded(self, error: BaseException) -> bool:
        if not isValid(self):
            return False
        self.recording = False
        if isinstance(error, DatabaseUnavailable):
            # The window keeps it and writes it when the database answers (the board's
            # header says a write is waiting); this card has done its part.
            self.accept()
            return True
        return False  # shown with its cause and "Yritä uudelleen"

    # ---- remove
    def remove(self, event: SafetyEventItem) -> None:
        if self._recent.fresh(event.id):
            safety = self._services.safety
            self._remove_by(lambda: safety.undo_event(event.id, event.version), event.id)
        else:
            as_leader(self, lambda: self._archive(event))

    def _archive(self, event: SafetyEventItem) -> None:
        if not isValid(self):
            return
        safety = self._services.safety
        self._remove_by(lambda: safety.archive_event(event.id), event.id)

    def _remove_by(self, work: Callable[[], None], event_id: int) -> None:
        self.clear_error()
        button = self.remove_buttons.get(event_id)
        running = op(self, work).done(lambda _r: self._removed(event_id)).failed(self._not_removed)
        (running.busy(button) if button is not None else running).run()

    def _removed(self, event_id: int) -> None:
        self._recent.forget(event_id)
        self.removed.emit(event_id)
        self.read_events()

    def _not_removed(self, error: BaseException) -> bool:
        self.show_error(describe(error))
        return True


def day_label(day: dt.date) -> str:
    return f"{fmt.weekday(day)} {fmt.short_date(day)}"
