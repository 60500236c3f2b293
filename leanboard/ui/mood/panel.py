"""Staff mood (työntekijöiden fiilis): an anonymous 0–10 vote on the wall, and its figures.

After each vote the buttons rest for a few seconds, visibly, so one tap is one vote, and every
voter alike is thanked and reminded "Jos alle 8, kirjaa kehitysidea!" with the idea button
beside the keys: a form that opened only after a low score would tell the person beside the
voter what they gave. Today's figures never move vote by vote (domain/mood_release.py): until
"Näytä päivän fiilis" at the huddle (or the day's end) the panel shows only how many voted,
then the released votes all at once; whatever is left out, one line says why.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)
from shiboken6 import isValid

from leanboard.domain.errors import DatabaseUnavailable
from leanboard.domain.mood_release import MoodFigure
from leanboard.domain.presentation import (
    capitalised,
    mood_hidden_reason,
    mood_pending_and_hidden_reason,
    mood_pending_reason,
)
from leanboard.domain.rules import MOOD_MAX, MOOD_MIN, MOOD_PROMPT_BELOW
from leanboard.services import Services
from leanboard.services.dto import BoardSnapshot, MoodSummary
from leanboard.ui.common import fmt, theme
from leanboard.ui.common.card import Card, font
from leanboard.ui.common.ops import op
from leanboard.ui.common.sections import section_title
from leanboard.ui.common.theme import Scale
from leanboard.ui.common.undo import UndoBar, offer_undo
from leanboard.ui.mood.quick_idea import QuickIdeaDialog

LOCKOUT_MS = 4000


class MoodBars(QWidget):
    """Today's votes per score 0–10 as bars, the count above each bar, the score below."""

    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale = scale
        self.distribution: tuple[int, ...] = ()
        self.setMinimumHeight(scale.body_px * 4)
        # The bars take the column's spare height: the panel has no empty half on the wall.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_distribution(self, distribution: tuple[int, ...]) -> None:
        if distribution != self.distribution:
            self.distribution = distribution
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.distribution:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        small = self._scale.body_px
        painter.setFont(font(small))
        n = len(self.distribution)
        w, h = self.width(), self.height()
        slot = w / n
        label_h = small + 4
        top, bottom = label_h, h - label_h
        peak = max(self.distribution) or 1
        for score, count in enumerate(self.distribution):
            x = score * slot
            bar_h = (bottom - top) * count / peak
            colour = QColor(theme.ACCENT if score >= MOOD_PROMPT_BELOW else theme.GREY)
            painter.fillRect(QRectF(x + slot * 0.15, bottom - bar_h, slot * 0.7, bar_h), colour)
            painter.setPen(QColor(theme.INK))
            centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
            if count:
                painter.drawText(
                    QRectF(x, bottom - bar_h - label_h, slot, label_h), centre, str(count)
                )
            painter.drawText(QRectF(x, bottom, slot, label_h), centre, str(score))
        painter.end()


class MoodPanel(Card):
    changed = Signal()

    def __init__(self, services: Services, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(section_title("mood"), scale, parent)
        self._services = services
        self._scale = scale
        self._snapshot: BoardSnapshot | None = None
        self._may_record = True
        self.lockout_ms = LOCKOUT_MS
        self.locked = False
        self.idea_dialog: QuickIdeaDialog | None = None
        self._remaining_s = 0
        self._thanks = ""
        self._stored_vote: tuple[int, dt.date, int] | None = None  # undoable in the lock-out
        self._offer: tuple[UndoBar, int] | None = None  # its "Kumoa" on the window's strip

        # One line that asks, and after a vote thanks and counts the rest down.
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setFont(font(scale.body_px, bold=True))
        self.body.addWidget(self.status_label)
        # The board's rule, always in sight: "Jos alle 8, kirjaa kehitysidea!"
        self.prompt_label = QLabel(self.tr("Alle 8? Kirjaa kehitysidea!"), self)
        self.prompt_label.setObjectName("moodPrompt")
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setFont(font(scale.body_px, bold=True))
        self.prompt_label.setStyleSheet(
            f"QLabel#moodPrompt {{ color: {theme.INK}; background: #fff3cd;"
            f" border-left: 6px solid {theme.AMBER}; padding: 4px 8px; }}"
        )
        self.body.addWidget(self.prompt_label)
        self.pending_votes = 0  # taps whose write has not been confirmed yet
        self.waiting_label = QLabel(self)
        self.waiting_label.setWordWrap(True)
        self.waiting_label.setFont(font(scale.body_px, bold=True))
        self.waiting_label.setStyleSheet(f"color: {theme.INK}; background: #fff3cd;")
        self.waiting_label.hide()
        self.body.addWidget(self.waiting_label)

        grid = QGridLayout()
        grid.setSpacing(max(4, scale.body_px // 3))
        self.buttons: list[QPushButton] = []
        per_row = 4  # three rows of big keys: the mood column is narrow, and tall
        for score in range(MOOD_MIN, MOOD_MAX + 1):
            button = QPushButton(str(score), self)
            button.setFont(font(scale.figure_px * 3 // 4, bold=True))
            button.setMinimumSize(scale.touch_px, scale.touch_px)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(self.tr("Fiilis %n", "", score))
            button.setStyleSheet(self._button_style())
            button.clicked.connect(lambda _=False, s=score: self.vote(s))
            grid.addWidget(button, score // per_row, score % per_row)
            self.buttons.append(button)
        # The twelfth key, beside 10: "Jos alle 8, kirjaa kehitysidea!" for everyone alike.
        self.idea_button = QPushButton(self.tr("Idea"), self)
        self.idea_button.setAccessibleName(self.tr("Kirjaa kehitysidea"))
        self.idea_button.setToolTip(self.tr("Kirjaa kehitysidea"))
        self.idea_button.setFont(font(scale.body_px, bold=True))
        self.idea_button.setMinimumSize(scale.touch_px, scale.touch_px)
        self.idea_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.idea_button.setStyleSheet(self._button_style())
        self.idea_button.clicked.connect(self.ask_idea)
        grid.addWidget(self.idea_button, MOOD_MAX // per_row, per_row - 1)
        self.body.addLayout(grid)

        self.release_button = QPushButton(self.tr("Näytä päivän fiilis"), self)
        self.release_button.setFont(font(scale.body_px, bold=True))
        self.release_button.setMinimumHeight(scale.touch_px)
        self.release_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.release_button.setStyleSheet(self._button_style())
        self.release_button.clicked.connect(self.release)
        self.body.addWidget(self.release_button)

        self.today_label = QLabel(self)
        self.today_label.setFont(font(scale.body_px))
        self.today_label.setWordWrap(True)
        self.body.addWidget(self.today_label)
        self.bars = MoodBars(scale, self)
        self.body.addWidget(self.bars, 3)
        # Why a figure is missing, in one line a nurse understands.
        self.reason_label = QLabel(self)
        self.reason_label.setFont(font(scale.body_px))  # read from 3 m like the figures
        self.reason_label.setWordWrap(True)
        self.reason_label.setStyleSheet(f"color: {theme.GREY};")
        self.body.addWidget(self.reason_label)

        self.week_title = QLabel(self.tr("Viikon keskiarvot päivittäin"), self)
        self.week_title.setFont(font(scale.body_px, bold=True))
        self.week_title.setWordWrap(True)
        self.body.addWidget(self.week_title)
        # Four days a row: "– (4/5)" in body type needs a quarter of the narrow column.
        self.week_row = QGridLayout()
        self.week_row.setSpacing(max(2, scale.body_px // 4))
        self.week_cells: list[QLabel] = []
        for index in range(7):
            cell = QLabel(self)
            cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.setFont(font(scale.body_px))
            cell.setStyleSheet(f"background: {theme.PANEL}; border-radius: 4px; padding: 2px;")
            self.week_row.addWidget(cell, index // 4, index % 4)
            self.week_cells.append(cell)
        for column in range(4):
            self.week_row.setColumnStretch(column, 1)
        self.body.addLayout(self.week_row)

        self._unlock_timer = QTimer(self)
        self._unlock_timer.setSingleShot(True)
        self._unlock_timer.timeout.connect(self._rest_over)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self._set_enabled(False)
        self.status_label.setText(self.ask_text())

    def _button_style(self) -> str:
        # Low scores are not painted red: the screen must not shame a tired team.
        return (
            f"QPushButton {{ background: {theme.PANEL}; color: {theme.INK};"
            " border: 2px solid #b8c0c8; border-radius: 8px; }"
            f"QPushButton:pressed {{ background: {theme.ACCENT}; color: white; }}"
            "QPushButton:disabled { background: #e4e7ea; color: #8a8f95; border-color: #d0d5db; }"
        )

    # ---- data in
    def show_snapshot(self, snapshot: BoardSnapshot) -> None:
        self._snapshot = snapshot
        # With access control on, only logins that record on this board get the keys.
        allowed = snapshot.rights.record
        self._may_record = allowed  # the idea key and "Näytä päivän fiilis" too
        if allowed != self.buttons[0].isVisibleTo(self):
            for button in [*self.buttons, self.idea_button]:
                button.setVisible(allowed)
            if not self.locked:
                self.status_label.setText(
                    self.ask_text()
                    if allowed
                    else self.tr("Tällä tunnuksella ei äänestetä tällä taululla.")
                )
        if not self.locked:
            self._set_enabled(True)
        self._show_summary(snapshot.mood)

    def _show_summary(self, mood: MoodSummary) -> None:
        today = mood.today.figure
        if today.shown and today.distribution is not None and today.average is not None:
            text = (
                self.tr("Tänään %1 vastausta · keskiarvo %2")
                .replace("%1", str(today.shown_count))
                .replace("%2", fmt.number(today.average, 1))
            )
            if today.pending:
                text += " · " + self.tr("%1 uutta ääntä").replace("%1", str(today.pending))
            self.today_label.setText(text)
            self.bars.set_distribution(today.distribution)
            self.bars.show()
        else:
            self.today_label.setText(
                self.tr("Tänään %1 ääntä annettu.").replace("%1", str(today.count))
                if today.count
                else self.tr("Tänään ei vielä ääniä.")
            )
            self.bars.set_distribution(())
            self.bars.hide()
        self.release_button.setEnabled(mood.can_release)
        if mood.can_release:
            self.release_button.setText(self.tr("Näytä päivän fiilis"))
        else:  # how many new votes there are, of how many a release needs
            self.release_button.setText(
                self.tr("Näytä päivän fiilis (%1/%2)")
                .replace("%1", str(today.pending))
                .replace("%2", str(today.min_group))
            )
        # Once the day is shown, the button comes back only when it can show more: the
        # column is narrow and its figures need the room.
        self.release_button.setVisible(self._may_record and (mood.can_release or not today.shown))
        too_few = 0
        for cell, day in zip(self.week_cells, list(mood.week) + [None] * 7, strict=False):
            if day is None:
                cell.setText("")
                cell.setToolTip("")
                cell.hide()
                continue
            cell.show()
            figure = day.figure
            if figure.shown and figure.average is not None:
                value = fmt.number(figure.average, 1)
            elif figure.pending:
                value = f"… ({figure.pending})"
            else:
                value = f"– ({figure.count})" if figure.count else "–"
            if figure.left_out:
                too_few = too_few or figure.min_group
            cell.setText(f"{fmt.weekday(day.day)}\n{value}")
            cell.setToolTip(self.reason(figure) or value)
        waiting = bool(today.pending and not today.shown)  # once shown, "N uutta ääntä" says it
        if waiting and too_few:
            reason = mood_pending_and_hidden_reason(too_few)
        elif waiting:
            reason = mood_pending_reason()
        elif too_few:
            reason = mood_hidden_reason(too_few)
        else:
            reason = ""
        self.reason_label.setText(capitalised(reason))
        self.reason_label.setVisible(bool(reason))
        # The day names under it say what the cells are: the title gives its line to the reason.
        self.week_title.setVisible(not reason)

    def reason(self, figure: MoodFigure) -> str:
        """Why `figure` leaves votes out; empty when it leaves none out."""
        if figure.pending:
            return capitalised(mood_pending_reason())
        if figure.left_out:
            return capitalised(mood_hidden_reason(figure.min_group))
        return ""

    @property
    def figures_shown(self) -> bool:
        return self.bars.isVisibleTo(self)

    # ---- releasing today's figures
    def release(self) -> None:
        """ "Näytä päivän fiilis": the votes since the last release, all at once."""
        if self._snapshot is None:
            return
        board_id, day = self._snapshot.board.id, self._snapshot.today
        services = self._services
        op(self, lambda: services.mood.release_day(board_id, day=day)).busy(
            self.release_button
        ).done(self._released).title(self.tr("Fiilistä ei näytetty")).run()

    def _released(self, mood: MoodSummary) -> None:
        self._show_summary(mood)
        self.changed.emit()

    # ---- the vote
    def vote(self, score: int) -> None:
        """One tap, one vote: the lock-out starts at the tap, the write runs off the GUI
        thread, and a vote the database cannot take now waits for it ("odottaa tallennusta")."""
        if self.locked or self._snapshot is None:
            return  # one tap is one vote: taps during the rest are ignored
        board_id, day = self._snapshot.board.id, self._snapshot.today
        # The same thanks and the same reminder whatever the score.
        self._thanks = self.tr("Kiitos vastauksestasi! ✔ Alle 8? Kirjaa kehitysidea.")
        self._lock()
        services = self._services
        self._stored_vote = None

        def work() -> tuple[int, dt.date, int]:
            services.mood.record_mood_vote(board_id, score, day=day)
            return board_id, day, score

        op(self, work).busy(self.buttons[score], disable=False).done(self._vote_stored).failed(
            self._vote_not_stored
        ).keep_until_saved().title(self.tr("Ääntä ei tallennettu")).retry().run()
        self.pending_votes += 1

    def _vote_stored(self, vote: tuple[int, dt.date, int]) -> None:
        self.pending_votes = max(0, self.pending_votes - 1)
        self.waiting_label.setVisible(False)
        self.changed.emit()
        if self.locked:  # still the voter's moment at the screen
            self._stored_vote = vote
            if self.idea_dialog is None:
                self._offer_undo()

    def _offer_undo(self) -> None:
        """ "Kumoa" for the vote just given, only while the buttons rest after it: the one at
        the screen now is the one who voted (the vote names nobody; neither does this)."""
        vote = self._stored_vote
        if vote is None:
            return
        board_id, day, score = vote
        mood = self._services.mood
        # A coarse timer may report a little more than it was started with: never beyond the rest.
        rest_s = self.lockout_ms / 1000
        left = min(rest_s, max(1.0, self._unlock_timer.remainingTime() / 1000))
        bar = offer_undo(
            self,
            self._scale,
            # Not the score: the screen is in the corridor, and a bystander would read it.
            self.tr("Ääni annettu."),
            lambda: mood.withdraw_mood_vote(board_id, day, score),
            self._vote_withdrawn,
            seconds=left,
        )
        self._offer = (bar, bar.offer_id)

    def _vote_withdrawn(self, _result: object) -> None:
        self._stored_vote = None
        self._unlock()  # vote again, the score meant
        self.changed.emit()

    def _vote_not_stored(self, error: BaseException) -> bool:
        if isinstance(error, DatabaseUnavailable):
            # Kept by the runner and written when the database answers again.
            self.waiting_label.setText(
                self.tr("⏳ Ääni odottaa tallennusta: tietokantaan ei juuri nyt saada yhteyttä.")
            )
            self.waiting_label.setVisible(True)
            return True
        self.pending_votes = max(0, self.pending_votes - 1)
        self.waiting_label.setVisible(False)
        return False  # shown with its cause, and "Yritä uudelleen"

    def ask_idea(self) -> None:
        """ "Kirjaa kehitysidea": the quick idea form, open to anyone, any time."""
        if self._snapshot is None or self.idea_dialog is not None:
            return
        dialog = QuickIdeaDialog(self._services, self._snapshot.board.id, self._scale, self)
        dialog.saved.connect(lambda _idea: self.changed.emit())
        dialog.finished.connect(lambda _code: self._idea_dialog_closed(dialog))
        self.idea_dialog = dialog
        dialog.open()  # not exec(): the board keeps refreshing behind it

    def _idea_dialog_closed(self, dialog: QuickIdeaDialog) -> None:
        if self.idea_dialog is dialog:
            self.idea_dialog = None
        dialog.deleteLater()
        # The voter is still at the screen: the rest (and the vote's "Kumoa") starts now.
        if self.locked:
            self._lock()
            self._offer_undo()

    def _lock(self) -> None:
        self.locked = True
        self._set_enabled(False)
        self._remaining_s = max(1, round(self.lockout_ms / 1000))
        self._show_lockout()
        self._unlock_timer.start(self.lockout_ms)
        self._tick.start()

    def _count_down(self) -> None:
        self._remaining_s = max(1, self._remaining_s - 1)
        self._show_lockout()

    def _show_lockout(self) -> None:
        wait = self.tr("Seuraava ääni %1 s kuluttua.").replace("%1", str(self._remaining_s))
        self.status_label.setStyleSheet(f"color: {theme.ACCENT}; font-weight: bold;")
        self.status_label.setText(f"{self._thanks} {wait}")

    def ask_text(self) -> str:
        return self.tr("Miltä tänään tuntuu? Napauta numeroa 0–10.")

    def _rest_over(self) -> None:
        # While the idea form is open the voter is still here: the rest goes on until it
        # closes, and starts again then.
        if self.idea_dialog is None:
            self._unlock()
        else:
            self._tick.stop()

    def _unlock(self) -> None:
        self._unlock_timer.stop()
        self._stored_vote = None
        if self._offer is not None:  # the rest is over: the next one at the screen is not
            bar, offer_id = self._offer  # the voter, and may not take the vote back
            self._offer = None
            if isValid(bar):
                bar.withdraw(offer_id)
        self.locked = False
        self._tick.stop()
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.ask_text())
        self._set_enabled(self._snapshot is not None)

    def _set_enabled(self, enabled: bool) -> None:
        for button in self.buttons:
            button.setEnabled(enabled)
