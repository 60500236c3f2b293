"""The longest GUI-thread stall of a wall board while another process imports 1,000,000 KPI rows
into the same database, on SQLite and on PostgreSQL.

    .venv/bin/python tests/benchmarks/bench_stall.py [--rows 1000000] [--sqlite-only]

A wall board of one team is shown (offscreen, 1920×1080) with its live updates on. A 10 ms
timer on the GUI thread records the gaps between its ticks; meanwhile `leanboard import-kpi`
runs as a separate process (another PC, or the scheduler on this one) and, every 0.5 s, the
benchmark taps a mood key as a nurse would, each tap's write meeting the import's lock. The
figure is the longest gap (target ≤ 100 ms) and how long the taps took to be stored.
PostgreSQL is used when LEANBOARD_TEST_DATABASE_URL is set (a schema of its own, dropped).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlalchemy as sa
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from leanboard.app import make_application
from leanboard.services import Services, open_services
from leanboard.store.engine import normalise_url
from leanboard.ui.common import ops
from leanboard.ui.common.live import LiveUpdates
from leanboard.ui.mood.panel import MoodPanel
from leanboard.ui.wall.window import WallWindow

TEAMS = 40
MEASURES = ("Tavoitettavuus", "Hoitajakäyntien osuus", "Sairauspoissaolot", "Palautteisiin")


def kpi_file(path: Path, codes: list[str], rows: int) -> None:
    """board;measure;period;value by day, enough days for `rows` lines (a HR/phone export)."""
    days = max(1, rows // (len(codes) * len(MEASURES)))
    first = dt.date(2016, 1, 1)
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("board;measure;period;value\r\n")
        written = 0
        for n in range(days):
            day = (first + dt.timedelta(days=n)).isoformat()
            for code in codes:
                for m, name in enumerate(MEASURES):
                    out.write(f"{code};{name};{day};{(n * 7 + m) % 100},5\r\n")
                    written += 1
                    if written >= rows:
                        return


def build(services: Services) -> tuple[list[str], int]:
    org = services.boards.create_board("KY", "Kuntayhtymä", "organisation")
    codes, wall_board = [], 0
    for i in range(TEAMS):
        team = services.boards.create_board(f"T{i:03d}", f"Tiimi {i}", "team", parent_id=org.id)
        for name in MEASURES:
            services.measures.create_measure(
                team.id, name, unit="%", target=90, decimals=1, frequency="day"
            )
        codes.append(team.code)
        wall_board = wall_board or team.id
    return codes, wall_board


def measure(app: QApplication, url: str, csv: Path, board_id: int) -> dict[str, float]:
    services = open_services(url)
    live = LiveUpdates(services)
    wall = WallWindow(services, board_id, live)
    wall.resize(1920, 1080)
    wall.show()
    while wall.board_view.snapshot is None or not ops.idle():
        app.processEvents()  # the board fully built: what follows is the working day
    panel = wall.board_view.sections["mood"]
    assert isinstance(panel, MoodPanel)
    panel.lockout_ms = 100

    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    taps: list[float] = []
    stored: list[float] = []
    real_stored = panel._vote_stored

    def vote_stored(result: object) -> None:
        stored.append(time.perf_counter())
        real_stored(result)

    panel._vote_stored = vote_stored  # type: ignore[method-assign]

    def tap() -> None:
        if not panel.locked:
            taps.append(time.perf_counter())
            panel.buttons[9].click()

    tapper = QTimer()
    tapper.timeout.connect(tap)
    env = {**os.environ, "LEANBOARD_DATABASE_URL": url}
    started = time.perf_counter()
    importer = subprocess.Popen(
        [sys.executable, "-m", "leanboard", "import-kpi", str(csv)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    timer.start(10)
    tapper.start(500)
    while importer.poll() is None:
        app.processEvents()
        time.sleep(0.002)
    imported = time.perf_counter() - started
    tapper.stop()
    end = time.perf_counter() + 20
    while not ops.idle() and time.perf_counter() < end:
        app.processEvents()
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    out, err = importer.communicate()
    print(
        f"  import-kpi exit {importer.returncode} in {imported:.1f} s: {(out or err).strip()[:160]}"
    )
    print(f"  longest GUI-thread stall: {max(gaps) * 1000:.0f} ms (target ≤ 100 ms)")
    waits = [s - t for t, s in zip(taps, stored, strict=False)]
    if waits:
        print(
            f"  {len(stored)}/{len(taps)} taps stored; tap to stored: median "
            f"{sorted(waits)[len(waits) // 2] * 1000:.0f} ms, longest {max(waits) * 1000:.0f} ms"
        )
    wall.leave()
    live.close()
    services.close()
    return {
        "stall_s": max(gaps),
        "import_s": imported,
        "tap_longest_s": max(waits, default=0.0),
        "taps": len(taps),
        "stored": len(stored),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="leanboard-stall-"))
    app = make_application("fi")
    backends: list[tuple[str, str]] = [("SQLite", f"sqlite:///{folder}/stall.db")]
    found: dict[str, dict[str, float]] = {}
    pg = os.environ.get("LEANBOARD_TEST_DATABASE_URL")
    schema = f"stall_{uuid.uuid4().hex[:8]}"
    if pg and not args.sqlite_only:
        admin = sa.create_engine(normalise_url(pg), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
        sep = "&" if "?" in pg else "?"
        backends.append(("PostgreSQL", f"{pg}{sep}options=-csearch_path%3D{schema}"))
    try:
        for name, url in backends:
            services = open_services(url)
            codes, board_id = build(services)
            services.close()
            csv = folder / "kpi.csv"
            kpi_file(csv, codes, args.rows)
            print(
                f"{name}: {args.rows:,} rows ({csv.stat().st_size / 1e6:.0f} MB) imported "
                "by another process while the wall shows a team board"
            )
            found[name.lower()] = measure(app, url, csv, board_id)
    finally:
        if pg and not args.sqlite_only:
            with admin.connect() as conn:
                conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
    print(json.dumps(found))  # the last line: for run_all.py
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
