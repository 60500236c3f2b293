"""Why the database refused: a driver's error turned into the StorageError that names the cause.

A person at the wall must read "the disk is full", not "cannot connect": each cause has its
own class (domain.errors) and message. The drivers say the cause precisely — SQLite by its
result code (Python 3.11's `sqlite_errorcode`; https://sqlite.org/rescode.html), PostgreSQL
by its SQLSTATE (https://www.postgresql.org/docs/current/errcodes-appendix.html) — and only
where they do not does the message text decide.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError

from leanboard.config import mask_password
from leanboard.domain.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseUnavailable,
    DiskFull,
    StorageError,
    WriteDenied,
)
from leanboard.i18n import translate

# SQLite primary result codes (the low byte of an extended code).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN = 10, 11, 13, 14
SQLITE_AUTH, SQLITE_NOTADB = 23, 26
SQLITE_READONLY_DBMOVED = SQLITE_READONLY | (4 << 8)  # the file was moved or deleted

PG_DISK_FULL = "53100"
PG_DENIED = {"42501": "insufficient_privilege", "25006": "read_only_sql_transaction"}
PG_BUSY = {"55P03", "57014"}  # lock_not_available (lock_timeout), query_canceled
PG_DAMAGED = {"XX001", "XX002"}  # data_corrupted, index_corrupted


def where_of(url: URL) -> str:
    """The database as a person would name it: the SQLite file, or the PostgreSQL server."""
    if url.get_backend_name() == "sqlite":
        database = url.database or ""
        if database.startswith("file:"):
            database = database.removeprefix("file:").split("?")[0]
        return database or ":memory:"
    return f"{url.host or 'localhost'}/{url.database or ''}"


def reason_of(error: BaseException) -> str:
    text = str(getattr(error, "orig", None) or error).strip().splitlines()
    # A driver may repeat the connection string: a password in it is never shown.
    return mask_password(text[0]) if text else type(error).__name__


def disk_full(where: str) -> DiskFull:
    return DiskFull(
        translate(
            "Errors",
            "Levy on täynnä ({where}): muutosta ei tallennettu. Vapauta levytilaa (tai pyydä "
            "sitä IT-tuelta) ja yritä uudelleen.",
        ).format(where=where)
    )


def write_denied(where: str, reason: str) -> WriteDenied:
    return WriteDenied(
        translate(
            "Errors",
            "Tietokantaan ei ole kirjoitusoikeutta ({where}: {reason}): muutosta ei "
            "tallennettu. Tiedosto, kansio tai levy on vain luettavissa, tai käyttäjätunnukselta "
            "puuttuu oikeus; pyydä IT-tukea tarkistamaan oikeudet.",
        ).format(where=where, reason=reason)
    )


def busy() -> DatabaseBusy:
    return DatabaseBusy(
        translate(
            "Errors",
            "Tietokanta on varattu toisen tallennuksen takia. Yritä hetken päästä uudelleen.",
        )
    )


def damaged(where: str, reason: str) -> DatabaseDamaged:
    return DatabaseDamaged(
        translate(
            "Errors",
            "Tietokanta {where} on vioittunut ({reason}). Sitä ei käytetä, jottei vahinko "
            "leviä: ota käyttöön varmuuskopio (leanboard import-data uuteen tietokantaan) tai "
            "pyydä IT-tukea.",
        ).format(where=where, reason=reason)
    )


def unavailable(reason: str) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        translate("Errors", "Tietokantaan ei saada yhteyttä ({reason}).").format(reason=reason)
    )


def storage_error(error: BaseException, where: str) -> StorageError | None:
    """The StorageError `error` means, or None when it is not about the database's storage
    or reachability (a constraint, a programming error: those stay as they are)."""
    if isinstance(error, StorageError):
        return error
    orig = getattr(error, "orig", error)
    reason = reason_of(error)
    if isinstance(orig, sqlite3.Error):
        code = getattr(orig, "sqlite_errorcode", None)
        if code is not None:
            found = _sqlite(code, where, reason)
            if found is not None:
                return found
    sqlstate = getattr(orig, "sqlstate", None)
    if isinstance(sqlstate, str):
        found = _postgres(sqlstate, where, reason)
        if found is not None:
            return found
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return unavailable(reason)
    if isinstance(error, OperationalError):
        text = reason.lower()
        if "disk is full" in text or "no space left" in text:
            return disk_full(where)
        if "readonly" in text or "read-only" in text or "permission denied" in text:
            return write_denied(where, reason)
        if "locked" in text or "busy" in text:
            return busy()
        return unavailable(reason)
    if isinstance(orig, OSError):
        return _os_error(orig, where)
    return None


def _sqlite(code: int, where: str, reason: str) -> StorageError | None:
    primary = code & 0xFF
    if primary == SQLITE_FULL:
        return disk_full(where)
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return busy()
    if code == SQLITE_READONLY_DBMOVED:
        return unavailable(reason)
    if primary in (SQLITE_READONLY, SQLITE_PERM, SQLITE_AUTH):
        return write_denied(where, reason)
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return damaged(where, reason)
    if primary == SQLITE_CANTOPEN:
        # A folder that cannot be written (the -wal file cannot be made) is not "gone".
        folder = Path(where).parent
        if folder.is_dir() and not _writable(folder):
            return write_denied(where, reason)
        return unavailable(reason)
    if primary == SQLITE_IOERR:
        return unavailable(reason)
    return None


def _postgres(sqlstate: str, where: str, reason: str) -> StorageError | None:
    if sqlstate == PG_DISK_FULL:
        return disk_full(where)
    if sqlstate in PG_DENIED:
        return write_denied(where, reason)
    if sqlstate in PG_BUSY:
        return busy()
    if sqlstate in PG_DAMAGED:
        return damaged(where, reason)
    if sqlstate.startswith("08") or sqlstate in ("57P01", "57P02", "57P03"):
        return unavailable(reason)
    return None


def _os_error(error: OSError, where: str) -> StorageError | None:
    import errno

    if error.errno == errno.ENOSPC:
        return disk_full(where)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return write_denied(where, error.strerror or str(error))
    return None


def _writable(folder: Path) -> bool:
    import os

    return os.access(folder, os.W_OK)
