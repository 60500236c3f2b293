"""Seconds to export the weekly PDF board: one board, every board (--all), and the floor.

    .venv/bin/python tests/benchmarks/bench_pdf.py --database URL [--week 2026-W47]

The floor is a minimal reportlab page with one line of text in the same embedded font, so
the ratios say how much the board itself (queries, charts, layout) costs beyond reportlab.
Prints figures; asserts nothing (DESIGN.md: benchmarks are not timed tests).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import tempfile
import time
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from leanboard.reports.fonts import REGULAR, register_fonts
from leanboard.reports.weekly_export import export_week
from leanboard.services import open_services


def floor_seconds(repeat: int) -> float:
    register_fonts()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        buffer = io.BytesIO()
        canvas = Canvas(buffer, initialFontName=REGULAR)
        canvas.drawString(72, 720, "Päivittäisjohtamisen taulu")
        canvas.showPage()
        canvas.save()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, metavar="URL")
    parser.add_argument("--week", help="ISO week (default: last full week)")
    parser.add_argument("--board", help="board code for the one-board figure (default: a team)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    today = dt.date.today()
    last_monday = today - dt.timedelta(days=today.weekday() + 7)
    year, number, _ = last_monday.isocalendar()
    week = args.week or f"{year}-W{number:02d}"

    services = open_services(args.database, migrate=False)
    boards = services.boards.list_boards()
    code = args.board or next((b.code for b in boards if b.kind == "team"), boards[0].code)
    floor = floor_seconds(args.repeat)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        export_week(services, code, week, out / "warm.pdf")  # fonts loaded, caches warm
        one = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            export_week(services, code, week, out / "one.pdf")
            one.append(time.perf_counter() - started)
        started = time.perf_counter()
        written = export_week(services, None, week, out / "all", all_boards=True)
        every = time.perf_counter() - started
        sizes = [p.stat().st_size for p in written]
        one_size = (out / "one.pdf").stat().st_size
    services.close()

    one_s = statistics.median(one)
    print(f"database          {services.database_label}")
    print(f"week              {week}")
    print(f"floor (1 line)    {floor * 1000:8.1f} ms")
    print(
        f"one board {code:<8}{one_s * 1000:8.1f} ms   ({one_s / floor:.0f}× floor), "
        f"{one_size / 1024:.0f} KiB"
    )
    print(
        f"--all {len(written)} boards {every:8.2f} s    "
        f"({every / len(written) * 1000:.0f} ms per board), "
        f"{sum(sizes) / 1024 / 1024:.1f} MiB, median {statistics.median(sizes) / 1024:.0f} KiB"
    )


if __name__ == "__main__":
    main()
