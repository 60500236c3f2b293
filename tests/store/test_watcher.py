"""The change watcher sees other screens' writes, survives an outage and catches up after it."""

from __future__ import annotations

import datetime as dt
import os
import select
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from leanboard.store.database import Database
from leanboard.store.engine import normalise_url
from leanboard.store.migrate import ensure_current
from leanboard.store.models import Change
from leanboard.store.watcher import ChangeEvent, ChangeWatcher
from leanboard.store.write_path import record_change


def add_change(db: Database, board_id: int = 7, entity: str = "idea", entity_id: int = 3) -> None:
    db.write(lambda s: record_change(s, entity, entity_id, "create", board_id=board_id))


def poll_when_notified(watcher: ChangeWatcher, within: float = 5.0) -> list[ChangeEvent]:
    """Poll as the UI does on PostgreSQL: whenever the listening socket turns readable, until
    the changes come (other test runs on the server notify the same channel for their own
    schemas: those wake the socket too, and the watcher rightly finds nothing of its own)."""
    deadline = time.monotonic() + within
    while True:
        fileno = watcher.fileno()
        if fileno is not None:
            select.select([fileno], [], [], max(0.0, deadline - time.monotonic()))
        else:
            time.sleep(0.02)  # SQLite: the UI's timer
        events = watcher.poll()
        if events or time.monotonic() >= deadline:
            return events


def with_query(url: str, **params: str) -> str:
    return make_url(url).update_query_dict(params).render_as_string(hide_password=False)


class Recorder:
    """Subscriber for both kinds of callback, keeping what it was told."""

    def __init__(self, watcher: ChangeWatcher) -> None:
        self.changes: list[list[ChangeEvent]] = []
        self.statuses: list[tuple[bool, dt.datetime | None]] = []
        watcher.subscribe(self.changes.append)
        watcher.subscribe_status(lambda online, since: self.statuses.append((online, since)))


@pytest.fixture
def pg_admin() -> Iterator[sa.Engine]:
    url = os.environ.get("LEANBOARD_TEST_DATABASE_URL")
    if not url:
        pytest.skip("LEANBOARD_TEST_DATABASE_URL not set")
    engine = sa.create_engine(normalise_url(url), isolation_level="AUTOCOMMIT")
    yield engine
    engine.dispose()


@pytest.fixture
def pg_database(pg_schema_url: str) -> Iterator[Database]:
    db = Database(pg_schema_url, actor="test@pytest")
    ensure_current(db.engine)
    yield db
    db.dispose()


def test_sees_a_write_made_through_another_database_object(database: Database, db_url: str) -> None:
    watcher = ChangeWatcher(database)
    seen = Recorder(watcher)
    other = Database(db_url, actor="other@screen2")
    try:
        assert watcher.poll() == []
        add_change(other, board_id=42, entity="problem", entity_id=9)
        events = poll_when_notified(watcher)
    finally:
        other.dispose()
        watcher.close()

    assert [(e.board_id, e.entity, e.entity_id, e.action) for e in events] == [
        (42, "problem", 9, "create")
    ]
    assert seen.changes == [events]
    assert watcher.last_change_id == events[0].id
    assert seen.statuses == []  # it never went offline


def test_nothing_is_seen_when_nothing_changed(database: Database) -> None:
    watcher = ChangeWatcher(database)
    seen = Recorder(watcher)
    try:
        for _ in range(3):
            assert watcher.poll() == []
    finally:
        watcher.close()
    assert seen.changes == []
    assert seen.statuses == []


def test_starts_from_the_newest_change_without_replaying_history(database: Database) -> None:
    add_change(database)
    add_change(database)
    with database.read() as session:
        newest = session.scalar(sa.select(sa.func.max(Change.id)))

    watcher = ChangeWatcher(database)
    try:
        assert watcher.last_change_id == newest
        assert watcher.poll() == []
        add_change(database, entity="a3_report")  # the watcher's own process counts too
        assert [e.entity for e in poll_when_notified(watcher)] == ["a3_report"]
    finally:
        watcher.close()


def test_several_changes_arrive_together_oldest_first(database: Database, db_url: str) -> None:
    watcher = ChangeWatcher(database)
    other = Database(db_url)
    try:
        for entity_id in (1, 2, 3):
            add_change(other, entity_id=entity_id)
        events = poll_when_notified(watcher)
    finally:
        other.dispose()
        watcher.close()
    assert [e.entity_id for e in events] == [1, 2, 3]
    assert [e.id for e in events] == sorted(e.id for e in events)


def test_sqlite_goes_offline_when_the_folder_vanishes_and_catches_up(tmp_path: Path) -> None:
    folder = tmp_path / "share"
    away = tmp_path / "share-unmounted"
    db = Database(f"sqlite:///{folder / 'leanboard.db'}")
    ensure_current(db.engine)
    watcher = ChangeWatcher(db)
    seen = Recorder(watcher)
    try:
        folder.rename(away)  # as when a network drive or USB disk drops out
        assert watcher.poll() == []
        assert watcher.poll() == []
        assert not watcher.online
        assert len(seen.statuses) == 1
        online, since = seen.statuses[0]
        assert online is False
        assert isinstance(since, dt.datetime) and since == watcher.offline_since

        # Someone who still reaches the file writes meanwhile.
        elsewhere = Database(f"sqlite:///{away / 'leanboard.db'}")
        add_change(elsewhere, board_id=5, entity="safety_event")
        elsewhere.dispose()

        away.rename(folder)
        events = watcher.poll()
    finally:
        watcher.close()
        db.dispose()

    assert [(e.board_id, e.entity) for e in events] == [(5, "safety_event")]
    assert seen.statuses[1] == (True, None)
    assert watcher.online and watcher.offline_since is None
    assert seen.changes == [events]


def test_sqlite_watcher_never_creates_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "leanboard.db"
    db = Database(f"sqlite:///{path}")
    ensure_current(db.engine)
    watcher = ChangeWatcher(db)
    try:
        moved = path.rename(tmp_path / "moved.db")
        assert watcher.poll() == []
        assert not watcher.online
        assert not path.exists()
        moved.rename(path)
        watcher.poll()
        assert watcher.online
    finally:
        watcher.close()
        db.dispose()


TERMINATE_ROLE = sa.text(
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :r"
)


def wait_until_gone(admin: sa.Engine, where: str, params: dict[str, str]) -> None:
    deadline = time.monotonic() + 10
    with admin.connect() as conn:
        while conn.scalar(sa.text(f"SELECT count(*) FROM pg_stat_activity WHERE {where}"), params):
            assert time.monotonic() < deadline, "backend did not end"
            time.sleep(0.05)


def test_postgres_exposes_the_listening_socket(pg_database: Database) -> None:
    watcher = ChangeWatcher(pg_database)
    try:
        fileno = watcher.fileno()
        assert isinstance(fileno, int) and fileno >= 0
    finally:
        watcher.close()
    assert watcher.fileno() is None


def test_postgres_reconnects_after_its_listener_is_killed(
    pg_database: Database, pg_schema_url: str, pg_admin: sa.Engine
) -> None:
    name = f"lbw-{uuid.uuid4().hex[:10]}"
    # The application name marks this watcher's own backend among other tests' connections.
    watched = Database(with_query(pg_schema_url, application_name=name))
    watcher = ChangeWatcher(watched, fallback_interval=0)
    seen = Recorder(watcher)
    try:
        with pg_admin.connect() as conn:
            killed = conn.scalar(
                sa.text(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                    " WHERE application_name = :n"
                ),
                {"n": name},
            )
        assert killed == 1
        wait_until_gone(pg_admin, "application_name = :n", {"n": name})
        add_change(pg_database, board_id=11, entity="idea")  # its NOTIFY reaches nobody

        events = watcher.poll()
        with pg_admin.connect() as conn:
            listening = conn.scalar(
                sa.text("SELECT count(*) FROM pg_stat_activity WHERE application_name = :n"),
                {"n": name},
            )
    finally:
        watcher.close()
        watched.dispose()

    assert [(e.board_id, e.entity) for e in events] == [(11, "idea")]
    assert listening == 1
    assert seen.statuses == []  # a dropped link with the server up is not an outage


def test_postgres_offline_while_login_is_refused_then_catches_up(
    pg_database: Database, pg_schema_url: str, pg_admin: sa.Engine
) -> None:
    role = f"lbw_{uuid.uuid4().hex[:10]}"
    with pg_database.read() as session:
        schema = session.scalar(sa.text("SELECT current_schema()"))
    with pg_admin.connect() as conn:
        conn.execute(sa.text(f"CREATE ROLE {role} LOGIN PASSWORD 'pw'"))
        conn.execute(sa.text(f"GRANT USAGE ON SCHEMA {schema} TO {role}"))
        conn.execute(sa.text(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}"))
    url = make_url(pg_schema_url).set(username=role, password="pw")
    # A role of its own lets this test cut one watcher off without touching other sessions.
    watched = Database(url.render_as_string(hide_password=False))
    watcher = ChangeWatcher(watched, fallback_interval=0)
    seen = Recorder(watcher)
    try:
        with pg_admin.connect() as conn:
            conn.execute(sa.text(f"ALTER ROLE {role} NOLOGIN"))
            conn.execute(TERMINATE_ROLE, {"r": role})
        wait_until_gone(pg_admin, "usename = :r", {"r": role})

        assert watcher.poll() == []
        assert not watcher.online
        assert watcher.fileno() is None  # the UI drops its socket notifier meanwhile
        add_change(pg_database, board_id=3, entity="problem", entity_id=8)
        assert watcher.poll() == []
        assert len(seen.statuses) == 1
        online, since = seen.statuses[0]
        assert online is False and isinstance(since, dt.datetime)

        with pg_admin.connect() as conn:
            conn.execute(sa.text(f"ALTER ROLE {role} LOGIN"))
        events = watcher.poll()
        assert watcher.fileno() is not None
    finally:
        watcher.close()
        watched.dispose()
        with pg_admin.connect() as conn:
            conn.execute(TERMINATE_ROLE, {"r": role})
            conn.execute(sa.text(f"DROP OWNED BY {role}"))
            conn.execute(sa.text(f"DROP ROLE {role}"))

    assert [(e.board_id, e.entity, e.entity_id) for e in events] == [(3, "problem", 8)]
    assert seen.statuses[1] == (True, None)
    assert seen.changes == [events]


def test_postgres_fallback_finds_a_change_whose_notification_never_came(
    pg_database: Database,
) -> None:
    quiet = ChangeWatcher(pg_database, fallback_interval=3600)
    checking = ChangeWatcher(pg_database, fallback_interval=0)
    try:
        # Written without NOTIFY, as by a tool that bypasses Database.write.
        with pg_database.engine.begin() as conn:
            conn.execute(sa.insert(Change).values(entity="idea", action="create", details={}))
        assert quiet.poll() == []
        assert [e.entity for e in checking.poll()] == ["idea"]
    finally:
        quiet.close()
        checking.close()


def test_postgres_an_earlier_id_committed_later_is_not_lost(pg_database: Database) -> None:
    # PostgreSQL hands out ids at insert time: a slow transaction can commit an id lower than
    # one the watcher has already seen.
    watcher = ChangeWatcher(pg_database)
    insert = sa.insert(Change).values(entity="idea", action="create", details={})
    slow = pg_database.engine.connect()
    try:
        slow_tx = slow.begin()
        slow.execute(insert.values(entity_id=1))
        add_change(pg_database, entity_id=2)
        assert [e.entity_id for e in poll_when_notified(watcher)] == [2]

        slow.execute(sa.text("SELECT pg_notify('leanboard_changes', current_schema())"))
        slow_tx.commit()
        assert [e.entity_id for e in poll_when_notified(watcher)] == [1]
        assert watcher.poll() == []
    finally:
        slow.close()
        watcher.close()


# --- mood votes: no change row, still seen -----------------------------------------------------


def test_a_vote_is_seen_as_its_board_only_without_a_change_row(
    database: Database, db_url: str
) -> None:
    """A vote writes no history row (its id would line it up with the next row, a prompted
    idea). The watcher still learns which board's mood moved: one event, no id, no time,
    no count, after the poll's change rows whatever the order the writes came in."""
    from leanboard.services import Services

    today = dt.date(2026, 11, 25)
    here = Services(database)
    board = here.boards.create_board("OS1", "Osasto 1", "team").id
    other_board = here.boards.create_board("OS2", "Osasto 2", "team").id
    watcher = ChangeWatcher(database, today=lambda: today)
    other = Database(db_url, actor="wall@osasto1")
    try:
        there = Services(other)
        with database.read() as s:
            before = s.scalar(sa.select(sa.func.max(Change.id)))
        there.mood.record_mood_vote(board, 3, today)  # a vote, then at once a prompted idea
        there.ideas.create_idea(board, "Lisää istumapaikkoja", origin="mood_prompt")
        there.mood.record_mood_vote(board, 9, today)
        events = poll_when_notified(watcher)
        with database.read() as s:
            new_rows = s.execute(sa.select(Change.entity).where(Change.id > before)).all()
        assert [tuple(r) for r in new_rows] == [("idea",)]  # the idea's; none for the votes
        assert [(e.id is None, e.board_id, e.entity) for e in events] == [
            (False, board, "idea"),
            (True, board, "mood_tally"),  # one for both votes, after the change rows
        ]
        assert events[1].entity_id is None and events[1].action == "vote"
        # Another board's vote names that board; a poll with nothing new says nothing.
        there.mood.record_mood_vote(other_board, 7, today)
        assert [(e.board_id, e.entity) for e in poll_when_notified(watcher)] == [
            (other_board, "mood_tally")
        ]
        assert watcher.poll() == []
        # The leader's release is an act with a history row of its own.
        for score in (5, 6, 8):
            there.mood.record_mood_vote(board, score, today)
        there.mood.release_day(board, today)
        seen = [(e.board_id, e.entity, e.action) for e in poll_when_notified(watcher)]
        assert seen == [(board, "mood_day", "release"), (board, "mood_tally", "vote")]
    finally:
        other.dispose()
        watcher.close()


def test_postgres_fallback_finds_a_vote_whose_notification_never_came(
    pg_database: Database,
) -> None:
    from leanboard.services import Services

    today = dt.date(2026, 11, 25)
    board = Services(pg_database).boards.create_board("OS1", "Osasto 1", "team").id
    checking = ChangeWatcher(pg_database, fallback_interval=0, today=lambda: today)
    try:
        checking.poll()
        # Counted without NOTIFY, as by a tool that bypasses Database.write.
        with pg_database.engine.begin() as conn:
            conn.execute(
                sa.text(
                    "INSERT INTO mood_day (board_id, day, min_group, released_rounds) "
                    "VALUES (:b, :d, 5, 0)"
                ),
                {"b": board, "d": today},
            )
            conn.execute(
                sa.text(
                    'INSERT INTO mood_tally (board_id, day, "round", score, votes) '
                    "VALUES (:b, :d, 0, 4, 1)"
                ),
                {"b": board, "d": today},
            )
        assert [(e.board_id, e.entity) for e in checking.poll()] == [(board, "mood_tally")]
    finally:
        checking.close()
