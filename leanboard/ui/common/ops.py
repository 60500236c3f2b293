"""Every UI action that reads or writes the database goes through here, off the GUI thread.

In the spirit of Anki's `CollectionOp` / `QueryOp` (qt/aqt/operations/): the widget says what
to run and what to do with the result; the window's one database worker runs it; the result
comes back on the GUI thread; every failure is shown in one place, in the user's language,
in words that name its cause.

    op(self, lambda: services.mood.record_mood_vote(board, score, day=day))
        .busy(button)                # pressed look + spinner at once, until the answer
        .done(self._voted)           # on the GUI thread, with the service's result
        .failed(self._not_saved)     # optional: True when handled here (e.g. at the field)
        .title(self.tr("Ääntä ei tallennettu"))
        .retry()                     # the message offers "Yritä uudelleen"
        .run()

- One worker thread per top-level window (dialogs use their window's): operations of a
  window run one after another, in the order they were started, so a write and the re-read
  after it cannot overtake each other.
- `.keep_until_saved()` (wall writes: mood votes, safety events): while the database
  is away the write waits in the window's queue, shown as "odottaa tallennusta", and is
  written when the database answers again — never dropped.
- A widget that is gone by the time the answer comes (a closed dialog) gets no callback;
  a failure is then still logged.
- Long work (imports, PDFs of every board) reports through a `Progress` it is handed, and a
  Cancel button sets its flag: the work checks it between steps (`Progress.cancelled`) or
  has `Progress.report` raise `Cancelled` there.
"""

from __future__ import annotations

import errno
import logging
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from shiboken6 import isValid

from leanboard.domain.errors import DatabaseUnavailable, LeanBoardError
from leanboard.i18n import translate
from leanboard.ui.common import msgbox, theme

T = TypeVar("T")
log = logging.getLogger(__name__)

RETRY_PENDING_MS = 5000  # how often writes kept for an absent database are tried again
SPINNER_STEP_MS = 80

_runners: weakref.WeakSet[Runner] = weakref.WeakSet()


def idle() -> bool:
    """No operation is running or waiting to report, in any open window (tests wait for
    this). A window closed meanwhile no longer counts: its work ends unreported."""
    return not any(isValid(runner) and runner.busy for runner in list(_runners))


def describe(error: BaseException) -> str:
    """One line in the user's language that names the cause; never a traceback."""
    if isinstance(error, LeanBoardError):
        return str(error)
    if isinstance(error, OSError):
        where = str(error.filename or "")
        texts = {
            errno.ENOSPC: translate("Ops", "Levy on täynnä: {path} jäi kirjoittamatta."),
            errno.EDQUOT: translate("Ops", "Levytila on käytetty loppuun: {path}."),
            errno.EACCES: translate("Ops", "Ei oikeutta kirjoittaa: {path}."),
            errno.EPERM: translate("Ops", "Ei oikeutta kirjoittaa: {path}."),
            errno.EROFS: translate("Ops", "Levylle ei voi kirjoittaa (vain luku): {path}."),
            errno.ENOENT: translate("Ops", "Kansiota tai tiedostoa ei löydy: {path}."),
        }
        text = texts.get(error.errno or 0)
        if text is not None:
            return text.format(path=where)
        return f"{error.strerror or error}: {where}".strip(": ")
    log.error("Unexpected error in a database operation", exc_info=error)
    return translate(
        "Ops",
        "Odottamaton virhe ({kind}). Mitään ei jätetty puolitiehen; yritä uudelleen, ja jos "
        "virhe toistuu, kerro ylläpidolle.",
    ).format(kind=type(error).__name__)


class Cancelled(Exception):
    """Raised in the work by `Progress.report` after Cancel was pressed."""


class Progress(QObject):
    """How far long work is (reported from the worker thread, shown on the GUI thread) and
    whether the person asked it to stop."""

    changed = Signal(int, int, str)  # done, total, what is being done now

    def __init__(self, parent: QObject | None = None, *, raise_on_cancel: bool = False) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._raise = raise_on_cancel
        self.done = 0

    def report(self, done: int, total: int, text: str = "") -> None:
        """Called by the work between steps (any thread)."""
        self.done = done
        if self._raise and self._stop.is_set():
            raise Cancelled
        self.changed.emit(done, total, text)

    def cancel(self) -> None:
        self._stop.set()

    def cancelled(self) -> bool:
        return self._stop.is_set()


class Op(Generic[T]):
    """One operation: built by `op()`, configured by chaining, started by `run()`."""

    def __init__(self, parent: QWidget, work: Callable[[], T]) -> None:
        self.parent = parent
        self.work = work
        self._done: Callable[[T], None] | None = None
        self._failed: Callable[[BaseException], bool | None] | None = None
        self._busy: list[tuple[QWidget, bool]] = []
        self._title = ""
        self._retry = False
        self.keep = False  # kept in the queue while the database is away
        self.queued = False

    def done(self, callback: Callable[[T], None]) -> Op[T]:
        self._done = callback
        return self

    def failed(self, callback: Callable[[BaseException], bool | None]) -> Op[T]:
        """`callback(error)` returns True when it has shown the failure itself."""
        self._failed = callback
        return self

    def busy(self, *widgets: QWidget, disable: bool = True) -> Op[T]:
        """Show these widgets as working (pressed, spinner) until the answer; `disable` also
        stops a second tap from starting the same thing twice."""
        self._busy += [(w, disable) for w in widgets]
        return self

    def title(self, text: str) -> Op[T]:
        self._title = text
        return self

    def retry(self) -> Op[T]:
        self._retry = True
        return self

    def keep_until_saved(self) -> Op[T]:
        """While the database is away, keep this write and try it again (wall taps)."""
        self.keep = True
        return self

    def run(self) -> None:
        runner_for(self.parent).submit(self)

    # ---- used by the runner, on the GUI thread
    def started(self) -> None:
        for widget, disable in self._busy:
            if isValid(widget):
                mark_busy(widget, True, disable)

    def ended(self) -> None:
        for widget, disable in self._busy:
            if isValid(widget):
                mark_busy(widget, False, disable)

    def succeed(self, result: Any) -> None:
        if self._done is not None and isValid(self.parent):
            self._done(result)

    def kept(self, error: BaseException) -> None:
        """The write waits for the database: the widget may say so ("odottaa tallennusta")."""
        if self._failed is not None and isValid(self.parent):
            self._failed(error)

    def fail(self, error: BaseException) -> None:
        if not isValid(self.parent):
            log.warning("%s (its window was closed)", describe(error))
            return
        if self._failed is not None and self._failed(error):
            return
        title = self._title or translate("Ops", "Toiminto ei onnistunut")
        if self._retry and msgbox.retry(self.parent, title, describe(error)):
            self.run()
        else:
            msgbox.error(self.parent, title, describe(error))


def op(parent: QWidget, work: Callable[[], T]) -> Op[T]:
    return Op(parent, work)


class _Relay(QObject):
    finished = Signal(object, object, object)  # op, result, error


class Runner(QObject):
    """The database worker of one window: one thread, operations in order."""

    busy_changed = Signal(bool)
    pending_changed = Signal(int)  # writes kept while the database is away

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("databaseRunner")
        self._pool: ThreadPoolExecutor | None = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="leanboard-db"
        )
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._running = 0
        self.pending: list[Op[Any]] = []
        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(RETRY_PENDING_MS)
        self._retry_timer.timeout.connect(self.retry_pending)
        _runners.add(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    @property
    def busy(self) -> bool:
        return self._running > 0

    def submit(self, operation: Op[Any]) -> None:
        if self._pool is None:
            log.warning("An operation was started after its window closed; not run.")
            return
        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)
        operation.started()
        relay = self._relay

        def job() -> None:
            try:
                result = operation.work()
            except BaseException as error:  # reported on the GUI thread, never lost
                relay.finished.emit(operation, None, error)
            else:
                relay.finished.emit(operation, result, None)

        self._pool.submit(job)

    def _finish(self, operation: Op[Any], result: Any, error: BaseException | None) -> None:
        try:
            operation.ended()
            if error is None:
                if operation.queued:
                    operation.queued = False
                    self.pending = [p for p in self.pending if p is not operation]
                    self.pending_changed.emit(len(self.pending))
                operation.succeed(result)
            elif operation.keep and isinstance(error, DatabaseUnavailable):
                if not operation.queued:
                    operation.queued = True
                    self.pending.append(operation)
                    self.pending_changed.emit(len(self.pending))
                    self._retry_timer.start()
                    operation.kept(error)
            else:
                if operation.queued:
                    operation.queued = False
                    self.pending = [p for p in self.pending if p is not operation]
                    self.pending_changed.emit(len(self.pending))
                operation.fail(error)
        finally:
            self._running -= 1
            if self._running == 0:
                self.busy_changed.emit(False)

    def later(self, work: Callable[[], None]) -> None:
        """GUI work for the next turn of the event loop (what the first paint can do without),
        counted as the window's own: `idle()` is False until it has run."""
        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)

        def run() -> None:
            try:
                work()
            finally:
                self._running -= 1
                if self._running == 0:
                    self.busy_changed.emit(False)

        QTimer.singleShot(0, self, run)

    def retry_pending(self) -> None:
        """Try the kept writes again (the timer, or the database reported back)."""
        if not self.pending:
            self._retry_timer.stop()
            return
        for operation in list(self.pending):
            self.submit(operation)

    def close(self) -> None:
        """Finish what was started (a vote is not dropped at exit), then stop the thread."""
        pool, self._pool = self._pool, None
        self._retry_timer.stop()
        if pool is not None:
            pool.shutdown(wait=True)


def runner_for(widget: QWidget) -> Runner:
    """The runner of the widget's top-level window (a dialog uses its parent window's)."""
    top: QWidget = widget.window()
    while (above := top.parentWidget()) is not None:
        top = above.window()
    found = top.findChild(Runner, "databaseRunner", Qt.FindChildOption.FindDirectChildrenOnly)
    return found if isinstance(found, Runner) else Runner(top)


# ---- the busy look
class Spinner(QWidget):
    """A turning arc over the right end of a widget that is waiting on the database."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self._target = target
        self.setObjectName("busySpinner")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self._angle = 0
        self._timer = QTimer(self)
        self._timer.setInterval(SPINNER_STEP_MS)
        self._timer.timeout.connect(self._turn)
        self._timer.start()
        self.place()

    def place(self) -> None:
        target = self._target
        size = max(12, min(48, target.height() * 3 // 5))
        margin = max(2, (target.height() - size) // 2)
        self.setGeometry(target.width() - size - margin, margin, size, size)

    def _turn(self) -> None:
        self._angle = (self._angle + 30) % 360
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = max(2.0, self.width() / 8)
        painter.setPen(
            QPen(QColor(theme.ACCENT), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        )
        inset = width
        rect = QRectF(inset, inset, self.width() - 2 * inset, self.height() - 2 * inset)
        painter.drawArc(rect, -self._angle * 16, 270 * 16)
        painter.end()


def mark_busy(widget: QWidget, busy: bool, disable: bool = True) -> None:
    """Pressed look and a spinner while waiting; a second tap does nothing meanwhile."""
    count = int(widget.property("busyCount") or 0) + (1 if busy else -1)
    widget.setProperty("busyCount", max(0, count))
    waiting = count > 0
    if isinstance(widget, QAbstractButton):
        widget.setDown(waiting)
    if disable:
        widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, waiting)
    spinner = widget.findChild(Spinner, "busySpinner", Qt.FindChildOption.FindDirectChildrenOnly)
    if waiting and spinner is None:
        Spinner(widget).show()
    elif not waiting and spinner is not None:
        spinner.hide()
        spinner.deleteLater()
