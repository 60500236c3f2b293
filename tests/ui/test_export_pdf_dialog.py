"""Tiedosto → Vie viikon PDF…: the dialog exports on a worker thread with progress and a
Cancel that stops between boards; the PDFs are read back with pypdf."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from section_helpers import answered

from leanboard.reports import weekly_export
from leanboard.services import Services
from leanboard.services.dto import BoardInfo
from leanboard.ui.admin.export_pdf import ExportPdfDialog, last_week
from leanboard.ui.desk.main_window import MainWindow

if TYPE_CHECKING:
    from tests.ui.conftest import MessageBoxes

MONDAY = dt.date(2026, 11, 23)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_last_week_is_the_default(qtbot: QtBot, services: Services, board: BoardInfo) -> None:
    assert last_week(dt.date(2026, 11, 25)) == "2026-W47"
    assert last_week(dt.date(2027, 1, 4)) == "2026-W53"
    dialog = ExportPdfDialog(services, services.boards.list_boards(), board.id, today=MONDAY)
    answered(qtbot)
    qtbot.addWidget(dialog)
    assert dialog.week_edit.text() == "2026-W47"
    assert dialog.board_combo.currentData() == "OS3"
    assert [dialog.size_combo.itemText(i) for i in range(2)] == ["A4", "A3"]


def test_one_board_from_the_menu_to_a_file(
    qtbot: QtBot, services: Services, board: BoardInfo, tmp_path: Path, messages: MessageBoxes
) -> None:
    services.mood.record_mood_vote(board.id, 7, day=MONDAY - dt.timedelta(days=5))
    window = MainWindow(services, today=lambda: MONDAY)
    answered(qtbot)
    qtbot.addWidget(window)
    window.select_board(board.id)
    answered(qtbot)
    window.export_pdf_action.trigger()
    answered(qtbot)
    dialog = window.export_dialog
    assert dialog.isVisible()
    target = tmp_path / "osasto3.pdf"
    dialog.target_edit.setText(str(target))
    dialog.size_combo.setCurrentText("A3")
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_button.click()
    assert target.exists()
    text = pdf_text(target)
    assert "Osasto 3 – Päivystys" in text
    assert "OS3" in text
    page = PdfReader(target).pages[0]
    assert round(float(page.mediabox.width)) == 1191  # A3 landscape, in points
    assert messages.texts("information") == [f"1 PDF-tiedosto(a): {target}"]


def test_bad_week_is_refused_at_the_field_with_the_text_kept(
    qtbot: QtBot, services: Services, board: BoardInfo, tmp_path: Path, messages: MessageBoxes
) -> None:
    dialog = ExportPdfDialog(services, services.boards.list_boards(), board.id, today=MONDAY)
    answered(qtbot)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.week_edit.setText("2026-W99")
    out = tmp_path / "out"
    out.mkdir()
    dialog.target_edit.setText(str(out))
    dialog.export_button.click()
    answered(qtbot)
    assert dialog.week_error.isVisible() and dialog.week_error.text().startswith("✖ ")
    assert dialog.week_edit.text() == "2026-W99"
    assert not dialog.running
    assert list(out.iterdir()) == [] and messages.shown == []


def test_all_boards_to_a_folder_and_cancel_between_boards(
    qtbot: QtBot,
    services: Services,
    board: BoardInfo,
    tmp_path: Path,
    messages: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.boards.create_board("OS4", "Osasto 4 – Kuntoutus", "team")
    answered(qtbot)
    boards = services.boards.list_boards()
    assert len(boards) == 3
    dialog = ExportPdfDialog(services, boards, board.id, today=MONDAY)
    answered(qtbot)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.all_button.setChecked(True)
    assert not dialog.board_combo.isEnabled()
    first = tmp_path / "first"
    dialog.target_edit.setText(str(first))
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        dialog.export_button.click()
    # The archive layout the command line writes too: a folder per week, SHA256SUMS.
    names = sorted(p.name for p in (first / "2026-W47").iterdir())
    assert names == sorted([*(f"{b.code}.pdf" for b in boards), "SHA256SUMS"])
    assert "Osasto 4 – Kuntoutus" in pdf_text(first / "2026-W47" / "OS4.pdf")

    # Cancel pressed while the first board renders: that one is finished, no other starts.
    real_write = weekly_export.write_pdf
    pressed: list[bool] = []

    def write_then_cancel(*args: object, **kwargs: object) -> None:
        real_write(*args, **kwargs)  # type: ignore[arg-type]
        if not pressed and dialog.task is not None:
            pressed.append(True)
            dialog.task.cancel()  # what the progress dialog's Cancel does

    monkeypatch.setattr(weekly_export, "write_pdf", write_then_cancel)
    second = tmp_path / "second"
    dialog.all_button.setChecked(True)
    dialog.target_edit.setText(str(second))
    dialog.export_button.click()  # a plain click: look before the export has answered
    assert dialog.progress is not None and dialog.progress.isVisible()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert len(list((second / "2026-W47").iterdir())) == 1  # one PDF, no checksums yet
    assert messages.texts("information")[-1] == (
        "Vienti keskeytettiin; 1 PDF-tiedostoa ehdittiin kirjoittaa."
    )
    assert dialog.progress is None and dialog.export_button.isEnabled()
