"""The wall board in Finnish, Swedish and English at 1920×1080 on the small demo: every page
passes the same "nothing cut, readable from 3 m, nothing hidden silently" checks as in Finnish
(test_board_pages) — on the richest team and on the team of the demo's longest names — and
the translation really is in use (the tab reads "Idag", the header "v. 48")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import test_board_pages as board_pages  # the checks of the Finnish pages, reused as they are
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

if TYPE_CHECKING:
    from tests.ui.conftest import MessageBoxes

from section_helpers import answered

from leanboard import config, i18n
from leanboard.app import install_translations
from leanboard.services import Services
from leanboard.ui.desk.language_menu import MENU_TITLE
from leanboard.ui.desk.main_window import MainWindow
from leanboard.ui.goals.panel import GoalsPanel
from leanboard.ui.wall.window import WallWindow

ROOT = Path(__file__).resolve().parents[2]
TABS = {
    "fi": ["Tänään", "Tavoitteet", "Kehittäminen"],
    "sv": ["Idag", "Mål", "Utveckling"],
    "en": ["Today", "Goals", "Improvement"],
}
WEEK_WORD = {"fi": "vk", "sv": "v.", "en": "wk"}

demo_url = board_pages.demo_url
demo = board_pages.demo


@pytest.fixture(params=list(TABS))
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    """The installed .qm of the language (tests/unit/test_built_data.py: never a stale one)."""
    lang: str = request.param
    app = QCoreApplication.instance()
    translator = QTranslator()
    assert translator.load(str(i18n.qm_file(lang)))
    assert app is not None
    app.installTranslator(translator)
    i18n.set_language(lang)
    yield lang
    app.removeTranslator(translator)
    i18n.set_language("fi")


@pytest.fixture
def wall(qtbot: QtBot, demo: Services, language: str) -> Iterator[WallWindow]:
    window = board_pages.open_wall(qtbot, demo, board_pages.richest_team(demo))
    yield window
    window.leave()


@pytest.mark.parametrize("page", board_pages.PAGES)
def test_every_page_fits_in_each_language(
    qtbot: QtBot, wall: WallWindow, language: str, page: str
) -> None:
    view = wall.board_view
    assert [view.tabs[k].text() for k in board_pages.PAGES] == TABS[language]
    board_pages.test_every_page_reads_from_three_metres(qtbot, wall, page)
    wall.grab().save(f"/tmp/test_wall_{language}_{page}.png")
    texts = " ".join(label.text() for label in wall.findChildren(QLabel) if label.isVisible())
    assert f"{WEEK_WORD[language]} " in texts
    separator = ":" if language == "en" else "."  # the header clock: 08.05 / 08:05
    assert re.search(rf"\b\d\d{re.escape(separator)}\d\d\b", texts)


def test_every_teams_goals_fit_two_rows_in_each_language(
    qtbot: QtBot, wall: WallWindow, demo: Services, language: str
) -> None:
    """Every team of the demo, not only the richest: its goal cards whole on the page (no
    scrolling), each chart at least 180 px high and every line in body type."""
    view = wall.board_view
    teams = [b for b in demo.boards.list_boards() if b.kind == "team"]
    assert len(teams) >= 8
    for team in teams:
        view.set_board(team.id)
        answered(qtbot)
        view.show_page("goals")
        board_pages.settle(qtbot)
        goals = view.sections["goals"]
        assert isinstance(goals, GoalsPanel)
        assert goals.cards, team.code
        assert goals.scroll_area.verticalScrollBar().maximum() == 0, team.code
        for card in goals.cards.values():
            assert card.chart.plot.height() >= 180, (team.code, card.name_label.text())
            for label in card.findChildren(QLabel):
                if label.isVisibleTo(card) and label.text():
                    assert label.font().pixelSize() >= board_pages.WALL_BODY_PX, label.text()


@pytest.mark.parametrize("page", board_pages.PAGES)
def test_the_longest_names_fit_in_each_language(
    qtbot: QtBot, demo: Services, language: str, page: str
) -> None:
    wall = board_pages.open_wall(qtbot, demo, board_pages.longest_team(demo))
    try:
        wall.board_view.show_page(page)
        board_pages.settle(qtbot)
        wall.grab().save(f"/tmp/test_wall_longest_{language}_{page}.png")
        assert board_pages.readability_problems(wall) == []
    finally:
        wall.leave()


def test_a_unit_boards_pages_fit_in_each_language(
    qtbot: QtBot, demo: Services, language: str
) -> None:
    units = [b for b in demo.boards.list_boards() if b.kind == "unit"]
    unit = max(units, key=lambda b: len(demo.boards.children(b.id)))
    wall = board_pages.open_wall(qtbot, demo, unit.id)
    try:
        for page in ["below", "today"]:
            wall.board_view.show_page(page)
            board_pages.settle(qtbot)
            wall.grab().save(f"/tmp/test_wall_unit_{language}_{page}.png")
            assert board_pages.readability_problems(wall) == []
    finally:
        wall.leave()


@pytest.mark.parametrize("language", ["sv"], indirect=True)
def test_swedish_words_are_shown(qtbot: QtBot, wall: WallWindow, language: str) -> None:
    wall.board_view.show_page("today")
    board_pages.settle(qtbot)
    texts = " ".join(label.text() for label in wall.findChildren(QLabel) if label.isVisible())
    for word in ("Personalens stämning", "Säkerhetskors", "Säkerhet", "Tillgänglighet"):
        assert word in texts
    assert "Turvallisuusristi" not in texts


def test_the_app_installs_ours_and_qts_own(qapp: object) -> None:
    """make_application's hook: qtbase_sv gives Qt's own buttons in Swedish."""
    app = QCoreApplication.instance()
    assert app is not None
    try:
        install_translations(app, "sv")  # type: ignore[arg-type]
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
        install_translations(app, "fi")  # type: ignore[arg-type]
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Peru"
    finally:
        install_translations(app, "fi")  # type: ignore[arg-type]


@pytest.fixture
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's settings file of the test's own: the real one is never touched."""
    path = tmp_path / "user" / "leanboard.toml"
    monkeypatch.setenv(config.USER_FILE_ENV, str(path))
    return path


def test_the_language_menu_saves_the_choice_for_the_next_start(
    qtbot: QtBot, services: Services, settings_file: Path, messages: MessageBoxes
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert MENU_TITLE in menus
    actions = {a.text(): a for a in window.language_actions.actions()}
    assert list(actions) == ["Suomi", "Svenska", "English"]
    assert actions["Suomi"].isChecked()

    actions["Svenska"].trigger()
    assert settings_file.read_text(encoding="utf-8") == 'language = "sv"\n'
    settings = config.load()  # the next start, without --lang
    assert (settings.language, settings["language"].level) == ("sv", config.USER)
    assert settings.with_command_line(language="en").language == "en"  # --lang wins
    assert messages.texts() == ["Språket byts när LeanBoard startas nästa gång."]
    assert actions["Svenska"].isChecked() and not actions["Suomi"].isChecked()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fi", ["ke 25.11.2026 · vk 48", "marraskuu 2026", "1\u00a0234,5"]),
        ("sv", ["ons 25.11.2026 · v. 48", "november 2026", "1\u00a0234,5"]),
        ("en", ["Wed 25/11/2026 · wk 48", "November 2026", "1,234.5"]),
    ],
)
def test_board_formats_follow_the_language(lang: str, expected: list[str]) -> None:
    """ui/fmt through the QLocale of the chosen language (standalone month names)."""
    from leanboard.ui.common import fmt

    i18n.set_language(lang)
    try:
        day = dt.date(2026, 11, 25)
        assert [fmt.board_date(day), fmt.month_year(2026, 11), fmt.number(1234.5, 1)] == expected
    finally:
        i18n.set_language("fi")
