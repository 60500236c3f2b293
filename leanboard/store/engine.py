"""Engine set-up for SQLite (one PC) and PostgreSQL (shared by several PCs and screens)."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError

from leanboard.config import mask_password
from leanboard.domain.errors import DatabaseDamaged, DatabaseUnavailable
from leanboard.fileio import private_folder
from leanboard.i18n import translate
from leanboard.store import failures, integrity

BUSY_TIMEOUT_MS = 15_000
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "fuse.sshfs", "afs", "davfs"}


def normalise_url(url: str) -> URL:
    """Accept plain postgresql:// URLs and use psycopg 3 for them."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # not a URL, or a port that is no number
        raise DatabaseUnavailable(
            translate("Errors", "Tietokannan osoite ei kelpaa: {url}").format(
                url=mask_password(url)
            )
        ) from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def sqlite_path(url: URL) -> Path | None:
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).expanduser().resolve()


def read_mounts() -> str:
    """The kernel's mount table (Linux); empty where there is none."""
    try:
        return Path("/proc/mounts").read_text()
    except OSError:
        return ""


def _unescape_mount_field(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes (\040 ...).
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def filesystem_type(path: Path, mounts: str | None = None) -> str | None:
    """The filesystem type holding `path`, from /proc/mounts-style text; None where unknown."""
    if mounts is None:
        mounts = read_mounts()
    best, best_type = "", None
    target = str(path)
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = _unescape_mount_field(parts[1])
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) > len(best):
            best, best_type = mount_point, parts[2]
    return best_type


def is_network_path(path: Path, mounts: str | None = None) -> bool:
    if sys.platform == "win32":
        text = str(path)
        if text.startswith("\\\\"):
            return True
        import ctypes

        drive = os.path.splitdrive(text)[0] + "\\"
        return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == 4)  # type: ignore[attr-defined]
    return filesystem_type(path, mounts) in NETWORK_FILESYSTEMS


def check_sqlite_location(path: Path) -> None:
    # SQLite's own documentation: file locking (and WAL above all) is unreliable on network
    # filesystems, so a shared file would corrupt. Several PCs must use PostgreSQL.
    if is_network_path(path):
        raise DatabaseUnavailable(
            translate(
                "Errors",
                "Tietokantatiedosto {path} on verkkolevyllä. SQLite-tiedostoa ei voi jakaa "
                "verkkolevyn kautta turvallisesti: käytä usealle koneelle PostgreSQL-tietokantaa.",
            ).format(path=path)
        )


def create_private_file(path: Path) -> None:
    """A new database file is readable by its owner only (0600); SQLite gives its -wal and
    -shm files the same mode. An existing file keeps the mode it has."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def create_sqlite_file(path: Path) -> None:
    """A new, empty database file. Its header is written at once (WAL mode is recorded in it),
    so an existing zero-length file always means something went wrong, never "new"."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is empty or not a SQLite database (its damage: store.integrity).

    An empty file given as the database (a failed copy, a file made by mistake) would otherwise
    silently become a new, empty database.

    The file is looked at through stat() and SQLite only, never opened and closed by Python:
    closing any descriptor of a file drops every POSIX lock this process holds on it, also
    those of SQLite connections already open to it (SQLite's "How To Corrupt" 2.2), and the
    next connection to close could then take itself for the last one and delete the
    write-ahead log others still write to.
    """
    try:
        size = path.stat().st_size
    except OSError as error:
        raise failures.storage_error(error, str(path)) or failures.unavailable(
            error.strerror or str(error)
        ) from error
    if size == 0:
        raise DatabaseDamaged(
            translate(
                "Errors",
                "Tietokantatiedosto {path} on tyhjä (0 tavua): se ei ole LeanBoardin "
                "tietokanta. Tarkista polku; uusi tietokanta tehdään vain tiedostoon, jota ei "
                "vielä ole.",
            ).format(path=path)
        )
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA schema_version").fetchone()  # reads the header page
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", None) == failures.SQLITE_NOTADB:
            raise DatabaseDamaged(
                translate(
                    "Errors",
                    "Tiedosto {path} ei ole SQLite-tietokanta (sen alku ei ole SQLiten). "
                    "Tarkista polku.",
                ).format(path=path)
            ) from error
        # Busy, read-only, damaged: named by the first action that meets it (or the check).


def make_engine(url: str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS, **kwargs: Any) -> Engine:
    """An engine for `url`. A writer waits at most `busy_timeout_ms` for another's lock (SQLite
    busy_timeout, PostgreSQL lock_timeout) before the write fails as DatabaseBusy."""
    parsed = normalise_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed, busy_timeout_ms, **kwargs)
    if parsed.get_backend_name() == "postgresql":
        engine = create_engine(
            parsed,
            pool_pre_ping=True,
            pool_size=5,
            max_overflow=5,
            connect_args={"connect_timeout": 5, "application_name": "leanboard"},
            **kwargs,
        )

        @event.listens_for(engine, "connect")
        def on_connect(dbapi_connection: Any, _record: Any) -> None:
            # Without it a row lock held by a stuck screen would make a wall tap wait forever.
            with dbapi_connection.cursor() as cursor:
                cursor.execute(f"SET SESSION lock_timeout = {int(busy_timeout_ms)}")
            dbapi_connection.commit()

        return engine
    raise DatabaseUnavailable(
        translate("Errors", "Tuntematon tietokanta: {name}").format(name=parsed.get_backend_name())
    )


def _sqlite_engine(url: URL, busy_timeout_ms: int, **kwargs: Any) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        check_sqlite_location(path)
        existed = path.exists()
        if existed:
            check_sqlite_file(path)
        else:
            private_folder(path.parent)
            create_private_file(path)
            create_sqlite_file(path)  # a database at once: its header written
        # Every later connection opens the file read-write without creating it: if the file
        # vanishes (disk unmounted, folder moved) the board goes offline instead of silently
        # carrying on in a new, empty database.
        url = url.set(database=f"file:{quote(str(path))}?mode=rw", query={"uri": "true"})
    engine = create_engine(url, **kwargs)
    if path is not None and existed:
        integrity.start(engine, path)
    wal = path is not None

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take over transaction control from the sqlite3 module (its "legacy" mode emits no
        # BEGIN before SELECT and breaks SAVEPOINT); the begin event below emits our own.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        if wal:
            mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                # Not fatal: rollback journal still works, only readers block the writer.
                print(f"leanboard: SQLite journal_mode is {mode}, not WAL", file=sys.stderr)
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        # Writers take the write lock at BEGIN: SQLite skips the busy handler when a read lock
        # is promoted to a write lock mid-transaction, which would surface "database is locked".
        if connection.get_execution_options().get("leanboard_write"):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")

    return engine
