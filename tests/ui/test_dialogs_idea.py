"""The idea dialog filled as a person would: typing, wrong input and its message, Enter, Esc."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from section_helpers import answered

from leanboard.services import Services
from leanboard.services.dto import BoardInfo
from leanboard.ui.ideas.dialog import IdeaDialog

FICTITIOUS_CODE = "010594Y9032"  # DVV's example identity code


def make(qtbot: QtBot, services: Services, board: BoardInfo, idea: object = None) -> IdeaDialog:
    dialog = IdeaDialog(services, board.id, idea)  # type: ignore[arg-type]
    answered(qtbot)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def test_new_idea_typed_and_saved_with_enter(
    qtbot: QtBot, services: Services, board: BoardInfo
) -> None:
    dialog = make(qtbot, services, board)
    ui = dialog.ui
    assert dialog.windowTitle() == "Uusi kehitysidea"
    assert not dialog.save_button.isEnabled()  # the title is required
    assert dialog.checks.message_of(ui.title_edit) is None  # but nobody is scolded yet

    assert dialog.focusWidget() == ui.title_edit, QApplication.focusWidget()
    QTest.keyClicks(ui.title_edit, "Hyllyjen merkinta")
    ui.title_edit.insert(" lääkehuoneeseen")  # keyClicks cannot type ä/ö here
    QTest.keyClick(ui.title_edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() == ui.category_combo  # tab order from the form
    ui.category_combo.setCurrentIndex(ui.category_combo.findData("Q"))
    QTest.keyClicks(ui.owner_edit, "Sari")
    QTest.keyClicks(ui.due_edit, "31.2.2026")
    assert dialog.checks.message_of(ui.due_edit) == (
        "Määräpäivä: ”31.2.2026” ei ole päivämäärä (pp.kk.vvvv)."
    )
    assert not dialog.save_button.isEnabled()
    ui.due_edit.clear()
    QTest.keyClicks(ui.due_edit, "4.12.2026")
    assert dialog.checks.message_of(ui.due_edit) is None
    assert dialog.save_button.isEnabled()

    with qtbot.waitSignal(dialog.saved, timeout=1000):
        QTest.keyClick(ui.due_edit, Qt.Key.Key_Return)  # Enter saves
    stored = services.ideas.list_ideas(board.id)
    assert [(i.title, i.category, i.owner, i.due_date, i.state) for i in stored] == [
        ("Hyllyjen merkinta lääkehuoneeseen", "Q", "Sari", dt.date(2026, 12, 4), "new")
    ]
    assert not dialog.isVisible()


def test_identity_code_is_refused_at_the_field_and_the_text_stays(
    qtbot: QtBot, services: Services, board: BoardInfo
) -> None:
    dialog = make(qtbot, services, board)
    ui = dialog.ui
    ui.title_edit.insert("Kaatuminen käytävällä")
    text = f"Asiakas {FICTITIOUS_CODE} kaatui yöllä"
    ui.description_edit.setPlainText(text)
    message = dialog.checks.message_of(ui.description_edit)
    assert message is not None and "henkilötunnus" in message
    assert "poista tunnus" in message
    assert not dialog.save_button.isEnabled()
    assert ui.description_edit.toPlainText() == text  # nothing typed is lost
    dialog.grab().save("/tmp/test_idea_dialog_refused.png")

    QTest.keyClick(ui.title_edit, Qt.Key.Key_Return)  # Enter with a refused field saves nothing
    assert services.ideas.list_ideas(board.id) == []
    assert dialog.isVisible()

    ui.description_edit.setPlainText("Asiakas kaatui yöllä")
    assert dialog.checks.message_of(ui.description_edit) is None
    with qtbot.waitActive(dialog):  # shortcuts go to the active window
        dialog.activateWindow()
    QTest.keyClick(ui.description_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    answered(qtbot)
    assert [i.description for i in services.ideas.list_ideas(board.id)] == ["Asiakas kaatui yöllä"]


def test_a_cleared_title_says_it_is_required_and_esc_cancels(
    qtbot: QtBot, services: Services, board: BoardInfo
) -> None:
    idea = services.ideas.create_idea(board.id, "Taukotila", owner="Lh Kaisa")
    dialog = make(qtbot, services, board, idea)
    ui = dialog.ui
    assert ui.title_edit.text() == "Taukotila" and ui.owner_edit.text() == "Lh Kaisa"
    ui.title_edit.clear()
    assert dialog.checks.message_of(ui.title_edit) == "Otsikko: kenttä on pakollinen."
    QTest.keyClick(ui.title_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert services.ideas.get(idea.id).title == "Taukotila"


def test_editing_moves_the_state_and_keeps_history(
    qtbot: QtBot, services: Services, board: BoardInfo
) -> None:
    idea = services.ideas.create_idea(board.id, "Taukotila")
    dialog = make(qtbot, services, board, idea)
    ui = dialog.ui
    ui.state_combo.setCurrentIndex(ui.state_combo.findData("plan"))
    ui.title_edit.setText("Taukotilan järjestys")
    dialog.save_button.click()
    answered(qtbot)
    saved = services.ideas.get(idea.id)
    assert (saved.title, saved.state) == ("Taukotilan järjestys", "plan")
    actions = [c.action for c in services.history.of_item("idea", idea.id)]
    assert actions == ["create", "update", "move"]
