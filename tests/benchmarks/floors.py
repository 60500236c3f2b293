"""The floors the benchmark figures are compared with: what the same work costs at its barest.

    .venv/bin/python tests/benchmarks/floors.py [--database URL_OR_PATH]

- window: a bare PySide6 window holding one pyqtgraph plot, from QApplication to its first
  paint, in a fresh process, timed the way bench_wall.py times the wall board (after imports);
- refresh SQL: the very statements one wall-board refresh sends (captured from SQLAlchemy's
  cursor events, parameters and all), run again straight through the driver's cursor;
- PDF: a minimal reportlab page with one line in the same embedded font (bench_pdf.py's).

Prints one JSON object, so run_all.py can read it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

WINDOW_FLOOR = textwrap.dedent(
    """
    import os, sys, time
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow
    import pyqtgraph as pg

    class FirstPaint(QObject):
        at = None
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and self.at is None:
                self.at = time.perf_counter()
            return False

    start = time.perf_counter()
    app = QApplication(sys.argv)
    window = QMainWindow()
    plot = pg.PlotWidget()
    plot.plot([1, 3, 2, 4, 3, 5])
    window.setCentralWidget(plot)
    painted = FirstPaint()
    plot.viewport().installEventFilter(painted)  # a QGraphicsView paints its viewport
    window.resize(1920, 1080)
    window.show()
    while painted.at is None:
        app.processEvents()
    print(painted.at - start)
    """
)


def window_floor_seconds(repeat: int = 3) -> float:
    """Median of `repeat` fresh processes (a first start pays for cold caches)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    times = sorted(
        float(
            subprocess.run(
                [sys.executable, "-c", WINDOW_FLOOR],
                capture_output=True,
                text=True,
                check=True,
                env=env,
                timeout=120,
            ).stdout.strip()
        )
        for _ in range(repeat)
    )
    return times[len(times) // 2]


def refresh_sql_floor_seconds(url: str, repeat: int = 7) -> dict[str, Any]:
    """The bare SQL of one wall-board refresh of the first team board (as bench_wall uses)."""
    from bench_rollup import sql_floor
    from sqlalchemy import event

    from leanboard.services import open_services

    services = open_services(url, migrate=False)
    try:
        teams = [b for b in services.boards.list_boards() if b.kind == "team"]
        board_id = teams[0].id
        statements: list[tuple[str, Any]] = []

        def capture(_c: object, _cur: object, statement: str, parameters: Any, *_: Any) -> None:
            # Our own BEGIN (IMMEDIATE) is transaction control, not a query of the refresh.
            if not statement.lstrip().upper().startswith("BEGIN"):
                statements.append((statement, parameters))

        services.view.snapshot(board_id)  # warm
        event.listen(services.db.engine, "before_cursor_execute", capture)
        try:
            services.view.snapshot(board_id)
            services.boards.children(board_id)
        finally:
            event.remove(services.db.engine, "before_cursor_execute", capture)
        return {
            "seconds": sql_floor(services, statements, repeat),
            "statements": len(statements),
        }
    finally:
        services.close()


def pdf_floor_seconds(repeat: int = 7) -> float:
    from bench_pdf import floor_seconds

    return floor_seconds(repeat)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="path or URL of a large demo database")
    args = parser.parse_args(argv)
    result: dict[str, Any] = {
        "window_start_s": window_floor_seconds(),
        "pdf_page_s": pdf_floor_seconds(),
    }
    if args.database:
        url = args.database if "://" in args.database else f"sqlite:///{Path(args.database)}"
        result["refresh_sql"] = refresh_sql_floor_seconds(url)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
