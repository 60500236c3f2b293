""" "Kirjaa kehitysidea!" — the quick idea form of the mood panel, skippable.

The mood panel offers it to every voter alike ("Jos alle 8, kirjaa kehitysidea!"), never
only after a low score: the form appearing would tell a bystander what was given.

Touch first: a large title field and two large buttons. A refusal (an identity code in the
text, an empty title) is shown beside the field and the typed text stays; so does it when the
database is away for a moment.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leanboard.domain.enums import Origin
from leanboard.domain.errors import DatabaseUnavailable, ValidationError
from leanboard.services import Services
from leanboard.services.dto import IdeaItem
from leanboard.ui.common import theme
from leanboard.ui.common.card import font
from leanboard.ui.common.ops import describe, op
from leanboard.ui.common.theme import Scale


class QuickIdeaDialog(QDialog):
    saved = Signal(object)  # the stored IdeaItem

    def __init__(
        self,
        services: Services,
        board_id: int,
        scale: Scale,
        parent: QWidget | None = None,
        origin: str = Origin.MOOD_PROMPT.value,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._board_id = board_id
        self._origin = origin
        self.saved_idea: IdeaItem | None = None
        self.saving = False
        self.setWindowTitle(self.tr("Kirjaa kehitysidea!"))
        self.setModal(True)
        self.setMinimumWidth(scale.touch_px * 10)

        layout = QVBoxLayout(self)
        layout.setSpacing(scale.body_px // 2)
        heading = QLabel(self.tr("Kirjaa kehitysidea!"), self)
        heading.setFont(font(scale.heading_px, bold=True))
        layout.addWidget(heading)
        hint = QLabel(
            self.tr(
                "Mikä pieni asia parantaisi päivää? Älä kirjoita potilaan tai asiakkaan tietoja."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setFont(font(scale.body_px))
        layout.addWidget(hint)

        self.title_edit = QLineEdit(self)
        self.title_edit.setFont(font(scale.body_px))
        self.title_edit.setMinimumHeight(scale.touch_px)
        self.title_edit.setMaxLength(200)
        self.title_edit.setPlaceholderText(self.tr("Idea lyhyesti"))
        self.title_edit.textEdited.connect(self._clear_error)
        # Return saves through the default button below (a returnPressed connection as well
        # stored the idea twice: the line edit passes Return on to the dialog).
        layout.addWidget(self.title_edit)

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setFont(font(max(12, scale.body_px - 2)))
        self.error_label.setStyleSheet(f"color: {theme.RED};")
        self.error_label.hide()
        layout.addWidget(self.error_label)

        buttons = QHBoxLayout()
        self.skip_button = QPushButton(self.tr("Ohita"), self)
        self.save_button = QPushButton(self.tr("Tallenna idea"), self)
        for button in (self.skip_button, self.save_button):
            button.setMinimumHeight(scale.touch_px)
            button.setMinimumWidth(scale.touch_px * 3)
            button.setFont(font(scale.body_px, bold=button is self.save_button))
        self.save_button.setDefault(True)
        self.save_button.setStyleSheet(
            f"QPushButton {{ background: {theme.ACCENT}; color: white; border-radius: 6px; }}"
        )
        self.skip_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        if self.saving:
            return  # one idea per save, however the second press came
        self.saving = True
        services, board_id, origin = self._services, self._board_id, self._origin
        title = self.title_edit.text()
        op(self, lambda: services.ideas.create_idea(board_id, title, origin=origin)).busy(
            self.save_button
        ).done(self._saved).failed(self._not_saved).run()

    def _saved(self, idea: IdeaItem) -> None:
        self.saving = False
        self.saved_idea = idea
        self.saved.emit(idea)
        self.accept()

    def _not_saved(self, error: BaseException) -> bool:
        """Every refusal is shown here, under the text, which stays for another try."""
        self.saving = False
        if isinstance(error, ValidationError):
            self._show_error(error.message)
        elif isinstance(error, DatabaseUnavailable):
            self._show_error(
                self.tr("Tietokantaan ei saada yhteyttä. Teksti on tallessa — yritä hetken päästä.")
            )
        else:
            self._show_error(describe(error))
        return True

    def _show_error(self, message: str) -> None:
        self.error_label.setText(f"✖ {message}")
        self.error_label.show()
        self.title_edit.setStyleSheet(f"border: 2px solid {theme.RED};")
        self.title_edit.setFocus()

    def _clear_error(self) -> None:
        if self.error_label.isVisible():
            self.error_label.hide()
            self.title_edit.setStyleSheet("")
