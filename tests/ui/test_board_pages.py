"""The board's pages on the wall at 1920×1080 on the demo data: tabs, swipe, rotation between
huddles, and what a person reads from 3 m — type size, touch size, nothing cut or overlapping."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from section_helpers import answered

from leanboard.services import Services, open_services
from leanboard.services.demo import seed_demo
from leanboard.ui.common.tiles import Tile
from leanboard.ui.desk.main_window import MainWindow
from leanboard.ui.goals.panel import FigureLabel, GoalsPanel
from leanboard.ui.safety.cross import SafetyCrossView
from leanboard.ui.wall.window import WallWindow

WALL_BODY_PX = 24
TOUCH_PX = 64
PAGES = ["today", "goals", "improve"]


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('pages') / 'demo.db'}"
    seeding = open_services(url)
    seed_demo(seeding.db, "small")
    seeding.close()
    return url


@pytest.fixture
def demo(demo_url: str) -> Iterator[Services]:
    opened = open_services(demo_url, actor="test@pytest")
    yield opened
    opened.close()


def richest_team(services: Services) -> int:
    teams = [b for b in services.boards.list_boards() if b.kind == "team"]
    return max(teams, key=lambda b: len(services.view.snapshot(b.id).measures)).id


@pytest.fixture
def wall(qtbot: QtBot, demo: Services) -> Iterator[WallWindow]:
    window = WallWindow(demo, richest_team(demo))
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    answered(qtbot)
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


@pytest.mark.parametrize("page", PAGES)
def test_every_page_reads_from_three_metres(qtbot: QtBot, wall: WallWindow, page: str) -> None:
    wall.board_view.show_page(page)
    settle(qtbot)
    wall.grab().save(f"/tmp/test_wall_page_{page}.png")
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
    for button in visible(wall, QAbstractButton):
        assert isinstance(button, QAbstractButton)
        if button.height() < TOUCH_PX or button.width() < TOUCH_PX:
            problems.append(f"button {button.text()!r} {button.width()}×{button.height()}")
    for tile in visible(wall, Tile):
        assert isinstance(tile, Tile)
        if tile.height() < tile.heightForWidth(tile.width()):
            problems.append(f"tile {tile.title!r} cut at the bottom")
        whole = words_of(tile.title, tile.meta, *tile.status)
        for _font, line in tile._lines(tile.width()):
            for word in line.split():
                if word not in whole and not word.endswith("…"):
                    problems.append(f"tile {tile.title!r}: {word!r} broken mid-word")
    assert problems == []


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
