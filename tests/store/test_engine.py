"""Engine set-up and the unit of work: pragmas, write locks, the network-share guard,
optimistic locking and the retry of a transaction that met a transient error."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from leanboard.domain.errors import DatabaseUnavailable
from leanboard.store import engine as engine_module
from leanboard.store.database import Database
from leanboard.store.engine import (
    BUSY_TIMEOUT_MS,
    filesystem_type,
    is_network_path,
    make_engine,
    normalise_url,
)
from leanboard.store.migrate import ensure_current
from leanboard.store.models import Board, Change
from leanboard.store.write_path import record_change


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    db = Database(f"sqlite:///{tmp_path / 'leanboard.db'}", actor="test@pytest")
    ensure_current(db.engine)
    yield db
    db.dispose()


def change_count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(sa.select(sa.func.count()).select_from(Change)) or 0


# --- SQLite pragmas and locking ---------------------------------------------------------------


def test_sqlite_pragmas_are_set_on_every_connection(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'lb.db'}")
    try:
        # Two connections at once: the pool must open a second one, and it gets them too.
        with engine.connect() as first, engine.connect() as second:
            for conn in (first, second):
                pragma = conn.exec_driver_sql
                assert pragma("PRAGMA foreign_keys").scalar() == 1
                assert pragma("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_MS
                assert pragma("PRAGMA journal_mode").scalar() == "wal"
                assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
    finally:
        engine.dispose()


def test_sqlite_in_memory_gets_no_wal(tmp_path: Path) -> None:
    engine = make_engine("sqlite://")
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "memory"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()


def test_sqlite_refuses_a_row_pointing_at_no_board(sqlite_db: Database) -> None:
    def add_orphan(session: Session) -> None:
        session.execute(
            sa.text(
                "INSERT INTO mood_day (board_id, day, min_group, released_rounds)"
                " VALUES (999, '2026-11-24', 5, 0)"
            )
        )

    with pytest.raises(sa.exc.IntegrityError):
        sqlite_db.write(add_orphan)
    with sqlite_db.read() as session:
        assert session.scalar(sa.text("SELECT count(*) FROM mood_day")) == 0


def lock_is_free(path: Path) -> bool:
    """Whether another connection could take the write lock right now."""
    probe = sqlite3.connect(path, isolation_level=None, timeout=0)
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError as error:
        assert "locked" in str(error)
        return False
    finally:
        probe.close()


def test_a_write_transaction_holds_the_write_lock_from_its_start(
    sqlite_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "leanboard.db"
    seen: dict[str, bool] = {}

    def only_reads(session: Session) -> None:
        session.execute(sa.select(sa.func.count()).select_from(Change))
        seen["during write"] = lock_is_free(path)

    sqlite_db.write(only_reads)
    with sqlite_db.read() as session:
        session.execute(sa.select(sa.func.count()).select_from(Change))
        seen["during read"] = lock_is_free(path)

    assert seen == {"during write": False, "during read": True}


def test_concurrent_read_then_write_transactions_both_succeed(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'leanboard.db'}"
    ensure_current(make_engine(url))
    both_inside = threading.Barrier(2, timeout=5)
    errors: list[BaseException] = []

    def read_then_write(session: Session) -> None:
        # Without BEGIN IMMEDIATE both would hold a read snapshot here and the second writer
        # would fail at once with "database is locked" (SQLite skips the busy handler).
        before = session.scalar(sa.select(sa.func.count()).select_from(Change))
        record_change(session, "idea", None, "create", board_id=None, details={"saw": before})

    def screen() -> None:
        db = Database(url)  # its own engine, as another screen would have
        try:
            with db.read():
                both_inside.wait()
            db.write(read_then_write, retries=0)  # a retry would hide a lock error
        except BaseException as error:
            errors.append(error)
        finally:
            db.dispose()

    threads = [threading.Thread(target=screen) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)

    assert errors == []
    db = Database(url)
    with db.read() as session:
        saw = sorted(c.details["saw"] for c in session.scalars(sa.select(Change)))
    db.dispose()
    assert saw == [0, 1]  # one after the other, each seeing the other's committed row


# --- The network-share guard ------------------------------------------------------------------

MOUNTS = r"""/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
fileserver:/export/leanboard /mnt/share nfs4 rw,relatime,vers=4.2 0 0
/dev/sdb1 /mnt/share/local ext4 rw,relatime 0 0
//nas/tiimit /mnt/Tiimin\040taulu cifs rw,relatime,vers=3.1.1 0 0
user@host:/data /home/hoitaja/etä fuse.sshfs rw,nosuid,nodev 0 0
"""


@pytest.mark.parametrize(
    ("path", "fstype", "network"),
    [
        ("/mnt/share/leanboard.db", "nfs4", True),
        ("/mnt/share/osasto/leanboard.db", "nfs4", True),
        ("/mnt/share/local/leanboard.db", "ext4", False),  # the longest mount point wins
        ("/mnt/shared/leanboard.db", "ext4", False),  # a name prefix is not a mount
        ("/mnt/Tiimin taulu/leanboard.db", "cifs", True),  # \040 is a space
        ("/home/hoitaja/etä/leanboard.db", "fuse.sshfs", True),
        ("/home/hoitaja/leanboard.db", "ext4", False),
    ],
)
def test_filesystem_type_from_mounts_text(path: str, fstype: str, network: bool) -> None:
    assert filesystem_type(Path(path), MOUNTS) == fstype
    assert is_network_path(Path(path), MOUNTS) is network


def test_unknown_mounts_are_not_called_network() -> None:
    assert filesystem_type(Path("/srv/lb.db"), "") is None
    assert is_network_path(Path("/srv/lb.db"), "") is False


def test_a_database_file_on_a_network_share_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    share = tmp_path.resolve() / "share"
    mounts = f"/dev/sda1 / ext4 rw 0 0\nnas:/vol {share} nfs rw 0 0\n"
    monkeypatch.setattr(engine_module, "read_mounts", lambda: mounts)

    with pytest.raises(DatabaseUnavailable, match=r"verkkolevyllä.*PostgreSQL"):
        make_engine(f"sqlite:///{share / 'leanboard.db'}")
    assert not share.exists()  # refused before anything was created
    make_engine(f"sqlite:///{tmp_path / 'local.db'}").dispose()  # a local disk is fine


def test_the_real_mount_table_calls_this_disk_local(tmp_path: Path) -> None:
    if not os.path.exists("/proc/mounts"):
        pytest.skip("no /proc/mounts here")
    assert filesystem_type(tmp_path.resolve()) is not None
    assert is_network_path(tmp_path.resolve()) is False


# --- Optimistic locking -----------------------------------------------------------------------


def test_second_save_of_a_stale_board_is_refused(database: Database) -> None:
    board_id = database.write(lambda s: add_board(s, "TUU-AKUUTTI"))
    with (
        Session(database.engine, expire_on_commit=False) as first,
        Session(database.engine, expire_on_commit=False) as second,
    ):
        mine = first.get_one(Board, board_id)
        theirs = second.get_one(Board, board_id)
        first.commit()  # end the reading transactions; each edit is a user action of its own
        second.commit()

        mine.name = "Akuutti, 1. krs"
        first.commit()
        theirs.name = "Akuutti, 2. krs"
        with pytest.raises(StaleDataError):
            second.commit()

    with database.read() as session:
        stored = session.get_one(Board, board_id)
        assert (stored.name, stored.version) == ("Akuutti, 1. krs", 2)


def add_board(session: Session, code: str) -> int:
    board = Board(code=code, name="Akuutti", kind="unit")
    session.add(board)
    session.flush()
    return board.id


# --- Retries and an unreachable server --------------------------------------------------------


def test_write_runs_the_action_again_after_a_transient_error(database: Database) -> None:
    attempts: list[int] = []

    def action(session: Session) -> str:
        attempts.append(1)
        record_change(session, "idea", 1, "create", board_id=1)
        session.flush()
        if len(attempts) == 1:
            # What a lock wait that ran out looks like when it reaches SQLAlchemy.
            raise OperationalError("INSERT", {}, sqlite3.OperationalError("database is locked"))
        return "tallennettu"

    assert database.write(action) == "tallennettu"
    assert len(attempts) == 2
    assert change_count(database) == 1  # the first attempt was rolled back, not kept


def test_write_survives_its_connection_being_killed(pg_schema_url: str) -> None:
    database = Database(pg_schema_url)
    ensure_current(database.engine)
    admin_url = os.environ["LEANBOARD_TEST_DATABASE_URL"]
    admin = sa.create_engine(normalise_url(admin_url), isolation_level="AUTOCOMMIT")
    attempts: list[int] = []

    def action(session: Session) -> None:
        attempts.append(1)
        if len(attempts) == 1:
            pid = session.scalar(sa.text("SELECT pg_backend_pid()"))
            with admin.connect() as conn:
                conn.execute(sa.text("SELECT pg_terminate_backend(:p, 5000)"), {"p": pid})
        record_change(session, "problem", 2, "update", board_id=1)

    try:
        database.write(action)
        assert len(attempts) == 2
        assert change_count(database) == 1
    finally:
        admin.dispose()
        database.dispose()


def test_a_dead_server_becomes_database_unavailable_in_finnish() -> None:
    # Port 1 on this host: nothing listens, so the connection is refused as by a server that
    # is down.
    db = Database("postgresql://leanboard:leanboard@127.0.0.1:1/leanboard")
    try:
        with pytest.raises(DatabaseUnavailable, match=r"^Tietokantaan ei saada yhteyttä \("):
            db.write(lambda s: record_change(s, "idea", 1, "create", board_id=1), retries=1)
        with (
            pytest.raises(DatabaseUnavailable, match=r"^Tietokantaan ei saada yhteyttä"),
            db.read() as session,
        ):
            session.execute(sa.text("SELECT 1"))
    finally:
        db.dispose()
