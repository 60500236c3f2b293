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
from leanboard.ui.common import ops
from leanboard.ui.goals.measure_dialog import MeasureDialog
from leanboard.ui.goals.value_dialog import MeasureValueDialog


def show(qtbot: QtBot, dialog: QDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(ops.idle, timeout=15000)  # what the form lists is read off the GUI thread


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


def test_enter_a_weekly_value_for_a_week_picked_from_a_list(
    qtbot: QtBot, services: Services, board: BoardInfo
) -> None:
    measure = services.measures.create_measure(
        board.id, "Välitön asiakasaika", unit="%", decimals=1
    )
    services.measures.record_value(measure.id, board.id, "2026-W47", 55)
    dialog = MeasureValueDialog(services, board.id, measure.id, today=dt.date(2026, 11, 25))
    show(qtbot, dialog)
    qtbot.waitUntil(ops.idle, timeout=15000)
    ui = dialog.ui
    # A week is picked, not typed: the typed-day row is hidden, the list ends at this week.
    assert not ui.period_edit.isVisible() and ui.period_combo.isVisible()
    assert ui.period_pick_label.text() == "&Viikko *"
    weeks = [ui.period_combo.itemText(i) for i in range(3)]
    assert weeks == [
        "vk 48 · 23.11.–29.11.2026",
        "vk 47 · 16.11.–22.11.2026",
        "vk 46 · 9.11.–15.11.2026",
    ]
    assert "korvaa" not in ui.recent_label.text()
    ui.period_combo.setCurrentIndex(1)
    assert "Jaksolla 2026-W47 on jo arvo 55,0; tallennus korvaa sen." in ui.recent_label.text()
    ui.period_combo.setCurrentIndex(0)
    QTest.keyClicks(ui.value_edit, "abc")
    assert dialog.checks.message_of(ui.value_edit) == "Arvo: ”abc” ei ole luku."
    ui.value_edit.setText("61,5")
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    answered(qtbot)
    points = services.measures.values(measure.id, board.id)
    assert [(p.period_key, p.value) for p in points] == [("2026-W47", 55.0), ("2026-W48", 61.5)]


def test_a_goal_counted_per_bed_days_gets_a_u_chart_and_its_rate(
    qtbot: QtBot, services: Services, board: BoardInfo
) -> None:
    dialog = MeasureDialog(services, board.id)
    answered(qtbot)
    show(qtbot, dialog)
    ui = dialog.ui
    assert ui.chart_kind_combo.currentData() == "xmr"  # any measured value: XmR
    assert [ui.chart_kind_combo.itemText(i) for i in range(ui.chart_kind_combo.count())] == [
        "XmR – mitattu arvo",
        "P – prosenttiosuus nimittäjästä",
        "U – määrä nimittäjää kohden",
    ]
    assert not ui.rate_per_edit.isEnabled()  # a rate only means something on a U chart
    QTest.keyClicks(ui.name_edit, "Kaatumiset")
    ui.chart_kind_combo.setCurrentIndex(ui.chart_kind_combo.findData("u"))
    assert ui.rate_per_edit.isEnabled()
    ui.rate_per_edit.setText("0")
    assert dialog.checks.message_of(ui.rate_per_edit) == (
        "Suhteutus: arvon pitää olla 1–1000000 (annettu 0)."
    )
    assert not dialog.save_button.isEnabled()
    ui.rate_per_edit.setText("1000")
    dialog.save_button.click()
    answered(qtbot)
    (saved,) = [m for m in services.measures.board_measures(board.id) if m.board_id == board.id]
    assert (saved.name, saved.chart_kind, saved.rate_per) == ("Kaatumiset", "u", 1000)

    # Opened again it shows what is stored; a P chart stores no rate of its own.
    again = MeasureDialog(services, board.id, saved)
    answered(qtbot)
    show(qtbot, again)
    assert again.ui.chart_kind_combo.currentData() == "u"
    assert again.ui.rate_per_edit.text() == "1000"
    again.ui.chart_kind_combo.setCurrentIndex(again.ui.chart_kind_combo.findData("p"))
    assert not again.ui.rate_per_edit.isEnabled()
    again.save_button.click()
    answered(qtbot)
    (changed,) = [m for m in services.measures.board_measures(board.id) if m.board_id == board.id]
    assert (changed.chart_kind, changed.rate_per) == ("p", 1)


def test_a_p_charts_value_asks_for_its_denominator(
    qtbot: QtBot, services: Services, board: BoardInfo
) -> None:
    share = services.measures.create_measure(
        board.id, "Vastattu 5 arkipäivässä", unit="%", chart_kind="p", decimals=1
    )
    plain = services.measures.create_measure(board.id, "Ulkoilu", unit="h/vko")
    services.measures.record_value(share.id, board.id, "2026-W47", 90, 40)
    dialog = MeasureValueDialog(services, board.id, share.id, today=dt.date(2026, 11, 25))
    answered(qtbot)
    show(qtbot, dialog)
    ui = dialog.ui
    assert ui.denominator_edit.isVisible() and ui.denominator_label.isVisible()
    assert "prosenttiosuus" in ui.denominator_edit.placeholderText()
    assert "2026-W47: 90,0 (n = 40)" in ui.recent_label.text()
    QTest.keyClicks(ui.value_edit, "92,5")
    assert not dialog.save_button.isEnabled()  # a P chart's point needs its denominator
    QTest.keyClicks(ui.denominator_edit, "4x")
    assert dialog.checks.message_of(ui.denominator_edit) == (
        "Nimittäjä: arvon pitää olla kokonaisluku 1–100000000."
    )
    ui.denominator_edit.setText("40")
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    answered(qtbot)
    points = services.measures.values(share.id, board.id)
    assert [(p.period_key, p.value, p.answers) for p in points] == [
        ("2026-W47", 90.0, 40),
        ("2026-W48", 92.5, 40),
    ]

    # A measure of the XmR kind has no denominator to ask for.
    other = MeasureValueDialog(services, board.id, plain.id, today=dt.date(2026, 11, 25))
    answered(qtbot)
    show(qtbot, other)
    assert not other.ui.denominator_edit.isVisible()
    QTest.keyClicks(other.ui.value_edit, "12")
    assert other.save_button.isEnabled()


def test_a_monthly_value_for_a_month_and_a_daily_one_for_a_typed_day(
    qtbot: QtBot, services: Services, board: BoardInfo
) -> None:
    monthly = services.measures.create_measure(board.id, "Sairauspoissaolot", frequency="month")
    daily = services.measures.create_measure(board.id, "Saunaan päässeet", frequency="day")
    dialog = MeasureValueDialog(services, board.id, monthly.id, today=dt.date(2027, 1, 12))
    show(qtbot, dialog)
    qtbot.waitUntil(ops.idle, timeout=15000)
    ui = dialog.ui
    assert ui.period_pick_label.text() == "&Kuukausi *"
    assert [ui.period_combo.itemText(i) for i in range(2)] == ["tammikuu 2027", "joulukuu 2026"]
    ui.measure_combo.setCurrentIndex(ui.measure_combo.findData(daily.id))
    assert ui.period_edit.isVisible() and not ui.period_combo.isVisible()
    assert ui.period_edit.text() == "12.1.2027"
    ui.period_edit.setText("13.1.2027")
    QTest.keyClicks(ui.value_edit, "4")
    dialog.save_button.click()
    qtbot.waitUntil(ops.idle, timeout=15000)
    assert dialog.isVisible()  # a day not yet begun is refused at its field, text kept
    assert dialog.checks.message_of(ui.period_edit) == (
        "Jakso: 2027-01-13 ei ole vielä alkanut, sille ei ole arvoa."
    )
    assert ui.period_edit.text() == "13.1.2027"


def test_a_goal_counted_from_safety_events_takes_no_value_by_hand(
    qtbot: QtBot, services: Services, board: BoardInfo
) -> None:
    falls = services.measures.create_measure(board.id, "Kaatumiset", frequency="month")
    services.measures.link_safety(falls.id, falls.version, "fall")
    dialog = MeasureValueDialog(services, board.id, falls.id, today=dt.date(2026, 11, 25))
    show(qtbot, dialog)
    qtbot.waitUntil(ops.idle, timeout=15000)
    assert "turvallisuustapahtumista" in (dialog.checks.message_of(dialog.ui.measure_combo) or "")
    assert not dialog.save_button.isEnabled()


def test_a_goal_is_linked_to_a_kind_of_safety_event_in_its_dialog(
    qtbot: QtBot, services: Services, board: BoardInfo
) -> None:
    dialog = MeasureDialog(services, board.id)
    show(qtbot, dialog)
    qtbot.waitUntil(ops.idle, timeout=15000)
    ui = dialog.ui
    assert not ui.severity_combo.isVisible()  # values entered by hand: nothing to choose
    ui.name_edit.setText("Kaatumiset kuukaudessa")
    ui.target_edit.setText("2")
    ui.direction_combo.setCurrentIndex(ui.direction_combo.findData("lower"))
    ui.frequency_combo.setCurrentIndex(ui.frequency_combo.findData("month"))
    ui.count_combo.setCurrentIndex(ui.count_combo.findData("fall"))
    assert ui.count_combo.currentText() == "Lasketaan turvallisuustapahtumista: Kaatuminen"
    assert ui.severity_combo.isVisible()
    ui.severity_combo.setCurrentIndex(ui.severity_combo.findData("harm"))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15000)
    (goal,) = services.measures.board_measures(board.id)
    assert (goal.safety_kind_code, goal.safety_severity) == ("fall", "harm")
    # Opened again, the link is shown; "Kirjataan käsin" removes it.
    again = MeasureDialog(services, board.id, goal)
    show(qtbot, again)
    qtbot.waitUntil(ops.idle, timeout=15000)
    assert again.ui.count_combo.currentData() == "fall"
    assert again.ui.severity_combo.currentData() == "harm"
    again.ui.count_combo.setCurrentIndex(0)
    again.save_button.click()
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=15000)
    assert not services.measures.get(goal.id).counted
