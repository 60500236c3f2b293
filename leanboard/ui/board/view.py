"""One board: a header (name, date, clock, page tabs, huddle timer) and its sections on pages.

The same widget fills the wall screen (WALL scale) and the right side of the desktop window
(DESK scale). One 1920×1080 screen cannot hold seven sections readably from 3 m, so the board
is a few pages in the order of the huddle's agenda (AHRQ: safety and today's issues, the items
tracked, staff input): "Tänään" (mood, safety cross, SQDC problems), "Tavoitteet" (the goals'
run charts) and "Kehittäminen" (ideas by PDCA state, A3s). Big tabs in the header and a
horizontal swipe change the page; the huddle timer sits in the header, so it shows on every
page. The view redraws from one snapshot per refresh; live updates ask it to refresh only
when a change names this board, its parent or children, or no board at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from leanboard.domain.errors import DatabaseUnavailable
from leanboard.i18n import QT_TRANSLATE_NOOP
from leanboard.services import Services
from leanboard.services.dto import BoardSnapshot
from leanboard.services.news import NewsItem
from leanboard.ui.board.sections import section_class
from leanboard.ui.common import fmt, theme
from leanboard.ui.common.card import font
from leanboard.ui.common.offline_banner import OfflineBanner
from leanboard.ui.common.ops import Runner, op, runner_for
from leanboard.ui.common.theme import Scale, is_wall
from leanboard.ui.common.touch_card import FittingButton

if TYPE_CHECKING:
    from leanboard.ui.news.card import NewsCard

HEADER_SECTION = "huddle"  # the huddle timer lives in the header, on every page


@dataclass(frozen=True)
class Page:
    key: str
    title: str  # Finnish, translated when shown
    across: bool  # sections side by side (True) or one above the other
    sections: tuple[tuple[str, int], ...]  # (section, share of the page)


PAGES: tuple[Page, ...] = (
    # The cross gets the middle: squares as large as the page's height allows.
    Page(
        "today",
        QT_TRANSLATE_NOOP("BoardPages", "Tänään"),
        True,
        (("mood", 21), ("safety", 35), ("sqdc", 44)),
    ),
    Page("goals", QT_TRANSLATE_NOOP("BoardPages", "Tavoitteet"), True, (("goals", 1),)),
    # The A3 strip gets a row of tiles whose long titles wrap to two lines.
    Page(
        "improve", QT_TRANSLATE_NOOP("BoardPages", "Kehittäminen"), False, (("ideas", 3), ("a3", 1))
    ),
    # Unit, area and organisation boards: the boards below, a tap opens one (Back returns).
    Page("below", QT_TRANSLATE_NOOP("BoardPages", "Alaiset taulut"), True, (("rollup", 1),)),
)
SWIPE_MIN_PX = 120  # a horizontal drag at least this long (and mostly sideways) turns the page


def page_title(page: Page) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("BoardPages", page.title)


def make_section(name: str, services: Services, scale: Scale, parent: QWidget) -> QWidget:
    return section_class(name)(services, scale, parent)


class BoardHeader(QWidget):
    """Two rows on navy: the board's name, date and clock; then the page tabs and the timer."""

    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardHeader")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "QWidget#boardHeader { background: #12355b; } QLabel#headerText { color: white; }"
        )
        pad = scale.body_px // 2
        rows = QVBoxLayout(self)
        self.rows = rows
        rows.setContentsMargins(pad * 2, pad // 2, pad * 2, pad // 2)
        rows.setSpacing(pad // 2)
        row = QHBoxLayout()
        names = QVBoxLayout()
        names.setSpacing(0)
        self.name_label = QLabel(self)
        self.name_label.setObjectName("headerText")
        self.name_label.setFont(font(scale.heading_px + scale.heading_px // 4, bold=True))
        self.path_label = QLabel(self)
        self.path_label.setFont(font(scale.body_px))
        self.path_label.setStyleSheet("color: #cfe0f3;")
        # A long ward name takes a second line rather than pushing the clock off a narrow desk.
        for label in (self.name_label, self.path_label):
            label.setWordWrap(True)
            label.setMinimumWidth(scale.heading_px * 6)
        names.addWidget(self.name_label)
        names.addWidget(self.path_label)
        row.addLayout(names, 1)
        # Buttons that open a card over the board (not a page): beside the date, where the
        # top row has room on every board, so the page tabs below keep theirs.
        self.card_buttons = QHBoxLayout()
        row.addLayout(self.card_buttons)
        row.addSpacing(pad * 2)
        self.date_label = QLabel(self)
        self.date_label.setObjectName("headerText")
        self.date_label.setFont(font(scale.heading_px))
        self.clock_label = QLabel(self)
        self.clock_label.setObjectName("headerText")
        self.clock_label.setFont(font(scale.figure_px, bold=True))
        row.addWidget(self.date_label)
        row.addSpacing(pad * 2)
        row.addWidget(self.clock_label)
        self.extra = QHBoxLayout()  # the wall puts its corner button here
        row.addLayout(self.extra)
        rows.addLayout(row)

        # Second row: page tabs on the left, the huddle timer (placed by the view) on the right;
        # on a narrow desk the timer takes a row of its own below the tabs (arrange()).
        self.tab_row = QHBoxLayout()
        # Four tabs and the huddle strip share this row on a unit's board: no pixel to spare.
        self.tab_row.setSpacing(pad * 2 // 3)
        self.tool_box = QWidget(self)
        self.tools = QHBoxLayout(self.tool_box)
        self.tools.setContentsMargins(0, 0, 0, 0)
        self.bar = QHBoxLayout()
        self.bar.addLayout(self.tab_row)
        self.bar.addStretch(1)
        self.bar.addWidget(self.tool_box)
        rows.addLayout(self.bar)
        self.tool_row = QHBoxLayout()
        rows.addLayout(self.tool_row)
        self.wrapped = False  # the timer on its own row

    def one_row_width(self) -> int:
        """The width the tabs and the timer need side by side.

        Summed from the widgets themselves, not the layouts: a layout counts a widget only once
        Qt has shown it, and a child added to a shown window shows a turn of the event loop
        later — too late for deciding now. Only a widget hidden on purpose is left out."""

        def width(layout: QBoxLayout) -> int:
            items = [layout.itemAt(i) for i in range(layout.count())]
            widgets = [item.widget() for item in items if item is not None]
            shown = [
                w
                for w in widgets
                if w is not None
                and not (
                    w.isHidden() and w.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
                )
            ]
            gaps = layout.spacing() * max(0, len(shown) - 1)
            return sum(w.sizeHint().width() for w in shown) + gaps

        margins = self.rows.contentsMargins()
        return (
            margins.left()
            + margins.right()
            + width(self.tab_row)
            + self.bar.spacing()
            + width(self.tools)
        )

    def arrange(self, width: int) -> None:
        """Tabs and timer side by side when they fit in `width`, else the timer below."""
        wrap = width < self.one_row_width()
        if wrap != self.wrapped:
            self.wrapped = wrap
            (self.bar if wrap else self.tool_row).removeWidget(self.tool_box)
            if wrap:
                self.tool_row.addWidget(self.tool_box)
                self.tool_row.addStretch(1)
            else:
                self.tool_row.takeAt(0)  # the stretch
                self.bar.addWidget(self.tool_box)
        # Side by side, the header asks for no width of its own: the view decides from its
        # real width whether they fit (a minimum here would widen the view past its window).
        self.setMinimumWidth(0 if wrap else 1)

    def show_board(self, snapshot: BoardSnapshot) -> None:
        board = snapshot.board
        self.name_label.setText(board.name)
        parent = f" · {snapshot.parent.name}" if snapshot.parent else ""
        self.path_label.setText(f"{board.code}{parent}")

    def show_time(self, now: dt.datetime, today: dt.date) -> None:
        self.date_label.setText(fmt.board_date(today))
        self.clock_label.setText(fmt.local_clock(now))


def tab_button(text: str, scale: Scale, parent: QWidget) -> QPushButton:
    button = FittingButton(text, parent, scale.touch_px * 2)
    button.setCheckable(True)
    button.setFont(font(scale.body_px + scale.body_px // 6, bold=True))
    button.setMinimumHeight(scale.touch_px)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    # Never narrower than the page's name, even with four tabs and the huddle strip beside.
    button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    pad = scale.body_px * 2 // 3
    # The current page is a white tab joined to the page; the others read as buttons on navy.
    button.setStyleSheet(
        "QPushButton { background: #1d4a78; color: white; border: 2px solid #5f86ad;"
        f" border-radius: 8px; padding: 0px {pad}px; }}"
        "QPushButton:checked { background: #e6eaee; color: #12355b; border-color: white; }"
    )
    return button


class SwipeWatch(QObject):
    """Sees presses and releases over the pages before any child does (an application-wide
    filter), so a sideways drag across tiles, charts or scroll areas still turns the page.
    Touch screens deliver a finger as mouse events to widgets that take no touch events."""

    def __init__(self, area: QWidget, turn: Callable[[int], None]) -> None:
        super().__init__(area)
        self._area = area
        self._turn = turn
        self._pressed_at: QPoint | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            point = event.globalPosition().toPoint()
            inside = (
                isinstance(watched, QWidget)
                and watched.window() is self._area.window()  # not a dialog over the board
                and self._area.isVisible()
                and self._area.rect().contains(self._area.mapFromGlobal(point))
            )
            self._pressed_at = point if inside else None
        elif kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            start, self._pressed_at = self._pressed_at, None
            if start is not None:
                move = event.globalPosition().toPoint() - start
                if abs(move.x()) >= SWIPE_MIN_PX and abs(move.x()) > 2 * abs(move.y()):
                    self._turn(1 if move.x() < 0 else -1)  # finger to the left: next page
        return False


class BoardView(QWidget):
    """The board: `set_board(id)` then it keeps itself current (clock, live changes)."""

    refreshed = Signal()  # every section shows the newest read
    first_page_shown = Signal()  # the page in view shows it (the rest follow a turn later)
    page_changed = Signal(str)

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
        self._runner: Runner | None = None  # the window's, once shown
        self.opened_a3: QWidget | None = None  # the A3 a card asked for, as opened
        self._reading = False  # a snapshot read is on its way
        self._page_after_read: str | None = None
        self._read_again = False
        self.stacked = False  # a narrow desk: the sections of a page one above the other

        self.setObjectName("boardView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("QWidget#boardView { background: #e6eaee; }")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.header = BoardHeader(scale, self)
        outer.addWidget(self.header)
        gap = max(6, scale.body_px // 2)
        self._gap = gap
        body = QVBoxLayout()
        body.setContentsMargins(gap, gap, gap, gap)
        body.setSpacing(gap)
        self.banner = OfflineBanner(scale, self)
        body.addWidget(self.banner)
        self.stack = QStackedWidget(self)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.empty_label = QLabel(self.tr("Valitse taulu."), self)
        self.empty_label.setFont(font(scale.heading_px))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty_label)

        self.tabs: dict[str, QPushButton] = {}
        self._pages: dict[str, QWidget] = {}
        self._tab_group = QButtonGroup(self)
        self._tab_group.setExclusive(True)
        for page in PAGES:
            widget = QWidget(self.stack)
            layout = QBoxLayout(
                QBoxLayout.Direction.LeftToRight
                if page.across
                else QBoxLayout.Direction.TopToBottom,
                widget,
            )
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(gap)
            self.stack.addWidget(widget)
            self._pages[page.key] = widget
            tab = tab_button(page_title(page), scale, self.header)
            tab.clicked.connect(lambda _checked=False, key=page.key: self.show_page(key))
            tab.hide()
            self._tab_group.addButton(tab)
            self.header.tab_row.addWidget(tab)
            self.tabs[page.key] = tab
        self.current_page: str | None = None
        self._back: list[int] = []  # boards opened from a roll-up row, to return to
        self.back_button = tab_button(self.tr("← Takaisin"), scale, self.header)
        self.back_button.setCheckable(False)
        self.back_button.clicked.connect(self.go_back)
        self.back_button.hide()
        self.header.tab_row.insertWidget(0, self.back_button)
        # One tap: what changed since the previous huddle, stale work first.
        self.news_card: NewsCard | None = None
        self.news_button = tab_button(self.tr("✱ Mitä uutta"), scale, self.header)
        self.news_button.setCheckable(False)
        self.news_button.clicked.connect(lambda: self.open_news())
        self.header.card_buttons.addWidget(self.news_button)
        # On the wall, where the huddle stands; the leader's window beside the board tree has
        # no room for it beside a long board name on a 1366 px laptop.
        self.news_button.setVisible(is_wall(scale))
        self._swipe = SwipeWatch(self.stack, self.turn_page)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._swipe)

        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self._tick()

    # ---- pages
    @property
    def pages(self) -> list[str]:
        """The keys of the pages this board has, in tab order."""
        return [p.key for p in PAGES if any(n in self.sections for n, _ in p.sections)]

    def show_page(self, key: str) -> None:
        if key not in self.pages:
            return
        self.stack.setCurrentWidget(self._pages[key])
        self.tabs[key].setChecked(True)
        if key != self.current_page:
            self.current_page = key
            self.page_changed.emit(key)

    def turn_page(self, step: int = 1) -> None:
        """The next (step 1) or previous (-1) page, round the end."""
        pages = self.pages
        if not pages:
            return
        at = pages.index(self.current_page) if self.current_page in pages else 0
        self.show_page(pages[(at + step) % len(pages)])

    def page_of(self, section: str) -> str | None:
        return next((p.key for p in PAGES if any(n == section for n, _ in p.sections)), None)

    # ---- board choice and refresh
    def set_board(self, board_id: int) -> None:
        self.board_id = board_id
        self.snapshot = None
        self._back = []
        self.back_button.hide()
        self.refresh()

    def drill_down(self, board_id: int) -> None:
        """Open a board below this one from its roll-up row; Back returns here."""
        back = [*self._back, self.board_id] if self.board_id is not None else self._back
        self.set_board(board_id)
        self._back = back
        self.back_button.setVisible(bool(back))

    def go_back(self) -> None:
        if not self._back:
            return
        back = self._back[:-1]
        self.set_board(self._back[-1])
        self._back = back
        self.back_button.setVisible(bool(back))
        self._page_after_read = "below"  # where the tap was made, once the board is read

    def refresh(self) -> None:
        """Re-read this board's snapshot off the GUI thread and redraw when it arrives; on an
        outage keep the last data shown. Refreshes asked for while one runs become one more."""
        if self.board_id is None:
            return
        if self._reading:
            self._read_again = True
            return
        self._reading = True
        board_id, today = self.board_id, self._today()
        services = self._services
        # One read: the snapshot carries the boards below too.
        op(self, lambda: services.view.snapshot(board_id, today)).done(
            lambda snapshot: self._show_read(board_id, today, snapshot)
        ).failed(self._read_failed).title(self.tr("Taulua ei voi näyttää")).run()

    def _read_done(self) -> None:
        """A read has answered: start the one asked for meanwhile, if any (after showing this
        one — under a stream of changes the board still shows every read, never starves)."""
        self._reading = False
        if self._read_again:
            self._read_again = False
            QTimer.singleShot(0, self.refresh)

    def _read_failed(self, error: BaseException) -> bool:
        self._read_done()
        if isinstance(error, DatabaseUnavailable):
            if self._read_offline is None:
                self._read_offline = dt.datetime.now().astimezone()
            self._show_banner()
            return True
        return False  # shown by the runner, in words that name the cause

    def _show_read(self, board_id: int, today: dt.date, snapshot: BoardSnapshot) -> None:
        self._read_done()
        if board_id != self.board_id:
            return  # another board was chosen meanwhile (its read is on its way)
        self._read_offline = None
        self._show_banner()
        self._watched = {None, snapshot.board.id, *(c.id for c in snapshot.children)}
        if snapshot.parent is not None:
            self._watched.add(snapshot.parent.id)  # inherited goals live on the parent
        rollup = snapshot.rollup is not None  # a team board has no boards below it
        self._ensure_sections(tuple(n for n in snapshot.board.sections if n != "rollup" or rollup))
        if self._page_after_read is not None:
            self.show_page(self._page_after_read)
            self._page_after_read = None
        self.snapshot = snapshot
        self._shown_day = today
        self.header.show_board(snapshot)
        self.header.show_time(dt.datetime.now(), today)
        # The page in view first, painted at once; the other pages in the next turn.
        shown = [
            n for n in self.sections if n == HEADER_SECTION or self.page_of(n) == self.current_page
        ]
        for name in shown:
            self.sections[name].show_snapshot(snapshot)  # type: ignore[attr-defined]
        self.first_page_shown.emit()
        rest = [n for n in self.sections if n not in shown]
        runner_for(self).later(lambda: self._show_other_pages(snapshot, rest))

    def _show_other_pages(self, snapshot: BoardSnapshot, names: list[str]) -> None:
        """One section per turn of the event loop: a page of charts redrawn in one go would
        stop the screen answering taps for the whole redraw."""
        if snapshot is not self.snapshot:
            return  # a newer read is being shown
        if names:
            name, rest = names[0], names[1:]
            if name in self.sections:
                self.sections[name].show_snapshot(snapshot)  # type: ignore[attr-defined]
            runner_for(self).later(lambda: self._show_other_pages(snapshot, rest))
            return
        self.refresh_count += 1
        self.refreshed.emit()

    # ---- "Mitä uutta": what changed since the previous huddle
    def _huddle_started(self) -> None:
        if self.snapshot is not None and self.snapshot.board.news_at_huddle_start:
            # Opened by the timer, the card leaves the timer usable: the team pauses it or
            # logs the huddle with the news still on the screen.
            self.open_news(beside_timer=True)

    def _huddle_ended(self) -> None:
        # The list was "since the previous huddle": once this one is logged or the timer is
        # set back, it is out of date, and a card left open would hold the wall's pages.
        if self.news_card is not None:
            self.news_card.reject()

    def open_news(self, *, beside_timer: bool = False) -> NewsCard | None:
        if self.board_id is None or self.news_card is not None:
            return self.news_card
        from leanboard.ui.news.card import NewsCard  # opened by a tap, not needed to start

        card = NewsCard(self._services, self.board_id, self._scale, self)
        card.item_chosen.connect(self.open_news_item)
        card.finished.connect(lambda _code: self._news_closed(card))
        self.news_card = card
        if beside_timer:
            card.setModal(False)
            card.show()
        else:
            card.open()
        return card

    def _news_closed(self, card: NewsCard) -> None:
        if self.news_card is card:
            self.news_card = None
        card.deleteLater()

    def open_news_item(self, item: NewsItem) -> None:
        """A tap on a line of "Mitä uutta": the item's own card, on its page."""
        snapshot = self.snapshot
        if snapshot is None:
            return
        section: str | None = {
            "idea": "ideas",
            "problem": "sqdc",
            "measure": "goals",
            "safety_event": "safety",
        }.get(item.entity)
        if section is None or section not in self.sections:
            return
        page = self.page_of(section)
        if page is not None:
            self.show_page(page)
        widget = self.sections[section]
        if item.entity == "idea":
            idea = next((i for i in snapshot.ideas if i.id == item.entity_id), None)
            if idea is not None:
                widget.open_idea(idea)  # type: ignore[attr-defined]
        elif item.entity == "problem":
            problems = (*snapshot.problems, *snapshot.escalated_to_us)
            problem = next((p for p in problems if p.id == item.entity_id), None)
            if problem is not None:
                widget.open_problem(problem)  # type: ignore[attr-defined]
        elif item.entity == "measure":
            series = next((m for m in snapshot.measures if m.measure.id == item.entity_id), None)
            if series is not None:
                widget.open_goal(series)  # type: ignore[attr-defined]

    def open_a3(self, a3_id: int) -> QWidget | None:
        """An A3 asked for from a card (ideas and problems link to theirs): on the wall the
        read-only view over the board, on the desktop the editor in its own window."""
        from leanboard.ui.a3.open import open_a3  # the A3 editor: not needed to start a wall

        self.opened_a3 = open_a3(self._services, a3_id, self._scale, self, self.refresh)
        return self.opened_a3

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
            self.retry_pending()
            self.refresh()  # whatever changed during the outage

    # ---- a narrow desk
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit(event.size().width())

    def fit(self, width: int, again: bool = False) -> None:
        """A leader's window narrower than the board's side-by-side layout (a small laptop, half
        a screen, large text) stacks what would be cut: the timer under the tabs, the sections
        of a page one above the other (the desk scrolls down). The wall keeps its one layout:
        it is a 1920×1080 screen by design."""
        if not theme.is_wall(self._scale):
            self.header.arrange(width)
            self._stack_pages(width < self.side_by_side_width(), again)

    def side_by_side_width(self) -> int:
        """The width the widest page needs with its sections side by side, nothing cut."""
        needed = 0
        for page in PAGES:
            shown = [self.sections[n] for n, _ in page.sections if n in self.sections]
            if page.across and len(shown) > 1:
                widths = sum(w.minimumSizeHint().width() for w in shown)
                needed = max(needed, widths + self._gap * (len(shown) + 1))
        return needed

    def _stack_pages(self, stacked: bool, again: bool = False) -> None:
        if stacked == self.stacked and not again:
            return
        self.stacked = stacked
        for page in PAGES:
            shown = [self.sections[n] for n, _ in page.sections if n in self.sections]
            if not page.across or len(shown) < 2:
                continue
            layout = self._pages[page.key].layout()
            assert isinstance(layout, QBoxLayout)
            layout.setDirection(
                QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
            )
            # Side by side, each section keeps at least its own width (the shares split the
            # rest); the page itself asks for none, so the view can narrow and stack them.
            self._pages[page.key].setMinimumWidth(0 if stacked else 1)
            for widget in shown:
                policy = widget.sizePolicy()
                policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
                widget.setSizePolicy(policy)

    def showEvent(self, event: QShowEvent) -> None:
        # The window's runner keeps the writes the database could not take yet: say so here.
        runner = runner_for(self)
        if runner is not self._runner:
            if self._runner is not None:
                self._runner.pending_changed.disconnect(self.banner.set_pending)
            runner.pending_changed.connect(self.banner.set_pending)
            self._runner = runner
            self.banner.set_pending(len(runner.pending))
        super().showEvent(event)

    def retry_pending(self) -> None:
        """The database answers again: try the kept writes now rather than at the next tick."""
        if self._runner is not None:
            self._runner.retry_pending()

    @property
    def offline(self) -> bool:
        return self.banner.since is not None

    # ---- internals
    def _show_banner(self) -> None:
        times = [t for t in (self._live_offline, self._read_offline) if t is not None]
        self.banner.set_offline(min(times) if times else None)

    def _ensure_sections(self, names: tuple[str, ...]) -> None:
        known = [n for page in PAGES for n, _ in page.sections] + [HEADER_SECTION]
        wanted = [name for name in known if name in names]
        if list(self.sections) == wanted:
            return
        for widget in self.sections.values():
            widget.setParent(None)
            widget.deleteLater()
        self.sections = {}
        for page in PAGES:
            layout = self._pages[page.key].layout()
            assert isinstance(layout, QBoxLayout)
            for name, share in page.sections:
                if name not in wanted:
                    continue
                widget = make_section(name, self._services, self._scale, self._pages[page.key])
                widget.changed.connect(self.refresh)  # type: ignore[attr-defined]
                if name == "rollup":
                    widget.board_chosen.connect(self.drill_down)  # type: ignore[attr-defined]
                if name in ("ideas", "sqdc"):
                    widget.a3_requested.connect(self.open_a3)  # type: ignore[attr-defined]
                # The page splits its width (or height) by the shares, not by what each asks.
                policy = widget.sizePolicy()
                if page.across:
                    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
                else:
                    policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
                widget.setSizePolicy(policy)
                layout.addWidget(widget, share)
                self.sections[name] = widget
        if HEADER_SECTION in wanted:
            widget = make_section(HEADER_SECTION, self._services, self._scale, self.header)
            widget.changed.connect(self.refresh)  # type: ignore[attr-defined]
            widget.started.connect(self._huddle_started)  # type: ignore[attr-defined]
            widget.ended.connect(self._huddle_ended)  # type: ignore[attr-defined]
            self.header.tools.addWidget(widget)
            self.sections[HEADER_SECTION] = widget
        pages = self.pages
        for key, tab in self.tabs.items():
            tab.setVisible(key in pages and len(pages) > 1)
        # New sections and tabs: what fits side by side is decided again, for all of them.
        self.fit(self.width(), again=True)
        if self.current_page is not None and self.current_page in pages:
            self.show_page(self.current_page)
        elif pages:
            self.show_page(pages[0])
        else:
            self.stack.setCurrentWidget(self.empty_label)

    def _tick(self) -> None:
        now = dt.datetime.now()
        today = self._today()
        self.header.show_time(now, today)
        if self._shown_day is not None and today != self._shown_day:
            self.refresh()  # midnight: a new day on the mood panel and the cross
