"""Opening A3s from the board: the tile on the wall (read-only, big Sulje) and on the desktop
(the editor), the problem and idea cards (their A3, and "Aloita A3" linked both ways), and the
editor's PDF export on a worker thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot
from section_helpers import answered
from test_a3_editor import type_into  # tests/ui is on sys.path (rootdir-less test modules)

from leanboard.reports import a3_pdf
from leanboard.services import Services
from leanboard.services.drafts import DraftStore
from leanboard.services.dto import BoardInfo
from leanboard.ui.a3.editor import A3Editor
from leanboard.ui.a3.open import A3WallView
from leanboard.ui.a3.panel import A3Panel
from leanboard.ui.board.view import BoardView
from leanboard.ui.common import theme
from leanboard.ui.ideas.card import IdeaCard
from leanboard.ui.problems.card import ProblemCard

if TYPE_CHECKING:
    from tests.ui.conftest import MessageBoxes

TOUCH_PX = 64


def a3_panel(view: BoardView) -> A3Panel:
    view.show_page("improve")
    panel = view.sections["a3"]
    assert isinstance(panel, A3Panel)
    return panel


def test_tapping_the_a3_tile_on_the_wall_opens_it_read_only(
    qtbot: QtBot,
    services: Services,
    board: BoardInfo,
    make_view: Callable[..., BoardView],
    tmp_path: Path,
) -> None:
    a3 = services.a3.create_a3(board.id, "Lääkejaon keskeytykset", "Osastonhoitaja")
    services.a3.update_a3(a3.id, a3.version, background="Lääkejako keskeytyy puheluihin.")
    view = make_view(board.id, theme.WALL)
    panel = a3_panel(view)
    [tile] = panel.tiles()
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)

    wall = panel.opened
    assert isinstance(wall, A3WallView)
    qtbot.waitUntil(wall.isVisible)
    qtbot.waitUntil(lambda: wall.editor.detail is not None)  # read off the GUI thread
    editor = wall.editor
    assert editor.read_only
    assert editor.ui.backgroundEdit.toPlainText() == "Lääkejako keskeytyy puheluihin."
    typed = wall.findChildren(QLineEdit) + wall.findChildren(QPlainTextEdit)
    assert typed and all(w.isReadOnly() for w in typed if w.isVisibleTo(wall))
    assert not any(c.isEnabled() for c in wall.findChildren(QComboBox) if c.isVisibleTo(wall))
    # No button in the view writes anything: only Sulje and the sheet's own scroll arrows.
    buttons = [b.text() for b in wall.findChildren(QAbstractButton) if b.isVisibleTo(wall)]
    assert "Tallenna" not in " ".join(buttons) and "✕ Sulje" in buttons
    assert not editor.plan.add_button.isVisibleTo(wall)
    assert wall.close_button.height() >= TOUCH_PX and wall.close_button.width() >= TOUCH_PX
    assert wall.heading.text().startswith("Lääkejaon keskeytykset")
    assert wall.grab().save(str(tmp_path / "a3-wall.png"))

    qtbot.mouseClick(wall.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wall.isVisible())
    assert services.a3.get(a3.id).version == 2  # nothing was written by looking at it


def test_tapping_the_a3_tile_on_the_desktop_opens_the_editor(
    qtbot: QtBot, services: Services, board: BoardInfo, make_view: Callable[..., BoardView]
) -> None:
    a3 = services.a3.create_a3(board.id, "Kotiutuksen suunnittelu")
    view = make_view(board.id, theme.DESK)
    panel = a3_panel(view)
    qtbot.mouseClick(panel.tiles()[0], Qt.MouseButton.LeftButton)
    editor = panel.opened
    assert isinstance(editor, A3Editor)
    assert not editor.read_only and editor.isWindow() and editor.isVisible()
    assert editor.a3_id == a3.id and not editor.ui.titleEdit.isReadOnly()
    with qtbot.waitSignal(panel.changed):
        type_into(qtbot, editor.ui.titleEdit, "Kotiutuksen suunnittelu ajoissa")
        assert editor.save()
    editor.close()


def test_problem_card_starts_an_a3_linked_both_ways_and_then_shows_it(
    qtbot: QtBot, services: Services, board: BoardInfo
) -> None:
    problem = services.problems.create_problem(
        board.id, "D", "Siirtoviiveet pidentävät hoitoa", description="579 päivää vuodessa."
    )
    card = ProblemCard(services, problem, board, None, theme.DESK)
    qtbot.addWidget(card)
    card.show()
    answered(qtbot)
    link = card.a3_link
    assert link.start_button.isVisible() and not link.open_button.isVisible()
    assert not link.label.isVisible()

    with qtbot.waitSignal(card.a3_requested) as asked:
        qtbot.mouseClick(link.start_button, Qt.MouseButton.LeftButton)
    found = services.a3.for_problem(problem.id)
    assert found is not None and found.title == "Siirtoviiveet pidentävät hoitoa"
    assert asked.args == [found.id]  # the board opens it (ui/a3 is another feature)
    stored = services.a3.get(found.id)
    assert (stored.problem_id, stored.background) == (problem.id, "579 päivää vuodessa.")
    assert [c.details for c in services.history.of_item("problem", problem.id) if c.action == "a3"]
    assert not card.isVisible()  # the card made way for the editor

    again = ProblemCard(services, services.problems.get(problem.id), board, None, theme.DESK)
    qtbot.addWidget(again)
    again.show()
    answered(qtbot)
    assert again.a3_link.label.text() == "A3: Siirtoviiveet pidentävät hoitoa · Vaihe: Suunnittele"
    assert again.a3_link.open_button.isVisible() and not again.a3_link.start_button.isVisible()
    with qtbot.waitSignal(again.a3_requested) as asked_again:
        qtbot.mouseClick(again.a3_link.open_button, Qt.MouseButton.LeftButton)
    assert asked_again.args == [found.id]


def test_the_board_opens_the_a3_a_card_asks_for(
    qtbot: QtBot, services: Services, board: BoardInfo, make_view: Callable[..., BoardView]
) -> None:
    problem = services.problems.create_problem(board.id, "D", "Siirtoviiveet pidentävät hoitoa")
    a3 = services.a3.start_from_problem(problem.id)
    desk = make_view(board.id, theme.DESK)
    problems = desk.sections["sqdc"]
    problems.a3_requested.emit(a3.id)  # type: ignore[attr-defined]  (as a card asks)
    editor = desk.opened_a3
    assert isinstance(editor, A3Editor)
    qtbot.waitUntil(lambda: editor.detail is not None)
    assert editor.a3_id == a3.id and not editor.read_only and editor.isVisible()
    assert "SQDC-ongelmasta: Siirtoviiveet" in editor.ui.linkValue.text()
    editor.close()

    wall = make_view(board.id, theme.WALL)
    wall.sections["ideas"].a3_requested.emit(a3.id)  # type: ignore[attr-defined]
    assert isinstance(wall.opened_a3, A3WallView)
    wall.opened_a3.close()


def test_on_the_wall_the_cards_show_the_a3_but_do_not_start_one(
    qtbot: QtBot, services: Services, board: BoardInfo
) -> None:
    lonely = services.problems.create_problem(board.id, "S", "Kaatuminen käytävällä")
    card = ProblemCard(services, lonely, board, None, theme.WALL)
    qtbot.addWidget(card)
    card.show()
    answered(qtbot)
    assert not card.a3_link.start_button.isVisible()
    assert not card.a3_link.open_button.isVisible()

    idea = services.ideas.create_idea(board.id, "Yökierron tarkistuslista")
    services.a3.start_from_idea(idea.id)
    idea_card = IdeaCard(services, services.ideas.get(idea.id), theme.WALL)
    qtbot.addWidget(idea_card)
    idea_card.show()
    answered(qtbot)
    link = idea_card.a3_link
    assert link.label.text() == "A3: Yökierron tarkistuslista · Vaihe: Suunnittele"
    assert link.open_button.isVisible() and not link.start_button.isVisible()
    assert link.open_button.height() >= TOUCH_PX
    with qtbot.waitSignal(idea_card.a3_requested):
        qtbot.mouseClick(link.open_button, Qt.MouseButton.LeftButton)


def test_idea_card_starts_an_a3_on_the_desktop(
    qtbot: QtBot, services: Services, board: BoardInfo
) -> None:
    idea = services.ideas.create_idea(board.id, "Sähköinen vuorolista")
    card = IdeaCard(services, idea, theme.DESK)
    qtbot.addWidget(card)
    card.show()
    answered(qtbot)
    with qtbot.waitSignal(card.a3_requested) as asked:
        qtbot.mouseClick(card.a3_link.start_button, Qt.MouseButton.LeftButton)
    found = services.a3.for_idea(idea.id)
    assert found is not None and services.a3.get(found.id).idea_id == idea.id
    assert asked.args == [found.id]
    assert services.a3.get(found.id).idea_title == "Sähköinen vuorolista"


def test_editor_pdf_export_runs_off_the_gui_thread(
    qtbot: QtBot,
    services: Services,
    board: BoardInfo,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: MessageBoxes,
) -> None:
    a3 = services.a3.create_a3(board.id, "Puhelinpalvelun tavoitettavuus")
    editor = A3Editor(services, a3.id, drafts=DraftStore(tmp_path / "drafts"))
    qtbot.addWidget(editor)
    editor.show()
    answered(qtbot)
    target = tmp_path / "a3.pdf"
    monkeypatch.setattr(editor, "choose_pdf_path", lambda: target)
    threads: list[threading.Thread] = []
    real_export = a3_pdf.export_a3

    def recording_export(svc: Services, a3_id: int, out: Path | None) -> Path:
        threads.append(threading.current_thread())
        return real_export(svc, a3_id, out)

    monkeypatch.setattr(a3_pdf, "export_a3", recording_export)
    with qtbot.waitSignal(editor.pdf_written, timeout=30_000) as written:
        assert editor.export_pdf()
        assert not editor.export_pdf()  # one export at a time
    assert written.args == [target]
    assert threads and threads[0] is not threading.main_thread()
    assert "Puhelinpalvelun tavoitettavuus" in PdfReader(target).pages[0].extract_text()
    assert ("information", "PDF viety", str(target)) in messages.shown
    assert editor.ui.statusLabel.text() == f"PDF kirjoitettu: {target}"
    assert editor.ui.pdfButton.isEnabled()


def test_editor_pdf_export_failure_is_told(
    qtbot: QtBot,
    services: Services,
    board: BoardInfo,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: MessageBoxes,
) -> None:
    a3 = services.a3.create_a3(board.id, "Ei kirjoitettavissa")
    editor = A3Editor(services, a3.id, drafts=DraftStore(tmp_path / "drafts"))
    qtbot.addWidget(editor)
    missing = tmp_path / "ei-ole" / "a3.pdf"
    monkeypatch.setattr(editor, "choose_pdf_path", lambda: missing)
    editor.export_pdf()
    qtbot.waitUntil(lambda: bool(messages.texts("error")), timeout=30_000)
    assert messages.shown[-1][1] == "PDF-vienti epäonnistui"
    assert not missing.exists() and editor.ui.pdfButton.isEnabled()
