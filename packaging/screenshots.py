"""Render the README's screenshots offscreen: the wall board and the desktop window.

    python packaging/screenshots.py [--database URL] [--out docs] [--today 2026-11-25]
    python packaging/screenshots.py --desk 1280x720            # docs/desk-1280x720.png
    QT_SCALE_FACTOR=1.5 python packaging/screenshots.py --desk 1280x720   # …-150.png

Takes the demo's "best" team board — the one with the most on it — and grabs each page of the
wall view at 1920×1080 (docs/wall-board.png: "Tänään", docs/wall-goals.png,
docs/wall-improvement.png), the wall's cards over it — the on-screen keyboard typing an idea
(docs/wall-keyboard.png), a day of the safety cross (docs/wall-safety-card.png), the held
huddle (docs/wall-huddle-held.png) and the undo strip (docs/wall-undo.png) — and the desktop
window into docs/main-window.png. An empty database given here is filled with the small demo
first, up to --today (it is a screenshot database); the wall shows that day.
docs/wall-mood.png shows the wall's mood panel of a team of its own (a database of its own)
before and after the huddle's "Näytä päivän fiilis", with a late vote waiting.

Qt runs offscreen on one 1920×1080 screen, so cards open centred over the wall as they do on
a ward's screen; a card and the keyboard are windows of their own, painted over the wall's
picture where they stand.

`--desk WxH` renders only the desktop window at W×H logical pixels on a screen of that size,
the tree beside the best team board: docs/desk-WxH.png, or docs/desk-WxH-150.png under
QT_SCALE_FACTOR=1.5 (150 % text and everything else: the picture is 1.5 times as many pixels).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
from pathlib import Path

# One 1920×1080 offscreen screen unless the caller chose a platform (--desk makes its own).
if "QT_QPA_PLATFORM" not in os.environ:
    _screen = Path(tempfile.gettempdir()) / "leanboard-screenshot-screen.json"
    _screen.write_text(
        json.dumps({"screens": [{"name": "wall", "x": 0, "y": 0, "width": 1920, "height": 1080}]})
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"

from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from leanboard.app import make_application
from leanboard.services import Services, open_services
from leanboard.services.dto import BoardInfo
from leanboard.ui.common import ops
from leanboard.ui.common.keyboard import OnScreenKeyboard
from leanboard.ui.common.undo import undo_bar_for
from leanboard.ui.desk.main_window import MainWindow
from leanboard.ui.wall.window import WallWindow

WALL_PAGES = (
    ("today", "wall-board.png"),
    ("goals", "wall-goals.png"),
    ("improve", "wall-improvement.png"),
)


def best_team_board(services: Services, today: dt.date | None = None) -> BoardInfo:
    """The team board with the most to show: goals, ideas, problems, events, A3s."""

    def richness(board: BoardInfo) -> int:
        s = services.view.snapshot(board.id, today)
        events = sum(d.count for d in s.safety.days)
        return len(s.measures) * 3 + len(s.ideas) + len(s.problems) + events + 3 * len(s.a3s)

    teams = [b for b in services.boards.list_boards() if b.kind == "team"]
    return max(teams, key=richness)


def settle(app: QApplication, rounds: int = 5) -> None:
    # The board's data arrives through the operation runner (ui/common/ops.py), off the GUI
    # thread, until it has answered; then layouts and pyqtgraph settle over a few event-loop
    # turns before a grab is true.
    for _ in range(rounds):
        app.processEvents()
    for _ in range(1000):
        if ops.idle():
            break
        app.processEvents()
        time.sleep(0.005)
    for _ in range(rounds):
        app.processEvents()


def grab_with_windows(wall: QWidget) -> QPixmap:
    """The wall as a person sees it: its picture, the cards open over it, the keyboard on top."""
    picture = wall.grab()
    windows = [
        w
        for w in QApplication.topLevelWidgets()
        if w is not wall and w.isVisible() and isinstance(w, QDialog | OnScreenKeyboard)
    ]
    windows.sort(key=lambda w: isinstance(w, OnScreenKeyboard))  # the keyboard over the cards
    painter = QPainter(picture)
    for window in windows:
        painter.drawPixmap(window.geometry().topLeft() - wall.geometry().topLeft(), window.grab())
    painter.end()
    return picture


def save(picture: QPixmap, file: Path, what: str) -> None:
    picture.save(str(file))
    print(f"{file}: {what}, {picture.width()}×{picture.height()}")


def card_shots(app: QApplication, wall: WallWindow, out: Path, today: dt.date) -> None:
    """The wall's cards: the keyboard typing an idea, a day of the cross, the held huddle,
    the undo strip. The writes they make are undone again (a screenshot database)."""
    view = wall.board_view
    view.show_page("today")
    settle(app)
    mood, cross, huddle = view.sections["mood"], view.sections["safety"], view.sections["huddle"]

    mood.vote(6)  # type: ignore[attr-defined]
    settle(app)
    mood.ask_idea()  # type: ignore[attr-defined]  # "Idea": the form every voter may open
    settle(app)
    dialog = mood.idea_dialog  # type: ignore[attr-defined]
    keyboard = wall.keyboard.keyboard
    keyboard.toggle_shift()
    for key in "lisää käsidesiä oville":
        keyboard.type_key(key)
    settle(app)
    save(grab_with_windows(wall), out / "wall-keyboard.png", "on-screen keyboard")
    dialog.reject()
    settle(app)
    undo_bar_for(wall).undo()  # the vote was for the picture: taken back
    settle(app)

    undo_bar_for(wall).hide()  # its "Kumottu." is not part of the next picture
    yesterday = today - dt.timedelta(days=1)
    card = cross.open_day(yesterday)  # type: ignore[attr-defined]
    settle(app, 10)
    save(grab_with_windows(wall), out / "wall-safety-card.png", f"safety card {yesterday}")
    card.buttons[("fall", "near_miss")].click()
    settle(app, 10)
    save(grab_with_windows(wall), out / "wall-undo.png", "undo strip after a recording")
    undo_bar_for(wall).undo()
    settle(app, 10)

    undo_bar_for(wall).hide()
    huddle.open_done_dialog()  # type: ignore[attr-defined]
    settle(app)
    save(grab_with_windows(wall), out / "wall-huddle-held.png", "huddle held")
    huddle.dialog.reject()  # type: ignore[attr-defined]
    settle(app)


def language_shot(
    app: QApplication, services: Services, board: BoardInfo, file: Path, today: dt.date
) -> int:
    wall = WallWindow(services, board.id, today=lambda: today)
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


def private_settings() -> None:
    """The desktop window remembers its size and board: in a folder of its own, not the
    user's (neither read from it nor written to it)."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="lb-")
    )


def desk_shot(
    app: QApplication, services: Services, board: BoardInfo, size: str, out: Path, today: dt.date
) -> int:
    width, height = (int(x) for x in size.lower().split("x"))
    window = MainWindow(services, today=lambda: today)
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
        "--today",
        type=dt.date.fromisoformat,
        default=dt.date(2026, 11, 25),
        help="the day the demo is seeded up to and the wall shows (default 2026-11-25)",
    )
    parser.add_argument(
        "--lang",
        choices=("fi", "sv", "en"),
        help="only the wall board's Tänään page in this language: docs/wall-board-<lang>.png",
    )
    parser.add_argument("--desk", metavar="WxH", help="only the desktop window at this size")
    args = parser.parse_args(argv)
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if args.desk and ("configfile" not in platform or "leanboard-screenshot-screen" in platform):
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
    private_settings()
    services = open_services(args.database)
    if services.boards.count() == 0:
        from leanboard.services.demo import seed_demo

        seed_demo(services.db, "small", today=args.today)
    today = args.today
    board = best_team_board(services, today)
    if args.lang:
        return language_shot(app, services, board, out / f"wall-board-{args.lang}.png", today)
    if args.desk:
        return desk_shot(app, services, board, args.desk, out, today)

    wall = WallWindow(services, board.id, today=lambda: today)
    wall.resize(1920, 1080)
    wall.show()
    settle(app)  # the pages exist once the board is read
    for page, name in WALL_PAGES:
        wall.board_view.show_page(page)
        settle(app)
        save(wall.grab(), out / name, f"{board.name} ({board.code})")
    card_shots(app, wall, out, today)
    wall.leave()

    # The unit above it, on its roll-up page: how a tier-2 board sees its teams.
    unit = services.boards.get(board.parent_id) if board.parent_id else None
    if unit is not None:
        tier2 = WallWindow(services, unit.id, today=lambda: today)
        tier2.resize(1920, 1080)
        tier2.show()
        settle(app)
        tier2.board_view.show_page("below")
        settle(app)
        tier2.grab().save(str(out / "wall-rollup.png"))
        print(f"{out / 'wall-rollup.png'}: {unit.name} ({unit.code})")
        tier2.leave()
        tier2.deleteLater()

    window = MainWindow(services, today=lambda: today)
    window.resize(1600, 1000)
    window.select_board(board.id)
    window.show()
    settle(app)
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
