"""`leanboard --smoke-test`: prove that an installed LeanBoard (or a PyInstaller bundle) works.

Runs the whole path a real start takes, offscreen and against a throw-away SQLite file in a
temporary folder — never the user's database: Qt starts, the bundled migrations, fonts and icon
are found, the schema is migrated, the small demo is seeded, the wall board of the demo's first
team board is painted (and must not be blank), and that board's weekly PDF is written (it must
be a one-page PDF). One line per step with its time; exit 0, or 1 naming the failed step.

A windowed Windows build has no standard output: `--smoke-log FILE` writes the same lines to a
file that an installer check or IT can read. The lines are in the --lang language (Finnish
without it), and the wall board is painted in it too.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from leanboard import i18n
from leanboard.domain.presentation import fi_number
from leanboard.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from leanboard.services import Services
    from leanboard.services.dto import BoardInfo

WALL_SIZE = (1920, 1080)
PAINT_DEADLINE_S = 20.0
# A painted wall board has cards, text and charts in many colours; an unpainted one is a single
# fill. The sampled grid is coarse so that the check costs nothing.
MIN_COLOURS = 12
PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


class SmokeFailure(Exception):
    """A step's check failed: the message says what was seen."""


class StepFailed(Exception):
    def __init__(self, step: str, reason: str) -> None:
        super().__init__(f"{step}: {reason}")
        self.step = step
        self.reason = reason


class Report:
    """Writes each step's line to stdout (when there is one) and to the log file (if given)."""

    def __init__(self, log: TextIO | None) -> None:
        self._log = log
        self.started = time.perf_counter()

    def line(self, text: str) -> None:
        for stream in (sys.stdout, self._log):
            if stream is not None:
                print(text, file=stream, flush=True)

    def failure(self, text: str) -> None:
        if sys.stderr is not None:
            print(f"leanboard: {text}", file=sys.stderr, flush=True)
        if self._log is not None:
            print(text, file=self._log, flush=True)

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        except Exception as error:
            reason = " ".join(str(error).split()) or type(error).__name__
            if not isinstance(error, SmokeFailure):  # an unexpected error: name its kind
                reason = f"{type(error).__name__}: {reason}"
            raise StepFailed(name, reason) from error
        self.line(
            translate("Smoke", "savutesti: {step} ok {time}").format(
                step=name, time=seconds(time.perf_counter() - started)
            )
        )


def seconds(value: float) -> str:
    return f"{fi_number(value, 2)} s"


def run_smoke_test(log_path: str | None = None, pdf_path: str | None = None) -> int:
    """`pdf_path`: keep a copy of the weekly PDF there (CI reads its language back)."""
    log = open(log_path, "w", encoding="utf-8") if log_path else None  # noqa: SIM115
    try:
        report = Report(log)
        try:
            _run(report, Path(pdf_path) if pdf_path else None)
        except StepFailed as failed:
            report.failure(
                translate("Smoke", "savutesti epäonnistui vaiheessa {step}: {reason}").format(
                    step=failed.step, reason=failed.reason
                )
            )
            return 1
        report.line(
            translate("Smoke", "savutesti: kaikki ok {time}").format(
                time=seconds(time.perf_counter() - report.started)
            )
        )
        return 0
    finally:
        if log is not None:
            log.close()


def _run(report: Report, keep_pdf: Path | None = None) -> None:
    # Before Qt is imported: a smoke test never opens a window, also on a desktop.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="leanboard-smoke-"))
    services: Services | None = None
    lang = i18n.language()  # main() set it from --lang; make_application keeps it
    try:
        with report.step("Qt"):
            from leanboard.app import make_application

            app = make_application(lang)
        with report.step(translate("Smoke", "resurssit")):
            check_resources(lang)
        with report.step(translate("Smoke", "tietokanta ja migraatiot")):
            from leanboard.services import open_services

            services = open_services(f"sqlite:///{folder / 'smoke.db'}", actor="smoke-test")
        with report.step(translate("Smoke", "esittelyaineisto")):
            from leanboard.services.demo import seed_demo

            seed_demo(services.db, "small")
            board = first_team_board(services)
        with report.step(translate("Smoke", "seinätaulu")):
            paint_wall(app, services, board)
        with report.step(translate("Smoke", "viikko-PDF")):
            written = export_pdf(services, board, folder)
            if keep_pdf is not None:
                shutil.copyfile(written, keep_pdf)
        with report.step(translate("Smoke", "siivous")):
            services.close()
            services = None
            shutil.rmtree(folder)
    finally:
        if services is not None:
            services.close()
        shutil.rmtree(folder, ignore_errors=True)


def check_resources(lang: str = "fi") -> None:
    """What the package must carry beside the code (leanboard/_data, found with
    importlib.resources in site-packages and in a bundle's _internal/ alike), and Qt's own
    translations (make_application has installed `lang`'s by now)."""
    from leanboard import paths

    needed = [
        paths.migrations_dir() / "env.py",
        paths.migrations_dir() / "script.py.mako",
        paths.resources_dir() / "fonts" / "DejaVuSans.ttf",
        paths.resources_dir() / "fonts" / "DejaVuSans-Bold.ttf",
        paths.resources_dir() / "icc" / "sRGB.icc",  # the PDF/A output intent
        paths.resources_dir() / "icons" / "leanboard.svg",
        i18n.qm_file(lang),
    ]
    missing = [str(path) for path in needed if not path.is_file()]
    if not list((paths.migrations_dir() / "versions").glob("*.py")):
        missing.append(str(paths.migrations_dir() / "versions" / "*.py"))
    if missing:
        raise SmokeFailure(translate("Smoke", "puuttuu {files}").format(files=", ".join(missing)))
    # Qt's own Finnish or Swedish (dialog buttons) comes from Qt's translations folder, which a
    # frozen Qt finds only when PyInstaller collected it and pointed Qt at it. English is Qt's
    # own language: nothing to find.
    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    if lang != "en" and QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel":
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        raise SmokeFailure(
            translate(
                "Smoke", "Qt:n oma käännös (qtbase_{lang}) puuttuu kansiosta {folder}"
            ).format(lang=lang, folder=folder)
        )


def first_team_board(services: Services) -> BoardInfo:
    teams = [b for b in services.boards.list_boards() if b.kind == "team"]
    if not teams:
        raise SmokeFailure(translate("Smoke", "esittelyaineistossa ei ole tiimitaulua"))
    return teams[0]


def paint_wall(app: QApplication, services: Services, board: BoardInfo) -> None:
    from PySide6.QtCore import QEvent, QObject

    from leanboard.ui.wall.window import WallWindow

    class PaintSeen(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    wall = WallWindow(services, board.id)
    seen = PaintSeen()
    wall.installEventFilter(seen)
    try:
        wall.resize(*WALL_SIZE)
        wall.show()
        # Painted with the board's data: the snapshot is read off the GUI thread first.
        wait_until(
            app, lambda: seen.painted and wall.board_view.snapshot is not None, PAINT_DEADLINE_S
        )
        if not seen.painted or wall.board_view.snapshot is None:
            raise SmokeFailure(
                translate("Smoke", "seinätaulu ei piirtynyt {seconds} sekunnissa").format(
                    seconds=f"{PAINT_DEADLINE_S:.0f}"
                )
            )
        for _ in range(3):  # layouts and charts settle over a few more turns
            app.processEvents()
        image = wall.grab().toImage()
        if image.isNull() or image.width() < 640 or image.height() < 480:
            raise SmokeFailure(
                translate("Smoke", "seinätaulun kuva {width}×{height}").format(
                    width=image.width(), height=image.height()
                )
            )
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), image.width() // 64)
            for y in range(0, image.height(), image.height() // 36)
        }
        if len(colours) < MIN_COLOURS:
            raise SmokeFailure(
                translate("Smoke", "seinätaulu on tyhjä ({count} väriä)").format(count=len(colours))
            )
    finally:
        wall.removeEventFilter(seen)
        wall.leave()
        wall.deleteLater()
        app.processEvents()


def wait_until(app: QApplication, done: Callable[[], bool], deadline_s: float) -> None:
    end = time.monotonic() + deadline_s
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def export_pdf(services: Services, board: BoardInfo, folder: Path) -> Path:
    from leanboard.reports.weekly_export import export_week

    year, week, _ = dt.date.today().isocalendar()
    target = folder / "viikko.pdf"
    export_week(services, board.code, f"{year}-W{week:02d}", target)
    data = target.read_bytes()
    if not data.startswith(b"%PDF"):
        raise SmokeFailure(translate("Smoke", "{file} ei ala %PDF").format(file=target.name))
    # reportlab writes plain (not compressed) object dictionaries: each page is one /Type /Page.
    pages = len(PAGE_OBJECT.findall(data))
    if pages != 1:
        raise SmokeFailure(
            translate("Smoke", "{file}: {pages} sivua, odotettiin 1").format(
                file=target.name, pages=pages
            )
        )
    return target
