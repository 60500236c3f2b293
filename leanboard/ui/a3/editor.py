"""The A3 editor: the paper A3 on screen, sections left to right, for the team leader's PC.

Nothing typed is lost: every change starts a short timer that writes a local draft
(services.drafts), closing writes it too, and only a successful save removes it. A new A3
(no id yet) keeps its draft under "new", with the board it was started on. Each field
is checked as it is typed with the same cleaning the service runs (an identity code is
refused at the field that holds it, its text kept). A save over someone else's newer save
opens the shared conflict dialog with both versions side by side.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThreadPool, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from leanboard.domain.enums import A3Phase
from leanboard.domain.errors import (
    ConflictError,
    DatabaseUnavailable,
    LeanBoardError,
    ValidationError,
)
from leanboard.domain.validation import guard_text, parse_optional_date
from leanboard.reports.a3_pdf import export_a3
from leanboard.services import Services
from leanboard.services.a3 import SECTION_LABELS, clean_sections
from leanboard.services.drafts import DraftStore
from leanboard.services.dto import A3Detail, BoardInfo
from leanboard.ui.a3.actions_table import ActionsTable, PlanRow
from leanboard.ui.a3.fishbone import FishboneEditor
from leanboard.ui.a3.five_whys import FiveWhys
from leanboard.ui.common import fmt, msgbox, theme
from leanboard.ui.common.charts import RunChart
from leanboard.ui.common.conflict_dialog import Choice, ConflictDialog, FieldVersions
from leanboard.ui.common.field_check import FieldCheck
from leanboard.ui.common.workers import ExportTask
from leanboard.ui.generated.ui_a3_editor import Ui_A3Editor

AUTOSAVE_MS = 3000
TEXT_SECTIONS = {  # service field → the editor's widget name prefix in the form
    "background": "background",
    "current_condition": "currentCondition",
    "target_condition": "targetCondition",
    "root_cause": "rootCause",
    "countermeasures": "countermeasures",
    "follow_up": "followUp",
}


def blank_sheet(board: BoardInfo, today: dt.date) -> A3Detail:
    """What a new A3 shows before its first save (id 0: not stored yet)."""
    now = dt.datetime.now()
    return A3Detail(
        id=0, board_id=board.id, board_code=board.code, board_name=board.name, title="",
        owner=None, phase="plan", background=None, current_condition=None,
        target_condition=None, root_cause=None, five_whys=(), fishbone={},
        countermeasures=None, follow_up=None, effect_measure_id=None, effect=None,
        problem_id=None, problem_title=None, idea_id=None, idea_title=None, started_on=today,
        created_at=now, updated_at=now, archived=False, version=0, actions=(),
    )  # fmt: skip


def text_check(field: str, label: str, required: bool = False, max_length: int = 20_000) -> Any:
    def check(text: str) -> object:
        return guard_text(text, field, label, required=required, max_length=max_length)

    return check


class A3Editor(QWidget):
    saved = Signal(object)  # A3Detail after a save
    pdf_written = Signal(object)  # the Path of a PDF the worker wrote

    def __init__(
        self,
        services: Services,
        a3_id: int | None,
        *,
        board_id: int | None = None,  # for a new A3 (a3_id None): the board it belongs to
        drafts: DraftStore | None = None,
        read_only: bool = False,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._drafts = drafts or DraftStore()
        self._today = today
        self.read_only = read_only
        self.a3_id = a3_id
        if a3_id is None and board_id is None:
            raise TypeError("A3Editor: a new A3 needs its board_id")
        self.board_id = board_id
        self.pdf_task: ExportTask | None = None
        self.version: int | None = None
        self.detail: A3Detail | None = None
        self.dirty = False
        self._filling = False

        self.ui = Ui_A3Editor()
        self.ui.setupUi(self)
        self.five_whys = FiveWhys(self.ui.whysHost)
        self.fishbone = FishboneEditor(self.ui.fishboneHost)
        self.plan = ActionsTable(self.ui.actionsHost, today())
        self.chart = RunChart(theme.DESK, self.ui.chartHost)
        for host, child in (
            (self.ui.whysHost, self.five_whys),
            (self.ui.fishboneHost, self.fishbone),
            (self.ui.actionsHost, self.plan),
            (self.ui.chartHost, self.chart),
        ):
            box = QVBoxLayout(host)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(child)
        for phase in A3Phase:
            self.ui.phaseCombo.addItem(self.tr(theme.A3_PHASE_NAMES[phase.value]), phase.value)
        self.ui.halves.setSizes([750, 750])

        self.check = FieldCheck(self.ui.saveButton, self)
        self.check.add(
            self.ui.titleEdit,
            text_check("title", "Otsikko", True, 200),
            "title",
            error_label=self.ui.titleError,
        )
        self.check.add(
            self.ui.ownerEdit,
            text_check("owner", "Omistaja", max_length=100),
            "owner",
            error_label=self.ui.ownerError,
        )
        self.check.add(
            self.ui.startedEdit,
            lambda t: parse_optional_date(t, "started_on", "Aloituspäivä"),
            "started_on",
            error_label=self.ui.startedError,
        )
        for field, prefix in TEXT_SECTIONS.items():
            self.check.add(
                self.text_edit(field),
                text_check(field, SECTION_LABELS[field]),
                field,
                error_label=getattr(self.ui, f"{prefix}Error"),
            )
        for n, (edit, error) in enumerate(
            zip(self.five_whys.edits, self.five_whys.errors, strict=True)
        ):
            self.check.add(
                edit, text_check(f"five_whys.{n}", f"Miksi? {n + 1}", max_length=1000),
                f"five_whys.{n}", error_label=error,
            )  # fmt: skip
        for category, bone in self.fishbone.edits.items():
            self.check.add(
                bone,
                self._fishbone_check(category),
                f"fishbone.{category}",
                error_label=self.fishbone.errors[category],
            )

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.write_draft)
        for widget in (self.ui.titleEdit, self.ui.ownerEdit, self.ui.startedEdit):
            widget.textChanged.connect(self._on_edit)
        for field in TEXT_SECTIONS:
            self.text_edit(field).textChanged.connect(self._on_edit)
        self.five_whys.changed.connect(self._on_edit)
        self.fishbone.changed.connect(self._on_edit)
        self.plan.changed.connect(self._on_edit)
        self.ui.phaseCombo.currentIndexChanged.connect(self._on_edit)
        self.ui.measureCombo.currentIndexChanged.connect(self._on_measure)

        self.ui.saveButton.clicked.connect(self.save)
        self.ui.pdfButton.clicked.connect(self.export_pdf)
        self.ui.historyButton.clicked.connect(self.show_history)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.activated.connect(self.save)

        self.load()
        self.offer_draft()
        if read_only:
            # Read-only, not disabled: the text stays black and long text still scrolls
            # (a disabled field is grey and cannot be scrolled, unreadable on the wall).
            for typed in self.text_fields():
                typed.setReadOnly(True)
            self.plan.set_read_only(True)
            for widget in (self.ui.phaseCombo, self.ui.measureCombo):
                widget.setEnabled(False)
            self.save_shortcut.setEnabled(False)
            self.ui.saveButton.hide()

    # ---- helpers
    def text_fields(self) -> list[QLineEdit | QPlainTextEdit]:
        """Every field a person types into."""
        fields: list[QLineEdit | QPlainTextEdit] = [
            self.ui.titleEdit,
            self.ui.ownerEdit,
            self.ui.startedEdit,
        ]
        fields += [self.text_edit(field) for field in TEXT_SECTIONS]
        fields += self.five_whys.edits
        fields += list(self.fishbone.edits.values())
        return fields

    def text_edit(self, field: str) -> QPlainTextEdit:
        edit = getattr(self.ui, f"{TEXT_SECTIONS[field]}Edit")
        assert isinstance(edit, QPlainTextEdit)
        return edit

    @staticmethod
    def _fishbone_check(category: str) -> Callable[[str], object]:
        def check(text: str) -> object:
            return clean_sections({"fishbone": {category: text.splitlines()}})

        return check

    @property
    def database(self) -> str:
        return self._services.database_label

    # ---- showing an A3
    def load(self) -> None:
        if self.a3_id is None:
            assert self.board_id is not None
            self.show_detail(blank_sheet(self._services.boards.get(self.board_id), self._today()))
            self.version = None
            self.ui.historyButton.setEnabled(False)
            return
        detail = self._services.a3.get(self.a3_id)
        self.show_detail(detail)

    def show_detail(self, a3: A3Detail) -> None:
        self.detail = a3
        self.board_id = a3.board_id
        self.version = a3.version
        self._filling = True
        try:
            self.ui.titleEdit.setText(a3.title)
            self.ui.ownerEdit.setText(a3.owner or "")
            self.ui.startedEdit.setText(fmt.date(a3.started_on))
            self.ui.phaseCombo.setCurrentIndex(max(0, self.ui.phaseCombo.findData(a3.phase)))
            for field in TEXT_SECTIONS:
                self.text_edit(field).setPlainText(getattr(a3, field) or "")
            self.five_whys.set_lines(list(a3.five_whys))
            self.fishbone.set_values(a3.fishbone)
            self.plan.model.set_actions(list(a3.actions))
            self._fill_measures(a3)
            self.ui.boardValue.setText(f"{a3.board_name} ({a3.board_code})")
            links = []
            if a3.problem_title:
                links.append(self.tr("SQDC-ongelmasta: ") + a3.problem_title)
            if a3.idea_title:
                links.append(self.tr("Kehitysideasta: ") + a3.idea_title)
            self.ui.linkValue.setText(" · ".join(links))
        finally:
            self._filling = False
        self.dirty = False
        self.check.refresh()
        self._title()

    def _fill_measures(self, a3: A3Detail) -> None:
        combo = self.ui.measureCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("– ei vaikutusmittaria –"), None)
        try:
            measures = self._services.measures.board_measures(a3.board_id)
        except LeanBoardError:
            measures = []
        for m in measures:
            combo.addItem(f"{m.name} ({m.unit})" if m.unit else m.name, m.id)
        combo.setCurrentIndex(max(0, combo.findData(a3.effect_measure_id)))
        combo.blockSignals(False)
        self._show_chart(a3.effect_measure_id)

    def _on_measure(self) -> None:
        self._show_chart(self.ui.measureCombo.currentData())
        self._on_edit()

    def _show_chart(self, measure_id: int | None) -> None:
        series = None
        if measure_id is not None and self.detail is not None:
            if self.detail.effect is not None and self.detail.effect.measure.id == measure_id:
                series = self.detail.effect
            else:
                try:
                    listed = self._services.measures.series(self.detail.board_id)
                except LeanBoardError:
                    listed = []
                series = next((s for s in listed if s.measure.id == measure_id), None)
        self.ui.chartHost.setVisible(series is not None)
        if series is not None:
            self.chart.show_series(series)

    def _title(self) -> None:
        title = self.ui.titleEdit.text() or self.tr("A3-raportti")
        self.setWindowTitle(("● " if self.dirty else "") + f"A3: {title} — LeanBoard")

    # ---- what the person typed, as fields and as a draft
    def sections(self) -> dict[str, Any]:
        fields: dict[str, Any] = {
            "title": self.ui.titleEdit.text(),
            "owner": self.ui.ownerEdit.text(),
            "started_on": self.ui.startedEdit.text(),
            "phase": self.ui.phaseCombo.currentData(),
            "five_whys": self.five_whys.lines(),
            "fishbone": self.fishbone.values(),
            "effect_measure_id": self.ui.measureCombo.currentData(),
        }
        for field in TEXT_SECTIONS:
            fields[field] = self.text_edit(field).toPlainText()
        return fields

    def draft_fields(self) -> dict[str, Any]:
        rows = [vars(row).copy() for row in self.plan.model.rows]
        fields = {**self.sections(), "actions": rows}
        if self.a3_id is None:
            fields["board_id"] = self.board_id  # a new A3 comes back on its own board
        return fields

    def _on_edit(self) -> None:
        if self._filling or self.read_only:
            return
        self.dirty = True
        self._title()
        self._autosave.start()

    def write_draft(self) -> None:
        self._autosave.stop()
        if self.dirty and not self.read_only:
            try:
                self._drafts.save(self.database, self.a3_id, self.version, self.draft_fields())
            except OSError as error:
                self.ui.statusLabel.setText(self.tr("Luonnosta ei voitu tallentaa: ") + str(error))

    def offer_draft(self) -> None:
        draft = self._drafts.load(self.database, self.a3_id)
        if draft is None or self.read_only:
            return
        when = f"{fmt.date(draft.saved_at.date())} klo {fmt.local_clock(draft.saved_at)}"
        question = (
            self.tr("Tästä A3:sta on tallentamaton luonnos (%1). Palautetaanko se?")
            if self.a3_id is not None
            else self.tr("Uudesta A3:sta on tallentamaton luonnos (%1). Palautetaanko se?")
        )
        if not msgbox.ask(
            self, self.tr("Palauta tallentamaton luonnos?"), question.replace("%1", when)
        ):
            self._drafts.discard(self.database, self.a3_id)
            return
        if self.a3_id is None and not self._restore_board(draft.fields.get("board_id")):
            return
        self.apply_fields(draft.fields)
        # The draft was written on this version: a save checks it against the stored one.
        self.version = draft.base_version
        self.dirty = True
        self._title()
        self.ui.statusLabel.setText(self.tr("Luonnos palautettu — muista tallentaa."))

    def _restore_board(self, board_id: object) -> bool:
        """A new A3's draft goes back on the board it was started on, if that still exists."""
        if not isinstance(board_id, int) or board_id == self.board_id:
            return True
        try:
            board = self._services.boards.get(board_id)
        except LeanBoardError as error:
            self.ui.statusLabel.setText(self.tr("Luonnoksen taulu ei aukea: ") + str(error))
            return False
        self.show_detail(blank_sheet(board, self._today()))
        self.version = None
        return True

    def apply_fields(self, fields: dict[str, Any]) -> None:
        self._filling = True
        try:
            self.ui.titleEdit.setText(fields.get("title", ""))
            self.ui.ownerEdit.setText(fields.get("owner", "") or "")
            self.ui.startedEdit.setText(fields.get("started_on", "") or "")
            phase = self.ui.phaseCombo.findData(fields.get("phase"))
            self.ui.phaseCombo.setCurrentIndex(max(0, phase))
            for field in TEXT_SECTIONS:
                self.text_edit(field).setPlainText(fields.get(field) or "")
            self.five_whys.set_lines(list(fields.get("five_whys") or []))
            self.fishbone.set_values(fields.get("fishbone") or {})
            rows = [PlanRow(**row) for row in fields.get("actions") or []]
            self.plan.model.set_actions(rows)
            measure = self.ui.measureCombo.findData(fields.get("effect_measure_id"))
            self.ui.measureCombo.setCurrentIndex(max(0, measure))
        finally:
            self._filling = False
        self.check.refresh()

    # ---- saving
    def save(self) -> bool:
        if self.read_only:
            return False
        if not self.check.check_all():
            self.ui.statusLabel.setText(self.tr("Korjaa punaisella merkityt kentät."))
            return False
        plan_error = self.plan.model.first_error()
        if plan_error:
            self.ui.statusLabel.setText(plan_error)
            return False
        return self._save(self.version)

    def _save(self, version: int | None) -> bool:
        try:
            if self.a3_id is None:
                assert self.board_id is not None
                saved = self._services.a3.start_a3(
                    self.board_id, actions=self.plan.model.drafts(), **self.sections()
                )
            else:
                saved = self._services.a3.update_a3(
                    self.a3_id, version, actions=self.plan.model.drafts(), **self.sections()
                )
        except ConflictError:
            return self._conflict()
        except ValidationError as error:
            if not self.check.show_refusal(error):
                self.ui.statusLabel.setText(str(error))
            return False
        except DatabaseUnavailable:
            self.dirty = True
            self.write_draft()
            self.ui.statusLabel.setText(
                self.tr(
                    "Tietokantaan ei saada yhteyttä. Tekstisi on tallessa luonnoksena tällä "
                    "koneella; tallenna uudelleen, kun yhteys palaa."
                )
            )
            return False
        except LeanBoardError as error:
            self.ui.statusLabel.setText(str(error))
            return False
        self._drafts.discard(self.database, self.a3_id)  # for a new A3: the "new" draft
        self.a3_id = saved.id
        self.ui.historyButton.setEnabled(True)
        self.show_detail(saved)
        self.ui.statusLabel.setText(self.tr("Tallennettu klo ") + fmt.local_clock())
        self.saved.emit(saved)
        return True

    def conflict_fields(self, theirs: A3Detail) -> list[FieldVersions]:
        mine = self.sections()
        rows = [
            FieldVersions(self.tr("Otsikko"), mine["title"], theirs.title),
            FieldVersions(self.tr("Omistaja"), mine["owner"], theirs.owner or ""),
            FieldVersions(
                self.tr("Vaihe"),
                theme.A3_PHASE_NAMES.get(mine["phase"], ""),
                theme.A3_PHASE_NAMES.get(theirs.phase, ""),
            ),
        ]
        for field in TEXT_SECTIONS:
            rows.append(
                FieldVersions(
                    self.tr(SECTION_LABELS[field]), mine[field], getattr(theirs, field) or ""
                )
            )
        rows.append(
            FieldVersions(
                self.tr("5 x miksi"),
                "\n".join(x for x in mine["five_whys"] if x),
                "\n".join(theirs.five_whys),
            )
        )
        rows.append(
            FieldVersions(
                self.tr("Toteutussuunnitelma"),
                "\n".join(r.action for r in self.plan.model.rows),
                "\n".join(a.action for a in theirs.actions),
            )
        )
        return rows

    def ask_conflict(self, fields: list[FieldVersions]) -> Choice:
        """The leader's choice; tests replace this to answer without a modal dialog."""
        dialog = ConflictDialog(fields, self, title=self.tr("A3: joku muu ehti tallentaa ensin"))
        dialog.exec()
        return dialog.choice

    def _conflict(self) -> bool:
        assert self.a3_id is not None  # a new A3 has nothing stored to conflict with
        self.dirty = True
        self.write_draft()  # whatever happens next, the leader's text is on the disk
        try:
            theirs = self._services.a3.get(self.a3_id)
        except LeanBoardError as error:
            self.ui.statusLabel.setText(str(error))
            return False
        choice = self.ask_conflict(self.conflict_fields(theirs))
        if choice is Choice.KEEP_THEIRS:
            self._drafts.discard(self.database, self.a3_id)
            self.show_detail(theirs)
            self.ui.statusLabel.setText(self.tr("Toisen tallentama versio on nyt näkyvissä."))
            return False
        if choice is Choice.KEEP_MINE:
            # Plan rows: take the stored versions of rows still there; rows the other person
            # removed come back as new rows, so none of the leader's rows is lost.
            stored = {a.id: a.version for a in theirs.actions}
            for row in self.plan.model.rows:
                if row.id is not None:
                    if row.id in stored:
                        row.version = stored[row.id]
                    else:
                        row.id = row.version = None
            return self._save(theirs.version)
        self.ui.statusLabel.setText(
            self.tr("Ei tallennettu: tekstisi on yhä lomakkeella ja luonnoksena.")
        )
        return False

    # ---- PDF and history
    def choose_pdf_path(self) -> Path | None:
        name = f"A3-{self.a3_id}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Vie A3 PDF-tiedostoksi"), name, self.tr("PDF-tiedostot (*.pdf)")
        )
        return Path(path) if path else None

    def export_pdf(self) -> ExportTask | None:
        """The stored A3 to a PDF on a worker thread (rendering a long A3 takes seconds);
        unsaved changes are saved first so the paper matches. Returns the running task."""
        if self.pdf_task is not None:
            return None
        if (self.dirty or self.a3_id is None) and not self.read_only and not self.save():
            return None
        path = self.choose_pdf_path()
        if path is None or self.a3_id is None:
            return None
        services, a3_id = self._services, self.a3_id
        task = ExportTask(lambda _progress: [export_a3(services, a3_id, path)])
        task.setAutoDelete(False)  # the editor holds it until its signal arrives
        task.signals.finished.connect(self._pdf_finished)
        task.signals.failed.connect(self._pdf_failed)
        self.pdf_task = task
        self.ui.pdfButton.setEnabled(False)
        self.ui.statusLabel.setText(self.tr("Viedään PDF…"))
        QThreadPool.globalInstance().start(task)
        return task

    def _pdf_finished(self, written: list[Path]) -> None:
        self.pdf_task = None
        self.ui.pdfButton.setEnabled(True)
        self.ui.statusLabel.setText(self.tr("PDF kirjoitettu: ") + str(written[0]))
        msgbox.information(self, self.tr("PDF viety"), str(written[0]))
        self.pdf_written.emit(written[0])

    def _pdf_failed(self, reason: str) -> None:
        self.pdf_task = None
        self.ui.pdfButton.setEnabled(True)
        self.ui.statusLabel.setText(self.tr("PDF-vienti epäonnistui."))
        msgbox.error(self, self.tr("PDF-vienti epäonnistui"), reason)

    def show_history(self) -> None:
        if self.a3_id is None:
            return
        try:
            changes = self._services.history.of_item("a3_report", self.a3_id)
        except LeanBoardError as error:
            msgbox.error(self, self.tr("Historia ei aukea"), str(error))
            return
        lines = [
            f"{fmt.date(fmt.local_time(c.at).date())} klo {fmt.clock(c.at)} · {c.actor or '–'} · "
            f"{c.action}: {', '.join(sorted(c.details)) or ''}"
            for c in changes[-30:]
        ]
        msgbox.information(self, self.tr("A3:n muutoshistoria"), "\n".join(lines) or "–")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.write_draft()  # closing never loses text: it waits as a draft
        event.accept()
