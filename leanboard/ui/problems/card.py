"""An SQDC problem opened on the wall: set its status, escalate it, or answer it (catchball);
its A3, if it has one (on the desktop an A3 can be started from it).

The buttons a person cannot use right now stay visible but disabled, with the reason written
under them, so nobody wonders why nothing happens. Buttons the login's role never allows here
(access control on PostgreSQL) are not shown; a line says who may use them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from leanboard.domain.access import Rights
from leanboard.domain.enums import AnswerKind, ProblemStatus
from leanboard.domain.errors import ConflictError, DatabaseUnavailable
from leanboard.i18n import QT_TRANSLATE_NOOP
from leanboard.services import Services
from leanboard.services.dto import BoardInfo, ProblemItem
from leanboard.services.rollup import hours_between
from leanboard.ui.common import fmt, theme
from leanboard.ui.common.a3_link import A3Link
from leanboard.ui.common.card import font
from leanboard.ui.common.ops import describe, op
from leanboard.ui.common.theme import Scale
from leanboard.ui.common.tiles import status_mark
from leanboard.ui.common.touch_card import TouchCard

ANSWER_NAMES = {
    AnswerKind.DECISION.value: QT_TRANSLATE_NOOP("ProblemCard", "Päätös"),
    AnswerKind.RESOURCE.value: QT_TRANSLATE_NOOP("ProblemCard", "Resurssi"),
    AnswerKind.FORWARDED.value: QT_TRANSLATE_NOOP("ProblemCard", "Lähetä ylemmäs"),
    AnswerKind.RETURNED.value: QT_TRANSLATE_NOOP("ProblemCard", "Palauta ohjeiden kanssa"),
}
# How an answer reads on the team's board afterwards.
ANSWER_WORDS = {
    AnswerKind.DECISION.value: QT_TRANSLATE_NOOP("ProblemCard", "päätös"),
    AnswerKind.RESOURCE.value: QT_TRANSLATE_NOOP("ProblemCard", "resurssi"),
    AnswerKind.FORWARDED.value: QT_TRANSLATE_NOOP("ProblemCard", "lähetetty ylemmäs"),
    AnswerKind.RETURNED.value: QT_TRANSLATE_NOOP("ProblemCard", "palautettu"),
}


def answer_word(kind: str | None) -> str:
    """How an answer kind reads afterwards, in the chosen language."""
    word = ANSWER_WORDS.get(kind or "", kind or "")
    return QCoreApplication.translate("ProblemCard", word)


class ProblemCard(TouchCard):
    saved = Signal(object)  # the ProblemItem after a change
    escalated = Signal(object)  # the ProblemItem this card escalated (its undo is offered)
    a3_requested = Signal(int)  # show this A3 (the board opens it)

    def __init__(
        self,
        services: Services,
        problem: ProblemItem,
        board: BoardInfo,
        parent_board: BoardInfo | None,
        scale: Scale,
        parent: QWidget | None = None,
        rights: Rights | None = None,  # the board snapshot's (what the login may do here)
    ) -> None:
        super().__init__(problem.title, scale, parent)
        self._services = services
        self.board = board
        self.parent_board = parent_board
        self.problem = problem
        # Without them every button shows; the database still refuses what is not allowed.
        self.rights = rights or Rights.everything("")
        self.category_label = self.add_line(bold=True)
        self.details_label = self.add_line()
        self.history_label = self.add_line()

        self.status_buttons: dict[str, QPushButton] = {}
        row = self.add_row()
        for status in ProblemStatus:
            self.status_buttons[status.value] = self.add_action(
                theme.PROBLEM_STATUS_NAMES[status.value],
                partial(self.set_status, status.value),
                row=row,
            )
        self.escalate_button = self.add_action("", self.ask_escalation)
        self.escalate_note = QLabel(self)  # why escalating is not possible now
        self.escalate_note.setFont(font(scale.body_px))
        self.escalate_note.setWordWrap(True)
        self.action_box.addWidget(self.escalate_note)
        # Escalating asks one confirming tap, and takes an optional note for the tier above.
        self.confirm_label = QLabel(self)
        self.confirm_label.setFont(font(scale.body_px, bold=True))
        self.confirm_label.setWordWrap(True)
        self.action_box.addWidget(self.confirm_label)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setFont(font(scale.body_px))
        self.note_edit.setPlaceholderText(self.tr("Saate ylemmälle tasolle (vapaaehtoinen)"))
        self.note_edit.setFixedHeight(scale.touch_px * 3 // 2)
        self.note_edit.setTabChangesFocus(True)
        self.action_box.addWidget(self.note_edit)
        confirm_row = self.add_row()
        self.cancel_escalation_button = self.add_action(
            self.tr("Peruuta"), self.cancel_escalation, row=confirm_row
        )
        self.confirm_button = self.add_action(
            self.tr("⇧ Vahvista eskalointi"), self.escalate, primary=True, row=confirm_row
        )
        self._confirm_widgets: tuple[QWidget, ...] = (
            self.confirm_label,
            self.note_edit,
            self.cancel_escalation_button,
            self.confirm_button,
        )
        for widget in self._confirm_widgets:
            widget.hide()

        # Answering: only on the board the problem now waits at.
        self.answer_edit = QLineEdit(self)
        self.answer_edit.setFont(font(scale.body_px))
        self.answer_edit.setMinimumHeight(scale.touch_px)
        self.answer_edit.setPlaceholderText(self.tr("Vastaus tiimille"))
        self.action_box.addWidget(self.answer_edit)
        self.answer_buttons: dict[str, QPushButton] = {}
        answer_row = self.add_row()
        for kind in AnswerKind:
            self.answer_buttons[kind.value] = self.add_action(
                self.tr(ANSWER_NAMES[kind.value]), partial(self.answer, kind.value), row=answer_row
            )
        self.role_note = QLabel(self)  # which role the hidden buttons need
        self.role_note.setFont(font(scale.body_px))
        self.role_note.setWordWrap(True)
        self.action_box.addWidget(self.role_note)
        a3, problem_id = services.a3, problem.id
        self.a3_link = A3Link(
            self, lambda: a3.for_problem(problem_id), lambda: a3.start_from_problem(problem_id)
        )
        self.a3_link.open_requested.connect(self.a3_requested)
        self._show(problem)

    # ---- show
    def _show(self, p: ProblemItem) -> None:
        self.problem = p
        self.heading.setText(p.title)
        category = theme.SQDC_NAMES.get(p.category, p.category)
        status = theme.PROBLEM_STATUS_NAMES.get(p.status, p.status)
        status_word = self.tr("Tila")  # lupdate reads no tr() inside an f-string
        line = f"{p.category} – {category} · {status_word}: {status}"
        if p.overdue:
            line += "  " + status_mark("overdue")
        self.category_label.setText(line)
        details = []
        if p.owner:
            details.append(self.tr("Vastuu: ") + p.owner)
        if p.due_date:
            details.append(self.tr("Määräpäivä: ") + fmt.date(p.due_date))
        if p.board_id != self.board.id:
            details.append(self.tr("Tiimiltä: ") + p.board_code)
        self.details_label.setText(" · ".join(details))
        self.details_label.setVisible(bool(details))
        self.history_label.setText("\n".join(self._history(p)))
        self.history_label.setVisible(bool(p.escalations) or bool(p.description))

        mine = p.board_id == self.board.id
        lead = mine and self.rights.lead
        for status, button in self.status_buttons.items():
            current = status == p.status
            name = theme.PROBLEM_STATUS_NAMES[status]
            button.setText(f"✔ {name}" if current else name)
            button.setEnabled(mine and not current)
            button.setVisible(lead)

        reason = self._cannot_escalate(p)
        target = self._escalation_target(p)
        self.escalate_button.setText(
            self.tr("⇧ Eskaloi: ") + (target.name if target is not None else self.tr("ylemmälle"))
        )
        self.escalate_button.setEnabled(reason is None)
        self.escalate_button.setVisible(lead)
        self.escalate_note.setText(reason or "")
        self.escalate_note.setVisible(lead and reason is not None)

        waiting_here = p.waiting_board_id == self.board.id
        answer = waiting_here and self.rights.answer
        self.answer_edit.setVisible(answer)
        for kind, button in self.answer_buttons.items():
            button.setVisible(answer)
            if kind == AnswerKind.FORWARDED.value:
                button.setEnabled(self.board.parent_id is not None)

        notes = []
        if mine and not self.rights.lead:
            notes.append(self.tr("Tilan ja eskaloinnin muuttaa taulun vetäjä."))
        if waiting_here and not self.rights.answer:
            notes.append(self.tr("Eskalaatioon vastaa tämän tason esihenkilö (rooli manager)."))
        self.role_note.setText(" ".join(notes))
        self.role_note.setVisible(bool(notes))

    def _history(self, p: ProblemItem) -> list[str]:
        lines = [p.description] if p.description else []
        for e in p.escalations:
            day = fmt.date(fmt.local_time(e.escalated_at).date())
            # How long each tier held it: until its answer, or until now while it waits.
            until = e.answered_at or dt.datetime.now(dt.UTC).replace(tzinfo=None)
            waited = round(hours_between(e.escalated_at, until))
            verb = self.tr("odotti") if e.answered_at is not None else self.tr("odottanut")
            lines.append(f"⇧ {day} {e.from_board_code} → {e.to_board_code} ({verb} {waited} h)")
            if e.answer is not None and e.answer_kind is not None:
                word = answer_word(e.answer_kind)
                answered = self.tr("vastaus")  # lupdate reads no tr() inside an f-string
                lines.append(f"   {answered} ({word}): {e.answer}")
        return lines

    def _escalation_target(self, p: ProblemItem) -> BoardInfo | None:
        return self.parent_board if p.waiting_board_id is None else None

    def _cannot_escalate(self, p: ProblemItem) -> str | None:
        if p.status == ProblemStatus.SOLVED.value:
            return self.tr("Ratkaistua ongelmaa ei eskaloida.")
        if self.parent_board is None:
            return self.tr("Tällä taululla ei ole ylempää tasoa, jolle eskaloida.")
        if p.waiting_board_id is not None:
            waiting = p.escalations[-1].to_board_code if p.escalations else ""
            return self.tr("Odottaa jo vastausta tasolta ") + waiting + "."
        return None

    # ---- act
    def _run(self, action: Callable[[], ProblemItem], button: QPushButton) -> None:
        self.clear_error()
        op(self, action).busy(button).done(self._acted).failed(self._not_acted).run()

    def _acted(self, item: ProblemItem) -> None:
        self._show(item)
        self.saved.emit(item)
        self.accept()

    def _not_acted(self, error: BaseException) -> bool:
        if isinstance(error, ConflictError):
            self.show_error(
                self.tr(
                    "Joku muu ehti muuttaa ongelmaa toisella näytöllä. Tiedot on päivitetty — "
                    "tarkista ja yritä uudelleen."
                )
            )
            problems, problem_id = self._services.problems, self.problem.id
            op(self, lambda: problems.get(problem_id)).done(self._reread).failed(
                lambda _error: True  # the message above still tells them
            ).run()
        elif isinstance(error, DatabaseUnavailable):
            self.show_error(self.tr("Tietokantaan ei saada yhteyttä. Yritä hetken päästä."))
        else:
            self.show_error(describe(error))  # the typed answer stays in its field
        return True

    def _reread(self, problem: ProblemItem) -> None:
        self._show(problem)
        self.saved.emit(problem)

    def set_status(self, status: str) -> None:
        p, problems = self.problem, self._services.problems
        self._run(lambda: problems.set_status(p.id, p.version, status), self.status_buttons[status])

    @property
    def confirming(self) -> bool:
        return self.confirm_button.isVisibleTo(self)

    def ask_escalation(self) -> None:
        """The first tap: say where it goes, offer the note, wait for the confirming tap."""
        target = self._escalation_target(self.problem)
        where = target.name if target is not None else self.tr("ylemmälle")
        self.confirm_label.setText(self.tr("Eskaloidaanko tasolle %1?").replace("%1", where))
        for widget in self._confirm_widgets:
            widget.show()
        self.escalate_button.hide()
        self.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel_escalation(self) -> None:
        for widget in self._confirm_widgets:
            widget.hide()
        self.escalate_button.setVisible(self.problem.board_id == self.board.id)

    def escalate(self) -> None:
        p, problems = self.problem, self._services.problems
        note = self.note_edit.toPlainText().strip() or None
        self.clear_error()
        op(self, lambda: problems.escalate_problem(p.id, p.version, note)).busy(
            self.confirm_button
        ).done(self._escalated).failed(self._not_acted).run()

    def _escalated(self, item: ProblemItem) -> None:
        self._show(item)
        self.saved.emit(item)
        self.escalated.emit(item)
        self.accept()

    def answer(self, kind: str) -> None:
        p, text, problems = self.problem, self.answer_edit.text(), self._services.problems
        self._run(
            lambda: problems.answer_escalation(p.id, p.version, kind, text),
            self.answer_buttons[kind],
        )
