"""A writer killed with SIGKILL mid-stream: the SQLite file stays sound and keeps every write
that was acknowledged before the kill (WAL + synchronous=FULL, one transaction per action)."""

from __future__ import annotations

import signal
import sqlite3
import time
from pathlib import Path

from writer_procs import check_stored, prepare_target, read_acks, start_writers, wait_for_acks

from leanboard.services import open_services

ROUNDS = 3


def test_sigkill_mid_stream_keeps_the_file_sound_and_every_acknowledged_write(
    tmp_path: Path,
) -> None:
    path = tmp_path / "leanboard.db"
    url = f"sqlite:///{path}"
    target = prepare_target(url)
    logs = tmp_path / "logs"
    all_writers = []
    try:
        for round_ in range(ROUNDS):
            # Two writers that never stop on their own; each killed at a different moment,
            # so one of them is usually caught inside a transaction or its commit.
            writers = start_writers(target, 2, logs, seconds=0, first=2 * round_)
            all_writers.append(writers)
            for index, proc in enumerate(writers.procs):
                wait_for_acks(writers, index, at_least=20 + 7 * round_ + index)
                time.sleep(0.003 * index)  # land at another point of the write cycle
                proc.send_signal(signal.SIGKILL)
                proc.wait(timeout=30)
                assert proc.returncode == -signal.SIGKILL
    finally:
        for writers in all_writers:
            writers.stop()

    # Opened with nothing but sqlite3, as a repair tool would: the WAL is recovered first.
    check = sqlite3.connect(path)
    try:
        assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert check.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        check.close()

    all_acks = [read_acks(log) for writers in all_writers for log in writers.logs]
    assert all(acks.errors == [] for acks in all_acks)
    assert sum(acks.total for acks in all_acks) >= 2 * ROUNDS * 20
    services = open_services(url, actor="proof@check")
    try:
        check_stored(services, target, all_acks, in_flight=1)
        # Nothing the killed writers held (locks, a half-written WAL frame) blocks the next one.
        services.ideas.create_idea(target.board_id, "Kaatumisen jälkeen")
    finally:
        services.close()
