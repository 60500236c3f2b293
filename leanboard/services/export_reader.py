"""An export file (export-data's JSON) read a row at a time, so its size never fills memory.

The export of the large demo is hundreds of megabytes; `json.load` of it built 1.4 GB of
Python objects before the first row was checked. `ExportFile` walks the file's top-level
object itself and hands out one value at a time through `json.JSONDecoder.raw_decode` on a
buffer refilled as needed, so memory holds a row, not the file. Any layout of whitespace is
read (one row a line as export-data writes it, or pretty-printed). What is not JSON is refused
with the line and column, a value nested too deeply (which would exhaust Python's recursion)
and a single value over MAX_VALUE characters are refused by name.

`ExportData` gives the same events for an export already in memory (a dict), so the import's
checks are written once for both.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from leanboard.domain.errors import LeanBoardError
from leanboard.i18n import translate

READ_CHARS = 1 << 20  # text read per refill
MAX_VALUE = 64 << 20  # characters of one value (a row, or a header value)
_WHITESPACE = " \t\n\r"


@dataclass(frozen=True)
class Event:
    """A header entry (`name`, `value`), or a table (`name`, `rows`: its rows one at a time,
    or None when the file holds something else than a list there)."""

    kind: str  # "header" or "table"
    name: str
    value: Any = None
    rows: Iterator[Any] | None = None


class ExportSource(Protocol):
    def events(self) -> Iterator[Event]:
        """The file's top level in order. Each table's rows must be read before the next
        event is asked for. Raises LeanBoardError when the file cannot be read as JSON."""
        ...


class ExportData:
    """An export already in memory (tests, small files)."""

    def __init__(self, data: object) -> None:
        self.data = data

    def events(self) -> Iterator[Event]:
        if not isinstance(self.data, Mapping):
            yield Event("header", "", self.data)  # not an object: the header check says so
            return
        for key, value in self.data.items():
            if key == "tables" and isinstance(value, Mapping):
                yield Event("header", "tables", {})
                for name, rows in value.items():
                    yield Event(
                        "table", str(name), rows=iter(rows) if isinstance(rows, list) else None
                    )
            else:
                yield Event("header", str(key), value)


class ExportFile:
    """An export file on disk, read a value at a time. `digest` (after a full read of
    `events()`) is the SHA-256 of the file's bytes, to notice a file changed between reads."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.digest: str | None = None

    def events(self) -> Iterator[Event]:
        try:
            stream = self.path.open("rb")
        except FileNotFoundError:
            raise LeanBoardError(
                translate("DataIo", "Tiedostoa {path} ei löydy.").format(path=self.path)
            ) from None
        except OSError as error:
            raise self._unreadable(error) from None
        with stream:
            yield from _Walker(self, stream).walk()

    def _unreadable(self, error: OSError) -> LeanBoardError:
        return LeanBoardError(
            translate("DataIo", "Tiedostoa {path} ei voi lukea: {reason}.").format(
                path=self.path, reason=error.strerror
            )
        )


class _Walker:
    def __init__(self, source: ExportFile, stream: Any) -> None:
        self.source = source
        self.stream = stream
        self.hash = hashlib.sha256()
        self.decoder = json.JSONDecoder()
        self.text_decoder = _utf8_decoder()
        self.buf = ""
        self.pos = 0
        self.lines_before = 0  # line breaks in the text dropped from the front of buf
        self.eof = False

    # --- reading -----------------------------------------------------------------------------

    def _more(self) -> bool:
        if self.eof:
            return False
        try:
            chunk = self.stream.read(READ_CHARS)
        except OSError as error:
            raise self.source._unreadable(error) from None
        self.hash.update(chunk)
        try:
            text = self.text_decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError:
            raise LeanBoardError(
                translate("DataIo", "Tiedosto {path} ei ole UTF-8-tekstiä.").format(
                    path=self.source.path
                )
            ) from None
        if not chunk:
            self.eof = True
            self.source.digest = self.hash.hexdigest()
        # Drop what has been read: memory holds the value being read, not the file.
        self.lines_before += self.buf.count("\n", 0, self.pos)
        self.buf = self.buf[self.pos :] + text
        self.pos = 0
        return True

    def _skip(self) -> str:
        """The next character that is not whitespace ('' at the end), not consumed."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in _WHITESPACE:
                self.pos += 1
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._more():
                return ""

    def _expect(self, wanted: str) -> None:
        if self._skip() != wanted:
            raise self._not_json()

    def _value(self) -> Any:
        while True:
            self._skip()
            try:
                value, end = self.decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as error:
                if self._grow():
                    continue
                raise self._not_json(error.pos) from None
            except RecursionError:
                raise LeanBoardError(
                    translate(
                        "DataIo",
                        "Tiedosto {path} ei ole LeanBoardin vientitiedosto: arvot on sisäkkäin "
                        "liian syvällä (rivi {line}).",
                    ).format(path=self.source.path, line=self._line(self.pos))
                ) from None
            if end >= len(self.buf) and self._grow():
                continue  # a number at the end of the buffer may go on in the next chunk
            self.pos = end
            return value

    def _grow(self) -> bool:
        """Read on, unless the value being read is already too long to be a row."""
        if len(self.buf) - self.pos > MAX_VALUE:
            raise LeanBoardError(
                translate(
                    "DataIo",
                    "Tiedosto {path} ei ole LeanBoardin vientitiedosto: yksi arvo on yli "
                    "{size} merkkiä pitkä (rivi {line}).",
                ).format(path=self.source.path, size=MAX_VALUE, line=self._line(self.pos))
            )
        return self._more()

    def _line(self, pos: int) -> int:
        return self.lines_before + self.buf.count("\n", 0, pos) + 1

    def _not_json(self, pos: int | None = None) -> LeanBoardError:
        at = self.pos if pos is None else pos
        line = self._line(at)
        column = at - (self.buf.rfind("\n", 0, at) + 1) + 1
        return LeanBoardError(
            translate(
                "DataIo",
                "Tiedosto {path} ei ole kelvollista JSONia (rivi {line}, "
                "sarake {column}): tiedosto on rikki tai katkennut.",
            ).format(path=self.source.path, line=line, column=column)
        )

    # --- the structure -----------------------------------------------------------------------

    def _members(self) -> Iterator[str]:
        """Keys of the object whose '{' was just consumed; the caller reads each value."""
        if self._skip() == "}":
            self.pos += 1
            return
        while True:
            if self._skip() != '"':
                raise self._not_json()
            key = self._value()
            self._expect(":")
            self.pos += 1
            yield key
            following = self._skip()
            self.pos += 1
            if following == "}":
                return
            if following != ",":
                self.pos -= 1
                raise self._not_json()

    def _rows(self) -> Iterator[Any]:
        """The values of the list whose '[' was just consumed."""
        if self._skip() == "]":
            self.pos += 1
            return
        while True:
            yield self._value()
            following = self._skip()
            self.pos += 1
            if following == "]":
                return
            if following != ",":
                self.pos -= 1
                raise self._not_json()

    def walk(self) -> Iterator[Event]:
        first = self._skip()
        if first != "{":
            # Not an object: read it whole (it is no export), so the header check can say so.
            value = self._value() if first else None
            yield Event("header", "", value)
            return
        self.pos += 1
        for key in self._members():
            if key == "tables" and self._skip() == "{":
                self.pos += 1
                yield Event("header", "tables", {})
                for name in self._members():
                    if self._skip() == "[":
                        self.pos += 1
                        rows = self._rows()
                        yield Event("table", name, rows=rows)
                        for _ in rows:  # whatever the consumer left unread
                            pass
                    else:
                        self._value()
                        yield Event("table", name, rows=None)
            else:
                yield Event("header", key, self._value())
        if self._skip() != "":
            raise self._not_json()


def _utf8_decoder() -> Any:
    import codecs

    return codecs.getincrementaldecoder("utf-8-sig")()
