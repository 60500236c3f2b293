"""The leader's SQDC problem dialog, with the escalation trail and the answer from above.

Catchball: a problem the team cannot solve goes to the parent board; the answer (decision,
resource, forwarded, returned with advice) comes back and is shown here under the problem.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from leanboard.domain.enums import ProblemStatus, Sqdc
from leanboard.domain.errors import ConflictError, ValidationError
from leanboard.domain.validation import guard_optional_text, guard_text, parse_optional_date
from leanboard.services import Services
from leanboard.services.dto import ProblemItem
from leanboard.ui.common import fmt, theme
from leanboard.ui.common.editor import EditorDialog, date_text, plain_text
from leanboard.ui.common.field_check import FieldCheck
from leanboard.ui.common.ops import describe, op
from leanboard.ui.generated.ui_problem_dialog import Ui_ProblemDialog
from leanboard.ui.problems.card import answer_word


class ProblemDialog(EditorDialog):
    FIELDS = (
        ("title", "Otsikko"),
        ("category", "SQDC-luokka"),
        ("status", "Tila"),
        ("owner", "Vastuuhenkilö"),
        ("due_date", "Määräpäivä"),
        ("description", "Kuvaus"),
    )

    def __init__(
        self,
        services: Services,
        board_id: int,
        problem: ProblemItem | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, parent)
        self.ui = Ui_ProblemDialog()
        self.ui.setupUi(self)
        self.board_id = board_id
        self.problem = problem
        ui = self.ui
        self.setWindowTitle(self.tr("Muokkaa ongelmaa") if problem else self.tr("Uusi ongelma"))
        for code in Sqdc:
            ui.category_combo.addItem(f"{code.value} – {theme.SQDC_NAMES[code.value]}", code.value)
        for status in ProblemStatus:
            ui.status_combo.addItem(theme.PROBLEM_STATUS_NAMES[status.value], status.value)
        ui.escalate_error.setStyleSheet(f"color: {theme.RED};")
        if problem is not None:
            self.load(problem)
        else:
            ui.status_combo.setEnabled(False)  # a new problem is open
        self.setup_buttons(ui.button_box, ui.status_label)
        self.checks.add(
            ui.title_edit,
            lambda t: guard_text(t, "title", "Otsikko", required=True, max_length=200),
            "title",
        )
        self.checks.add(
            ui.owner_edit,
            lambda t: guard_optional_text(t, "owner", "Vastuuhenkilö", max_length=100),
            "owner",
        )
        self.checks.add(
            ui.due_edit, lambda t: parse_optional_date(t, "due_date", "Määräpäivä"), "due_date"
        )
        self.checks.add(
            ui.description_edit,
            lambda t: guard_optional_text(t, "description", "Kuvaus"),
            "description",
        )
        # The escalation note is free text too: checked as typed, gating only its own button.
        self.note_checks = FieldCheck(ui.escalate_button, self)
        self.note_checks.add(
            ui.escalate_note_edit,
            lambda t: guard_optional_text(t, "note", "Saate"),
            "note",
            error_label=ui.escalate_error,
        )
        ui.escalate_button.clicked.connect(self.escalate)
        self.escalation_target: str | None = None
        self.show_escalation()
        self.read_escalation_target()
        ui.title_edit.setFocus()

    def load(self, problem: ProblemItem | dict[str, Any]) -> None:
        values = problem if isinstance(problem, dict) else vars(problem)
        ui = self.ui
        self.version = values["version"]
        ui.title_edit.setText(values["title"])
        ui.category_combo.setCurrentIndex(ui.category_combo.findData(values["category"]))
        ui.status_combo.setCurrentIndex(ui.status_combo.findData(values["status"]))
        ui.owner_edit.setText(values["owner"] or "")
        ui.due_edit.setText(date_text(values["due_date"]))
        ui.description_edit.setPlainText(values["description"] or "")

    # ---- escalation trail and the answer from above
    def read_escalation_target(self) -> None:
        """The name of the board the problem would go to next (None at the top or solved),
        read off the GUI thread; the escalate button shows when it is known."""
        problem = self.problem
        if problem is None or problem.status == ProblemStatus.SOLVED.value:
            self.escalation_target = None
            return
        boards, here_id = self.services.boards, problem.waiting_board_id or problem.board_id

        def target() -> str | None:
            here = boards.get(here_id)
            return None if here.parent_id is None else boards.get(here.parent_id).name

        def known(name: str | None) -> None:
            self.escalation_target = name
            self.show_escalation()

        op(self, target).done(known).failed(lambda _error: True).run()

    def show_escalation(self) -> None:
        ui, problem = self.ui, self.problem
        if problem is None:
            ui.escalation_box.hide()
            return
        lines = []
        for step in problem.escalations:
            when = fmt.date(fmt.local_time(step.escalated_at).date())
            line = f"⇧ {when} {step.from_board_code} → {step.to_board_name} ({step.to_board_code})"
            if step.note:
                line += f": {step.note}"
            lines.append(line)
            if step.answered_at is not None:
                answered = fmt.date(fmt.local_time(step.answered_at).date())
                word = answer_word(step.answer_kind)
                lines.append(f"    ↳ {answered} {word}: {step.answer or ''}")
        ui.trail_label.setText("\n".join(lines) if lines else self.tr("Ongelmaa ei ole eskaloitu."))
        latest = problem.latest_answer
        if latest is not None:
            word = answer_word(latest.answer_kind)
            ui.answer_label.setText(
                self.tr("Ylemmän tason vastaus (%1, %2): %3")
                .replace("%1", latest.to_board_name)
                .replace("%2", word)
                .replace("%3", latest.answer or "")
            )
            ui.answer_label.setStyleSheet(f"background: {theme.PANEL}; padding: 6px;")
            ui.answer_label.show()
        elif problem.waiting_board_id is not None:
            ui.answer_label.setText(self.tr("Odottaa vastausta ylemmältä tasolta."))
            ui.answer_label.show()
        else:
            ui.answer_label.hide()
        target = self.escalation_target
        can_escalate = target is not None and problem.waiting_board_id is None
        for widget in (ui.escalate_note_edit, ui.escalate_button):
            widget.setVisible(can_escalate)
        if target is not None:
            ui.escalate_button.setText(self.tr("Eskaloi: %1").replace("%1", target))

    def escalate(self) -> None:
        problem = self.problem
        if problem is None or not self.note_checks.check_all() or self.saving:
            return
        problems, version = self.services.problems, self.version
        note = self.ui.escalate_note_edit.text()
        self.saving = True
        op(self, lambda: problems.escalate_problem(problem.id, version, note)).busy(
            self.ui.escalate_button
        ).done(self._escalated).failed(self._not_escalated).run()

    def _escalated(self, updated: ProblemItem) -> None:
        self.saving = False
        self.problem = updated
        self.version = updated.version
        self.ui.escalate_note_edit.clear()
        self.read_escalation_target()
        self.show_escalation()
        self.saved.emit(updated)

    def _not_escalated(self, error: BaseException) -> bool:
        self.saving = False
        if isinstance(error, ValidationError):
            if not self.note_checks.show_refusal(error):
                self.show_status(error.message)
        elif isinstance(error, ConflictError):
            self.show_status(
                self.tr("Joku muu muutti ongelmaa juuri. Tallenna tai sulje ja avaa uudelleen.")
            )
        else:
            self.show_status(describe(error))
        return True

    # ---- saving
    def store(self, expected_version: int | None) -> Callable[[], ProblemItem]:
        ui = self.ui
        values = {
            "title": ui.title_edit.text(),
            "category": ui.category_combo.currentData(),
            "description": ui.description_edit.toPlainText(),
            "owner": ui.owner_edit.text(),
            "due_date": ui.due_edit.text(),
        }
        problems, board_id = self.services.problems, self.board_id
        if self.problem is None:
            return lambda: problems.create_problem(board_id, **values)
        problem_id, status = self.problem.id, ui.status_combo.currentData()
        return lambda: problems.update_problem(
            problem_id, expected_version, status=status, **values
        )

    def stored(self, item: ProblemItem) -> None:
        self.problem = item

    def mine(self) -> dict[str, str]:
        ui = self.ui
        return {
            "title": ui.title_edit.text(),
            "category": ui.category_combo.currentText(),
            "status": ui.status_combo.currentText(),
            "owner": ui.owner_edit.text(),
            "due_date": ui.due_edit.text(),
            "description": ui.description_edit.toPlainText(),
        }

    def theirs(self, current: dict[str, Any]) -> dict[str, str]:
        category = current.get("category") or ""
        return {
            "title": plain_text(current.get("title")),
            "category": f"{category} – {theme.SQDC_NAMES.get(category, '')}",
            "status": theme.PROBLEM_STATUS_NAMES.get(current.get("status") or "", ""),
            "owner": plain_text(current.get("owner")),
            "due_date": date_text(current.get("due_date")),
            "description": plain_text(current.get("description")),
        }

    def load_current(self, current: dict[str, Any]) -> None:
        self.load(current)
