"""Wall board benchmark: start to first painted board, refresh after a remote change, memory.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_wall.py [DB_PATH_OR_URL] [--cycles N]

Give the path or URL of a `leanboard demo --scale large` database for the issue's figures
(`leanboard --database sqlite:////tmp/large.db demo --scale large`, or a PostgreSQL URL such as
postgresql://leanboard:leanboard@127.0.0.1/leanboard_bench seeded the same way); without one a
small demo is made in a temporary folder. Prints figures beside the issue's targets (start
≤ 1.5 s, refresh ≤ 100 ms, memory growth ≤ 10 MB over 10,000 refreshes), not pass/fail.
"""

from __future__ import annotations

import argparse
import os
import queue
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from leanboard.app import make_application
from leanboard.services import Services, open_services
from leanboard.services.live import SQLITE_POLL_SECONDS, watch_changes
from leanboard.ui.common.live import LiveUpdates
from leanboard.ui.wall.window import WallWindow


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
        return False


def busiest_team(services: Services) -> int:
    """The first team board with the most measures (the goals page is the costliest)."""
    boards = services.boards.list_boards()
    teams = [b for b in boards if b.kind == "team"][:20] or boards[:1]
    return max(teams, key=lambda b: len(services.view.snapshot(b.id).measures)).id


REMOTE_SAMPLES = 20
# Another screen in a process of its own: a vote for each line read, the commit time printed.
REMOTE_WRITER = """
import sys, time
from leanboard.services import open_services
services = open_services(sys.argv[1], actor="bench@other-screen", migrate=False)
for _line in sys.stdin:
    services.mood.record_mood_vote(int(sys.argv[2]), 9)
    print(time.time(), flush=True)
services.close()
"""


def poll_cost(services: Services, polls: int = 2000) -> float:
    """Seconds one poll of the change watcher takes when nothing changed."""
    watcher = watch_changes(services)
    try:
        started = time.perf_counter()
        for _ in range(polls):
            watcher.poll()
        return (time.perf_counter() - started) / polls
    finally:
        watcher.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("database", nargs="?", help="path or URL of a demo database")
    parser.add_argument("--cycles", type=int, default=10_000)
    args = parser.parse_args(argv)
    if args.database:
        url = (
            args.database
            if "://" in args.database
            else f"sqlite:///{Path(args.database).resolve()}"
        )
    else:
        folder = tempfile.mkdtemp(prefix="leanboard-bench-")
        url = f"sqlite:///{folder}/small.db"
        seeding = open_services(url)
        from leanboard.services.demo import seed_demo

        seed_demo(seeding.db, "small")
        seeding.close()

    probe = open_services(url)
    board_id = busiest_team(probe)  # chosen before the clock starts: not part of start-up
    probe.close()

    # A message box would wait for a click nobody makes offscreen: print it instead.
    from leanboard.ui.common import msgbox

    for name in ("error", "information"):
        setattr(msgbox, name, lambda _parent, title, text: print(f"[{title}] {text}"))

    start = time.perf_counter()
    app: QApplication = make_application("fi")
    services = open_services(url)
    live = LiveUpdates(services)
    wall = WallWindow(services, board_id, live)
    painted = FirstPaint()
    wall.board_view.installEventFilter(painted)
    wall.resize(1920, 1080)
    wall.show()
    while painted.at is None:
        app.processEvents()
    print(f"database: {services.database_label} ({len(services.boards.list_boards())} boards)")
    print(
        f"start to first painted wall board: {(painted.at - start) * 1000:.0f} ms"
        " — target ≤ 1500 ms"
    )

    # A remote change: another process (another PC's screen) votes; from its commit to our
    # board redrawn. Samples are spaced at random, so they fall anywhere in the poll interval.
    other = subprocess.Popen(
        [sys.executable, "-c", REMOTE_WRITER, url, str(board_id)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    commits: queue.Queue[float] = queue.Queue()
    threading.Thread(
        target=lambda: [commits.put(float(line)) for line in other.stdout or ()], daemon=True
    ).start()
    seen: list[float] = []
    redraws: list[float] = []
    wall.board_view.refreshed.connect(lambda: seen.append(time.time()))
    rng = random.Random(12)
    missed = 0
    for _ in range(REMOTE_SAMPLES):
        pause = time.perf_counter() + rng.uniform(0.05, 0.35)
        while time.perf_counter() < pause:  # the board idles as on the wall
            app.processEvents()
            time.sleep(0.001)
        count = len(seen)
        assert other.stdin is not None
        other.stdin.write("vote\n")
        other.stdin.flush()
        committed: float | None = None
        given_up = time.perf_counter() + 10
        while committed is None or len(seen) == count:
            app.processEvents()
            time.sleep(0.001)
            if committed is None and not commits.empty():
                committed = commits.get()
            if time.perf_counter() > given_up:  # never shown: counted, not waited for forever
                missed += 1
                break
        else:
            redraws.append(seen[-1] - committed)
    assert other.stdin is not None
    other.stdin.close()
    other.wait(timeout=30)
    refreshes, reads = [], []
    for _ in range(20):
        t0 = time.perf_counter()
        wall.board_view.refresh()
        app.processEvents()
        refreshes.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        services.view.snapshot(board_id)
        services.boards.children(board_id)
        reads.append(time.perf_counter() - t0)
    print(
        "remote change to board redrawn (end to end): median "
        f"{statistics.median(redraws) * 1000:.0f} ms (max {max(redraws) * 1000:.0f} ms, "
        f"{len(redraws)} votes by another process, from its commit, {missed} not shown within "
        "10 s; the watcher's polling "
        f"included: SQLite every {SQLITE_POLL_SECONDS * 1000:.0f} ms, one poll "
        f"{poll_cost(services) * 1e6:.1f} µs)"
    )
    print(
        f"refresh alone (snapshot + redraw): median {statistics.median(refreshes) * 1000:.0f} ms"
        f" (max {max(refreshes) * 1000:.0f} ms; the snapshot read alone "
        f"{statistics.median(reads) * 1000:.0f} ms) — target ≤ 100 ms"
    )

    # Memory: the board left running for weeks refreshes thousands of times.
    after_100 = 0.0
    t0 = time.perf_counter()
    for cycle in range(1, args.cycles + 1):
        wall.board_view.refresh()
        app.processEvents()
        # What the running event loop does between two refreshes: widgets let go with
        # deleteLater() are deleted (processEvents() alone, outside exec(), never does).
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if cycle == 100:
            after_100 = rss_mib()
    elapsed = time.perf_counter() - t0
    final = rss_mib()
    print(
        f"RSS after 100 refreshes {after_100:.1f} MiB, after {args.cycles} {final:.1f} MiB "
        f"(growth {final - after_100:+.1f} MiB — target ≤ 10 MB; ratio {final / after_100:.3f});"
        f" {elapsed / args.cycles * 1000:.1f} ms per refresh"
    )
    live.close()
    wall.leave()
    wall.deleteLater()
    app.processEvents()
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
