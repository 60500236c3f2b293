"""One board: a header (name, code, parent, date, clock) and its sections in a 3-column grid.

The same widget fills the wall screen (WALL scale) and the right side of the desktop window
(DESK scale). It redraws from one snapshot per refresh; live updates ask it to refresh only
when a change names this board, its parent or children, or no board at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from leanboard.domain.errors import DatabaseUnavailable, LeanBoardError
from leanboard.services import Services
from leanboard.services.dto import BoardSnapshot
from leanboard.ui import fmt, msgbox
from leanboard.ui.card import font
from leanboard.ui.offline_banner import OfflineBanner
from leanboard.ui.sections import section_class
from leanboard.ui.theme import Scale

# The wall's three columns, top to bottom, each section with its share of the column's height
# (0: only what it needs). Goals get the widest column: run charts need the room.
COLUMNS: tuple[tuple[tuple[str, int], ...], ...] = (
    (("goals", 1),),
    (("mood", 0), ("safety", 1)),
    (("ideas", 3), ("sqdc", 3), ("a3", 2), ("huddle", 0)),
)
COLUMN_STRETCH = (16, 13, 15)


def make_section(name: str, services: Services, scale: Scale, parent: QWidget) -> QWidget:
    return section_class(name)(services, scale, parent)


class BoardHeader(QWidget):
    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardHeader")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("QWidget#boardHeader { background: #12355b; } QLabel { color: white; }")
        pad = scale.body_px // 2
        row = QHBoxLayout(self)
        row.setContentsMargins(pad * 2, pad, pad * 2, pad)
        names = QVBoxLayout()
        names.setSpacing(0)
        self.name_label = QLabel(self)
        self.name_label.setFont(font(scale.heading_px + scale.heading_px // 4, bold=True))
        self.path_label = QLabel(self)
        self.path_label.setFont(font(scale.body_px))
        self.path_label.setStyleSheet("color: #cfe0f3;")
        names.addWidget(self.name_label)
        names.addWidget(self.path_label)
        row.addLayout(names, 1)
        self.date_label = QLabel(self)
        self.date_label.setFont(font(scale.heading_px))
        self.clock_label = QLabel(self)
        self.clock_label.setFont(font(scale.figure_px, bold=True))
        row.addWidget(self.date_label)
        row.addSpacing(pad * 2)
        row.addWidget(self.clock_label)
        self.extra = QHBoxLayout()  # the wall puts its corner button here
        row.addLayout(self.extra)

    def show_board(self, snapshot: BoardSnapshot) -> None:
        board = snapshot.board
        self.name_label.setText(board.name)
        parent = f" · {snapshot.parent.name}" if snapshot.parent else ""
        self.path_label.setText(f"{board.code}{parent}")

    def show_time(self, now: dt.datetime, today: dt.date) -> None:
        self.date_label.setText(fmt.board_date(today))
        self.clock_label.setText(fmt.local_clock(now))


class BoardView(QWidget):
    """The board: `set_board(id)` then it keeps itself current (clock, live changes)."""

    refreshed = Signal()

    def __init__(
        self,
        services: Services,
        scale: Scale,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._scale = scale
        self._today = today
        self.board_id: int | None = None
        self.snapshot: BoardSnapshot | None = None
        self.sections: dict[str, QWidget] = {}
        self._watched: set[int | None] = {None}
        self._live_offline: dt.datetime | None = None
        self._read_offline: dt.datetime | None = None
        self._shown_day: dt.date | None = None
        self.refresh_count = 0

        self.setObjectName("boardView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("QWidget#boardView { background: #e6eaee; }")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.header = BoardHeader(scale, self)
        outer.addWidget(self.header)
        gap = max(6, scale.body_px // 2)
        body = QVBoxLayout()
        body.setContentsMargins(gap, gap, gap, gap)
        body.setSpacing(gap)
        self.banner = OfflineBanner(scale, self)
        body.addWidget(self.banner)
        row = QHBoxLayout()
        row.setSpacing(gap)
        self.columns: list[QVBoxLayout] = []
        for stretch in COLUMN_STRETCH:
            column = QVBoxLayout()
            column.setSpacing(gap)
            row.addLayout(column, stretch)
            self.columns.append(column)
        body.addLayout(row, 1)
        outer.addLayout(body, 1)
        self.empty_label = QLabel(self.tr("Valitse taulu."), self)
        self.empty_label.setFont(font(scale.heading_px))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.columns[0].addWidget(self.empty_label)

        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self._tick()

    # ---- board choice and refresh
    def set_board(self, board_id: int) -> None:
        self.board_id = board_id
        self.snapshot = None
        self.refresh()

    def refresh(self) -> None:
        """Re-read this board's snapshot and redraw; on an outage keep the last data shown."""
        if self.board_id is None:
            return
        today = self._today()
        try:
            snapshot = self._services.view.snapshot(self.board_id, today)
            children = self._services.boards.children(self.board_id)
        except DatabaseUnavailable:
            if self._read_offline is None:
                self._read_offline = dt.datetime.now().astimezone()
            self._show_banner()
            return
        except LeanBoardError as error:
            msgbox.error(self, self.tr("Taulua ei voi näyttää"), str(error))
            return
        self._read_offline = None
        self._show_banner()
        self._watched = {None, snapshot.board.id, *(c.id for c in children)}
        if snapshot.parent is not None:
            self._watched.add(snapshot.parent.id)  # inherited goals live on the parent
        self._ensure_sections(snapshot.board.sections)
        self.snapshot = snapshot
        self._shown_day = today
        self.header.show_board(snapshot)
        self.header.show_time(dt.datetime.now(), today)
        for section in self.sections.values():
            section.show_snapshot(snapshot)  # type: ignore[attr-defined]
        self.refresh_count += 1
        self.refreshed.emit()

    def concerns(self, board_ids: Iterable[int | None]) -> bool:
        return any(b in self._watched for b in board_ids)

    def on_changes(self, board_ids: list[int | None]) -> None:
        """Live updates: refresh when a change names this board, its family, or no board."""
        if self.board_id is not None and self.concerns(board_ids):
            self.refresh()

    def set_live_status(self, online: bool, since: dt.datetime | None) -> None:
        self._live_offline = None if online else (since or dt.datetime.now().astimezone())
        self._show_banner()
        if online:
            self.refresh()  # whatever changed during the outage

    @property
    def offline(self) -> bool:
        return self.banner.since is not None

    # ---- internals
    def _show_banner(self) -> None:
        times = [t for t in (self._live_offline, self._read_offline) if t is not None]
        self.banner.set_offline(min(times) if times else None)

    def _ensure_sections(self, names: tuple[str, ...]) -> None:
        wanted = [name for column in COLUMNS for name, _ in column if name in names]
        if list(self.sections) == wanted:
            return
        for widget in self.sections.values():
            widget.setParent(None)
            widget.deleteLater()
        self.sections = {}
        self.empty_label.hide()
        for layout, column in zip(self.columns, COLUMNS, strict=True):
            for name, stretch in column:
                if name not in wanted:
                    continue
                widget = make_section(name, self._services, self._scale, self)
                widget.changed.connect(self.refresh)  # type: ignore[attr-defined]
                # Columns split the width by their stretch, not by what each section asks.
                policy = widget.sizePolicy()
                policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
                if stretch == 0:
                    policy.setVerticalPolicy(QSizePolicy.Policy.Maximum)
                widget.setSizePolicy(policy)
                layout.addWidget(widget, stretch)
                self.sections[name] = widget

    def _tick(self) -> None:
        now = dt.datetime.now()
        today = self._today()
        self.header.show_time(now, today)
        if self._shown_day is not None and today != self._shown_day:
            self.refresh()  # midnight: a new day on the mood panel and the cross
