"""A file given as the SQLite database is checked when it is opened: an empty file is not made
into a new database, a file that is not SQLite is refused, and a damaged one (PRAGMA
quick_check) is named damaged before anything reads or writes it further."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from leanboard.domain.errors import DatabaseDamaged
from leanboard.services import open_services


def damaged_database(path: Path) -> None:
    """A LeanBoard database with one of its huddle pages overwritten, as a failing disk or a
    copy cut short leaves it: the schema revision still reads, the huddles do not."""
    services = open_services(f"sqlite:///{path}", actor="test@pytest")
    board = services.boards.create_board("OS1", "Osasto 1", "team")

    def huddles(session: object) -> None:
        from leanboard.store.models import Huddle

        session.add_all(  # type: ignore[attr-defined]
            Huddle(
                board_id=board.id, day=dt.date(2018, 1, 1) + dt.timedelta(days=n), attendance=n % 11
            )
            for n in range(3000)  # one a day: the database allows no more
        )

    services.db.write(huddles)
    services.close()  # the last connection folds the write-ahead log into the file
    with contextlib.closing(sqlite3.connect(path)) as conn:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        leaves = [
            page
            for (page,) in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = 'huddle' AND pagetype = 'leaf'"
            )
        ]
    with path.open("r+b") as stream:
        stream.seek((leaves[len(leaves) // 2] - 1) * size + 8)
        stream.write(b"\xff" * 200)


def test_an_empty_file_is_not_made_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "leanboard.db"
    path.touch()
    with pytest.raises(DatabaseDamaged) as refused:
        open_services(f"sqlite:///{path}")
    assert "0 tavua" in str(refused.value) and str(path) in str(refused.value)
    assert path.stat().st_size == 0  # left exactly as it was


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "leanboard.db"
    path.write_text('{"format": "leanboard-data"}', encoding="utf-8")  # an export, say
    with pytest.raises(DatabaseDamaged, match="ei ole SQLite-tietokanta"):
        open_services(f"sqlite:///{path}")
    assert path.read_text(encoding="utf-8") == '{"format": "leanboard-data"}'


def test_a_new_database_file_is_never_empty(tmp_path: Path) -> None:
    # Created with its header at once, so an empty file always means something went wrong.
    path = tmp_path / "new" / "leanboard.db"
    services = open_services(f"sqlite:///{path}", migrate=False)
    services.close()
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    open_services(f"sqlite:///{path}").close()  # and it opens again as a database


def test_a_damaged_database_is_named_damaged_and_never_written(tmp_path: Path) -> None:
    path = tmp_path / "leanboard.db"
    damaged_database(path)
    before = path.read_bytes()
    # The check runs beside the start-up (it reads every page): opening does not wait for it,
    # a write does, and every read after its verdict says so too.
    services = open_services(f"sqlite:///{path}")
    try:
        with pytest.raises(DatabaseDamaged) as refused:
            services.mood.record_mood_vote(1, 7)
        message = str(refused.value)
        assert "vioittunut" in message and str(path) in message and "page" in message
        with pytest.raises(DatabaseDamaged):
            services.boards.list_boards()
        with pytest.raises(DatabaseDamaged):
            services.db.check_integrity()
    finally:
        services.close()
    assert path.read_bytes() == before


def test_a_sound_database_passes_the_check(tmp_path: Path) -> None:
    path = tmp_path / "leanboard.db"
    open_services(f"sqlite:///{path}").close()
    services = open_services(f"sqlite:///{path}")
    try:
        services.db.check_integrity()
        services.boards.create_board("OS1", "Osasto 1", "team")
    finally:
        services.close()


WRITER = """
import sys
from leanboard.services import open_services
services = open_services(sys.argv[1], actor="toinen@pc", migrate=False)
for line in sys.stdin:
    services.mood.record_mood_vote(int(sys.argv[2]), 7)
    print("ok", flush=True)
"""


def test_opening_the_file_again_keeps_other_processes_writes_visible(tmp_path: Path) -> None:
    # Opening a second Database on a file this process has open must not touch the file but
    # through SQLite: a plain open()/close() drops every POSIX lock the process holds on it,
    # and another process's connection may then take itself for the last one and delete the
    # write-ahead log this process still reads (the board would never see that PC's votes).
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'board.db'}"
    here = open_services(url, actor="seina@osasto")
    board = here.boards.create_board("OS1", "Osasto 1", "team")
    assert here.mood.summary(board.id).today.figure.count == 0  # a connection is open here
    again = open_services(url, actor="seina@osasto")  # a second Database on the same file
    other = subprocess.Popen(
        [sys.executable, "-c", WRITER, url, str(board.id)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert other.stdin is not None and other.stdout is not None
        for votes in (1, 2):
            other.stdin.write("vote\n")
            other.stdin.flush()
            assert other.stdout.readline().strip() == "ok"
            assert here.mood.summary(board.id).today.figure.count == votes
            assert again.mood.summary(board.id).today.figure.count == votes
    finally:
        if other.stdin is not None:
            other.stdin.close()
        other.wait(timeout=30)
        here.close()
        again.close()
