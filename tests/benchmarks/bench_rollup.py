"""Roll-up benchmark: open the organisation's board with its roll-up, against the bare SQL.

    python tests/benchmarks/bench_rollup.py URL_OR_PATH [URL_OR_PATH ...] [--repeat N]
                                            [--today YYYY-MM-DD]

Give `leanboard demo --scale large` databases (a SQLite path and/or a PostgreSQL URL). For
each it times, median of N after one warm-up:

- snapshot: BoardViewService.snapshot of the organisation board, roll-up included (what the
  board view reads when it opens or refreshes);
- roll-up: RollupService.rollup alone;
- SQL floor: the very statements the snapshot sent (captured from SQLAlchemy's cursor
  events, parameters and all), run again straight through the driver's cursor and fetched.

`--today` reads the board as on that day (default: the real today). The roll-up reads this
week's mood, so a Monday reads one day of votes and a Friday five: give the demo's own last
day (`demo --scale large` as of it) for figures that compare from one run to the next.

Target: snapshot ≤ 0.5 s and within 3× the floor. Prints figures, not pass/fail.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import event

from leanboard.services import Services, open_services

TARGET_S = 0.5
TARGET_RATIO = 3.0


def median_time(action: Callable[[], object], repeat: int) -> float:
    action()  # warm caches and the connection pool
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def captured_statements(
    services: Services, board_id: int, today: dt.date | None = None
) -> list[tuple[str, Any]]:
    statements: list[tuple[str, Any]] = []

    def capture(_conn: object, _cur: object, statement: str, parameters: Any, *_: object) -> None:
        statements.append((statement, parameters))

    engine = services.db.engine
    event.listen(engine, "before_cursor_execute", capture)
    try:
        services.view.snapshot(board_id, today)
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    return statements


def sql_floor(services: Services, statements: list[tuple[str, Any]], repeat: int) -> float:
    raw = services.db.engine.raw_connection()
    try:

        def run() -> None:
            cursor = raw.cursor()
            for statement, parameters in statements:
                cursor.execute(statement, parameters)
                if cursor.description is not None:
                    cursor.fetchall()
            cursor.close()
            raw.rollback()

        return median_time(run, repeat)
    finally:
        raw.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("databases", nargs="+", help="path or URL of a large demo database")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None)
    args = parser.parse_args(argv)
    rows = []
    for given in args.databases:
        url = given if "://" in given else f"sqlite:///{Path(given).resolve()}"
        services = open_services(url)
        boards = services.boards.list_boards()
        org = next(b for b in boards if b.kind == "organisation")
        snapshot = median_time(partial(services.view.snapshot, org.id, args.today), args.repeat)
        rollup = median_time(partial(services.rollup.rollup, org.id, args.today), args.repeat)
        statements = captured_statements(services, org.id, args.today)
        floor = sql_floor(services, statements, args.repeat)
        backend = services.db.engine.dialect.name
        rows.append((backend, len(boards), snapshot, rollup, floor, len(statements)))
        services.close()

    print(
        f"{'backend':<11} {'boards':>6} {'snapshot s':>11} {'roll-up s':>10} "
        f"{'SQL floor s':>12} {'statements':>10} {'ratio':>6}  target"
    )
    for backend, n_boards, snapshot, rollup, floor, count in rows:
        ratio = snapshot / floor if floor else float("inf")
        met = snapshot <= TARGET_S and ratio <= TARGET_RATIO
        print(
            f"{backend:<11} {n_boards:>6} {snapshot:>11.3f} {rollup:>10.3f} {floor:>12.3f} "
            f"{count:>10} {ratio:>6.2f}  {'met' if met else 'MISSED'} "
            f"(≤ {TARGET_S} s, ≤ {TARGET_RATIO:.0f}× floor)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
