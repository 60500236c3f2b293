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
from leanboard.ui.admin import export_pdf
from leanboard.ui.admin.export_pdf import ExportPdfDialog, last_week
from leanboard.ui.common import ops
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
    # Picked, not typed: this week first, last week chosen, a year back.
    assert dialog.week_combo.currentText() == "vk 47 · 16.11.–22.11.2026"
    assert dialog.week_combo.currentData() == "2026-W47"
    assert dialog.week_combo.itemText(0) == "vk 48 · 23.11.–29.11.2026"
    assert dialog.week_combo.count() == 54
    assert dialog.board_combo.currentData() == "OS3"
    assert [dialog.size_combo.itemText(i) for i in range(2)] == ["A4", "A3"]


def test_one_board_from_the_menu_to_a_file(
    qtbot: QtBot, services: Services, board: BoardInfo, tmp_path: Path, messages: MessageBoxes
) -> None:
    services.mood.record_mood_vote(board.id, 7, day=MONDAY - dt.timedelta(days=5))
    window = MainWindow(services, today=lambda: MONDAY)
    answered(qtbot)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(window.boards) and ops.idle(), timeout=15000)
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
    assert messages.texts("offer") == [f"1 PDF-tiedosto(a): {target}"]


def test_a_picked_week_is_exported_and_the_pdf_opened_from_the_message(
    qtbot: QtBot,
    services: Services,
    board: BoardInfo,
    tmp_path: Path,
    messages: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(export_pdf, "open_path", lambda path: opened.append(path) or True)
    dialog = ExportPdfDialog(
        services, services.boards.list_boards(), board.id, today=dt.date(2027, 1, 6)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.week_combo.setCurrentIndex(dialog.week_combo.findText("vk 53 · 28.12.–3.1.2027"))
    target = tmp_path / "viikko53.pdf"
    dialog.target_edit.setText(str(target))
    messages.answer = True  # "Avaa PDF"
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(messages.offered), timeout=5000)
    assert messages.offered == ["Avaa PDF"]
    assert opened == [target]
    assert "Viikko 53 / 2026" in pdf_text(target)  # the week picked, as the page heads it


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
