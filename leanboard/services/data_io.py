"""Every row in and out: JSON export (backup), all-or-nothing import (restore), database copy.

The export is the complete backup: every row of every table, mood included as the stored
counts per board, day, release round and score (never one row per vote; the counts of a day
not yet released are in it too). So it is an administrator's act, kept like the database
itself; the screens, the PDFs and the CSV lists show mood only as released figures.

The export is the whole database as plain JSON, rows ordered by primary key, so two databases
with the same content export identically apart from the export time (`content_of`). The import
checks every row with the write path's own checks (store.write_path: the rules every writer's
rows pass: enums, mood range, finite numbers, dates, the identity-code guard) and across rows
(keys, references) before writing anything, and writes in one transaction; a file is read a row
at a time (services.export_reader), twice, so its size never fills memory. The copy moves every
row to another database (SQLite ↔ PostgreSQL) in one transaction on the target, through the
same checks.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import (
    Column,
    Connection,
    Date,
    DateTime,
    Float,
    Integer,
    Table,
    UniqueConstraint,
    delete,
    func,
    select,
    text,
)
from sqlalchemy.orm import Session

import leanboard
from leanboard.domain.errors import ImportRefused, LeanBoardError, ValidationError
from leanboard.domain.validation import parse_number
from leanboard.i18n import QT_TRANSLATE_NOOP, translate
from leanboard.services.export_reader import Event, ExportData, ExportFile, ExportSource
from leanboard.services.row_keys import RowKeys, normal
from leanboard.store.database import Database
from leanboard.store.migrate import ensure_current, known_revisions, stored_revision
from leanboard.store.models import TABLES_IN_ORDER
from leanboard.store.write_path import (  # the rules, named here for the checks' tests too
    ENUM_COLUMNS,
    RULE_COLUMNS,
    check_value,
    column_label,
    insert_rows,
)

__all__ = ["ENUM_COLUMNS", "RULE_COLUMNS"]

FORMAT_NAME = "leanboard-data"
FORMAT_VERSION = 1
# Said in the file itself: whoever finds it knows it holds everything (unreleased mood too).
CONTENTS = "complete-backup"
CHUNK_SIZE = 1000
# The migration seeds these reference rows into every new database. Nothing can point at them
# while the database holds no boards, so an import or copy may replace them with the source's.
SEEDED_TABLES = frozenset({"safety_event_kind"})


@dataclass(frozen=True)
class ImportSummary:
    rows: dict[str, int]  # rows stored, per table
    replaced_seeded: tuple[str, ...] = ()  # seeded reference tables replaced by the file's rows

    @property
    def total(self) -> int:
        return sum(self.rows.values())


@dataclass(frozen=True)
class CopySummary:
    target: str  # the target URL without its password
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


# --- export ------------------------------------------------------------------------------


def export_data(db: Database) -> dict[str, Any]:
    """Every row of every table, parents first, each table ordered by primary key."""
    with db.read() as session:
        conn = _snapshot_connection(session, db.backend)
        export = _export_header(conn)
        export["tables"] = {
            table.name: [_export_row(table, row) for row in _ordered_rows(conn, table)]
            for table in TABLES_IN_ORDER
        }
    return export


def write_export(db: Database, stream: TextIO, chunk_size: int = CHUNK_SIZE) -> int:
    """Write the export straight to `stream`, a chunk of rows at a time; returns the row count.

    The text equals `export_json(export_data(db))` (bar the time stamp), but a large database
    is never held in memory whole.
    """
    with db.read() as session:
        conn = _snapshot_connection(session, db.backend)
        header = _export_header(conn)
        tables = (
            (
                table.name,
                (_export_row(table, row) for row in _stream_rows(conn, table, chunk_size)),
            )
            for table in TABLES_IN_ORDER
        )
        return _write_json(stream, header, tables)


def _export_header(conn: Connection) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "contents": CONTENTS,
        "app_version": leanboard.__version__,
        "schema_revision": current_revision_of(conn),
        "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


def content_of(export: Mapping[str, Any]) -> dict[str, Any]:
    """The export without its time stamp: equal for two databases with the same content."""
    return {key: value for key, value in export.items() if key != "exported_at"}


def export_json(export: Mapping[str, Any]) -> str:
    """The export as JSON text: one row per line, so backups diff and grep well."""
    out = io.StringIO()
    header = {key: value for key, value in export.items() if key != "tables"}
    _write_json(out, header, export.get("tables", {}).items())
    return out.getvalue()


def _write_json(
    stream: TextIO,
    header: Mapping[str, Any],
    tables: Iterable[tuple[str, Iterable[Mapping[str, Any]]]],
) -> int:
    def dump(value: Any) -> str:
        # NaN and Infinity are not JSON: refused rather than written as a file nothing reads.
        return json.dumps(value, ensure_ascii=False, allow_nan=False)

    stream.write("{\n")
    for key, value in header.items():
        stream.write(f" {dump(key)}: {dump(value)},\n")
    stream.write(' "tables": {')
    rows = 0
    for number, (name, table_rows) in enumerate(tables):
        stream.write(f"{',' if number else ''}\n  {dump(name)}: [")
        written = 0
        for row in table_rows:
            stream.write(f"{',' if written else ''}\n   {dump(row)}")
            written += 1
        stream.write("\n  ]" if written else "]")
        rows += written
    stream.write("\n }\n}\n")
    return rows


def current_revision_of(conn: Connection) -> str | None:
    return stored_revision(conn)


def _snapshot_connection(session: Session, backend: str) -> Connection:
    # One consistent snapshot of all tables while other screens keep writing. SQLite gives
    # that within a transaction anyway; PostgreSQL's default READ COMMITTED does not.
    if backend == "postgresql":
        return session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
    return session.connection()


def _ordered_rows(conn: Connection, table: Table) -> list[dict[str, Any]]:
    query = select(table).order_by(*table.primary_key.columns)
    return [dict(row._mapping) for row in conn.execute(query)]


def _export_row(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    return {column.name: _export_value(row[column.name]) for column in table.columns}


def _export_value(value: Any) -> Any:
    if isinstance(value, dt.date):  # datetime too: both as ISO 8601
        return value.isoformat()
    return value


# --- import ------------------------------------------------------------------------------
#
# Two streaming passes over the file, so memory holds a row and the keys, never the file:
# 1. every row is converted (JSON → Python) and checked by the write path's own checks
#    (store.write_path.check_value: types, vocabularies, domain rules, identity codes), and
#    its keys noted; then keys are checked across rows (unique, references, no cycles). Every
#    problem is collected; any problem refuses the whole file.
# 2. inside ONE write transaction, the file is read again and its rows inserted table by table,
#    parents first, a chunk at a time. The file's SHA-256 must equal the first pass's, so a
#    file changed between the passes stores nothing.


class _Problems:
    def __init__(self) -> None:
        self.items: list[tuple[int, str]] = []

    def add(self, table: str | None, row: int, reason: str) -> None:
        where = (
            translate("DataIo", "taulu {table} rivi {row}: ").format(table=table, row=row)
            if table
            else ""
        )
        self.items.append((row, f"{where}{reason}"))


@dataclass
class _TableKeys:
    """What the checks across rows need of one table."""

    pk_columns: tuple[str, ...]
    pk: RowKeys | None
    unique: list[tuple[tuple[str, ...], RowKeys, bool]]  # columns, keys, only rows not archived
    # local columns, referred table, its columns, the values (self-references aside)
    foreign: list[tuple[tuple[str, ...], str, tuple[str, ...], RowKeys]]
    referenced: dict[tuple[str, ...], RowKeys]  # columns other tables point at, not the key
    parents: dict[Any, tuple[Any, int]]  # self-referencing tables: id → (parent, row)
    refused: set[tuple[Any, ...]]  # keys of rows refused for their own values
    count: int = 0


def _unique_keys(table: Table) -> list[tuple[tuple[str, ...], bool]]:
    """The table's unique keys: constraints, and unique indexes (partial ones mark themselves
    with info={"active_only": True}: they hold for rows not archived)."""
    keys = [
        (tuple(c.name for c in constraint.columns), False)
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint)
    ]
    keys += [
        (tuple(c.name for c in index.columns), bool(index.info.get("active_only")))
        for index in table.indexes
        if index.unique
    ]
    return keys


def _foreign_keys(table: Table) -> list[tuple[tuple[str, ...], str, tuple[str, ...]]]:
    """(local columns, referred table, its columns) of every reference but a table's own
    parent column (board.parent_id: checked with its cycles)."""
    parent = _self_reference(table)
    found = []
    for constraint in table.foreign_key_constraints:
        local = tuple(element.parent.name for element in constraint.elements)
        if parent is not None and local == (parent.name,):
            continue
        remote = tuple(element.column.name for element in constraint.elements)
        found.append((local, constraint.referred_table.name, remote))
    return found


def _pk_columns(table: Table) -> tuple[str, ...]:
    return tuple(column.name for column in table.primary_key.columns)


def _table_keys(table: Table) -> _TableKeys:
    pk = _pk_columns(table)
    referenced = {
        remote
        for other in TABLES_IN_ORDER
        for _local, target, remote in _foreign_keys(other)
        if target == table.name and remote != pk
    }
    return _TableKeys(
        pk_columns=pk,
        pk=RowKeys(len(pk)) if pk else None,
        unique=[(cols, RowKeys(len(cols)), active) for cols, active in _unique_keys(table)],
        foreign=[
            (local, target, remote, RowKeys(len(local)))
            for local, target, remote in _foreign_keys(table)
        ],
        referenced={columns: RowKeys(len(columns)) for columns in referenced},
        parents={},
        refused=set(),
    )


def import_data(db: Database, data: Mapping[str, Any]) -> ImportSummary:
    """Store an export held in memory in an empty database: every row, or nothing at all."""
    return import_export(db, ExportData(data))


def import_file(db: Database, path: str | Path) -> ImportSummary:
    """Store an export file in an empty database, read a row at a time: all or nothing."""
    return import_export(db, ExportFile(path))


def import_export(db: Database, source: ExportSource) -> ImportSummary:
    """Every problem in the file is collected and reported together as ImportRefused."""
    with db.read() as session:
        existing = _existing_rows(session.connection())
    _refuse_non_empty(existing, QT_TRANSLATE_NOOP("DataIo", "Tietoja ei tuotu"))

    problems = _Problems()
    keys = {table.name: _table_keys(table) for table in TABLES_IN_ORDER}
    header: dict[str, Any] = {}
    order: list[str] = []  # tables in the file's order
    known = {table.name: table for table in TABLES_IN_ORDER}
    for event in _pins_lifted(source.events()):
        if event.kind == "header":
            header[event.name] = event.value
        elif event.name not in known:
            problems.add(None, 0, translate("DataIo", "tuntematon taulu {name}.").format(
                name=event.name))  # fmt: skip
        elif event.rows is None:
            problems.add(event.name, 0, translate("DataIo", "rivien pitää olla lista."))
        else:
            order.append(event.name)
            _check_rows(known[event.name], event.rows, problems, keys[event.name])
    digest = source.digest if isinstance(source, ExportFile) else None
    about_the_file = _Problems()
    if not _check_header(header, about_the_file):
        raise ImportRefused(about_the_file.items)  # not an export: its rows are not the point
    problems.items[:0] = about_the_file.items
    _check_keys(keys, _kept_ids(db, {name for name in order if keys[name].count}), problems)
    if problems.items:
        raise ImportRefused(problems.items)

    counts = {table.name: keys[table.name].count for table in TABLES_IN_ORDER}
    replaced = tuple(name for name in sorted(SEEDED_TABLES) if counts.get(name))

    def store(session: Session) -> ImportSummary:
        conn = session.connection()
        # Checked again inside the write transaction: another screen may have started meanwhile.
        _refuse_non_empty(_existing_rows(conn), QT_TRANSLATE_NOOP("DataIo", "Tietoja ei tuotu"))
        for table in TABLES_IN_ORDER:
            if table.name in replaced:
                conn.execute(delete(table))
        for group in _insert_groups(order):
            for event in _pins_lifted(source.events()):
                if event.kind == "table" and event.name in group and event.rows is not None:
                    table = known[event.name]
                    rows = (_convert_row(table, row) for row in event.rows)
                    _insert(session, table, rows, check=False)  # checked in the first pass
        if isinstance(source, ExportFile) and source.digest != digest:
            raise LeanBoardError(
                translate(
                    "DataIo",
                    "Tiedosto {path} muuttui tuonnin aikana: mitään ei tallennettu. "
                    "Tuo se uudelleen.",
                ).format(path=source.path)
            )
        reset_sequences(conn)
        return ImportSummary(rows=counts, replaced_seeded=replaced)

    return db.write(store)


def _pins_lifted(events: Iterator[Event]) -> Iterator[Event]:
    """Exports made before schema 0004 keep each PIN hash in its board row: the rows are read
    without it, and the hashes follow the file's tables as board_pin rows, where they live now
    (a file with a board_pin table of its own is read as it is)."""
    pins: list[dict[str, Any]] = []
    has_pin_table = False

    for event in events:
        if event.kind == "table" and event.name == "board_pin":
            has_pin_table = True
        if event.kind == "table" and event.name == "board" and event.rows is not None:
            yield Event("table", "board", rows=_strip_pins(event.rows, pins))
        else:
            yield event
    if pins and not has_pin_table:
        yield Event("table", "board_pin", rows=iter(pins))


def _strip_pins(rows: Iterator[Any], pins: list[dict[str, Any]]) -> Iterator[Any]:
    for row in rows:
        if isinstance(row, Mapping) and "pin_hash" in row:
            pin = row["pin_hash"]
            row = {k: v for k, v in row.items() if k != "pin_hash"}
            if pin is not None:
                pins.append({"board_id": row.get("id"), "pin_hash": pin, "failures": 0})
        yield row


def _insert_groups(order: list[str]) -> list[set[str]]:
    """Tables to insert per reading of the file: one reading when the file lists parents before
    children (export-data does), else one reading per table in TABLES_IN_ORDER."""
    position = {name: i for i, name in enumerate(order)}
    in_order = all(
        position[fk.column.table.name] < position[table.name]
        for table in TABLES_IN_ORDER
        if table.name in position
        for column in table.columns
        for fk in column.foreign_keys
        if fk.column.table.name in position and fk.column.table is not table
    )
    if in_order:
        return [set(order)]
    return [{table.name} for table in TABLES_IN_ORDER if table.name in position]


def _check_rows(table: Table, rows: Iterator[Any], problems: _Problems, keys: _TableKeys) -> None:
    """Convert and check each row (first pass), noting its keys; refused rows' keys are kept
    so rows pointing at them are not reported as well: one mistake gives one reason."""
    columns = {column.name for column in table.columns}
    parent = _self_reference(table)
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, Mapping):
            problems.add(table.name, number, translate("DataIo", "rivin pitää olla JSON-olio."))
            continue
        before = len(problems.items)
        for name in row:
            if name not in columns:
                problems.add(
                    table.name,
                    number,
                    translate("DataIo", "tuntematon sarake {name}.").format(name=name),
                )
        values: dict[str, Any] = {}
        for column in table.columns:
            try:
                values[column.name] = _convert_value(table, column, row)
                check_value(table, column, values[column.name])
            except ValidationError as error:
                problems.add(table.name, number, str(error))
        pk = tuple(values.get(name) for name in keys.pk_columns)
        if len(problems.items) != before:
            # A refused row's key, so rows referring to it are not blamed twice; a key that is
            # a list or an object in a broken file is no key anything can refer to.
            if pk and all(v is not None and isinstance(v, Hashable) for v in pk):
                keys.refused.add(normal(pk))
            continue
        keys.count += 1
        if keys.pk is not None:
            keys.pk.add(pk, number)
        for names, unique, active_only in keys.unique:
            key = tuple(values[name] for name in names)
            # NULLs never collide in SQL; archived rows are outside a partial index.
            if all(v is not None for v in key) and not (
                active_only and values.get("archived_at") is not None
            ):
                unique.add(key, number)
        for local, _target, _remote, foreign in keys.foreign:
            key = tuple(values[name] for name in local)
            if all(v is not None for v in key):  # a reference with a NULL in it points nowhere
                foreign.add(key, number)
        for names, referenced in keys.referenced.items():
            referenced.add(tuple(values[name] for name in names), number)
        if parent is not None and len(pk) == 1:
            keys.parents[pk[0]] = (values[parent.name], number)


def _convert_row(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    return {column.name: _convert_value(table, column, row) for column in table.columns}


def _convert_value(table: Table, column: Column[Any], row: Mapping[str, Any]) -> Any:
    """A JSON value as the column's Python type (dates from ISO text, numbers from text too);
    a missing value as the column's default. The value's rules are checked by write_path."""
    if column.name not in row or row[column.name] is None:
        if column.primary_key:
            raise ValidationError(
                translate("DataIo", "{label}: tunniste puuttuu.").format(
                    label=column_label(column)
                ),
                column.name,
            )
        if column.name not in row and column.default is not None:
            return _default_value(column)
        if not column.nullable:
            raise ValidationError(
                translate("DataIo", "{label}: arvo puuttuu (pakollinen).").format(
                    label=column_label(column)
                ),
                column.name,
            )
        return None
    value = row[column.name]
    kind = _conversion(column)
    if kind is None:
        return value
    if kind is Float:
        if type(value) is float or type(value) is int:  # the common case, without a label
            return float(value)
        return parse_number(value, column.name, column_label(column))
    if kind is DateTime:
        return _parse_datetime(value, column)
    return _parse_day(value, column)


@cache
def _conversion(column: Column[Any]) -> type | None:
    """How a column's JSON value becomes its Python value: as a number, a moment, a day, or
    as it is (looked up once per column: an import converts millions of values)."""
    for kind in (Float, DateTime, Date):
        if isinstance(column.type, kind):
            return kind
    return None


def _kept_ids(db: Database, in_file: set[str]) -> dict[str, set[tuple[Any, ...]]]:
    """Keys of rows already in the target that stay there (seeded tables the file leaves
    out), so the file's rows may point at them."""
    kept: dict[str, set[tuple[Any, ...]]] = {}
    with db.read() as session:
        conn = session.connection()
        for table in TABLES_IN_ORDER:
            if table.name in SEEDED_TABLES and table.name not in in_file:
                pk = list(table.primary_key.columns)
                kept[table.name] = {normal(row) for row in conn.execute(select(*pk))}
    return kept


def _key_text(key: tuple[Any, ...]) -> str:
    return ", ".join(str(_export_value(part)) for part in key)


def _check_keys(
    keys: Mapping[str, _TableKeys],
    kept: Mapping[str, set[tuple[Any, ...]]],
    problems: _Problems,
) -> None:
    """Primary keys unique, unique keys kept, every reference pointing at a row, no cycles.

    A key of several columns (the mood tally's board, day, round and score; its reference to
    the board's mood day) is checked like a single id."""
    for table in TABLES_IN_ORDER:
        found = keys[table.name]
        if found.pk is not None:
            for row, first, key in found.pk.duplicates():
                problems.add(
                    table.name,
                    row,
                    translate("DataIo", "sama tunniste {id} kuin rivillä {row}.").format(
                        id=_key_text(found.pk.shown(key)), row=first
                    ),
                )
        for names, unique, _active in found.unique:
            for row, first, _key in unique.duplicates():
                problems.add(
                    table.name,
                    row,
                    translate("DataIo", "{names} on sama kuin rivillä {row}.").format(
                        names=", ".join(names), row=first
                    ),
                )
    for table in TABLES_IN_ORDER:
        found = keys[table.name]
        for local, target, remote, values in found.foreign:
            referred = keys[target]
            if remote == referred.pk_columns:
                allowed = referred.pk
                extra = kept.get(target, set()) | referred.refused
            else:
                allowed, extra = referred.referenced.get(remote), set()
            for row, key in values.missing(allowed, extra):
                problems.add(
                    table.name,
                    row,
                    translate(
                        "DataIo",
                        "sarake {column} viittaa riviin {value} taulussa {table}, jota ei ole.",
                    ).format(
                        column=", ".join(local), value=_key_text(values.shown(key)), table=target
                    ),
                )
        parent = _self_reference(table)
        if parent is not None:
            _check_self_references(table, parent, found, problems)


def _check_self_references(
    table: Table, parent: Column[Any], keys: _TableKeys, problems: _Problems
) -> None:
    """A parent that exists (or was refused for its own values), and no cycle."""
    parents = keys.parents
    for above, row in parents.values():
        if above is not None and above not in parents and normal((above,)) not in keys.refused:
            problems.add(
                table.name,
                row,
                translate(
                    "DataIo",
                    "sarake {column} viittaa riviin {value} taulussa {table}, jota ei ole.",
                ).format(column=parent.name, value=above, table=table.name),
            )
    for id_, (above, row) in parents.items():
        seen = {id_}
        current = above
        while current is not None and current in parents:
            if current in seen:
                problems.add(
                    table.name,
                    row,
                    translate("DataIo", "sarake {name} muodostaa kehän.").format(name=parent.name),
                )
                break
            seen.add(current)
            current = parents[current][0]


def _existing_rows(conn: Connection) -> dict[str, int]:
    return {
        table.name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
        for table in TABLES_IN_ORDER
    }


def _refuse_non_empty(counts: Mapping[str, int], action: str) -> None:
    boards = counts.get("board", 0)
    if boards:
        raise LeanBoardError(
            translate(
                "DataIo",
                "{action}: kohdetietokannassa on jo {boards} taulua. Tiedot voi siirtää vain "
                "tyhjään tietokantaan, jotta mitään ei kirjoiteta olemassa olevien tietojen "
                "päälle.",
            ).format(action=translate("DataIo", action), boards=boards)
        )
    others = [f"{name} {n}" for name, n in counts.items() if n and name not in SEEDED_TABLES]
    if others:
        raise LeanBoardError(
            translate(
                "DataIo",
                "{action}: kohdetietokanta ei ole tyhjä (rivejä: {rows}). "
                "Tiedot voi siirtää vain tyhjään tietokantaan.",
            ).format(action=translate("DataIo", action), rows=", ".join(others))
        )


def _check_header(header: Mapping[str, Any], problems: _Problems) -> bool:
    """The file's top level: an export of a format and schema this LeanBoard reads."""
    if "" in header or header.get("format") != FORMAT_NAME:
        problems.add(
            None,
            0,
            translate("DataIo", "tiedosto ei ole LeanBoardin vientitiedosto.")
            if "" in header or "format" not in header
            else translate(
                "DataIo", "tiedosto ei ole LeanBoardin vientitiedosto (format ≠ {format})."
            ).format(format=FORMAT_NAME),
        )
        return False
    version = header.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version > FORMAT_VERSION:
        problems.add(
            None,
            0,
            translate(
                "DataIo", "tiedostomuodon versio {version} on tälle LeanBoardille tuntematon."
            ).format(version=version),
        )
    revision = header.get("schema_revision")
    if revision is not None and not isinstance(revision, str):
        problems.add(
            None,
            0,
            translate("DataIo", "skeeman tunniste {value} ei ole tekstiä.").format(
                value=_short(revision)
            ),
        )
    elif revision is not None and revision not in known_revisions():
        problems.add(
            None,
            0,
            translate(
                "DataIo",
                "tiedosto on tehty uudemmalla LeanBoardilla (skeema {schema}): päivitä LeanBoard.",
            ).format(schema=revision),
        )
    if not isinstance(header.get("tables"), Mapping):
        problems.add(None, 0, translate("DataIo", "tiedostosta puuttuu taulujen rivit (tables)."))
        return False
    return True


def _default_value(column: Column[Any]) -> Any:
    default: Any = column.default
    if default.is_callable:
        return default.arg(None)  # SQLAlchemy wraps a no-argument callable to take a context
    return default.arg


def _short(value: object) -> str:
    shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    shown = shown if len(shown) <= 40 else shown[:37] + "..."
    return f"”{shown}”" if isinstance(value, str) else shown


def _parse_day(value: object, column: Column[Any]) -> dt.date:
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValidationError(
        translate("DataIo", "{label}: {value} ei ole päivämäärä (vvvv-kk-pp).").format(
            label=column_label(column), value=_short(value)
        ),
        column.name,
    )


def _parse_datetime(value: object, column: Column[Any]) -> dt.datetime:
    if isinstance(value, str):
        try:
            moment = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            pass
        else:
            if moment.tzinfo is not None:  # stored as naive UTC, like utcnow()
                moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
            return moment
    raise ValidationError(
        translate("DataIo", "{label}: {value} ei ole aikaleima (vvvv-kk-ppThh:mm:ss).").format(
            label=column_label(column), value=_short(value)
        ),
        column.name,
    )


# --- writing, shared by import and copy ----------------------------------------------------


def _single_pk(table: Table) -> Column[Any] | None:
    columns = list(table.primary_key.columns)
    return columns[0] if len(columns) == 1 else None


def _self_reference(table: Table) -> Column[Any] | None:
    for column in table.columns:
        for foreign_key in column.foreign_keys:
            if foreign_key.column.table is table:
                return column
    return None


def _parents_first(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows of a self-referencing table (board.parent_id) ordered so a parent precedes its
    children: both databases check each foreign key at once, and ids need not follow the tree."""
    parent = _self_reference(table)
    pk = _single_pk(table)
    if parent is None or pk is None:
        return rows
    by_id = {row[pk.name]: row for row in rows}
    ordered: list[dict[str, Any]] = []
    placed: set[Any] = set()

    def place(row: dict[str, Any]) -> None:
        chain = []
        while row[pk.name] not in placed:
            chain.append(row)
            placed.add(row[pk.name])
            above = by_id.get(row[parent.name])
            if above is None:
                break
            row = above
        ordered.extend(reversed(chain))

    for row in rows:
        place(row)
    return ordered


def _insert(
    session: Session,
    table: Table,
    rows: Iterable[dict[str, Any]],
    *,
    check: bool = True,
    size: int = CHUNK_SIZE,
) -> int:
    """Rows through the write path (history=False: they bring their own change rows)."""
    count = 0

    def counted(source: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        nonlocal count
        for row in source:
            count += 1
            yield row

    ordered = _parents_first(table, list(rows)) if _self_reference(table) is not None else rows
    insert_rows(session, table, counted(ordered), history=False, check=check, size=size)
    return count


def reset_sequences(conn: Connection) -> None:
    """After rows were inserted with explicit ids, let PostgreSQL's next id follow the largest.

    SQLite needs nothing: its next rowid is always max(rowid) + 1.
    """
    if conn.dialect.name != "postgresql":
        return
    quote = conn.dialect.identifier_preparer.quote
    for table in TABLES_IN_ORDER:
        pk = _single_pk(table)
        if pk is None or not isinstance(pk.type, Integer):
            continue
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence(:table, :column), "
                f"COALESCE((SELECT MAX({quote(pk.name)}) FROM {quote(table.name)}), 0) + 1, false)"
            ),
            {"table": quote(table.name), "column": pk.name},
        )


# --- copy ----------------------------------------------------------------------------------


def copy_database(source: Database, target_url: str, chunk_size: int = CHUNK_SIZE) -> CopySummary:
    """Copy every row of `source` into the database at `target_url`, migrated to head first.

    The target must be empty (a freshly migrated database); everything is written in one
    transaction, so a failure leaves the target as it was.
    """
    target = Database(target_url, actor=source.actor)
    try:
        if target.url_text() == source.url_text():
            raise LeanBoardError(translate("DataIo", "Lähde ja kohde ovat sama tietokanta."))
        ensure_current(source.engine)
        ensure_current(target.engine)

        def copy(session: Session) -> CopySummary:
            conn = session.connection()
            _refuse_non_empty(
                _existing_rows(conn), QT_TRANSLATE_NOOP("DataIo", "Tietokantaa ei kopioitu")
            )
            counts: dict[str, int] = {}
            with source.read() as source_session:
                source_conn = _snapshot_connection(source_session, source.backend)
                for table in TABLES_IN_ORDER:
                    if table.name in SEEDED_TABLES:
                        conn.execute(delete(table))  # the source's own rows replace the seed
                    counts[table.name] = _insert(
                        session,
                        table,
                        _stream_rows(source_conn, table, chunk_size),
                        size=chunk_size,
                    )
            reset_sequences(conn)
            return CopySummary(target=target.url_text(), rows=counts)

        return target.write(copy)
    finally:
        target.dispose()


def _stream_rows(conn: Connection, table: Table, chunk_size: int) -> Iterator[dict[str, Any]]:
    # Read in chunks so a large database is never held in memory at once.
    query = select(table).order_by(*table.primary_key.columns)
    result = conn.execution_options(yield_per=chunk_size).execute(query)
    for partition in result.partitions():
        for row in partition:
            yield dict(row._mapping)
