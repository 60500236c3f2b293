"""The one write path: every row that reaches the tables passes the same invariants.

Four kinds of writer store rows: the services (one ORM object at a time), the CSV imports
(thousands of measure values), import-data and `db copy` (every table of an export), and the
demo (hundreds of thousands of generated rows). They may batch differently, but they all go
through here, so an invariant is added once and holds for all of them:

1. **Every value is checked** against its column's rules (`check_value`): its type and size,
   closed vocabularies (the domain enums, which equal the CHECK constraints), the domain's
   ranges (mood 0–10, minimum group, board codes, PIN hashes), the shape of JSON columns, and
   the identity-code guard on every text a person wrote (DOMAIN.md: no patient identifiers on
   a board). ORM writes are checked at flush (`checked_sessions`), bulk writes by
   `insert_rows` / `update_rows`; a refusal is a ValidationError naming the column.
2. **Every change is in the history** (`record_change` for one, `record_changes` for many:
   the same Change rows, the latter in one statement); writers that bring their own history
   (import-data and copy carry the source's change rows) say so with `history=False`.
3. **Every write is announced**: PostgreSQL listeners get a NOTIFY with the commit of any
   transaction that wrote (Database.write); SQLite watchers see PRAGMA data_version move.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    String,
    Table,
    event,
    insert,
    inspect,
)
from sqlalchemy.orm import Session, sessionmaker

from leanboard.domain import enums
from leanboard.domain.access import AccessRole
from leanboard.domain.errors import ValidationError
from leanboard.domain.identity_code import find_identity_codes
from leanboard.domain.rules import check_min_group, check_mood_score
from leanboard.domain.validation import MAX_TEXT, check_board_code
from leanboard.i18n import translate
from leanboard.store.models import Base, Change, utcnow

# PostgreSQL `integer`: an id or count beyond it would fail at insert time with a cryptic error.
INT_MIN, INT_MAX = -(2**31), 2**31 - 1
MAX_NUMBER = 1e12  # as domain.validation.parse_number
# JSON a person's data needs nests two levels (a fishbone: categories → causes); the history's
# details three (field → [old, new] → a list value). Deeper is never written by LeanBoard.
MAX_JSON_DEPTH = 6
PIN_HASH = re.compile(r"pbkdf2\$[0-9a-f]{32}\$[0-9a-f]{64}")  # services.pins.hash_pin

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
    ("measure", "safety_severity"): enums.Severity,
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


def _at_least_one(value: object, field: str) -> object:
    if isinstance(value, int) and value < 1:
        raise ValidationError(
            translate("DataIo", "arvon pitää olla vähintään 1 (annettu {value}).").format(
                value=value
            ),
            field,
        )
    return value


def _check_pin_hash(value: object) -> object:
    # check_pin splits the stored hash: anything but the shape hash_pin writes would crash it.
    if isinstance(value, str) and not PIN_HASH.fullmatch(value):
        raise ValidationError(
            translate("DataIo", "PIN-tiiviste ei ole LeanBoardin muotoa (pbkdf2$suola$tiiviste)."),
            "pin_hash",
        )
    return value


def _check_sections(value: object) -> object:
    if isinstance(value, list):
        unknown = [x for x in value if x not in enums.SECTIONS]
        if unknown:
            raise ValidationError(
                translate("Validation", "Tuntematon osio: {names}").format(
                    names=", ".join(str(x) for x in unknown)
                ),
                "sections",
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
    ("board_pin", "pin_hash"): _check_pin_hash,
    ("board", "sections"): _check_sections,
    ("huddle", "attendance"): _check_attendance,
    ("board", "stale_idea_days"): lambda v: _at_least_one(v, "stale_idea_days"),
    ("measure", "rate_per"): lambda v: _at_least_one(v, "rate_per"),
}

# Columns not guarded for identity codes: a password hash is not text a person wrote.
UNGUARDED_COLUMNS = frozenset({("board_pin", "pin_hash")})


@dataclass(frozen=True)
class JsonShape:
    """What a JSON column holds: a list of texts, a mapping of texts to lists of texts, or any
    object (still limited in depth, and every text in it guarded)."""

    kind: type  # list or dict
    items: str | None = None  # "text": list items / mapping values are texts
    values: str | None = None  # "texts": mapping values are lists of texts


JSON_SHAPES: dict[tuple[str, str], JsonShape] = {
    ("board", "sections"): JsonShape(list, items="text"),
    ("a3_report", "five_whys"): JsonShape(list, items="text"),
    ("a3_report", "fishbone"): JsonShape(dict, values="texts"),
    ("change", "details"): JsonShape(dict),
}


# --- checking values ---------------------------------------------------------------------------


def column_label(column: Column[Any]) -> str:
    return translate("DataIo", "sarake {name}").format(name=column.name)


class _Label:
    """A column's label, made only when a message needs it (checks run millions of times)."""

    __slots__ = ("column",)

    def __init__(self, column: Column[Any]) -> None:
        self.column = column

    def __format__(self, spec: str) -> str:
        return format(column_label(self.column), spec)

    def __str__(self) -> str:
        return column_label(self.column)


@lru_cache(maxsize=8192)
def _has_identity_code(text: str) -> bool:
    # Cached: imports and the demo write the same texts many times over.
    return bool(find_identity_codes(text))


def check_text(text: str, column: Column[Any], max_length: int, guarded: bool = True) -> None:
    if "\x00" in text:  # PostgreSQL cannot store NUL in text
        problem = translate("DataIo", "{label}: tekstissä on NUL-merkki.")
    elif len(text) > max_length:
        problem = translate("DataIo", "{label}: teksti on liian pitkä.")
    elif guarded and _has_identity_code(text):
        problem = translate(
            "Validation",
            "{label}: tekstissä on henkilötunnus. Taululle ei saa kirjata potilaan tai "
            "asiakkaan tunnistetietoja — poista tunnus ja tallenna uudelleen.",
        )
    else:
        return
    raise ValidationError(problem.format(label=column_label(column)), column.name)


def _short(value: object) -> str:
    import json

    shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    shown = shown if len(shown) <= 40 else shown[:37] + "..."
    return f"”{shown}”" if isinstance(value, str) else shown


def _surrogate_id(column: Column[Any]) -> bool:
    """A table's own id: positive. (A part of a key of several columns, like a mood tally's
    round or score, may be 0.)"""
    return bool(column.primary_key) and len(column.table.primary_key.columns) == 1


def _never(_value: Any) -> bool:
    return False


@cache
def _plainly_fine(column: Column[Any]) -> Callable[[Any], bool]:
    """A quick test passing the common, plainly valid values of `column` (an id, a date, a
    plain text) without the full check below; anything else gets the full check and its
    message. Imports and the demo check millions of values."""
    key = (column.table.name, column.name)
    if key in RULE_COLUMNS or key in ENUM_COLUMNS or key in UNGUARDED_COLUMNS:
        return _never
    kind = column.type
    if isinstance(kind, Boolean):
        return lambda v: type(v) is bool
    if isinstance(kind, Integer):
        low = 1 if _surrogate_id(column) else INT_MIN
        return lambda v: type(v) is int and low <= v <= INT_MAX
    if isinstance(kind, Float):
        return lambda v: (type(v) is float or type(v) is int) and -MAX_NUMBER <= v <= MAX_NUMBER
    if isinstance(kind, DateTime):
        return lambda v: type(v) is dt.datetime
    if isinstance(kind, Date):
        return lambda v: type(v) is dt.date
    if isinstance(kind, String):
        length = kind.length or MAX_TEXT
        return lambda v: (
            type(v) is str and len(v) <= length and "\x00" not in v and not _has_identity_code(v)
        )
    return _never


def check_value(table: Table, column: Column[Any], value: Any) -> None:
    """Refuse (ValidationError naming the column) a value `column` of `table` may not hold.

    None is left to the database's NOT NULL (and to defaults the ORM fills in at flush).
    """
    if value is None or _plainly_fine(column)(value):
        return
    key = (table.name, column.name)
    label = _Label(column)
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
        if _surrogate_id(column) and value < 1:
            raise ValidationError(
                translate("DataIo", "{label}: tunnisteen pitää olla positiivinen.").format(
                    label=label
                ),
                column.name,
            )
    elif isinstance(kind, Float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValidationError(
                translate("Validation", "{label}: arvon pitää olla luku.").format(label=label),
                column.name,
            )
        if not math.isfinite(value):
            raise ValidationError(
                translate("Validation", "{label}: arvon pitää olla äärellinen luku.").format(
                    label=label
                ),
                column.name,
            )
        if abs(value) > MAX_NUMBER:
            raise ValidationError(
                translate("Validation", "{label}: luku on liian suuri.").format(label=label),
                column.name,
            )
    elif isinstance(kind, DateTime):
        if not isinstance(value, dt.datetime):
            raise ValidationError(
                translate(
                    "DataIo", "{label}: {value} ei ole aikaleima (vvvv-kk-ppThh:mm:ss)."
                ).format(label=label, value=_short(value)),
                column.name,
            )
    elif isinstance(kind, Date):
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            raise ValidationError(
                translate("DataIo", "{label}: {value} ei ole päivämäärä (vvvv-kk-pp).").format(
                    label=label, value=_short(value)
                ),
                column.name,
            )
    elif isinstance(kind, String):
        if not isinstance(value, str):
            raise ValidationError(
                translate("DataIo", "{label}: arvon pitää olla tekstiä.").format(label=label),
                column.name,
            )
        max_length = kind.length or MAX_TEXT
        check_text(value, column, max_length, guarded=key not in UNGUARDED_COLUMNS)
        if key in ENUM_COLUMNS and value not in _enum_values(key):
            allowed = ", ".join(str(e) for e in ENUM_COLUMNS[key])
            raise ValidationError(
                translate(
                    "Validation", "{label}: tuntematon arvo ”{value}” (sallitut: {allowed})."
                ).format(label=label, value=value, allowed=allowed),
                column.name,
            )
    elif isinstance(kind, JSON):
        check_json(key, column, value)
    rule = RULE_COLUMNS.get(key)
    if rule is not None:
        try:
            rule(value)
        except ValidationError as error:
            raise ValidationError(f"{label}: {error}", column.name) from None


@cache
def _enum_values(key: tuple[str, str]) -> frozenset[str]:
    return frozenset(e.value for e in ENUM_COLUMNS[key])


def check_json(key: tuple[str, str], column: Column[Any], value: Any) -> None:
    label = _Label(column)
    shape = JSON_SHAPES.get(key)

    items: Any = value

    def refuse(translated: str) -> ValidationError:
        return ValidationError(translated.format(label=label), column.name)

    if shape is not None:
        if not isinstance(value, shape.kind):
            raise refuse(
                translate("DataIo", "{label}: arvon pitää olla JSON-lista.")
                if shape.kind is list
                else translate("DataIo", "{label}: arvon pitää olla JSON-olio.")
            )
        if shape.items == "text" and not all(isinstance(x, str) for x in items):
            raise refuse(translate("DataIo", "{label}: listan jokaisen kohdan pitää olla tekstiä."))
        if shape.values == "texts" and not all(
            isinstance(k, str) and isinstance(v, list) and all(isinstance(x, str) for x in v)
            for k, v in items.items()
        ):
            raise refuse(translate("DataIo", "{label}: jokaisen kohdan pitää olla lista tekstejä."))
    if _depth(value) > MAX_JSON_DEPTH:
        raise refuse(translate("DataIo", "{label}: JSON on sisäkkäin liian syvällä."))
    for text in _strings_in(value):
        check_text(text, column, MAX_TEXT)


def _depth(value: Any) -> int:
    """Nesting depth without recursion (a hostile file may nest thousands deep)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, Mapping | list):
            deepest = max(deepest, depth)
            if depth > MAX_JSON_DEPTH:
                return depth
            children = item.values() if isinstance(item, Mapping) else item
            stack.extend((child, depth + 1) for child in children)
    return deepest


def _strings_in(value: Any) -> Iterator[str]:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, Mapping):
            for key, child in item.items():
                yield str(key)
                stack.append(child)
        elif isinstance(item, list):
            stack.extend(item)


def check_row(table: Table, row: Mapping[str, Any]) -> None:
    """Check every value of a row given as column → value (bulk writers)."""
    checks = _row_checks(table)
    for name, value in row.items():
        column, plainly_fine = checks[name]
        if value is not None and not plainly_fine(value):
            check_value(table, column, value)


@cache
def _row_checks(table: Table) -> dict[str, tuple[Column[Any], Callable[[Any], bool]]]:
    return {column.name: (column, _plainly_fine(column)) for column in table.columns}


def row_problems(table: Table, row: Mapping[str, Any]) -> list[ValidationError]:
    """Every refused value of a row, for writers that report all problems at once."""
    problems = []
    for name, value in row.items():
        try:
            check_value(table, table.columns[name], value)
        except ValidationError as error:
            problems.append(error)
    return problems


# --- ORM writes (the services): checked at flush ---------------------------------------------


def _check_flush(session: Session, _context: object, _instances: object) -> None:
    for obj in (*session.new, *session.dirty):
        if not isinstance(obj, Base):
            continue
        state = inspect(obj)
        table = obj.__table__
        assert isinstance(table, Table)
        for attr in state.mapper.column_attrs:
            column = attr.columns[0]
            if not isinstance(column, Column) or column.table is not table:
                continue
            history = state.attrs[attr.key].history
            values = history.added if state.persistent else [getattr(obj, attr.key)]
            for value in values:
                check_value(table, column, value)


def checked_sessions(factory: sessionmaker[Session]) -> sessionmaker[Session]:
    """Sessions from `factory` check every new or changed value before it is flushed."""
    event.listen(factory, "before_flush", _check_flush)
    return factory


# --- history -----------------------------------------------------------------------------------


def record_change(
    session: Session,
    entity: str,
    entity_id: int | None,
    action: str,
    *,
    board_id: int | None,
    details: dict[str, Any] | None = None,
    anonymous: bool = False,
) -> None:
    """Append to the change history. Anonymous changes (mood votes) name no actor."""
    change = Change(
        actor=None if anonymous else session.info.get("actor"),
        board_id=board_id,
        entity=entity,
        entity_id=entity_id,
        action=action,
        details=details or {},
    )
    if anonymous:
        # The time of a mood vote could tell who stood at the screen; keep only the day.
        change.at = utcnow().replace(hour=0, minute=0, second=0, microsecond=0)
    session.add(change)


@dataclass(frozen=True)
class ChangeEntry:
    entity: str
    entity_id: int | None
    action: str
    board_id: int | None
    details: dict[str, Any]


def record_changes(session: Session, entries: Sequence[ChangeEntry]) -> None:
    """record_change for many rows at once: the same Change rows in one bulk statement."""
    if not entries:
        return
    now, actor = utcnow(), session.info.get("actor")
    insert_rows(
        session,
        Change.__table__,  # type: ignore[arg-type]
        (
            {
                "at": now,
                "actor": actor,
                "board_id": e.board_id,
                "entity": e.entity,
                "entity_id": e.entity_id,
                "action": e.action,
                "details": e.details,
            }
            for e in entries
        ),
        history=False,  # these rows are the history
        # Their details repeat values of the rows they describe, checked in this same write.
        check=False,
    )


# --- bulk writes -------------------------------------------------------------------------------

CHUNK = 1000  # rows per executemany: bounded memory, few round trips


def chunks(rows: Iterable[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# insert_rows(history=RECORDED_BY_CALLER): the caller writes each row's history itself in the
# same transaction (record_changes), having read the new ids back its own way.
RECORDED_BY_CALLER = "recorded by caller"


def insert_rows(
    session: Session,
    table: Table,
    rows: Iterable[Mapping[str, Any]],
    *,
    history: bool | str | Callable[[Mapping[str, Any], int | None], ChangeEntry | None],
    returning_ids: bool = False,
    check: bool = True,
    size: int = CHUNK,
) -> list[int]:
    """Insert `rows` in chunks, every value checked first; returns the new ids if asked.

    `history` is a function giving each row's ChangeEntry (given the row and its new id),
    RECORDED_BY_CALLER, or False for rows that are or bring their own history (the change
    rows themselves; import-data and copy, which carry the source's). `check=False` only for
    rows these same checks passed already in this transaction's making (import-data checks
    every row in its first reading of the file).
    """
    if history is True or (isinstance(history, str) and history != RECORDED_BY_CALLER):
        raise ValueError("history: a function making each row's ChangeEntry, or the word")
    ids: list[int] = []
    returning = returning_ids or callable(history)
    statement = insert(table)
    if returning:
        statement = statement.returning(table.c.id, sort_by_parameter_order=True)
    for chunk in chunks(rows, size):
        if check:
            for row in chunk:
                check_row(table, row)
        if returning:
            new_ids = list(session.execute(statement, chunk).scalars())
            if callable(history):
                record_changes(
                    session,
                    [
                        e
                        for row, id_ in zip(chunk, new_ids, strict=True)
                        if (e := history(row, id_))
                    ],
                )
            if returning_ids:
                ids.extend(new_ids)
        else:
            session.execute(statement, chunk)
    return ids


def update_rows(
    session: Session,
    table: Table,
    statement: Any,
    rows: Sequence[Mapping[str, Any]],
    values: Callable[[Mapping[str, Any]], Mapping[str, Any]],
) -> None:
    """Run an UPDATE `statement` (executemany) after checking the new `values` of each row."""
    for row in rows:
        check_row(table, values(row))
    if rows:
        session.execute(statement, list(rows))
