"""A write that fails names its cause, stores nothing, and works again once the cause is gone.

Real conditions, not mocks: a filesystem of a megabyte or two filled up (tmpfs, and a
PostgreSQL tablespace on one), a folder mounted read-only (or, for a user who is not root, a
file without write permission), a database locked by another connection past the busy limit,
a PostgreSQL session that may only read. Mounting needs root: those tests skip elsewhere.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from leanboard.domain.errors import (
    DatabaseBusy,
    DatabaseUnavailable,
    DiskFull,
    LeanBoardError,
    StorageError,
    WriteDenied,
)
from leanboard.services import Services, open_services
from leanboard.store.database import Database
from leanboard.store.engine import make_engine, normalise_url
from leanboard.store.migrate import ensure_current

CANNOT_CONNECT = "ei saada yhteyttä"


def mount(*args: str) -> bool:
    try:
        done = subprocess.run(["mount", *args], capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def unmount(path: Path) -> None:
    subprocess.run(["umount", str(path)], capture_output=True, timeout=30)


@contextlib.contextmanager
def tiny_filesystem(path: Path, size: str) -> Iterator[Path]:
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)):
        pytest.skip("mounting a small filesystem needs root")
    try:
        yield path
    finally:
        unmount(path)


def fill(folder: Path) -> Path:
    """Write zeros into `folder` until the filesystem says it is full."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as stream, contextlib.suppress(OSError):
        while True:
            stream.write(b"\0" * 4096)
    return filler


def idea_titles(services: Services, board_id: int) -> list[str]:
    return [i.title for i in services.ideas.list_ideas(board_id)]


def test_the_causes_are_storage_errors_and_busy_is_still_unavailable() -> None:
    # Callers that catch DatabaseUnavailable (the offline banner) still catch a busy database;
    # disk full and read-only are not "cannot connect".
    assert issubclass(DatabaseBusy, DatabaseUnavailable)
    for cause in (DiskFull, WriteDenied, DatabaseUnavailable):
        assert issubclass(cause, StorageError) and issubclass(cause, LeanBoardError)
    assert not issubclass(DiskFull, DatabaseUnavailable)
    assert not issubclass(WriteDenied, DatabaseUnavailable)


def test_disk_full_on_sqlite(tmp_path: Path) -> None:
    with tiny_filesystem(tmp_path / "tiny", "2m") as folder:
        services = open_services(f"sqlite:///{folder / 'board.db'}", actor="test@pytest")
        try:
            board = services.boards.create_board("OS1", "Osasto 1", "team")
            services.ideas.create_idea(board.id, "Ennen")
            # An empty write-ahead log: the next write needs new room on the disk.
            with contextlib.closing(sqlite3.connect(folder / "board.db")) as conn:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            filler = fill(folder)

            with pytest.raises(DiskFull) as refused:
                services.ideas.create_idea(board.id, "Levy täynnä", description="x" * 2000)
            message = str(refused.value)
            assert "Levy on täynnä" in message and str(folder / "board.db") in message
            assert CANNOT_CONNECT not in message

            filler.unlink()  # room again: the same write goes through, once
            services.ideas.create_idea(board.id, "Levy täynnä", description="x" * 2000)
            assert sorted(idea_titles(services, board.id)) == ["Ennen", "Levy täynnä"]
        finally:
            services.close()
        with contextlib.closing(sqlite3.connect(folder / "board.db")) as conn:
            assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)


def test_disk_full_on_postgresql(pg_schema_url: str) -> None:
    # A tablespace on a tiny filesystem holds the idea table; PostgreSQL says 53100. The
    # server's own user must reach the folder, so it is not under pytest's private tmp_path.
    space = f"ts_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(normalise_url(pg_schema_url), isolation_level="AUTOCOMMIT")
    mount_point = Path(tempfile.mkdtemp(prefix="leanboard-pgspace-"))
    with tiny_filesystem(mount_point, "1m") as folder:
        subprocess.run(["chown", "postgres:postgres", str(folder)], check=True)
        services = open_services(pg_schema_url, actor="test@pytest")
        try:
            board = services.boards.create_board("OS1", "Osasto 1", "team")
            with admin.connect() as conn:
                conn.execute(sa.text(f"CREATE TABLESPACE {space} LOCATION '{folder}'"))
                conn.execute(sa.text(f"ALTER TABLE idea SET TABLESPACE {space}"))
            filler = fill(folder)

            with pytest.raises(DiskFull) as refused:
                services.ideas.create_idea(board.id, "Levy täynnä")
            assert "Levy on täynnä" in str(refused.value)
            assert CANNOT_CONNECT not in str(refused.value)
            assert idea_titles(services, board.id) == []

            filler.unlink()
            services.ideas.create_idea(board.id, "Levy täynnä")
            assert idea_titles(services, board.id) == ["Levy täynnä"]
        finally:
            services.close()
            with admin.connect() as conn:
                conn.execute(sa.text("DROP TABLE IF EXISTS idea CASCADE"))
                conn.execute(sa.text(f"DROP TABLESPACE IF EXISTS {space}"))
            admin.dispose()
    mount_point.rmdir()


def test_a_read_only_database_file_refuses_writes_by_name(tmp_path: Path) -> None:
    writable = tmp_path / "rw"
    writable.mkdir()
    writer = open_services(f"sqlite:///{writable / 'board.db'}", actor="test@pytest")
    board = writer.boards.create_board("OS1", "Osasto 1", "team")
    writer.ideas.create_idea(board.id, "Ennen")
    read_only = tmp_path / "ro"
    read_only.mkdir()
    mounted = os.geteuid() == 0 and mount("--bind", str(writable), str(read_only))
    if mounted:  # root may write any file: only a read-only mount stops it
        assert mount("-o", "remount,bind,ro", str(read_only))
        path = read_only / "board.db"
    else:
        (writable / "board.db").chmod(0o444)
        path = writable / "board.db"
    try:
        reader = open_services(f"sqlite:///{path}", actor="test@pytest")
        try:
            assert idea_titles(reader, board.id) == ["Ennen"]  # reading works
            with pytest.raises(WriteDenied) as refused:
                reader.ideas.create_idea(board.id, "Vain luku")
            assert "kirjoitusoikeutta" in str(refused.value) and str(path) in str(refused.value)
            assert CANNOT_CONNECT not in str(refused.value)
        finally:
            reader.close()
        assert idea_titles(writer, board.id) == ["Ennen"]
    finally:
        writer.close()
        if mounted:
            unmount(read_only)


def test_a_read_only_postgresql_session_refuses_writes_by_name(pg_schema_url: str) -> None:
    migrated = open_services(pg_schema_url, actor="test@pytest")
    board = migrated.boards.create_board("OS1", "Osasto 1", "team")
    # Like a hot standby, or a server set read-only by its administrator (SQLSTATE 25006).
    read_only_url = pg_schema_url + "%20-cdefault_transaction_read_only%3Don"
    reader = open_services(read_only_url, actor="test@pytest", migrate=False)
    try:
        with pytest.raises(WriteDenied) as refused:
            reader.ideas.create_idea(board.id, "Vain luku")
        assert "kirjoitusoikeutta" in str(refused.value)
        assert idea_titles(migrated, board.id) == []
    finally:
        reader.close()
        migrated.close()


@pytest.fixture
def impatient(db_url: str) -> Iterator[Services]:
    """Services that wait 0.2 s for a lock and retry once, instead of 15 s and five times."""
    db = Database(db_url, actor="test@pytest", engine=make_engine(db_url, busy_timeout_ms=200))
    db.retry_delays = (0.05,)
    ensure_current(db.engine)
    yield Services(db)
    db.dispose()


def test_locked_past_the_busy_limit(impatient: Services, db_url: str) -> None:
    board = impatient.boards.create_board("OS1", "Osasto 1", "team")
    if impatient.db.backend == "sqlite":
        holder = sqlite3.connect(impatient.db.place, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # another screen's long write holds the lock

        def release() -> None:
            holder.execute("ROLLBACK")
            holder.close()
    else:
        engine = sa.create_engine(normalise_url(db_url))
        conn = engine.connect()
        conn.execute(sa.text("LOCK TABLE mood_day IN EXCLUSIVE MODE"))

        def release() -> None:
            conn.rollback()
            conn.close()
            engine.dispose()

    try:
        with pytest.raises(DatabaseBusy) as refused:
            impatient.mood.record_mood_vote(board.id, 7)
        assert "varattu" in str(refused.value)
    finally:
        release()
    impatient.mood.record_mood_vote(board.id, 7)
    assert impatient.mood.summary(board.id).today.figure.count == 1  # once, not twice
