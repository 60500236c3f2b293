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

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from leanboard.domain.enums import A3Phase
from leanboard.domain.errors import (
    ConflictError,
    DatabaseUnavailable,
    ValidationError,
)
from leanboard.domain.validation import guard_text, parse_optional_date
from leanboard.services import Services
from leanboard.services.a3 import SECTION_LABELS, clean_sections
from leanboard.services.drafts import Draft, DraftStore
from leanboard.services.dto import A3Detail, BoardInfo, ChangeItem, MeasureInfo, MeasureSeries
from leanboard.ui.a3.actions_table import ActionsTable, PlanRow
from leanboard.ui.a3.fishbone import FishboneEditor
from leanboard.ui.a3.five_whys import FiveWhys
from leanboard.ui.common import fmt, msgbox, theme
from leanboard.ui.common.charts import RunChart
from leanboard.ui.common.conflict_dialog import Choice, ConflictDialog, FieldVersions
from leanboard.ui.common.field_check import FieldCheck
from leanboard.ui.common.ops import describe, op
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
    loaded = Signal(object)  # the A3Detail shown, once read (off the GUI thread)
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
        self.exporting = False  # a PDF is being written
        self.saving = False  # a save is on its way
        self.measures: list[MeasureInfo] = []  # the board's measures, for the effect measure
        self.series: list[MeasureSeries] = []  # their run-chart points
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

        self.ui.saveButton.clicked.connect(lambda: self.save())
        self.ui.pdfButton.clicked.connect(self.export_pdf)
        self.ui.historyButton.clicked.connect(self.show_history)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.activated.connect(lambda: self.save())

        self.load()
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
        """Read the A3 (or the board of a new one), the board's measures with their points
        and any unsaved draft, off the GUI thread; show them when they arrive."""
        services, drafts, database = self._services, self._drafts, self.database
        a3_id, board_id, today = self.a3_id, self.board_id, self._today()

        def read() -> tuple[A3Detail, list[MeasureInfo], list[MeasureSeries], Draft | None]:
            if a3_id is None:
                assert board_id is not None
                detail = blank_sheet(services.boards.get(board_id), today)
            else:
                detail = services.a3.get(a3_id)
            return (
                detail,
                services.measures.board_measures(detail.board_id),
                services.measures.series(detail.board_id),
                None if self.read_only else drafts.load(database, a3_id),
            )

        self.ui.statusLabel.setText(self.tr("Ladataan…"))
        op(self, read).done(self._loaded).title(self.tr("A3 ei aukea")).run()

    def _loaded(
        self, read: tuple[A3Detail, list[MeasureInfo], list[MeasureSeries], Draft | None]
    ) -> None:
        detail, self.measures, self.series, draft = read
        self.ui.statusLabel.setText("")
        self.show_detail(detail)
        if self.a3_id is None:
            self.version = None
            self.ui.historyButton.setEnabled(False)
        self.loaded.emit(detail)
        if draft is not None:
            self.offer_draft(draft)

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
        for m in self.measures:
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
                series = next((s for s in self.series if s.measure.id == measure_id), None)
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
        """The typed text to this PC's draft file (written by the runner, off the GUI thread)."""
        self._autosave.stop()
        if self.dirty and not self.read_only:
            drafts, database, a3_id = self._drafts, self.database, self.a3_id
            version, fields = self.version, self.draft_fields()
            op(self, lambda: drafts.save(database, a3_id, version, fields)).failed(
                self._draft_not_written
            ).run()

    def _draft_not_written(self, error: BaseException) -> bool:
        self.ui.statusLabel.setText(self.tr("Luonnosta ei voitu tallentaa: ") + describe(error))
        return True

    def offer_draft(self, draft: Draft) -> None:
        if self.read_only:
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
            drafts, database, a3_id = self._drafts, self.database, self.a3_id
            op(self, lambda: drafts.discard(database, a3_id)).run()
            return
        board_id = draft.fields.get("board_id")
        if self.a3_id is None and isinstance(board_id, int) and board_id != self.board_id:
            # A new A3's draft goes back on the board it was started on, if that still exists.
            boards, today = self._services.boards, self._today()
            op(self, lambda: blank_sheet(boards.get(board_id), today)).done(
                lambda sheet: self._restore_draft(draft, sheet)
            ).failed(self._draft_board_gone).run()
            return
        self._restore_draft(draft, None)

    def _draft_board_gone(self, error: BaseException) -> bool:
        self.ui.statusLabel.setText(self.tr("Luonnoksen taulu ei aukea: ") + describe(error))
        return True

    def _restore_draft(self, draft: Draft, sheet: A3Detail | None) -> None:
        if sheet is not None:
            self.show_detail(sheet)
            self.version = None
        self.apply_fields(draft.fields)
        # The draft was written on this version: a save checks it against the stored one.
        self.version = draft.base_version
        self.dirty = True
        self._title()
        self.ui.statusLabel.setText(self.tr("Luonnos palautettu — muista tallentaa."))

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
    def save(self, then: Callable[[], None] | None = None) -> bool:
        """Check the sheet and start saving it; `then` runs after a successful save.
        False when it was refused at once (a field, a plan row, read-only)."""
        if self.read_only or self.saving:
            return False
        if not self.check.check_all():
            self.ui.statusLabel.setText(self.tr("Korjaa punaisella merkityt kentät."))
            return False
        plan_error = self.plan.model.first_error()
        if plan_error:
            self.ui.statusLabel.setText(plan_error)
            return False
        self._save(self.version, then)
        return True

    def _save(self, version: int | None, then: Callable[[], None] | None = None) -> None:
        a3, board_id, a3_id = self._services.a3, self.board_id, self.a3_id
        actions, sections = self.plan.model.drafts(), self.sections()

        def store() -> A3Detail:
            if a3_id is None:
                assert board_id is not None
                return a3.start_a3(board_id, actions=actions, **sections)
            return a3.update_a3(a3_id, version, actions=actions, **sections)

        self.saving = True
        op(self, store).busy(self.ui.saveButton).done(
            lambda saved: self._saved(saved, then)
        ).failed(self._not_saved).run()

    def _saved(self, saved: A3Detail, then: Callable[[], None] | None) -> None:
        self.saving = False
        drafts, database, new_or_id = self._drafts, self.database, self.a3_id
        op(self, lambda: drafts.discard(database, new_or_id)).run()  # "new": the new A3's draft
        self.a3_id = saved.id
        self.ui.historyButton.setEnabled(True)
        self.show_detail(saved)
        self.ui.statusLabel.setText(self.tr("Tallennettu klo ") + fmt.local_clock())
        self.saved.emit(saved)
        if then is not None:
            then()

    def _not_saved(self, error: BaseException) -> bool:
        self.saving = False
        if isinstance(error, ConflictError):
            self._conflict()
        elif isinstance(error, ValidationError):
            if not self.check.show_refusal(error):
                self.ui.statusLabel.setText(str(error))
        elif isinstance(error, DatabaseUnavailable):
            self.dirty = True
            self.write_draft()
            self.ui.statusLabel.setText(
                self.tr(
                    "Tietokantaan ei saada yhteyttä. Tekstisi on tallessa luonnoksena tällä "
                    "koneella; tallenna uudelleen, kun yhteys palaa."
                )
            )
        else:
            self.dirty = True
            self.write_draft()
            self.ui.statusLabel.setText(
                describe(error) + " " + self.tr("Tekstisi on tallessa luonnoksena.")
            )
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

    def _conflict(self) -> None:
        assert self.a3_id is not None  # a new A3 has nothing stored to conflict with
        self.dirty = True
        self.write_draft()  # whatever happens next, the leader's text is on the disk
        a3, a3_id = self._services.a3, self.a3_id
        op(self, lambda: a3.get(a3_id)).done(self._choose).failed(self._theirs_unread).run()

    def _theirs_unread(self, error: BaseException) -> bool:
        self.ui.statusLabel.setText(describe(error))
        return True

    def _choose(self, theirs: A3Detail) -> None:
        choice = self.ask_conflict(self.conflict_fields(theirs))
        if choice is Choice.KEEP_THEIRS:
            drafts, database, a3_id = self._drafts, self.database, self.a3_id
            op(self, lambda: drafts.discard(database, a3_id)).run()
            self.show_detail(theirs)
            self.ui.statusLabel.setText(self.tr("Toisen tallentama versio on nyt näkyvissä."))
            return
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
            self._save(theirs.version)
            return
        self.ui.statusLabel.setText(
            self.tr("Ei tallennettu: tekstisi on yhä lomakkeella ja luonnoksena.")
        )

    # ---- PDF and history
    def choose_pdf_path(self) -> Path | None:
        name = f"A3-{self.a3_id}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Vie A3 PDF-tiedostoksi"), name, self.tr("PDF-tiedostot (*.pdf)")
        )
        return Path(path) if path else None

    def export_pdf(self) -> bool:
        """The stored A3 to a PDF, off the GUI thread (rendering a long A3 takes seconds);
        unsaved changes are saved first so the paper matches. False: nothing started."""
        if self.exporting:
            return False
        if (self.dirty or self.a3_id is None) and not self.read_only:
            return self.save(then=self._export_saved)
        self._export_saved()
        return True

    def _export_saved(self) -> None:
        path = self.choose_pdf_path()
        if path is None or self.a3_id is None:
            return
        from leanboard.reports import a3_pdf  # reportlab: loaded when a PDF is asked for

        services, a3_id = self._services, self.a3_id
        self.exporting = True
        self.ui.statusLabel.setText(self.tr("Viedään PDF…"))
        op(self, lambda: a3_pdf.export_a3(services, a3_id, path)).busy(self.ui.pdfButton).done(
            self._pdf_finished
        ).failed(self._pdf_failed).run()

    def _pdf_finished(self, written: Path) -> None:
        self.exporting = False
        self.ui.statusLabel.setText(self.tr("PDF kirjoitettu: ") + str(written))
        msgbox.information(self, self.tr("PDF viety"), str(written))
        self.pdf_written.emit(written)

    def _pdf_failed(self, error: BaseException) -> bool:
        self.exporting = False
        self.ui.statusLabel.setText(self.tr("PDF-vienti epäonnistui."))
        msgbox.error(self, self.tr("PDF-vienti epäonnistui"), describe(error))
        return True

    def show_history(self) -> None:
        if self.a3_id is None:
            return
        history, a3_id = self._services.history, self.a3_id
        op(self, lambda: history.of_item("a3_report", a3_id)).done(self._show_history).title(
            self.tr("Historia ei aukea")
        ).run()

    def _show_history(self, changes: list[ChangeItem]) -> None:
        lines = [
            f"{fmt.date(fmt.local_time(c.at).date())} klo {fmt.clock(c.at)} · {c.actor or '–'} · "
            f"{c.action}: {', '.join(sorted(c.details)) or ''}"
            for c in changes[-30:]
        ]
        msgbox.information(self, self.tr("A3:n muutoshistoria"), "\n".join(lines) or "–")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.write_draft()  # closing never loses text: it waits as a draft
        event.accept()
