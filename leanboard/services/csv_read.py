"""Reading the CSV files other systems and Finnish Excel write, as the user sees them in Excel.

What arrives in practice: UTF-8 with or without a BOM (Excel's "CSV UTF-8"), Windows-1252
(Excel's plain "CSV" on a Finnish Windows), now and then UTF-16 with a BOM (Excel's "Unicode
text"); `;` separated with decimal commas (Finnish Excel), `,` separated (exports of web
tools), or tabs; quoted fields, CRLF line ends, blank lines, trailing empty columns, and a
`sep=;` first line Excel honours and hides.

Encodings: UTF-8 is tried first. A file that is not valid UTF-8 is read as Windows-1252 — the
only other encoding Excel writes CSV in on a Finnish PC, and a superset of Latin-1 for every
Finnish letter — unless it holds UTF-8 sequences too (a damaged or mixed file, refused rather
than guessed at) or a byte Windows-1252 leaves undefined. Refusals name the row of the bad byte.
A wrong guess cannot store wrong data unseen: board codes and measure names must match exactly,
and the only other text (NPS comments) is checked and never stored.

Row numbers are Excel's: the first record is row 1, a blank line is a row too, and a quoted
field with a line break inside stays one row.
"""

from __future__ import annotations

import codecs
import csv
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from leanboard.domain.errors import ImportRefused
from leanboard.i18n import translate

# A file is given as a path, as its bytes, or as its text. A str is text when it holds a
# line break (a file name never does), otherwise the name of a file.
CsvSource = str | os.PathLike[str] | bytes

DELIMITERS = (";", ",", "\t")
UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")
SEP_LINE = re.compile(r"sep=(.)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class CsvRow:
    number: int  # the row number Excel shows
    fields: tuple[str, ...]


@dataclass(frozen=True)
class CsvTable:
    header: tuple[str, ...]
    header_row: int
    rows: tuple[CsvRow, ...]  # data rows; blank rows are left out (their numbers still count)
    delimiter: str
    encoding: str  # "UTF-8", "Windows-1252" or "UTF-16": what the file was read as


def read_csv(source: CsvSource) -> CsvTable:
    """Decode, sniff the separator from the header line, and split into numbered rows.

    Raises ImportRefused for a file that cannot be read as a table (with the row to look at).
    """
    text, encoding = source_text(source)
    if "\x00" in text:
        raise ImportRefused(
            [(1, translate("CsvImport", "tiedosto ei ole tekstiä (CSV), vaan jotain muuta."))]
        )
    lines = text.splitlines(keepends=True)
    delimiter: str | None = None
    if lines and (sep := SEP_LINE.fullmatch(lines[0].strip("\r\n"))):
        # Excel's own directive line: it uses it and does not show it as a row.
        delimiter, lines = sep.group(1), lines[1:]
    first = next((line for line in lines if line.strip()), None)
    if first is None:
        raise ImportRefused(
            [(1, translate("CsvImport", "tiedosto on tyhjä: otsikkorivi puuttuu."))]
        )
    if delimiter is None:
        delimiter = sniff_delimiter(first)
    reader = csv.reader(lines, delimiter=delimiter, quotechar='"', strict=False)
    header: tuple[str, ...] | None = None
    header_row = 0
    rows: list[CsvRow] = []
    for number, record in enumerate(reader, start=1):
        fields = tuple(field.strip() for field in record)
        if not any(fields):
            continue
        if header is None:
            header, header_row = fields, number
        else:
            rows.append(CsvRow(number, fields))
    if header is None:  # only quotes and separators, e.g. a lone `"`: no header cell at all
        raise ImportRefused(
            [(1, translate("CsvImport", "tiedosto on tyhjä: otsikkorivi puuttuu."))]
        )
    return CsvTable(header, header_row, tuple(rows), delimiter, encoding)


def source_text(source: CsvSource) -> tuple[str, str]:
    if isinstance(source, bytes):
        return decode(source)
    if isinstance(source, str) and ("\n" in source or "\r" in source):
        return source.removeprefix("\ufeff"), "UTF-8"
    return decode(Path(source).read_bytes())


def decode(data: bytes) -> tuple[str, str]:
    """The file's text and the name of the encoding it was read in (see the module docstring)."""
    if data.startswith(b"PK\x03\x04"):
        raise ImportRefused(
            [(1, translate("CsvImport", "tiedosto on Excel-työkirja (.xlsx), ei CSV: tallenna se "
                           "Excelissä muodossa ”CSV UTF-8 (pilkuin erotettu)”."))]
        )  # fmt: skip
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise ImportRefused(
                [(1, translate("CsvImport", "tiedoston UTF-16-merkistö on rikki."))]
            ) from None
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError as error:
        utf8_error = error
    if UTF8_SEQUENCE.search(data):
        raise ImportRefused(
            [(_row_of(data, utf8_error.start), translate(
                "CsvImport", "tiedosto ei ole kelvollista UTF-8-merkistöä (tavu {byte}, ja "
                "tiedostossa on myös UTF-8-merkkejä): tallenna se uudelleen muodossa CSV UTF-8."
            ).format(byte=f"0x{data[utf8_error.start]:02X}"))]
        )  # fmt: skip
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as error:
        raise ImportRefused(
            [(_row_of(data, error.start), translate(
                "CsvImport", "tiedoston merkistö ei ole UTF-8 eikä Windows-1252 (tavu {byte}): "
                "tallenna se muodossa CSV UTF-8."
            ).format(byte=f"0x{data[error.start]:02X}"))]
        ) from None  # fmt: skip


def _row_of(data: bytes, offset: int) -> int:
    """Excel's row of a byte offset (exact unless a quoted field above holds a line break)."""
    return data.count(b"\n", 0, offset) + 1


def sniff_delimiter(header_line: str) -> str:
    """The separator the header line uses most outside quotes; `;` when it has none."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in header_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ";"


def header_key(name: str) -> str:
    """A header cell as compared: trimmed, lower case, inner spaces and quotes folded."""
    return " ".join(name.replace('"', " ").split()).casefold()


def find_columns(
    table: CsvTable,
    required: Mapping[str, Iterable[str]],
    optional: Mapping[str, Iterable[str]] | None = None,
) -> dict[str, int]:
    """Column index of each wanted column, by any of its accepted header names.

    `required` and `optional` map a column's name in code to the header names accepted for it
    (English and Finnish). Other columns are ignored: survey tools export many. A missing or
    doubled required column refuses the file at the header row.
    """
    found: dict[str, int] = {}
    problems: list[str] = []
    wanted = {**(optional or {}), **required}
    for column, names in wanted.items():
        accepted = {header_key(n) for n in names}
        at = [i for i, cell in enumerate(table.header) if header_key(cell) in accepted]
        if len(at) > 1:
            problems.append(
                translate("CsvImport", "sarake {column} on otsikkorivillä {count} kertaa.").format(
                    column=column, count=len(at)
                )
            )
        elif at:
            found[column] = at[0]
        elif column in required:
            names_shown = translate("CsvImport", " tai ").join(dict.fromkeys(names))
            problems.append(
                translate("CsvImport", "otsikkorivillä ei ole saraketta {names}.").format(
                    names=names_shown
                )
            )
    if problems:
        shown = ", ".join(f"”{cell}”" for cell in table.header if cell)
        hint = translate("CsvImport", " (otsikkorivillä on: {shown}; erotin ”{delimiter}”)").format(
            shown=shown, delimiter=_delimiter_name(table.delimiter)
        )
        raise ImportRefused([(table.header_row, p.rstrip(".") + hint + ".") for p in problems])
    return found


def _delimiter_name(delimiter: str) -> str:
    return translate("CsvImport", "sarkain") if delimiter == "\t" else delimiter


def extra_fields_problem(table: CsvTable, row: CsvRow) -> str | None:
    """Text right of the header's last named column (empty trailing cells are fine).

    Counting from the last *named* header cell matters: with `,` as the separator an unquoted
    `3,5` splits in two, and a trailing empty header cell must not swallow the `5` silently.
    """
    width = max((i + 1 for i, name in enumerate(table.header) if name), default=0)
    if any(row.fields[width:]):
        hint = (
            translate(
                "CsvImport",
                " — desimaalipilkullinen luku pitää lainausmerkeissä, "
                "tai käytä erottimena ;-merkkiä",
            )
            if table.delimiter == ","
            else ""
        )
        return translate(
            "CsvImport", "rivillä on enemmän sarakkeita kuin otsikkorivillä{hint}."
        ).format(hint=hint)
    return None


def cell(row: CsvRow, index: int) -> str:
    return row.fields[index] if index < len(row.fields) else ""
