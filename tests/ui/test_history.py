"""An item's history shows who (or which screen) changed what and when, in Finnish, and an
archived item is restored from it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from section_helpers import answered

from leanboard.services import Services, open_services
from leanboard.services.dto import BoardInfo
from leanboard.ui.common import fmt
from leanboard.ui.common.history_view import HistoryDialog
from leanboard.ui.desk.lists import BoardListsDialog
from leanboard.ui.ideas.dialog import IdeaDialog


def test_history_shows_who_changed_what_old_to_new(
    qtbot: QtBot, services: Services, sqlite_url: str, board: BoardInfo
) -> None:
    idea = services.ideas.create_idea(board.id, "Taukotila", due_date="1.12.2026")
    other = open_services(sqlite_url, actor="kaisa@osasto3-seina", migrate=False)
    try:
        dialog = IdeaDialog(other, board.id, other.ideas.get(idea.id))
        answered(qtbot)
        qtbot.addWidget(dialog)
        dialog.ui.title_edit.setText("Taukotilan järjestys")
        dialog.ui.due_edit.setText("8.12.2026")
        dialog.ui.state_combo.setCurrentIndex(dialog.ui.state_combo.findData("plan"))
        dialog.save_button.click()
        answered(qtbot)
    finally:
        other.close()

    history = HistoryDialog(services, "idea", idea.id, "Taukotilan järjestys")
    answered(qtbot)
    qtbot.addWidget(history)
    history.show()
    rows = history.rows()
    assert [(who, what) for _when, who, what, _change in rows] == [
        ("test@pytest", "Luotu"),
        ("kaisa@osasto3-seina", "Muutettu"),
        ("kaisa@osasto3-seina", "Siirretty"),
    ]
    assert rows[1][3].splitlines() == [
        "Otsikko: Taukotila → Taukotilan järjestys",
        "Määräpäivä: 1.12.2026 → 8.12.2026",
    ]
    assert rows[2][3] == "Tila: Uudet → Suunnittele"  # bookkeeping times left out
    # Local time, Finnish style: d.M.yyyy hh.mm
    change = services.history.of_item("idea", idea.id)[0]
    local = fmt.local_time(change.at)
    assert (
        rows[0][0] == f"{local.day}.{local.month}.{local.year} {local.hour:02d}.{local.minute:02d}"
    )
    assert not history.restore_button.isVisible()  # not archived: nothing to restore
    history.resize(900, 300)
    history.grab().save("/tmp/test_history.png")


def test_archived_item_is_restored_from_its_history(
    qtbot: QtBot, services: Services, board: BoardInfo
) -> None:
    problem = services.problems.create_problem(board.id, "Q", "Palautteisiin vastaaminen viivästyy")
    services.problems.archive_problem(problem.id)
    lists = BoardListsDialog(services, board.id, board.name)
    answered(qtbot)
    qtbot.addWidget(lists)
    panel = lists.show_list("problems")
    panel.archived_check.setChecked(True)
    panel.select(problem.id)
    history = panel.show_history()
    assert history is not None
    answered(qtbot)
    assert [r[2] for r in history.rows()] == ["Luotu", "Arkistoitu"]
    assert history.restore_button.isVisibleTo(history)
    assert history.note.text() == "Kohde on arkistoitu: se ei näy taululla."

    history.restore_button.click()
    answered(qtbot)
    assert not services.problems.get(problem.id).archived
    assert history.note.text() == "Palautettu taululle."
    assert [p.title for p in services.problems.list_problems(board.id)] == [
        "Palautteisiin vastaaminen viivästyy"
    ]
    assert not panel.spec.facets(panel.current()).archived  # the list shows it restored
    again = panel.show_history()
    answered(qtbot)
    assert again is not None and [r[2] for r in again.rows()][-1] == "Palautettu"


def test_escalation_and_answer_read_as_one_row_each(
    qtbot: QtBot, services: Services, board: BoardInfo
) -> None:
    problem = services.problems.create_problem(board.id, "S", "Avain hukassa")
    problem = services.problems.escalate_problem(problem.id, problem.version, "Apua")
    services.problems.answer_escalation(problem.id, problem.version, "decision", "Uusi avain")
    history = HistoryDialog(services, "problem", problem.id, problem.title)
    answered(qtbot)
    qtbot.addWidget(history)
    rows = history.rows()
    assert [r[2] for r in rows] == ["Luotu", "Eskaloitu", "Vastattu"]
    assert rows[1][3].splitlines() == ["Taululta: OS3", "Taululle: Kotihoidon yksikkö"]
    assert rows[2][3].splitlines() == [
        "Taso: YKS",
        "Vastauksen tyyppi: päätös",
        "Vastaus: Uusi avain",
    ]


def test_an_undone_move_reads_as_its_own_row(
    qtbot: QtBot, services: Services, board: BoardInfo
) -> None:
    """The wall's "Kumoa" never rewrites the history: the move stays, the undo follows it."""
    idea = services.ideas.create_idea(board.id, "Taukotila")
    moved = services.ideas.move_idea(idea.id, idea.version)
    services.ideas.undo_move(idea, moved.version)
    history = HistoryDialog(services, "idea", idea.id, "Taukotila")
    answered(qtbot)
    qtbot.addWidget(history)
    rows = history.rows()
    assert [what for _when, _who, what, _change in rows] == ["Luotu", "Siirretty", "Kumottu"]
    assert rows[1][3] == "Tila: Uudet → Suunnittele"
    assert rows[2][3] == "Tila: Suunnittele → Uudet"


def test_a_huddle_edit_and_its_undo_name_their_fields(
    qtbot: QtBot, services: Services, board: BoardInfo
) -> None:
    services.huddles.log_huddle(board.id, 8, 12)
    edit = services.huddles.log_huddle(board.id, 10, 15)
    services.huddles.undo_log(edit)
    history = HistoryDialog(services, "huddle", edit.huddle.id, "Palaveri")
    answered(qtbot)
    qtbot.addWidget(history)
    rows = history.rows()
    assert [what for _when, _who, what, _change in rows] == ["Luotu", "Muutettu", "Kumottu"]
    assert rows[2][3].splitlines() == [
        "Kumottu toiminto: muutettu",
        "Osallistujat: 10 → 8",
        "Kesto (min): 15 → 12",
    ]
