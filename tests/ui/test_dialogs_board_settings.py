"""Board settings: rename, code, PIN (4–8 digits, never shown), minimum mood group, sections."""

from __future__ import annotations

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from leanboard.services import Services
from leanboard.services.dto import BoardInfo
from leanboard.ui.dialogs.board_settings_dialog import BoardSettingsDialog


def make(qtbot: QtBot, services: Services, board: BoardInfo) -> BoardSettingsDialog:
    dialog = BoardSettingsDialog(services, services.boards.get(board.id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_settings_saved_with_a_new_pin(qtbot: QtBot, services: Services, board: BoardInfo) -> None:
    dialog = make(qtbot, services, board)
    ui = dialog.ui
    assert ui.name_edit.text() == "Osasto 3 – Päivystys" and ui.code_edit.text() == "OS3"
    assert ui.parent_combo.currentText().strip() == "Kotihoidon yksikkö (YKS)"
    assert "vähemmän" in ui.min_group_spin.toolTip() and "VMBaro" in ui.min_group_spin.toolTip()
    assert ui.min_group_spin.minimum() == 3
    assert ui.pin_edit.echoMode() == QLineEdit.EchoMode.Password

    ui.code_edit.setText("os 3")
    assert dialog.checks.message_of(ui.code_edit) == (
        "Tunnus: 1–32 merkkiä, isoja kirjaimia, numeroita, - tai _ (esim. TUU-AKUUTTI)."
    )
    ui.code_edit.setText("OS3-PAIV")
    QTest.keyClicks(ui.pin_edit, "12a")
    assert dialog.checks.message_of(ui.pin_edit) == "PIN-koodi: 4–8 numeroa."
    assert not dialog.save_button.isEnabled()
    ui.pin_edit.clear()
    QTest.keyClicks(ui.pin_edit, "482913")
    ui.min_group_spin.setValue(7)
    dialog.section_checks["a3"].setChecked(False)
    dialog.save_button.click()

    stored = services.boards.get(board.id)
    assert (stored.code, stored.min_mood_group, stored.has_pin) == ("OS3-PAIV", 7, True)
    assert "a3" not in stored.sections and "mood" in stored.sections
    assert services.boards.check_pin(board.id, "482913")
    # The history says the PIN changed, never what it is.
    history = services.history.of_item("board", board.id)
    assert "set_pin" in [c.action for c in history]
    assert "482913" not in repr([c.details for c in history])


def test_a_taken_code_is_refused_at_its_field(
    qtbot: QtBot, services: Services, board: BoardInfo
) -> None:
    dialog = make(qtbot, services, board)
    dialog.ui.code_edit.setText("YKS")  # the parent's code
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.checks.message_of(dialog.ui.code_edit) == "Tunnus YKS on jo käytössä."
    assert dialog.ui.code_edit.text() == "YKS"
    assert not dialog.save_button.isEnabled()
    dialog.ui.code_edit.setText("OS3")
    assert dialog.save_button.isEnabled()
