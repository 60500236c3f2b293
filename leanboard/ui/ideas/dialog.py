"""The leader's improvement-idea dialog: title, SQDC class, PDCA state, owner, due date, text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from leanboard.domain.enums import PdcaState, Sqdc
from leanboard.domain.validation import (
    guard_optional_text,
    guard_text,
    parse_optional_date,
)
from leanboard.services import Services
from leanboard.services.dto import IdeaItem
from leanboard.ui.common import theme
from leanboard.ui.common.editor import EditorDialog, date_text, plain_text
from leanboard.ui.generated.ui_idea_dialog import Ui_IdeaDialog

NO_CATEGORY = ""


class IdeaDialog(EditorDialog):
    FIELDS = (
        ("title", "Otsikko"),
        ("category", "SQDC-luokka"),
        ("state", "Tila"),
        ("owner", "Vastuuhenkilö"),
        ("due_date", "Määräpäivä"),
        ("description", "Kuvaus"),
    )

    def __init__(
        self,
        services: Services,
        board_id: int,
        idea: IdeaItem | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, parent)
        self.ui = Ui_IdeaDialog()
        self.ui.setupUi(self)
        self.board_id = board_id
        self.idea = idea
        ui = self.ui
        self.setWindowTitle(
            self.tr("Muokkaa kehitysideaa") if idea else self.tr("Uusi kehitysidea")
        )
        ui.category_combo.addItem(self.tr("– ei luokkaa –"), NO_CATEGORY)
        for code in Sqdc:
            ui.category_combo.addItem(f"{code.value} – {theme.SQDC_NAMES[code.value]}", code.value)
        for state in PdcaState:
            ui.state_combo.addItem(theme.PDCA_NAMES[state.value], state.value)
        if idea is not None:
            self.load(idea)
        else:
            ui.state_combo.setEnabled(False)  # a new idea always starts as new
        self.setup_buttons(ui.button_box, ui.status_label)
        self.checks.add(
            ui.title_edit,
            lambda t: guard_text(t, "title", "Otsikko", required=True, max_length=200),
            "title",
        )
        self.checks.add(
            ui.owner_edit,
            lambda t: guard_optional_text(t, "owner", "Vastuuhenkilö", max_length=100),
            "owner",
        )
        self.checks.add(
            ui.due_edit, lambda t: parse_optional_date(t, "due_date", "Määräpäivä"), "due_date"
        )
        self.checks.add(
            ui.description_edit,
            lambda t: guard_optional_text(t, "description", "Kuvaus"),
            "description",
        )
        ui.title_edit.setFocus()

    def load(self, idea: IdeaItem | dict[str, Any]) -> None:
        """Fill the form from an item, or from a conflict's plain dict of the other version."""
        values = idea if isinstance(idea, dict) else vars(idea)
        ui = self.ui
        self.version = values["version"]
        ui.title_edit.setText(values["title"])
        ui.category_combo.setCurrentIndex(
            ui.category_combo.findData(values["category"] or NO_CATEGORY)
        )
        ui.state_combo.setCurrentIndex(ui.state_combo.findData(values["state"]))
        ui.owner_edit.setText(values["owner"] or "")
        ui.due_edit.setText(date_text(values["due_date"]))
        ui.description_edit.setPlainText(values["description"] or "")

    def store(self, expected_version: int | None) -> Callable[[], IdeaItem]:
        ui = self.ui
        values = {
            "title": ui.title_edit.text(),
            "description": ui.description_edit.toPlainText(),
            "category": ui.category_combo.currentData() or None,
            "owner": ui.owner_edit.text(),
            "due_date": ui.due_edit.text(),
        }
        ideas, board_id = self.services.ideas, self.board_id
        if self.idea is None:
            return lambda: ideas.create_idea(board_id, **values)
        idea_id, state = self.idea.id, ui.state_combo.currentData()

        def update() -> IdeaItem:
            item = ideas.update_idea(idea_id, expected_version, **values)
            if state != item.state:
                # A state change is its own step in the history (move), as on the wall.
                item = ideas.move_idea(item.id, item.version, state)
            return item

        return update

    def stored(self, item: IdeaItem) -> None:
        self.idea = item

    def mine(self) -> dict[str, str]:
        ui = self.ui
        return {
            "title": ui.title_edit.text(),
            "category": ui.category_combo.currentText(),
            "state": ui.state_combo.currentText(),
            "owner": ui.owner_edit.text(),
            "due_date": ui.due_edit.text(),
            "description": ui.description_edit.toPlainText(),
        }

    def theirs(self, current: dict[str, Any]) -> dict[str, str]:
        category = current.get("category")
        return {
            "title": plain_text(current.get("title")),
            "category": f"{category} – {theme.SQDC_NAMES[category]}"
            if category
            else self.ui.category_combo.itemText(0),
            "state": theme.PDCA_NAMES.get(current.get("state") or "", ""),
            "owner": plain_text(current.get("owner")),
            "due_date": date_text(current.get("due_date")),
            "description": plain_text(current.get("description")),
        }

    def load_current(self, current: dict[str, Any]) -> None:
        self.load(current)
