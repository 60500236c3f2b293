"""An item's history: when (local time), who or which screen, and what changed old → new.

Field names and values read in Finnish (states, SQDC classes, dates d.M.yyyy). An archived
item can be restored from here with "Palauta".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leanboard.domain.presentation import BOARD_KIND_NAMES, DIRECTION_NAMES, FREQUENCY_NAMES
from leanboard.i18n import QT_TRANSLATE_NOOP
from leanboard.services import Services
from leanboard.services.dto import ChangeItem
from leanboard.ui.common import fmt, theme
from leanboard.ui.common.item_models import Column, ItemTableModel
from leanboard.ui.common.ops import op
from leanboard.ui.common.sections import section_title

FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("History", "Otsikko"),
    "description": QT_TRANSLATE_NOOP("History", "Kuvaus"),
    "category": QT_TRANSLATE_NOOP("History", "SQDC-luokka"),
    "owner": QT_TRANSLATE_NOOP("History", "Vastuuhenkilö"),
    "due_date": QT_TRANSLATE_NOOP("History", "Määräpäivä"),
    "state": QT_TRANSLATE_NOOP("History", "Tila"),
    "status": QT_TRANSLATE_NOOP("History", "Tila"),
    "origin": QT_TRANSLATE_NOOP("History", "Alkuperä"),
    "day": QT_TRANSLATE_NOOP("History", "Päivä"),
    "kind": QT_TRANSLATE_NOOP("History", "Tapahtuma"),
    "kind_id": QT_TRANSLATE_NOOP("History", "Tapahtuma"),
    "severity": QT_TRANSLATE_NOOP("History", "Seuraus"),
    "name": QT_TRANSLATE_NOOP("History", "Nimi"),
    "unit": QT_TRANSLATE_NOOP("History", "Yksikkö"),
    "target": QT_TRANSLATE_NOOP("History", "Tavoite"),
    "direction": QT_TRANSLATE_NOOP("History", "Suunta"),
    "frequency": QT_TRANSLATE_NOOP("History", "Jakso"),
    "inherited": QT_TRANSLATE_NOOP("History", "Periytyy"),
    "decimals": QT_TRANSLATE_NOOP("History", "Desimaalit"),
    "code": QT_TRANSLATE_NOOP("History", "Tunnus"),
    "undoes": QT_TRANSLATE_NOOP("History", "Kumottu toiminto"),
    "attendance": QT_TRANSLATE_NOOP("History", "Osallistujat"),
    "minutes": QT_TRANSLATE_NOOP("History", "Kesto (min)"),
    "note": QT_TRANSLATE_NOOP("History", "Muistiinpano"),
    "from_board_id": QT_TRANSLATE_NOOP("History", "Taululta"),
    "merged": QT_TRANSLATE_NOOP("History", "Yhdistetyt kirjaukset"),
    "parent_id": QT_TRANSLATE_NOOP("History", "Ylempi taulu"),
    "min_mood_group": QT_TRANSLATE_NOOP("History", "Vähimmäisryhmä"),
    "sections": QT_TRANSLATE_NOOP("History", "Näkyvät osiot"),
    "waiting_board_id": QT_TRANSLATE_NOOP("History", "Odottaa taululla"),
    "from": QT_TRANSLATE_NOOP("History", "Taululta"),
    "to_board_id": QT_TRANSLATE_NOOP("History", "Taululle"),
    "tier": QT_TRANSLATE_NOOP("History", "Taso"),
    "answer": QT_TRANSLATE_NOOP("History", "Vastaus"),
    "answer_kind": QT_TRANSLATE_NOOP("History", "Vastauksen tyyppi"),
    "measure": QT_TRANSLATE_NOOP("History", "Mittari"),
    "period": QT_TRANSLATE_NOOP("History", "Jakso"),
    "value": QT_TRANSLATE_NOOP("History", "Arvo"),
    "login": QT_TRANSLATE_NOOP("History", "Tunnus"),
    "role": QT_TRANSLATE_NOOP("History", "Rooli"),
}
# Bookkeeping that says nothing new to a person (the row's own time says when).
# A move's bookkeeping (how many boards went along, which escalations were sent on: each
# problem's own history tells that) and an import's source stay out of the lines too.
HIDDEN_FIELDS = {"state_changed_at", "done_at", "solved_at", "boards_moved", "rerouted", "source"}

ACTION_NAMES = {
    "create": QT_TRANSLATE_NOOP("History", "Luotu"),
    "update": QT_TRANSLATE_NOOP("History", "Muutettu"),
    "move": QT_TRANSLATE_NOOP("History", "Siirretty"),
    "archive": QT_TRANSLATE_NOOP("History", "Arkistoitu"),
    "restore": QT_TRANSLATE_NOOP("History", "Palautettu"),
    "escalate": QT_TRANSLATE_NOOP("History", "Eskaloitu"),
    "answer": QT_TRANSLATE_NOOP("History", "Vastattu"),
    "set": QT_TRANSLATE_NOOP("History", "Arvo kirjattu"),
    "set_pin": QT_TRANSLATE_NOOP("History", "PIN-koodi vaihdettu"),
    "remove_pin": QT_TRANSLATE_NOOP("History", "PIN-koodi poistettu"),
    "grant": QT_TRANSLATE_NOOP("History", "Rooli annettu"),
    "revoke": QT_TRANSLATE_NOOP("History", "Rooli poistettu"),
    "undo": QT_TRANSLATE_NOOP("History", "Kumottu"),  # a wall act taken back (its own row)
    "merge": QT_TRANSLATE_NOOP("History", "Yhdistetty"),  # same-day huddles, migration 0007
    "release": QT_TRANSLATE_NOOP("History", "Päivän fiilis näytetty"),
}
ORIGIN_NAMES = {
    "board": QT_TRANSLATE_NOOP("History", "taulu"),
    "mood_prompt": QT_TRANSLATE_NOOP("History", "fiiliskyselystä"),
    "problem": QT_TRANSLATE_NOOP("History", "ongelma"),
    "import": QT_TRANSLATE_NOOP("History", "tuonti"),
}
ANSWER_KIND_NAMES = {
    "decision": QT_TRANSLATE_NOOP("History", "päätös"),
    "resource": QT_TRANSLATE_NOOP("History", "resurssi"),
    "forwarded": QT_TRANSLATE_NOOP("History", "lähetetty ylemmäs"),
    "returned": QT_TRANSLATE_NOOP("History", "palautettu"),
}


def _t(word: str) -> str:
    """A word of the tables above (marked for lupdate) in the chosen language."""
    return QCoreApplication.translate("History", word)


class ValueNames:
    """Turns stored values into Finnish: enum words, dates, board and kind names."""

    def __init__(
        self, boards: dict[int, str], kinds: dict[int, str], kind_codes: dict[str, str]
    ) -> None:
        self.boards = boards
        self.kinds = kinds
        self.kind_codes = kind_codes

    def __call__(self, field: str, value: Any) -> str:
        if value is None or value == "":
            return "–"
        words: dict[str, Mapping[Any, str]] = {
            "state": theme.PDCA_NAMES,
            "status": theme.PROBLEM_STATUS_NAMES,
            "category": theme.SQDC_NAMES,
            "severity": theme.SEVERITY_NAMES,
            "direction": DIRECTION_NAMES,
            "frequency": FREQUENCY_NAMES,
            "origin": {key: _t(word) for key, word in ORIGIN_NAMES.items()},
            "kind_id": self.kinds,
            "parent_id": self.boards,
            "waiting_board_id": self.boards,
            "to_board_id": self.boards,
            "from_board_id": self.boards,
            "board_kind": BOARD_KIND_NAMES,
        }
        if field == "answer_kind" and value in ANSWER_KIND_NAMES:
            return _t(ANSWER_KIND_NAMES[value])
        if field == "undoes" and value in ACTION_NAMES:
            return _t(ACTION_NAMES[value]).lower()
        if field == "kind" and value in self.kind_codes:
            return self.kind_codes[value]
        if field in words and value in words[field]:
            return words[field][value]
        if isinstance(value, bool):
            if value:
                return QCoreApplication.translate("History", "kyllä")
            return QCoreApplication.translate("History", "ei")
        if isinstance(value, float):
            return fmt.number(value, 0 if value.is_integer() else 2)
        if field == "sections" and isinstance(value, list):
            return ", ".join(section_title(str(v)) for v in value)
        if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
            try:
                return fmt.date(dt.date.fromisoformat(value))
            except ValueError:
                return value
        return str(value)


def change_lines(change: ChangeItem, names: ValueNames) -> list[str]:
    """What changed, one line per field: "Otsikko: vanha → uusi"."""
    lines = []
    for key, value in change.details.items():
        if key in HIDDEN_FIELDS:
            continue
        if change.action == "answer" and key == "kind":
            key = "answer_kind"  # an answer's kind is decision/resource/…, not an event kind
        label = _t(FIELD_NAMES.get(key, key))
        if (isinstance(value, list) and len(value) == 2 and key != "sections") or (
            key == "sections"
            and isinstance(value, list)
            and len(value) == 2
            and all(isinstance(v, list) for v in value)
        ):
            lines.append(f"{label}: {names(key, value[0])} → {names(key, value[1])}")
        else:
            lines.append(f"{label}: {names(key, value)}")
    return lines


def merged(changes: list[ChangeItem]) -> list[ChangeItem]:
    """One row per act: escalations and answers are also recorded for the other board, once
    with details and once without; a person sees them as one change."""
    kept: list[ChangeItem] = []
    for change in changes:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and previous.action == change.action
            and previous.actor == change.actor
            and abs((previous.at - change.at).total_seconds()) < 2
            and (not change.details or change.details == previous.details)
        ):
            continue
        kept.append(change)
    return kept


ENTITY_NAMES = {
    "idea": QT_TRANSLATE_NOOP("History", "Kehitysidea"),
    "problem": QT_TRANSLATE_NOOP("History", "Ongelma"),
    "safety_event": QT_TRANSLATE_NOOP("History", "Turvallisuustapahtuma"),
    "measure": QT_TRANSLATE_NOOP("History", "Mittari"),
    "measure_value": QT_TRANSLATE_NOOP("History", "Mittarin arvo"),
    "board": QT_TRANSLATE_NOOP("History", "Taulu"),
    "a3": QT_TRANSLATE_NOOP("History", "A3-raportti"),
    "huddle": QT_TRANSLATE_NOOP("History", "Palaveri"),
    "mood_day": QT_TRANSLATE_NOOP("History", "Fiilis"),
    "access": QT_TRANSLATE_NOOP("History", "Käyttöoikeus"),
}


def action_text(change: ChangeItem, with_entity: bool) -> str:
    action = _t(ACTION_NAMES.get(change.action, change.action))
    if not with_entity:
        return action
    return f"{_t(ENTITY_NAMES.get(change.entity, change.entity))}: {action.lower()}"


def when_text(moment: dt.datetime) -> str:
    local = fmt.local_time(moment)
    return f"{fmt.date(local.date())} {local.hour:02d}.{local.minute:02d}"


class HistoryDialog(QDialog):
    restored = Signal()  # the archived item is back on the board

    def __init__(
        self,
        services: Services,
        entity: str,
        entity_id: int,
        title: str,
        *,
        restore: Callable[[], object] | None = None,
        changes: Callable[[], list[ChangeItem]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """One item's history (`entity`, `entity_id`), or what `changes()` reads (a board's).
        The history is read off the GUI thread; the table fills when it arrives."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Muutoshistoria — %1").replace("%1", title))
        self.resize(900, 440)
        self._restore = restore
        self.names = ValueNames({}, {}, {})
        whole_board = changes is not None
        given = changes
        boards, safety, history = services.boards, services.safety, services.history

        def read() -> tuple[ValueNames, list[ChangeItem]]:
            names = {b.id: b.name for b in boards.list_boards(include_archived=True)}
            kinds = safety.kinds()
            read_changes = given() if given is not None else history.of_item(entity, entity_id)
            return (
                ValueNames(names, {k.id: k.name for k in kinds}, {k.code: k.name for k in kinds}),
                merged(read_changes),
            )

        columns: list[Column[ChangeItem]] = [
            Column(self.tr("Milloin"), lambda c: when_text(c.at), lambda c: c.at.isoformat()),
            Column(self.tr("Kuka / näyttö"), lambda c: c.actor or self.tr("(nimetön)")),
            Column(self.tr("Mitä"), lambda c: action_text(c, whole_board)),
            Column(self.tr("Muutos"), lambda c: "\n".join(change_lines(c, self.names))),
        ]
        self.model: ItemTableModel[ChangeItem] = ItemTableModel(columns, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setStyleSheet("QTableView::item { padding: 3px 4px; }")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for column in range(3):
            self.table.resizeColumnToContents(column)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.note = QLabel(self)
        self.restore_button = QPushButton(self.tr("&Palauta"), self)
        self.restore_button.setVisible(restore is not None)
        self.restore_button.setToolTip(self.tr("Palauttaa arkistoidun kohteen taululle."))
        self.restore_button.clicked.connect(self.restore)
        close = QPushButton(self.tr("&Sulje"), self)
        close.setDefault(True)
        close.clicked.connect(self.accept)
        if restore is not None:
            self.note.setText(self.tr("Kohde on arkistoitu: se ei näy taululla."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        op(self, read).done(self._show).title(self.tr("Historia ei aukea")).run()

    def _show(self, read: tuple[ValueNames, list[ChangeItem]]) -> None:
        self.names, changes = read
        self.model.set_items(changes)
        for column in range(3):
            self.table.resizeColumnToContents(column)

    def rows(self) -> list[tuple[str, str, str, str]]:
        """The table as the person reads it (for tests and screen readers alike)."""
        return [
            tuple(  # type: ignore[misc]
                str(self.model.index(r, c).data()) for c in range(self.model.columnCount())
            )
            for r in range(self.model.rowCount())
        ]

    def restore(self) -> None:
        if self._restore is None:
            return
        op(self, self._restore).busy(self.restore_button).done(self._restored).title(
            self.tr("Palautus ei onnistunut")
        ).run()

    def _restored(self, _result: object) -> None:
        self.restored.emit()
        self.restore_button.hide()
        self.note.setText(self.tr("Palautettu taululle."))
