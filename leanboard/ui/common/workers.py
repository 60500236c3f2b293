"""Slow work off the GUI thread: a QRunnable that runs a function and reports by signals.

Used by the weekly PDF export (several boards, with progress and Cancel) and by the A3
editor's PDF export (one file). The function gets a `progress(done, total, board)` callback;
raising Cancelled from it (when `stop` is set) ends the run between two steps.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from leanboard.domain.errors import LeanBoardError
from leanboard.services.dto import BoardInfo

Progress = Callable[[int, int, BoardInfo], None]


class Cancelled(Exception):
    """Raised in the worker between two boards when the user pressed Cancel."""


class ExportSignals(QObject):
    progress = Signal(int, int, str)  # done, total, board name
    finished = Signal(list)  # the paths written
    cancelled = Signal(int)  # how many were written before the stop
    failed = Signal(str)


class ExportTask(QRunnable):
    def __init__(self, run: Callable[[Progress], list[Path]]) -> None:
        super().__init__()
        self._run = run
        self.signals = ExportSignals()
        self.stop = threading.Event()
        self.done = 0

    def _progress(self, done: int, total: int, board: BoardInfo) -> None:
        self.done = done  # boards written so far
        if self.stop.is_set():
            raise Cancelled
        self.signals.progress.emit(done, total, board.name)

    def run(self) -> None:
        try:
            written = self._run(self._progress)
        except Cancelled:
            self.signals.cancelled.emit(self.done)
        except LeanBoardError as error:
            self.signals.failed.emit(str(error))
        except OSError as error:
            self.signals.failed.emit(f"{error.strerror or error}: {error.filename or ''}".strip())
        else:
            self.signals.finished.emit(written)
