"""The board's pages on the wall at 1920×1080 on the demo data: tabs, swipe, rotation between
huddles, and what a person reads from 3 m — type size, touch size, nothing cut or overlapping,
nothing hidden without saying so ("+2 lisää"), chart names beside the data, key figures
≥ 40 px — on the demo's richest team and on a team made of the demo's longest names."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
import section_helpers
import sqlalchemy as sa
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QPushButton,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from section_helpers import answered

from leanboard.services import Services, open_services
from leanboard.services.demo import seed_demo
from leanboard.store.models import Board
from leanboard.ui.common.charts import RunChart
from leanboard.ui.common.tiles import ItemColumn, Tile
from leanboard.ui.desk.main_window import MainWindow
from leanboard.ui.goals.panel import FigureLabel, GoalsPanel
from leanboard.ui.safety.cross import DayBox, SafetyCrossView
from leanboard.ui.wall.window import WallWindow

WALL_BODY_PX = 24
KEY_FIGURE_PX = 40
TOUCH_PX = 64
PAGES = ["today", "goals", "improve"]
TODAY = dt.date(2026, 11, 25)  # the demo is seeded up to this Wednesday, the wall shows it


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('pages') / 'demo.db'}"
    seeding = open_services(url)
    seed_demo(seeding.db, "small", today=TODAY)
    add_longest_team(seeding)
    seeding.close()
    return url


def longest(texts: list[str], n: int) -> list[str]:
    """The n longest distinct texts, longest first."""
    return sorted(set(texts), key=lambda t: (-len(t), t))[:n]


def add_longest_team(s: Services) -> None:
    """A team board made of the demo's longest texts: board and unit names, goal names and
    units, problem, idea and A3 titles, owners — more items than a column holds."""
    boards = s.boards.list_boards()
    unit = max((b for b in boards if b.kind == "unit"), key=lambda b: len(b.name))
    name = max((b.name for b in boards), key=len)
    team = s.boards.create_board("PISIN-NIMI", name, "team", parent_id=unit.id)
    with s.db.engine.begin() as conn:  # kept since the start of the year, like the demo's
        conn.execute(
            sa.update(Board).where(Board.id == team.id).values(created_at=dt.datetime(2026, 1, 1))
        )
    # The longest goal names of the demo, as many as fill the page's two rows (eight) beside
    # the goals the team inherits from above; more would scroll by design (goals/panel.py).
    inherited = {m.name for m in s.measures.board_measures(team.id)}
    measures = [m for b in boards for m in s.measures.board_measures(b.id)]
    chosen = sorted(
        {m.name: m for m in measures if m.name not in inherited}.values(),
        key=lambda m: -(len(m.name) + len(m.unit)),
    )[: 8 - len(inherited)]
    monday = TODAY - dt.timedelta(days=TODAY.weekday())
    for index, m in enumerate(chosen):
        made = s.measures.create_measure(
            team.id,
            m.name,
            unit=m.unit,
            target=m.target,
            direction=m.direction,
            frequency="week",
            decimals=m.decimals,
        )
        base = m.target if m.target is not None else 50.0
        for week in range(12):  # near the target, crossing it: median and target close
            value = base * (0.9 + 0.02 * ((week * 7 + index) % 10))
            s.measures.record_value(
                made.id, team.id, monday - dt.timedelta(weeks=11 - week), f"{value:.1f}"
            )
    problems = [p for b in boards for p in s.problems.list_problems(b.id, open_only=False)]
    owners = longest([p.owner for p in problems if p.owner], 1)[0]
    titles = longest([p.title for p in problems], 12)
    for title, letter in zip(titles, "QQQQQSSSDDDC", strict=True):
        s.problems.create_problem(team.id, letter, title, owner=owners, due_date="1.12.2026")
    ideas = [i for b in boards for i in s.ideas.list_ideas(b.id, include_archived=True)]
    idea_owner = longest([i.owner for i in ideas if i.owner], 1)[0]
    for index, title in enumerate(longest([i.title for i in ideas], 14)):
        idea = s.ideas.create_idea(team.id, title, owner=idea_owner, due_date="20.11.2026")
        state = ["new", "plan", "do", "do", "do", "do", "do", "check", "act", "act"][index % 10]
        if state != "new":
            s.ideas.move_idea(idea.id, idea.version, to_state=state)
    a3s = [a for b in boards for a in s.a3.list_a3(b.id, active_only=False)]
    for title in longest([a.title for a in a3s], 4):
        s.a3.create_a3(team.id, title, owner=idea_owner, started_on=TODAY)
    for score in (9, 8, 6, 7, 9, 10):
        s.mood.record_mood_vote(team.id, score, day=TODAY)
    s.safety.record_event(team.id, "threat", "harm", day=TODAY - dt.timedelta(days=3), today=TODAY)
    s.huddles.log_huddle(team.id, 12, 14, day=TODAY)


@pytest.fixture
def demo(demo_url: str) -> Iterator[Services]:
    opened = open_services(demo_url, actor="test@pytest")
    yield opened
    opened.close()


def richest_team(services: Services) -> int:
    teams = [
        b for b in services.boards.list_boards() if b.kind == "team" and b.code != "PISIN-NIMI"
    ]
    return max(teams, key=lambda b: len(services.view.snapshot(b.id, TODAY).measures)).id


def longest_team(services: Services) -> int:
    return next(b.id for b in services.boards.list_boards() if b.code == "PISIN-NIMI")


def open_wall(qtbot: QtBot, services: Services, board_id: int) -> WallWindow:
    return section_helpers.open_wall(qtbot, services, board_id, TODAY)


@pytest.fixture
def wall(qtbot: QtBot, demo: Services) -> Iterator[WallWindow]:
    window = open_wall(qtbot, demo, richest_team(demo))
    yield window
    window.leave()


def settle(qtbot: QtBot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(30)


def visible(widget: QWidget, kind: type[QWidget]) -> list[QWidget]:
    return [w for w in widget.findChildren(kind) if w.isVisible() and w.width() > 0]


def test_three_pages_with_big_tabs_in_agenda_order(qtbot: QtBot, wall: WallWindow) -> None:
    view = wall.board_view
    assert view.pages == PAGES
    assert [view.tabs[k].text() for k in PAGES] == ["Tänään", "Tavoitteet", "Kehittäminen"]
    assert view.current_page == "today"
    for key, tab in view.tabs.items():  # a team board has no "Alaiset taulut" page
        assert tab.isVisible() == (key in PAGES)
        assert key not in PAGES or (tab.height() >= TOUCH_PX and tab.width() >= TOUCH_PX)
    assert view.sections["mood"].isVisible() and view.sections["safety"].isVisible()
    assert view.sections["sqdc"].isVisible() and not view.sections["goals"].isVisible()

    qtbot.mouseClick(view.tabs["goals"], Qt.MouseButton.LeftButton)
    assert view.current_page == "goals" and view.tabs["goals"].isChecked()
    assert view.sections["goals"].isVisible() and not view.sections["mood"].isVisible()
    qtbot.mouseClick(view.tabs["improve"], Qt.MouseButton.LeftButton)
    assert view.sections["ideas"].isVisible() and view.sections["a3"].isVisible()
    # The huddle timer is in the header: on every page.
    assert view.sections["huddle"].isVisible()


def drag(qtbot: QtBot, widget: QWidget, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(widget, end)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_a_sideways_drag_turns_the_page_and_a_tap_or_scroll_does_not(
    qtbot: QtBot, wall: WallWindow
) -> None:
    view = wall.board_view
    page = view.stack.currentWidget()
    assert page is not None
    middle = QPoint(page.width() // 2, page.height() // 2)
    drag(qtbot, page, middle, middle + QPoint(-400, 20))  # finger to the left: next page
    assert view.current_page == "goals"
    page = view.stack.currentWidget()
    assert page is not None
    drag(qtbot, page, middle, middle + QPoint(30, -300))  # mostly up and down: a scroll
    assert view.current_page == "goals"
    drag(qtbot, page, middle, middle + QPoint(60, 0))  # too short
    assert view.current_page == "goals"
    # Across a tile, which takes the press itself, the drag still turns the page.
    tile = next(t for t in view.sections["sqdc"].findChildren(Tile))
    view.show_page("today")
    settle(qtbot)
    drag(qtbot, tile, QPoint(10, 10), QPoint(400, 15))  # to the right: the page before
    assert view.current_page == "improve"


class FakeClock:
    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now


def test_pages_rotate_between_huddles_only(qtbot: QtBot, wall: WallWindow) -> None:
    rotator = wall.rotator
    clock = FakeClock()
    rotator.use_clock(clock)  # the machine's own clock may be anywhere (uptime)
    view = wall.board_view
    for _ in range(3):  # under two minutes untouched: not yet
        clock.now += 39
        rotator.tick()
    assert view.current_page == "today"
    clock.now += 3  # two minutes
    rotator.tick()
    assert view.current_page == "goals"
    clock.now += rotator.every_s - 1
    rotator.tick()
    assert view.current_page == "goals"
    clock.now += 1
    rotator.tick()
    assert view.current_page == "improve"

    # A touch anywhere on the wall restarts the wait.
    qtbot.mouseClick(view.header.name_label, Qt.MouseButton.LeftButton)
    assert rotator.last_touch == clock.now
    clock.now += rotator.every_s
    rotator.tick()
    assert view.current_page == "improve"

    # The huddle timer running holds the page, however long.
    huddle = view.sections["huddle"]
    clock.now += rotator.idle_s + rotator.every_s * 3
    qtbot.mouseClick(huddle.start_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    clock.now += rotator.idle_s + rotator.every_s * 3
    for _ in range(3):
        rotator.tick()
        clock.now += rotator.every_s
    assert view.current_page == "improve"
    qtbot.mouseClick(huddle.reset_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    # An open card holds it too.
    view.show_page("today")
    qtbot.mouseClick(wall.corner_button, Qt.MouseButton.LeftButton)
    dialog = wall.pin_dialog or wall.menu_dialog
    assert dialog is not None and dialog.isVisible()
    clock.now += rotator.idle_s + rotator.every_s * 3
    for _ in range(3):
        rotator.tick()
        clock.now += rotator.every_s
    assert view.current_page == "today"
    dialog.reject()
    settle(qtbot)
    rotator.tick()
    rotator.tick()
    assert view.current_page == "goals"


def test_desktop_has_the_same_pages_and_does_not_rotate(qtbot: QtBot, demo: Services) -> None:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    answered(qtbot)
    window.select_board(richest_team(demo))
    answered(qtbot)
    view = window.board_view
    assert view.pages == PAGES and all(view.tabs[k].isVisible() for k in PAGES)
    assert not view.tabs["below"].isVisible()  # a team board has no boards below it
    qtbot.mouseClick(view.tabs["goals"], Qt.MouseButton.LeftButton)
    assert view.sections["goals"].isVisible()
    assert not hasattr(window, "rotator")
    window.grab().save("/tmp/test_desktop_pages.png")


def words_of(*texts: str) -> set[str]:
    """Whole words, and the parts of a hyphenated one ("wc-" "matkalla"): a line may end
    after a hyphen, as in print."""
    words = set()
    for word in " ".join(texts).split():
        words.add(word)
        head, *rest = word.split("-")
        words.update([f"{head}-", *(f"{part}-" for part in rest[:-1]), *rest[-1:]])
    return words


def readability_problems(wall: WallWindow) -> list[str]:
    """Everything on the wall as shown now that a person at 3 m could not read or reach, or
    that is hidden without saying so; empty when all is well."""
    problems: list[str] = []
    for label in visible(wall, QLabel):
        assert isinstance(label, QLabel)
        text = label.text()
        if not text:
            continue
        if label.font().pixelSize() < WALL_BODY_PX:
            problems.append(f"{text!r}: {label.font().pixelSize()} px")
        if isinstance(label, FigureLabel):
            continue  # sized by its own rule: checked below
        if label.wordWrap():
            if label.height() < label.heightForWidth(label.width()):
                problems.append(f"{text!r} cut at the bottom")
        elif label.textFormat() != Qt.TextFormat.RichText and "<" not in text:
            widest = max(
                QFontMetrics(label.font()).horizontalAdvance(line) for line in text.split("\n")
            )
            if label.contentsRect().width() < widest:
                problems.append(f"{text!r} cut at the side ({label.width()} < {widest})")
        for size in re.findall(r"font-size:\s*(\d+)px", text):  # the big "7" of a sentence
            if int(size) < KEY_FIGURE_PX:
                problems.append(f"key figure in {text!r}: {size} px")
    for button in visible(wall, QAbstractButton):
        assert isinstance(button, QAbstractButton)
        if button.height() < TOUCH_PX or button.width() < TOUCH_PX:
            problems.append(f"button {button.text()!r} {button.width()}×{button.height()}")
        if isinstance(button, QPushButton) and not isinstance(button, Tile) and button.text():
            words = QFontMetrics(button.font()).horizontalAdvance(button.text())
            if words > button.contentsRect().width() - 8:  # its frame and a little air
                problems.append(f"button {button.text()!r} cut ({button.width()} < {words})")
    for bar in visible(wall, QScrollBar):
        assert isinstance(bar, QScrollBar)
        thickness = bar.width() if bar.orientation() == Qt.Orientation.Vertical else bar.height()
        if thickness < TOUCH_PX:
            problems.append(f"scroll bar {thickness} px thick")
    for box in visible(wall, DayBox):
        assert isinstance(box, DayBox)
        if box.tappable and min(box.width(), box.height()) < TOUCH_PX:
            problems.append(f"day box {box.width()}×{box.height()}")
    for tile in visible(wall, Tile):
        assert isinstance(tile, Tile)
        if tile.height() < tile.heightForWidth(tile.width()):
            problems.append(f"tile {tile.title!r} cut at the bottom")
        holder = tile.parentWidget()
        if holder is not None and not holder.rect().contains(tile.geometry()):
            problems.append(f"tile {tile.title!r} cut by its column")
        whole = words_of(tile.title, tile.meta, *tile.status)
        for _font, line in tile._lines(tile.width()):
            for word in line.split():
                if word not in whole and not word.endswith("…"):
                    problems.append(f"tile {tile.title!r}: {word!r} broken mid-word")
    for column in visible(wall, ItemColumn):
        assert isinstance(column, ItemColumn)
        hidden = column.hidden_count
        shown = column.more_button.isVisible()
        words = column.more_button.text()
        if hidden and not (shown and re.match(rf"^\+{hidden}\b", words)):
            problems.append(f"{column.title}: {hidden} hidden, the button says {words!r}")
        if not hidden and shown:
            problems.append(f"{column.title}: '{words}' with nothing hidden")
        if hidden and not column.shown_tiles():
            problems.append(f"{column.title or 'column'}: every item behind '{words}'")
    for figure in visible(wall, FigureLabel):
        assert isinstance(figure, FigureLabel)
        number_font, _unit_font, _two = figure.layout_fonts()
        if number_font.pixelSize() < KEY_FIGURE_PX:
            problems.append(f"key figure {figure.text()!r}: {number_font.pixelSize()} px")
    huddle = wall.board_view.sections.get("huddle")
    if huddle is not None and huddle.time_label.font().pixelSize() < KEY_FIGURE_PX:  # type: ignore[attr-defined]
        problems.append("huddle timer below a key figure's size")
    for chart in visible(wall, RunChart):
        assert isinstance(chart, RunChart)
        chart.grab()  # paints: the line names are placed as drawn
        axis = chart.line_labels
        data_area = chart.plot.getPlotItem().getViewBox().sceneBoundingRect()
        placed = [(text, axis.mapRectToScene(rect)) for text, rect in axis.placed]
        if len(placed) != len(axis.labels):
            problems.append(f"chart: {len(axis.labels)} line names, {len(placed)} drawn")
        for index, (text, rect) in enumerate(placed):
            if rect.left() < data_area.right():
                problems.append(f"chart name {text!r} over the data")
            if not axis.sceneBoundingRect().contains(rect):
                problems.append(f"chart name {text!r} cut")
            for other, other_rect in placed[index + 1 :]:
                if rect.intersects(other_rect):
                    problems.append(f"chart names {text!r} and {other!r} overlap")
    return problems


@pytest.mark.parametrize("page", PAGES)
def test_every_page_reads_from_three_metres(qtbot: QtBot, wall: WallWindow, page: str) -> None:
    wall.board_view.show_page(page)
    settle(qtbot)
    wall.grab().save(f"/tmp/test_wall_page_{page}.png")
    assert readability_problems(wall) == []


@pytest.mark.parametrize("page", PAGES)
def test_the_longest_names_fit_and_nothing_is_hidden_silently(
    qtbot: QtBot, demo: Services, page: str
) -> None:
    wall = open_wall(qtbot, demo, longest_team(demo))
    try:
        wall.board_view.show_page(page)
        settle(qtbot)
        wall.grab().save(f"/tmp/test_wall_longest_{page}.png")
        assert readability_problems(wall) == []
        if page == "today":  # five problems in Q: not all fit, and the column says so
            sqdc = wall.board_view.sections["sqdc"]
            quality = sqdc.columns["Q"]  # type: ignore[attr-defined]
            assert quality.heading.text().endswith("Laatu (5)")
            assert quality.hidden_count > 0
            assert len(quality.shown_tiles()) + quality.hidden_count == 5
        if page == "improve":
            ideas = wall.board_view.sections["ideas"]
            doing = ideas.columns["do"]  # type: ignore[attr-defined]
            assert doing.hidden_count > 0 and doing.more_button.isVisible()
    finally:
        wall.leave()


def test_a_tap_on_more_shows_every_item_and_opens_the_one_tapped(
    qtbot: QtBot, demo: Services
) -> None:
    wall = open_wall(qtbot, demo, longest_team(demo))
    try:
        sqdc = wall.board_view.sections["sqdc"]
        quality = sqdc.columns["Q"]  # type: ignore[attr-defined]
        hidden = [t for t in quality.tiles() if t.isHidden()]
        qtbot.mouseClick(quality.more_button, Qt.MouseButton.LeftButton)
        card = quality.all_card
        assert card is not None and card.isVisible()
        assert [t.title for t in card.tiles] == [t.title for t in quality.tiles()]
        card.grab().save("/tmp/test_wall_all_items.png")
        target = next(t for t in card.tiles if t.title == hidden[-1].title)
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
        opened = sqdc.card  # type: ignore[attr-defined]
        assert opened is not None and opened.isVisible()
        assert opened.problem.title == hidden[-1].title
        opened.reject()
    finally:
        wall.leave()


def test_a_unit_boards_page_of_boards_below_reads_from_three_metres(
    qtbot: QtBot, demo: Services
) -> None:
    units = [b for b in demo.boards.list_boards() if b.kind == "unit"]
    unit = max(units, key=lambda b: len(demo.boards.children(b.id)))
    wall = open_wall(qtbot, demo, unit.id)
    try:
        for page in ["below", "today"]:
            wall.board_view.show_page(page)
            settle(qtbot)
            wall.grab().save(f"/tmp/test_wall_unit_{page}.png")
            assert readability_problems(wall) == []
    finally:
        wall.leave()


def test_the_header_keeps_its_height_on_every_page(qtbot: QtBot, wall: WallWindow) -> None:
    heights = set()
    for page in PAGES:
        wall.board_view.show_page(page)
        settle(qtbot)
        heights.add(wall.board_view.header.height())
    assert len(heights) == 1


def test_goals_show_units_whole_and_charts_readable(qtbot: QtBot, wall: WallWindow) -> None:
    wall.board_view.show_page("goals")
    settle(qtbot)
    goals = wall.board_view.sections["goals"]
    assert isinstance(goals, GoalsPanel)
    assert len(goals.cards) == 8
    tops: dict[int, list[int]] = {}
    for card in goals.cards.values():
        label = card.value_label
        number, unit = label.parts()
        number_font, unit_font, two_lines = label.layout_fonts()
        if two_lines:
            assert QFontMetrics(unit_font).horizontalAdvance(unit) <= label.width()
        else:
            need = QFontMetrics(number_font).horizontalAdvance(number)
            need += QFontMetrics(unit_font).horizontalAdvance("\u00a0" + unit) if unit else 0
            assert need <= label.width(), label.text()
        assert number_font.pixelSize() >= WALL_BODY_PX and unit_font.pixelSize() >= WALL_BODY_PX
        assert card.chart.tick_px >= 18  # axis labels
        assert card.chart.plot.height() >= 180
        tops.setdefault(card.y(), []).append(card.x())
    # A grid: two rows of four, side by side, none over another.
    assert sorted(len(xs) for xs in tops.values()) == [4, 4]
    cards = list(goals.cards.values())
    for i, a in enumerate(cards):
        for b in cards[i + 1 :]:
            assert not a.geometry().intersects(b.geometry())


def test_safety_cross_is_centred_and_fills_its_box(qtbot: QtBot, wall: WallWindow) -> None:
    settle(qtbot)
    cross = wall.board_view.sections["safety"]
    assert isinstance(cross, SafetyCrossView)
    grid = cross.grid
    boxes = [b for b in grid.boxes if b.isVisible()]
    side = boxes[0].width()
    assert all(b.width() == b.height() == side for b in boxes)
    assert side * 7 >= min(grid.width(), grid.height()) - 7  # as large as the box allows
    assert side >= 80
    left = min(b.x() for b in boxes)
    right = max(b.x() + b.width() for b in boxes)
    assert abs((left + right) / 2 - grid.width() / 2) <= 4


def test_desktop_header_fits_a_laptop_screen(qtbot: QtBot, demo: Services) -> None:
    """A leader's 1366×768 laptop: every page tab as wide as its name, the huddle strip
    beside them; "Mitä uutta" belongs to the wall, where the huddle stands."""
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    answered(qtbot)
    window.select_board(richest_team(demo))
    answered(qtbot)
    settle(qtbot)
    view = window.board_view
    assert not view.news_button.isVisible()
    for key in PAGES:
        tab = view.tabs[key]
        assert tab.width() >= tab.sizeHint().width(), key
    huddle = view.sections["huddle"]
    for button in visible(huddle, QAbstractButton):
        assert isinstance(button, QAbstractButton)
        assert button.width() >= button.sizeHint().width(), button.text()
