"""A board's settings: name, code, parent board, PIN, minimum mood group, escalation wait
limit, shown sections.

The PIN is never shown, not even as dots of the stored one: the fields are empty, a new PIN is
typed twice (or suggested: 6 random digits, shown once so they can be noted down) and replaces
the old one, or the PIN is removed. Changing or removing a PIN that is set asks for the current
one unless the login has a leader's role on the board; the code and the parent board are the
admins' (access control on PostgreSQL). The history records that the PIN changed, never what
it is.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QLayout, QLineEdit, QWidget

from leanboard.domain.access import Rights
from leanboard.domain.enums import SECTIONS
from leanboard.domain.errors import ValidationError
from leanboard.domain.rules import LOWEST_MIN_GROUP, check_min_group
from leanboard.domain.validation import check_board_code, guard_text
from leanboard.services import Services
from leanboard.services.boards import NO_PARENT, NoParent
from leanboard.services.dto import BoardInfo
from leanboard.services.pins import PIN_OFFERED, check_pin_format
from leanboard.services.rollup import parse_limit
from leanboard.ui.admin.board_dialogs import fill_parents
from leanboard.ui.common.editor import EditorDialog, plain_text
from leanboard.ui.common.sections import section_title
from leanboard.ui.generated.ui_board_settings_dialog import Ui_BoardSettingsDialog


class BoardSettingsDialog(EditorDialog):
    FIELDS = (
        ("name", "Nimi"),
        ("code", "Tunnus"),
        ("parent", "Ylempi taulu"),
        ("min_mood_group", "Vähimmäisryhmä"),
        ("escalation_limit_hours", "Eskalaation odotusraja (h)"),
        ("sections", "Näkyvät osiot"),
    )

    def __init__(self, services: Services, board: BoardInfo, parent: QWidget | None = None):
        super().__init__(services, parent)
        self.ui = Ui_BoardSettingsDialog()
        self.ui.setupUi(self)
        self.board = board
        self.rights: Rights | None = None  # read with the board list; None until then
        self.has_pin = board.has_pin
        ui = self.ui
        self.setWindowTitle(self.tr("Taulun asetukset: %1").replace("%1", board.name))
        self.boards: dict[int, BoardInfo] = {}
        ui.min_group_spin.setMinimum(LOWEST_MIN_GROUP)
        ui.min_group_spin.setToolTip(
            self.tr(
                "Päivän tai tiimin fiilislukuja ei näytetä, jos vastaajia on tätä vähemmän: "
                "pienestä joukosta yksittäisen työntekijän arvion voisi päätellä. "
                "Valtion VMBaro-kysely käyttää rajana viittä vastaajaa; alin sallittu on 3."
            )
        )
        ui.min_group_label.setToolTip(ui.min_group_spin.toolTip())
        self.section_checks: dict[str, QCheckBox] = {}
        for i, name in enumerate(SECTIONS):
            check = QCheckBox(section_title(name), ui.sections_box)
            ui.sections_layout.addWidget(check, i // 2, i % 2)
            self.section_checks[name] = check
            if i:
                QWidget.setTabOrder(self.section_checks[SECTIONS[i - 1]], check)
        QWidget.setTabOrder(ui.escalation_spin, self.section_checks[SECTIONS[0]])
        QWidget.setTabOrder(self.section_checks[SECTIONS[-1]], ui.button_box)
        self.load(board)
        self.setup_buttons(ui.button_box, ui.status_label)
        self.checks.add(
            ui.name_edit,
            lambda t: guard_text(t, "name", "Nimi", required=True, max_length=200),
            "name",
        )
        self.checks.add(ui.code_edit, check_board_code, "code")
        # The PIN field shares its row with the suggest button: its message gets a row below.
        pin_message = QLabel(self)
        ui.form.insertRow(
            ui.form.getWidgetPosition(ui.pin_again_label)[0], QLabel(self), pin_message
        )
        self.checks.add(
            ui.pin_edit,
            lambda t: check_pin_format(t) if t else None,
            "pin",
            error_label=pin_message,
        )
        self.checks.add(ui.pin_again_edit, self._check_pin_again, "pin_again")
        self.checks.add(ui.pin_old_edit, self._check_old_pin, "old_pin")
        ui.pin_edit.textChanged.connect(lambda _t: self.checks.refresh(ui.pin_again_edit))
        ui.pin_edit.textChanged.connect(lambda _t: self.checks.refresh(ui.pin_old_edit))
        ui.pin_remove_check.toggled.connect(lambda _on: self.checks.refresh(ui.pin_old_edit))
        ui.pin_suggest_button.clicked.connect(self.suggest_pin)
        ui.pin_remove_check.toggled.connect(self._pin_remove_toggled)
        self.checks.add(ui.min_group_spin, lambda t: check_min_group(int(t)), "min_mood_group")
        self.checks.add(ui.escalation_spin, parse_limit, "escalation_limit_hours")
        ui.name_edit.setFocus()
        # Never narrower than what it holds (its form's fixed width cut the section names with
        # 150 % text).
        outer = self.layout()
        assert outer is not None
        outer.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        board_id = board.id
        # One read: the boards it may move under, and what this login may change here.
        self.read_first(
            lambda: (services.boards.allowed_parents(board_id), services.access.rights(board_id)),
            self._fill,
        )

    def _fill(self, read: tuple[list[BoardInfo], Rights]) -> None:
        boards, rights = read
        self.fill_parents(boards)
        self.apply_rights(rights)

    def apply_rights(self, rights: Rights) -> None:
        """What the login may change here: the current PIN is asked of a non-leader, and the
        tree's shape and the codes integrations use are the admins'."""
        self.rights = rights
        self._show_old_pin()
        if not rights.admin:
            ui = self.ui
            ui.code_edit.setReadOnly(True)
            ui.parent_combo.setEnabled(False)
            for widget in (ui.code_edit, ui.parent_combo):
                widget.setToolTip(self.tr("Vain ylläpitäjä (rooli admin) voi muuttaa tätä."))

    def _show_old_pin(self) -> None:
        # Asked only where it is needed: a PIN is set and the login does not lead the board
        # (the database refuses the change otherwise).
        needs_old = self.has_pin and self.rights is not None and not self.rights.lead
        self.ui.pin_old_label.setVisible(needs_old)
        self.ui.pin_old_edit.setVisible(needs_old)

    def fill_parents(self, boards: list[BoardInfo]) -> None:
        """Every board the board may move under (not itself, nothing below it, nothing
        archived), indented as in the tree, and the top of the tree."""
        self.boards = {b.id: b for b in boards}
        fill_parents(
            self.ui.parent_combo,
            boards,
            self.board.parent_id,
            self.tr("– ei ylempää taulua (ylimmäksi) –"),
        )

    def load(self, board: BoardInfo | dict[str, Any]) -> None:
        values = board if isinstance(board, dict) else vars(board)
        ui = self.ui
        self.version = values["version"]
        ui.name_edit.setText(values["name"])
        ui.code_edit.setText(values["code"])
        ui.parent_combo.setCurrentIndex(ui.parent_combo.findData(values["parent_id"]))
        ui.min_group_spin.setValue(values["min_mood_group"])
        ui.escalation_spin.setValue(values["escalation_limit_hours"])
        shown = set(values["sections"])
        for name, check in self.section_checks.items():
            check.setChecked(name in shown)
        for edit in (ui.pin_edit, ui.pin_again_edit, ui.pin_old_edit):
            edit.clear()
        ui.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        placeholder = (
            self.tr("PIN on asetettu — kirjoita uusi vaihtaaksesi (%1 numeroa)")
            if values["has_pin"]
            else self.tr("Ei asetettu — kirjoita %1 numeroa")
        )
        ui.pin_edit.setPlaceholderText(placeholder.replace("%1", str(PIN_OFFERED)))
        ui.pin_old_edit.setPlaceholderText(
            self.tr("Tarvitaan PIN-koodin vaihtamiseen tai poistamiseen")
        )
        self.has_pin = bool(values["has_pin"])
        ui.pin_remove_check.setChecked(False)
        ui.pin_remove_check.setVisible(self.has_pin)
        self._show_old_pin()

    def _check_old_pin(self, text: str) -> None:
        if text:
            check_pin_format(text)
        elif self.ui.pin_old_edit.isVisibleTo(self) and (
            self.ui.pin_edit.text() or self.ui.pin_remove_check.isChecked()
        ):
            raise ValidationError(
                self.tr("Kirjoita nykyinen PIN-koodi: ilman sitä PIN-koodia ei voi vaihtaa."),
                "old_pin",
            )

    def _check_pin_again(self, text: str) -> None:
        if text != self.ui.pin_edit.text():
            raise ValidationError(
                self.tr("PIN-koodit eivät ole samat: kirjoita sama PIN-koodi kahdesti."),
                "pin_again",
            )

    def suggest_pin(self) -> None:
        """Six random digits in both fields, shown (the leader notes them down before saving)."""
        pin = "".join(secrets.choice("0123456789") for _ in range(PIN_OFFERED))
        self.ui.pin_remove_check.setChecked(False)
        self.ui.pin_edit.setEchoMode(QLineEdit.EchoMode.Normal)
        self.ui.pin_edit.setText(pin)
        self.ui.pin_again_edit.setText(pin)

    def _pin_remove_toggled(self, remove: bool) -> None:
        for widget in (self.ui.pin_edit, self.ui.pin_again_edit, self.ui.pin_suggest_button):
            widget.setEnabled(not remove)
        if remove:
            self.ui.pin_edit.clear()
            self.ui.pin_again_edit.clear()

    def chosen_sections(self) -> list[str]:
        return [name for name, check in self.section_checks.items() if check.isChecked()]

    def chosen_parent(self) -> int | NoParent | None:
        """The parent board's id, NO_PARENT for "– ei ylempää taulua –", or None (no change)
        when nothing is chosen (a parent not in the list, e.g. archived, is kept)."""
        combo = self.ui.parent_combo
        if combo.currentIndex() < 0:
            return None
        parent_id = combo.currentData()
        return NO_PARENT if parent_id is None else int(parent_id)

    def store(self, expected_version: int | None) -> Callable[[], BoardInfo]:
        ui = self.ui
        services, board_id = self.services, self.board.id
        settings = {
            "name": ui.name_edit.text(),
            "code": ui.code_edit.text(),
            "parent_id": self.chosen_parent(),
            "min_mood_group": ui.min_group_spin.value(),
            "sections": self.chosen_sections(),
            "escalation_limit_hours": ui.escalation_spin.value(),
        }
        change_pin = ui.pin_remove_check.isChecked() or bool(ui.pin_edit.text())
        new_pin = None if ui.pin_remove_check.isChecked() else ui.pin_edit.text()
        old_pin = ui.pin_old_edit.text() or None

        def save() -> BoardInfo:
            # The PIN first, a step of its own: a wrong current PIN is counted as a try (in
            # its own transaction, by design) and stops the save before anything is stored.
            if change_pin:
                services.pins.set_pin(board_id, new_pin, old_pin=old_pin)
            # Every other setting, the escalation wait limit included: one call, one transaction.
            return services.boards.update_settings(board_id, expected_version, **settings)

        return save

    def stored(self, item: BoardInfo) -> None:
        for edit in (self.ui.pin_edit, self.ui.pin_again_edit, self.ui.pin_old_edit):
            edit.clear()
        self.board = item

    def _sections_text(self, names: list[str]) -> str:
        return ", ".join(section_title(n) for n in names)

    def mine(self) -> dict[str, str]:
        ui = self.ui
        return {
            "name": ui.name_edit.text(),
            "code": ui.code_edit.text(),
            "parent": ui.parent_combo.currentText().strip(),
            "min_mood_group": str(ui.min_group_spin.value()),
            "escalation_limit_hours": str(ui.escalation_spin.value()),
            "sections": self._sections_text(self.chosen_sections()),
        }

    def theirs(self, current: dict[str, Any]) -> dict[str, str]:
        parent = self.boards.get(current.get("parent_id") or -1)
        return {
            "name": plain_text(current.get("name")),
            "code": plain_text(current.get("code")),
            "parent": f"{parent.name} ({parent.code})" if parent else "–",
            "min_mood_group": plain_text(current.get("min_mood_group")),
            "escalation_limit_hours": plain_text(current.get("escalation_limit_hours")),
            "sections": self._sections_text(list(current.get("sections") or [])),
        }

    def load_current(self, current: dict[str, Any]) -> None:
        self.load(current)
