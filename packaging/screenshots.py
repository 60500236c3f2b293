"""Render the README's screenshots offscreen: the wall board and the desktop window.

    QT_QPA_PLATFORM=offscreen python packaging/screenshots.py [--database URL] [--out docs]

Takes the demo's "best" team board — the one with the most on it — and grabs each page of the
wall view at 1920×1080 (docs/wall-board.png: "Tänään", docs/wall-goals.png,
docs/wall-improvement.png) and the desktop window into docs/main-window.png. An empty database
given here is filled with the small demo first (it is a screenshot database).
docs/wall-mood.png shows the wall's mood panel of a team of its own (a database of its own)
before and after the huddle's "Näytä päivän fiilis", with a late vote waiting.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QImage, QPainter
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


def mood_shot(app: QApplication, file: Path) -> None:
    """The mood panel before the release (a count and why) and after it (all at once)."""
    with tempfile.TemporaryDirectory() as folder:
        services = open_services(f"sqlite:///{Path(folder) / 'mood.db'}")
        unit = services.boards.create_board("YKS", "Kotihoidon yksikkö", "unit")
        team = services.boards.create_board("OS3", "Osasto 3", "team", unit.id)
        today = dt.date.today()
        for score in (8, 6, 9, 7):
            services.mood.record_mood_vote(team.id, score, today)
        wall = WallWindow(services, team.id)
        wall.resize(1920, 1080)
        wall.show()

        def grab() -> QImage:
            settle(app)
            return wall.board_view.sections["mood"].grab().toImage()

        before = grab()
        for score in (10, 7):
            services.mood.record_mood_vote(team.id, score, today)
        services.mood.release_day(team.id, today)
        services.mood.record_mood_vote(team.id, 3, today)  # after the huddle: waits
        wall.board_view.refresh()
        after = grab()
        gap = 24
        both = QImage(before.width() + gap + after.width(), max(before.height(), after.height()),
                      QImage.Format.Format_RGB32)  # fmt: skip
        both.fill(QColor("#e6eaee"))
        painter = QPainter(both)
        painter.drawImage(0, 0, before)
        painter.drawImage(before.width() + gap, 0, after)
        painter.end()
        both.save(str(file))
        print(f"{file}: the mood panel before and after 'Näytä päivän fiilis'")
        wall.leave()
        wall.deleteLater()
        settle(app)
        services.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", default="sqlite:////tmp/leanboard-screenshots.db")
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "docs"))
    parser.add_argument(
        "--lang",
        choices=("fi", "sv", "en"),
        help="only the wall board's Tänään page in this language: docs/wall-board-<lang>.png",
    )
    args = parser.parse_args(argv)
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
    mood_shot(app, out / "wall-mood.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
