"""Acts only the team leader may do on a shared screen, asked for by features that cannot know
how the screen checks who is at it.

A feature (the safety card's "Poista" of an older event) calls `as_leader(widget, act)`. The
window the widget is on decides: the wall installs a gate that asks the leader's PIN (and
runs the act at once on a board without a PIN — there is nothing to guard); the desktop
window is the leader's own PC and installs none, so the act runs at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

Ask = Callable[[QWidget, Callable[[], None]], None]


class LeaderGate(QObject):
    def __init__(self, window: QWidget, ask: Ask) -> None:
        super().__init__(window)
        self.setObjectName("leaderGate")
        self.ask = ask


def as_leader(widget: QWidget, act: Callable[[], None]) -> None:
    """Run `act` once the window's gate (if any) has let the leader through."""
    top: QWidget = widget.window()
    while (above := top.parentWidget()) is not None:
        top = above.window()
    gate = top.findChild(LeaderGate, "leaderGate", Qt.FindChildOption.FindDirectChildrenOnly)
    if isinstance(gate, LeaderGate):
        gate.ask(widget, act)
    else:
        act()
