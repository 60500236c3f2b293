"""Taulu → Tuo …: the CSV imports run on a worker thread with a progress dialog; a refused file
names its bad rows; Cancel stores nothing."""

from __future__ import annotations

from pathlib import Path

from conftest import MessageBoxes
from PySide6.QtWidgets import QMainWindow, QPushButton
from pytestqt.qtbot import QtBot
from section_helpers import answered

from leanboard.services import Services
from leanboard.services.dto import BoardInfo
from leanboard.ui.desk.board_menu import BoardMenu

FIXTURES = Path(__file__).resolve().parents[1] / "store" / "fixtures" / "imports"


def make_menu(qtbot: QtBot, services: Services, board: BoardInfo) -> tuple[BoardMenu, list[int]]:
    window = QMainWindow()
    answered(qtbot)
    qtbot.addWidget(window)
    refreshed: list[int] = []
    menu = BoardMenu(window, services, lambda: board, lambda: refreshed.append(1))
    window.show()
    return menu, refreshed


def test_nps_file_from_the_menu_gives_nps_45(
    qtbot: QtBot, services: Services, board: BoardInfo, messages: MessageBoxes
) -> None:
    menu, refreshed = make_menu(qtbot, services, board)
    titles = [a.text() for a in menu.menu.actions() if a.text()]
    assert "Tuo asiakaspalaute (NPS) CSV-tiedostosta…" in titles
    with qtbot.waitSignal(menu.importer.done, timeout=10_000):
        assert menu.import_nps(str(FIXTURES / "nps_200_answers.csv"))
        assert menu.importer.progress is not None  # shown while the worker runs
    assert not menu.importer.running and refreshed
    [text] = messages.texts("information")
    assert text.startswith("200 vastausta taululle Osasto 3 – Päivystys")
    nps = next(s for s in services.measures.series(board.id) if s.measure.name == "NPS")
    assert nps.latest is not None and (nps.latest.value, nps.latest.answers) == (45, 200)


def test_a_refused_file_names_its_rows_and_stores_nothing(
    qtbot: QtBot, services: Services, board: BoardInfo, messages: MessageBoxes
) -> None:
    menu, _ = make_menu(qtbot, services, board)
    importer = menu.importer
    assert importer.import_kpi(str(FIXTURES / "kpi_refused_messy.csv"))
    answered(qtbot)
    qtbot.waitUntil(lambda: not importer.running, timeout=10_000)
    [text] = messages.texts("error")
    assert text.startswith("Tiedostoa ei tuotu:") and "Mitään ei tallennettu" in text
    assert "\nRivi 2: " in text and "\nRivi 3: " in text  # every bad row, by its number
    assert all(not s.points for s in services.measures.series(board.id))


def test_cancel_stores_nothing(
    qtbot: QtBot, services: Services, board: BoardInfo, tmp_path: Path, messages: MessageBoxes
) -> None:
    lines = ["date;score"] + [f"{1 + i % 28}.11.2026;{i % 11}" for i in range(60_000)]
    big = tmp_path / "palaute.csv"
    big.write_text("\n".join(lines), encoding="utf-8")
    menu, _ = make_menu(qtbot, services, board)
    importer = menu.importer
    assert menu.import_nps(str(big))
    assert importer.task is not None and importer.progress is not None
    # The leader presses Keskeytä while the worker is still reading the file.
    [cancel] = importer.progress.findChildren(QPushButton)
    assert cancel.text() == "Keskeytä"
    cancel.click()
    answered(qtbot)
    qtbot.waitUntil(lambda: not importer.running, timeout=30_000)
    assert messages.texts("information") == ["Tuonti keskeytettiin: mitään ei tallennettu."]
    assert [m.name for m in services.measures.board_measures(board.id)] == []
