"""Guard against a Qt binding that leaks or drops references to Python's singletons.

PySide6 6.12.0 on Python 3.11 decrements None's reference count on every Qt call that returns
nothing; a wall screen redrawing for hours then aborts with "Fatal Python error: none_dealloc".
This test fails on such a binding before a screen does.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

CALLS = 3000  # enough to see a per-call drift; far fewer than it takes to abort


def test_qt_calls_keep_the_reference_counts_of_none_true_and_false(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(CALLS):
        label.setText("Hyvää huomenta")
        label.update()
        label.isVisible()
        label.setEnabled(True)
    after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    drift = [abs(a - b) for a, b in zip(after, before, strict=True)]
    assert max(drift) < CALLS // 10, f"reference counts drifted by {drift} over {CALLS} calls"
