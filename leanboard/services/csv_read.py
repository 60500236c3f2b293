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
import io
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

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


@dataclass(frozen=True)
class CsvFile:
    """A CSV file whose rows are read one at a time, as often as needed (`rows()`), so a file
    of a million rows never sits in memory. `row_count` (data rows, blank ones left out) is
    counted when the file is opened; a line over MAX_LINE characters or a field over the csv
    module's limit refuses the file then, naming its row."""

    header: tuple[str, ...]
    header_row: int
    delimiter: str
    encoding: str
    row_count: int
    lines: Callable[[], Iterator[str]]  # the file's lines from the start, each time anew
    skip_first: bool  # the first line is Excel's `sep=` line

    def rows(self) -> Iterator[CsvRow]:
        for row in _records(self.lines(), self.delimiter, self.skip_first):
            if row.number > self.header_row:
                yield row


MAX_LINE = 1_000_000  # characters on one line: a table's row is never near this
FIELD_LIMIT = csv.field_size_limit()  # the csv module's own (131,072 characters)
READ_BYTES = 1 << 20


def read_csv(source: CsvSource) -> CsvTable:
    """The whole file as a table in memory (small files; imports use `open_csv`)."""
    file = open_csv(source)
    return CsvTable(file.header, file.header_row, tuple(file.rows()), file.delimiter, file.encoding)


def open_csv(source: CsvSource) -> CsvFile:
    """Decode, sniff the separator from the header line, count the rows; read them later.

    Raises ImportRefused for a file that cannot be read as a table (with the row to look at).
    """
    lines, encoding = source_lines(source)
    first_lines = lines()
    delimiter: str | None = None
    skip_first = False
    header_line: str | None = None
    for number, line in enumerate(first_lines):
        if number == 0 and (sep := SEP_LINE.fullmatch(line.strip("\r\n"))):
            # Excel's own directive line: it uses it and does not show it as a row.
            delimiter, skip_first = sep.group(1), True
            continue
        if line.strip():
            header_line = line
            break
    if header_line is None:
        raise ImportRefused(
            [(1, translate("CsvImport", "tiedosto on tyhjä: otsikkorivi puuttuu."))]
        )
    if delimiter is None:
        delimiter = sniff_delimiter(header_line)
    header: tuple[str, ...] | None = None
    header_row = 0
    count = 0
    for row in _records(lines(), delimiter, skip_first):
        if header is None:
            header, header_row = row.fields, row.number
        else:
            count += 1
    if header is None:  # only quotes and separators, e.g. a lone `"`: no header cell at all
        raise ImportRefused(
            [(1, translate("CsvImport", "tiedosto on tyhjä: otsikkorivi puuttuu."))]
        )
    return CsvFile(header, header_row, delimiter, encoding, count, lines, skip_first)


def _records(lines: Iterator[str], delimiter: str, skip_first: bool) -> Iterator[CsvRow]:
    """Non-blank records with Excel's row numbers (a quoted line break stays in its row)."""
    if skip_first:
        next(lines, None)
    reader = csv.reader(lines, delimiter=delimiter, quotechar='"', strict=False)
    number = 0
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error:
            raise ImportRefused(
                [(number + 1, translate(
                    "CsvImport", "rivillä on yli {limit} merkin kenttä: tarkista, että jokainen "
                    "lainausmerkki on suljettu ja erotin on oikea."
                ).format(limit=f"{FIELD_LIMIT:,}".replace(",", " ")))]
            ) from None  # fmt: skip
        number += 1
        fields = tuple(field.strip() for field in record)
        if any(fields):
            yield CsvRow(number, fields)


def source_lines(source: CsvSource) -> tuple[Callable[[], Iterator[str]], str]:
    """A way to read the source's lines from the start (again and again), and its encoding.

    A file is checked whole once (its encoding, and that it is text) and then read a line at a
    time; bytes and text given directly are in memory already.
    """
    if isinstance(source, bytes):
        text, encoding = decode(source)
        return _text_lines(text), encoding
    if isinstance(source, str) and ("\n" in source or "\r" in source):
        return _text_lines(source.removeprefix("\ufeff")), "UTF-8"
    path = Path(source)
    encoding = detect_encoding(path)
    codec = {"UTF-8": "utf-8-sig", "UTF-16": "utf-16", "Windows-1252": "cp1252"}[encoding]

    def lines() -> Iterator[str]:
        with path.open(encoding=codec, newline="") as stream:
            yield from _bounded_lines(stream)

    return lines, encoding


def _text_lines(text: str) -> Callable[[], Iterator[str]]:
    if "\x00" in text:
        raise _not_text()
    return lambda: _bounded_lines(io.StringIO(text, newline=""))


def _bounded_lines(stream: io.TextIOBase | TextIO) -> Iterator[str]:
    """The stream's lines, refusing one longer than MAX_LINE (a 50 MB line is no table row)."""
    number = 0
    while True:
        line = stream.readline(MAX_LINE + 1)
        if not line:
            return
        number += 1
        if len(line) > MAX_LINE:
            raise ImportRefused(
                [(number, translate(
                    "CsvImport", "rivi on yli {limit} merkkiä pitkä: tiedosto ei ole taulukko, "
                    "jonka rivit LeanBoard voi tuoda."
                ).format(limit=f"{MAX_LINE:,}".replace(",", " ")))]
            )  # fmt: skip
        yield line


def _not_text() -> ImportRefused:
    return ImportRefused(
        [(1, translate("CsvImport", "tiedosto ei ole tekstiä (CSV), vaan jotain muuta."))]
    )


def detect_encoding(path: Path) -> str:
    """The encoding of a file on disk, found reading it a megabyte at a time (the same rules as
    `decode`, which reads bytes in memory): "UTF-8", "UTF-16" or "Windows-1252"."""
    with path.open("rb") as stream:
        start = stream.read(4)
        if start.startswith(b"PK\x03\x04"):
            raise _xlsx()
        utf16 = start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        stream.seek(0)
        if utf16:
            decoder = codecs.getincrementaldecoder("utf-16")()
            try:
                for chunk in iter(lambda: stream.read(READ_BYTES), b""):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                raise ImportRefused(
                    [(1, translate("CsvImport", "tiedoston UTF-16-merkistö on rikki."))]
                ) from None
            return "UTF-16"
        utf8 = codecs.getincrementaldecoder("utf-8")()
        offset = lines = 0
        failed_at: int | None = None
        failed_row = 0
        utf8_sequences = False
        tail = b""
        for chunk in iter(lambda: stream.read(READ_BYTES), b""):
            if b"\x00" in chunk:
                raise _not_text()
            if UTF8_SEQUENCE.search(tail + chunk):
                utf8_sequences = True
            if failed_at is None:
                try:
                    utf8.decode(chunk)
                except UnicodeDecodeError as error:
                    at = max(error.start - len(utf8.getstate()[0]), 0)
                    failed_at = offset + at
                    failed_row = lines + chunk.count(b"\n", 0, at) + 1
            offset += len(chunk)
            lines += chunk.count(b"\n")
            tail = chunk[-1:]
        if failed_at is None:
            try:
                utf8.decode(b"", final=True)
                return "UTF-8"
            except UnicodeDecodeError:
                failed_at, failed_row = offset, lines + 1
        stream.seek(failed_at)
        byte = stream.read(1)
        if utf8_sequences:
            raise ImportRefused(
                [(failed_row, translate(
                    "CsvImport", "tiedosto ei ole kelvollista UTF-8-merkistöä (tavu {byte}, ja "
                    "tiedostossa on myös UTF-8-merkkejä): tallenna se uudelleen muodossa CSV UTF-8."
                ).format(byte=f"0x{byte[0]:02X}" if byte else "EOF"))]
            )  # fmt: skip
        stream.seek(0)
        offset = lines = 0
        for chunk in iter(lambda: stream.read(READ_BYTES), b""):
            try:
                chunk.decode("cp1252")
            except UnicodeDecodeError as error:
                raise ImportRefused(
                    [(lines + chunk.count(b"\n", 0, error.start) + 1, translate(
                        "CsvImport", "tiedoston merkistö ei ole UTF-8 eikä Windows-1252 (tavu "
                        "{byte}): tallenna se muodossa CSV UTF-8."
                    ).format(byte=f"0x{chunk[error.start]:02X}"))]
                ) from None  # fmt: skip
            lines += chunk.count(b"\n")
        return "Windows-1252"


def _xlsx() -> ImportRefused:
    return ImportRefused(
        [(1, translate("CsvImport", "tiedosto on Excel-työkirja (.xlsx), ei CSV: tallenna se "
                       "Excelissä muodossa ”CSV UTF-8 (pilkuin erotettu)”."))]
    )  # fmt: skip


def decode(data: bytes) -> tuple[str, str]:
    """The file's text and the name of the encoding it was read in (see the module docstring)."""
    if data.startswith(b"PK\x03\x04"):
        raise _xlsx()
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
    table: CsvTable | CsvFile,
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


def extra_fields_problem(table: CsvTable | CsvFile, row: CsvRow) -> str | None:
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
