"""Building and keeping the organisation tree on the desk: a new board, a new name or code,
another parent, an archived board back.

Each is an EditorDialog (save at Enter, refusals at the field with the text kept, conflicts
side by side, the work off the GUI thread); the services decide what is allowed, so a dialog
never offers what the command line would refuse: the parent lists leave out the board itself,
everything below it and archived boards.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from leanboard.domain.enums import BoardKind
from leanboard.domain.errors import ValidationError
from leanboard.domain.presentation import BOARD_KIND_NAMES
from leanboard.domain.validation import check_board_code, guard_text
from leanboard.services import Services
from leanboard.services.dto import BoardInfo, BoardMove
from leanboard.ui.common.editor import EditorDialog, plain_text

# The tier a new board usually takes under a parent of each tier.
KIND_BELOW = {"organisation": "area", "area": "unit", "unit": "team", "team": "team"}
INDENT = "    "
MIN_WIDTH = 480  # fits a 1024-pixel screen at 150 % text with room to spare


def board_label(board: BoardInfo, indent: bool = True) -> str:
    """A board as the lists show it: its whole name and code, indented by its tier."""
    return f"{INDENT * board.depth if indent else ''}{board.name} ({board.code})"


def check_name(text: str) -> str:
    return guard_text(text, "name", "Nimi", required=True, max_length=200)


class _BoardDialog(EditorDialog):
    """A form with a status line and Save/Cancel, laid out in code (a handful of fields)."""

    def __init__(self, services: Services, parent: QWidget | None) -> None:
        super().__init__(services, parent)
        self.setMinimumWidth(MIN_WIDTH)
        outer = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.hide()
        outer.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Long labels and 150 % text: labels above their fields rather than pushing them off.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(self.form)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        outer.addWidget(self.buttons)

    def say(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def line(self, label: str, name: str, max_length: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(f"{name}_edit")
        edit.setMaxLength(max_length)
        self.form.addRow(label, edit)
        return edit

    def combo(self, label: str, name: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(f"{name}_combo")
        # A long name must not make the dialog wider than a small screen: the list pops out
        # wide enough, the closed box shows the start of the name and the tooltip all of it.
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(24)
        box.currentIndexChanged.connect(lambda _i: box.setToolTip(box.currentText().strip()))
        self.form.addRow(label, box)
        return box

    # No versions to compare for a new board; subclasses with a version override these.
    def mine(self) -> dict[str, str]:
        return {}

    def theirs(self, current: dict[str, Any]) -> dict[str, str]:
        return {}

    def load_current(self, current: dict[str, Any]) -> None:
        return None


def fill_parents(
    combo: QComboBox, boards: list[BoardInfo], chosen: int | None, top_text: str
) -> None:
    """`top_text` (no parent, data None) and then every allowed parent in tree order."""
    combo.clear()
    combo.addItem(top_text, None)
    for b in boards:
        combo.addItem(board_label(b), b.id)
        combo.setItemData(
            combo.count() - 1, board_label(b, indent=False), Qt.ItemDataRole.ToolTipRole
        )
    at = combo.findData(chosen) if chosen is not None else 0
    combo.setCurrentIndex(max(0, at))


class NewBoardDialog(_BoardDialog):
    """A board under the chosen one (or at the top): name, code, tier and the board above."""

    FIELDS = (("name", "Nimi"), ("code", "Tunnus"))

    def __init__(
        self, services: Services, parent_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, parent)
        self.setWindowTitle(self.tr("Uusi taulu"))
        self.name_edit = self.line(self.tr("&Nimi *"), "name", 200)
        self.name_edit.setPlaceholderText(self.tr("esim. Osasto 3, kotihoito"))
        self.code_edit = self.line(self.tr("&Tunnus *"), "code", 32)
        self.code_edit.setPlaceholderText(self.tr("esim. OS3 (lyhyt, yksilöllinen)"))
        self.code_edit.setToolTip(
            self.tr("Lyhyt yksilöivä tunnus, jolla komentorivi ja tuonnit löytävät taulun.")
        )
        self.kind_combo = self.combo(self.tr("T&aso"), "kind")
        for kind in BoardKind:
            self.kind_combo.addItem(BOARD_KIND_NAMES[kind.value], kind.value)
        self.parent_combo = self.combo(self.tr("&Ylempi taulu"), "parent")
        self.parent_combo.currentIndexChanged.connect(self._kind_for_parent)
        self.setup_buttons(self.buttons, self.status)
        self.checks.add(self.name_edit, check_name, "name")
        self.checks.add(self.code_edit, check_board_code, "code")
        self.boards: dict[int, BoardInfo] = {}
        self.name_edit.setFocus()
        self.read_first(services.boards.list_boards, lambda b: self.fill(b, parent_id))

    def fill(self, boards: list[BoardInfo], parent_id: int | None) -> None:
        self.boards = {b.id: b for b in boards}
        fill_parents(self.parent_combo, boards, parent_id, self.tr("– ylimmäksi (ei ylempää) –"))
        self._kind_for_parent()

    def _kind_for_parent(self) -> None:
        above = self.boards.get(self.parent_combo.currentData() or -1)
        kind = KIND_BELOW[above.kind] if above else "organisation"
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def store(self, expected_version: int | None) -> Callable[[], BoardInfo]:
        boards = self.services.boards
        code, name = self.code_edit.text(), self.name_edit.text()
        kind, parent_id = str(self.kind_combo.currentData()), self.parent_combo.currentData()
        return lambda: boards.create_board(code, name, kind, parent_id)


class RenameBoardDialog(_BoardDialog):
    """A new name or a new code (scripts and imports use the code: the history keeps the old)."""

    FIELDS = (("name", "Nimi"), ("code", "Tunnus"))

    def __init__(
        self,
        services: Services,
        board: BoardInfo,
        focus: str = "name",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, parent)
        self.board = board
        self.version = board.version
        if focus == "code":
            self.setWindowTitle(self.tr("Vaihda taulun tunnus"))
            self.say(
                self.tr(
                    "Komentorivi, ajastetut viennit ja tuonnit löytävät taulun tunnuksella: "
                    "muuta ne käyttämään uutta tunnusta."
                )
            )
        else:
            self.setWindowTitle(self.tr("Nimeä taulu uudelleen"))
        self.name_edit = self.line(self.tr("&Nimi *"), "name", 200)
        self.code_edit = self.line(self.tr("&Tunnus *"), "code", 32)
        self.name_edit.setText(board.name)
        self.code_edit.setText(board.code)
        self.setup_buttons(self.buttons, self.status)
        self.checks.add(self.name_edit, check_name, "name")
        self.checks.add(self.code_edit, check_board_code, "code")
        edit = self.code_edit if focus == "code" else self.name_edit
        edit.setFocus()
        edit.selectAll()

    def store(self, expected_version: int | None) -> Callable[[], BoardInfo]:
        boards, board_id = self.services.boards, self.board.id
        name, code = self.name_edit.text(), self.code_edit.text()
        return lambda: boards.rename_board(
            board_id, name=name, code=code, expected_version=expected_version
        )

    def mine(self) -> dict[str, str]:
        return {"name": self.name_edit.text(), "code": self.code_edit.text()}

    def theirs(self, current: dict[str, Any]) -> dict[str, str]:
        return {"name": plain_text(current.get("name")), "code": plain_text(current.get("code"))}

    def load_current(self, current: dict[str, Any]) -> None:
        self.name_edit.setText(plain_text(current.get("name")))
        self.code_edit.setText(plain_text(current.get("code")))


class MoveBoardDialog(_BoardDialog):
    """Another board above this one (with everything below it); its own subtree is not offered."""

    FIELDS = (("parent", "Ylempi taulu"),)

    def __init__(self, services: Services, board: BoardInfo, parent: QWidget | None = None):
        super().__init__(services, parent)
        self.board = board
        self.version = board.version
        self.moved: BoardMove | None = None
        self.setWindowTitle(self.tr("Siirrä taulu: %1").replace("%1", board.name))
        self.say(
            self.tr(
                "Taulu siirtyy alatauluineen. Sen historia, arvot ja ongelmat kulkevat mukana; "
                "ylemmältä tasolta perityt tavoitteet vaihtuvat uuden paikan mukaisiksi, ja "
                "vastausta odottavat eskalaatiot siirtyvät uudelle ylemmälle taululle."
            )
        )
        self.parent_combo = self.combo(self.tr("&Uusi ylempi taulu"), "parent")
        self.setup_buttons(self.buttons, self.status)
        self.save_button.setText(self.tr("Siirrä"))
        # No check of its own (any listed place is allowed); a refusal still shows here.
        self.checks.add(self.parent_combo, lambda _text: None, "parent_id")
        self.parent_combo.currentIndexChanged.connect(lambda _i: self._enable_move())
        self.parent_combo.setFocus()
        self.read_first(lambda: services.boards.allowed_parents(board.id), self.fill)

    def fill(self, boards: list[BoardInfo]) -> None:
        fill_parents(
            self.parent_combo, boards, self.board.parent_id, self.tr("– ylimmäksi (ei ylempää) –")
        )
        self._enable_move()

    def _enable_move(self) -> None:
        """Move is offered once another place is chosen (the present one moves nothing)."""
        chosen = self.parent_combo.count() > 0
        self.save_button.setEnabled(
            chosen and self.parent_combo.currentData() != self.board.parent_id
        )

    def store(self, expected_version: int | None) -> Callable[[], BoardMove]:
        boards, board_id = self.services.boards, self.board.id
        parent_id = self.parent_combo.currentData()
        return lambda: boards.move_board(board_id, parent_id, expected_version)

    def stored(self, item: BoardMove) -> None:
        self.moved = item

    def mine(self) -> dict[str, str]:
        return {"parent": self.parent_combo.currentText().strip()}

    def theirs(self, current: dict[str, Any]) -> dict[str, str]:
        index = self.parent_combo.findData(current.get("parent_id"))
        return {"parent": self.parent_combo.itemText(max(0, index)).strip()}

    def load_current(self, current: dict[str, Any]) -> None:
        self.parent_combo.setCurrentIndex(
            max(0, self.parent_combo.findData(current.get("parent_id")))
        )


class RestoreBoardDialog(_BoardDialog):
    """An archived board back to its place in the tree."""

    FIELDS = (("board", "Taulu"),)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.setWindowTitle(self.tr("Palauta arkistoitu taulu"))
        self.board_combo = self.combo(self.tr("&Arkistoitu taulu"), "board")
        self.setup_buttons(self.buttons, self.status)
        self.save_button.setText(self.tr("Palauta"))
        self.checks.add(self.board_combo, self._check_chosen, "restore")
        self.read_first(lambda: services.boards.list_boards(include_archived=True), self.fill)

    def fill(self, boards: list[BoardInfo]) -> None:
        archived = [b for b in boards if b.archived]
        for b in archived:
            self.board_combo.addItem(board_label(b, indent=False), b.id)
        if not archived:
            self.say(self.tr("Arkistoituja tauluja ei ole."))
        self.checks.refresh()

    def _check_chosen(self, _text: str) -> None:
        if self.board_combo.currentData() is None:
            raise ValidationError(self.tr("Valitse palautettava taulu."))

    def store(self, expected_version: int | None) -> Callable[[], BoardInfo]:
        boards, board_id = self.services.boards, int(self.board_combo.currentData())
        return lambda: boards.restore_board(board_id)
