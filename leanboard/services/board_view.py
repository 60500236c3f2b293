"""Everything one board shows, read in one transaction: the wall board, the window and the PDF.

A refresh is this one read: the snapshot also names the boards directly below (the view
watches their changes), so the view needs no second call.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from leanboard.services.a3 import board_a3s
from leanboard.services.access import rights_in
from leanboard.services.boards import board_children, board_info
from leanboard.services.dto import BoardSnapshot
from leanboard.services.editing import get_or_fail
from leanboard.services.huddles import board_huddles
from leanboard.services.ideas import board_ideas
from leanboard.services.measures import board_series
from leanboard.services.mood import mood_summary
from leanboard.services.problems import board_problems, problems_waiting_at
from leanboard.services.rollup import read_rollup
from leanboard.services.safety import event_kinds, safety_cross
from leanboard.store.database import Database
from leanboard.store.models import Board, Change

# Done ideas stay on the board for a week so the team sees what it finished.
DONE_IDEAS_SHOWN_DAYS = 7
RUN_CHART_POINTS = 26


class BoardViewService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def snapshot(self, board_id: int, today: dt.date | None = None) -> BoardSnapshot:
        day = today or self.db.clock.today()
        with self.db.read() as s:
            board = get_or_fail(s, Board, board_id, "Taulu")
            # Read the change position first: a change landing during the read is seen again
            # by the watcher rather than missed.
            last_change = int(s.scalar(select(func.max(Change.id))) or 0)
            done_since = self.db.clock.local_midnight_utc(
                day - dt.timedelta(days=DONE_IDEAS_SHOWN_DAYS)
            )
            return BoardSnapshot(
                board=board_info(board),
                parent=board_info(board.parent) if board.parent is not None else None,
                today=day,
                measures=tuple(board_series(s, board_id, RUN_CHART_POINTS, day)),
                mood=mood_summary(s, board_id, day),
                ideas=tuple(board_ideas(s, board_id, day, done_since=done_since)),
                problems=tuple(board_problems(s, board_id, day)),
                escalated_to_us=tuple(problems_waiting_at(s, board_id, day)),
                safety=safety_cross(s, board_id, day),
                safety_kinds=tuple(event_kinds(s)),
                a3s=tuple(board_a3s(s, board_id, day)),
                huddles_today=tuple(board_huddles(s, board_id, day, day)),
                last_change_id=last_change,
                rollup=read_rollup(s, board_id, day, self.db.clock.now()),
                rights=rights_in(s, self.db.backend, board_id),
                children=tuple(board_children(s, board_id)),
            )
