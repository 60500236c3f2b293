"""Qt side of the change watcher: polls it from the event loop and re-emits as signals.

SQLite: a 500 ms timer (PRAGMA data_version is cheap). PostgreSQL: a QSocketNotifier on the
LISTEN connection wakes us as soon as a NOTIFY arrives, and a slow timer covers lost
notifications and notices an outage. The watcher itself never raises: it reports offline.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from leanboard.services import Services
from leanboard.services.live import ChangeEvent, is_shared_server, watch_changes

SQLITE_POLL_MS = 500
POSTGRES_FALLBACK_MS = 2000
# Reconnecting to an unreachable server can block for its connect timeout: try less often.
OFFLINE_POLL_MS = 3000


class LiveUpdates(QObject):
    """Emits `changed(board_ids)` for other screens' commits and `status(online, since)`."""

    changed = Signal(list)  # board ids named by the changes (None: not tied to a board)
    events = Signal(list)  # the ChangeEvents themselves, for views that need the entity
    status = Signal(bool, object)  # online, offline since (aware local datetime or None)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = watch_changes(services)
        self._shared = is_shared_server(services)
        self._notifier: QSocketNotifier | None = None
        self._normal_ms = POSTGRES_FALLBACK_MS if self._shared else SQLITE_POLL_MS
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.poll)
        self._watcher.subscribe(self._on_events)
        self._watcher.subscribe_status(self._on_status)
        self._timer.start(self._normal_ms if self._watcher.online else OFFLINE_POLL_MS)
        self._watch_socket()

    @property
    def online(self) -> bool:
        return self._watcher.online

    @property
    def offline_since(self) -> dt.datetime | None:
        return self._watcher.offline_since

    def poll(self) -> None:
        self._watcher.poll()

    def close(self) -> None:
        self._timer.stop()
        self._drop_notifier()
        self._watcher.close()

    def _on_events(self, events: list[ChangeEvent]) -> None:
        self.events.emit(list(events))
        self.changed.emit(
            sorted({e.board_id for e in events}, key=lambda b: -1 if b is None else b)
        )

    def _on_status(self, online: bool, since: dt.datetime | None) -> None:
        self._timer.setInterval(self._normal_ms if online else OFFLINE_POLL_MS)
        self._watch_socket()  # the listening connection is new after a reconnect
        self.status.emit(online, since)

    def _watch_socket(self) -> None:
        if not self._shared:
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
