"""The one write path: the same checks for every writer, history, and a notification that no
writer can forget (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import time

import psycopg
import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from leanboard.domain.errors import ValidationError
from leanboard.services import Services
from leanboard.store.database import NOTIFY_CHANNEL, Database
from leanboard.store.models import Change, Huddle, Idea, MoodTally
from leanboard.store.watcher import ChangeWatcher
from leanboard.store.write_path import ChangeEntry, insert_rows, record_changes

CODE_TEXT = "Potilas 010594Y9032 kaatui"  # DVV's fictitious example identity code


@pytest.fixture
def board_id(database: Database) -> int:
    return Services(database).boards.create_board("OS1", "Osasto 1", "team").id


def count(db: Database, model: type) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_an_orm_write_is_checked_at_flush(database: Database, board_id: int) -> None:
    # A writer that skipped the services' own field checks still meets the write path's.
    def add(bad: dict[str, object]) -> None:
        database.write(lambda s: s.add(Idea(board_id=board_id, title="Idea", **bad)))

    with pytest.raises(ValidationError, match="henkilötunnus") as refused:
        add({"description": CODE_TEXT})
    assert refused.value.field == "description"
    with pytest.raises(ValidationError, match="tuntematon arvo") as refused:
        add({"state": "valmis"})
    assert refused.value.field == "state"
    with pytest.raises(ValidationError):
        database.write(
            lambda s: s.add(
                MoodTally(board_id=board_id, day=dt.date(2026, 12, 7), round=0, score=11, votes=1)
            )
        )
    assert count(database, Idea) == 0 and count(database, MoodTally) == 0


def test_a_bulk_write_is_checked_per_row(database: Database, board_id: int) -> None:
    table = Idea.__table__
    rows = [{"board_id": board_id, "title": f"Idea {n}"} for n in range(2500)]
    rows[2100]["title"] = CODE_TEXT  # in the third chunk: the first two went in already

    def write(s: Session) -> None:
        insert_rows(s, table, rows, history=lambda row, id_: None)  # type: ignore[arg-type]

    with pytest.raises(ValidationError, match="henkilötunnus"):
        database.write(write)
    assert count(database, Idea) == 0  # one transaction: nothing of it stayed


def test_a_bulk_writer_must_say_how_its_history_is_kept(database: Database) -> None:
    with pytest.raises(ValueError), database.read() as s:
        insert_rows(s, Idea.__table__, [], history=True)  # type: ignore[arg-type]


def test_bulk_history_rows_name_the_actor(database: Database, board_id: int) -> None:
    entries = [ChangeEntry("idea", n, "create", board_id, {"title": f"Idea {n}"}) for n in (1, 2)]
    database.write(lambda s: record_changes(s, entries))
    with database.read() as s:
        rows = s.execute(select(Change.actor, Change.entity_id, Change.details)).all()
    assert [tuple(r) for r in rows][-2:] == [
        ("test@pytest", 1, {"title": "Idea 1"}),
        ("test@pytest", 2, {"title": "Idea 2"}),
    ]


def test_any_write_notifies_the_other_screens(database: Database, board_id: int) -> None:
    # A Core statement and no history row at all: the other screens still hear of it
    # (PostgreSQL: a NOTIFY naming this schema with any transaction that wrote; SQLite:
    # PRAGMA data_version moves).
    if database.backend == "postgresql":
        _args, params = database.engine.dialect.create_connect_args(database.url)
        listener = psycopg.connect(**params, autocommit=True)
        listener.execute(f"LISTEN {NOTIFY_CHANNEL}")
        (schema,) = listener.execute("SELECT current_schema()").fetchone()  # type: ignore[misc]

        def announced() -> bool:  # other test runs share the server: theirs do not count
            return any(n.payload == schema for n in listener.notifies(timeout=0))

        close = listener.close
    else:
        watcher = ChangeWatcher(database)
        signal = watcher._signal  # what the UI's timer asks

        def announced() -> bool:
            return signal.changed(0)

        close = watcher.close
    try:
        huddle = {"board_id": board_id, "day": dt.date(2026, 12, 7), "attendance": 7,
                  "held_at": dt.datetime(2026, 12, 7, 6, 0)}  # fmt: skip
        database.write(lambda s: s.execute(insert(Huddle.__table__), [huddle]))
        deadline = time.monotonic() + 5
        while not announced():
            assert time.monotonic() < deadline, "the write was never announced"
            time.sleep(0.05)
    finally:
        close()


def test_a_screen_hears_its_own_schemas_changes_only(database: Database) -> None:
    if database.backend != "postgresql":
        pytest.skip("schemas and NOTIFY are PostgreSQL's")
    watcher = ChangeWatcher(database, fallback_interval=3600)  # only the notifications count
    signal = watcher._signal
    _args, params = database.engine.dialect.create_connect_args(database.url)
    try:
        with psycopg.connect(**params, autocommit=True) as other:
            (schema,) = other.execute("SELECT current_schema()").fetchone()  # type: ignore[misc]
            other.execute("SELECT pg_notify(%s, %s)", (NOTIFY_CHANNEL, f"{schema}_not_mine"))
            time.sleep(0.2)
            assert not signal.changed(0)
            other.execute("SELECT pg_notify(%s, %s)", (NOTIFY_CHANNEL, schema))
            deadline = time.monotonic() + 5
            while not signal.changed(0):
                assert time.monotonic() < deadline
                time.sleep(0.05)
    finally:
        watcher.close()
