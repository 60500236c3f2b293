"""Any list of rows as a CSV file that Finnish Excel opens correctly with a double-click.

Finnish Excel reads a CSV with the Windows list separator of the Finnish locale (`;`) and
decimal commas, and recognises UTF-8 only from a byte-order mark (without it ä and ö turn
into mojibake). Dates are written d.M.yyyy as the Finnish locale types them, lines end in
CRLF. A text cell starting with = + - @ (or a tab or carriage return) would be run as a
formula when opened (OWASP "CSV injection"): such cells get a leading apostrophe.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

Cell = str | int | float | bool | dt.date | dt.datetime | None

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def format_cell(value: Cell) -> str:
    """One value as Finnish Excel expects to read it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "kyllä" if value else "ei"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # repr-style shortest form, then the decimal comma; no thousands separator, which
        # Excel would read as text.
        text = f"{value:.10g}" if abs(value) < 1e10 else f"{value:.0f}"
        return text.replace(".", ",")
    if isinstance(value, dt.datetime):
        return f"{value.day}.{value.month}.{value.year} {value.hour}.{value.minute:02d}"
    if isinstance(value, dt.date):
        return f"{value.day}.{value.month}.{value.year}"
    return neutralise(str(value))


def neutralise(text: str) -> str:
    """Text that a spreadsheet would take for a formula, made plain text."""
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_text(headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([neutralise(h) for h in headers])
    for row in rows:
        writer.writerow([format_cell(v) for v in row])
    return buffer.getvalue()


def write_csv(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> int:
    """Write the rows to `path` (UTF-8 with BOM, `;`, CRLF). Returns the number of data rows."""
    materialised = [list(r) for r in rows]
    data = csv_text(headers, materialised).encode("utf-8-sig")
    # newline handling is ours (CRLF inside the text): write bytes so nothing translates it.
    Path(path).write_bytes(data)
    return len(materialised)
