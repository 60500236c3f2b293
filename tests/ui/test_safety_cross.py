"""The safety cross: a box per day in a plus; any day of the month up to today opens its card,
where one tap records an event (two from the board), the day's events are listed, and a
mis-tap is taken back with "Kumoa" or "Poista" — later removals need the leader's PIN."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterator

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from section_helpers import answered

from leanboard.services import Services
from leanboard.services.dto import BoardInfo
from leanboard.store.models import Board, Change
from leanboard.ui.board.view import BoardView
from leanboard.ui.common.undo import undo_bar_for
from leanboard.ui.safety.cross import CELLS, GRID, SafetyCrossView
from leanboard.ui.safety.event_card import SafetyDayCard
from leanboard.ui.wall.window import WallWindow

TODAY = dt.date(2026, 11, 25)  # a Wednesday; the board has existed since the start of the year
YESTERDAY = TODAY - dt.timedelta(days=1)


@pytest.fixture
def today() -> dt.date:
    return TODAY


def backdate(services: Services, board_id: int, day: dt.date) -> None:
    """The board was made on `day` (the service always stamps now)."""
    with services.db.engine.begin() as conn:
        conn.execute(
            sa.update(Board)
            .where(Board.id == board_id)
            .values(created_at=dt.datetime.combine(day, dt.time(10)))
        )


@pytest.fixture
def old_board(services: Services, board: BoardInfo) -> BoardInfo:
    backdate(services, board.id, dt.date(2026, 1, 1))
    return board


def cross_of(view: BoardView) -> SafetyCrossView:
    cross = view.sections["safety"]
    assert isinstance(cross, SafetyCrossView)
    return cross


def open_day(qtbot: QtBot, cross: SafetyCrossView, day: dt.date) -> SafetyDayCard:
    qtbot.mouseClick(cross.grid.box_for(day), Qt.MouseButton.LeftButton)  # tap one
    card = cross.event_dialog
    assert card is not None and card.isVisible()
    return card


def record(qtbot: QtBot, cross: SafetyCrossView, day: dt.date, kind: str, sev: str) -> None:
    card = open_day(qtbot, cross, day)
    qtbot.mouseClick(card.buttons[(kind, sev)], Qt.MouseButton.LeftButton)  # tap two


def test_the_days_form_a_plus(
    qtbot: QtBot, old_board: BoardInfo, make_view: Callable[..., BoardView]
) -> None:
    assert len(CELLS) >= 31
    # Every cell is in the middle band or the middle columns: a plus, never a corner.
    assert all(2 <= r <= 4 or 2 <= c <= 4 for r, c in CELLS)
    assert {r for r, _ in CELLS} == set(range(GRID))
    cross = cross_of(make_view(old_board.id))
    days = calendar.monthrange(TODAY.year, TODAY.month)[1]
    shown = [b for b in cross.grid.boxes if b.isVisibleTo(cross)]
    assert len(shown) == days
    assert cross.grid.box_for(TODAY).is_today
    for box in shown:
        assert box.day is not None
        if box.day.day > TODAY:
            assert box.status is None and box.label() == "" and not box.tappable  # blank
        elif box.day.day < TODAY:
            assert box.status == "none" and box.label() == "○" and box.tappable


def test_days_before_the_board_existed_are_not_painted(
    qtbot: QtBot, services: Services, board: BoardInfo, make_view: Callable[..., BoardView]
) -> None:
    backdate(services, board.id, dt.date(2026, 11, 20))
    cross = cross_of(make_view(board.id))
    before = cross.grid.box_for(dt.date(2026, 11, 19))
    first = cross.grid.box_for(dt.date(2026, 11, 20))
    assert before.status is None and before.label() == "" and not before.tappable
    assert first.status == "none" and first.label() == "○" and first.tappable
    qtbot.mouseClick(before, Qt.MouseButton.LeftButton)
    assert cross.event_dialog is None


def test_a_fall_on_yesterday_in_two_taps_turns_its_box_amber(
    qtbot: QtBot,
    services: Services,
    old_board: BoardInfo,
    make_view: Callable[..., BoardView],
) -> None:
    cross = cross_of(make_view(old_board.id))
    assert cross.grid.box_for(TODAY).label() == "+"
    card = open_day(qtbot, cross, YESTERDAY)
    # Every configured kind, "Muu" included, each with near miss and harm.
    assert sorted(card.buttons) == sorted(
        (kind, sev)
        for kind in ("fall", "medication", "threat", "other")
        for sev in ("near_miss", "harm")
    )
    assert card.list_note.text() == "Ei kirjattuja tapahtumia."
    qtbot.mouseClick(card.buttons[("fall", "near_miss")], Qt.MouseButton.LeftButton)
    assert cross.event_dialog is None  # recorded: the card closed, back to the board
    box = cross.grid.box_for(YESTERDAY)
    assert box.status == "near_miss" and box.label() == "▲ 1"
    assert "läheltä piti" in box.describe()
    events = services.safety.events(old_board.id, YESTERDAY, YESTERDAY)
    assert [(e.kind_code, e.severity) for e in events] == [("fall", "near_miss")]
    bar = undo_bar_for(cross)
    assert (
        bar.offering
        and bar.text_label.text() == "✔ Kaatuminen · ▲ läheltä piti kirjattu päivälle ti 24.11."
    )


def test_recording_harm_turns_the_box_red_and_resets_the_counter(
    qtbot: QtBot,
    services: Services,
    old_board: BoardInfo,
    make_view: Callable[..., BoardView],
) -> None:
    services.safety.record_event(
        old_board.id, "medication", "harm", day=TODAY - dt.timedelta(days=12), today=TODAY
    )
    cross = cross_of(make_view(old_board.id))
    assert cross.days_since_harm_text == "12 päivää edellisestä haittatapahtumasta"
    record(qtbot, cross, TODAY, "fall", "harm")
    box = cross.grid.box_for(TODAY)
    assert box.status == "harm"
    assert box.label() == "■ 1"
    assert cross.days_since_harm_text == "0 päivää edellisestä haittatapahtumasta"
    assert "0" in cross.since_label.text()


def test_kumoa_takes_the_event_back_and_the_history_says_so(
    qtbot: QtBot,
    services: Services,
    old_board: BoardInfo,
    make_view: Callable[..., BoardView],
) -> None:
    cross = cross_of(make_view(old_board.id))
    record(qtbot, cross, YESTERDAY, "fall", "harm")
    assert cross.grid.box_for(YESTERDAY).status == "harm"
    bar = undo_bar_for(cross)
    assert bar.undo_button.text().startswith("↶ Kumoa (")
    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    answered(qtbot)
    assert services.safety.events(old_board.id, YESTERDAY, YESTERDAY) == []
    assert cross.grid.box_for(YESTERDAY).status == "none"
    assert bar.text_label.text() == "↶ Kumottu."
    with services.db.read() as s:
        actions = list(s.scalars(sa.select(Change.action).where(Change.entity == "safety_event")))
    assert actions == ["create", "undo"]


def test_the_offer_ends_after_ten_seconds(
    qtbot: QtBot, old_board: BoardInfo, make_view: Callable[..., BoardView]
) -> None:
    cross = cross_of(make_view(old_board.id))
    record(qtbot, cross, YESTERDAY, "threat", "near_miss")
    bar = undo_bar_for(cross)
    start = bar.clock()
    bar.clock = lambda: start + 10.5
    bar._count_down()
    assert not bar.isVisible() and not bar.offering


def test_the_day_card_lists_the_days_events_and_a_fresh_one_goes_without_pin(
    qtbot: QtBot,
    services: Services,
    old_board: BoardInfo,
    make_view: Callable[..., BoardView],
) -> None:
    old = services.safety.record_event(
        old_board.id, "medication", "near_miss", day=YESTERDAY, today=TODAY
    )
    cross = cross_of(make_view(old_board.id))
    record(qtbot, cross, YESTERDAY, "other", "near_miss")
    card = open_day(qtbot, cross, YESTERDAY)
    answered(qtbot)
    assert [e.kind_code for e in card.events] == ["medication", "other"]
    fresh = card.events[1].id
    assert card.remove_buttons[fresh].text() == "Poista"
    assert card.remove_buttons[old.id].text() == "Poista (PIN)"
    qtbot.mouseClick(card.remove_buttons[fresh], Qt.MouseButton.LeftButton)
    answered(qtbot)
    assert [e.id for e in services.safety.events(old_board.id, YESTERDAY, YESTERDAY)] == [old.id]
    assert [e.kind_code for e in card.events] == ["medication"]


@pytest.fixture
def wall(qtbot: QtBot, services: Services, old_board: BoardInfo) -> Iterator[WallWindow]:
    window = WallWindow(services, old_board.id, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    answered(qtbot)
    yield window
    window.leave()


def test_removing_an_older_event_on_the_wall_asks_the_leaders_pin(
    qtbot: QtBot, services: Services, old_board: BoardInfo, wall: WallWindow
) -> None:
    services.pins.set_pin(old_board.id, "2468")
    old = services.safety.record_event(old_board.id, "fall", "harm", day=YESTERDAY, today=TODAY)
    wall.board_view.refresh()
    answered(qtbot)
    cross = cross_of(wall.board_view)
    card = open_day(qtbot, cross, YESTERDAY)
    answered(qtbot)
    qtbot.mouseClick(card.remove_buttons[old.id], Qt.MouseButton.LeftButton)
    pin = wall.pin_dialog
    assert pin is not None and pin.isVisible()
    assert services.safety.events(old_board.id, YESTERDAY, YESTERDAY) != []  # not yet
    for digit in "2468":
        qtbot.mouseClick(pin.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pin.keys["OK"], Qt.MouseButton.LeftButton)
    answered(qtbot)
    assert services.safety.events(old_board.id, YESTERDAY, YESTERDAY) == []
    # Removed by the leader: archived, and the history can restore it.
    archived = services.safety.list_events(old_board.id, include_archived=True)
    assert [(e.id, e.archived) for e in archived] == [(old.id, True)]
    assert card.events == []


def test_a_future_day_opens_nothing_and_closing_stores_nothing(
    qtbot: QtBot,
    services: Services,
    old_board: BoardInfo,
    make_view: Callable[..., BoardView],
) -> None:
    cross = cross_of(make_view(old_board.id))
    qtbot.mouseClick(cross.grid.box_for(TODAY + dt.timedelta(days=1)), Qt.MouseButton.LeftButton)
    assert cross.event_dialog is None
    card = open_day(qtbot, cross, TODAY)
    qtbot.mouseClick(card.close_button, Qt.MouseButton.LeftButton)
    assert services.safety.events(old_board.id, TODAY, TODAY) == []


def test_a_board_without_harm_says_so(
    old_board: BoardInfo, make_view: Callable[..., BoardView]
) -> None:
    cross = cross_of(make_view(old_board.id))
    assert cross.days_since_harm_text == "Ei kirjattuja haittatapahtumia"
