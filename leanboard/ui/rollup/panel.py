"""The roll-up of the boards below a unit, area or organisation board (services/rollup.py).

One row per child board, the one that needs help first, each figure covering the child's
whole subtree, its stale work included (ideas unmoved too long, escalations past their
limit); a total row under them; below, the goals handed down from this tier and above,
compared across the children, each cell with the Making Data Count icons of that child's own
chart (symbol and words, the letters explained under the table). A tap on a child's row opens
that board (`board_chosen`). A mood cell is the average of released votes only, with their
number; votes it leaves out are only counted, and a line under the table says why.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScroller,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from leanboard.domain.presentation import (
    ASSURANCE,
    ASSURANCE_SHORT,
    VARIATION,
    VARIATION_SHORT,
    mood_hidden_reason,
    mood_pending_reason,
)
from leanboard.services import Services
from leanboard.services.dto import (
    BoardSnapshot,
    GoalCell,
    GoalComparison,
    Rollup,
    RollupMood,
    RollupRow,
)
from leanboard.ui.common import fmt, theme
from leanboard.ui.common.card import Card, font
from leanboard.ui.common.sections import section_title
from leanboard.ui.common.theme import Scale

HELP_BACKGROUND = "#fde7e7"


class RollupPanel(Card):
    changed = Signal()
    board_chosen = Signal(int)  # a child board's id: open that board

    def __init__(self, services: Services, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(section_title("rollup"), scale, parent)
        self._services = services
        self._scale = scale
        self.rollup: Rollup | None = None
        self.hint = QLabel(self)
        self.hint.setFont(font(scale.body_px))  # read from 3 m like any other sentence
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {theme.INK};")
        self.table = self._make_table()
        self.table.cellClicked.connect(self._clicked)
        # Why mood votes are left out of the cells, in one line a nurse understands.
        self.mood_note = QLabel(self)
        self.mood_note.setFont(font(scale.body_px))
        self.mood_note.setWordWrap(True)
        self.mood_note.setStyleSheet(f"color: {theme.GREY};")
        self.goals_label = QLabel(self.tr("Ylhäältä asetetut tavoitteet alaisilla tauluilla"), self)
        self.goals_label.setFont(font(scale.body_px, bold=True))
        self.goals_table = self._make_table()
        # Goals beyond the page scroll under a finger, as the tiles do.
        QScroller.grabGesture(
            self.goals_table.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
        )
        # The Making Data Count letters in full, once for every cell's icons.
        self.mdc_key = QLabel(
            self.tr(
                "MDC (NHS Making Data Count), lapsitaulun oma kaavio: ∼ tavallinen vaihtelu, "
                "H/L erityissyy ylös/alas (parantunut tai huolestuttava) · tavoite P täyttyy "
                "aina, F ei täyty ilman muutosta, ? vain joskus · – liian vähän pisteitä"
            ),
            self,
        )
        self.mdc_key.setFont(font(scale.body_px))
        self.mdc_key.setWordWrap(True)
        self.body.addWidget(self.hint)
        self.body.addWidget(self.table, 2)
        self.body.addWidget(self.mood_note)
        self.body.addWidget(self.goals_label)
        self.body.addWidget(self.goals_table, 1)
        self.body.addWidget(self.mdc_key)

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(self)
        table.setFont(font(self._scale.body_px))
        table.horizontalHeader().setFont(font(max(11, self._scale.body_px * 3 // 4), bold=True))
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(max(self._scale.touch_px, 40))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setWordWrap(True)
        table.setStyleSheet("QTableWidget { gridline-color: #d0d5db; }")
        # Rows as tall as their wrapped text at the widths the columns have now: fitted again
        # whenever a column's width changes (the first fit may come before the page's layout).
        refit = QTimer(table)
        refit.setSingleShot(True)
        refit.setInterval(0)
        refit.timeout.connect(table.resizeRowsToContents)
        table.horizontalHeader().sectionResized.connect(lambda *_args: refit.start())
        return table

    # ---- drawing
    def show_snapshot(self, snapshot: BoardSnapshot) -> None:
        self.rollup = snapshot.rollup
        if snapshot.rollup is not None:
            self.show_rollup(snapshot.rollup)

    def show_rollup(self, rollup: Rollup) -> None:
        self.rollup = rollup
        self.hint.setText(
            self.tr(
                "Viikko {week}: jokainen luku kattaa taulun ja kaikki sen alla olevat; "
                "fiilis: näytettyjen äänten keskiarvo (niiden määrä suluissa). "
                "Ensin ne, jotka tarvitsevat apua: haitat, yli {limit} h odottaneet "
                "eskalaatiot, tavoitteista jäljessä, pitämättömät palaverit. Napauta "
                "riviä avataksesi taulun."
            ).format(week=fmt.week(rollup.monday), limit=rollup.escalation_limit_hours)
        )
        headings = [
            self.tr("Taulu"),
            self.tr("Tarvitsee apua"),
            self.tr("Fiilis"),
            self.tr("Tavoitteet"),
            self.tr("Avoimet\nongelmat"),
            self.tr("Eskaloitu\nmeille"),
            self.tr("Turvallisuus\n■ haitta ▲ läheltä piti"),
            self.tr("Ideat\nvalmiit"),
            self.tr("Pysähtynyt\n◔ idea ⚠ esk."),
            self.tr("Palaverit"),
        ]
        table = self.table
        table.clear()
        table.setColumnCount(len(headings))
        table.setHorizontalHeaderLabels(headings)
        table.setRowCount(len(rollup.rows) + 1)
        for i, row in enumerate(rollup.rows):
            self._fill(i, row, rollup, total=False)
        self._fill(len(rollup.rows), rollup.total, rollup, total=True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The reasons wrap in the width left over; the figures keep theirs. A long board name
        # wraps too, so that the reasons keep room for their words beside ten columns.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(0, min(self._scale.body_px * 13, table.sizeHintForColumn(0) + 8))
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Rows as tall as their wrapped reasons, once the stretched column has its width; never
        # below a touch target.
        table.verticalHeader().setMinimumSectionSize(self._scale.touch_px)
        QTimer.singleShot(0, self._fit_rows)
        note = self.mood_note_text(rollup)
        self.mood_note.setText(note)
        self.mood_note.setVisible(bool(note))
        self._show_goals(rollup)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.rollup is not None:  # other widths wrap the reasons on other lines
            QTimer.singleShot(0, self._fit_rows)

    def _fit_rows(self) -> None:
        """Rows as tall as their words; the table no taller than its rows, so the goals
        compared below get the rest of the page."""
        table = self.table
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(i) for i in range(table.rowCount()))
        frame = table.frameWidth() * 2
        content = table.horizontalHeader().sizeHint().height() + rows + frame
        # All rows in view up to 20 lines of text; beyond that the rows scroll.
        table.setMinimumHeight(min(content, self._scale.body_px * 20))
        table.setMaximumHeight(content)

    def _fill(self, i: int, row: RollupRow, rollup: Rollup, total: bool) -> None:
        name = self.tr("Yhteensä") if total else f"{row.board.name}\n{row.board.code}"
        if not total and row.boards_covered > 1:
            name += " + " + self.tr("{n} alla").format(n=row.boards_covered - 1)
        cells = [
            name,
            "" if total else self.help_text(row),
            self.mood_text(row.mood),
            self.goals_text(row),
            self.problems_text(row),
            self.waiting_text(row, rollup.escalation_limit_hours),
            self.safety_text(row),
            str(row.ideas_done_week),
            self.stale_text(row),
            self.huddles_text(row),
        ]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, None if total else row.board.id)
            if total:
                item.setFont(font(self._scale.body_px, bold=True))
            elif row.needs_help:
                item.setBackground(QBrush(QColor(HELP_BACKGROUND)))
            if column == 1 and row.needs_help:
                item.setForeground(QBrush(QColor(theme.RED)))
            if column == 6:
                item.setToolTip(self.safety_tooltip(row))
            if column == 2 and row.mood.hidden:
                item.setToolTip(self.mood_note_text(rollup))
            self.table.setItem(i, column, item)

    def _show_goals(self, rollup: Rollup) -> None:
        goals = rollup.goals
        self.goals_label.setVisible(bool(goals))
        self.goals_table.setVisible(bool(goals))
        self.mdc_key.setVisible(bool(goals))
        if not goals:
            return
        table = self.goals_table
        table.clear()
        table.setColumnCount(1 + len(rollup.rows))
        table.setHorizontalHeaderLabels([self.tr("Tavoite"), *(r.board.code for r in rollup.rows)])
        table.setRowCount(len(goals))
        for i, goal in enumerate(goals):
            table.setItem(i, 0, QTableWidgetItem(self.goal_name(goal)))
            for j, cell in enumerate(goal.cells, start=1):
                key = {True: "on_target", False: "off_target", None: "no_data"}[cell.on_target]
                symbol, word, colour = theme.STATUS[key]
                value = (
                    fmt.number(cell.value, goal.measure.decimals) if cell.value is not None else "–"
                )
                text = f"{symbol} {value}" if cell.value is not None else self.tr("ei arvoa")
                if cell.value is not None:  # a child with no values of its own has no chart
                    text += "\n" + self.mdc_text(cell)
                if cell.boards_reporting:
                    text += "\n" + self.tr("{on}/{n} tavoitteessa").format(
                        on=cell.boards_on_target, n=cell.boards_reporting
                    )
                item = QTableWidgetItem(text)
                item.setToolTip(self.tr(word))
                item.setForeground(QBrush(QColor(colour)))
                table.setItem(i, j, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Rows as tall as their lines (value, icons, boards on target), once the columns have
        # their widths.
        QTimer.singleShot(0, table.resizeRowsToContents)

    # ---- the words of each cell
    def goal_name(self, goal: GoalComparison) -> str:
        m = goal.measure
        if m.target is None:
            return m.name
        sign = "≥" if m.direction == "higher" else "≤"
        unit = f" {m.unit}" if m.unit else ""
        return f"{m.name} ({sign} {fmt.number(m.target, m.decimals)}{unit})"

    def help_text(self, row: RollupRow) -> str:
        words = {
            "harm": "■ " + self.tr("haitta {n}").format(n=row.harm_week),
            "overdue_escalation": "⚠ "
            + self.tr("eskalaatio yli rajan {n}").format(n=row.waiting_over_limit),
            "goals_off_target": "✖ "
            + self.tr("tavoitteesta jäljessä {n}").format(n=row.goals_off_target),
            "missing_huddles": "◷ " + self.tr("palaveri puuttuu {n}").format(n=row.huddles_missing),
        }
        return "\n".join(words[r] for r in row.needs_help) or "✔ " + self.tr("ei huolia")

    def mood_text(self, mood: RollupMood) -> str:
        """The released votes' average and their number; the rest only counted:
        "– (3)" none shown, "7,4 (20) +3" three more given that the average leaves out."""
        if mood.average is None:
            return f"– ({mood.votes})" if mood.votes else self.tr("ei ääniä")
        shown = f"{fmt.number(mood.average, 1)} ({mood.shown_votes})"
        return f"{shown} +{mood.hidden}" if mood.hidden else shown

    def mood_note_text(self, rollup: Rollup) -> str:
        """Why the mood cells leave votes out; empty when they leave none out."""
        mood = rollup.total.mood
        lines = []
        if mood.hidden > mood.pending:
            lines.append(
                self.tr("Fiilis – ja +N: %1").replace(
                    "%1", mood_hidden_reason(rollup.board.min_mood_group)
                )
            )
        if mood.pending:
            lines.append(self.tr("Tämän päivän äänet: %1").replace("%1", mood_pending_reason()))
        return "\n".join(lines)

    def goals_text(self, row: RollupRow) -> str:
        parts = [
            f"✔ {row.goals_on_target}",
            f"✖ {row.goals_off_target}",
        ]
        if row.goals_no_data:
            parts.append(f"– {row.goals_no_data}")
        return "  ".join(parts)

    def waiting_text(self, row: RollupRow, limit: int) -> str:
        if not row.waiting:
            return "0"
        longest = row.waiting[0].hours_waiting
        text = f"⇧ {len(row.waiting)} · " + self.tr("pisin {h} h").format(h=round(longest))
        if row.waiting_over_limit:
            text += "\n⚠ " + self.tr("{n} yli {limit} h").format(
                n=row.waiting_over_limit, limit=limit
            )
        return text

    def safety_text(self, row: RollupRow) -> str:
        week, month = self.tr("vk"), self.tr("kk")
        return (
            f"{week} ■ {row.harm_week} ▲ {row.near_miss_week}\n"
            f"{month} ■ {row.harm_month} ▲ {row.near_miss_month}"
        )

    def problems_text(self, row: RollupRow) -> str:
        p = row.open_problems
        return f"S {p['S']} · Q {p['Q']}\nD {p['D']} · C {p['C']}"

    def safety_tooltip(self, row: RollupRow) -> str:
        return "\n".join(
            f"{k.name}: "
            + self.tr("viikko ■ {hw} ▲ {nw}, kuukausi ■ {hm} ▲ {nm}").format(
                hw=k.harm_week, nw=k.near_miss_week, hm=k.harm_month, nm=k.near_miss_month
            )
            for k in row.safety
        )

    def mdc_text(self, cell: GoalCell) -> str:
        """The child's icons in a few words: "∼ tavallinen vaihtelu\n? tavoite: joskus"."""
        if cell.variation == "none":
            return f"{VARIATION[cell.variation][0]} {VARIATION_SHORT[cell.variation]}"
        lines = [f"{VARIATION[cell.variation][0]} {VARIATION_SHORT[cell.variation]}"]
        if cell.assurance != "none":  # a goal without a target has no assurance to tell
            lines.append(f"{ASSURANCE[cell.assurance][0]} {ASSURANCE_SHORT[cell.assurance]}")
        return "\n".join(lines)

    def stale_text(self, row: RollupRow) -> str:
        return f"◔ {row.stale_ideas} ⚠ {row.stale_escalations}"

    def huddles_text(self, row: RollupRow) -> str:
        if row.huddles_missing:
            return f"{row.huddles_week} · " + self.tr("puuttuu {n}").format(n=row.huddles_missing)
        return str(row.huddles_week)

    # ---- drill-down
    def row_board_ids(self) -> list[int | None]:
        ids: list[int | None] = []
        for i in range(self.table.rowCount()):
            item = self.table.item(i, 0)
            ids.append(item.data(Qt.ItemDataRole.UserRole) if item is not None else None)
        return ids

    def _clicked(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        board_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if board_id is not None:  # the total row opens nothing
            self.board_chosen.emit(int(board_id))
