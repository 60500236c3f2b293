"""The mood panel as staff use it: tap a score, one tap one vote; the same thanks and the same
idea button for every score; figures only when the huddle shows the day's votes at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from leanboard.services import Services
from leanboard.services.dto import BoardInfo
from leanboard.store.models import MoodTally
from leanboard.ui.board.view import BoardView
from leanboard.ui.common import ops
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


def settled(qtbot: QtBot) -> None:
    """Writes and the re-read after them run off the GUI thread: wait until they reported."""
    qtbot.waitUntil(ops.idle, timeout=15000)


def vote(qtbot: QtBot, panel: MoodPanel, score: int) -> None:
    tap(qtbot, panel, score)
    qtbot.waitUntil(lambda: not panel.locked, timeout=2000)
    settled(qtbot)


def test_every_vote_gets_the_same_thanks_and_no_form_opens_by_itself(
    qtbot: QtBot, services: Services, board: BoardInfo, make_view: Callable[..., BoardView]
) -> None:
    """A form that opened after a low score only would tell the person beside the voter."""
    panel = mood_panel(make_view(board.id))
    panel.lockout_ms = 400  # long enough to read the thanks on a loaded machine
    said = []
    for score in (3, 9):
        tap(qtbot, panel, score)
        assert panel.idea_dialog is None
        said.append(panel.status_label.text())
        qtbot.waitUntil(lambda: not panel.locked, timeout=2000)
        settled(qtbot)
        assert panel.idea_dialog is None
    assert said[0] == said[1]
    assert "Kiitos vastauksestasi" in said[0] and "Alle 8? Kirjaa kehitysidea." in said[0]
    assert services.mood.summary(board.id).today.figure.count == 2


def test_the_idea_button_asks_for_an_idea_and_stores_it_as_mood_prompt(
    qtbot: QtBot, services: Services, board: BoardInfo, make_view: Callable[..., BoardView]
) -> None:
    panel = mood_panel(make_view(board.id))
    # The twelfth key beside 10, the same for everyone.
    assert panel.idea_button.isVisible() and panel.idea_button.text() == "Idea"
    assert panel.idea_button.accessibleName() == "Kirjaa kehitysidea"
    qtbot.mouseClick(panel.idea_button, Qt.MouseButton.LeftButton)
    dialog = panel.idea_dialog
    assert dialog is not None and dialog.isVisible()
    assert "Kirjaa kehitysidea!" in dialog.windowTitle()
    dialog.title_edit.insert("Lisää istumapaikkoja kansliaan")  # keyClicks cannot type ä
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settled(qtbot)
    assert ideas_of(services, board) == [("Lisää istumapaikkoja kansliaan", "mood_prompt")]
    assert panel.idea_dialog is None  # saved and closed


def test_skipping_the_idea_stores_no_idea(
    qtbot: QtBot, services: Services, board: BoardInfo, make_view: Callable[..., BoardView]
) -> None:
    panel = mood_panel(make_view(board.id))
    tap(qtbot, panel, 3)
    qtbot.mouseClick(panel.idea_button, Qt.MouseButton.LeftButton)
    assert panel.idea_dialog is not None
    qtbot.mouseClick(panel.idea_dialog.skip_button, Qt.MouseButton.LeftButton)
    settled(qtbot)
    assert ideas_of(services, board) == []
    assert services.mood.summary(board.id).today.figure.count == 1  # the vote itself counts


def test_identity_code_in_the_idea_is_refused_at_the_field_and_the_text_kept(
    qtbot: QtBot, services: Services, board: BoardInfo, make_view: Callable[..., BoardView]
) -> None:
    panel = mood_panel(make_view(board.id))
    qtbot.mouseClick(panel.idea_button, Qt.MouseButton.LeftButton)
    dialog = panel.idea_dialog
    assert dialog is not None
    typed = "Potilas 010594Y9032 kaatui käytävällä"
    dialog.title_edit.insert(typed)  # keyClicks cannot type ä
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settled(qtbot)
    assert dialog.isVisible()
    assert dialog.error_label.isVisibleTo(dialog)
    assert "henkilötunnus" in dialog.error_label.text()
    assert dialog.title_edit.text() == typed
    assert ideas_of(services, board) == []


def test_votes_show_only_a_count_until_the_huddle_shows_them_all_at_once(
    qtbot: QtBot, services: Services, board: BoardInfo, make_view: Callable[..., BoardView]
) -> None:
    view = make_view(board.id)
    panel = mood_panel(view)
    panel.lockout_ms = 20
    for score in (8, 9, 10, 8):
        vote(qtbot, panel, score)
    assert not panel.figures_shown
    assert panel.today_label.text() == "Tänään 4 ääntä annettu."
    assert not panel.release_button.isEnabled()
    assert panel.release_button.text() == "Näytä päivän fiilis (4/5)"
    assert panel.reason_label.isVisible()
    assert panel.reason_label.text() == (
        "Näytetään kerralla palaverissa tai päivän päätyttyä — yksittäistä vastausta ei voi "
        "päätellä"
    )
    vote(qtbot, panel, 7)
    # Five votes: still only the count, whatever the watcher of the screen hoped for.
    assert not panel.figures_shown and panel.today_label.text() == "Tänään 5 ääntä annettu."
    assert "keskiarvo" not in panel.today_label.text()
    assert panel.release_button.isEnabled()
    assert panel.release_button.text() == "Näytä päivän fiilis"
    qtbot.mouseClick(panel.release_button, Qt.MouseButton.LeftButton)
    settled(qtbot)
    assert panel.figures_shown
    assert panel.bars.distribution == (0, 0, 0, 0, 0, 0, 0, 1, 2, 1, 1)
    assert panel.today_label.text() == "Tänään 5 vastausta · keskiarvo 8,4"
    assert not panel.reason_label.isVisible()
    assert not panel.release_button.isVisible()  # shown: back only when there is more
    today_cell = panel.week_cells[view.snapshot.today.weekday()]  # type: ignore[union-attr]
    assert "8,4" in today_cell.text()
    # A late vote changes no figure: it is counted and waits for five more of its kind.
    vote(qtbot, panel, 2)
    assert panel.bars.distribution == (0, 0, 0, 0, 0, 0, 0, 1, 2, 1, 1)
    assert panel.today_label.text() == "Tänään 5 vastausta · keskiarvo 8,4 · 1 uutta ääntä"
    assert not panel.release_button.isVisible()  # one new vote is no group to show
    assert "8,4" in today_cell.text()
    view.grab().save("/tmp/test_mood_released.png")


@pytest.mark.parametrize("today", [dt.date(2026, 11, 25)])  # a Wednesday
def test_a_past_day_with_too_few_votes_says_why_it_is_hidden(
    qtbot: QtBot,
    services: Services,
    board: BoardInfo,
    make_view: Callable[..., BoardView],
    today: dt.date,
) -> None:
    for score in (9, 4, 7):
        services.mood.record_mood_vote(board.id, score, today - dt.timedelta(days=1))
    panel = mood_panel(make_view(board.id))
    tuesday = panel.week_cells[1]
    assert tuesday.text() == "ti\n– (3)"
    reason = "Piilotettu: alle 5 vastausta — yksittäistä vastausta ei voi päätellä"
    assert tuesday.toolTip() == reason
    assert panel.reason_label.isVisible() and panel.reason_label.text() == reason


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
    settled(qtbot)
    assert services.mood.summary(board.id).today.figure.count == 1
    qtbot.waitUntil(lambda: panel.buttons[9].isEnabled(), timeout=2000)
    tap(qtbot, panel, 9)
    settled(qtbot)
    assert services.mood.summary(board.id).today.figure.count == 2


def test_buttons_are_touch_sized_on_the_wall(
    qtbot: QtBot, board: BoardInfo, make_view: Callable[..., BoardView]
) -> None:
    from leanboard.ui.common import theme

    panel = mood_panel(make_view(board.id, theme.WALL))
    assert [b.text() for b in panel.buttons] == [str(n) for n in range(11)]
    assert all(b.minimumHeight() >= 64 and b.minimumWidth() >= 64 for b in panel.buttons)
    assert panel.idea_button.height() >= 64 and panel.release_button.height() >= 64


def test_a_vote_is_taken_back_with_kumoa_during_its_rest_only(
    qtbot: QtBot, services: Services, board: BoardInfo, make_view: Callable[..., BoardView]
) -> None:
    panel = mood_panel(make_view(board.id))
    panel.lockout_ms = 3000
    tap(qtbot, panel, 9)
    assert services.mood.summary(board.id).today.figure.count == 1
    bar = undo_bar_for(panel)
    # Never the score: the voter is not alone in the corridor.
    assert bar.offering and bar.text_label.text() == "✔ Ääni annettu."
    assert bar.seconds_left() <= 3  # the rest, not the usual ten seconds: then someone else
    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.locked, timeout=2000)  # vote again, the score meant
    assert services.mood.summary(board.id).today.figure.count == 0
    tap(qtbot, panel, 8)
    assert services.mood.summary(board.id).today.figure.distribution is None  # 1 < group
    with services.db.read() as s:
        counted = s.execute(sa.select(MoodTally.score, MoodTally.votes).where(MoodTally.votes > 0))
        assert [tuple(row) for row in counted] == [(8, 1)]
    qtbot.waitUntil(lambda: not panel.locked, timeout=4000)
    assert not bar.offering  # the rest is over: nobody can take back this vote now


def test_a_vote_below_eight_can_be_taken_back_after_the_idea_form(
    qtbot: QtBot, services: Services, board: BoardInfo, make_view: Callable[..., BoardView]
) -> None:
    panel = mood_panel(make_view(board.id))
    tap(qtbot, panel, 3)
    qtbot.mouseClick(panel.idea_button, Qt.MouseButton.LeftButton)  # "Alle 8? Kirjaa…"
    dialog = panel.idea_dialog
    assert dialog is not None
    qtbot.wait(100)
    assert panel.locked  # the rest lasts while the form is open
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    bar = undo_bar_for(panel)
    assert bar.offering and bar.text_label.text() == "✔ Ääni annettu."
    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: services.mood.summary(board.id).today.figure.count == 0, timeout=2000)


@pytest.mark.parametrize("today", [dt.date(2026, 11, 29)])  # a Sunday: seven day cells
@pytest.mark.parametrize("released", [True, False], ids=["released", "waiting"])
def test_the_fullest_panel_fits_the_wall_column(
    qtbot: QtBot,
    services: Services,
    board: BoardInfo,
    make_view: Callable[..., BoardView],
    today: dt.date,
    released: bool,
) -> None:
    """Every line there can be at once — a hidden day's reason, today's waiting or its bars
    and a late vote — in the wall's narrow column at 1920×1080: no key over another, no
    text cut, everything at wall size."""
    from PySide6.QtWidgets import QLabel

    from leanboard.ui.common import theme

    for offset in range(6, 0, -1):
        scores = [8, 6, 9] if offset == 5 else [8, 6, 9, 7, 10]  # Tuesday: too few
        for score in scores:
            services.mood.record_mood_vote(board.id, score, today - dt.timedelta(days=offset))
    for score in (8, 6, 9, 7, 10) if released else (8, 6, 9, 7):
        services.mood.record_mood_vote(board.id, score, today)
    if released:
        services.mood.release_day(board.id, today)
        services.mood.record_mood_vote(board.id, 3, today)  # late: waits
    view = make_view(board.id, theme.WALL)
    view.resize(1920, 1080)
    settled(qtbot)
    qtbot.wait(50)
    panel = mood_panel(view)
    keys = [*panel.buttons, panel.idea_button, panel.release_button]
    keys = [k for k in keys if k.isVisible()]
    assert [
        (a.text(), b.text())
        for i, a in enumerate(keys)
        for b in keys[i + 1 :]
        if a.geometry().intersects(b.geometry())
    ] == []
    assert all(k.height() >= 64 and k.width() >= 64 for k in keys)
    for label in panel.findChildren(QLabel):
        if label.isVisible() and label.text():
            assert label.font().pixelSize() >= 24, label.text()
            if label.wordWrap():
                assert label.height() >= label.heightForWidth(label.width()), label.text()
    assert panel.reason_label.isVisible()
    assert panel.figures_shown is released
    view.grab().save(f"/tmp/i15-mood-fullest-{'released' if released else 'waiting'}.png")
