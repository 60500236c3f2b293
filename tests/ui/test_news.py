""" "Mitä uutta" on the wall after a logged huddle and a few changes (real SQLite, offscreen)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from leanboard.services import Services
from leanboard.services.dto import BoardInfo
from leanboard.store.models import Change, Huddle, Idea, Problem, utcnow
from leanboard.ui.board.view import BoardView
from leanboard.ui.common import theme
from leanboard.ui.huddle.panel import HuddlePanel
from leanboard.ui.ideas.panel import IdeasPanel
from leanboard.ui.news.card import NewsCard


def age_everything(services: Services) -> None:
    """What was written so far a day old, the huddle a second old (test set-up: the clock
    would give these times by waiting)."""
    day_ago = utcnow() - dt.timedelta(days=1)
    with services.db._write() as s:
        s.execute(update(Idea).values(created_at=day_ago, state_changed_at=day_ago))
        s.execute(update(Problem).values(created_at=day_ago))
        s.execute(update(Change).values(at=day_ago))
        s.execute(update(Huddle).values(held_at=utcnow() - dt.timedelta(seconds=1)))
        s.commit()


def test_news_lists_exactly_what_changed_and_opens_each_card(
    qtbot: QtBot,
    services: Services,
    board: BoardInfo,
    make_view: Callable[..., BoardView],
    settle: Callable[[], None],
) -> None:
    old = services.ideas.create_idea(board.id, "Lääkekärryn järjestys")
    services.huddles.log_huddle(board.id, 7)
    age_everything(services)
    services.ideas.create_idea(board.id, "Kiitos näkyviin")
    services.ideas.move_idea(old.id, old.version, "plan")
    services.problems.create_problem(board.id, "S", "Liukas lattia")

    wall = make_view(board.id, theme.WALL)
    qtbot.mouseClick(wall.news_button, Qt.MouseButton.LeftButton)
    settle()
    card = wall.news_card
    assert card is not None
    assert sorted(card.lines) == sorted(
        [
            "Uusi idea: Kiitos näkyviin",
            "Idea eteni Uudet → Suunnittele: Lääkekärryn järjestys",
            "Uusi ongelma (S Turvallisuus): Liukas lattia",
        ]
    )
    assert card.since_label.text().startswith("Edellinen palaveri ")
    # A tap on a line opens that idea's own card on the page where ideas are.
    moved = next(b for b in card.item_buttons if "Lääkekärryn" in b.title)
    qtbot.mouseClick(moved, Qt.MouseButton.LeftButton)
    ideas = wall.sections["ideas"]
    assert isinstance(ideas, IdeasPanel)
    assert ideas.card is not None
    assert wall.current_page == wall.page_of("ideas")
    ideas.card.reject()


def test_the_huddle_timer_start_opens_news_and_stale_work_comes_first(
    qtbot: QtBot,
    services: Services,
    board: BoardInfo,
    make_view: Callable[..., BoardView],
    settle: Callable[[], None],
) -> None:
    idea = services.ideas.create_idea(board.id, "Unohtunut idea")
    with services.db._write() as s:
        s.execute(
            update(Idea)
            .where(Idea.id == idea.id)
            .values(
                created_at=utcnow() - dt.timedelta(days=40),
                state_changed_at=utcnow() - dt.timedelta(days=40),
            )
        )
        s.commit()
    wall = make_view(board.id, theme.WALL)
    ideas = wall.sections["ideas"]
    assert isinstance(ideas, IdeasPanel)
    tile = ideas.tile_for(idea.id)
    assert tile is not None and "◔ ei edennyt" in tile.status  # marked on the wall

    huddle = wall.sections["huddle"]
    qtbot.mouseClick(huddle.start_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    settle()
    card = wall.news_card
    assert card is not None
    assert card.lines[0] == "◷ Idea ei ole edennyt 40 päivään: Unohtunut idea"
    card.reject()
    settle()

    # With the board's setting off, the timer starts without it.
    services.boards.update_settings(board.id, None, news_at_huddle_start=False)
    wall.refresh()
    settle()
    huddle.reset()  # type: ignore[attr-defined]
    qtbot.mouseClick(huddle.start_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    settle()
    assert wall.news_card is None


def test_news_opened_by_the_timer_leaves_it_usable_and_closes_when_the_huddle_is_logged(
    qtbot: QtBot,
    services: Services,
    board: BoardInfo,
    make_view: Callable[..., BoardView],
    settle: Callable[[], None],
) -> None:
    services.ideas.create_idea(board.id, "Kiitos näkyviin")
    wall = make_view(board.id, theme.WALL)
    huddle = wall.sections["huddle"]
    assert isinstance(huddle, HuddlePanel)
    qtbot.mouseClick(huddle.start_button, Qt.MouseButton.LeftButton)
    settle()
    card = wall.news_card
    assert card is not None and card.isVisible()
    # The team can still pause the timer or log the huddle with the news on the screen …
    assert card.windowModality() == Qt.WindowModality.NonModal
    assert not QApplication.activeModalWidget()
    qtbot.mouseClick(huddle.done_button, Qt.MouseButton.LeftButton)
    dialog = huddle.dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(huddle.changed, timeout=2000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle()
    # … and once it is logged, "since the previous huddle" is out of date: the card closes
    # (left open, it would hold the wall's pages from turning).
    assert wall.news_card is None
    assert not [c for c in wall.findChildren(NewsCard) if c.isVisible()]
    assert [h.attendance for h in services.view.snapshot(board.id).huddles_today] == [5]

    # Opened by a tap, it is a card like any other: over the board until closed.
    qtbot.mouseClick(wall.news_button, Qt.MouseButton.LeftButton)
    settle()
    tapped = wall.news_card
    assert tapped is not None and tapped.windowModality() == Qt.WindowModality.WindowModal
    tapped.reject()
    settle()

    # Started again and set back with "Alusta": closed too.
    qtbot.mouseClick(huddle.start_button, Qt.MouseButton.LeftButton)
    settle()
    assert wall.news_card is not None
    qtbot.mouseClick(huddle.reset_button, Qt.MouseButton.LeftButton)
    assert wall.news_card is None
