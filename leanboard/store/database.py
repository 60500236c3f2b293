"""The unit of work: one transaction per user action, retried on a lock or a dropped link."""

from __future__ import annotations

import contextlib
import os
import socket
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from sqlalchemy import event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from leanboard.config import mask_password
from leanboard.domain import clock as clocks
from leanboard.domain.clock import Clock
from leanboard.domain.errors import DatabaseUnavailable
from leanboard.i18n import translate
from leanboard.store import integrity
from leanboard.store.access import access_refusal
from leanboard.store.engine import make_engine, normalise_url
from leanboard.store.failures import reason_of, storage_error, where_of
from leanboard.store.write_path import checked_sessions
from leanboard.store.write_path import record_change as record_change  # its home moved

T = TypeVar("T")

NOTIFY_CHANNEL = "leanboard_changes"
RETRY_DELAYS = (0.05, 0.2, 0.5, 1.0, 2.0)


def os_account() -> str:
    """The operating system account running the program, asked from the system itself: LOGNAME,
    USER and USERNAME say whatever whoever started the program set them to."""
    try:
        if sys.platform == "win32":
            import ctypes

            size = ctypes.c_ulong(257)
            buffer = ctypes.create_unicode_buffer(size.value)
            if ctypes.windll.advapi32.GetUserNameW(buffer, ctypes.byref(size)):  # type: ignore[attr-defined]
                return buffer.value
            return "?"
        import pwd

        return pwd.getpwuid(os.geteuid()).pw_name
    except (KeyError, OSError, AttributeError):  # an account without a name (a container)
        return str(os.geteuid()) if hasattr(os, "geteuid") else "?"


def default_actor() -> str:
    """Who the history names on SQLite (and for the PostgreSQL owner): the OS account and the
    PC. With access control on, PostgreSQL writes the login itself and ignores this."""
    return f"{os_account()}@{socket.gethostname()}"


def is_retryable(error: BaseException) -> bool:
    """A lock wait that ran out, or a connection that dropped: worth running the action again."""
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return True
    if isinstance(error, OperationalError):
        message = str(error.orig).lower()
        return any(
            word in message
            for word in (
                "locked",
                "busy",
                "connection",
                "server closed",
                "terminating",
                "timeout",
                "unable to open",  # the SQLite file's folder or disk went away
            )
        )
    return False


# PostgreSQL SQLSTATEs that mean "run the transaction again": serialization failure, deadlock,
# and a unique key another transaction took after this one looked for it.
RACE_SQLSTATES = frozenset({"40001", "40P01", "23505"})


def lost_a_race(error: BaseException) -> bool:
    """Another transaction committed between this one's read and its write; a rerun re-reads.

    Only PostgreSQL (READ COMMITTED) lets this happen: SQLite writers hold the lock from
    BEGIN IMMEDIATE on, so there a stale row or a taken key is no race and is not retried.
    On the rerun the action's own checks decide: a value set again, a ConflictError for an
    edit made on an older version, a "code already taken" message.
    """
    if isinstance(error, StaleDataError):  # a versioned row changed after it was read
        return True
    if isinstance(error, DBAPIError):
        return getattr(error.orig, "sqlstate", None) in RACE_SQLSTATES
    return False


class Database:
    """Engine plus session factories. Services receive one of these; widgets never do."""

    def __init__(
        self,
        url: str,
        actor: str | None = None,
        engine: Engine | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.url = normalise_url(url)
        self.engine = engine or make_engine(url)
        self.actor = actor or default_actor()
        self._connected_as: str | None = None
        if self.backend == "postgresql":
            event.listen(self.engine, "connect", self._note_login)
        # What day and moment it is for the services, and for the moments writes stamp.
        self.clock: Clock = clock or clocks.SYSTEM_CLOCK
        # Waits before each rerun of a write that hit a lock or a dropped link.
        self.retry_delays: tuple[float, ...] = RETRY_DELAYS
        self.place = where_of(self.url)  # the file or server, as messages name it
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        # Every value an ORM write flushes passes the write path's checks (store.write_path).
        self._write = checked_sessions(
            sessionmaker(
                self.engine.execution_options(leanboard_write=True), expire_on_commit=False
            )
        )

    @property
    def backend(self) -> str:
        return self.url.get_backend_name()

    def url_text(self) -> str:
        return mask_password(self.url.render_as_string(hide_password=True))

    @property
    def login(self) -> str:
        """The login the database knows this program by (for messages)."""
        return self._connected_as or self.url.username or os_account()

    def _note_login(self, dbapi_connection: Any, _record: Any) -> None:
        # libpq's own answer, also when a service file or PGUSER chose the login.
        self._connected_as = getattr(getattr(dbapi_connection, "info", None), "user", None)

    def check_integrity(self) -> None:
        """Wait for the check of the SQLite file made when it was opened; DatabaseDamaged if
        it found damage (a no-op for PostgreSQL and new files)."""
        integrity.refuse_if_damaged(self.engine, wait=True)

    def dispose(self) -> None:
        self.engine.dispose()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session; unreachable databases surface as DatabaseUnavailable."""
        integrity.refuse_if_damaged(self.engine, wait=False)
        try:
            # Closing (not rolling back) ends the transaction yet leaves loaded objects readable.
            with clocks.using(self.clock), self._read() as session:
                yield session
        except DBAPIError as error:
            if denied := access_refusal(error, self.login):
                raise denied from error
            found = storage_error(error, self.place)
            if found is None:
                raise
            raise found from error

    def write(self, action: Callable[[Session], T], *, retries: int | None = None) -> T:
        """Run `action` in one write transaction and commit; run it again on a transient error.

        `action` must do all its work through the session it is given, so a rerun starts clean.
        A failure of the storage is raised as the StorageError that names its cause (DiskFull,
        WriteDenied, DatabaseBusy, DatabaseUnavailable, DatabaseDamaged); nothing was stored.
        """
        integrity.refuse_if_damaged(self.engine, wait=True)  # never write a damaged file further
        if retries is None:
            retries = len(self.retry_delays)
        for attempt in range(retries + 1):
            session = self._write()
            session.info["actor"] = self.actor
            txid: int | None = None
            try:
                with clocks.using(self.clock):  # created_at, updated_at, history: this clock
                    result = action(session)
                    if self.backend == "postgresql":
                        txid = self._before_commit(session)
                    session.commit()
                return result
            except (OperationalError, DBAPIError, StaleDataError) as error:
                session.rollback()
                if denied := access_refusal(error, self.login):
                    raise denied from error  # the same refusal again on a rerun
                if txid is not None and is_retryable(error):
                    # The link dropped during COMMIT: the server may have committed and only
                    # the reply was lost. A rerun would then store everything twice.
                    status = self._transaction_status(txid)
                    if status == "committed":
                        return result
                    if status is None:
                        raise DatabaseUnavailable(
                            translate(
                                "Errors",
                                "Yhteys tietokantaan katkesi tallennettaessa, eikä tiedetä, "
                                "tallentuiko muutos. Tarkista tilanne, kun yhteys palaa.",
                            )
                        ) from error
                if attempt < retries and (is_retryable(error) or lost_a_race(error)):
                    time.sleep(self.retry_delays[min(attempt, len(self.retry_delays) - 1)])
                    continue
                # Disk full, read-only, locked past the limit, gone: each named for what it is.
                found = storage_error(error, self.place)
                if found is None:
                    raise
                raise found from error
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()
        raise AssertionError("unreachable")

    def _before_commit(self, session: Session) -> int | None:
        """PostgreSQL: notify listeners, and note the transaction id (None: nothing written).

        Any transaction that wrote has a transaction id, and only those notify: whichever
        writer it was (a service, an import, the demo), it cannot forget to. NOTIFY is
        delivered only when the transaction commits. The id lets `write` ask the server, after
        a lost COMMIT reply, whether the transaction committed (txid_status).
        """
        # The payload names the schema: LeanBoards sharing one database in schemas of their
        # own (as the tests do) hear only their own changes.
        return session.execute(
            text(
                "SELECT x, CASE WHEN x IS NOT NULL THEN pg_notify(:c, current_schema()) END "
                "FROM (SELECT txid_current_if_assigned() AS x) AS t"
            ),
            {"c": NOTIFY_CHANNEL},
        ).scalar()

    def _transaction_status(self, txid: int) -> str | None:
        """'committed' or 'aborted' for a transaction whose COMMIT reply was lost; None when
        the server cannot tell (unreachable, or the commit still in progress) in time."""
        for delay in (0.0, *RETRY_DELAYS):
            time.sleep(delay)
            try:
                with self.engine.connect() as conn:
                    status = conn.execute(text("SELECT txid_status(:x)"), {"x": txid}).scalar()
            except DBAPIError:
                continue
            if status == "in progress":  # the old session's COMMIT may still be running
                continue
            if status is None:  # too old to know
                return None
            return "committed" if status == "committed" else "aborted"
        return None


def unavailable_message(error: BaseException) -> str:
    """What a database error means, in words that name the cause (see store.failures)."""
    found = storage_error(error, "")
    return str(found) if found is not None else reason_of(error)
