"""Unsaved A3 text kept on the local disk, so nothing typed is lost.

The editor writes a draft every few seconds while someone types and when it closes; a
successful save removes it. The draft lives in the user's data folder, not in the database,
because it must survive exactly the moments the database cannot be reached. One file per
(database, A3 id or "new"): the same A3 id in another database is another report.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from leanboard.fileio import private_folder, write_atomically
from leanboard.paths import user_data_dir

DRAFT_FORMAT = 1


@dataclass(frozen=True)
class Draft:
    database: str
    a3_id: int | None  # None: an A3 not saved yet
    base_version: int | None  # the version the text was written on (for the conflict check)
    saved_at: dt.datetime  # local time, shown in the offer
    fields: dict[str, Any]


class DraftStore:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or user_data_dir() / "drafts"

    def path(self, database: str, a3_id: int | None) -> Path:
        # A hash, not the URL, in the file name: URLs hold slashes and colons (and, with
        # PostgreSQL, maybe a user name) that have no place in a file name.
        key = hashlib.sha256(database.encode("utf-8")).hexdigest()[:16]
        return self.folder / f"a3-{key}-{'new' if a3_id is None else a3_id}.json"

    def save(
        self,
        database: str,
        a3_id: int | None,
        base_version: int | None,
        fields: dict[str, Any],
    ) -> Path:
        """Write the draft atomically: a crash mid-write leaves the previous draft whole."""
        target = self.path(database, a3_id)
        private_folder(target.parent)
        payload = {
            "format": DRAFT_FORMAT,
            "database": database,
            "a3_id": a3_id,
            "base_version": base_version,
            "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
            "fields": fields,
        }
        # Private (0600, as everything fileio writes): a draft is one person's unsaved text.
        return write_atomically(target, json.dumps(payload, ensure_ascii=False, default=str))

    def load(self, database: str, a3_id: int | None) -> Draft | None:
        """The draft, or None when there is none or it cannot be read (never an error:
        a damaged draft must not keep the editor from opening)."""
        path = self.path(database, a3_id)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != DRAFT_FORMAT or data.get("database") != database:
                return None
            return Draft(
                database=database,
                a3_id=data.get("a3_id"),
                base_version=data.get("base_version"),
                saved_at=dt.datetime.fromisoformat(data["saved_at"]),
                fields=dict(data["fields"]),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def discard(self, database: str, a3_id: int | None) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path(database, a3_id).unlink()
