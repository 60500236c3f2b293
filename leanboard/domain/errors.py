"""Errors the domain and services raise. Their messages reach the user as they are: written in
Finnish (the source text), shown in the chosen language through leanboard.i18n ("Errors")."""

from __future__ import annotations

from typing import Any

from leanboard.i18n import translate


class LeanBoardError(Exception):
    """Base of every error the program expects and explains to the user."""


class ValidationError(LeanBoardError):
    """Input refused. `field` names the field so the UI can show the message beside it."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class ImportRefused(LeanBoardError):
    """A whole file refused: every bad row with its number and reason. Nothing was stored."""

    def __init__(self, problems: list[tuple[int, str]]) -> None:
        self.problems = problems
        row_line = translate("Errors", "rivi {row}: {reason}")
        lines = "; ".join(row_line.format(row=row, reason=reason) for row, reason in problems[:20])
        more = (
            translate("Errors", " (ja {count} muuta)").format(count=len(problems) - 20)
            if len(problems) > 20
            else ""
        )
        super().__init__(
            translate("Errors", "Tiedostoa ei tuotu, {count} virheellistä riviä: {lines}").format(
                count=len(problems), lines=lines
            )
            + more
        )


class ImportCancelled(LeanBoardError):
    """The user cancelled an import before it finished. Nothing was stored."""

    def __init__(self) -> None:
        super().__init__(translate("Errors", "Tuonti peruttiin: mitään ei tallennettu."))


class NotFound(LeanBoardError):
    pass


class ConflictError(LeanBoardError):
    """Someone else saved the item meanwhile. Carries their version so both can be shown."""

    def __init__(self, entity: str, entity_id: int, current: dict[str, Any]) -> None:
        super().__init__(
            translate(
                "Errors",
                "Joku muu on muuttanut tätä kohdetta sillä välin. Valitse kumpi versio jää.",
            )
        )
        self.entity = entity
        self.entity_id = entity_id
        self.current = current


class StorageError(LeanBoardError):
    """The database could not do what was asked for a reason of the environment, not of the
    input: the message names the cause, nothing of the action was stored, and the same action
    may succeed when the cause is gone (so the UI keeps what the person entered and offers to
    try again). Each cause has its own class below."""


class DatabaseUnavailable(StorageError):
    """The database cannot be reached: the server is down or the network or the file is gone."""


class DatabaseBusy(DatabaseUnavailable):
    """Another writer held the database past the busy limit (SQLite's busy_timeout,
    PostgreSQL's lock_timeout), also after the retries. Transient like an outage."""


class DiskFull(StorageError):
    """The disk holding the database is full (SQLITE_FULL, ENOSPC, PostgreSQL 53100)."""


class WriteDenied(StorageError):
    """The database may not be written: a read-only file, folder or disk, missing file
    permissions, a read-only server, or a database role without the right."""


class DatabaseDamaged(StorageError):
    """The file is not a database, or its pages are damaged (PRAGMA quick_check)."""


class AccessDenied(LeanBoardError):
    """The database refused: the connected login's role does not allow this change (or, with
    access control on, this read). Nothing was stored."""
