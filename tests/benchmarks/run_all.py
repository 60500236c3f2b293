"""Every benchmark in one command: one table of figures, floors, ratios and targets.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/run_all.py [--cycles 10000]
        [--sqlite-only] [--with-imports] [--with-large-imports] [--with-stall ROWS] [--readme]

On `--scale large` demo databases (200 team boards × 3 years): SQLite cached at
/tmp/leanboard-bench/large.db and PostgreSQL in the schema `bench_large` of
LEANBOARD_TEST_DATABASE_URL, each seeded once and reused. Runs bench_start (a whole process
from launch to the first painted wall board, beside a bare PySide6 + pyqtgraph window launched
the same way), bench_wall, bench_pdf, bench_rollup (and bench_imports with --with-imports,
bench_large_imports with --with-large-imports, bench_stall with --with-stall) as separate
processes, the floors of floors.py, prints the table, writes it as JSON to
bench-results/<time>.json, and with --readme puts it (with the date and machine) under
"## Benchmarks" in README.md.
Benchmarks are not part of the test run: they print figures and say which targets are met.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import subprocess
import sys
import textwrap
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CACHE = Path("/tmp/leanboard-bench")
PG_SCHEMA = "bench_large"


@dataclass
class Row:
    figure: str
    unit: str
    sqlite: float | None
    postgresql: float | None
    floor: float | tuple[float | None, float | None] | None  # one, or (SQLite, PostgreSQL)
    target: float | None  # the figure must be ≤ this on each database
    ratio_limit: float | None = 3.0  # … and ≤ this many times its floor

    def floors(self) -> tuple[float | None, float | None]:
        return self.floor if isinstance(self.floor, tuple) else (self.floor, self.floor)

    def ratio(self) -> float | None:
        """The worse of the two databases' figure ÷ its own floor."""
        if self.ratio_limit is None:
            return None
        ratios = [
            value / floor
            for value, floor in zip((self.sqlite, self.postgresql), self.floors(), strict=True)
            if value is not None and floor
        ]
        return max(ratios, default=None)

    def passed(self) -> bool | None:
        values = [v for v in (self.sqlite, self.postgresql) if v is not None]
        if not values or self.target is None:
            return None
        ok = all(v <= self.target for v in values)
        ratio = self.ratio()
        return ok and (ratio is None or ratio <= (self.ratio_limit or float("inf")))


def run(script: str, *args: str, timeout: float = 3600) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(HERE / script), *args],
        capture_output=True, text=True, env=env, timeout=timeout, cwd=ROOT,
    )  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"{script} failed:\n{done.stdout}\n{done.stderr}")
    print(done.stdout, end="", file=sys.stderr)  # the scripts' own lines, for the record
    return done.stdout


def number(pattern: str, text: str, group: int = 1) -> float:
    match = re.search(pattern, text, re.MULTILINE)
    if match is None:
        raise SystemExit(f"figure not found ({pattern!r}) in:\n{text}")
    return float(match.group(group))


def pg_url() -> str | None:
    base = os.environ.get("LEANBOARD_TEST_DATABASE_URL")
    if not base:
        return None
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}options=-csearch_path%3D{PG_SCHEMA}"


def ensure_large(url: str) -> None:
    """Seed the large demo into `url` unless it already holds it."""
    import sqlalchemy as sa

    from leanboard.services import open_services
    from leanboard.services.demo import seed_demo
    from leanboard.store.engine import normalise_url

    if url.startswith("postgresql"):
        base = os.environ["LEANBOARD_TEST_DATABASE_URL"]
        admin = sa.create_engine(normalise_url(base), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text(f"CREATE SCHEMA IF NOT EXISTS {PG_SCHEMA}"))
        admin.dispose()
    services = open_services(url, actor="bench@seed")
    try:
        if services.boards.count() >= 200:
            return
        print(f"seeding the large demo into {services.database_label} …", file=sys.stderr)
        seed_demo(services.db, "large")
    finally:
        services.close()


def machine() -> str:
    cpu = "?"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory = "?"
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB RAM"
    return f"{cpu}, {os.cpu_count()} cores, {memory}, Python {platform.python_version()}"


def wall_figures(database: str, cycles: int) -> dict[str, float]:
    out = run("bench_wall.py", database, "--cycles", str(cycles))
    before = number(r"RSS after 100 refreshes ([\d.]+) MiB", out)
    after = number(r"RSS after 100 refreshes [\d.]+ MiB, after \d+ ([\d.]+) MiB", out)
    return {
        "start": number(r"start to first painted wall board: (\d+) ms", out) / 1000,
        "remote": number(r"remote change to board redrawn \(end to end\): median (\d+) ms", out)
        / 1000,
        "refresh": number(r"refresh alone \(snapshot \+ redraw\): median (\d+) ms", out) / 1000,
        "read": number(r"the snapshot read alone (\d+) ms", out) / 1000,
        "memory": (after - before) * 1.048576,  # MiB → MB
    }


def pdf_figures(url: str) -> dict[str, float]:
    out = run("bench_pdf.py", "--database", url)
    return {
        "one": number(r"^one board \S+\s+([\d.]+) ms", out) / 1000,
        "all": number(r"^--all \d+ boards\s+([\d.]+) s", out),
        "boards": number(r"^--all (\d+) boards", out),
        "floor": number(r"^floor \(1 line\)\s+([\d.]+) ms", out) / 1000,
    }


def rollup_figures(*databases: str) -> dict[str, dict[str, float]]:
    out = run("bench_rollup.py", *databases)
    figures = {}
    for match in re.finditer(
        r"^(sqlite|postgresql)\s+\d+\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", out, re.MULTILINE
    ):
        figures[match.group(1)] = {
            "snapshot": float(match.group(2)),
            "rollup": float(match.group(3)),
            "floor": float(match.group(4)),
        }
    return figures


def build_rows(results: dict[str, Any]) -> list[Row]:
    s, p = results.get("sqlite", {}), results.get("postgresql", {})
    floors = results["floors"]

    def both(section: str, key: str) -> tuple[float | None, float | None]:
        return s.get(section, {}).get(key), p.get(section, {}).get(key)

    def per_backend(get: Any) -> tuple[float | None, float | None]:
        found: list[float | None] = []
        for backend in ("sqlite", "postgresql"):
            try:
                found.append(float(get(backend)))
            except (KeyError, TypeError):
                found.append(None)
        return found[0], found[1]

    refresh_floor = per_backend(lambda b: floors[b]["refresh_sql"]["seconds"])
    rollup_floor = per_backend(lambda b: results["rollup"][b]["floor"])
    start = results.get("start", {})
    rows = []
    if start:
        rows.append(
            Row("process launch to first painted wall board", "s",
                start.get("sqlite", {}).get("start_s"), start.get("postgresql", {}).get("start_s"),
                per_backend(lambda b: start[b]["bare_s"]), 1.5, 2.0)
        )  # fmt: skip
    stall = results.get("stall")
    if stall:
        rows.append(
            Row(f"longest GUI stall while another process imports {results['stall_rows']:,} "
                "KPI rows", "s", stall.get("sqlite", {}).get("stall_s"),
                stall.get("postgresql", {}).get("stall_s"), None, 0.1, None)
        )  # fmt: skip
    rows += [
        Row("start to first painted wall board (in process)", "s", *both("wall", "start"),
            floors["sqlite"]["window_start_s"], 1.5),
        Row("refresh (snapshot + redraw)", "s", *both("wall", "refresh"), refresh_floor, 0.1),
        Row("refresh: snapshot read alone", "s", *both("wall", "read"), refresh_floor, 0.1),
        Row("remote change seen (SQLite)", "s", s.get("wall", {}).get("remote"), None, None,
            0.25, None),
        Row("remote change seen (PostgreSQL)", "s", None, p.get("wall", {}).get("remote"), None,
            1.0, None),
        Row("organisation board with roll-up", "s",
            results.get("rollup", {}).get("sqlite", {}).get("snapshot"),
            results.get("rollup", {}).get("postgresql", {}).get("snapshot"), rollup_floor, 0.5),
        Row("roll-up alone", "s", results.get("rollup", {}).get("sqlite", {}).get("rollup"),
            results.get("rollup", {}).get("postgresql", {}).get("rollup"), rollup_floor, 0.5),
        Row("weekly PDF, one board", "s", *both("pdf", "one"),
            per_backend(lambda b: results[b]["pdf"]["floor"]), 0.5),
        Row("weekly PDF, every board (--all)", "s", *both("pdf", "all"), None, None, None),
        Row(f"memory growth over {results['cycles']} refreshes", "MB", *both("wall", "memory"),
            None, 10.0, None),
    ]  # fmt: skip
    large = results.get("large_imports")
    if large:

        def imports(key: str) -> tuple[float | None, float | None]:
            return large.get("sqlite", {}).get(key), large.get("postgresql", {}).get(key)

        rows += [
            Row("1,000,000-row KPI import: peak memory", "MB peak", *imports("kpi_peak_mb"),
                None, 300.0, None),
            Row("1,000,000-row KPI import: time", "s", *imports("kpi_seconds"), None, None, None),
            Row("import-data of the large demo: peak memory", "MB peak",
                *imports("data_peak_mb"), None, None, None),
            Row("import-data of the large demo: time", "s", *imports("data_seconds"), None,
                None, None),
        ]  # fmt: skip
    return rows


def fmt_floor(row: Row) -> str:
    first, second = row.floors()
    if first == second or second is None:
        return fmt(first, row.unit)
    if first is None:
        return fmt(second, row.unit)
    return f"{fmt(first, row.unit)} / {fmt(second, row.unit)}"


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 10 else f"{value:.1f} s"
    if unit == "MB peak":  # a peak, not a growth: no sign
        return f"{value:.0f} MB"
    return f"{value:+.1f} {unit}"


def table(rows: list[Row]) -> str:
    lines = [
        "| figure | SQLite | PostgreSQL | floor | ratio | target | result |",
        "| --- | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    for row in rows:
        ratio = row.ratio()
        target = "" if row.target is None else f"≤ {fmt(row.target, row.unit).lstrip('+')}"
        if row.target is not None and row.floor and row.ratio_limit:
            target += f", ≤ {row.ratio_limit:.0f}× floor"
        verdict = {True: "pass", False: "**FAIL**", None: "–"}[row.passed()]
        lines.append(
            f"| {row.figure} | {fmt(row.sqlite, row.unit)} | {fmt(row.postgresql, row.unit)} | "
            f"{fmt_floor(row)} | {'–' if ratio is None else f'{ratio:.1f}×'} | "
            f"{target or '–'} | {verdict} |"
        )
    return "\n".join(lines)


BEGIN, END = "<!-- run_all.py: begin -->", "<!-- run_all.py: end -->"


def write_readme(text: str) -> None:
    """Put `text` between the markers in README's Benchmarks section (added at the section's
    end the first time); the rest of the section, written by hand, stays as it is."""
    readme = ROOT / "README.md"
    content = readme.read_text(encoding="utf-8")
    intro, _, rest = text.strip().partition("\n\n")
    block = f"{BEGIN}\n{textwrap.fill(intro, 100)}\n\n{rest}\n{END}"
    if BEGIN in content:
        start, end = content.index(BEGIN), content.index(END) + len(END)
        content = content[:start] + block + content[end:]
    else:
        section = content.index("## Benchmarks")
        end = content.find("\n## ", section + 1)
        end = len(content) if end == -1 else end + 1
        content = content[:end].rstrip("\n") + "\n\n" + block + "\n" + content[end:]
    readme.write_text(content, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=10_000, help="refreshes for memory")
    parser.add_argument("--sqlite-only", action="store_true")
    parser.add_argument("--with-imports", action="store_true", help="also bench_imports.py")
    parser.add_argument(
        "--with-large-imports",
        action="store_true",
        help="also bench_large_imports.py (1,000,000 KPI rows; import-data of the large demo)",
    )
    parser.add_argument(
        "--with-stall",
        type=int,
        metavar="ROWS",
        help="also bench_stall.py: the wall's longest stall while ROWS KPI rows are imported",
    )
    parser.add_argument("--readme", action="store_true", help="write the table into README.md")
    args = parser.parse_args(argv)

    CACHE.mkdir(exist_ok=True)
    databases = {"sqlite": f"sqlite:///{CACHE / 'large.db'}"}
    if not args.sqlite_only and (url := pg_url()):
        databases["postgresql"] = url
    for url in databases.values():
        ensure_large(url)

    results: dict[str, Any] = {"cycles": args.cycles, "floors": {}}
    for backend, url in databases.items():
        target = str(CACHE / "large.db") if backend == "sqlite" else url
        results[backend] = {"wall": wall_figures(target, args.cycles), "pdf": pdf_figures(url)}
        floors = json.loads(run("floors.py", "--database", target))
        results["floors"][backend] = floors
    results["start"] = {
        backend: json.loads(
            run("bench_start.py", str(CACHE / "large.db") if backend == "sqlite" else url)
            .strip()
            .splitlines()[-1]
        )
        for backend, url in databases.items()
    }
    if args.with_stall:
        out = run("bench_stall.py", "--rows", str(args.with_stall),
                  *(["--sqlite-only"] if args.sqlite_only else []))  # fmt: skip
        results["stall"] = json.loads(out.strip().splitlines()[-1])
        results["stall_rows"] = args.with_stall
    results["rollup"] = rollup_figures(
        *(str(CACHE / "large.db") if b == "sqlite" else u for b, u in databases.items())
    )
    if args.with_imports:
        results["imports_output"] = run("bench_imports.py")
    if args.with_large_imports:
        out = run("bench_large_imports.py", *(["--sqlite-only"] if args.sqlite_only else []))
        results["large_imports"] = json.loads(out.strip().splitlines()[-1])

    rows = build_rows(results)
    when = dt.datetime.now().astimezone()
    text = table(rows)
    print(text)
    out_dir = ROOT / "bench-results"
    out_dir.mkdir(exist_ok=True)
    record = {
        "measured_at": when.isoformat(timespec="seconds"),
        "machine": machine(),
        "rows": [{**asdict(r), "ratio": r.ratio(), "passed": r.passed()} for r in rows],
        "raw": results,
    }
    path = out_dir / f"{when:%Y%m%d-%H%M%S}.json"
    path.write_text(json.dumps(record, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"\nJSON: {path}", file=sys.stderr)
    if args.readme:
        write_readme(
            "All benchmarks at once (`tests/benchmarks/run_all.py --readme`, `demo --scale "
            "large`: 244 boards, 3 years), each figure beside its floor measured in the same "
            "run: a bare PySide6 + pyqtgraph window for the start, the same SQL statements "
            "through the driver for refresh and roll-up, a one-line reportlab page for the "
            f"PDF. Measured {when:%Y-%m-%d} on {machine()}; Qt offscreen; memory over "
            f"{args.cycles:,} refreshes.\n\n" + text
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
