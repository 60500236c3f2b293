"""Catchball through the real boards: a team escalates, the unit forwards, the organisation
answers, and the answer shows on the team's board. Each tier shows how long it has waited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot
from section_helpers import answered

from leanboard.domain.clock import FixedClock
from leanboard.services import Services
from leanboard.services.dto import BoardInfo
from leanboard.ui.board.view import BoardView
from leanboard.ui.common.theme import WALL
from leanboard.ui.problems.card import ProblemCard
from leanboard.ui.problems.panel import SqdcPanel
from leanboard.ui.rollup.panel import RollupPanel


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None, f"no cell at {row}, {column}"
    return item.text()


@pytest.fixture
def tiers(services: Services) -> dict[str, BoardInfo]:
    org = services.boards.create_board("JLK", "Järvilaakson kuntayhtymä", "organisation")
    unit = services.boards.create_board("YKS", "Terveysasema Keskusta", "unit", org.id)
    team = services.boards.create_board("OS3", "Vastaanotto", "team", unit.id)
    return {"org": org, "unit": unit, "team": team}


def sqdc_of(view: BoardView) -> SqdcPanel:
    panel = view.sections["sqdc"]
    assert isinstance(panel, SqdcPanel)
    return panel


def open_card(qtbot: QtBot, view: BoardView, problem_id: int, to_us: bool) -> ProblemCard:
    view.show_page("today")
    panel = sqdc_of(view)
    tile = panel.tile_for(problem_id, escalated_to_us=to_us)
    assert tile is not None, "the problem's tile is not on the board"
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert panel.card is not None
    return panel.card


def test_problem_goes_two_tiers_up_and_the_answer_comes_back_down(
    qtbot: QtBot,
    services: Services,
    tiers: dict[str, BoardInfo],
    make_view: Callable[..., BoardView],
) -> None:
    problem = services.problems.create_problem(tiers["team"].id, "D", "Ajanvaraus ruuhkautuu")
    team = make_view(tiers["team"].id, WALL)
    unit = make_view(tiers["unit"].id, WALL)
    org = make_view(tiers["org"].id, WALL)

    # 1. The team escalates from its own board.
    card = open_card(qtbot, team, problem.id, to_us=False)
    qtbot.mouseClick(card.escalate_button, Qt.MouseButton.LeftButton)  # then one confirming tap
    with qtbot.waitSignal(sqdc_of(team).changed, timeout=2000):
        qtbot.mouseClick(card.confirm_button, Qt.MouseButton.LeftButton)
    tile = sqdc_of(team).tile_for(problem.id)
    assert tile is not None and "⇧ eskaloitu: YKS" in tile.status

    # 2. The unit sees it under "Eskaloitu meille", with the hours it has waited.
    unit.refresh()
    answered(qtbot)
    waiting = sqdc_of(unit).tile_for(problem.id, escalated_to_us=True)
    assert waiting is not None
    assert "D · tiimiltä OS3" in waiting.status and "odottanut 0 h" in waiting.status
    rollup = unit.sections["rollup"]
    assert isinstance(rollup, RollupPanel) and rollup.rollup is not None
    assert [len(r.waiting) for r in rollup.rollup.rows] == [1]
    # The unit forwards it on up as a decision the organisation must make.
    card = open_card(qtbot, unit, problem.id, to_us=True)
    assert card.answer_buttons["forwarded"].isEnabled()
    qtbot.keyClicks(card.answer_edit, "Tarvitaan kaksi ajanvaraajaa")
    with qtbot.waitSignal(sqdc_of(unit).changed, timeout=2000):
        qtbot.mouseClick(card.answer_buttons["forwarded"], Qt.MouseButton.LeftButton)
    assert sqdc_of(unit).tile_for(problem.id, escalated_to_us=True) is None
    assert services.problems.get(problem.id).waiting_board_id == tiers["org"].id

    # 3. A day and two hours later (the services' clock moved on) the organisation's board
    # flags it past the 24 h limit.
    services.clock = FixedClock(dt.datetime.now(dt.UTC) + dt.timedelta(hours=26, minutes=1))
    org.refresh()
    answered(qtbot)
    waiting = sqdc_of(org).tile_for(problem.id, escalated_to_us=True)
    assert waiting is not None
    assert "odottanut 26 h ⚠ yli 24 h" in waiting.status
    org_rollup = org.sections["rollup"]
    assert isinstance(org_rollup, RollupPanel) and org_rollup.rollup is not None
    unit_row = org_rollup.rollup.rows[0]
    assert unit_row.waiting_over_limit == 1 and "overdue_escalation" in unit_row.needs_help
    waited_text = cell(org_rollup.table, 0, 5)
    assert "⇧ 1" in waited_text and "⚠ 1 yli 24 h" in waited_text
    # The organisation answers with a resource.
    card = open_card(qtbot, org, problem.id, to_us=True)
    assert not card.answer_buttons["forwarded"].isEnabled()  # nothing above the top
    qtbot.keyClicks(card.answer_edit, "Kaksi ajanvaraajaa 1.1. alkaen")
    with qtbot.waitSignal(sqdc_of(org).changed, timeout=2000):
        qtbot.mouseClick(card.answer_buttons["resource"], Qt.MouseButton.LeftButton)
    assert sqdc_of(org).tile_for(problem.id, escalated_to_us=True) is None

    # 4. The answer comes back down to the team's board.
    team.refresh()
    answered(qtbot)
    tile = sqdc_of(team).tile_for(problem.id)
    assert tile is not None
    assert "vastaus: Kaksi ajanvaraajaa 1.1. alkaen" in tile.status
    stored = services.problems.get(problem.id)
    assert stored.waiting_board_id is None
    assert [(e.to_board_code, e.answer_kind) for e in stored.escalations] == [
        ("YKS", "forwarded"),
        ("JLK", "resource"),
    ]
    # The team's card tells how long each tier held it.
    card = open_card(qtbot, team, problem.id, to_us=False)
    history = card.history_label.text()
    # The organisation answered a day and two hours after the unit forwarded it.
    assert "OS3 → YKS (odotti 0 h)" in history and "YKS → JLK (odotti 26 h)" in history
    card.close()
    qtbot.wait(50)
    team.grab().save("/tmp/test_escalation_team.png")
