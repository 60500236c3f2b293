"""A whole organisation tree from one CSV file: `code,name,parent,kind`, all or nothing.

For IT building a new organisation or moving one from another system (`leanboard board import`
and the desktop's Taulu → Tuo organisaatio CSV-tiedostosta…). Columns, by header (English or
Finnish; other columns are ignored, the order is free):

- `code` / `tunnus`: the new board's code (TUU-AKUUTTI);
- `name` / `nimi`: its name;
- `parent` / `ylempi`: the code of the board above it — another row of the file (before or
  after it) or a board already in the database; empty: a top-level board;
- `kind` / `taso` (optional): team, unit, area, organisation (or tiimi/osasto, yksikkö,
  palvelualue/tulosalue, organisaatio); empty: team.

The file is read as every other CSV (leanboard.services.csv_read: `;` or `,`, UTF-8 with or
without BOM or Windows-1252). Every row is checked before anything is written, and every bad
row is named with its reason: a bad or duplicate code (twice in the file, or already in the
database), a missing name or a personal identity code in it, an unknown or archived parent, an
unknown kind, and a cycle (rows that end up above themselves; each row of the loop is named).
Only a clean file is written, in one transaction, parents before their children.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from leanboard.domain.enums import SECTIONS, BoardKind
from leanboard.domain.errors import ImportRefused, LeanBoardError
from leanboard.domain.validation import check_board_code, guard_text
from leanboard.i18n import translate
from leanboard.services.boards import board_info, lock_tree
from leanboard.services.csv_read import (
    CsvSource,
    cell,
    extra_fields_problem,
    find_columns,
    read_csv,
)
from leanboard.services.dto import TreeImportSummary
from leanboard.store.database import Database, record_change
from leanboard.store.models import Board

TREE_COLUMNS = {
    "code": ("code", "tunnus"),
    "name": ("name", "nimi"),
    "parent": ("parent", "ylempi", "ylempi taulu", "parent code"),
}
TREE_OPTIONAL_COLUMNS = {"kind": ("kind", "taso", "tyyppi")}
KIND_WORDS = {
    **{kind.value: kind for kind in BoardKind},
    "organisaatio": BoardKind.ORGANISATION,
    "palvelualue": BoardKind.AREA,
    "tulosalue": BoardKind.AREA,
    "yksikkö": BoardKind.UNIT,
    "yksikko": BoardKind.UNIT,
    "tiimi": BoardKind.TEAM,
    "osasto": BoardKind.TEAM,
}


@dataclass(frozen=True)
class TreeRow:
    number: int
    code: str
    name: str
    parent: str  # "" at the top
    kind: BoardKind


def read_tree_rows(source: CsvSource) -> tuple[list[TreeRow], list[tuple[int, str]]]:
    """The file's rows and the problems of each row on its own (code, name, kind, a code seen
    before). Every row with a usable code is returned, problems or not, so that the checks
    across rows (parents, cycles) can name their rows too."""
    table = read_csv(source)
    columns = find_columns(table, TREE_COLUMNS, TREE_OPTIONAL_COLUMNS)
    problems: list[tuple[int, str]] = []
    rows: list[TreeRow] = []
    first_row_of: dict[str, int] = {}
    for row in table.rows:
        row_problems: list[str] = []
        if extra := extra_fields_problem(table, row):
            row_problems.append(extra)
        code = parent = name = ""
        kind = BoardKind.TEAM
        try:
            code = check_board_code(cell(row, columns["code"]))
        except LeanBoardError as error:
            row_problems.append(str(error))
        try:
            name = guard_text(
                cell(row, columns["name"]), "name", "Nimi", required=True, max_length=200
            )
        except LeanBoardError as error:
            row_problems.append(str(error))
        parent_text = cell(row, columns["parent"]).strip()
        if parent_text:
            try:
                parent = check_board_code(parent_text)
            except LeanBoardError:
                row_problems.append(
                    translate(
                        "BoardImport", "ylempi taulu ”{parent}” ei ole kelvollinen tunnus."
                    ).format(parent=parent_text)
                )
        if "kind" in columns and (word := cell(row, columns["kind"]).strip()):
            found = KIND_WORDS.get(word.casefold())
            if found is None:
                row_problems.append(
                    translate(
                        "BoardImport",
                        "tuntematon taso ”{kind}” (sallitut: team, unit, area, organisation).",
                    ).format(kind=word)
                )
            else:
                kind = found
        if code:
            if code in first_row_of:
                row_problems.append(
                    translate("BoardImport", "tunnus {code} on jo rivillä {row}.").format(
                        code=code, row=first_row_of[code]
                    )
                )
            else:
                first_row_of[code] = row.number
        problems.extend((row.number, p) for p in row_problems)
        if code and first_row_of[code] == row.number:
            rows.append(TreeRow(row.number, code, name, parent, kind))
    if not table.rows:
        problems.append(
            (table.header_row, translate("BoardImport", "tiedostossa ei ole yhtään taulua."))
        )
    return rows, problems


def cycle_rows(rows: list[TreeRow]) -> dict[int, str]:
    """Rows whose parents, followed within the file, come back to them: row → the loop."""
    by_code = {r.code: r for r in rows}
    found: dict[int, str] = {}
    for row in rows:
        path = [row.code]
        current = row
        while current.parent in by_code:
            current = by_code[current.parent]
            if current.code == row.code:
                loop = " → ".join([*path, row.code])
                found[row.number] = translate(
                    "BoardImport", "kehä: taulu olisi itsensä yläpuolella ({loop})."
                ).format(loop=loop)
                break
            if current.code in path:
                break  # a loop further up, reported at its own rows
            path.append(current.code)
    return found


def in_tree_order(rows: list[TreeRow]) -> list[TreeRow]:
    """Parents before children (rows whose parent is in the database first)."""
    codes = {r.code for r in rows}
    done: set[str] = set()
    ordered: list[TreeRow] = []
    pending = list(rows)
    while pending:
        ready = [r for r in pending if r.parent not in codes or r.parent in done]
        ordered.extend(ready)
        done.update(r.code for r in ready)
        pending = [r for r in pending if r.code not in done]
    return ordered


def database_problems(rows: list[TreeRow], existing: dict[str, Board]) -> list[tuple[int, str]]:
    """Rows the database refuses: a code already there, a parent neither in the file nor in
    the database, or an archived parent."""
    in_file = {r.code for r in rows}
    found: list[tuple[int, str]] = []
    for row in rows:
        if row.code in existing:
            reason = translate("BoardImport", "tunnus {code} on jo käytössä tietokannassa.")
            found.append((row.number, reason.format(code=row.code)))
        if not row.parent or row.parent in in_file:
            continue
        above = existing.get(row.parent)
        if above is None:
            reason = translate(
                "BoardImport", "ylempää taulua {parent} ei ole tiedostossa eikä tietokannassa."
            )
            found.append((row.number, reason.format(parent=row.parent)))
        elif above.archived_at is not None:
            reason = translate("BoardImport", "ylempi taulu {parent} on arkistoitu.")
            found.append((row.number, reason.format(parent=row.parent)))
    return found


class BoardImportService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def import_tree(self, source: CsvSource) -> TreeImportSummary:
        rows, problems = read_tree_rows(source)
        problems += cycle_rows(rows).items()

        def action(s: Session) -> TreeImportSummary:
            lock_tree(s)
            existing = {
                b.code: b
                for b in s.scalars(
                    select(Board).where(
                        Board.code.in_(
                            {r.code for r in rows} | {r.parent for r in rows if r.parent}
                        )
                    )
                )
            }
            found = [*problems, *database_problems(rows, existing)]
            if found:
                raise ImportRefused(sorted(found, key=lambda p: p[0]))
            made: dict[str, Board] = {}
            attached: set[str] = set()
            for row in in_tree_order(rows):
                parent = (made.get(row.parent) or existing.get(row.parent)) if row.parent else None
                if parent is not None and row.parent not in made:
                    attached.add(parent.code)
                board = Board(
                    code=row.code,
                    name=row.name,
                    kind=row.kind.value,
                    parent_id=parent.id if parent is not None else None,
                    sections=list(SECTIONS),
                )
                s.add(board)
                s.flush()
                made[row.code] = board
                record_change(
                    s,
                    "board",
                    board.id,
                    "create",
                    board_id=board.id,
                    details={"code": row.code, "name": row.name, "source": "import"},
                )
            return TreeImportSummary(
                boards=tuple(board_info(made[r.code]) for r in in_tree_order(rows)),
                attached_to=tuple(sorted(attached)),
            )

        return self.db.write(action)
