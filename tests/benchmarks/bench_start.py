"""Process launch to the first painted wall board, beside a bare window launched the same way.

    .venv/bin/python tests/benchmarks/bench_start.py [DATABASE] [--board CODE] [--repeat 5]

Both are whole fresh processes timed from outside, from the launch to their exit:
- the wall: `leanboard --database URL wall --board CODE --quit-after-paint`, which exits right
  after the first frame painted with the board's data;
- the floor: a bare PySide6 window holding one pyqtgraph plot that exits after its first paint
  (the same interpreter, the same offscreen platform).
Without a database, the small demo is made in a temporary folder (not timed). Prints the median
of each, their ratio and the target (≤ 2× the floor).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

BARE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    import pyqtgraph as pg

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, lambda: app.exit(0))
            return False

    app = QApplication(sys.argv)
    window = QMainWindow()
    plot = pg.PlotWidget()
    plot.plot([1, 3, 2, 4, 3, 5])
    window.setCentralWidget(plot)
    seen = FirstPaint()
    plot.viewport().installEventFilter(seen)
    window.resize(1920, 1080)
    window.show()
    sys.exit(app.exec())
    """
)


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{command[:3]}… exited {done.returncode}: {done.stderr.strip()[-400:]}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("database", nargs="?", help="path or URL of a database with boards")
    parser.add_argument("--board", help="the wall's board code (default: the first team)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    # An installed program runs from bytecode compiled when it was installed (pip does that);
    # under PYTHONDONTWRITEBYTECODE a checkout would compile its 100-odd modules from source
    # at every launch, ~0.2 s the floor (whose packages are installed) never pays. The warm-up
    # launch below writes the bytecode, as the installation would have.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    leanboard = [sys.executable, "-m", "leanboard"]
    if args.database:
        url = args.database if "://" in args.database else f"sqlite:///{Path(args.database)}"
    else:
        url = f"sqlite:///{tempfile.mkdtemp(prefix='leanboard-start-')}/demo.db"
        subprocess.run([*leanboard, "--database", url, "demo"], env=env, check=True)
    board = args.board
    if board is None:
        listed = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from leanboard.services import open_services; "
                "s = open_services(sys.argv[1]); "
                "print(next(b.code for b in s.boards.list_boards() if b.kind == 'team'))",
                url,
            ],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        board = listed.stdout.strip()

    wall_cmd = [*leanboard, "--database", url, "wall", "--board", board, "--quit-after-paint"]
    bare_cmd = [sys.executable, "-c", BARE]
    timed(wall_cmd, env)  # warm the file cache once for both (the first run pays cold disks)
    timed(bare_cmd, env)
    walls, bares = [], []
    for _ in range(args.repeat):  # interleaved: machine load hits both alike
        walls.append(timed(wall_cmd, env))
        bares.append(timed(bare_cmd, env))
    wall, bare = statistics.median(walls), statistics.median(bares)
    print(f"database: {url}, board {board}; median of {args.repeat} launches each")
    print(f"launch to first painted wall board: {wall * 1000:.0f} ms")
    print(f"launch to first painted bare PySide6 + pyqtgraph window: {bare * 1000:.0f} ms")
    verdict = "pass" if wall <= 2 * bare else "FAIL"
    print(f"ratio {wall / bare:.2f}× — target ≤ 2× the bare window: {verdict}")
    print(json.dumps({"start_s": wall, "bare_s": bare}))  # the last line: for run_all.py
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
