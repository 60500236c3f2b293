""" "Palaveri pidetty": count who attended with big − / + buttons, then log the huddle."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from leanboard.domain.errors import DatabaseUnavailable
from leanboard.services import Services
from leanboard.ui.common.card import font
from leanboard.ui.common.ops import describe, op
from leanboard.ui.common.theme import Scale
from leanboard.ui.common.touch_card import TouchCard

MAX_ATTENDANCE = 500


class HuddleDoneDialog(TouchCard):
    saved = Signal(object)  # the HuddleItem

    def __init__(
        self,
        services: Services,
        board_id: int,
        duration_minutes: int | None,
        scale: Scale,
        parent: QWidget | None = None,
        start_count: int = 5,
    ) -> None:
        super().__init__(self.tr("Palaveri pidetty"), scale, parent)
        self._services = services
        self._board_id = board_id
        self.duration_minutes = duration_minutes
        self.attendance = start_count
        self.add_line(self.tr("Montako osallistui?"))
        row = self.add_row()
        self.minus_button = self.add_action("−", lambda: self.change(-1), row=row)
        self.count_label = QLabel(self)
        self.count_label.setFont(font(scale.figure_px * 3 // 2, bold=True))
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count_label.setMinimumWidth(scale.touch_px * 2)
        row.addWidget(self.count_label)
        self.plus_button = self.add_action("+", lambda: self.change(1), row=row)
        for button in (self.minus_button, self.plus_button):
            button.setFont(font(scale.figure_px, bold=True))
            button.setMinimumSize(scale.touch_px * 3 // 2, scale.touch_px * 3 // 2)
        self.save_button = self.add_action(self.tr("Kirjaa palaveri"), self.save, primary=True)
        self._show_count()

    def change(self, step: int) -> None:
        self.attendance = min(MAX_ATTENDANCE, max(1, self.attendance + step))
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(str(self.attendance))
        self.minus_button.setEnabled(self.attendance > 1)
        self.plus_button.setEnabled(self.attendance < MAX_ATTENDANCE)

    def save(self) -> None:
        self.clear_error()
        huddles, board_id = self._services.huddles, self._board_id
        attendance, minutes = self.attendance, self.duration_minutes
        op(self, lambda: huddles.log_huddle(board_id, attendance, minutes)).busy(
            self.save_button
        ).done(self._saved).failed(self._not_saved).run()

    def _saved(self, huddle: object) -> None:
        self.saved.emit(huddle)
        self.accept()

    def _not_saved(self, error: BaseException) -> bool:
        if isinstance(error, DatabaseUnavailable):
            self.show_error(self.tr("Tietokantaan ei saada yhteyttä. Yritä hetken päästä."))
        else:
            self.show_error(describe(error))
        return True
