"""Seconds to validate and import a 50,000-row KPI file on SQLite and PostgreSQL; print them.

Not part of pytest. Run from the repository root:

    .venv/bin/python tests/benchmarks/bench_imports.py [--rows 50000] [--sqlite-only]

The file: 50 team boards × 4 weekly measures × 250 weeks (`;`, decimal commas, BOM), as an HR
or phone system would export years of history at once. Three runs per database: the first
import (all inserts), the same file again (all unchanged: nothing written), and the file with
every value changed (all updates). For scale, the per-value path a dialog uses
(`measures.upsert_value`, three statements per value) is timed on 2,000 values in one
transaction and extrapolated. PostgreSQL is used when LEANBOARD_TEST_DATABASE_URL is set; the
run gets its own schema, dropped afterwards.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import sys
import tempfile
import time
import uuid
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from leanboard.domain.enums import Frequency
from leanboard.domain.periods import period_of
from leanboard.services import Services
from leanboard.services.imports import ImportSummary
from leanboard.services.measures import upsert_value
from leanboard.store.database import Database
from leanboard.store.engine import normalise_url
from leanboard.store.migrate import ensure_current
from leanboard.store.models import Measure

BOARDS = 50
MEASURES = ("Tavoitettavuus", "Hoitajakäyntien osuus", "Sairauspoissaolot", "Palautteisiin")
FIRST_WEEK = dt.date(2021, 1, 4)


def build_org(services: Services) -> list[str]:
    org = services.boards.create_board("KY", "Kuntayhtymä", "organisation")
    codes = []
    for i in range(BOARDS):
        team = services.boards.create_board(f"T{i:03d}", f"Tiimi {i}", "team", parent_id=org.id)
        for name in MEASURES:
            services.measures.create_measure(team.id, name, unit="%", target=90, decimals=1)
        codes.append(team.code)
    return codes


def kpi_file(codes: list[str], rows: int, shift: float) -> bytes:
    weeks = max(1, rows // (len(codes) * len(MEASURES)))
    lines = ["board;measure;period;value"]
    for code in codes:
        for m, name in enumerate(MEASURES):
            for w in range(weeks):
                year, week, _ = (FIRST_WEEK + dt.timedelta(weeks=w)).isocalendar()
                value = f"{50 + (w * 7 + m * 3) % 50 + shift:.1f}".replace(".", ",")
                lines.append(f"{code};{name};{year}-W{week:02d};{value}")
    return ("\ufeff" + "\r\n".join(lines[: rows + 1]) + "\r\n").encode()


def timed_import(services: Services, data: bytes) -> tuple[ImportSummary, float, float]:
    """(summary, seconds to validate, seconds in total)."""
    rows = data.count(b"\n") - 1
    validated: list[float] = []
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if done >= rows and not validated:
            validated.append(time.perf_counter() - started)

    summary = services.imports.import_kpi(data, progress=progress)
    return summary, validated[0], time.perf_counter() - started


def per_value_baseline(services: Services, values: int = 2000) -> float:
    """Seconds per value through measures.upsert_value, all in one transaction."""

    def action(s: Session) -> None:
        measure = s.scalars(sa.select(Measure).order_by(Measure.id)).first()
        assert measure is not None
        for w in range(values):
            slot = period_of(dt.date(1990, 1, 1) + dt.timedelta(weeks=w), Frequency.WEEK)
            upsert_value(s, measure, measure.board_id, slot, float(w), source="import")

    started = time.perf_counter()
    services.db.write(action)
    return (time.perf_counter() - started) / values


def bench(label: str, url: str, rows: int) -> None:
    db = Database(url, actor="bench@imports")
    ensure_current(db.engine)
    services = Services(db)
    try:
        codes = build_org(services)
        first = kpi_file(codes, rows, 0.0)
        changed = kpi_file(codes, rows, 0.5)
        print(f"{label}: {rows:,} rows ({len(first) / 1e6:.1f} MB), {BOARDS} boards")
        for name, data in (
            ("first import", first),
            ("same again", first),
            ("all changed", changed),
        ):
            summary, validate, total = timed_import(services, data)
            print(
                f"  {name:13} validate {validate:5.2f} s, total {total:5.2f} s "
                f"({summary.values / total:,.0f} rows/s; inserted {summary.inserted:,}, "
                f"updated {summary.updated:,}, unchanged {summary.unchanged:,})"
            )
        per_value = per_value_baseline(services)
        print(
            f"  per-value path (upsert_value): {per_value * 1000:.2f} ms/value → "
            f"{per_value * rows:.1f} s for {rows:,} values"
        )
    finally:
        db.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        bench("SQLite", f"sqlite:///{Path(folder) / 'bench.db'}", args.rows)
    pg = os.environ.get("LEANBOARD_TEST_DATABASE_URL")
    if pg and not args.sqlite_only:
        schema = f"bench_{uuid.uuid4().hex[:10]}"
        admin = sa.create_engine(normalise_url(pg), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
        separator = "&" if "?" in pg else "?"
        try:
            bench("PostgreSQL", f"{pg}{separator}options=-csearch_path%3D{schema}", args.rows)
        finally:
            with admin.connect() as conn:
                conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
            admin.dispose()
    elif not args.sqlite_only:
        print("PostgreSQL: skipped (LEANBOARD_TEST_DATABASE_URL not set)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of the process: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
