"""Writing a file so that a reader never sees half of it (no Qt, usable from every layer).

The data goes to a temporary file beside the target, is flushed to the disk, and then
replaces the target in one rename (os.replace is atomic on the same file system). A crash or
an error mid-write leaves the previous file whole and no temporary file behind.

What is written is private to the user (0600): exports hold a whole organisation's boards,
drafts one person's unsaved text. Only a regular file is ever replaced: a rename would put an
ordinary file in place of a device (`-o /dev/null` run as root), a FIFO or a symlink, so the
target is refused instead and left as it was.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, BinaryIO, TextIO, cast

from leanboard.domain.errors import LeanBoardError
from leanboard.i18n import QT_TRANSLATE_NOOP, translate


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# Read once at import: os.umask can only be read by setting it, and setting it while a
# worker thread writes a PDF would give that thread's files the wrong mode.
UMASK = _read_umask()


class NotARegularFile(LeanBoardError):
    """The target exists and is something else than a regular file: nothing was written."""


KINDS = (
    (stat.S_ISLNK, QT_TRANSLATE_NOOP("Files", "symbolinen linkki")),
    (stat.S_ISDIR, QT_TRANSLATE_NOOP("Files", "kansio")),
    (stat.S_ISFIFO, QT_TRANSLATE_NOOP("Files", "nimetty putki (FIFO)")),
    (stat.S_ISCHR, QT_TRANSLATE_NOOP("Files", "laite")),
    (stat.S_ISBLK, QT_TRANSLATE_NOOP("Files", "laite")),
    (stat.S_ISSOCK, QT_TRANSLATE_NOOP("Files", "pistoke (socket)")),
)


def check_replaceable(path: Path) -> None:
    """Refuse a target that exists and is not a regular file (a symlink is refused too, even
    to a regular file: what it points at is not the user's choice of a file name)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISREG(mode):
        return
    kind = next((word for test, word in KINDS if test(mode)), QT_TRANSLATE_NOOP("Files", "muu"))
    raise NotARegularFile(
        translate(
            "Files",
            "{path} ei ole tavallinen tiedosto vaan {kind}: sen tilalle ei kirjoiteta. "
            "Anna toinen tiedostonimi.",
        ).format(path=path, kind=translate("Files", kind))
    )


def private_folder(path: Path) -> Path:
    """Create `path` and any missing folders above it; each folder created here is the user's
    alone (0700). Folders that exist are left as they are."""
    path = path.expanduser()
    missing: list[Path] = []
    folder = path
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
    return path


@contextlib.contextmanager
def _replacing(path: Path, text: bool, private: bool) -> Iterator[IO[Any]]:
    path = path.expanduser()
    check_replaceable(path)
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
            # mkstemp makes the file 0600; a file meant for others gets what open() would give.
            os.chmod(temporary, 0o666 & ~UMASK)
        check_replaceable(path)  # again: the target may have changed while this was written
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def replacing(path: Path, *, private: bool = True) -> Iterator[BinaryIO]:
    """A binary stream for the new content of `path`, which it replaces when the block ends
    without an error. The file is readable by its owner only unless `private` is False."""
    with _replacing(path, False, private) as stream:
        yield cast(BinaryIO, stream)


@contextlib.contextmanager
def replacing_text(path: Path, *, private: bool = True) -> Iterator[TextIO]:
    """As `replacing`, for text: UTF-8 with "\\n" line ends on every system."""
    with _replacing(path, True, private) as stream:
        yield cast(TextIO, stream)


def write_atomically(path: Path, data: bytes | str, *, private: bool = True) -> Path:
    """Write `data` (text as UTF-8) to `path` whole or not at all; returns the path."""
    if isinstance(data, str):
        with replacing_text(path, private=private) as text:
            text.write(data)
    else:
        with replacing(path, private=private) as binary:
            binary.write(data)
    return path.expanduser()
