"""The A3 list on a real SQLite file with the demo organisation: board and organisation views,
age and overdue counts against the stored rows, search and phase filter, opening the editor by
double-click and Enter, a new A3 whose unsaved text comes back, and refresh after a save."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from section_helpers import answered
from sqlalchemy import select
from test_a3_editor import type_into  # tests/ui is on sys.path (rootdir-less test modules)

from leanboard.services import Services, open_services
from leanboard.services.demo import seed_demo
from leanboard.services.drafts import DraftStore
from leanboard.services.dto import A3ActionDraft
from leanboard.store.models import A3Report
from leanboard.ui.a3.editor import A3Editor
from leanboard.ui.a3.list_window import A3ListWindow

if TYPE_CHECKING:
    from tests.ui.conftest import MessageBoxes

PHASES = {"plan": "Suunnittele", "do": "Toteuta", "check": "Arvioi", "act": "Vakiinnuta"}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("a3list") / "demo.db"
    seeding = open_services(f"sqlite:///{path}")
    seed_demo(seeding.db, "small")
    seeding.close()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Services]:
    # A copy per test: tests here add A3s, and the others must see the demo as it was.
    copy = tmp_path / "demo.db"
    copy.write_bytes(demo_file.read_bytes())
    opened = open_services(f"sqlite:///{copy}", actor="test@pytest")
    yield opened
    opened.close()


@pytest.fixture
def drafts(tmp_path: Path) -> DraftStore:
    return DraftStore(tmp_path / "drafts")


@pytest.fixture
def make_list(
    qtbot: QtBot, demo: Services, drafts: DraftStore
) -> Callable[[int | None], A3ListWindow]:
    def make(board_id: int | None) -> A3ListWindow:
        window = A3ListWindow(demo, board_id, drafts=drafts)
        qtbot.addWidget(window)
        window.show()
        answered(qtbot)
        return window

    return make


def stored(demo: Services, today: dt.date) -> dict[int, tuple[int, str, int, int, int]]:
    """Straight from the tables: id -> (board, phase, age, open actions, overdue actions)."""
    with demo.db.read() as s:
        out = {}
        for r in s.scalars(select(A3Report).where(A3Report.archived_at.is_(None))):
            open_ = [a for a in r.actions if a.status != "done"]
            late = [a for a in open_ if a.due_date is not None and a.due_date < today]
            out[r.id] = (r.board_id, r.phase, (today - r.started_on).days, len(open_), len(late))
        return out


def cells(window: A3ListWindow) -> list[list[str]]:
    proxy = window.proxy
    return [
        [proxy.index(row, col).data() for col in range(proxy.columnCount())]
        for row in range(proxy.rowCount())
    ]


def test_board_and_organisation_lists_match_the_stored_a3s(
    qtbot: QtBot, demo: Services, make_list: Callable[[int | None], A3ListWindow]
) -> None:
    today = dt.date.today()
    rows = stored(demo, today)
    board_id = max(
        {b for b, *_ in rows.values()}, key=lambda b: sum(x[0] == b for x in rows.values())
    )
    window = make_list(board_id)

    assert not window.organisation
    shown = window.visible_rows()
    assert sorted(r.id for r in shown) == sorted(i for i, v in rows.items() if v[0] == board_id)
    assert len(shown) >= 2  # the demo's richest board has more than one A3
    assert window.table.isColumnHidden(1)  # one board: no board column
    for row, text in zip(shown, cells(window), strict=True):
        _board, phase, age, open_, late = rows[row.id]
        assert text[2] == {**PHASES, "done": "Valmis"}[phase]
        assert text[4:] == [str(age), str(open_), f"◷ {late}" if late else ""]

    window.set_organisation(True)
    answered(qtbot)
    every = window.visible_rows()
    assert sorted(r.id for r in every) == sorted(rows)
    assert len({r.board_id for r in every}) > 1
    assert not window.table.isColumnHidden(1)
    assert window.count_label.text() == f"{len(rows)} A3-raporttia"
    for row, text in zip(every, cells(window), strict=True):
        assert text[1] == f"{row.board_name} ({row.board_code})"
        assert text[4:] == [
            str(rows[row.id][2]),
            str(rows[row.id][3]),
            f"◷ {rows[row.id][4]}" if rows[row.id][4] else "",
        ]


def test_age_and_overdue_of_a_known_a3_and_the_filters(
    qtbot: QtBot, demo: Services, make_list: Callable[[int | None], A3ListWindow]
) -> None:
    today = dt.date.today()
    board = demo.boards.list_boards()[-1]
    a3 = demo.a3.create_a3(
        board.id, "Haavanhoidon kirjaaminen", "Sh Aino", started_on=today - dt.timedelta(days=10)
    )
    demo.a3.update_a3(
        a3.id,
        a3.version,
        phase="do",
        actions=[
            A3ActionDraft("Ohje päivitetään", "Aino", today - dt.timedelta(days=3)),  # overdue
            A3ActionDraft("Koulutus", "Matti", today + dt.timedelta(days=5)),  # open, not late
            A3ActionDraft("Kysely", "Aino", today - dt.timedelta(days=20), "done"),  # done
        ],
    )
    window = make_list(board.id)
    window.set_organisation(True)
    answered(qtbot)
    window.search_edit.setText("haavanhoidon")
    assert cells(window) == [
        [
            "Haavanhoidon kirjaaminen",
            f"{board.name} ({board.code})",
            "Toteuta",
            "Sh Aino",
            "10",
            "2",
            "◷ 1",
        ]
    ]
    assert window.count_label.text().startswith("1 / ")
    window.search_edit.clear()
    window.phase_combo.setCurrentIndex(window.phase_combo.findData("do"))
    assert window.visible_rows()
    assert {r.phase for r in window.visible_rows()} == {"do"}
    window.phase_combo.setCurrentIndex(window.phase_combo.findData("act"))
    assert a3.id not in [r.id for r in window.visible_rows()]


def test_models_pass_qtmodeltester(
    qtmodeltester: object, make_list: Callable[[int | None], A3ListWindow]
) -> None:
    window = make_list(None)
    qtmodeltester.check(window.model)  # type: ignore[attr-defined]
    qtmodeltester.check(window.proxy)  # type: ignore[attr-defined]


def test_double_click_and_enter_open_the_editor_and_a_save_refreshes_the_list(
    qtbot: QtBot, demo: Services, make_list: Callable[[int | None], A3ListWindow]
) -> None:
    window = make_list(None)
    target = window.visible_rows()[0]
    rect = window.table.visualRect(window.proxy.index(0, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [e.a3_id for e in window.editors] == [target.id]
    editor = window.editors[0]
    assert editor.isVisible() and not editor.read_only
    assert editor.ui.titleEdit.text() == target.title

    window.table.setFocus()
    window.table.setCurrentIndex(window.proxy.index(1, 0))
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert [e.a3_id for e in window.editors] == [target.id, window.visible_rows()[1].id]

    type_into(qtbot, editor.ui.titleEdit, "Uusi otsikko listalle")
    assert editor.save()
    answered(qtbot)
    assert "Uusi otsikko listalle" in [r.title for r in window.visible_rows()]
    for e in list(window.editors):
        e.close()


def test_a_new_a3_typed_and_closed_unsaved_is_offered_back_and_saved(
    qtbot: QtBot,
    demo: Services,
    make_list: Callable[[int | None], A3ListWindow],
    drafts: DraftStore,
    messages: MessageBoxes,
) -> None:
    board = demo.boards.list_boards()[-1]
    window = make_list(board.id)
    before = len(window.visible_rows())
    qtbot.mouseClick(window.new_button, Qt.MouseButton.LeftButton)
    editor = window.editors[-1]
    assert editor.a3_id is None and editor.ui.titleEdit.text() == ""
    assert board.name in editor.ui.boardValue.text()
    type_into(qtbot, editor.ui.titleEdit, "Yöhoitajan kierrot")
    type_into(qtbot, editor.ui.backgroundEdit, "Kierrot venyvät yöllä, kun kutsuja on paljon.")
    editor.close()  # not saved
    answered(qtbot)  # the draft is written off the GUI thread
    assert drafts.load(demo.database_label, None) is not None
    assert len(window.visible_rows()) == before  # nothing stored

    messages.answer = True  # "Palauta tallentamaton luonnos?" -> yes
    again = window.new_a3()
    assert again is not None
    answered(qtbot)
    assert any("Uudesta A3:sta on tallentamaton luonnos" in t for t in messages.texts("ask"))
    assert again.ui.titleEdit.text() == "Yöhoitajan kierrot"
    assert again.ui.backgroundEdit.toPlainText().startswith("Kierrot venyvät")
    assert again.save()
    answered(qtbot)
    assert again.a3_id is not None
    assert drafts.load(demo.database_label, None) is None
    stored_a3 = demo.a3.get(again.a3_id)
    assert (stored_a3.board_id, stored_a3.title) == (board.id, "Yöhoitajan kierrot")
    assert stored_a3.background == "Kierrot venyvät yöllä, kun kutsuja on paljon."
    assert len(window.visible_rows()) == before + 1  # the list re-read after the save
    again.close()


def test_new_a3_is_refused_at_the_field_without_a_title(
    qtbot: QtBot, demo: Services, make_list: Callable[[int | None], A3ListWindow]
) -> None:
    board = demo.boards.list_boards()[-1]
    window = make_list(board.id)
    editor = window.new_a3()
    assert isinstance(editor, A3Editor)
    answered(qtbot)
    type_into(qtbot, editor.ui.backgroundEdit, "Tausta ilman otsikkoa")
    assert not editor.save()
    assert editor.ui.titleError.isVisible()
    assert editor.ui.backgroundEdit.toPlainText() == "Tausta ilman otsikkoa"
    editor.close()
