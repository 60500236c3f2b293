"""One morning huddle on the wall, by touch only — no key is pressed on a physical keyboard.

The team starts the timer, one person votes 6 and types the idea the board asks for on the
on-screen keyboard (with an ä), a fall of yesterday goes on the cross in two taps and is
taken back with "Kumoa", an idea moves on, a problem is escalated with a note typed on the
screen, the huddle is logged, and logged again (one entry, edited). Each step checks what the
database holds and what the wall shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot
from section_helpers import answered, open_wall
from wall_touch import tap, type_on, unreadable_labels

from leanboard.services import Services, open_services
from leanboard.store.models import Board, Change, Escalation, Huddle, MoodTally
from leanboard.ui.common.undo import undo_bar_for
from leanboard.ui.huddle.panel import HuddlePanel
from leanboard.ui.ideas.panel import IdeasPanel
from leanboard.ui.mood.panel import MoodPanel
from leanboard.ui.problems.panel import SqdcPanel
from leanboard.ui.safety.cross import SafetyCrossView
from leanboard.ui.wall.window import WallWindow

TODAY = dt.date(2026, 11, 25)  # a Wednesday
YESTERDAY = TODAY - dt.timedelta(days=1)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def ward(tmp_path: object) -> Iterator[tuple[Services, dict[str, int]]]:
    services = open_services(f"sqlite:///{tmp_path}/ward.db", actor="seinä@osasto")
    unit = services.boards.create_board("YKS", "Kotihoidon yksikkö", "unit")
    team = services.boards.create_board("OS3", "Osasto 3 – Päivystys", "team", parent_id=unit.id)
    with services.db.engine.begin() as conn:  # the ward has kept its board since January
        conn.execute(
            sa.update(Board).where(Board.id == team.id).values(created_at=dt.datetime(2026, 1, 5))
        )
    idea = services.ideas.create_idea(team.id, "Lääkekärryn järjestys", owner="Sh Laura")
    problem = services.problems.create_problem(team.id, "S", "Liukas lattia", owner="Laura")
    yield services, {"unit": unit.id, "team": team.id, "idea": idea.id, "problem": problem.id}
    services.close()


@pytest.fixture
def wall(qtbot: QtBot, ward: tuple[Services, dict[str, int]]) -> Iterator[WallWindow]:
    services, ids = ward
    window = open_wall(qtbot, services, ids["team"], TODAY)
    yield window
    window.leave()


def rows(services: Services, query: sa.Select) -> list[tuple[object, ...]]:
    with services.db.read() as s:
        return [tuple(r) for r in s.execute(query).all()]


def test_one_huddle_by_touch_only(
    qtbot: QtBot, ward: tuple[Services, dict[str, int]], wall: WallWindow
) -> None:
    services, ids = ward
    view = wall.board_view
    header_height = view.header.height()
    huddle = view.sections["huddle"]
    mood = view.sections["mood"]
    cross = view.sections["safety"]
    sqdc = view.sections["sqdc"]
    ideas = view.sections["ideas"]
    assert isinstance(huddle, HuddlePanel) and isinstance(mood, MoodPanel)
    assert isinstance(cross, SafetyCrossView) and isinstance(sqdc, SqdcPanel)
    assert isinstance(ideas, IdeasPanel)
    clock = Clock()
    huddle.clock = clock

    # 1. Start the timer.
    tap(qtbot, huddle.start_button)
    assert huddle.running and huddle.state_label.text() == "Käynnissä"
    clock.now += 12 * 60 + 5
    huddle._show_time()
    assert huddle.time_label.text() == "02:55"

    # 2. Vote 6: stored at once as a count; the voter taps "Idea", as every voter may.
    tap(qtbot, mood.buttons[6])
    counted = sa.select(MoodTally.day, MoodTally.score).where(MoodTally.votes > 0)
    assert rows(services, counted) == [(TODAY, 6)]
    tap(qtbot, mood.idea_button)
    dialog = mood.idea_dialog
    assert dialog is not None and dialog.isVisible()

    # 3. The idea, typed on the on-screen keyboard that opened for the field.
    dock = wall.keyboard
    qtbot.waitUntil(lambda: dock.shown, timeout=3000)
    assert dock.keyboard.target is dialog.title_edit
    assert not dock.covers(dialog.title_edit)
    type_on(qtbot, dock.keyboard, "Lisää käsidesiä")
    assert dialog.title_edit.text() == "Lisää käsidesiä"
    tap(qtbot, dialog.save_button)
    answered(qtbot)
    assert mood.idea_dialog is None and not dock.shown
    stored = [i for i in services.ideas.list_ideas(ids["team"]) if i.origin == "mood_prompt"]
    assert [(i.title, i.state) for i in stored] == [("Lisää käsidesiä", "new")]
    tile = ideas.tile_for(stored[0].id)
    assert tile is not None and "♥ fiilis" in tile.status

    # 4. A fall of yesterday in two taps, then taken back.
    tap(qtbot, cross.grid.box_for(YESTERDAY))
    card = cross.event_dialog
    assert card is not None and card.isVisible()
    tap(qtbot, card.buttons[("fall", "near_miss")])
    events = services.safety.events(ids["team"], YESTERDAY, YESTERDAY)
    assert [(e.kind_code, e.severity) for e in events] == [("fall", "near_miss")]
    box = cross.grid.box_for(YESTERDAY)
    assert box.status == "near_miss" and box.label() == "▲ 1"
    bar = undo_bar_for(wall)
    assert bar.offering and "Kaatuminen" in bar.text_label.text()
    tap(qtbot, bar.undo_button)
    answered(qtbot)
    assert services.safety.events(ids["team"], YESTERDAY, YESTERDAY) == []
    assert cross.grid.box_for(YESTERDAY).status == "none"
    assert rows(services, sa.select(Change.action).where(Change.entity == "safety_event")) == [
        ("create",),
        ("undo",),
    ]

    # 5. Move an idea on, on the improvement page.
    tap(qtbot, view.tabs["improve"])
    idea_tile = ideas.tile_for(ids["idea"])
    assert idea_tile is not None
    tap(qtbot, idea_tile)
    idea_card = ideas.card
    assert idea_card is not None and idea_card.isVisible()
    tap(qtbot, idea_card.move_button)
    answered(qtbot)
    assert services.ideas.get(ids["idea"]).state == "plan"
    assert ideas.tile_for(ids["idea"]) in ideas.columns["plan"].tiles()

    # 6. Escalate a problem with a note typed on the screen.
    tap(qtbot, view.tabs["today"])
    problem_tile = sqdc.tile_for(ids["problem"])
    assert problem_tile is not None
    tap(qtbot, problem_tile)
    problem_card = sqdc.card
    assert problem_card is not None
    tap(qtbot, problem_card.escalate_button)
    assert problem_card.confirming
    tap(qtbot, problem_card.note_edit.viewport())
    assert dock.shown and dock.keyboard.target is problem_card.note_edit
    assert not dock.covers(problem_card.note_edit)
    type_on(qtbot, dock.keyboard, "Tarvitaan liukuesteet, ei määrärahaa")
    tap(qtbot, problem_card.confirm_button)
    answered(qtbot)
    assert rows(services, sa.select(Escalation.note, Escalation.to_board_id)) == [
        ("Tarvitaan liukuesteet, ei määrärahaa", ids["unit"])
    ]
    problem_tile = sqdc.tile_for(ids["problem"])
    assert problem_tile is not None and "⇧ eskaloitu: YKS" in problem_tile.status

    # 7. Log the huddle: 8 people, the timer's 12 minutes.
    tap(qtbot, huddle.done_button)
    held = huddle.dialog
    assert held is not None and held.isVisible()
    assert unreadable_labels(held) == []  # no white on white
    for _ in range(3):
        tap(qtbot, held.plus_button)
    assert held.count_label.text() == "8" and held.minutes_label.text() == "12"
    tap(qtbot, held.save_button)
    answered(qtbot)
    assert rows(services, sa.select(Huddle.day, Huddle.attendance, Huddle.duration_minutes)) == [
        (TODAY, 8, 12)
    ]
    assert huddle.held_label.text().endswith(", 8 osallistujaa")
    assert view.header.height() == header_height

    # 8. Logged again the same day: the day's one entry is edited.
    tap(qtbot, huddle.done_button)
    again = huddle.dialog
    assert again is not None and again.windowTitle() == "Tämän päivän palaveri"
    assert again.count_label.text() == "8"
    tap(qtbot, again.plus_button)
    tap(qtbot, again.plus_button)
    tap(qtbot, again.save_button)
    answered(qtbot)
    assert rows(services, sa.select(Huddle.day, Huddle.attendance, Huddle.duration_minutes)) == [
        (TODAY, 10, 12)
    ]
    assert rows(services, sa.select(Change.action).where(Change.entity == "huddle")) == [
        ("create",),
        ("update",),
    ]
    assert huddle.held_label.text().endswith(", 10 osallistujaa")
    assert view.header.height() == header_height
    wall.grab().save("/tmp/test_walkthrough_end.png")
