"""Live boards: another screen's change shows within 2 s; an outage shows a banner, then heals."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from section_helpers import answered

from leanboard.services import Services, open_services
from leanboard.services.dto import BoardInfo
from leanboard.ui.board.view import BoardView
from leanboard.ui.common import theme
from leanboard.ui.common.live import LiveUpdates

WITHIN_MS = 2000


@pytest.fixture
def two_screens(db_url: str) -> Iterator[tuple[Services, Services]]:
    """Two independent Services on one database: this screen and another PC's."""
    here = open_services(db_url, actor="seinä@osasto")
    there = open_services(db_url, actor="esihenkilö@pc")
    yield here, there
    here.close()
    there.close()


def live_view(qtbot: QtBot, services: Services, board_id: int) -> tuple[BoardView, LiveUpdates]:
    live = LiveUpdates(services)
    view = BoardView(services, theme.DESK)
    qtbot.addWidget(view)
    live.changed.connect(view.on_changes)
    live.status.connect(view.set_live_status)
    view.set_board(board_id)
    answered(qtbot)
    view.show()
    return view, live


def test_another_screens_changes_show_within_two_seconds(
    qtbot: QtBot, two_screens: tuple[Services, Services]
) -> None:
    here, there = two_screens
    unit = there.boards.create_board("YKS", "Yksikkö", "unit")
    team = there.boards.create_board("OS1", "Osasto 1", "team", parent_id=unit.id)
    view, live = live_view(qtbot, here, team.id)
    try:
        assert view.snapshot is not None and view.snapshot.mood.today.figure.count == 0

        def shows(check: Callable[[], bool]) -> float:
            start = time.monotonic()
            qtbot.waitUntil(check, timeout=WITHIN_MS)
            return time.monotonic() - start

        there.mood.record_mood_vote(team.id, 7)
        shows(lambda: view.snapshot is not None and view.snapshot.mood.today.figure.count == 1)

        there.ideas.create_idea(team.id, "Kahvinkeitin taukotilaan")
        shows(lambda: any(i.title == "Kahvinkeitin taukotilaan" for i in view.snapshot.ideas))  # type: ignore[union-attr]

        there.safety.record_event(team.id, "fall", "harm")
        shows(lambda: view.snapshot.safety.days_since_harm == 0)  # type: ignore[union-attr]
        assert view.sections["safety"].grid.box_for(dt.date.today()).status == "harm"  # type: ignore[attr-defined]

        there.problems.create_problem(team.id, "D", "Sijaisia ei saada")
        shows(lambda: any(p.title == "Sijaisia ei saada" for p in view.snapshot.problems))  # type: ignore[union-attr]
    finally:
        live.close()


def test_changes_on_an_unrelated_board_do_not_redraw(
    qtbot: QtBot, two_screens: tuple[Services, Services]
) -> None:
    here, there = two_screens
    mine = there.boards.create_board("OS1", "Osasto 1", "team")
    other = there.boards.create_board("OS2", "Osasto 2", "team")
    view, live = live_view(qtbot, here, mine.id)
    try:
        seen: list[list[int | None]] = []
        live.changed.connect(seen.append)
        before = view.refresh_count
        there.mood.record_mood_vote(other.id, 9)
        qtbot.waitUntil(lambda: bool(seen), timeout=WITHIN_MS)
        assert seen[-1] == [other.id]
        assert view.refresh_count == before
        there.mood.record_mood_vote(mine.id, 9)
        qtbot.waitUntil(lambda: view.refresh_count > before, timeout=WITHIN_MS)
    finally:
        live.close()


def _move_database(path: Path, to: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            os.replace(source, Path(f"{to}{suffix}"))


def test_offline_banner_over_the_last_data_and_recovery(
    qtbot: QtBot, services: Services, board: BoardInfo, sqlite_url: str
) -> None:
    services.mood.record_mood_vote(board.id, 4)
    view, live = live_view(qtbot, services, board.id)
    try:
        assert not view.banner.isVisible()
        path = Path(sqlite_url.removeprefix("sqlite:///"))
        away = path.with_name("moved-away.db")
        _move_database(path, away)  # the share drops, the disk is unplugged …
        qtbot.waitUntil(lambda: view.banner.isVisible(), timeout=WITHIN_MS)
        text = view.banner.text()
        assert text.startswith("⚠ Ei yhteyttä tietokantaan klo ")
        assert text.endswith("alkaen — näytetään viimeisimmät tiedot")
        # The last data stays on the board.
        assert view.snapshot is not None and view.snapshot.mood.today.figure.count == 1
        assert view.sections["mood"].isVisible()
        _move_database(away, path)
        qtbot.waitUntil(lambda: not view.banner.isVisible(), timeout=5000)
        assert view.snapshot.mood.today.figure.count == 1
    finally:
        live.close()
