"""Board settings: rename, code, PIN (4–8 digits, never shown), minimum mood group, sections."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from section_helpers import answered

from leanboard.domain.errors import ValidationError
from leanboard.services import Services
from leanboard.services.boards import NO_PARENT
from leanboard.services.dto import BoardInfo
from leanboard.ui.admin.board_settings import BoardSettingsDialog


def make(qtbot: QtBot, services: Services, board: BoardInfo) -> BoardSettingsDialog:
    dialog = BoardSettingsDialog(services, services.boards.get(board.id))
    answered(qtbot)
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
    # Asked twice: a PIN typed once wrong would lock the leader out of their own wall.
    assert not dialog.checks.is_valid()
    QTest.keyClicks(ui.pin_again_edit, "482913")
    ui.min_group_spin.setValue(7)
    dialog.section_checks["a3"].setChecked(False)
    dialog.save_button.click()
    answered(qtbot)

    stored = services.boards.get(board.id)
    assert (stored.code, stored.min_mood_group, stored.has_pin) == ("OS3-PAIV", 7, True)
    assert "a3" not in stored.sections and "mood" in stored.sections
    assert services.pins.check_pin(board.id, "482913")
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
    answered(qtbot)
    assert dialog.isVisible()
    assert dialog.checks.message_of(dialog.ui.code_edit) == "Tunnus YKS on jo käytössä."
    assert dialog.ui.code_edit.text() == "YKS"
    assert not dialog.save_button.isEnabled()
    dialog.ui.code_edit.setText("OS3")
    assert dialog.save_button.isEnabled()


def test_escalation_wait_limit_is_filled_and_stored(
    qtbot: QtBot, services: Services, board: BoardInfo
) -> None:
    dialog = make(qtbot, services, board)
    spin = dialog.ui.escalation_spin
    assert spin.value() == 24  # the default limit
    assert (spin.minimum(), spin.maximum()) == (1, 720)
    assert dialog.ui.form.labelForField(spin).text() == "&Eskalaation odotusraja (h)"
    # Typing past the range is not taken: the field keeps a value the service accepts.
    spin.lineEdit().selectAll()
    QTest.keyClicks(spin, "999")
    assert spin.value() <= 720 and dialog.checks.message_of(spin) is None
    spin.setValue(72)
    dialog.grab().save("/tmp/board_settings.png")
    dialog.save_button.click()
    answered(qtbot)
    assert not dialog.isVisible()
    stored = services.boards.get(board.id)
    assert stored.escalation_limit_hours == 72
    assert stored.parent_id == board.parent_id  # the rest as it was
    history = services.history.of_item("board", board.id)
    assert any("escalation_limit_hours" in repr(c.details) for c in history)


def test_a_refused_limit_is_shown_at_its_field(
    qtbot: QtBot, services: Services, board: BoardInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make(qtbot, services, board)
    # The service's refusal (here forced: the spin box keeps 1–720) lands under the field.
    message = "Eskalaation odotusraja: kokonaisluku 1–720 tuntia (annettu 0)."

    def refuse(*_args: object, **_settings: object) -> BoardInfo:
        raise ValidationError(message, "escalation_limit_hours")

    monkeypatch.setattr(services.boards, "update_settings", refuse)
    dialog.ui.escalation_spin.setValue(48)
    dialog.save_button.click()
    answered(qtbot)
    assert dialog.isVisible()
    assert dialog.checks.message_of(dialog.ui.escalation_spin) == message
    assert dialog.ui.escalation_spin.value() == 48


def test_any_board_can_be_made_top_level_and_the_list_holds_every_allowed_parent(
    qtbot: QtBot, services: Services, board: BoardInfo
) -> None:
    region = services.boards.create_board("ALUE", "Hyvinvointialue", "organisation")
    org = services.boards.create_board("ORG", "Kuntayhtymä", "organisation", parent_id=region.id)
    dialog = make(qtbot, services, org)
    combo = dialog.ui.parent_combo
    assert combo.currentText().strip() == "Hyvinvointialue (ALUE)"
    combo.setCurrentIndex(combo.findText("– ei ylempää taulua (ylimmäksi) –"))
    dialog.save_button.click()
    answered(qtbot)
    assert not dialog.isVisible()
    assert services.boards.get(org.id).parent_id is None
    # A team's list: the top, then every board in tree order but itself (nothing archived).
    services.boards.create_board("OS4", "Osasto 4", "team", parent_id=board.parent_id)
    gone = services.boards.create_board("OS5", "Osasto 5", "team", parent_id=board.parent_id)
    services.boards.archive_board(gone.id)
    team_dialog = make(qtbot, services, board)
    items = [
        team_dialog.ui.parent_combo.itemText(i) for i in range(team_dialog.ui.parent_combo.count())
    ]
    assert items == [
        "– ei ylempää taulua (ylimmäksi) –",
        "Kotihoidon yksikkö (YKS)",
        "    Osasto 4 (OS4)",
        "Hyvinvointialue (ALUE)",
        "Kuntayhtymä (ORG)",
    ]
    assert team_dialog.ui.parent_combo.currentText().strip() == "Kotihoidon yksikkö (YKS)"


def test_update_settings_none_keeps_the_parent_and_no_parent_removes_it(
    services: Services, board: BoardInfo
) -> None:
    kept = services.boards.update_settings(board.id, board.version, name="Osasto 3", parent_id=None)
    assert kept.parent_id == board.parent_id
    top = services.boards.update_settings(board.id, kept.version, parent_id=NO_PARENT)
    assert top.parent_id is None
    # A new parent is a move: the history says "Siirretty" with the parent old → new.
    moves = [c for c in services.history.of_item("board", board.id) if c.action == "move"]
    assert [c.details["parent_id"] for c in moves] == [[board.parent_id, None]]
