"""Peak memory and time of the two large imports, each in a child process of its own; print them.

Not part of pytest. Run from the repository root:

    .venv/bin/python tests/benchmarks/bench_large_imports.py [--rows 1000000] [--sqlite-only]
        [--skip-data]

1. `leanboard import-kpi` of a KPI file of `--rows` rows (default 1,000,000: 250 team boards ×
   4 daily measures × 1,000 days, `;`, decimal commas, BOM, CRLF; 33 MB) into a database that
   holds those boards and measures and no values.
2. `leanboard import-data` of the export of the large demo (244 boards, 3 years; 1.6 M rows,
   175 MB of JSON) into an empty database. The demo is the one run_all.py caches
   (/tmp/leanboard-bench/large.db, or in LEANBOARD_BENCH_CACHE; seeded once), its export
   kept beside it.

Each import runs as `python -m leanboard …` in a child process; its peak memory is that child's
RSS high-water mark (os.wait4's ru_maxrss), its time the child's wall-clock time from start to
exit (Python's own start included, ~0.3 s). The KPI target is ≤ 300 MB (issue 12). PostgreSQL
is used when LEANBOARD_TEST_DATABASE_URL is set; each run gets its own schema, dropped after.
The last line is the figures as JSON, for run_all.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa

from leanboard.services import open_services
from leanboard.store.engine import normalise_url

CACHE = Path(os.environ.get("LEANBOARD_BENCH_CACHE", "/tmp/leanboard-bench"))
MEASURES = 4
DAYS = 1000
FIRST_DAY = dt.date(2023, 1, 1)


def child(*argv: str) -> tuple[float, float, str]:
    """(seconds, peak RSS in MB, the last line it printed) of `python -m leanboard argv`."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "leanboard", *argv], stdout=out, stderr=err)
        _pid, status, usage = os.wait4(proc.pid, 0)  # this child's own high-water mark
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        out.seek(0)
        err.seek(0)
        printed = (out.read() + err.read()).strip()
    if proc.returncode != 0:
        raise SystemExit(f"leanboard {' '.join(argv)} failed:\n{printed}")
    return seconds, usage.ru_maxrss / 1024, printed.splitlines()[-1] if printed else ""


@contextmanager
def database(backend: str, folder: Path, name: str) -> Iterator[str]:
    """An empty database URL: a SQLite file in `folder`, or a PostgreSQL schema of its own."""
    if backend == "sqlite":
        yield f"sqlite:///{folder / f'{name}.db'}"
        return
    base = os.environ["LEANBOARD_TEST_DATABASE_URL"]
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(normalise_url(base), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    separator = "&" if "?" in base else "?"
    try:
        yield f"{base}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def kpi_setup(url: str, rows: int, path: Path) -> int:
    """Boards and daily measures for `rows` values, and the file; returns the rows written."""
    boards = max(1, rows // (MEASURES * DAYS))
    services = open_services(url, actor="bench@kpi")
    try:
        org = services.boards.create_board("KY", "Kuntayhtymä", "organisation")
        codes = []
        for b in range(boards):
            team = services.boards.create_board(f"T{b:04d}", f"Tiimi {b}", "team", org.id)
            for m in range(MEASURES):
                services.measures.create_measure(team.id, f"Mittari {m}", frequency="day")
            codes.append(team.code)
    finally:
        services.close()
    written = 0
    with path.open("w", encoding="utf-8", newline="") as stream:
        stream.write("\ufeffboard;measure;period;value\r\n")
        for code in codes:
            for m in range(MEASURES):
                for d in range(DAYS):
                    day = FIRST_DAY + dt.timedelta(days=d)
                    stream.write(f"{code};Mittari {m};{day};{(d * 7 + m) % 50},5\r\n")
                    written += 1
    return written


def large_export() -> Path:
    """The large demo's export file, made once from run_all.py's cached SQLite database."""
    CACHE.mkdir(exist_ok=True)
    source, export = CACHE / "large.db", CACHE / "large.json"
    if not source.exists():
        print("seeding the large demo (once) …", file=sys.stderr)
        child("--database", f"sqlite:///{source}", "demo", "--scale", "large")
    if not export.exists() or export.stat().st_mtime < source.stat().st_mtime:
        child("--database", f"sqlite:///{source}", "export-data", "-o", str(export))
    return export


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--sqlite-only", action="store_true")
    parser.add_argument("--skip-data", action="store_true", help="only the KPI import")
    args = parser.parse_args()
    backends = ["sqlite"]
    if os.environ.get("LEANBOARD_TEST_DATABASE_URL") and not args.sqlite_only:
        backends.append("postgresql")
    figures: dict[str, dict[str, float]] = {}
    export = None if args.skip_data else large_export()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        csv_path = folder / "kpi.csv"
        for backend in backends:
            found = figures.setdefault(backend, {})
            with database(backend, folder, "kpi") as url:
                rows = kpi_setup(url, args.rows, csv_path)
                seconds, peak, line = child("--database", url, "import-kpi", str(csv_path))
                size = csv_path.stat().st_size / 1e6
                print(f"{backend:10} import-kpi  {rows:,} rows ({size:.0f} MB): "
                      f"{seconds:6.1f} s, peak {peak:5.0f} MB  [{line}]")  # fmt: skip
                found.update(kpi_seconds=seconds, kpi_peak_mb=peak, kpi_rows=rows)
            if export is not None:
                with database(backend, folder, "data") as url:
                    seconds, peak, line = child("--database", url, "import-data", str(export))
                    size = export.stat().st_size / 1e6
                    print(f"{backend:10} import-data large demo ({size:.0f} MB): "
                          f"{seconds:6.1f} s, peak {peak:5.0f} MB  [{line}]")  # fmt: skip
                    found.update(data_seconds=seconds, data_peak_mb=peak)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
