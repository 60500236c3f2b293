"""Goals and measure values: a goal defined with a decimal-comma target, inherited goals from
above shown read-only, a value entered for a week with a wrong number first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from section_helpers import answered

from leanboard.services import Services
from leanboard.services.dto import BoardInfo
from leanboard.ui.goals.measure_dialog import MeasureDialog
from leanboard.ui.goals.value_dialog import MeasureValueDialog


def show(qtbot: QtBot, dialog: QDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)


def test_define_a_goal_and_see_the_inherited_ones(
    qtbot: QtBot, services: Services, board: BoardInfo
) -> None:
    assert board.parent_id is not None
    services.measures.create_measure(
        board.parent_id, "Työtyytyväisyys", target=8, inherited=True, decimals=1
    )
    dialog = MeasureDialog(services, board.id)
    answered(qtbot)
    show(qtbot, dialog)
    ui = dialog.ui
    listed = [ui.inherited_list.item(i).text() for i in range(ui.inherited_list.count())]
    assert listed == ["Työtyytyväisyys  ≥ 8,0  — Kotihoidon yksikkö"]
    QTest.keyClicks(ui.name_edit, "Sairauspoissaolot")
    QTest.keyClicks(ui.target_edit, "5,x")
    assert dialog.checks.message_of(ui.target_edit) == "Tavoite: ”5,x” ei ole luku."
    assert not dialog.save_button.isEnabled()
    ui.target_edit.setText("4,5")
    ui.direction_combo.setCurrentIndex(ui.direction_combo.findData("lower"))
    QTest.keyClicks(ui.unit_edit, "%")
    ui.frequency_combo.setCurrentIndex(ui.frequency_combo.findData("month"))
    ui.decimals_spin.setValue(1)
    dialog.save_button.click()
    answered(qtbot)
    own = [m for m in services.measures.board_measures(board.id) if m.board_id == board.id]
    assert [(m.name, m.target, m.direction, m.unit, m.frequency, m.decimals) for m in own] == [
        ("Sairauspoissaolot", 4.5, "lower", "%", "month", 1)
    ]


def test_an_inherited_goal_opens_read_only(
    qtbot: QtBot, services: Services, board: BoardInfo
) -> None:
    assert board.parent_id is not None
    goal = services.measures.create_measure(board.parent_id, "NPS", target=80, inherited=True)
    dialog = MeasureDialog(services, board.id, goal)
    answered(qtbot)
    show(qtbot, dialog)
    assert dialog.read_only
    assert not dialog.save_button.isEnabled() and not dialog.ui.name_edit.isEnabled()
    assert "Kotihoidon yksikkö" in dialog.ui.readonly_label.text()


def test_enter_a_weekly_value_with_a_decimal_comma(
    qtbot: QtBot, services: Services, board: BoardInfo
) -> None:
    measure = services.measures.create_measure(
        board.id, "Välitön asiakasaika", unit="%", decimals=1
    )
    services.measures.record_value(measure.id, board.id, "2026-W47", 55)
    answered(qtbot)
    dialog = MeasureValueDialog(services, board.id, measure.id, today=dt.date(2026, 11, 18))
    answered(qtbot)
    show(qtbot, dialog)
    ui = dialog.ui
    assert "2026-W47: 55,0" in ui.recent_label.text()
    assert "korvaa" in ui.recent_label.text()  # 18.11. falls in W47, which has a value
    ui.period_edit.setText("2026-11")
    assert dialog.checks.message_of(ui.period_edit) == (
        "Jakso: 2026-11 ei sovi mittarille, jonka jakso on viikko."
    )
    ui.period_edit.setText("2026-W48")
    QTest.keyClicks(ui.value_edit, "abc")
    assert dialog.checks.message_of(ui.value_edit) == "Arvo: ”abc” ei ole luku."
    ui.value_edit.setText("61,5")
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    answered(qtbot)
    points = services.measures.values(measure.id, board.id)
    assert [(p.period_key, p.value) for p in points] == [("2026-W47", 55.0), ("2026-W48", 61.5)]
