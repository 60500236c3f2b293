"""The leader's desk on small screens: 1280×720, 1024×768, half a 1920×1080 screen, and 1280×720
with 150 % text (an application font half as large again). At each, every page of a team and
of a unit board and the tree's dialogs: nothing larger than the screen, no text cut, no board
scrolled sideways, and the tree's names whole."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from leanboard.app import use_bundled_font
from leanboard.services import Services
from leanboard.ui.admin.board_dialogs import MoveBoardDialog, NewBoardDialog, RenameBoardDialog
from leanboard.ui.admin.board_settings import BoardSettingsDialog
from leanboard.ui.admin.export_pdf import ExportPdfDialog
from leanboard.ui.admin.first_start import FirstStartDialog
from leanboard.ui.common import ops
from leanboard.ui.desk.main_window import MainWindow
from leanboard.ui.goals.measure_dialog import MeasureDialog
from leanboard.ui.goals.value_dialog import MeasureValueDialog

SIZES = {
    "1280x720": (1280, 720, 1.0),
    "1024x768": (1024, 768, 1.0),
    "half of 1920x1080": (960, 1040, 1.0),  # 1080 less a task bar
    "1280x720, text 150 %": (1280, 720, 1.5),
}
FRAME = 40  # a window manager's title bar and borders
LONG_TEAM = "Osasto 4 – Sisätautien ja geriatrian akuuttiosasto"


@pytest.fixture
def organisation(services: Services) -> dict[str, int]:
    today = dt.date.today()
    org = services.boards.create_board("KY", "Järvilaakson hyvinvointialue", "organisation")
    area = services.boards.create_board("IKA", "Ikäihmisten palvelujen vastuualue", "area", org.id)
    unit = services.boards.create_board(
        "KK", "Kotikallion ympärivuorokautinen hoiva", "unit", area.id
    )
    team = services.boards.create_board("OS4", LONG_TEAM, "team", unit.id)
    services.boards.create_board("OS5", "Osasto 5 – Muistisairaiden kuntoutus", "team", unit.id)
    reach = services.measures.create_measure(
        team.id, "Ammattilaisen tavoittaa 5 minuutissa", unit="%", target=100
    )
    for weeks in range(8, -1, -1):
        services.measures.record_value(
            reach.id, team.id, today - dt.timedelta(weeks=weeks), 80 + weeks % 5, today=today
        )
    for score in (6, 7, 8, 9, 9):
        services.mood.record_mood_vote(team.id, score, day=today)
    problem = services.problems.create_problem(team.id, "S", "Nostolaite rikki käytävällä B")
    services.problems.escalate_problem(problem.id, problem.version, "Tarvitaan uusi")
    services.ideas.create_idea(team.id, "Lääkekärryn järjestys yhtenäiseksi", category="Q")
    services.safety.record_event(team.id, "fall", "harm", today)
    return {"team": team.id, "unit": unit.id, "area": area.id}


@pytest.fixture(params=list(SIZES))
def size(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[tuple[int, int]]:
    width, height, text = SIZES[request.param]
    before = QFont(qapp.font())
    use_bundled_font(qapp)  # DejaVu Sans, as the program runs: wider than most fonts
    if text != 1.0:
        bigger = QFont(qapp.font())
        bigger.setPointSizeF(bigger.pointSizeF() * text)
        qapp.setFont(bigger)
    yield width, height
    qapp.setFont(before)


def cut_texts(window: QWidget) -> list[str]:
    """Labels and buttons whose words do not fit the room they were given."""
    problems = []
    for label in window.findChildren(QLabel):
        text = label.text()
        if not label.isVisible() or not text or "<" in text or label.pixmap() is not None:
            continue
        if label.wordWrap():
            if label.height() < label.heightForWidth(label.width()):
                problems.append(f"label {text!r} cut at the bottom")
            continue
        metrics = QFontMetrics(label.font())
        widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
        if label.contentsRect().width() < widest:
            problems.append(f"label {text!r} cut ({label.contentsRect().width()} < {widest})")
    for button in window.findChildren(QAbstractButton):
        if not (isinstance(button, QPushButton | QCheckBox) and button.isVisible()):
            continue
        if not button.text():
            continue
        if button.width() < button.sizeHint().width():
            need = button.sizeHint().width()
            problems.append(f"button {button.text()!r} cut ({button.width()} < {need})")
    return problems


def shown(qtbot: QtBot, window: QWidget, width: int, height: int) -> None:
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(ops.idle, timeout=15000)
    qtbot.wait(50)  # layouts settle after the last read


def test_every_page_fits(
    qtbot: QtBot, services: Services, organisation: dict[str, int], size: tuple[int, int]
) -> None:
    width, height = size
    window = MainWindow(services)
    window.settings.setValue("desk/board", "OS4")
    shown(qtbot, window, width, height)
    hint = window.minimumSizeHint()
    assert hint.width() <= width and hint.height() <= height, hint
    assert (window.width(), window.height()) == (width, height)
    problems = []
    for board in ("team", "unit"):
        window.select_board(organisation[board])
        qtbot.waitUntil(lambda: ops.idle() and window.board_view.snapshot is not None)
        view = window.board_view
        for page in view.pages:
            view.show_page(page)
            qtbot.waitUntil(ops.idle, timeout=15000)
            qtbot.wait(50)
            sideways = window.board_scroll.horizontalScrollBar().maximum()
            if sideways:
                problems.append(f"{board} {page}: the board scrolls {sideways} px sideways")
            problems += [f"{board} {page}: {p}" for p in cut_texts(window)]
            name = f"{width}x{height}_{board}_{page}".replace(" ", "")
            window.grab().save(f"/tmp/desk_fits_{name}_{QApplication.font().pointSizeF()}.png")
    assert problems == [], "\n".join(problems)


def test_the_tree_shows_whole_names(
    qtbot: QtBot, services: Services, organisation: dict[str, int], size: tuple[int, int]
) -> None:
    window = MainWindow(services)
    shown(qtbot, window, *size)
    item = window.tree_item(organisation["team"])
    assert item is not None
    indent = window.tree.visualItemRect(item).left()
    needed = indent + QFontMetrics(window.tree.font()).horizontalAdvance(LONG_TEAM)
    assert window.tree.header().sectionSize(0) >= needed  # the column holds the whole name
    assert item.toolTip(0) == f"{LONG_TEAM} (OS4) — Tiimi"


DIALOGS: dict[str, Callable[[Services, dict[str, int]], QWidget]] = {
    "first start": lambda s, ids: FirstStartDialog(s),
    "new board": lambda s, ids: NewBoardDialog(s, ids["unit"]),
    "rename": lambda s, ids: RenameBoardDialog(s, s.boards.get(ids["team"]), "code"),
    "move": lambda s, ids: MoveBoardDialog(s, s.boards.get(ids["team"])),
    "value": lambda s, ids: MeasureValueDialog(s, ids["team"]),
    "goal": lambda s, ids: MeasureDialog(s, ids["team"]),
    "board settings": lambda s, ids: BoardSettingsDialog(s, s.boards.get(ids["team"])),
    "export pdf": lambda s, ids: ExportPdfDialog(s, s.boards.list_boards(), ids["team"]),
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_the_dialogs_fit(
    qtbot: QtBot,
    services: Services,
    organisation: dict[str, int],
    size: tuple[int, int],
    name: str,
) -> None:
    width, height = size
    dialog = DIALOGS[name](services, organisation)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(ops.idle, timeout=15000)
    dialog.adjustSize()  # the size it opens at, wrapped texts and all
    qtbot.wait(50)
    opened = dialog.size()
    # Its title bar and frame need room too.
    assert opened.width() <= width - FRAME and opened.height() <= height - FRAME, opened
    assert cut_texts(dialog) == []


def test_the_desk_remembers_board_size_and_splitter_and_fits_the_screen(
    qtbot: QtBot, services: Services, organisation: dict[str, int]
) -> None:
    first = MainWindow(services)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: bool(first.boards) and ops.idle(), timeout=15000)
    first.select_board(organisation["area"])
    qtbot.waitUntil(lambda: first.board_view.snapshot is not None and ops.idle())
    first.resize(700, 500)
    first.splitter.setSizes([300, 400])
    qtbot.wait(20)
    tree_width = first.splitter.sizes()[0]
    first.close()

    again = MainWindow(services)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.board_view.board_id is not None and ops.idle(), timeout=15000)
    assert again.board_view.board_id == organisation["area"]  # not the first team board
    assert (again.width(), again.height()) == (700, 500)
    assert again.splitter.sizes()[0] == tree_width
    again.resize(3000, 2000)  # bigger than the (offscreen, 800×800) screen
    again.close()

    fitted = MainWindow(services)
    qtbot.addWidget(fitted)
    screen = fitted.screen().availableGeometry()
    assert fitted.width() <= screen.width() and fitted.height() <= screen.height()
