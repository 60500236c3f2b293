"""The banner over a board whose database cannot be reached: the data below is the last read,
and taps made meanwhile (votes, safety events) wait to be written: "odottaa tallennusta"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QWidget

from leanboard.ui.common import fmt, theme
from leanboard.ui.common.card import font
from leanboard.ui.common.theme import Scale


class OfflineBanner(QLabel):
    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.since: dt.datetime | None = None
        self.pending = 0
        self.setFont(font(scale.body_px, bold=True))
        self.setWordWrap(True)
        pad = scale.body_px // 2
        # Amber with dark text and a symbol: noticed from across the room, readable in b/w.
        self.setStyleSheet(
            f"background: {theme.AMBER}; color: {theme.INK}; padding: {pad}px {pad * 2}px;"
            f" border: 3px solid {theme.INK}; border-radius: 6px;"
        )
        self.hide()

    def set_offline(self, since: dt.datetime | None) -> None:
        """Show the banner from `since` (local or naive local time); None hides it."""
        self.since = since
        self._show()

    def set_pending(self, count: int) -> None:
        """How many of this screen's writes wait for the database (kept, not lost)."""
        self.pending = count
        self._show()

    def _show(self) -> None:
        lines = []
        if self.since is not None:
            since = self.since.astimezone() if self.since.tzinfo else self.since
            lines.append(
                "⚠ "
                + self.tr(
                    "Ei yhteyttä tietokantaan klo %1 alkaen — näytetään viimeisimmät tiedot"
                ).replace("%1", fmt.local_clock(since))
            )
        if self.pending:
            lines.append(
                "⏳ "
                + self.tr(
                    "%n kirjaus(ta) odottaa tallennusta: se tallennetaan, kun yhteys palaa.",
                    "",
                    self.pending,
                )
            )
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))
