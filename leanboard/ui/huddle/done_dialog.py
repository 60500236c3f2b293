""" "Palaveri pidetty": count who attended and how long it took with big − / + buttons, then
log the huddle. One a day: when today's huddle is logged already, the same card edits it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from leanboard.domain.errors import DatabaseUnavailable
from leanboard.domain.presentation import fi_time
from leanboard.services import Services
from leanboard.services.dto import HuddleItem
from leanboard.ui.common import fmt
from leanboard.ui.common.card import font
from leanboard.ui.common.ops import describe, op
from leanboard.ui.common.theme import Scale
from leanboard.ui.common.touch_card import TouchCard

MAX_ATTENDANCE = 500
MAX_MINUTES = 240
MINUTE_STEP = 1


class HuddleDoneDialog(TouchCard):
    saved = Signal(object)  # the HuddleLog

    def __init__(
        self,
        services: Services,
        board_id: int,
        day: dt.date,
        duration_minutes: int | None,
        scale: Scale,
        parent: QWidget | None = None,
        start_count: int = 5,
        held: HuddleItem | None = None,
    ) -> None:
        editing = held is not None
        super().__init__(
            self.tr("Tämän päivän palaveri") if editing else self.tr("Palaveri pidetty"),
            scale,
            parent,
        )
        self._services = services
        self._board_id = board_id
        self._day = day
        self.held = held
        self.attendance = held.attendance if held is not None else start_count
        # The timer's minutes when it ran; else what was logged before (or nothing).
        self.duration_minutes = duration_minutes or (held.duration_minutes if held else None)
        if held is not None:
            self.add_line(
                self.tr("Kirjattu jo klo {time}: muuta osallistujia tai kestoa.").format(
                    time=fi_time(fmt.local_time(held.held_at))
                )
            )
        self.action_box.addWidget(self._caption(self.tr("Montako osallistui?")))
        row = self.add_row()
        self.minus_button, self.count_label, self.plus_button = self._stepper(
            row, lambda: self.change(-1), lambda: self.change(1)
        )
        self.action_box.addWidget(self._caption(self.tr("Kesto (min)")))
        minutes_row = self.add_row()
        self.shorter_button, self.minutes_label, self.longer_button = self._stepper(
            minutes_row,
            lambda: self.change_minutes(-MINUTE_STEP),
            lambda: self.change_minutes(MINUTE_STEP),
        )
        self.save_button = self.add_action(
            self.tr("Tallenna muutos") if editing else self.tr("Kirjaa palaveri"),
            self.save,
            primary=True,
        )
        self._show_count()

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setFont(font(self.scale.body_px, bold=True))
        return label

    def _stepper(
        self, row: QHBoxLayout, down: Callable[[], None], up: Callable[[], None]
    ) -> tuple[QPushButton, QLabel, QPushButton]:
        scale = self.scale
        minus = self.add_action("−", down, row=row)
        label = QLabel(self)
        label.setFont(font(scale.figure_px * 3 // 2, bold=True))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setMinimumWidth(scale.touch_px * 2)
        row.addWidget(label)
        plus = self.add_action("+", up, row=row)
        for button in (minus, plus):
            button.setFont(font(scale.figure_px, bold=True))
            button.setMinimumSize(scale.touch_px * 3 // 2, scale.touch_px * 3 // 2)
        return minus, label, plus

    def change(self, step: int) -> None:
        self.attendance = min(MAX_ATTENDANCE, max(1, self.attendance + step))
        self._show_count()

    def change_minutes(self, step: int) -> None:
        now = self.duration_minutes or (0 if step > 0 else 1)
        self.duration_minutes = min(MAX_MINUTES, max(1, now + step))
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(str(self.attendance))
        self.minus_button.setEnabled(self.attendance > 1)
        self.plus_button.setEnabled(self.attendance < MAX_ATTENDANCE)
        minutes = self.duration_minutes
        self.minutes_label.setText("–" if minutes is None else str(minutes))
        self.shorter_button.setEnabled(minutes is not None and minutes > 1)
        self.longer_button.setEnabled(minutes is None or minutes < MAX_MINUTES)

    def save(self) -> None:
        self.clear_error()
        huddles, board_id, day = self._services.huddles, self._board_id, self._day
        attendance, minutes = self.attendance, self.duration_minutes
        op(self, lambda: huddles.log_huddle(board_id, attendance, minutes, day=day)).busy(
            self.save_button
        ).done(self._saved).failed(self._not_saved).run()

    def _saved(self, log: object) -> None:
        self.saved.emit(log)
        self.accept()

    def _not_saved(self, error: BaseException) -> bool:
        if isinstance(error, DatabaseUnavailable):
            self.show_error(self.tr("Tietokantaan ei saada yhteyttä. Yritä hetken päästä."))
        else:
            self.show_error(describe(error))
        return True
