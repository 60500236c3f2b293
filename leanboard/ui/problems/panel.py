"""Problems and challenges against the goal, by SQDC (turvallisuus, laatu, saatavuus, kustannukset).

Four quarters (S Q over D C, wide enough that titles wrap between words); under each big
letter the open problems, oldest first, with owner and due date; overdue and
escalated ones say so in words. An answer that came back down from a higher tier is shown on
the problem. A board higher up also lists what its teams escalated to it ("Eskaloitu meille").
A tap opens the problem's touch card.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from leanboard.domain.enums import Sqdc
from leanboard.services import Services
from leanboard.services.dto import BoardSnapshot, ProblemItem
from leanboard.services.rollup import hours_between
from leanboard.ui.common import fmt, theme
from leanboard.ui.common.card import Card, font
from leanboard.ui.common.sections import section_title
from leanboard.ui.common.theme import Scale
from leanboard.ui.common.tiles import ItemColumn, Tile, status_mark
from leanboard.ui.common.undo import offer_undo
from leanboard.ui.problems.card import ProblemCard


class SqdcPanel(Card):
    changed = Signal()
    a3_requested = Signal(int)  # a card asks for an A3 (the board opens it)

    def __init__(self, services: Services, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(section_title("sqdc"), scale, parent)
        self._services = services
        self._scale = scale
        self._snapshot: BoardSnapshot | None = None
        self.card: ProblemCard | None = None
        grid = self._grid = QGridLayout()
        grid.setSpacing(max(6, scale.body_px // 2))
        self.columns: dict[str, ItemColumn] = {}
        for index, letter in enumerate(Sqdc):
            column = ItemColumn(self.tr(theme.SQDC_NAMES[letter.value]), scale, self)
            column.heading.setFont(font(scale.body_px, bold=True))
            column.set_empty_text(
                self.tr("Ei avoimia ongelmia — uusi kirjataan tiimin vetäjän koneella.")
            )
            self.columns[letter.value] = column
            grid.addWidget(column, index // 2, index % 2)
        self.escalated_column = ItemColumn(self.tr("⇧ Eskaloitu meille"), scale, self)
        self.escalated_column.heading.setStyleSheet(
            f"color: {theme.ACCENT}; border-bottom: 3px solid {theme.ACCENT};"
        )
        grid.addWidget(self.escalated_column, 0, 2, 2, 1)
        for index in range(3):
            grid.setColumnStretch(index, 1)
        self.body.addLayout(grid, 1)

    def _heading(self, letter: str, count: int) -> str:
        # The letter large, the Finnish name beside it: "S  Turvallisuus (2)".
        name = self.tr(theme.SQDC_NAMES[letter])
        counted = f"{name} ({count})" if count else name
        big = self._scale.figure_px
        return f"<span style='font-size:{big}px; font-weight:700'>{letter}</span>&nbsp;{counted}"

    def show_snapshot(self, snapshot: BoardSnapshot) -> None:
        self._snapshot = snapshot
        by_letter: dict[str, list[ProblemItem]] = {letter: [] for letter in self.columns}
        for problem in snapshot.problems:
            if problem.status != "solved" and problem.category in by_letter:
                by_letter[problem.category].append(problem)
        for letter, column in self.columns.items():
            problems = sorted(by_letter[letter], key=lambda p: (p.created_at, p.id))
            column.clear()
            column.heading.setText(self._heading(letter, len(problems)))
            for problem in problems:
                column.add_tile(self._tile(problem, escalated_to_us=False))
        waiting = snapshot.escalated_to_us
        self.escalated_column.setVisible(bool(waiting))
        self._grid.setColumnStretch(2, 1 if waiting else 0)  # no empty third of the card
        self.escalated_column.clear()
        self.escalated_column.set_count(len(waiting))
        for problem in waiting:
            self.escalated_column.add_tile(self._tile(problem, escalated_to_us=True))

    def _facts(self, p: ProblemItem, escalated_to_us: bool) -> tuple[list[str], str]:
        """(status facts, each a bold line; owner and due date as the quieter last line)."""
        status = []
        if escalated_to_us:
            from_team = self.tr("tiimiltä")  # lupdate reads no tr() inside an f-string
            status.append(f"{p.category} · {from_team} {p.board_code}")
            status.append(self._waited(p))
        if p.overdue:
            status.append(status_mark("overdue"))
        if not escalated_to_us and p.waiting_board_id is not None and p.escalations:
            symbol, word, _ = theme.STATUS["escalated"]
            status.append(f"{symbol} {self.tr(word)}: {p.escalations[-1].to_board_code}")
            if p.waiting_over_limit:  # unanswered past the limit of the board it waits at
                status.append(self.tr("⚠ odottaa yli rajan"))
        answer = p.latest_answer
        if not escalated_to_us and answer is not None and answer.answer is not None:
            answered = self.tr("vastaus")  # outside the f-string, where lupdate finds it
            status.append(f"{answered}: {answer.answer}")
        meta = [p.owner] if p.owner else []
        if p.due_date:
            meta.append(fmt.date(p.due_date))
        return status, " · ".join(meta)

    def _waited(self, p: ProblemItem) -> str:
        """Hours the problem has waited at this tier, flagged past the board's limit."""
        rollup = self._snapshot.rollup if self._snapshot is not None else None
        # The store keeps naive UTC; the roll-up was measured when the snapshot was read.
        now = rollup.now if rollup is not None else dt.datetime.now(dt.UTC).replace(tzinfo=None)
        limit = rollup.escalation_limit_hours if rollup is not None else 24
        hours = hours_between(p.escalations[-1].escalated_at, now) if p.escalations else 0.0
        text = self.tr("odottanut {h} h").format(h=round(hours))
        if hours > limit:
            text += " ⚠ " + self.tr("yli {limit} h").format(limit=limit)
        return text

    def _tile(self, problem: ProblemItem, escalated_to_us: bool) -> Tile:
        tile = Tile(self._scale, self)
        status, meta = self._facts(problem, escalated_to_us)
        tile.set_lines(problem.title, meta, status)
        tile.set_alert(problem.overdue)
        tile.setProperty("problem_id", problem.id)
        tile.clicked.connect(lambda _checked=False, p=problem: self.open_problem(p))
        return tile

    def tiles(self, escalated_to_us: bool = False) -> list[Tile]:
        if escalated_to_us:
            return self.escalated_column.tiles()
        return [t for c in self.columns.values() for t in c.tiles()]

    def tile_for(self, problem_id: int, escalated_to_us: bool = False) -> Tile | None:
        for tile in self.tiles(escalated_to_us):
            if tile.property("problem_id") == problem_id:
                return tile
        return None

    def open_problem(self, problem: ProblemItem) -> None:
        if self._snapshot is None:
            return
        snap = self._snapshot
        card = ProblemCard(
            self._services, problem, snap.board, snap.parent, self._scale, self, snap.rights
        )
        card.saved.connect(lambda _item: self.changed.emit())
        card.escalated.connect(self._offer_undo)
        card.a3_requested.connect(self.a3_requested)
        card.finished.connect(lambda _code: self._closed(card))
        self.card = card
        card.open()  # not exec(): the board keeps refreshing behind it

    def _offer_undo(self, item: ProblemItem) -> None:
        to = item.escalations[-1].to_board_code if item.escalations else ""
        text = self.tr("”%1” eskaloitu: %2").replace("%1", item.title).replace("%2", to)
        problems = self._services.problems
        offer_undo(
            self,
            self._scale,
            text,
            lambda: problems.withdraw_escalation(item.id, item.version),
            lambda _item: self.changed.emit(),
        )

    def _closed(self, card: ProblemCard) -> None:
        if self.card is card:
            self.card = None
        card.deleteLater()
