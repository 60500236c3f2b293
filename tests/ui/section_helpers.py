"""Shared set-up for the board-section tests: a real SQLite file, a team under a unit board.

Test modules import the fixtures by their function names (org_fixture, no_dialogs_fixture);
pytest knows them as `org` and `no_dialogs`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pytestqt.qtbot import QtBot

from leanboard.services import Services, open_services
from leanboard.services.dto import BoardInfo
from leanboard.ui.common import ops

if TYPE_CHECKING:
    from leanboard.ui.wall.window import WallWindow


@dataclass
class Org:
    services: Services
    unit: BoardInfo
    team: BoardInfo


@pytest.fixture(name="org")
def org_fixture(tmp_path: Path) -> Iterator[Org]:
    services = open_services(f"sqlite:///{tmp_path}/t.db", actor="test@pytest")
    unit = services.boards.create_board("YKS", "Terveysasema Keskusta", "unit")
    team = services.boards.create_board("TIIMI", "Hoitajavastaanotto", "team", parent_id=unit.id)
    yield Org(services, unit, team)
    services.close()


@pytest.fixture(name="no_dialogs")
def no_dialogs_fixture(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Replace the message boxes; returns what would have been shown as (kind, title, text)."""
    from leanboard.ui.common import msgbox

    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(msgbox, "information", lambda _p, t, x: shown.append(("info", t, x)))
    monkeypatch.setattr(msgbox, "error", lambda _p, t, x: shown.append(("error", t, x)))
    monkeypatch.setattr(msgbox, "ask", lambda _p, t, x: shown.append(("ask", t, x)) or True)
    return shown


def answered(qtbot: QtBot) -> None:
    """Wait until the screen has answered what it started (its database work runs off the
    GUI thread): then assert what the person sees."""
    qtbot.waitUntil(ops.idle, timeout=15000)


def open_wall(qtbot: QtBot, services: Services, board_id: int, today: dt.date) -> WallWindow:
    """The wall of `board_id` at 1920×1080 on `today`, shown and with its board read."""
    from leanboard.ui.wall.window import WallWindow

    window = WallWindow(services, board_id, today=lambda: today)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    answered(qtbot)
    return window
