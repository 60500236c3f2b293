"""UI fixtures: real SQLite files through the services, message boxes replaced, offscreen Qt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from leanboard.services import Services, open_services
from leanboard.services.dto import BoardInfo
from leanboard.ui.board.view import BoardView
from leanboard.ui.common import msgbox, ops, theme


@dataclass
class MessageBoxes:
    """What the message boxes would have shown; `answer` is what ask() replies."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)
    answer: bool = True
    retry: bool = False  # what "Yritä uudelleen / Peruuta" replies
    offered: list[str] = field(default_factory=list)  # the next steps offered ("Avaa PDF")

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.shown if kind is None or k == kind]


@pytest.fixture(autouse=True)
def messages(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    """No modal box ever blocks a test: each call is recorded instead."""
    boxes = MessageBoxes()

    def record(kind: str) -> Callable[[object, str, str], None]:
        def show(_parent: object, title: str, text: str) -> None:
            boxes.shown.append((kind, title, text))

        return show

    def ask(_parent: object, title: str, text: str) -> bool:
        boxes.shown.append(("ask", title, text))
        return boxes.answer

    monkeypatch.setattr(msgbox, "information", record("information"))
    monkeypatch.setattr(msgbox, "error", record("error"))

    def retry(_parent: object, title: str, text: str) -> bool:
        boxes.shown.append(("retry", title, text))
        return boxes.retry

    def offer(_parent: object, title: str, text: str, action: str) -> bool:
        boxes.shown.append(("offer", title, text))
        boxes.offered.append(action)
        return boxes.answer

    monkeypatch.setattr(msgbox, "ask", ask)
    monkeypatch.setattr(msgbox, "retry", retry)
    monkeypatch.setattr(msgbox, "offer", offer)
    return boxes


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path) -> Iterator[Path]:
    """QSettings (the desk's last board, window size, language) in a folder of the test's own:
    the user's real settings are never read or touched, and no test sees another's."""
    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


@pytest.fixture
def settle(qtbot: QtBot) -> Callable[[], None]:
    """Wait until every database operation started by the UI has finished and reported."""

    def wait() -> None:
        qtbot.waitUntil(ops.idle, timeout=15000)

    return wait


@pytest.fixture(autouse=True)
def _input_then_settle(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    """A tap or a key is followed by what it started: tests then assert what the person sees
    once the screen has answered (that it never waits is proven in test_operations.py)."""
    for name in ("mouseClick", "mouseDClick", "mouseRelease", "keyClick", "keyClicks"):
        original = QtBot.__dict__[name].__func__  # QtBot's input methods are static

        def settled(*args: object, _original: Any = original, **kwargs: object) -> None:
            _original(*args, **kwargs)
            qtbot.waitUntil(ops.idle, timeout=15000)

        monkeypatch.setattr(QtBot, name, staticmethod(settled))
    for name in ("mouseClick", "mouseDClick", "mouseRelease", "keyClick", "keyClicks"):
        direct = getattr(QTest, name)

        def settled_direct(*args: object, _original: Any = direct, **kwargs: object) -> None:
            _original(*args, **kwargs)
            qtbot.waitUntil(ops.idle, timeout=15000)

        monkeypatch.setattr(QTest, name, settled_direct)


@pytest.fixture(autouse=True)
def _no_operation_left_behind(qtbot: QtBot) -> Iterator[None]:
    """A test ends only after its widgets' database work has reported (no stray threads)."""
    yield
    qtbot.waitUntil(ops.idle, timeout=15000)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'board.db'}"


@pytest.fixture
def services(sqlite_url: str) -> Iterator[Services]:
    opened = open_services(sqlite_url, actor="test@pytest")
    yield opened
    opened.close()


@pytest.fixture
def board(services: Services) -> BoardInfo:
    """One team board under a unit, with no data yet."""
    unit = services.boards.create_board("YKS", "Kotihoidon yksikkö", "unit")
    return services.boards.create_board("OS3", "Osasto 3 – Päivystys", "team", parent_id=unit.id)


@pytest.fixture
def today() -> dt.date:
    return dt.date.today()


@pytest.fixture
def make_view(qtbot: QtBot, services: Services, today: dt.date) -> Callable[..., BoardView]:
    views: list[BoardView] = []  # qtbot holds widgets weakly; the test needs them alive

    def make(
        board_id: int, scale: theme.Scale = theme.DESK, svc: Services | None = None
    ) -> BoardView:
        view = BoardView(svc or services, scale, today=lambda: today)
        qtbot.addWidget(view)
        view.resize(1600, 1000)
        view.set_board(board_id)
        view.show()
        views.append(view)
        qtbot.waitUntil(lambda: view.snapshot is not None and ops.idle(), timeout=15000)
        return view

    return make
