"""The screen never waits on the database: taps answer at once, writes run off the GUI thread,
and a write the database cannot take now is kept, shown, and written when it can."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot
from section_helpers import answered

from leanboard.services import Services
from leanboard.services.dto import BoardInfo
from leanboard.ui.board.view import BoardView
from leanboard.ui.common import ops, theme
from leanboard.ui.common.ops import Spinner
from leanboard.ui.mood.panel import MoodPanel


def mood_panel(view: BoardView) -> MoodPanel:
    panel = view.sections["mood"]
    assert isinstance(panel, MoodPanel)
    return panel


def tap_now(panel: MoodPanel, score: int) -> None:
    """A finger on a key, without waiting for what it starts (the test looks meanwhile)."""
    button = panel.buttons[score]
    button.click()


def test_a_vote_while_another_writer_holds_the_database(
    qtbot: QtBot,
    services: Services,
    sqlite_url: str,
    board: BoardInfo,
    make_view: Callable[..., BoardView],
) -> None:
    panel = mood_panel(make_view(board.id, theme.WALL))
    panel.lockout_ms = 60_000  # one tap, one vote: the rest stays locked through the test

    # Another PC's import holds SQLite's write lock (as BEGIN IMMEDIATE does) for a while.
    holder = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        tap_now(panel, 9)
        # The tap is received at once: pressed, a spinner, the keys locked, thanks shown.
        button = panel.buttons[9]
        assert button.isDown() and button.findChild(Spinner) is not None
        assert panel.locked and not panel.buttons[5].isEnabled()
        assert "Kiitos" in panel.status_label.text()
        tap_now(panel, 9)  # a second tap while the first waits is not a second vote
        tap_now(panel, 4)

        # The screen keeps working while the write waits for the lock.
        ticks: list[float] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(time.monotonic()))
        timer.start(20)
        qtbot.wait(1000)
        timer.stop()
        assert len(ticks) >= 10, "the GUI thread was blocked while the vote waited"
        assert not ops.idle()  # the vote is still on its way ...
        assert services.mood.summary(board.id).today.figure.count == 0  # ... not yet stored
    finally:
        holder.execute("COMMIT")
        holder.close()
    answered(qtbot)
    assert services.mood.summary(board.id).today.figure.count == 1  # stored once
    assert not panel.buttons[9].isDown() and panel.buttons[9].findChild(Spinner) is None
