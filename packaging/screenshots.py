"""Render the README's screenshots offscreen: the wall board and the desktop window.

    QT_QPA_PLATFORM=offscreen python packaging/screenshots.py [--database URL] [--out docs]
    python packaging/screenshots.py --desk 1280x720            # docs/desk-1280x720.png
    QT_SCALE_FACTOR=1.5 python packaging/screenshots.py --desk 1280x720   # …-150.png

Takes the demo's "best" team board — the one with the most on it — and grabs each page of the
wall view at 1920×1080 (docs/wall-board.png: "Tänään", docs/wall-goals.png,
docs/wall-improvement.png) and the desktop window into docs/main-window.png. An empty database
given here is filled with the small demo first (it is a screenshot database).

`--desk WxH` renders only the desktop window at W×H logical pixels on a screen of that size,
the tree beside the best team board: docs/desk-WxH.png, or docs/desk-WxH-150.png under
QT_SCALE_FACTOR=1.5 (150 % text and everything else: the picture is 1.5 times as many pixels).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from leanboard.app import make_application
from leanboard.services import Services, open_services
from leanboard.services.dto import BoardInfo
from leanboard.ui.common import ops
from leanboard.ui.desk.main_window import MainWindow
from leanboard.ui.wall.window import WallWindow

WALL_PAGES = (
    ("today", "wall-board.png"),
    ("goals", "wall-goals.png"),
    ("improve", "wall-improvement.png"),
)


def best_team_board(services: Services) -> BoardInfo:
    """The team board with the most to show: goals, ideas, problems, events, A3s."""

    def richness(board: BoardInfo) -> int:
        s = services.view.snapshot(board.id)
        events = sum(d.count for d in s.safety.days)
        return len(s.measures) * 3 + len(s.ideas) + len(s.problems) + events + 3 * len(s.a3s)

    teams = [b for b in services.boards.list_boards() if b.kind == "team"]
    return max(teams, key=richness)


def settle(app: QApplication, rounds: int = 5) -> None:
    # The board's data arrives through the operation runner (ui/common/ops.py), off the GUI
    # thread; then layouts and pyqtgraph settle over a few event-loop turns before a grab is
    # true.
    for _ in range(rounds):
        app.processEvents()
    while not ops.idle():
        app.processEvents()
        time.sleep(0.01)
    for _ in range(rounds):
        app.processEvents()


def language_shot(app: QApplication, services: Services, board: BoardInfo, file: Path) -> int:
    wall = WallWindow(services, board.id)
    wall.resize(1920, 1080)
    wall.show()
    settle(app)
    wall.board_view.show_page("today")
    settle(app)
    wall.grab().save(str(file))
    print(f"{file}: {board.name} ({board.code}), {wall.width()}×{wall.height()}")
    wall.leave()
    wall.deleteLater()
    settle(app)
    services.close()
    return 0


def desk_shot(app: QApplication, services: Services, board: BoardInfo, size: str, out: Path) -> int:
    from PySide6.QtCore import QSettings

    # The window remembers its size and board: in a folder of its own, not the user's.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="lb-")
    )
    width, height = (int(x) for x in size.lower().split("x"))
    window = MainWindow(services)
    window.resize(width, height)
    window.show()
    settle(app)
    window.select_board(board.id)
    deadline = time.monotonic() + 20  # the board is read off the GUI thread
    while time.monotonic() < deadline:
        settle(app)
        if ops.idle() and window.board_view.snapshot is not None:
            break
        time.sleep(0.02)
    settle(app, 20)
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1") or 1)
    suffix = f"-{round(scale * 100)}" if scale != 1 else ""
    file = out / f"desk-{width}x{height}{suffix}.png"
    window.grab().save(str(file))
    print(f"{file}: {board.name} ({board.code}), {width}×{height} at {scale:g}×")
    window.close()
    window.deleteLater()
    settle(app)
    services.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", default="sqlite:////tmp/leanboard-screenshots.db")
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "docs"))
    parser.add_argument(
        "--lang",
        choices=("fi", "sv", "en"),
        help="only the wall board's Tänään page in this language: docs/wall-board-<lang>.png",
    )
    parser.add_argument("--desk", metavar="WxH", help="only the desktop window at this size")
    args = parser.parse_args(argv)
    if args.desk and "configfile" not in os.environ.get("QT_QPA_PLATFORM", ""):
        # An offscreen screen of that size (scaled by QT_SCALE_FACTOR), so the window's own
        # screen-fitting sees what a laptop of that size would.
        width, height = (int(x) for x in args.desk.lower().split("x"))
        scale = float(os.environ.get("QT_SCALE_FACTOR", "1") or 1)
        config = Path(tempfile.mkdtemp(prefix="leanboard-screen-")) / "screen.json"
        config.write_text(
            '{"screens": [{"name": "desk", "x": 0, "y": 0, '
            f'"width": {round(width * scale)}, "height": {round(height * scale)}, '
            '"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}'
        )
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    app = make_application(args.lang or "fi")
    services = open_services(args.database)
    if services.boards.count() == 0:
        from leanboard.services.demo import seed_demo

        seed_demo(services.db, "small")
    board = best_team_board(services)
    if args.lang:
        return language_shot(app, services, board, out / f"wall-board-{args.lang}.png")
    if args.desk:
        return desk_shot(app, services, board, args.desk, out)

    wall = WallWindow(services, board.id)
    wall.resize(1920, 1080)
    wall.show()
    settle(app)  # the pages exist once the board is read
    for page, name in WALL_PAGES:
        wall.board_view.show_page(page)
        settle(app)
        wall.grab().save(str(out / name))
        print(f"{out / name}: {board.name} ({board.code}), {wall.width()}×{wall.height()}")
    wall.leave()

    # The unit above it, on its roll-up page: how a tier-2 board sees its teams.
    unit = services.boards.get(board.parent_id) if board.parent_id else None
    if unit is not None:
        tier2 = WallWindow(services, unit.id)
        tier2.resize(1920, 1080)
        tier2.show()
        settle(app)
        tier2.board_view.show_page("below")
        settle(app)
        tier2.grab().save(str(out / "wall-rollup.png"))
        print(f"{out / 'wall-rollup.png'}: {unit.name} ({unit.code})")
        tier2.leave()
        tier2.deleteLater()

    window = MainWindow(services)
    window.resize(1600, 1000)
    window.select_board(board.id)
    window.show()
    settle(app)
    window.grab().save(str(out / "main-window.png"))
    print(f"{out / 'main-window.png'}: {window.width()}×{window.height()}")
    window.close()
    # Widgets go before the application does: PySide's exit-time collection can trip otherwise.
    wall.deleteLater()
    window.deleteLater()
    settle(app)
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
