"""The leader's lists: item models checked by qtmodeltester, search and filters as a person
uses them, double-click to edit, archive → restore, and CSV export read back."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from conftest import MessageBoxes
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from section_helpers import answered

from leanboard.services import Services, open_services
from leanboard.services.dto import BoardInfo
from leanboard.ui.common.lists import ItemListPanel
from leanboard.ui.common.live import LiveUpdates
from leanboard.ui.desk.lists import BoardListsDialog
from leanboard.ui.desk.main_window import MainWindow
from leanboard.ui.ideas.dialog import IdeaDialog

TODAY = dt.date.today()


@pytest.fixture
def lists(qtbot: QtBot, services: Services, board: BoardInfo) -> BoardListsDialog:
    ideas = services.ideas
    ideas.create_idea(board.id, "Hyllyjen merkintä", category="S", owner="Sari")
    late = ideas.create_idea(
        board.id,
        "Taukotilan järjestys",
        category="C",
        owner="Tuomas",
        due_date=TODAY - dt.timedelta(days=3),
    )
    ideas.move_idea(late.id, late.version, "do")
    ideas.create_idea(board.id, "=2+3 kaava", description="@komento", owner="Sari")
    gone = ideas.create_idea(board.id, "Vanha idea")
    ideas.archive_idea(gone.id)
    measures = services.measures
    assert board.parent_id is not None
    measures.create_measure(board.parent_id, "Työtyytyväisyys", target=8, inherited=True)
    measures.create_measure(
        board.id, "Sairauspoissaolot", unit="%", target=4.5, direction="lower", decimals=1
    )
    dialog = BoardListsDialog(services, board.id, board.name)
    answered(qtbot)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def titles(panel: ItemListPanel) -> list[str]:
    return sorted(i.title for i in panel.visible_items())


def test_models_pass_qtmodeltester(qtmodeltester: object, lists: BoardListsDialog) -> None:
    for panel in lists.panels.values():
        qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
        qtmodeltester.check(panel.proxy)  # type: ignore[attr-defined]


def test_search_and_filters(qtbot: QtBot, lists: BoardListsDialog) -> None:
    panel = lists.show_list("ideas")
    assert titles(panel) == ["=2+3 kaava", "Hyllyjen merkintä", "Taukotilan järjestys"]
    assert panel.count_label.text() == "3 / 4 näkyvissä"  # the archived one is hidden

    QTest.keyClicks(panel.search_edit, "jarj")  # no match: the search is literal
    assert titles(panel) == []
    panel.search_edit.clear()
    panel.search_edit.insert("järj")
    assert titles(panel) == ["Taukotilan järjestys"]
    panel.search_edit.clear()

    panel.owner_combo.setCurrentIndex(panel.owner_combo.findText("Sari"))
    assert titles(panel) == ["=2+3 kaava", "Hyllyjen merkintä"]
    panel.category_combo.setCurrentIndex(panel.category_combo.findData("S"))
    assert titles(panel) == ["Hyllyjen merkintä"]
    panel.owner_combo.setCurrentIndex(0)
    panel.category_combo.setCurrentIndex(0)

    panel.state_combo.setCurrentIndex(panel.state_combo.findText("Toteuta"))
    assert titles(panel) == ["Taukotilan järjestys"]
    panel.state_combo.setCurrentIndex(0)

    panel.overdue_check.setChecked(True)
    assert titles(panel) == ["Taukotilan järjestys"]
    row = panel.proxy.index(
        0, panel.model.columns.index(next(c for c in panel.model.columns if c.header == "Huom."))
    )
    assert row.data() == "◷ myöhässä"
    panel.overdue_check.setChecked(False)

    panel.archived_check.setChecked(True)
    assert "Vanha idea" in titles(panel)
    assert panel.count_label.text() == "4 / 4 näkyvissä"
    lists.grab().save("/tmp/test_lists_ideas.png")


def test_sorting_by_a_header(lists: BoardListsDialog) -> None:
    panel = lists.show_list("ideas")
    panel.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [i.title for i in panel.visible_items()] == [
        "Taukotilan järjestys",
        "Hyllyjen merkintä",
        "=2+3 kaava",
    ]


def test_double_click_opens_the_dialog_and_the_list_follows(
    qtbot: QtBot, services: Services, lists: BoardListsDialog
) -> None:
    panel = lists.show_list("ideas")
    panel.search_edit.setText("Hyllyjen")
    index = panel.proxy.index(0, 0)
    panel.table.doubleClicked.emit(index)
    [dialog] = panel.open_dialogs
    assert isinstance(dialog, IdeaDialog) and dialog.ui.title_edit.text() == "Hyllyjen merkintä"
    dialog.ui.title_edit.insert(" ja lokerot")
    dialog.ui.title_edit.setText("Hyllyjen merkintä ja lokerot")
    with qtbot.waitSignal(panel.changed, timeout=5000):
        dialog.save_button.click()
    answered(qtbot)  # the list re-reads off the GUI thread
    panel.search_edit.clear()
    assert "Hyllyjen merkintä ja lokerot" in titles(panel)
    assert panel.current().title == "Hyllyjen merkintä ja lokerot"  # still selected


def test_archive_then_restore(
    qtbot: QtBot,
    services: Services,
    board: BoardInfo,
    lists: BoardListsDialog,
    messages: MessageBoxes,
) -> None:
    panel = lists.show_list("ideas")
    panel.search_edit.setText("Hyllyjen")
    panel.table.selectRow(0)
    assert panel.archive_button.text() == "&Arkistoi"
    messages.answer = False
    panel.archive_button.click()  # asked, and the leader said no
    answered(qtbot)
    assert "Hyllyjen merkintä" in titles(panel)
    messages.answer = True
    panel.archive_button.click()
    answered(qtbot)
    assert messages.texts("ask")[-1].startswith("Arkistoidaanko ”Hyllyjen merkintä”?")
    assert titles(panel) == []
    assert [
        i.title for i in services.ideas.list_ideas(board.id) if i.title.startswith("Hyll")
    ] == []

    panel.archived_check.setChecked(True)
    panel.select(next(i.id for i in panel.visible_items()))
    assert panel.archive_button.text() == "&Palauta"
    panel.archive_button.click()
    answered(qtbot)
    assert [i.title for i in services.ideas.list_ideas(board.id) if i.title.startswith("Hyll")] == [
        "Hyllyjen merkintä"
    ]


def test_export_what_is_shown_to_csv(qtbot: QtBot, tmp_path: Path, lists: BoardListsDialog) -> None:
    panel = lists.show_list("ideas")
    panel.owner_combo.setCurrentIndex(panel.owner_combo.findText("Sari"))
    panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    path = panel.export_csv(str(tmp_path / "ideat.csv"))
    answered(qtbot)  # written off the GUI thread
    assert path is not None
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle, delimiter=";"))
    assert table[0][:5] == ["Otsikko", "Tila", "SQDC", "Vastuuhenkilö", "Määräpäivä"]
    assert [row[0] for row in table[1:]] == ["\u2060=2+3 kaava", "Hyllyjen merkintä"]
    assert table[1][-1] == "\u2060@komento"  # formula injection neutralised
    assert table[2][5] == f"{TODAY.day}.{TODAY.month}.{TODAY.year}"  # d.M.yyyy

    measures = lists.show_list("measures")
    path = measures.export_csv(str(tmp_path / "mittarit.csv"))
    answered(qtbot)
    assert path is not None
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = {r[0]: r for r in csv.reader(handle, delimiter=";")}
    assert rows["Sairauspoissaolot"][1] == "4,5"  # decimal comma
    assert rows["Työtyytyväisyys"][5].endswith("(ylempi, vain luku)")


def test_measure_list_marks_inherited_goals_read_only(lists: BoardListsDialog) -> None:
    panel = lists.show_list("measures")
    names = [r.measure.name for r in panel.visible_items()]
    assert names == ["Työtyytyväisyys", "Sairauspoissaolot"]
    panel.table.selectRow(0)
    assert panel.edit_button.text() == "&Näytä…" and not panel.archive_button.isEnabled()
    panel.table.selectRow(1)
    assert panel.edit_button.text() == "&Muokkaa…" and panel.archive_button.isEnabled()
    lists.grab().save("/tmp/test_lists_measures.png")


def test_open_lists_follow_changes_from_another_screen(
    qtbot: QtBot, services: Services, sqlite_url: str, board: BoardInfo
) -> None:
    live = LiveUpdates(services)
    window = MainWindow(services, live)
    answered(qtbot)
    qtbot.addWidget(window)
    window.select_board(board.id)
    answered(qtbot)
    window.show()
    lists = window.board_menu.open_list("problems")
    assert lists is not None
    answered(qtbot)
    panel = lists.panels["problems"]
    assert titles(panel) == []
    other = open_services(sqlite_url, actor="seina@osasto3", migrate=False)
    try:
        other.problems.create_problem(board.id, "Q", "Jono puhelimeen")
    finally:
        other.close()
    try:
        qtbot.waitUntil(lambda: titles(panel) == ["Jono puhelimeen"], timeout=5000)
    finally:
        live.close()
