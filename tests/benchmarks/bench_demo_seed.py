"""Seed the large demo (200 team boards x 3 years) on SQLite and PostgreSQL; print the figures.

Not part of pytest (too slow). Run from the repository root:

    .venv/bin/python tests/benchmarks/bench_demo_seed.py [--scale large] [--sqlite-only]

PostgreSQL is used when LEANBOARD_TEST_DATABASE_URL is set; the run gets its own schema,
dropped afterwards.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

import sqlalchemy as sa

from leanboard.services.demo import DemoSummary, seed_demo
from leanboard.store.database import Database
from leanboard.store.engine import normalise_url
from leanboard.store.migrate import ensure_current


def run(url: str, scale: str) -> tuple[DemoSummary, float]:
    db = Database(url, actor="bench@demo")
    started = time.perf_counter()
    ensure_current(db.engine)
    migrated = time.perf_counter() - started
    try:
        return seed_demo(db, scale), migrated
    finally:
        db.dispose()


def report(label: str, summary: DemoSummary, migrated: float, extra: str = "") -> None:
    counts = {k: v for k, v in summary.as_dict().items() if isinstance(v, int)}
    rate = summary.total_rows / summary.seconds if summary.seconds else 0
    print(f"{label}: seeded {summary.total_rows:,} rows in {summary.seconds:.1f} s")
    print(f"  ({rate:,.0f} rows/s; migration {migrated:.1f} s){extra}")
    for name, count in counts.items():
        print(f"  {name:15} {count:>10,}")


def bench_sqlite(scale: str) -> float:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.db"
        summary, migrated = run(f"sqlite:///{path}", scale)
        size = path.stat().st_size  # dispose() checkpointed the WAL into the file
        wal = path.with_name(path.name + "-wal")
        wal_size = wal.stat().st_size if wal.exists() else 0
        report(
            "SQLite",
            summary,
            migrated,
            f"\n  file {size / 1e6:.1f} MB (WAL left {wal_size / 1e6:.1f} MB), "
            f"{size / summary.total_rows:.0f} bytes/row",
        )
        return summary.seconds


def bench_postgresql(base_url: str, scale: str) -> float:
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(normalise_url(base_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    separator = "&" if "?" in base_url else "?"
    try:
        summary, migrated = run(f"{base_url}{separator}options=-csearch_path%3D{schema}", scale)
        with admin.connect() as conn:
            size = conn.scalar(
                sa.text(
                    "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c "
                    "JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = :s AND c.relkind = 'r'"
                ),
                {"s": schema},
            )
        report("PostgreSQL", summary, migrated, f"\n  tables + indexes {int(size) / 1e6:.1f} MB")
        return summary.seconds
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="large", choices=["small", "large"])
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args()
    sqlite_seconds = bench_sqlite(args.scale)
    pg_url = os.environ.get("LEANBOARD_TEST_DATABASE_URL")
    if pg_url and not args.sqlite_only:
        pg_seconds = bench_postgresql(pg_url, args.scale)
        print(f"PostgreSQL / SQLite time ratio: {pg_seconds / sqlite_seconds:.2f}")
    else:
        print("PostgreSQL skipped (LEANBOARD_TEST_DATABASE_URL not set)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
