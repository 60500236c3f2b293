"""Seconds to export the weekly PDF board: one board, every board (--all), and the floor;
and what writing it as PDF/A (reports/pdfa.py) adds: time and size, weekly board and A3.

    .venv/bin/python tests/benchmarks/bench_pdf.py --database URL [--week 2026-W47]

The floor is a minimal reportlab page with one line of text in the same embedded font, so
the ratios say how much the board itself (queries, charts, layout) costs beyond reportlab.
The PDF/A step is timed inside the same exports: the bytes reportlab drew, in, the PDF/A
file, out. Prints figures; asserts nothing (DESIGN.md: benchmarks are not timed tests).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import tempfile
import time
from pathlib import Path
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from leanboard.reports import a3_pdf, weekly_pdf
from leanboard.reports.fonts import REGULAR, register_fonts
from leanboard.reports.pdfa import DocumentInfo
from leanboard.reports.weekly_export import export_week
from leanboard.services import Services, open_services


class PdfaTimer:
    """Wraps save_pdfa where the renderers call it: seconds, bytes drawn, bytes written."""

    def __init__(self) -> None:
        self.runs: list[tuple[float, int, int]] = []
        self.real = weekly_pdf.save_pdfa

    def __call__(self, drawn: bytes, out: Path | BinaryIO, info: DocumentInfo) -> None:
        buffer = io.BytesIO()
        started = time.perf_counter()
        self.real(drawn, buffer, info)
        self.runs.append((time.perf_counter() - started, len(drawn), len(buffer.getvalue())))
        if isinstance(out, Path):
            out.write_bytes(buffer.getvalue())
        else:
            out.write(buffer.getvalue())

    def install(self) -> None:
        weekly_pdf.save_pdfa = self
        a3_pdf.save_pdfa = self

    def take(self) -> list[tuple[float, int, int]]:
        runs, self.runs = self.runs, []
        return runs


def a3_seconds(services: Services, boards: list[int], repeat: int) -> tuple[float, int] | None:
    """Median seconds to render the first A3 found, and its id."""
    a3_id = next((row.id for board in boards for row in services.a3.rows(board)), None)
    if a3_id is None:
        return None
    a3 = services.a3.get(a3_id)
    a3_pdf.render_a3_pdf(a3, io.BytesIO())
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        a3_pdf.render_a3_pdf(a3, io.BytesIO())
        times.append(time.perf_counter() - started)
    return statistics.median(times), a3_id


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
    timer = PdfaTimer()
    timer.install()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        export_week(services, code, week, out / "warm.pdf")  # fonts loaded, caches warm
        timer.take()
        one = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            export_week(services, code, week, out / "one.pdf")
            one.append(time.perf_counter() - started)
        one_pdfa = timer.take()
        started = time.perf_counter()
        written = export_week(services, None, week, out / "all", all_boards=True)
        every = time.perf_counter() - started
        all_pdfa = timer.take()
        sizes = [p.stat().st_size for p in written]
        one_size = (out / "one.pdf").stat().st_size
    a3 = a3_seconds(services, [b.id for b in boards], args.repeat)
    a3_pdfa = timer.take()
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
    step = statistics.median(t for t, _, _ in one_pdfa)
    print(
        f"PDF/A step, one board   {step * 1000:6.1f} ms ({step / one_s:.0%} of the export); "
        f"drawn {one_pdfa[0][1] / 1024:.1f} KiB, PDF/A {one_pdfa[0][2] / 1024:.1f} KiB"
    )
    drawn, final = sum(d for _, d, _ in all_pdfa), sum(f for _, _, f in all_pdfa)
    print(
        f"PDF/A step, --all       {sum(t for t, _, _ in all_pdfa):6.2f} s "
        f"({sum(t for t, _, _ in all_pdfa) / every:.0%} of the run); "
        f"drawn {drawn / 1024 / 1024:.2f} MiB, PDF/A {final / 1024 / 1024:.2f} MiB "
        f"({(final - drawn) / drawn:+.1%})"
    )
    if a3 is not None:
        a3_s, a3_id = a3
        a3_step = statistics.median(t for t, _, _ in a3_pdfa[1:])
        print(
            f"A3 report {a3_id:<8}{a3_s * 1000:8.1f} ms, of which PDF/A {a3_step * 1000:.1f} ms; "
            f"drawn {a3_pdfa[-1][1] / 1024:.1f} KiB, PDF/A {a3_pdfa[-1][2] / 1024:.1f} KiB"
        )


if __name__ == "__main__":
    main()
