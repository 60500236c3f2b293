"""The banner over a board whose database cannot be reached: the data below is the last read."""

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
        if since is None:
            self.hide()
            return
        self.setText(
            "⚠ "
            + self.tr(
                "Ei yhteyttä tietokantaan klo %1 alkaen — näytetään viimeisimmät tiedot"
            ).replace("%1", fmt.local_clock(since.astimezone() if since.tzinfo else since))
        )
        self.show()
