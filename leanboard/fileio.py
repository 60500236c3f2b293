"""Writing a file so that a reader never sees half of it (no Qt, usable from every layer).

The data goes to a temporary file beside the target, is flushed to the disk, and then
replaces the target in one rename (os.replace is atomic on the same file system). A crash or
an error mid-write leaves the previous file whole and no temporary file behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, BinaryIO, TextIO, cast


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# Read once at import: os.umask can only be read by setting it, and setting it while a
# worker thread writes a PDF would give that thread's files the wrong mode.
UMASK = _read_umask()


@contextlib.contextmanager
def _replacing(path: Path, text: bool, private: bool) -> Iterator[IO[Any]]:
    path = path.expanduser()
    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        mode = "w" if text else "wb"
        encoding = "utf-8" if text else None
        newline = "\n" if text else None
        with os.fdopen(handle, mode, encoding=encoding, newline=newline) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        if not private:
            # mkstemp makes the file 0600; a report or a backup gets what open() would give.
            os.chmod(temporary, 0o666 & ~UMASK)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def replacing(path: Path, *, private: bool = False) -> Iterator[BinaryIO]:
    """A binary stream for the new content of `path`, which it replaces when the block ends
    without an error. `private` keeps the file readable by its owner only (a person's draft)."""
    with _replacing(path, False, private) as stream:
        yield cast(BinaryIO, stream)


@contextlib.contextmanager
def replacing_text(path: Path, *, private: bool = False) -> Iterator[TextIO]:
    """As `replacing`, for text: UTF-8 with "\\n" line ends on every system."""
    with _replacing(path, True, private) as stream:
        yield cast(TextIO, stream)


def write_atomically(path: Path, data: bytes | str, *, private: bool = False) -> Path:
    """Write `data` (text as UTF-8) to `path` whole or not at all; returns the path."""
    if isinstance(data, str):
        with replacing_text(path, private=private) as text:
            text.write(data)
    else:
        with replacing(path, private=private) as binary:
            binary.write(data)
    return path.expanduser()
