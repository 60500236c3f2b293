"""SQDC on the wall: solve a problem, escalate it, answer it on the board above (catchball)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from section_helpers import Org, no_dialogs_fixture, org_fixture  # noqa: F401  (fixtures)

from leanboard.services.dto import BoardInfo
from leanboard.ui.common.theme import WALL
from leanboard.ui.common.undo import undo_bar_for
from leanboard.ui.problems.panel import SqdcPanel


def make_panel(qtbot: QtBot, org: Org, board: BoardInfo) -> SqdcPanel:
    panel = SqdcPanel(org.services, WALL)
    qtbot.addWidget(panel)
    panel.resize(1100, 520)
    panel.changed.connect(lambda: panel.show_snapshot(org.services.view.snapshot(board.id)))
    panel.show()
    panel.show_snapshot(org.services.view.snapshot(board.id))
    qtbot.waitExposed(panel)
    return panel


def open_card(qtbot: QtBot, panel: SqdcPanel, problem_id: int, escalated: bool = False):  # type: ignore[no-untyped-def]
    tile = panel.tile_for(problem_id, escalated_to_us=escalated)
    assert tile is not None
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert panel.card is not None
    return panel.card


def test_problems_under_their_letter_with_owner_and_due_date(qtbot: QtBot, org: Org) -> None:
    s = org.services
    s.problems.create_problem(
        org.team.id, "S", "Kaatumisia yövuorossa", owner="Hanna", due_date=dt.date(2099, 12, 3)
    )
    late = s.problems.create_problem(org.team.id, "D", "Jonot", due_date=dt.date(2020, 1, 2))
    panel = make_panel(qtbot, org, org.team)
    s_tiles = panel.columns["S"].tiles()
    assert [t.title for t in s_tiles] == ["Kaatumisia yövuorossa"]
    assert s_tiles[0].meta == "Hanna · 3.12.2099"
    d_tile = panel.tile_for(late.id)
    assert d_tile is not None and any("myöhässä" in f for f in d_tile.status)
    assert "Turvallisuus (1)" in panel.columns["S"].heading.text()
    assert not panel.escalated_column.isVisible()  # nothing escalated to a team


def test_set_a_problem_solved(qtbot: QtBot, org: Org) -> None:
    s = org.services
    problem = s.problems.create_problem(org.team.id, "Q", "Hoitosuunnitelmat päivittämättä")
    panel = make_panel(qtbot, org, org.team)
    card = open_card(qtbot, panel, problem.id)
    assert card.status_buttons["open"].text() == "✔ Avoin"
    with qtbot.waitSignal(panel.changed, timeout=1000):
        qtbot.mouseClick(card.status_buttons["solved"], Qt.MouseButton.LeftButton)
    assert s.problems.get(problem.id).status == "solved"
    assert panel.tile_for(problem.id) is None  # solved problems leave the board


def test_escalate_then_answer_comes_back_to_the_team(
    qtbot: QtBot,
    org: Org,
    no_dialogs: list[tuple[str, str, str]],
) -> None:
    s = org.services
    problem = s.problems.create_problem(org.team.id, "C", "Autojen korjauskulut kasvaneet")
    team_panel = make_panel(qtbot, org, org.team)
    card = open_card(qtbot, team_panel, problem.id)
    assert card.escalate_button.text() == "⇧ Eskaloi: Terveysasema Keskusta"
    assert card.escalate_button.isEnabled()
    assert not card.answer_edit.isVisible()  # the team does not answer its own escalation
    qtbot.mouseClick(card.escalate_button, Qt.MouseButton.LeftButton)
    # Escalating asks one confirming tap (issue 16): nothing is sent before it.
    assert card.confirming
    assert card.confirm_label.text() == "Eskaloidaanko tasolle Terveysasema Keskusta?"
    assert s.problems.get(problem.id).waiting_board_id is None
    qtbot.mouseClick(card.confirm_button, Qt.MouseButton.LeftButton)

    stored = s.problems.get(problem.id)
    assert stored.waiting_board_id == org.unit.id
    tile = team_panel.tile_for(problem.id)
    assert tile is not None and "⇧ eskaloitu: YKS" in tile.status

    # The unit's board lists it under "Eskaloitu meille".
    unit_panel = make_panel(qtbot, org, org.unit)
    assert unit_panel.escalated_column.isVisible()
    assert unit_panel.escalated_column.heading.text() == "⇧ Eskaloitu meille (1)"
    unit_tile = unit_panel.tile_for(problem.id, escalated_to_us=True)
    assert unit_tile is not None and "C · tiimiltä TIIMI" in unit_tile.status
    unit_panel.grab().save("/tmp/test_sqdc_unit.png")

    answer_card = open_card(qtbot, unit_panel, problem.id, escalated=True)
    assert answer_card.answer_edit.isVisible()
    # The unit has no parent in this organisation: forwarding is not possible.
    assert not answer_card.answer_buttons["forwarded"].isEnabled()
    # An empty answer is refused inline, and nothing is stored.
    qtbot.mouseClick(answer_card.answer_buttons["decision"], Qt.MouseButton.LeftButton)
    assert answer_card.error_text.startswith("✖")
    assert s.problems.get(problem.id).waiting_board_id == org.unit.id
    qtbot.keyClicks(answer_card.answer_edit, "Korjaamosopimus kilpailutetaan")
    qtbot.mouseClick(answer_card.answer_buttons["decision"], Qt.MouseButton.LeftButton)

    stored = s.problems.get(problem.id)
    assert stored.waiting_board_id is None
    assert stored.latest_answer is not None
    assert stored.latest_answer.answer == "Korjaamosopimus kilpailutetaan"
    assert unit_panel.tile_for(problem.id, escalated_to_us=True) is None

    team_panel.show_snapshot(s.view.snapshot(org.team.id))
    tile = team_panel.tile_for(problem.id)
    assert tile is not None
    assert "vastaus: Korjaamosopimus kilpailutetaan" in tile.status
    qtbot.wait(50)  # let the layout settle before the screenshot
    team_panel.grab().save("/tmp/test_sqdc_team.png")
    assert no_dialogs == []


def test_escalate_is_disabled_with_a_reason_on_the_top_board(qtbot: QtBot, org: Org) -> None:
    s = org.services
    problem = s.problems.create_problem(org.unit.id, "S", "Yksikön oma ongelma")
    panel = make_panel(qtbot, org, org.unit)
    card = open_card(qtbot, panel, problem.id)
    assert not card.escalate_button.isEnabled()
    assert card.escalate_note.isVisible()
    assert "ei ole ylempää tasoa" in card.escalate_note.text()
    card.grab().save("/tmp/test_problem_card.png")


def test_an_escalation_with_a_note_is_taken_back_with_kumoa(qtbot: QtBot, org: Org) -> None:
    s = org.services
    problem = s.problems.create_problem(org.team.id, "S", "Liukas lattia")
    panel = make_panel(qtbot, org, org.team)
    card = open_card(qtbot, panel, problem.id)
    qtbot.mouseClick(card.escalate_button, Qt.MouseButton.LeftButton)
    card.note_edit.setPlainText("Matot loppuivat")
    qtbot.mouseClick(card.cancel_escalation_button, Qt.MouseButton.LeftButton)  # not yet
    assert not card.confirming and s.problems.get(problem.id).waiting_board_id is None
    qtbot.mouseClick(card.escalate_button, Qt.MouseButton.LeftButton)
    assert card.note_edit.toPlainText() == "Matot loppuivat"  # the typed note stays
    qtbot.mouseClick(card.confirm_button, Qt.MouseButton.LeftButton)
    sent = s.problems.get(problem.id)
    assert sent.waiting_board_id == org.unit.id
    assert [e.note for e in sent.escalations] == ["Matot loppuivat"]
    bar = undo_bar_for(panel)
    assert bar.text_label.text() == "✔ ”Liukas lattia” eskaloitu: YKS"
    with qtbot.waitSignal(panel.changed, timeout=2000):
        qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    back = s.problems.get(problem.id)
    assert back.waiting_board_id is None and back.escalations == ()
    assert s.problems.escalated_to(org.unit.id) == []
    tile = panel.tile_for(problem.id)
    assert tile is not None and not any("eskaloitu" in line for line in tile.status)


def test_a_note_with_an_identity_code_is_refused_in_the_card(qtbot: QtBot, org: Org) -> None:
    s = org.services
    problem = s.problems.create_problem(org.team.id, "Q", "Kotiutusohjeet")
    panel = make_panel(qtbot, org, org.team)
    card = open_card(qtbot, panel, problem.id)
    qtbot.mouseClick(card.escalate_button, Qt.MouseButton.LeftButton)
    card.note_edit.setPlainText("Potilas 010594Y9032 kaatui")
    qtbot.mouseClick(card.confirm_button, Qt.MouseButton.LeftButton)
    assert "henkilötunnus" in card.error_text
    assert card.note_edit.toPlainText() == "Potilas 010594Y9032 kaatui"  # kept to correct
    assert s.problems.get(problem.id).waiting_board_id is None
