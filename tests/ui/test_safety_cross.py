"""The safety cross: a box per day in a plus, today's events recorded in two touches."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from leanboard.services import Services
from leanboard.services.dto import BoardInfo
from leanboard.ui.board.view import BoardView
from leanboard.ui.safety.cross import CELLS, GRID, SafetyCrossView


def cross_of(view: BoardView) -> SafetyCrossView:
    cross = view.sections["safety"]
    assert isinstance(cross, SafetyCrossView)
    return cross


def record_on_today(
    qtbot: QtBot, cross: SafetyCrossView, today: dt.date, kind: str, sev: str
) -> None:
    box = cross.grid.box_for(today)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    dialog = cross.event_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.kind_buttons[kind], Qt.MouseButton.LeftButton)  # touch one
    button = dialog.harm_button if sev == "harm" else dialog.near_miss_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # touch two


def test_the_days_form_a_plus(
    qtbot: QtBot, board: BoardInfo, make_view: Callable[..., BoardView], today: dt.date
) -> None:
    assert len(CELLS) >= 31
    # Every cell is in the middle band or the middle columns: a plus, never a corner.
    assert all(2 <= r <= 4 or 2 <= c <= 4 for r, c in CELLS)
    assert {r for r, _ in CELLS} == set(range(GRID))
    cross = cross_of(make_view(board.id))
    days = calendar.monthrange(today.year, today.month)[1]
    shown = [b for b in cross.grid.boxes if b.isVisibleTo(cross)]
    assert len(shown) == days
    assert cross.grid.box_for(today).is_today
    for box in shown:
        assert box.day is not None
        if box.day.day > today:
            assert box.status is None and box.label() == ""  # the future is blank
        elif box.day.day < today:
            assert box.status == "none" and box.label() == "○"


def test_recording_a_fall_near_miss_turns_todays_box_amber_with_count(
    qtbot: QtBot,
    services: Services,
    board: BoardInfo,
    make_view: Callable[..., BoardView],
    today: dt.date,
) -> None:
    cross = cross_of(make_view(board.id))
    assert cross.grid.box_for(today).label() == "+"
    record_on_today(qtbot, cross, today, "fall", "near_miss")
    box = cross.grid.box_for(today)
    assert box.status == "near_miss"
    assert box.label() == "▲ 1"
    assert "läheltä piti" in box.describe()
    events = services.safety.events(board.id, today, today)
    assert [(e.kind_code, e.severity) for e in events] == [("fall", "near_miss")]
    assert cross.event_dialog is None or not cross.event_dialog.isVisible()


def test_recording_harm_turns_the_box_red_and_resets_the_counter(
    qtbot: QtBot,
    services: Services,
    board: BoardInfo,
    make_view: Callable[..., BoardView],
    today: dt.date,
) -> None:
    services.safety.record_event(
        board.id, "medication", "harm", day=today - dt.timedelta(days=12), today=today
    )
    cross = cross_of(make_view(board.id))
    assert cross.days_since_harm_text == "12 päivää edellisestä haittatapahtumasta"
    record_on_today(qtbot, cross, today, "fall", "harm")
    box = cross.grid.box_for(today)
    assert box.status == "harm"
    assert box.label() == "■ 1"
    assert cross.days_since_harm_text == "0 päivää edellisestä haittatapahtumasta"
    assert "0" in cross.since_label.text()


def test_a_board_without_harm_says_so(
    board: BoardInfo, make_view: Callable[..., BoardView]
) -> None:
    cross = cross_of(make_view(board.id))
    assert cross.days_since_harm_text == "Ei kirjattuja haittatapahtumia"


def test_only_todays_box_opens_the_chooser(
    qtbot: QtBot, board: BoardInfo, make_view: Callable[..., BoardView], today: dt.date
) -> None:
    cross = cross_of(make_view(board.id))
    other = next(b for b in cross.grid.boxes if b.day is not None and b.day.day != today)
    qtbot.mouseClick(other, Qt.MouseButton.LeftButton)
    assert cross.event_dialog is None


def test_cancel_stores_nothing(
    qtbot: QtBot,
    services: Services,
    board: BoardInfo,
    make_view: Callable[..., BoardView],
    today: dt.date,
) -> None:
    cross = cross_of(make_view(board.id))
    qtbot.mouseClick(cross.grid.box_for(today), Qt.MouseButton.LeftButton)
    dialog = cross.event_dialog
    assert dialog is not None
    dialog.reject()
    assert services.safety.events(board.id, today, today) == []
