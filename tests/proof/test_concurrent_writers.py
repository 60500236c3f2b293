"""Several screens saving at once: every acknowledged write is stored, once, and no lock error
reaches anyone. Real processes through the real services, on SQLite and on PostgreSQL."""

from __future__ import annotations

import threading
from pathlib import Path

import psycopg
import pytest
from writer_procs import check_stored, prepare_target, start_writers

from leanboard.domain.errors import ConflictError
from leanboard.services import ideas as ideas_module
from leanboard.services import open_services

WRITERS = 4
SECONDS = 5.0


def test_concurrent_writers_lose_nothing_and_double_nothing(db_url: str, tmp_path: Path) -> None:
    target = prepare_target(db_url)
    writers = start_writers(target, WRITERS, tmp_path / "logs", SECONDS)
    try:
        writers.wait(timeout=SECONDS + 120)
    finally:
        writers.stop()
    all_acks = writers.acks()
    errors = [error for acks in all_acks for error in acks.errors]
    # Any exception at all fails: "database is locked" above all, but also a unique-key race.
    assert errors == []
    assert all(proc.returncode == 0 for proc in writers.procs)
    services = open_services(db_url, actor="proof@check")
    try:
        counts = check_stored(services, target, all_acks)
    finally:
        services.close()
    # The run really wrote concurrently: every writer got every kind of write through.
    for acks in all_acks:
        assert acks.ideas and acks.events and acks.moods and acks.values and acks.hot
    print(f"{db_url.split(':')[0]}: {counts}")


def test_an_edit_racing_another_save_is_a_conflict_not_a_crash(
    pg_schema_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL (READ COMMITTED): a save lands between this edit's version check and its
    UPDATE. The edit must end as the ConflictError the user is shown, not a StaleDataError."""
    this_pc = open_services(pg_schema_url, actor="a@pc")
    other_pc = open_services(pg_schema_url, actor="b@pc")
    try:
        board = this_pc.boards.create_board("OS1", "Osasto 1", "team")
        idea = this_pc.ideas.create_idea(board.id, "Alkuperäinen")
        checked, go_on = threading.Event(), threading.Event()
        real_check = ideas_module.check_version

        def check_then_wait(*args: object) -> None:
            real_check(*args)  # type: ignore[arg-type]
            if not checked.is_set():  # only the first run of this PC's edit waits
                checked.set()
                assert go_on.wait(30)

        monkeypatch.setattr(ideas_module, "check_version", check_then_wait)
        outcome: list[BaseException | object] = []

        def edit() -> None:
            try:
                outcome.append(this_pc.ideas.update_idea(idea.id, idea.version, title="Tämä PC"))
            except BaseException as error:
                outcome.append(error)

        thread = threading.Thread(target=edit)
        thread.start()
        assert checked.wait(30)
        monkeypatch.setattr(ideas_module, "check_version", real_check)  # the other PC: as is
        other_pc.ideas.update_idea(idea.id, idea.version, title="Toinen PC")
        go_on.set()
        thread.join(30)
        assert len(outcome) == 1
        error = outcome[0]
        assert isinstance(error, ConflictError), error
        assert error.current["title"] == "Toinen PC"  # shown beside the user's own text
        assert this_pc.ideas.get(idea.id).title == "Toinen PC"
    finally:
        this_pc.close()
        other_pc.close()


@pytest.mark.parametrize("committed", [True, False], ids=["reply-lost", "commit-lost"])
def test_a_commit_whose_acknowledgement_was_lost_is_not_written_twice(
    pg_schema_url: str, monkeypatch: pytest.MonkeyPatch, committed: bool
) -> None:
    """The server commits, then the link drops before the client hears it. Database.write
    retries on a dropped link; rerunning a committed transaction would store a second idea.
    When the link drops before the server commits, the rerun must store it (once).

    (SQLite commits in-process: a COMMIT that fails there has not committed, so this is a
    PostgreSQL-only hazard.)"""
    services = open_services(pg_schema_url, actor="a@pc")
    try:
        board = services.boards.create_board("OS1", "Osasto 1", "team")
        dialect = services.db.engine.dialect
        real_commit = dialect.do_commit
        lost = []

        def commit_then_lose_the_reply(dbapi_connection: object) -> None:
            if committed or lost:
                real_commit(dbapi_connection)
            if not lost:
                lost.append(True)
                raise psycopg.OperationalError("server closed the connection unexpectedly")

        monkeypatch.setattr(dialect, "do_commit", commit_then_lose_the_reply)
        idea = services.ideas.create_idea(board.id, "Vain kerran")
        assert lost == [True]
        monkeypatch.setattr(dialect, "do_commit", real_commit)
        titles = [i.title for i in services.ideas.list_ideas(board.id)]
        assert titles == ["Vain kerran"]
        assert services.ideas.get(idea.id).title == "Vain kerran"
    finally:
        services.close()
