"""What row-level security costs: the same work as the owner (no policy applies) and as a login
whose every row is checked by access_may(); print the seconds and the ratio.

Not part of pytest. Needs PostgreSQL (LEANBOARD_TEST_DATABASE_URL, a superuser: the run
creates a schema and a login role and drops both afterwards). From the repository root:

    .venv/bin/python tests/benchmarks/bench_access.py [--rows 10000] [--repeat 3]

Measured: importing a KPI file (one INSERT per value, each checked against the leader's board
and every board above it) and reading a team board's snapshot (every SELECT through the
policies; the board's has_pin through board_pin). Each figure is the median of --repeat runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import secrets
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from leanboard.services import Services, open_services
from leanboard.store.engine import normalise_url

TEAMS = 20


def median_seconds(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def kpi_csv(folder: Path, codes: list[str], rows: int, first: dt.date, name: str) -> Path:
    days = max(1, rows // len(codes))
    lines = ["board,measure,period,value"]
    for code in codes:
        for d in range(days):
            lines.append(f"{code},Kaatumiset,{first + dt.timedelta(days=d)},{d % 7}")
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    url = os.environ.get("LEANBOARD_TEST_DATABASE_URL")
    if not url:
        print("LEANBOARD_TEST_DATABASE_URL is not set", file=sys.stderr)
        return 1
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    login, password = f"lb_bench_{uuid.uuid4().hex[:8]}", secrets.token_urlsafe(16)
    admin = sa.create_engine(normalise_url(url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
        conn.exec_driver_sql(f"CREATE ROLE {login} LOGIN PASSWORD '{password}'")
    separator = "&" if "?" in url else "?"
    owner_url = f"{url}{separator}options=-csearch_path%3D{schema}"
    owner: Services | None = None
    leader: Services | None = None
    try:
        owner = open_services(owner_url)
        org = owner.boards.create_board("KY", "Kuntayhtymä", "organisation")
        area = owner.boards.create_board("PA", "Palvelualue", "area", parent_id=org.id)
        unit = owner.boards.create_board("YKS", "Yksikkö", "unit", parent_id=area.id)
        codes = []
        for i in range(TEAMS):
            team = owner.boards.create_board(f"T{i:02d}", f"Tiimi {i}", "team", parent_id=unit.id)
            owner.measures.create_measure(team.id, "Kaatumiset", frequency="day")
            codes.append(team.code)
        owner.access.setup()
        owner.access.grant(login, "leader", "PA")  # two tiers above the teams it writes
        leader_url = make_url(owner_url).set(username=login, password=password)
        leader = open_services(leader_url.render_as_string(hide_password=False))

        folder = Path(tempfile.mkdtemp())
        runs = iter(range(1000))

        def import_as(services: Services) -> Callable[[], object]:
            def work() -> object:
                # A new stretch of days each run: every value an INSERT.
                first = dt.date(2000, 1, 1) + dt.timedelta(days=3000 * next(runs))
                path = kpi_csv(folder, codes, args.rows, first, f"kpi-{uuid.uuid4().hex}.csv")
                return services.imports.import_kpi(path)

            return work

        team_id = owner.boards.by_code(codes[0]).id
        today = dt.date(2026, 11, 25)
        figures = {
            "import-kpi": (
                median_seconds(import_as(owner), args.repeat),
                median_seconds(import_as(leader), args.repeat),
            ),
            "board snapshot": (
                median_seconds(lambda: owner.view.snapshot(team_id, today), args.repeat * 5),
                median_seconds(lambda: leader.view.snapshot(team_id, today), args.repeat * 5),
            ),
        }
        print(f"PostgreSQL, {TEAMS} team boards, import of {args.rows} values; median of runs")
        print(f"{'figure':<16} {'owner (no RLS)':>15} {'leader (RLS)':>13} {'ratio':>6}")
        for name, (plain, checked) in figures.items():
            print(f"{name:<16} {plain:>14.3f}s {checked:>12.3f}s {checked / plain:>5.2f}×")
        return 0
    finally:
        for services in (leader, owner):
            if services is not None:
                services.close()
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
            conn.exec_driver_sql(
                f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{login}'"
            )
            conn.exec_driver_sql(f"DROP ROLE {login}")
        admin.dispose()


if __name__ == "__main__":
    sys.exit(main())
