"""Any list of rows as a CSV file that Finnish Excel opens correctly with a double-click.

Finnish Excel reads a CSV with the Windows list separator of the Finnish locale (`;`) and
decimal commas, and recognises UTF-8 only from a byte-order mark (without it ä and ö turn
into mojibake). Dates are written d.M.yyyy as the Finnish locale types them, lines end in
CRLF.

Formulas (OWASP "CSV injection"): a text cell a spreadsheet would run as a formula is
prefixed with U+2060 WORD JOINER, an invisible character that is not white space. Excel
takes a cell starting with = + - or @ for a formula, LibreOffice Calc one starting with =
(when "Evaluate formulas" is on), also after leading spaces when "Trim spaces" is on. Text
such as "-5" or "+3,5" is a number to both and runs nothing, so it is left as it is. The
usual apostrophe prefix shows in LibreOffice as a stray ' in the cell; the word joiner shows
as nothing in both, and no formula starts with it. README "CSV export" says what was tried.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from leanboard.fileio import write_atomically

Cell = str | int | float | bool | dt.date | dt.datetime | None

# Invisible, zero width, not white space (so no "trim spaces" option removes it).
FORMULA_GUARD = "\u2060"
FORMULA_START = ("=", "+", "-", "@")
CONTROL_START = ("\t", "\r", "\n")  # some readers drop these and then see a formula
NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


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
    if text.startswith(CONTROL_START):
        return FORMULA_GUARD + text
    shown = text.strip(" ")  # what a spreadsheet that trims spaces reads
    if shown.startswith(FORMULA_START) and not NUMBER.fullmatch(shown):
        return FORMULA_GUARD + text
    return text


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
    # newline handling is ours (CRLF inside the text): write bytes so nothing translates it;
    # beside the target and then renamed, so a spreadsheet never opens half a file.
    write_atomically(Path(path), data)
    return len(materialised)
