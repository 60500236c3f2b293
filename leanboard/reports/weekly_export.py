"""Export weekly board PDFs: one function for the command line and the app's menu alike."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from leanboard.domain.errors import ValidationError
from leanboard.domain.periods import week_start
from leanboard.fileio import replacing
from leanboard.i18n import translate
from leanboard.reports.weekly_pdf import render_weekly_pdf
from leanboard.services import Services
from leanboard.services.dto import BoardInfo, Rollup
from leanboard.services.weekly import WeekReport


def pdf_name(code: str, week_key: str) -> str:
    """OS2-AKUUTTI_2026-W47.pdf: board codes are already safe in file names (A–Z, 0–9, - _)."""
    return f"{code}_{week_key}.pdf"


def export_week(
    services: Services,
    board_code: str | None,
    week: str,
    out: Path | None,
    all_boards: bool = False,
    *,
    page_size: str = "A4",
    printed_at: dt.datetime | None = None,
    progress: Callable[[int, int, BoardInfo], None] | None = None,
) -> list[Path]:
    """Write the week's PDF of one board (`out`: a file or a folder) or of every board
    (`out`: a folder, one file per board). Returns the files written.

    `progress(done, total, board)` is called before each board, for the app's progress bar.
    """
    monday = week_start(week)
    if all_boards == (board_code is not None):
        raise ValidationError(translate("WeeklyPdf", "Anna joko taulun tunnus tai --all."), "board")
    if all_boards:
        boards = services.boards.list_boards()
        folder = out or Path(".")
        folder.mkdir(parents=True, exist_ok=True)
        targets = [(b, folder / pdf_name(b.code, _week_key(monday))) for b in boards]
    else:
        assert board_code is not None
        board = services.boards.by_code(board_code)
        name = pdf_name(board.code, _week_key(monday))
        if out is None:
            target = Path(name)
        elif out.is_dir():
            target = out / name
        else:
            target = out
        targets = [(board, target)]
    written = []
    for n, (board, path) in enumerate(targets):
        if progress is not None:
            progress(n, len(targets), board)
        report = services.weekly.week(board.id, monday)
        # Boards with boards below them add the roll-up of the week (up to today).
        last_day = min(monday + dt.timedelta(days=6), dt.date.today())
        rollup = services.rollup.rollup(board.id, last_day) if board.kind != "team" else None
        write_pdf(report, path, page_size, printed_at, rollup)
        written.append(path)
    return written


def _week_key(monday: dt.date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def write_pdf(
    report: WeekReport,
    path: Path,
    page_size: str,
    printed_at: dt.datetime | None,
    rollup: Rollup | None = None,
) -> None:
    """Render beside the target and then replace it: a reader never sees half a PDF."""
    with replacing(path) as stream:
        render_weekly_pdf(report, stream, page_size, printed_at, rollup)
