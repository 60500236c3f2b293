"""The mood panel as staff use it: tap a score, log an idea when below 8, one tap one vote."""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from leanboard.services import Services
from leanboard.services.dto import BoardInfo
from leanboard.store.models import MoodVote
from leanboard.ui.board.view import BoardView
from leanboard.ui.common.undo import undo_bar_for
from leanboard.ui.mood.panel import MoodPanel


def mood_panel(view: BoardView) -> MoodPanel:
    panel = view.sections["mood"]
    assert isinstance(panel, MoodPanel)
    return panel


def tap(qtbot: QtBot, panel: MoodPanel, score: int) -> None:
    qtbot.mouseClick(panel.buttons[score], Qt.MouseButton.LeftButton)


def ideas_of(services: Services, board: BoardInfo) -> list[tuple[str, str]]:
    return [(i.title, i.origin) for i in services.ideas.list_ideas(board.id)]


def test_vote_below_eight_asks_for_an_idea_and_stores_it_as_mood_prompt(
    qtbot: QtBot, services: Services, board: BoardInfo, make_view: Callable[..., BoardView]
) -> None:
    panel = mood_panel(make_view(board.id))
    tap(qtbot, panel, 6)
    dialog = panel.idea_dialog
    assert dialog is not None and dialog.isVisible()
    assert "Kirjaa kehitysidea!" in dialog.windowTitle()
    dialog.title_edit.insert("Lisää istumapaikkoja kansliaan")  # keyClicks cannot type ä
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert ideas_of(services, board) == [("Lisää istumapaikkoja kansliaan", "mood_prompt")]
    assert panel.idea_dialog is None  # saved and closed
    assert services.mood.summary(board.id).today.figure.count == 1


def test_vote_of_nine_thanks_and_asks_nothing(
    qtbot: QtBot, services: Services, board: BoardInfo, make_view: Callable[..., BoardView]
) -> None:
    panel = mood_panel(make_view(board.id))
    tap(qtbot, panel, 9)
    assert panel.idea_dialog is None
    assert "Kiitos vastauksestasi" in panel.status_label.text()
    assert services.mood.summary(board.id).today.figure.count == 1
    assert ideas_of(services, board) == []


def test_skipping_the_idea_stores_no_idea(
    qtbot: QtBot, services: Services, board: BoardInfo, make_view: Callable[..., BoardView]
) -> None:
    panel = mood_panel(make_view(board.id))
    tap(qtbot, panel, 3)
    assert panel.idea_dialog is not None
    qtbot.mouseClick(panel.idea_dialog.skip_button, Qt.MouseButton.LeftButton)
    assert ideas_of(services, board) == []
    assert services.mood.summary(board.id).today.figure.count == 1  # the vote itself counts


def test_identity_code_in_the_idea_is_refused_at_the_field_and_the_text_kept(
    qtbot: QtBot, services: Services, board: BoardInfo, make_view: Callable[..., BoardView]
) -> None:
    panel = mood_panel(make_view(board.id))
    tap(qtbot, panel, 5)
    dialog = panel.idea_dialog
    assert dialog is not None
    typed = "Potilas 010594Y9032 kaatui käytävällä"
    dialog.title_edit.insert(typed)  # keyClicks cannot type ä
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.isVisibleTo(dialog)
    assert "henkilötunnus" in dialog.error_label.text()
    assert dialog.title_edit.text() == typed
    assert ideas_of(services, board) == []


def test_four_votes_show_no_figures_and_the_fifth_shows_them(
    qtbot: QtBot, services: Services, board: BoardInfo, make_view: Callable[..., BoardView]
) -> None:
    view = make_view(board.id)
    panel = mood_panel(view)
    panel.lockout_ms = 20
    for score in (8, 9, 10, 8):
        tap(qtbot, panel, score)
        qtbot.waitUntil(lambda: not panel.locked, timeout=2000)
    assert not panel.figures_shown
    assert "liian vähän vastauksia (4/5)" in panel.today_label.text()
    assert "keskiarvo" not in panel.today_label.text()
    tap(qtbot, panel, 10)
    assert panel.figures_shown
    assert panel.bars.distribution == (0, 0, 0, 0, 0, 0, 0, 0, 2, 1, 2)
    assert "5 vastausta" in panel.today_label.text()
    assert "keskiarvo 9,0" in panel.today_label.text()
    today_cell = panel.week_cells[view.snapshot.today.weekday()]  # type: ignore[union-attr]
    assert "9,0" in today_cell.text()


def test_lockout_makes_one_tap_one_vote(
    qtbot: QtBot, services: Services, board: BoardInfo, make_view: Callable[..., BoardView]
) -> None:
    panel = mood_panel(make_view(board.id))
    panel.lockout_ms = 300
    tap(qtbot, panel, 9)
    assert panel.locked
    assert not panel.buttons[9].isEnabled()
    assert "Seuraava ääni" in panel.status_label.text()
    tap(qtbot, panel, 9)
    panel.vote(9)  # even a programmatic second vote is refused while locked
    assert services.mood.summary(board.id).today.figure.count == 1
    qtbot.waitUntil(lambda: panel.buttons[9].isEnabled(), timeout=2000)
    tap(qtbot, panel, 9)
    assert services.mood.summary(board.id).today.figure.count == 2


def test_buttons_are_touch_sized_on_the_wall(
    qtbot: QtBot, board: BoardInfo, make_view: Callable[..., BoardView]
) -> None:
    from leanboard.ui.common import theme

    panel = mood_panel(make_view(board.id, theme.WALL))
    assert [b.text() for b in panel.buttons] == [str(n) for n in range(11)]
    assert all(b.minimumHeight() >= 64 and b.minimumWidth() >= 64 for b in panel.buttons)


def test_a_vote_is_taken_back_with_kumoa_during_its_rest_only(
    qtbot: QtBot, services: Services, board: BoardInfo, make_view: Callable[..., BoardView]
) -> None:
    panel = mood_panel(make_view(board.id))
    panel.lockout_ms = 3000
    tap(qtbot, panel, 9)
    assert services.mood.summary(board.id).today.figure.count == 1
    bar = undo_bar_for(panel)
    assert bar.offering and bar.text_label.text() == "✔ Ääni 9 annettu."
    assert bar.seconds_left() <= 3  # the rest, not the usual ten seconds: then someone else
    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.locked, timeout=2000)  # vote again, the score meant
    assert services.mood.summary(board.id).today.figure.count == 0
    tap(qtbot, panel, 8)
    assert services.mood.summary(board.id).today.figure.distribution is None  # 1 < group
    with services.db.read() as s:
        assert list(s.scalars(sa.select(MoodVote.score))) == [8]
    qtbot.waitUntil(lambda: not panel.locked, timeout=4000)
    assert not bar.offering  # the rest is over: nobody can take back this vote now


def test_a_vote_below_eight_can_be_taken_back_after_the_idea_form(
    qtbot: QtBot, services: Services, board: BoardInfo, make_view: Callable[..., BoardView]
) -> None:
    panel = mood_panel(make_view(board.id))
    tap(qtbot, panel, 3)
    dialog = panel.idea_dialog
    assert dialog is not None
    qtbot.wait(100)
    assert panel.locked  # the rest lasts while the form is open
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    bar = undo_bar_for(panel)
    assert bar.offering and bar.text_label.text() == "✔ Ääni 3 annettu."
    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: services.mood.summary(board.id).today.figure.count == 0, timeout=2000)
