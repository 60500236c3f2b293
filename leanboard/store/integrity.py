"""PRAGMA quick_check of a SQLite file, run when the file is opened, beside the start-up.

A damaged file must be named damaged, not read as "up to date" and written further. The check
reads every page: 0.4–0.6 s for the 150 MB large demo here, ~3 ms for a ward's own file. So it
runs on a thread of its own from the moment the engine is made, and
- every write waits for its verdict first (a damaged file is never written further);
- a read raises DatabaseDamaged once the verdict is known (the board says so at its next
  refresh) but never waits for it, so the first board paints as soon as it could before;
- the command line waits for it before doing anything (`Database.check_integrity()`).
"""

from __future__ import annotations

import sqlite3
import threading
import time
import weakref
from pathlib import Path

from sqlalchemy.engine import Engine

from leanboard.domain.errors import DatabaseDamaged
from leanboard.store import failures

CHECK_TIMEOUT_MS = 15_000
ATTEMPTS = 5


class IntegrityCheck:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem: DatabaseDamaged | None = None
        self._done = threading.Event()
        threading.Thread(target=self._run, name="leanboard-quick-check", daemon=True).start()

    def _run(self) -> None:
        try:
            for attempt in range(ATTEMPTS):
                try:
                    self.problem = quick_check(self.path)
                    return
                except sqlite3.Error:
                    # Busy: another connection was setting up the write-ahead log as this one
                    # started. Try again shortly; a damaged file must not slip through on it.
                    time.sleep(0.1 * (attempt + 1))
        except Exception:  # the file went away meanwhile: no verdict, the next action says why
            self.problem = None
        finally:
            self._done.set()

    def verdict(self, wait: bool) -> DatabaseDamaged | None:
        if wait:
            self._done.wait()
        return self.problem if self._done.is_set() else None


def quick_check(path: Path) -> DatabaseDamaged | None:
    """The damage PRAGMA quick_check finds in the file, named by its first place; None if ok.
    Raises sqlite3.Error when the file could not be checked (busy, gone)."""
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout = {CHECK_TIMEOUT_MS}")
            rows = [str(row[0]) for row in conn.execute("PRAGMA quick_check(3)")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        found = failures.storage_error(error, str(path))
        if isinstance(found, DatabaseDamaged):
            return found
        raise
    if rows == ["ok"]:
        return None
    # The first damaged place is enough to name it; "*** in database main ***" is a heading.
    lines = [line.strip() for row in rows for line in row.splitlines()]
    found_lines = [line for line in lines if line and not line.startswith("***")] or lines
    return failures.damaged(str(path), found_lines[0])


_checks: weakref.WeakKeyDictionary[Engine, IntegrityCheck] = weakref.WeakKeyDictionary()


def start(engine: Engine, path: Path) -> None:
    _checks[engine] = IntegrityCheck(path)


def verdict(engine: Engine, *, wait: bool) -> DatabaseDamaged | None:
    check = _checks.get(engine)
    return check.verdict(wait) if check is not None else None


def refuse_if_damaged(engine: Engine, *, wait: bool) -> None:
    problem = verdict(engine, wait=wait)
    if problem is not None:
        raise problem
