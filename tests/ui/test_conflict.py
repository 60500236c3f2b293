"""Two leaders open the same problem on two PCs and both save: the second one is shown both
versions and chooses; nothing is overwritten silently and both texts survive. SQLite and
PostgreSQL (`db_url`)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from section_helpers import answered

from leanboard.services import Services, open_services
from leanboard.services.dto import BoardInfo, ProblemItem
from leanboard.ui.common.conflict_dialog import Choice, ConflictDialog, FieldVersions
from leanboard.ui.problems.dialog import ProblemDialog

THEIRS = "Avain on kadonnut kahdesti tällä viikolla; yövuoro ei pääse lääkekaappiin."
MINE = "Lääkekaapin avain puuttuu iltavuorosta – selvitetään avainkaappi."


@pytest.fixture
def two_pcs(db_url: str) -> Iterator[tuple[Services, Services]]:
    first = open_services(db_url, actor="hanna@osasto3-pc")
    second = open_services(db_url, actor="kaisa@yksikko-pc", migrate=False)
    yield first, second
    second.close()
    first.close()


@pytest.fixture
def problem(two_pcs: tuple[Services, Services]) -> tuple[BoardInfo, ProblemItem]:
    first, _ = two_pcs
    unit = first.boards.create_board("YKS", "Kotihoidon yksikkö", "unit")
    team = first.boards.create_board("OS3", "Osasto 3", "team", parent_id=unit.id)
    item = first.problems.create_problem(team.id, "S", "Lääkekaapin avain hukassa")
    return team, item


def open_dialog(qtbot: QtBot, services: Services, board: BoardInfo, pid: int) -> ProblemDialog:
    dialog = ProblemDialog(services, board.id, services.problems.get(pid))
    answered(qtbot)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def both_save(
    qtbot: QtBot, two_pcs: tuple[Services, Services], problem: tuple[BoardInfo, ProblemItem]
) -> tuple[ProblemDialog, ProblemDialog]:
    board, item = problem
    first, second = two_pcs
    hers = open_dialog(qtbot, first, board, item.id)
    mine = open_dialog(qtbot, second, board, item.id)  # both open version 1
    hers.ui.description_edit.setPlainText(THEIRS)
    mine.ui.description_edit.setPlainText(MINE)
    mine.ui.owner_edit.insert("Kaisa")
    hers.save_button.click()
    answered(qtbot)
    assert not hers.isVisible() and first.problems.get(item.id).description == THEIRS

    mine.save_button.click()  # the second save meets the first one
    answered(qtbot)
    assert mine.isVisible() and mine.conflict is not None and mine.conflict.isVisible()
    return hers, mine


def test_second_save_gets_the_choice_and_keep_mine_keeps_both_texts(
    qtbot: QtBot, two_pcs: tuple[Services, Services], problem: tuple[BoardInfo, ProblemItem]
) -> None:
    _hers, mine = both_save(qtbot, two_pcs, problem)
    conflict = mine.conflict
    assert conflict is not None
    shown = {f.label: (f.mine, f.theirs, f.differs) for f in conflict.fields}
    assert shown["Kuvaus"] == (MINE, THEIRS, True)
    assert shown["Vastuuhenkilö"] == ("Kaisa", "", True)
    assert shown["Otsikko"][2] is False
    mine_cell, theirs_cell = conflict.rows[[f.label for f in conflict.fields].index("Kuvaus")]
    assert (mine_cell.text(), theirs_cell.text()) == (MINE, THEIRS)
    conflict.grab().save("/tmp/test_conflict_dialog.png")
    # Nothing was stored by the second PC yet.
    first, second = two_pcs
    assert second.problems.get(problem[1].id).description == THEIRS

    conflict.mine_button.click()  # "Tallenna minun versioni"
    answered(qtbot)
    assert not mine.isVisible()
    stored = first.problems.get(problem[1].id)
    assert (stored.description, stored.owner) == (MINE, "Kaisa")
    # Theirs is not lost: the history holds it as the value mine replaced.
    history = first.history.of_item("problem", problem[1].id)
    updates = [c for c in history if c.action == "update"]
    assert [c.actor for c in updates] == ["hanna@osasto3-pc", "kaisa@yksikko-pc"]
    assert updates[1].details["description"] == [THEIRS, MINE]


def test_back_to_editing_keeps_the_typed_text_and_keep_theirs_loads_theirs(
    qtbot: QtBot, two_pcs: tuple[Services, Services], problem: tuple[BoardInfo, ProblemItem]
) -> None:
    _hers, mine = both_save(qtbot, two_pcs, problem)
    assert mine.conflict is not None
    mine.conflict.cancel_button.click()  # "Palaa muokkaamaan"
    answered(qtbot)
    assert mine.isVisible()
    assert mine.ui.description_edit.toPlainText() == MINE  # the typed text is intact
    assert "tallessa" in mine.status_label.text()
    first, _ = two_pcs
    assert first.problems.get(problem[1].id).description == THEIRS

    mine.save_button.click()  # saving again still meets the other version: asked again
    answered(qtbot)
    assert mine.conflict is not None and mine.conflict.isVisible()
    mine.conflict.theirs_button.click()  # "Pidä toisen versio"
    answered(qtbot)
    assert mine.isVisible()
    assert mine.ui.description_edit.toPlainText() == THEIRS
    assert mine.ui.owner_edit.text() == ""
    assert first.problems.get(problem[1].id).description == THEIRS

    mine.ui.due_edit.setText("1.12.2026")  # now working on top of their version saves cleanly
    mine.save_button.click()
    answered(qtbot)
    assert not mine.isVisible()
    stored = first.problems.get(problem[1].id)
    assert (stored.description, str(stored.due_date)) == (THEIRS, "2026-12-01")


def test_conflict_dialog_is_generic_and_enter_never_overwrites(qtbot: QtBot) -> None:
    dialog = ConflictDialog(
        [FieldVersions("Otsikko", "Sama", "Sama"), FieldVersions("Tausta", "Minun", "Heidän")]
    )
    answered(qtbot)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.cancel_button.isDefault()
    assert [f.differs for f in dialog.fields] == [False, True]
    dialog.reject()  # Esc
    assert dialog.choice is Choice.CANCEL
