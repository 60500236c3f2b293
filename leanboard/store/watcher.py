"""The change watcher: tells an open window what other screens changed, without Qt.

A cheap signal says "something may have changed"; the `change` rows after the last id seen
then say what. SQLite: `PRAGMA data_version` on a connection of our own (it moves when any
other connection commits). PostgreSQL: LISTEN on an autocommit psycopg connection whose
socket the UI watches with a QSocketNotifier (`fileno()`), plus a periodic max(id) check in
case a notification was lost. An unreachable database never raises out of `poll()`: the
watcher goes offline, tells its status subscribers, and reconnects on a later poll.

The UI calls `poll()` from a timer (SQLite: every SQLITE_POLL_SECONDS; PostgreSQL: a slow
fallback timer, and whenever the socket is readable). `fileno()` changes after a reconnect and
is None while offline, so the UI re-creates its socket notifier when the status changes.

Mood votes write no `change` row: a row per vote, numbered among the other rows, would line
each vote up with what came next (a prompted idea). So after a signal the watcher also
compares each board's vote count of yesterday and today (a vote always counts for today)
with the last it saw, and reports a board whose count moved as one `mood_tally` event with
no id, no time and no count, placed after the poll's change rows whatever the order the
writes came in. A screen then re-reads the board, which shows only released figures
(domain/mood_release.py).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import func, or_, select
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.orm import Session

from leanboard.domain.errors import DatabaseUnavailable
from leanboard.store.database import NOTIFY_CHANNEL, Database
from leanboard.store.engine import sqlite_path
from leanboard.store.models import Change, MoodTally

if TYPE_CHECKING:
    import psycopg

# What "the database cannot be reached" looks like from each layer we talk to.
UNREACHABLE: tuple[type[Exception], ...] = (
    DatabaseUnavailable,
    OperationalError,
    InterfaceError,
    sqlite3.OperationalError,
    OSError,
)
# How often the UI asks SQLite whether another connection committed. One poll (a stat of the
# file and PRAGMA data_version on the watcher's own connection) costs ~4 µs here, so ten polls
# a second are 0.004 % of a core; a change then reaches the board in ~50 ms on average plus the
# board's own refresh (issue 12: within 250 ms; at 0.5 s it took ~520 ms).
SQLITE_POLL_SECONDS = 0.1
# A change id skipped by a newer commit may still arrive (PostgreSQL hands out ids at insert,
# not at commit); look for it again for this long before assuming it was rolled back.
GAP_SECONDS = 60.0
MAX_GAP_TRACKED = 10_000


# Votes count for today; yesterday too, for a wall whose day turned during a vote.
MOOD_DAYS_WATCHED = 2


@dataclass(frozen=True)
class ChangeEvent:
    id: int | None  # the change row; None for "this board's mood votes changed"
    board_id: int | None
    entity: str
    entity_id: int | None
    action: str


ChangeCallback = Callable[[list[ChangeEvent]], None]
StatusCallback = Callable[[bool, dt.datetime | None], None]


class _Signal(Protocol):
    errors: tuple[type[Exception], ...]  # the driver's own "cannot reach the database"

    def changed(self, last_id: int) -> bool: ...
    def fileno(self) -> int | None: ...
    def close(self) -> None: ...


class _SqliteSignal:
    """`PRAGMA data_version`, read outside any transaction on a connection kept for it."""

    errors: tuple[type[Exception], ...] = ()  # sqlite3's are in UNREACHABLE

    def __init__(self, path: Path | None) -> None:
        self._path = path
        self._conn: sqlite3.Connection | None = None
        self._version: int | None = None

    def changed(self, last_id: int) -> bool:
        if self._path is None:  # in-memory: no other connection can write to it
            return False
        if not self._path.exists():
            # A vanished share or folder; opening would otherwise create an empty database.
            raise FileNotFoundError(self._path)
        if self._conn is None:
            # mode=rw never creates the file; isolation_level=None keeps us out of transactions.
            self._conn = sqlite3.connect(
                f"{self._path.as_uri()}?mode=rw", uri=True, isolation_level=None, timeout=5
            )
            self._version = None
        (version,) = self._conn.execute("PRAGMA data_version").fetchone()
        changed = version != self._version
        self._version = version
        return changed

    def fileno(self) -> int | None:
        return None

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
        self._conn = None


class _PostgresSignal:
    """LISTEN on an autocommit connection of its own, drained with `notifies(timeout=0)`."""

    def __init__(self, database: Database, fallback_interval: float) -> None:
        self._database = database
        self._fallback_interval = fallback_interval
        self._conn: psycopg.Connection[tuple[object, ...]] | None = None
        self._schema = ""
        # Imported here: a SQLite board never needs the driver (~80 ms of every wall start).
        import psycopg

        self._psycopg = psycopg
        self.errors: tuple[type[Exception], ...] = (
            psycopg.OperationalError,
            psycopg.InterfaceError,
        )
        self._next_check = 0.0

    def _connect(self) -> psycopg.Connection[tuple[object, ...]]:
        # The same connection parameters as the engine (search_path in tests included).
        _args, params = self._database.engine.dialect.create_connect_args(self._database.url)
        conn = self._psycopg.connect(
            **{
                "connect_timeout": 5,
                "application_name": "leanboard-watcher",
                # A link that dies silently (sleeping laptop, cut cable) is noticed in ~1 min.
                "keepalives": 1,
                "keepalives_idle": 30,
                "keepalives_interval": 10,
                "keepalives_count": 3,
                **params,
            },
            autocommit=True,
        )
        conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
        row = conn.execute("SELECT current_schema()").fetchone()
        self._schema = str(row[0]) if row else ""
        return conn

    def changed(self, last_id: int) -> bool:
        now = time.monotonic()
        if self._conn is None or self._conn.closed:
            self._conn = self._connect()
            self._next_check = now + self._fallback_interval
            return True  # changes made while nobody listened were never announced
        # Only this schema's changes: a notification names its schema (Database.write). Older
        # LeanBoards sent none, but they refuse a database migrated past them anyway.
        payloads = [n.payload for n in self._conn.notifies(timeout=0)]  # drained, every one
        notified = self._schema in payloads
        if notified or now < self._next_check:
            return notified
        # The fallback also proves the listening connection is still alive. A lost
        # notification of a vote leaves no change row behind: look at the counts too.
        self._next_check = now + self._fallback_interval
        self._conn.execute("SELECT max(id) FROM change").fetchone()
        return True

    def fileno(self) -> int | None:
        if self._conn is None or self._conn.closed:
            return None
        return self._conn.fileno()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
        self._conn = None


class ChangeWatcher:
    """Reports changes committed after it was made; never replays older history."""

    def __init__(
        self,
        database: Database,
        *,
        fallback_interval: float = 10.0,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._database = database
        self._today = today
        self._mood_counts: dict[tuple[int, dt.date], int] = {}
        self._signal: _Signal
        if database.backend == "postgresql":
            self._signal = _PostgresSignal(database, fallback_interval)
        else:
            self._signal = _SqliteSignal(sqlite_path(database.url))
        self._unreachable = UNREACHABLE + self._signal.errors
        self._change_subscribers: list[ChangeCallback] = []
        self._status_subscribers: list[StatusCallback] = []
        self._gaps: dict[int, float] = {}  # change id -> when it was found missing
        self.last_change_id: int | None = None  # None until the database was reached once
        self.offline_since: dt.datetime | None = None
        try:
            self._poll_once()
        except self._unreachable:
            self._signal.close()
            self._set_online(False)

    @property
    def online(self) -> bool:
        return self.offline_since is None

    def subscribe(self, callback: ChangeCallback) -> None:
        """`callback(events)` after each poll that found changes, oldest first."""
        self._change_subscribers.append(callback)

    def subscribe_status(self, callback: StatusCallback) -> None:
        """`callback(online, offline_since)` when the database is lost or found again."""
        self._status_subscribers.append(callback)

    def fileno(self) -> int | None:
        return self._signal.fileno()

    def poll(self) -> list[ChangeEvent]:
        try:
            events = self._poll_once()
        except self._unreachable:
            # A dropped link with the server still up (restart, idle timeout) is no outage:
            # reconnect at once, and only call it offline when that fails too.
            self._signal.close()
            try:
                events = self._poll_once()
            except self._unreachable:
                self._signal.close()
                self._set_online(False)
                return []
        self._set_online(True)
        if events:
            for callback in list(self._change_subscribers):
                callback(events)
        return events

    def close(self) -> None:
        self._signal.close()
        self._change_subscribers.clear()
        self._status_subscribers.clear()

    def _poll_once(self) -> list[ChangeEvent]:
        if self.last_change_id is None:
            # First contact: listen first, then take the current newest id as the start.
            self._signal.changed(0)
            with self._database.read() as session:
                self.last_change_id = session.scalar(select(func.max(Change.id))) or 0
                self._mood_counts = self._read_mood_counts(session)
            return []
        if not self._signal.changed(self.last_change_id):
            return []
        return self._read_new(self.last_change_id)

    def _read_new(self, last: int) -> list[ChangeEvent]:
        now = time.monotonic()
        self._gaps = {id_: t for id_, t in self._gaps.items() if now - t < GAP_SECONDS}
        query = (
            select(Change.id, Change.board_id, Change.entity, Change.entity_id, Change.action)
            .where(or_(Change.id > last, Change.id.in_(list(self._gaps))))
            .order_by(Change.id)
        )
        with self._database.read() as session:
            events = [ChangeEvent(*row) for row in session.execute(query)]
            counts = self._read_mood_counts(session)
        seen = {event.id for event in events if event.id is not None}
        newest = max(seen, default=last)
        for id_ in seen:
            self._gaps.pop(id_, None)
        if newest - last <= MAX_GAP_TRACKED:
            self._gaps.update((id_, now) for id_ in range(last + 1, newest) if id_ not in seen)
        self.last_change_id = max(newest, last)
        moved = sorted(
            {
                board
                for (board, day), n in counts.items()
                if self._mood_counts.get((board, day)) != n
            }
        )
        self._mood_counts = counts
        return events + [ChangeEvent(None, b, "mood_tally", None, "vote") for b in moved]

    def _read_mood_counts(self, session: Session) -> dict[tuple[int, dt.date], int]:
        since = self._today() - dt.timedelta(days=MOOD_DAYS_WATCHED - 1)
        rows = session.execute(
            select(MoodTally.board_id, MoodTally.day, func.sum(MoodTally.votes))
            .where(MoodTally.day >= since)
            .group_by(MoodTally.board_id, MoodTally.day)
        )
        return {(board_id, day): int(n or 0) for board_id, day, n in rows}

    def _set_online(self, online: bool) -> None:
        if online == self.online:
            return
        self.offline_since = None if online else dt.datetime.now().astimezone()
        for callback in list(self._status_subscribers):
            callback(online, self.offline_since)
