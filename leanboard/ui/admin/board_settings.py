"""A board's settings: name, code, parent board, PIN, minimum mood group, escalation wait
limit, shown sections.

The PIN is never shown, not even as dots of the stored one: the field is empty and a new PIN
typed there replaces the old one (the history records that it changed, never what it is).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLayout, QWidget

from leanboard.domain.enums import SECTIONS
from leanboard.domain.rules import LOWEST_MIN_GROUP, check_min_group
from leanboard.domain.validation import check_board_code, guard_text
from leanboard.services import Services
from leanboard.services.boards import NO_PARENT, NoParent, check_pin_format
from leanboard.services.dto import BoardInfo
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
        self.checks.add(ui.pin_edit, lambda t: check_pin_format(t) if t else None, "pin")
        self.checks.add(ui.min_group_spin, lambda t: check_min_group(int(t)), "min_mood_group")
        self.checks.add(ui.escalation_spin, parse_limit, "escalation_limit_hours")
        ui.name_edit.setFocus()
        # Never narrower than what it holds (its form's fixed width cut the section names with
        # 150 % text).
        outer = self.layout()
        assert outer is not None
        outer.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.read_first(lambda: services.boards.allowed_parents(board.id), self.fill_parents)

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
        ui.pin_edit.clear()
        ui.pin_edit.setPlaceholderText(
            self.tr("PIN on asetettu — kirjoita uusi vaihtaaksesi (4–8 numeroa)")
            if values["has_pin"]
            else self.tr("Ei asetettu — kirjoita 4–8 numeroa")
        )

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
        }
        limit, pin = ui.escalation_spin.value(), ui.pin_edit.text()

        def save() -> BoardInfo:
            item = services.boards.update_settings(board_id, expected_version, **settings)
            if limit != item.escalation_limit_hours:
                # The roll-up service owns the limit; it checks the version update_settings left.
                item = services.rollup.set_escalation_limit(board_id, item.version, limit)
            if pin:
                services.boards.set_pin(board_id, pin)
                item = services.boards.get(board_id)
            return item

        return save

    def stored(self, item: BoardInfo) -> None:
        self.ui.pin_edit.clear()
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
