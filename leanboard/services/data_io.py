"""Every row in and out: JSON export (backup), all-or-nothing import (restore), database copy.

The export is the complete backup: every row of every table, mood included as the stored
counts per board, day, release round and score (never one row per vote; the counts of a day
not yet released are in it too). So it is an administrator's act, kept like the database
itself; the screens, the PDFs and the CSV lists show mood only as released figures.

The export is the whole database as plain JSON, rows ordered by primary key, so two databases
with the same content export identically apart from the export time (`content_of`). The import
checks every row against the same rules the services apply (enums, mood range, finite numbers,
dates, the identity-code guard, foreign keys) before writing anything, and writes in one
transaction. The copy moves every row to another database (SQLite ↔ PostgreSQL) in one
transaction on the target.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Float,
    Integer,
    String,
    Table,
    UniqueConstraint,
    delete,
    func,
    select,
    text,
)
from sqlalchemy.orm import Session

import leanboard
from leanboard.domain import enums
from leanboard.domain.access import AccessRole
from leanboard.domain.errors import ImportRefused, LeanBoardError, ValidationError
from leanboard.domain.rules import check_min_group, check_mood_score
from leanboard.domain.validation import (
    MAX_TEXT,
    check_board_code,
    check_enum,
    guard_text,
    parse_number,
)
from leanboard.i18n import QT_TRANSLATE_NOOP, translate
from leanboard.store.database import Database
from leanboard.store.migrate import ensure_current, known_revisions, stored_revision
from leanboard.store.models import TABLES_IN_ORDER

FORMAT_NAME = "leanboard-data"
FORMAT_VERSION = 1
# Said in the file itself: whoever finds it knows it holds everything (unreleased mood too).
CONTENTS = "complete-backup"
CHUNK_SIZE = 1000
# PostgreSQL `integer`: an id or count beyond it would fail at insert time with a cryptic error.
INT_MIN, INT_MAX = -(2**31), 2**31 - 1

# The migration seeds these reference rows into every new database. Nothing can point at them
# while the database holds no boards, so an import or copy may replace them with the source's.
SEEDED_TABLES = frozenset({"safety_event_kind"})

# Columns holding a closed vocabulary: the domain enum is the rule (a test checks that it
# agrees with the model's CHECK constraint).
ENUM_COLUMNS: dict[tuple[str, str], type[StrEnum]] = {
    ("board", "kind"): enums.BoardKind,
    ("measure", "direction"): enums.Direction,
    ("measure", "frequency"): enums.Frequency,
    ("idea", "state"): enums.PdcaState,
    ("idea", "category"): enums.Sqdc,
    ("idea", "origin"): enums.Origin,
    ("problem", "category"): enums.Sqdc,
    ("problem", "status"): enums.ProblemStatus,
    ("escalation", "answer_kind"): enums.AnswerKind,
    ("safety_event", "severity"): enums.Severity,
    ("a3_report", "phase"): enums.A3Phase,
    ("a3_action", "status"): enums.ActionStatus,
    ("measure", "chart_kind"): enums.ChartKind,
    ("measure_phase", "kind"): enums.MarkKind,
    ("membership", "role"): AccessRole,
}


def _check_not_negative(value: object) -> object:
    if isinstance(value, int) and value < 0:
        raise ValidationError(translate("DataIo", "arvo ei voi olla negatiivinen."), "value")
    return value


def _check_attendance(value: object) -> object:
    if isinstance(value, int) and value < 0:
        raise ValidationError(
            translate("DataIo", "osallistujamäärä ei voi olla negatiivinen."), "attendance"
        )
    return value


def _at_least_one(value: object, field: str) -> object:
    if isinstance(value, int) and value < 1:
        raise ValidationError(
            translate("DataIo", "arvon pitää olla vähintään 1 (annettu {value}).").format(
                value=value
            ),
            field,
        )
    return value


def _check_code(value: object) -> object:
    # Integrations address boards by code: a code the app itself would refuse is refused here.
    if isinstance(value, str) and check_board_code(value) != value:
        raise ValidationError(
            translate(
                "DataIo",
                "tunnus ”{value}” ei kelpaa: 1–32 merkkiä, isoja kirjaimia, numeroita, - tai _.",
            ).format(value=value),
            "code",
        )
    return value


# Other CHECK constraints and domain rules, by column, applied after the type check.
RULE_COLUMNS: dict[tuple[str, str], Callable[[Any], object]] = {
    ("mood_tally", "score"): check_mood_score,
    ("mood_tally", "round"): _check_not_negative,
    ("mood_tally", "votes"): _check_not_negative,
    ("mood_day", "min_group"): check_min_group,
    ("mood_day", "released_rounds"): _check_not_negative,
    ("board", "min_mood_group"): check_min_group,
    ("board", "code"): _check_code,
    ("huddle", "attendance"): _check_attendance,
    ("board", "stale_idea_days"): lambda v: _at_least_one(v, "stale_idea_days"),
    ("measure", "rate_per"): lambda v: _at_least_one(v, "rate_per"),
}

# Columns not guarded for identity codes: a password hash is not text a person wrote.
UNGUARDED_COLUMNS = frozenset({("board_pin", "pin_hash")})

# The shape each JSON column must have.
JSON_SHAPES: dict[tuple[str, str], type] = {
    ("board", "sections"): list,
    ("a3_report", "five_whys"): list,
    ("a3_report", "fishbone"): dict,
    ("change", "details"): dict,
}


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


def read_export_file(path: str | Path) -> dict[str, Any]:
    """Load an export file, with a Finnish one-line reason when it is not JSON at all."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise LeanBoardError(
            translate("DataIo", "Tiedostoa {path} ei löydy.").format(path=path)
        ) from None
    except OSError as error:
        raise LeanBoardError(
            translate("DataIo", "Tiedostoa {path} ei voi lukea: {reason}.").format(
                path=path, reason=error.strerror
            )
        ) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise LeanBoardError(
            translate("DataIo", "Tiedosto {path} ei ole UTF-8-tekstiä.").format(path=path)
        ) from None
    except json.JSONDecodeError as error:
        raise LeanBoardError(
            translate(
                "DataIo",
                "Tiedosto {path} ei ole kelvollista JSONia (rivi {line}, "
                "sarake {column}): tiedosto on rikki tai katkennut.",
            ).format(path=path, line=error.lineno, column=error.colno)
        ) from None
    if not isinstance(data, dict):
        raise LeanBoardError(
            translate("DataIo", "Tiedosto {path} ei ole LeanBoardin vientitiedosto.").format(
                path=path
            )
        )
    return data


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


def import_data(db: Database, data: Mapping[str, Any]) -> ImportSummary:
    """Store an export in an empty database: every row, or nothing at all.

    Every problem in the file is collected and reported together as ImportRefused.
    """
    with db.read() as session:
        existing = _existing_rows(session.connection())
    _refuse_non_empty(existing, QT_TRANSLATE_NOOP("DataIo", "Tietoja ei tuotu"))

    problems = _Problems()
    tables = _lift_board_pins(_check_header(data, problems))
    kept_ids = _kept_ids(db, tables)
    refused_ids: dict[str, set[Any]] = {table.name: set() for table in TABLES_IN_ORDER}
    parsed = {
        table.name: _parse_rows(
            table, tables.get(table.name, []), problems, refused_ids[table.name]
        )
        for table in TABLES_IN_ORDER
    }
    _check_keys(parsed, kept_ids, refused_ids, problems)
    if problems.items:
        raise ImportRefused(problems.items)

    replaced = tuple(name for name in sorted(SEEDED_TABLES) if parsed.get(name))

    def store(session: Session) -> ImportSummary:
        conn = session.connection()
        # Checked again inside the write transaction: another screen may have started meanwhile.
        _refuse_non_empty(_existing_rows(conn), QT_TRANSLATE_NOOP("DataIo", "Tietoja ei tuotu"))
        counts: dict[str, int] = {}
        for table in TABLES_IN_ORDER:
            if table.name in replaced:
                conn.execute(delete(table))
            rows = [row for _, row in parsed[table.name]]
            counts[table.name] = _insert(conn, table, rows)
        reset_sequences(conn)
        session.info["changed"] = True  # other screens reload (PostgreSQL NOTIFY)
        return ImportSummary(rows=counts, replaced_seeded=replaced)

    return db.write(store)


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


def _kept_ids(db: Database, tables: Mapping[str, list[Any]]) -> dict[str, set[Any]]:
    """Ids already in the target that stay there, so the file's rows may point at them."""
    kept: dict[str, set[Any]] = {}
    with db.read() as session:
        conn = session.connection()
        for table in TABLES_IN_ORDER:
            if table.name in SEEDED_TABLES and not tables.get(table.name):
                pk = list(table.primary_key.columns)
                kept[table.name] = {tuple(row) for row in conn.execute(select(*pk))}
    return kept


def _check_header(data: object, problems: _Problems) -> dict[str, list[Any]]:
    if not isinstance(data, Mapping):
        problems.add(None, 0, translate("DataIo", "tiedosto ei ole LeanBoardin vientitiedosto."))
        return {}
    if data.get("format") != FORMAT_NAME:
        problems.add(
            None,
            0,
            translate(
                "DataIo", "tiedosto ei ole LeanBoardin vientitiedosto (format ≠ {format})."
            ).format(format=FORMAT_NAME),
        )
        return {}
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version > FORMAT_VERSION:
        problems.add(
            None,
            0,
            translate(
                "DataIo", "tiedostomuodon versio {version} on tälle LeanBoardille tuntematon."
            ).format(version=version),
        )
    revision = data.get("schema_revision")
    if revision is not None and not isinstance(revision, str):
        problems.add(
            None,
            0,
            translate("DataIo", "skeeman tunniste {value} ei ole tekstiä.").format(
                value=_short(revision)
            ),
        )
    elif revision is not None and revision not in _known_revisions():
        problems.add(
            None,
            0,
            translate(
                "DataIo",
                "tiedosto on tehty uudemmalla LeanBoardilla (skeema {schema}): päivitä LeanBoard.",
            ).format(schema=revision),
        )
    tables = data.get("tables")
    if not isinstance(tables, Mapping):
        problems.add(None, 0, translate("DataIo", "tiedostosta puuttuu taulujen rivit (tables)."))
        return {}
    known = {table.name for table in TABLES_IN_ORDER}
    result: dict[str, list[Any]] = {}
    for name, rows in tables.items():
        if name not in known:
            problems.add(None, 0, translate("DataIo", "tuntematon taulu {name}.").format(name=name))
        elif not isinstance(rows, list):
            problems.add(name, 0, translate("DataIo", "rivien pitää olla lista."))
        else:
            result[name] = rows
    return result


def _lift_board_pins(tables: dict[str, list[Any]]) -> dict[str, list[Any]]:
    """Exports made before schema 0003 keep each PIN hash in its board row: move it to
    board_pin, where it lives now."""
    boards = tables.get("board", [])
    if "board_pin" in tables or not any(isinstance(r, dict) and "pin_hash" in r for r in boards):
        return tables
    pins = [
        {"board_id": row.get("id"), "pin_hash": row["pin_hash"], "failures": 0}
        for row in boards
        if isinstance(row, dict) and row.get("pin_hash") is not None
    ]
    lifted = [
        {k: v for k, v in row.items() if k != "pin_hash"} if isinstance(row, dict) else row
        for row in boards
    ]
    return {**tables, "board": lifted, "board_pin": pins}


def _known_revisions() -> set[str]:
    return known_revisions()


def _parse_rows(
    table: Table, rows: list[Any], problems: _Problems, refused_ids: set[Any]
) -> list[tuple[int, dict[str, Any]]]:
    """Rows that passed every column check, with their 1-based row numbers in the file.

    The ids of refused rows go to `refused_ids`, so rows pointing at them are not reported
    as well: one mistake in the file gives one reason.
    """
    columns = {column.name: column for column in table.columns}
    pk = list(table.primary_key.columns)
    parsed = []
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
                values[column.name] = _parse_value(table, column, row)
            except ValidationError as error:
                problems.add(table.name, number, str(error))
        if len(problems.items) == before:
            parsed.append((number, values))
        elif all(values.get(column.name) is not None for column in pk):
            refused_ids.add(tuple(values[column.name] for column in pk))
    return parsed


def _parse_value(table: Table, column: Column[Any], row: Mapping[str, Any]) -> Any:
    key = (table.name, column.name)
    label = translate("DataIo", "sarake {name}").format(name=column.name)
    if column.name not in row or row[column.name] is None:
        if column.primary_key:
            raise ValidationError(
                translate("DataIo", "{label}: tunniste puuttuu.").format(label=label), column.name
            )
        if column.name not in row and column.default is not None:
            return _default_value(column)
        if not column.nullable:
            raise ValidationError(
                translate("DataIo", "{label}: arvo puuttuu (pakollinen).").format(label=label),
                column.name,
            )
        return None
    value = row[column.name]
    kind = column.type
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise ValidationError(
                translate("DataIo", "{label}: arvon pitää olla true tai false.").format(
                    label=label
                ),
                column.name,
            )
    elif isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(
                translate(
                    "DataIo", "{label}: arvon pitää olla kokonaisluku (annettu {value})."
                ).format(label=label, value=_short(value)),
                column.name,
            )
        if not INT_MIN <= value <= INT_MAX:
            raise ValidationError(
                translate("DataIo", "{label}: luku {value} on liian suuri.").format(
                    label=label, value=value
                ),
                column.name,
            )
        # A row's own id is positive; the parts of a key of several columns (the mood
        # tally's round and score) may be 0, and their own rules check them.
        if column.primary_key and len(table.primary_key.columns) == 1 and value < 1:
            raise ValidationError(
                translate("DataIo", "{label}: tunnisteen pitää olla positiivinen.").format(
                    label=label
                ),
                column.name,
            )
    elif isinstance(kind, Float):
        value = parse_number(value, column.name, label)
    elif isinstance(kind, DateTime):
        value = _parse_datetime(value, column.name, label)
    elif isinstance(kind, Date):
        value = _parse_day(value, column.name, label)
    elif isinstance(kind, String):
        if not isinstance(value, str):
            raise ValidationError(
                translate("DataIo", "{label}: arvon pitää olla tekstiä.").format(label=label),
                column.name,
            )
        if "\x00" in value:  # PostgreSQL cannot store NUL in text
            raise ValidationError(
                translate("DataIo", "{label}: tekstissä on NUL-merkki.").format(label=label),
                column.name,
            )
        max_length = kind.length or MAX_TEXT
        if key in UNGUARDED_COLUMNS:
            if len(value) > max_length:
                raise ValidationError(
                    translate("DataIo", "{label}: teksti on liian pitkä.").format(label=label),
                    column.name,
                )
        else:
            # Checked only: the text is stored exactly as exported so a round trip is lossless.
            guard_text(value, column.name, label, max_length=max_length)
        if key in ENUM_COLUMNS:
            value = str(check_enum(ENUM_COLUMNS[key], value, column.name, label))
    elif isinstance(kind, JSON):
        shape = JSON_SHAPES.get(key)
        if shape is not None and not isinstance(value, shape):
            expected = (
                translate("DataIo", "{label}: arvon pitää olla JSON-lista.")
                if shape is list
                else translate("DataIo", "{label}: arvon pitää olla JSON-olio.")
            )
            raise ValidationError(expected.format(label=label), column.name)
        for item in _strings_in(value):
            guard_text(item, column.name, label, max_length=MAX_TEXT)
    if key in RULE_COLUMNS:
        try:
            RULE_COLUMNS[key](value)
        except ValidationError as error:
            raise ValidationError(f"{label}: {error}", column.name) from None
    return value


def _default_value(column: Column[Any]) -> Any:
    default: Any = column.default
    if default.is_callable:
        return default.arg(None)  # SQLAlchemy wraps a no-argument callable to take a context
    return default.arg


def _short(value: object) -> str:
    shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    shown = shown if len(shown) <= 40 else shown[:37] + "..."
    return f"”{shown}”" if isinstance(value, str) else shown


def _parse_day(value: object, field_name: str, label: str) -> dt.date:
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValidationError(
        translate("DataIo", "{label}: {value} ei ole päivämäärä (vvvv-kk-pp).").format(
            label=label, value=_short(value)
        ),
        field_name,
    )


def _parse_datetime(value: object, field_name: str, label: str) -> dt.datetime:
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
            label=label, value=_short(value)
        ),
        field_name,
    )


def _strings_in(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield str(key)
            yield from _strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings_in(item)


def _check_keys(
    parsed: Mapping[str, list[tuple[int, dict[str, Any]]]],
    kept_ids: Mapping[str, set[Any]],
    refused_ids: Mapping[str, set[Any]],
    problems: _Problems,
) -> None:
    """Primary keys unique, unique constraints kept, every reference pointing at a row.

    Keys are tuples of their columns' values, so a key of several columns (the mood tally's
    board, day, round and score) is checked like a single id.
    """
    keys: dict[str, set[tuple[Any, ...]]] = {}
    for table in TABLES_IN_ORDER:
        pk = [column.name for column in table.primary_key.columns]
        seen: dict[tuple[Any, ...], int] = {}
        for number, row in parsed[table.name]:
            key = tuple(row[name] for name in pk)
            if key in seen:
                problems.add(
                    table.name,
                    number,
                    translate("DataIo", "sama tunniste {id} kuin rivillä {row}.").format(
                        id=_key_text(key), row=seen[key]
                    ),
                )
            seen.setdefault(key, number)
        keys[table.name] = set(seen) | kept_ids.get(table.name, set()) | refused_ids[table.name]
        for constraint in table.constraints:
            if isinstance(constraint, UniqueConstraint):
                names = [column.name for column in constraint.columns]
                _check_unique(table.name, names, parsed[table.name], problems)
    for table in TABLES_IN_ORDER:
        order = {column.name: i for i, column in enumerate(table.columns)}
        by_column = sorted(
            table.foreign_key_constraints, key=lambda fk: order[fk.elements[0].parent.name]
        )
        for foreign_key in by_column:
            target = foreign_key.referred_table
            local = [element.parent.name for element in foreign_key.elements]
            remote = [element.column.name for element in foreign_key.elements]
            if remote == [column.name for column in target.primary_key.columns]:
                known = keys.get(target.name, set())
            else:  # a reference to other columns than the key: collect what the file holds
                known = {tuple(row[n] for n in remote) for _, row in parsed[target.name]}
            for number, row in parsed[table.name]:
                value = tuple(row[name] for name in local)
                if any(v is None for v in value) or value in known:
                    continue
                problems.add(
                    table.name,
                    number,
                    translate(
                        "DataIo",
                        "sarake {column} viittaa riviin {value} taulussa {table}, jota ei ole.",
                    ).format(column=", ".join(local), value=_key_text(value), table=target.name),
                )
        parent = _self_reference(table)
        if parent is not None:
            _check_cycles(table, parent, parsed[table.name], problems)


def _key_text(key: tuple[Any, ...]) -> str:
    return ", ".join(str(_export_value(part)) for part in key)


def _check_unique(
    table: str, names: list[str], rows: list[tuple[int, dict[str, Any]]], problems: _Problems
) -> None:
    seen: dict[tuple[Any, ...], int] = {}
    for number, row in rows:
        values = tuple(row[name] for name in names)
        if any(value is None for value in values):  # NULLs never collide in SQL
            continue
        if values in seen:
            problems.add(
                table,
                number,
                translate("DataIo", "{names} on sama kuin rivillä {row}.").format(
                    names=", ".join(names), row=seen[values]
                ),
            )
        else:
            seen[values] = number


def _check_cycles(
    table: Table, parent: Column[Any], rows: list[tuple[int, dict[str, Any]]], problems: _Problems
) -> None:
    pk = _single_pk(table)
    assert pk is not None
    parents = {row[pk.name]: row[parent.name] for _, row in rows}
    for number, row in rows:
        seen = {row[pk.name]}
        current = parents.get(row[pk.name])
        while current is not None and current in parents:
            if current in seen:
                problems.add(
                    table.name,
                    number,
                    translate("DataIo", "sarake {name} muodostaa kehän.").format(name=parent.name),
                )
                break
            seen.add(current)
            current = parents[current]


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


def _chunks(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _insert(
    conn: Connection, table: Table, rows: Iterable[dict[str, Any]], size: int = CHUNK_SIZE
) -> int:
    count = 0
    ordered = _parents_first(table, list(rows)) if _self_reference(table) is not None else rows
    for chunk in _chunks(ordered, size):
        conn.execute(table.insert(), chunk)  # executemany; every dict has every column
        count += len(chunk)
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
                        conn, table, _stream_rows(source_conn, table, chunk_size), chunk_size
                    )
            reset_sequences(conn)
            session.info["changed"] = True
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
