"""The roll-up page of a unit board: what its rows say, and drilling down to a team and back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from leanboard.services import Services
from leanboard.store.models import Idea, utcnow
from leanboard.ui.board.view import BoardView
from leanboard.ui.common.theme import WALL
from leanboard.ui.rollup.panel import RollupPanel


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None, f"no cell at {row}, {column}"
    return item.text()


def header(table: QTableWidget, column: int) -> str:
    item = table.horizontalHeaderItem(column)
    assert item is not None
    return item.text()


def test_rows_say_who_needs_help_and_a_tap_opens_the_team_back_returns(
    qtbot: QtBot, services: Services, make_view: Callable[..., BoardView], today: dt.date
) -> None:
    unit = services.boards.create_board("YKS", "Kotihoidon yksikkö", "unit")
    calm = services.boards.create_board("T-KALLIO", "Kallion tiimi", "team", unit.id)
    busy = services.boards.create_board("T-RANTA", "Rannan tiimi", "team", unit.id)
    small = services.boards.create_board("T-PIKKU", "Pikkutiimi", "team", unit.id)
    for score in (8, 8, 9, 7, 8, 8):
        services.mood.record_mood_vote(calm.id, score, today)
    for score in (6, 7, 6, 7, 6):
        services.mood.record_mood_vote(busy.id, score, today)
    services.mood.record_mood_vote(small.id, 2, today)  # one vote: never shown
    for team in (calm, busy):  # "Näytä päivän fiilis" at their huddles
        services.mood.release_day(team.id, today)
    services.safety.record_event(busy.id, "fall", "harm", day=today, today=today)
    services.problems.create_problem(busy.id, "S", "Liukas piha")

    view = make_view(unit.id, WALL)
    assert "below" in view.pages and view.tabs["below"].isVisible()
    qtbot.mouseClick(view.tabs["below"], Qt.MouseButton.LeftButton)
    panel = view.sections["rollup"]
    assert isinstance(panel, RollupPanel) and panel.isVisible()
    table = panel.table
    assert [cell(table, i, 0).split("\n")[0] for i in range(table.rowCount())] == [
        "Rannan tiimi",  # a harm event this week: first
        "Kallion tiimi",
        "Pikkutiimi",
        "Yhteensä",
    ]
    # (Missed huddles follow, on the weekdays of this week before today.)
    assert cell(table, 0, 1).split("\n")[0] == "■ haitta 1"
    assert cell(table, 0, 2) == "6,4 (5)"
    assert cell(table, 1, 2) == "8,0 (6)"
    assert cell(table, 2, 2) == "– (1)"  # Pikkutiimi's one vote: counted, in no figure
    # The unit's total averages the released votes only, so it cannot give that vote away.
    assert cell(table, 3, 2) == "7,3 (11) +1"
    assert panel.mood_note.isVisible()  # and the line under the table says why
    assert panel.mood_note.text() == (
        "Tämän päivän äänet: näytetään kerralla palaverissa tai päivän päätyttyä — "
        "yksittäistä vastausta ei voi päätellä"
    )
    assert cell(table, 0, 4) == "S 1 · Q 0\nD 0 · C 0"
    assert cell(table, 0, 6).startswith("vk ■ 1 ▲ 0")
    qtbot.wait(50)
    view.grab().save("/tmp/test_rollup_unit.png")

    # Drill down: a tap on Rannan tiimi's row opens its board; Back returns to the unit.
    rect = table.visualRect(table.model().index(0, 0))
    with qtbot.waitSignal(panel.board_chosen, timeout=1000) as chosen:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert chosen.args == [busy.id]
    assert view.board_id == busy.id
    assert view.header.name_label.text() == "Rannan tiimi"
    assert view.back_button.isVisible()
    assert not view.tabs["below"].isVisible()  # a team has no boards below it
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert view.board_id == unit.id and view.current_page == "below"
    assert not view.back_button.isVisible()
    panel = view.sections["rollup"]
    assert isinstance(panel, RollupPanel)
    # The total row opens nothing.
    total = panel.table.visualRect(panel.table.model().index(3, 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=total.center())
    assert view.board_id == unit.id


def test_goal_handed_down_is_compared_across_the_teams(
    qtbot: QtBot, services: Services, make_view: Callable[..., BoardView]
) -> None:
    unit = services.boards.create_board("YKS", "Kotihoidon yksikkö", "unit")
    a = services.boards.create_board("T-A", "Tiimi A", "team", unit.id)
    b = services.boards.create_board("T-B", "Tiimi B", "team", unit.id)
    nps = services.measures.create_measure(
        unit.id, "NPS", target=80, direction="higher", frequency="month", inherited=True
    )
    services.measures.record_value(nps.id, a.id, "2026-10", 85)
    services.measures.record_value(nps.id, b.id, "2026-10", 61)
    view = make_view(unit.id, WALL)
    view.show_page("below")
    panel = view.sections["rollup"]
    assert isinstance(panel, RollupPanel)
    goals = panel.goals_table
    assert panel.goals_label.isVisible() and goals.isVisible()
    assert cell(goals, 0, 0) == "NPS (≥ 80)"
    headers = [header(goals, i) for i in range(goals.columnCount())]
    cells = {h: cell(goals, 0, i) for i, h in enumerate(headers) if i}
    assert cells["T-A"].startswith("✔ 85") and cells["T-B"].startswith("✖ 61")
    assert cells["T-B"].endswith("0/1 tavoitteessa")
    # One value tells no variation yet: the Making Data Count line says so, in words.
    assert cells["T-B"] == "✖ 61\n– liian vähän pisteitä\n0/1 tavoitteessa"
    assert "MDC (NHS Making Data Count)" in panel.mdc_key.text() and panel.mdc_key.isVisible()


def test_goal_cells_carry_each_teams_making_data_count_icons_in_words(
    qtbot: QtBot, services: Services, make_view: Callable[..., BoardView]
) -> None:
    unit = services.boards.create_board("YKS", "Kotihoidon yksikkö", "unit")
    a = services.boards.create_board("T-A", "Tiimi A", "team", unit.id)
    services.boards.create_board("T-B", "Tiimi B", "team", unit.id)
    nps = services.measures.create_measure(
        unit.id, "NPS", target=80, direction="higher", frequency="month", inherited=True
    )
    # Fifteen months of 92/88 (mean 90.1, MR̄ 4, limits 79.5 … 100.8): common cause; the
    # target 80 inside the limits: met only sometimes.
    for n in range(15):
        month = f"{2025 + (n + 8) // 12}-{(n + 8) % 12 + 1:02d}"
        services.measures.record_value(nps.id, a.id, month, 88 if n % 2 else 92)
    view = make_view(unit.id, WALL)
    view.show_page("below")
    panel = view.sections["rollup"]
    assert isinstance(panel, RollupPanel)
    goals = panel.goals_table
    headers = [header(goals, i) for i in range(goals.columnCount())]
    cells = {h: cell(goals, 0, i) for i, h in enumerate(headers) if i}
    assert cells["T-A"].split("\n")[1:3] == ["∼ tavallinen vaihtelu", "? tavoite: joskus"]
    assert cells["T-B"] == "ei arvoa"  # no values of its own: no chart to judge


def test_stale_work_is_counted_on_each_childs_row(
    qtbot: QtBot, services: Services, make_view: Callable[..., BoardView]
) -> None:
    unit = services.boards.create_board("YKS", "Kotihoidon yksikkö", "unit")
    a = services.boards.create_board("T-A", "Tiimi A", "team", unit.id)
    services.boards.create_board("T-B", "Tiimi B", "team", unit.id)
    idea = services.ideas.create_idea(a.id, "Lääkekärryn järjestys")
    with services.db._write() as s:  # forty days without a PDCA move
        s.execute(
            update(Idea)
            .where(Idea.id == idea.id)
            .values(state_changed_at=utcnow() - dt.timedelta(days=40))
        )
        s.commit()
    view = make_view(unit.id, WALL)
    view.show_page("below")
    panel = view.sections["rollup"]
    assert isinstance(panel, RollupPanel)
    table = panel.table
    column = next(i for i in range(table.columnCount()) if "◔" in header(table, i))
    assert header(table, column) == "Pysähtynyt\n◔ idea ⚠ esk."
    rows = {cell(table, i, 0).split("\n")[0]: cell(table, i, column) for i in range(3)}
    assert rows == {"Tiimi A": "◔ 1 ⚠ 0", "Tiimi B": "◔ 0 ⚠ 0", "Yhteensä": "◔ 1 ⚠ 0"}
