"""Qt side of the change watcher: watches in a thread of its own and re-emits as signals.

The watcher reads the database (new change rows; a reconnect can wait for the server's
connect timeout), so it runs on its own QThread, never on the GUI thread, and not on the
window's operation runner either (a long write there must not delay news of others' changes).
SQLite: a 100 ms timer (PRAGMA data_version is cheap: store.watcher.SQLITE_POLL_SECONDS).
PostgreSQL: a QSocketNotifier on the LISTEN connection wakes the thread as soon as a NOTIFY
arrives, and a slow timer covers lost notifications and notices an outage. The watcher itself
never raises: it reports offline.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QSocketNotifier, Qt, QThread, QTimer, Signal, Slot

from leanboard.services import Services
from leanboard.services.live import (
    SQLITE_POLL_SECONDS,
    ChangeEvent,
    ChangeWatcher,
    is_shared_server,
    watch_changes,
)

SQLITE_POLL_MS = round(SQLITE_POLL_SECONDS * 1000)
POSTGRES_FALLBACK_MS = 2000
# Reconnecting to an unreachable server can block for its connect timeout: try less often.
OFFLINE_POLL_MS = 3000


class _Watch(QObject):
    """Lives in the watcher thread: the watcher, its timer and its socket notifier."""

    events = Signal(list)
    status = Signal(bool, object)

    def __init__(self, services: Services) -> None:
        super().__init__()
        self._services = services
        self._watcher: ChangeWatcher | None = None
        self._timer: QTimer | None = None
        self._notifier: QSocketNotifier | None = None
        self._shared = is_shared_server(services)
        self._normal_ms = POSTGRES_FALLBACK_MS if self._shared else SQLITE_POLL_MS

    @Slot()
    def start(self) -> None:
        watcher = watch_changes(self._services)
        self._watcher = watcher
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.poll)
        watcher.subscribe(lambda events: self.events.emit(list(events)))
        watcher.subscribe_status(self._on_status)
        if not watcher.online:
            self.status.emit(False, watcher.offline_since)
        self._timer.start(self._normal_ms if watcher.online else OFFLINE_POLL_MS)
        self._watch_socket()

    @Slot()
    def poll(self) -> None:
        if self._watcher is not None:
            self._watcher.poll()

    def close_watcher(self) -> None:
        """The thread is ending: close the watcher's connection there (SQLite connections
        belong to the thread that opened them)."""
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None

    def _on_status(self, online: bool, since: dt.datetime | None) -> None:
        if self._timer is not None:
            self._timer.setInterval(self._normal_ms if online else OFFLINE_POLL_MS)
        self._watch_socket()  # the listening connection is new after a reconnect
        self.status.emit(online, since)

    def _watch_socket(self) -> None:
        if not self._shared or self._watcher is None:
            return
        fileno = self._watcher.fileno()
        if self._notifier is not None and self._notifier.socket() == fileno:
            return
        self._drop_notifier()
        if fileno is not None:
            self._notifier = QSocketNotifier(fileno, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self.poll)

    def _drop_notifier(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None


class LiveUpdates(QObject):
    """Emits `changed(board_ids)` for other screens' commits and `status(online, since)`."""

    changed = Signal(list)  # board ids named by the changes (None: not tied to a board)
    events = Signal(list)  # the ChangeEvents themselves, for views that need the entity
    status = Signal(bool, object)  # online, offline since (aware local datetime or None)
    _poll = Signal()

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.online = True
        self.offline_since: dt.datetime | None = None
        self._thread = QThread()
        self._thread.setObjectName("leanboard-watch")
        self._watch = _Watch(services)
        self._watch.moveToThread(self._thread)
        self._thread.started.connect(self._watch.start)
        self._poll.connect(self._watch.poll)
        # `finished` is emitted in the ending thread itself: the watcher closes where it lives.
        self._thread.finished.connect(self._watch.close_watcher, Qt.ConnectionType.DirectConnection)
        self._thread.finished.connect(self._watch.deleteLater)
        self._watch.events.connect(self._on_events)
        self._watch.status.connect(self._on_status)
        self._thread.start()

    def poll(self) -> None:
        """Look now (the watcher's thread does it; the answer comes as signals)."""
        self._poll.emit()

    def close(self) -> None:
        if not self._thread.isRunning():
            return
        # The thread's loop ends; its timer, notifier and connection end with it.
        self._thread.quit()
        self._thread.wait()

    def _on_events(self, events: list[ChangeEvent]) -> None:
        self.events.emit(list(events))
        self.changed.emit(
            sorted({e.board_id for e in events}, key=lambda b: -1 if b is None else b)
        )

    def _on_status(self, online: bool, since: dt.datetime | None) -> None:
        self.online, self.offline_since = online, since
        self.status.emit(online, since)
