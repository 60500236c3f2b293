"""Importing measure values (KPI), customer feedback (NPS) and the organisation's boards from
CSV files, from the menu.

The same `ImportService` as `leanboard import-kpi` / `import-nps`, run by the window's
operation runner (ui/common/ops.py) so the window stays alive through a 1,000,000-row file. A
QProgressDialog shows how far it is; its Cancel sets the flag the import's `cancelled()` check
reads, and the import then stores nothing (ImportCancelled). A refused file lists every bad row
with its number.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from leanboard.domain.errors import ImportCancelled, ImportRefused
from leanboard.i18n import translate
from leanboard.services import Services
from leanboard.services.dto import TreeImportSummary
from leanboard.services.imports import CancelledFn, ImportSummary, NpsImportSummary, ProgressFn
from leanboard.ui.common import msgbox
from leanboard.ui.common.ops import Progress, describe, op

MAX_LISTED_ROWS = 25  # a message box longer than this would not fit on the screen

ImportRun = Callable[[ProgressFn, CancelledFn], Any]


def refused_text(problems: list[tuple[int, str]]) -> str:
    row_line = translate("CsvImport", "Rivi %1: %2")
    lines = [row_line.replace("%1", str(row)).replace("%2", reason) for row, reason in problems]
    lines = lines[:MAX_LISTED_ROWS]
    if len(problems) > MAX_LISTED_ROWS:
        more = translate("CsvImport", "… ja %1 muuta virheellistä riviä.")
        lines.append(more.replace("%1", str(len(problems) - MAX_LISTED_ROWS)))
    head = translate(
        "CsvImport",
        "Tiedostoa ei tuotu: %1 virheellistä riviä. Mitään ei tallennettu; korjaa rivit ja tuo "
        "tiedosto uudelleen.",
    )
    return head.replace("%1", str(len(problems))) + "\n\n" + "\n".join(lines)


def summary_text(summary: object) -> str:
    if isinstance(summary, ImportSummary):
        boards = ", ".join(f"{b.name} ({b.values})" for b in summary.boards)
        text = translate("CsvImport", "%1 arvoa tuotu: %2 uutta, %3 muuttunutta, %4 ennallaan.")
        counts = (summary.values, summary.inserted, summary.updated, summary.unchanged)
        for i, n in enumerate(counts):
            text = text.replace(f"%{i + 1}", str(n))
        return text + "\n" + translate("CsvImport", "Taulut: %1").replace("%1", boards)
    if isinstance(summary, NpsImportSummary):
        latest = summary.weeks[-1] if summary.weeks else None
        text = (
            translate("CsvImport", "%1 vastausta taululle %2: %3 viikkoa ja %4 kuukautta.")
            .replace("%1", str(summary.answers))
            .replace("%2", summary.board_name)
            .replace("%3", str(len(summary.weeks)))
            .replace("%4", str(len(summary.months)))
        )
        if latest is not None:
            text += "\n" + (
                translate("CsvImport", "Viimeisin viikko %1: NPS %2 (n = %3).")
                .replace("%1", latest.period_key)
                .replace("%2", str(latest.nps))
                .replace("%3", str(latest.answers))
            )
        if summary.created_measures:
            text += "\n" + translate("CsvImport", "Luotiin mittarit: %1.").replace(
                "%1", ", ".join(summary.created_measures)
            )
        return text
    if isinstance(summary, TreeImportSummary):
        text = (
            translate("CsvImport", "%1 taulua tuotu: %2.")
            .replace("%1", str(len(summary.boards)))
            .replace("%2", ", ".join(b.code for b in summary.boards))
        )
        if summary.attached_to:
            text += "\n" + translate(
                "CsvImport", "Liitetty olemassa oleviin tauluihin: %1."
            ).replace("%1", ", ".join(summary.attached_to))
        return text
    return ""


class CsvImport(QObject):
    """One import from the menu: the file chooser, the worker and the progress dialog."""

    done = Signal(object)  # the summary, after a successful import

    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.parent_widget = parent
        self.task: Progress | None = None  # the import running now
        self.progress: QProgressDialog | None = None
        self.summary: object = None

    def choose_file(self, title: str) -> str | None:
        path, _filter = QFileDialog.getOpenFileName(
            self.parent_widget, title, "", self.tr("CSV-tiedosto (*.csv *.txt);;Kaikki (*)")
        )
        return path or None

    def import_kpi(self, path: str | None = None) -> bool:
        path = path or self.choose_file(self.tr("Tuo mittariarvot CSV-tiedostosta"))
        if path is None:
            return False
        imports = self.services.imports
        return self.start(
            lambda progress, cancelled: imports.import_kpi(
                path, progress=progress, cancelled=cancelled
            ),
            self.tr("Tuodaan mittariarvoja…"),
        )

    def import_nps(self, board_code: str, path: str | None = None) -> bool:
        path = path or self.choose_file(self.tr("Tuo asiakaspalaute (NPS) CSV-tiedostosta"))
        if path is None:
            return False
        imports = self.services.imports
        return self.start(
            lambda progress, cancelled: imports.import_nps(
                path, board_code, progress=progress, cancelled=cancelled
            ),
            self.tr("Tuodaan asiakaspalautetta…"),
        )

    def import_tree(self, path: str | None = None) -> bool:
        """A whole organisation tree (code,name,parent,kind), all or nothing."""
        path = path or self.choose_file(self.tr("Tuo organisaatio CSV-tiedostosta"))
        if path is None:
            return False
        board_import = self.services.board_import
        return self.start(
            lambda _progress, _cancelled: board_import.import_tree(path),
            self.tr("Tuodaan tauluja…"),
        )

    def start(self, run: ImportRun, label: str) -> bool:
        if self.task is not None:
            return False  # one import at a time
        reports = Progress(self)
        progress = QProgressDialog(label, self.tr("Keskeytä"), 0, 1, self.parent_widget)
        progress.setWindowTitle(self.tr("Tuonti"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(reports.cancel)
        reports.changed.connect(lambda done, total, _text: self._on_progress(done, total))
        self.task, self.progress = reports, progress
        progress.show()
        op(self.parent_widget, lambda: run(reports.report, reports.cancelled)).done(
            self._on_finished
        ).failed(self._on_failed).run()
        return True

    @property
    def running(self) -> bool:
        return self.task is not None

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(1, total))
            self.progress.setValue(min(done, max(1, total)))

    def _end(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.close()
            self.progress.deleteLater()
        self.progress = None
        self.task = None

    def _on_finished(self, summary: object) -> None:
        self._end()
        self.summary = summary
        msgbox.information(self.parent_widget, self.tr("Tuonti valmis"), summary_text(summary))
        self.done.emit(summary)

    def _on_cancelled(self) -> None:
        self._end()
        msgbox.information(
            self.parent_widget,
            self.tr("Tuonti keskeytetty"),
            self.tr("Tuonti keskeytettiin: mitään ei tallennettu."),
        )

    def _on_refused(self, problems: list[tuple[int, str]]) -> None:
        self._end()
        msgbox.error(self.parent_widget, self.tr("Tiedostoa ei tuotu"), refused_text(problems))

    def _on_failed(self, error: BaseException) -> bool:
        self._end()
        if isinstance(error, ImportCancelled):
            self._on_cancelled()
        elif isinstance(error, ImportRefused):
            self._on_refused(list(error.problems))
        else:
            msgbox.error(self.parent_widget, self.tr("Tiedostoa ei tuotu"), describe(error))
        return True
