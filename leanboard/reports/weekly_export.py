"""Export weekly board PDFs: one function for the command line and the app's menu alike.

Every board at once is the weekly archive: `DIR/2026-W49/CODE.pdf`, one folder per ISO week,
with a `SHA256SUMS` file beside the PDFs (the format of GNU `sha256sum`, so an archive checks
what it received with `sha256sum -c SHA256SUMS`). A scheduled run keeps the files that exist
unless told to overwrite, so running it twice, or again after a failure, only fills the gaps.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from leanboard.domain.errors import ValidationError
from leanboard.domain.periods import resolve_week, week_key
from leanboard.fileio import private_folder, replacing, write_atomically
from leanboard.i18n import translate
from leanboard.reports.weekly_pdf import render_weekly_pdf
from leanboard.services import Services
from leanboard.services.dto import BoardInfo, Rollup
from leanboard.services.weekly import WeekReport

SUMS_NAME = "SHA256SUMS"

Progress = Callable[[int, int, BoardInfo], None]


@dataclass(frozen=True)
class ArchiveExport:
    """What one run of the weekly archive did in its week folder."""

    folder: Path  # DIR/2026-W49
    written: list[Path]
    skipped: list[Path]  # existed already and were kept
    sums: Path  # DIR/2026-W49/SHA256SUMS, covering every PDF in the folder


def pdf_name(code: str, week_key: str) -> str:
    """OS2-AKUUTTI_2026-W47.pdf: board codes are already safe in file names (A–Z, 0–9, - _)."""
    return f"{code}_{week_key}.pdf"


def archive_name(code: str) -> str:
    """OS2-AKUUTTI.pdf, inside the week's folder of the archive."""
    return f"{code}.pdf"


def export_week(
    services: Services,
    board_code: str | None,
    week: str,
    out: Path | None,
    all_boards: bool = False,
    *,
    page_size: str = "A4",
    printed_at: dt.datetime | None = None,
    progress: Progress | None = None,
    overwrite: bool = True,
    today: dt.date | None = None,
) -> list[Path]:
    """Write the week's PDF of one board (`out`: a file or a folder) or of every board
    (`out`: the archive folder; see `export_archive`). Returns the files written.

    `week` is an ISO week (2026-W49), `last` or `this` (the weeks of `today`).
    `progress(done, total, board)` is called before each board, for the app's progress bar.
    """
    today = today or services.clock.today()
    monday = resolve_week(week, today)
    if all_boards == (board_code is not None):
        raise ValidationError(translate("WeeklyPdf", "Anna joko taulun tunnus tai --all."), "board")
    if all_boards:
        return export_archive(
            services,
            week,
            out or Path("."),
            overwrite=overwrite,
            page_size=page_size,
            printed_at=printed_at,
            progress=progress,
            today=today,
        ).written
    assert board_code is not None
    board = services.boards.by_code(board_code)
    name = pdf_name(board.code, week_key(monday))
    if out is None:
        target = Path(name)
    elif out.is_dir():
        target = out / name
    else:
        target = out
    if progress is not None:
        progress(0, 1, board)
    write_board(services, board, monday, target, page_size, printed_at, today)
    return [target]


def export_archive(
    services: Services,
    week: str,
    out_dir: Path,
    *,
    overwrite: bool,
    page_size: str = "A4",
    printed_at: dt.datetime | None = None,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> ArchiveExport:
    """Every board's PDF of the week into `out_dir/2026-W49/CODE.pdf`, then `SHA256SUMS`.

    A PDF that exists is kept unless `overwrite`. A failure stops the run with the files
    written so far in place (each one whole); the next run writes the rest and the sums."""
    today = today or services.clock.today()
    monday = resolve_week(week, today)
    folder = private_folder(out_dir.expanduser() / week_key(monday))
    boards = services.boards.list_boards()
    written: list[Path] = []
    skipped: list[Path] = []
    for n, board in enumerate(boards):
        if progress is not None:
            progress(n, len(boards), board)
        path = folder / archive_name(board.code)
        if path.exists() and not overwrite:
            skipped.append(path)
            continue
        write_board(services, board, monday, path, page_size, printed_at, today)
        written.append(path)
    return ArchiveExport(folder, written, skipped, write_checksums(folder))


def write_board(
    services: Services,
    board: BoardInfo,
    monday: dt.date,
    path: Path,
    page_size: str,
    printed_at: dt.datetime | None,
    today: dt.date,
) -> None:
    report = services.weekly.week(board.id, monday, today)
    # Boards with boards below them add the roll-up of the week (up to today), its mood
    # as released today: a past week's final figures, the running week's so far.
    last_day = min(monday + dt.timedelta(days=6), today)
    rollup = (
        services.rollup.rollup(board.id, last_day, as_of=today) if board.kind != "team" else None
    )
    write_pdf(report, path, page_size, printed_at, rollup)


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


def write_checksums(folder: Path) -> Path:
    """`SHA256SUMS` over every PDF in `folder`, as GNU `sha256sum` writes it (text mode:
    the digest, two spaces, the name), so that `sha256sum -c SHA256SUMS` checks them."""
    lines = []
    for path in sorted(folder.glob("*.pdf")):
        if not path.is_file():
            continue
        with path.open("rb") as stream:
            digest = hashlib.file_digest(stream, "sha256").hexdigest()
        lines.append(checksum_line(digest, path.name))
    return write_atomically(folder / SUMS_NAME, "".join(lines))


def checksum_line(digest: str, name: str) -> str:
    """One line; a name with a backslash or a line break is escaped as sha256sum does."""
    if "\\" in name or "\n" in name:
        escaped = name.replace("\\", "\\\\").replace("\n", "\\n")
        return f"\\{digest}  {escaped}\n"
    return f"{digest}  {name}\n"
