"""The leader's safety-event dialog: a past day's event recorded, a future day refused, an
identity code in the description refused, and an event corrected later."""

from __future__ import annotations

import datetime as dt

from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from section_helpers import answered

from leanboard.services import Services
from leanboard.services.dto import BoardInfo
from leanboard.ui.safety.event_dialog import SafetyEventEditDialog

TODAY = dt.date(2026, 11, 25)


def make(
    qtbot: QtBot, services: Services, board: BoardInfo, event: object = None
) -> SafetyEventEditDialog:
    dialog = SafetyEventEditDialog(services, board.id, event, today=lambda: TODAY)  # type: ignore[arg-type]
    answered(qtbot)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_record_yesterdays_near_miss(qtbot: QtBot, services: Services, board: BoardInfo) -> None:
    dialog = make(qtbot, services, board)
    ui = dialog.ui
    assert ui.day_edit.text() == "25.11.2026"  # today by default
    assert [ui.kind_combo.itemText(i) for i in range(ui.kind_combo.count())] == [
        "Kaatuminen",
        "Lääkevirhe",
        "Uhka- tai vaaratilanne",
        "Muu",  # seeded by migration 0007 for what fits none of the others
    ]
    ui.kind_combo.setCurrentIndex(ui.kind_combo.findData("medication"))
    ui.severity_combo.setCurrentIndex(ui.severity_combo.findData("near_miss"))
    ui.day_edit.clear()
    QTest.keyClicks(ui.day_edit, "26.11.2026")
    assert dialog.checks.message_of(ui.day_edit) == (
        "Päivä: tapahtumaa ei voi kirjata tulevalle päivälle."
    )
    assert not dialog.save_button.isEnabled()
    ui.day_edit.setText("24.11.2026")
    ui.description_edit.setPlainText("Potilaan 010594Y9032 lääke väärään aikaan")
    assert "henkilötunnus" in (dialog.checks.message_of(ui.description_edit) or "")
    assert not dialog.save_button.isEnabled()
    ui.description_edit.setPlainText("Iltalääke jaettu tunnin myöhässä")
    dialog.save_button.click()
    answered(qtbot)
    [event] = services.safety.list_events(board.id)
    assert (event.day, event.kind_name, event.severity, event.description) == (
        dt.date(2026, 11, 24),
        "Lääkevirhe",
        "near_miss",
        "Iltalääke jaettu tunnin myöhässä",
    )


def test_correct_an_event_to_harm(qtbot: QtBot, services: Services, board: BoardInfo) -> None:
    event = services.safety.record_event(
        board.id, "fall", "near_miss", day=dt.date(2026, 11, 20), today=TODAY
    )
    dialog = make(qtbot, services, board, event)
    ui = dialog.ui
    assert (ui.kind_combo.currentText(), ui.day_edit.text()) == ("Kaatuminen", "20.11.2026")
    ui.severity_combo.setCurrentIndex(ui.severity_combo.findData("harm"))
    ui.description_edit.setPlainText("Liukas lattia käytävällä")
    dialog.save_button.click()
    answered(qtbot)
    stored = services.safety.get_event(event.id)
    assert (stored.severity, stored.description, stored.version) == (
        "harm",
        "Liukas lattia käytävällä",
        event.version + 1,
    )
    [update] = [
        c for c in services.history.of_item("safety_event", event.id) if c.action == "update"
    ]
    assert update.details["severity"] == ["near_miss", "harm"]
