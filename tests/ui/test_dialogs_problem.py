"""The problem dialog: typed in, wrong input refused at the field, escalated up the tree, and
the parent's answer shown back (catchball)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from section_helpers import answered

from leanboard.services import Services
from leanboard.services.dto import BoardInfo
from leanboard.ui.problems.dialog import ProblemDialog


def make(
    qtbot: QtBot, services: Services, board: BoardInfo, problem: object = None
) -> ProblemDialog:
    dialog = ProblemDialog(services, board.id, problem)  # type: ignore[arg-type]
    answered(qtbot)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_new_problem_typed_with_a_wrong_date_first(
    qtbot: QtBot, services: Services, board: BoardInfo
) -> None:
    dialog = make(qtbot, services, board)
    ui = dialog.ui
    assert not ui.escalation_box.isVisible()  # nothing to escalate before it exists
    QTest.keyClicks(ui.title_edit, "Iltavuoron kaynnit eivat ehdi")
    ui.category_combo.setCurrentIndex(ui.category_combo.findData("D"))
    QTest.keyClicks(ui.due_edit, "2026-13-01")
    assert dialog.checks.message_of(ui.due_edit) == (
        "Määräpäivä: ”2026-13-01” ei ole päivämäärä (pp.kk.vvvv)."
    )
    assert not dialog.save_button.isEnabled()
    ui.due_edit.setText("15.12.2026")
    QTest.keyClicks(ui.owner_edit, "Lh Tuomas")
    with qtbot.waitSignal(dialog.saved, timeout=1000):
        QTest.keyClick(ui.owner_edit, Qt.Key.Key_Enter)
    [stored] = services.problems.list_problems(board.id)
    assert (stored.title, stored.category, stored.owner, str(stored.due_date), stored.status) == (
        "Iltavuoron kaynnit eivat ehdi",
        "D",
        "Lh Tuomas",
        "2026-12-15",
        "open",
    )


def test_escalate_from_the_dialog_and_see_the_answer_come_back(
    qtbot: QtBot, services: Services, board: BoardInfo
) -> None:
    problem = services.problems.create_problem(board.id, "S", "Lääkekaapin avain hukassa")
    dialog = make(qtbot, services, board, problem)
    ui = dialog.ui
    assert ui.trail_label.text() == "Ongelmaa ei ole eskaloitu."
    assert ui.escalate_button.text() == "Eskaloi: Kotihoidon yksikkö"
    # The note is free text too: an identity code is refused there as typed.
    ui.escalate_note_edit.insert("Koskee asiakasta 010594Y9032")
    assert not ui.escalate_button.isEnabled()
    assert "henkilötunnus" in ui.escalate_error.text()
    ui.escalate_note_edit.setText("Tarvitaan toinen avain")
    assert ui.escalate_button.isEnabled()
    ui.escalate_button.click()
    answered(qtbot)
    assert "OS3 → Kotihoidon yksikkö (YKS): Tarvitaan toinen avain" in ui.trail_label.text()
    assert ui.answer_label.text() == "Odottaa vastausta ylemmältä tasolta."
    assert not ui.escalate_button.isVisible()  # it already waits above
    dialog.close()

    waiting = services.problems.get(problem.id)
    services.problems.answer_escalation(
        problem.id, waiting.version, "resource", "Tilataan kaksi lisäavainta."
    )
    again = make(qtbot, services, board, services.problems.get(problem.id))
    assert again.ui.answer_label.text() == (
        "Ylemmän tason vastaus (Kotihoidon yksikkö, resurssi): Tilataan kaksi lisäavainta."
    )
    assert "↳" in again.ui.trail_label.text() and "resurssi" in again.ui.trail_label.text()
    again.adjustSize()
    again.grab().save("/tmp/test_problem_dialog_answer.png")

    again.ui.status_combo.setCurrentIndex(again.ui.status_combo.findData("solved"))
    again.save_button.click()
    answered(qtbot)
    assert services.problems.get(problem.id).status == "solved"
