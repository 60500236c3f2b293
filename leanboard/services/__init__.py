"""Use cases: one transaction per user action, plain data back (no Qt).

`Services` bundles them for the UI and the CLI, which receive it and never see the database.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from leanboard.domain.clock import Clock
from leanboard.services.a3 import A3Service
from leanboard.services.access import AccessService
from leanboard.services.annotations import ChartMarkService
from leanboard.services.board_view import BoardViewService
from leanboard.services.boards import BoardService
from leanboard.services.history import HistoryService
from leanboard.services.huddles import HuddleService
from leanboard.services.ideas import IdeaService
from leanboard.services.measures import MeasureService
from leanboard.services.mood import MoodService
from leanboard.services.news import NewsService
from leanboard.services.pins import PinService
from leanboard.services.problems import ProblemService
from leanboard.services.rollup import RollupService
from leanboard.services.safety import SafetyService
from leanboard.services.weekly import WeeklyService
from leanboard.store.database import Database
from leanboard.store.migrate import ensure_current

if TYPE_CHECKING:
    from leanboard.services.board_import import BoardImportService
    from leanboard.services.imports import ImportService


class Services:
    """Every use case over one database. `clock` (default: the database's, normally the
    system clock) says what day and moment it is for all of them and for what they write."""

    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        if clock is not None:
            db.clock = clock
        self.db = db
        self.boards = BoardService(db)
        self.pins = PinService(db)
        self.access = AccessService(db)
        self.measures = MeasureService(db)
        self.mood = MoodService(db)
        self.ideas = IdeaService(db)
        self.problems = ProblemService(db)
        self.safety = SafetyService(db)
        self.huddles = HuddleService(db)
        self.a3 = A3Service(db)
        self.history = HistoryService(db)
        self.view = BoardViewService(db)
        self.weekly = WeeklyService(db)
        self.rollup = RollupService(db)
        self.marks = ChartMarkService(db)
        self.news = NewsService(db)

    # The file imports are made on first use: no screen needs them to start (the CSV readers
    # are a part of every wall's start it would otherwise pay).
    @cached_property
    def imports(self) -> ImportService:
        from leanboard.services.imports import ImportService

        return ImportService(self.db)

    @cached_property
    def board_import(self) -> BoardImportService:
        from leanboard.services.board_import import BoardImportService

        return BoardImportService(self.db)

    @property
    def clock(self) -> Clock:
        return self.db.clock

    @clock.setter
    def clock(self, clock: Clock) -> None:
        self.db.clock = clock

    @property
    def database_label(self) -> str:
        return self.db.url_text()

    @property
    def database_place(self) -> tuple[str, str, str]:
        """(backend, database name, host) — where the data lives, for a sentence a person
        reads (no URL): ("sqlite", "leanboard.db", "") or ("postgresql", "leanboard", "dbhost")."""
        url = self.db.url
        if self.db.backend == "sqlite":
            return "sqlite", (url.database or "").replace("\\", "/").rsplit("/", 1)[-1], ""
        return self.db.backend, url.database or "", url.host or "localhost"

    def close(self) -> None:
        self.db.dispose()


def open_services(
    url: str, actor: str | None = None, migrate: bool = True, clock: Clock | None = None
) -> Services:
    """Open the database at `url`, bring its schema up to date, and wire the services."""
    db = Database(url, actor=actor, clock=clock)
    if migrate:
        ensure_current(db.engine)
    return Services(db)
