"""Render the screenshots of chart notes, phases, MDC icons and "Mitä uutta" offscreen.

    QT_QPA_PLATFORM=offscreen python packaging/screenshots_charts.py [--database URL] [--out docs]

The first care-home team of the demo (its charts carry the demo's notes, a phase start and a
frozen baseline): the wall's goals page (docs/wall-goals-notes.png), its "Mitä uutta" card
(docs/wall-news.png), a goal opened on the wall (docs/wall-goal-card.png), and the desktop's
chart dialog in its control-chart view (docs/desk-chart.png). An empty database is filled
with the small demo first.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from leanboard.app import make_application
from leanboard.services import open_services
from leanboard.ui.common import ops
from leanboard.ui.goals.chart_dialog import MeasureChartDialog
from leanboard.ui.goals.panel import GoalsPanel
from leanboard.ui.wall.window import WallWindow


def settle(app: QApplication, seconds: float = 1.5) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end or not ops.idle():
        app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", default="sqlite:///screenshots.db")
    parser.add_argument("--out", default="docs")
    args = parser.parse_args(argv)
    app = make_application()
    services = open_services(args.database)
    if not services.boards.list_boards():
        from leanboard.services.demo import seed_demo

        seed_demo(services.db)
    board = services.boards.by_code("PK-KOIVU")
    out = Path(args.out)

    wall = WallWindow(services, board.id)
    wall.resize(1920, 1080)
    wall.show()
    settle(app)
    wall.board_view.show_page("goals")
    settle(app)
    wall.grab().save(str(out / "wall-goals-notes.png"))
    print(out / "wall-goals-notes.png")

    panel = wall.board_view.sections["goals"]
    assert isinstance(panel, GoalsPanel)
    series = next(s for s in wall.board_view.snapshot.measures if s.annotations)  # type: ignore[union-attr]
    panel.open_goal(series)
    settle(app)
    assert panel.goal_card is not None
    # Offscreen the screen is 800×600, which caps a dialog's first size below the wall's.
    panel.goal_card.resize(panel.goal_card.sizeHint())
    settle(app, 0.3)
    panel.goal_card.grab().save(str(out / "wall-goal-card.png"))
    print(out / "wall-goal-card.png")
    panel.goal_card.reject()
    settle(app)

    card = wall.board_view.open_news()
    settle(app)
    assert card is not None
    card.grab().save(str(out / "wall-news.png"))
    print(out / "wall-news.png", len(card.lines), "lines")
    card.reject()
    settle(app)

    measure = next(s.measure.id for s in wall.board_view.snapshot.measures if s.marks)  # type: ignore[union-attr]
    dialog = MeasureChartDialog(services, board.id, measure)
    dialog.resize(1000, 720)
    dialog.show()
    settle(app)
    dialog.view_combo.setCurrentIndex(1)
    settle(app)
    dialog.grab().save(str(out / "desk-chart.png"))
    print(out / "desk-chart.png")
    dialog.close()
    wall.leave()
    wall.deleteLater()
    dialog.deleteLater()
    settle(app, 0.2)
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
