"""Tiedosto → Vie viikon PDF…: the weekly board PDF of one board or of all, from the desktop.

The same `export_week` as the `export-pdf` command, run by the window's operation runner
(ui/common/ops.py) so the window keeps painting; a progress dialog counts the boards and its
Cancel stops the export between two boards — the files already written stay, each one whole
(export_week writes beside the target and renames). The result is told in one message box,
which offers to open the PDF (or the folder of an export of every board).

The week is picked from a list as people name weeks ("vk 49 · 30.11.–6.12.2026"), last week
first chosen: it is the one a leader prints on Monday.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from leanboard import config
from leanboard.domain.enums import Frequency
from leanboard.domain.periods import last_week_start, recent_periods, week_key
from leanboard.domain.presentation import period_label
from leanboard.reports.weekly_export import export_week
from leanboard.services import Services
from leanboard.services.dto import BoardInfo
from leanboard.ui.common import msgbox, theme
from leanboard.ui.common.ops import Cancelled, Progress, describe, op

PAGE_SIZES = ("A4", "A3")
WEEKS_OFFERED = 54  # this week and a year back


def last_week(today: dt.date) -> str:
    """2026-W47: the ISO week that ended most recently, the one a leader prints on Monday."""
    return week_key(last_week_start(today))


def open_path(path: Path) -> bool:
    """Open a PDF (or a folder) the way the desktop opens it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ExportPdfDialog(QDialog):
    exported = Signal(list)  # the paths written

    def __init__(
        self,
        services: Services,
        boards: list[BoardInfo],
        current_board_id: int | None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.task: Progress | None = None  # the export running now
        self.progress: QProgressDialog | None = None
        self.result_paths: list[Path] = []
        self.opened: Path | None = None  # what "Avaa PDF" opened
        self.setWindowTitle(self.tr("Vie viikon PDF"))

        self.one_button = QRadioButton(self.tr("Yksi taulu"), self)
        self.all_button = QRadioButton(self.tr("Kaikki taulut (yksi tiedosto kustakin)"), self)
        self.one_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.one_button)
        group.addButton(self.all_button)
        self.board_combo = QComboBox(self)
        for board in boards:
            self.board_combo.addItem(f"{board.name} ({board.code})", board.code)
            if board.id == current_board_id:
                self.board_combo.setCurrentIndex(self.board_combo.count() - 1)
        day = today or dt.date.today()
        self.week_combo = QComboBox(self)
        for week in recent_periods(day, Frequency.WEEK, WEEKS_OFFERED):
            self.week_combo.addItem(period_label(week.start, "week"), week.key)
        self.week_combo.setCurrentIndex(self.week_combo.findData(last_week(day)))
        self.size_combo = QComboBox(self)
        self.size_combo.addItems(PAGE_SIZES)
        # The PDF archive folder of the settings (config.py), else the user's home folder.
        self.target_edit = QLineEdit(str(config.in_force().pdf_archive or Path.home()), self)
        self.browse_button = QPushButton(self.tr("Valitse…"), self)
        self.browse_button.clicked.connect(self.browse)
        self.target_error = QLabel(self)
        self.target_error.setStyleSheet(f"color: {theme.RED};")
        self.target_error.hide()

        form = QFormLayout()
        form.addRow(self.one_button, self.board_combo)
        form.addRow(self.all_button)
        form.addRow(self.tr("Viikko"), self.week_combo)
        form.addRow(self.tr("Paperikoko"), self.size_combo)
        target = QHBoxLayout()
        target.addWidget(self.target_edit, 1)
        target.addWidget(self.browse_button)
        form.addRow(self.tr("Tiedosto tai kansio"), target)
        form.addRow("", self.target_error)
        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(
            self.tr("Vie PDF"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.all_button.toggled.connect(self.board_combo.setDisabled)

    # ---- choices
    def browse(self) -> None:
        if self.all_button.isChecked():
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Kansio"), self.target_edit.text()
            )
        else:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("PDF-tiedosto"), self.target_edit.text(), "PDF (*.pdf)"
            )
        if chosen:
            self.target_edit.setText(chosen)

    def _checked(self) -> tuple[str, Path] | None:
        """(week, target) when the target is good; else the reason at the field, text kept."""
        self.target_error.hide()
        week = str(self.week_combo.currentData())
        text = self.target_edit.text().strip()
        target = Path(text).expanduser() if text else None
        if target is None or (
            self.all_button.isChecked() and target.exists() and not target.is_dir()
        ):
            self.target_error.setText("✖ " + self.tr("Anna kansio, johon PDF:t kirjoitetaan."))
            self.target_error.show()
            return None
        folder = target if self.all_button.isChecked() or target.is_dir() else target.parent
        if not folder.exists() and not self.all_button.isChecked():
            self.target_error.setText(
                "✖ " + self.tr("Kansiota ei ole: %1").replace("%1", str(folder))
            )
            self.target_error.show()
            return None
        return week, target

    # ---- the export
    def start(self) -> None:
        if self.task is not None:
            return
        checked = self._checked()
        if checked is None:
            return
        week, target = checked
        all_boards = self.all_button.isChecked()
        code = None if all_boards else str(self.board_combo.currentData())
        page_size = self.size_combo.currentText()
        services = self._services
        reports = Progress(self, raise_on_cancel=True)

        def run() -> list[Path]:
            return export_week(
                services,
                code,
                week,
                target,
                all_boards,
                page_size=page_size,
                progress=lambda done, total, board: reports.report(done, total, board.name),
            )

        progress = QProgressDialog(self.tr("Viedään PDF…"), self.tr("Keskeytä"), 0, 1, self)
        progress.setWindowTitle(self.tr("Vie viikon PDF"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(reports.cancel)
        reports.changed.connect(self._on_progress)
        self.task, self.progress = reports, progress
        self.export_button.setEnabled(False)
        progress.show()
        op(self, run).done(self._on_finished).failed(self._on_failed).run()

    @property
    def running(self) -> bool:
        return self.task is not None

    def _on_progress(self, done: int, total: int, name: str) -> None:
        progress = self.progress
        if progress is None:
            return
        progress.setMaximum(total)
        progress.setLabelText(
            self.tr("%1 / %2: %3")
            .replace("%1", str(done + 1))
            .replace("%2", str(total))
            .replace("%3", name)
        )
        # Last: a window-modal QProgressDialog's setValue() processes events, so the worker's
        # end, already queued under load, may run inside it and close this dialog (_end).
        progress.setValue(done)

    def _end(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.close()
            self.progress.deleteLater()
        self.progress = None
        self.task = None
        self.export_button.setEnabled(True)

    def _on_finished(self, written: list[Path]) -> None:
        self._end()
        self.result_paths = list(written)
        where = written[0] if len(written) == 1 else written[0].parent if written else None
        text = (
            self.tr("%1 PDF-tiedosto(a): %2")
            .replace("%1", str(len(written)))
            .replace("%2", str(where or ""))
        )
        self.exported.emit(self.result_paths)
        self.accept()
        if where is None:
            msgbox.information(self.parentWidget(), self.tr("PDF viety"), text)
            return
        action = self.tr("Avaa PDF") if len(written) == 1 else self.tr("Avaa kansio")
        if msgbox.offer(self.parentWidget(), self.tr("PDF viety"), text, action):
            self.opened = where
            if not open_path(where):
                msgbox.error(
                    self.parentWidget(),
                    self.tr("PDF:ää ei voitu avata"),
                    self.tr("Tiedostoa ei voitu avata: %1").replace("%1", str(where)),
                )

    def _on_cancelled(self, written: int) -> None:
        self._end()
        msgbox.information(
            self,
            self.tr("Vienti keskeytetty"),
            self.tr("Vienti keskeytettiin; %1 PDF-tiedostoa ehdittiin kirjoittaa.").replace(
                "%1", str(written)
            ),
        )

    def _on_failed(self, error: BaseException) -> bool:
        written = self.task.done if self.task is not None else 0
        self._end()
        if isinstance(error, Cancelled):
            self._on_cancelled(written)
        else:
            msgbox.error(self, self.tr("PDF:ää ei viety"), describe(error))
        return True
