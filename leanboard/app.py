"""Composition root of the GUI: QApplication, locale, translator, services, windows.

Only this module wires things together; widgets receive services (and the live-update
adapter) through their constructors. The windows are imported where they are opened: a wall
screen starts without loading the desktop window, the A3 editor or the PDF library.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog

from leanboard import __version__, config, i18n, paths
from leanboard.domain.errors import LeanBoardError
from leanboard.fileio import private_folder
from leanboard.services import Services, open_services
from leanboard.services.dto import BoardInfo
from leanboard.ui.common import msgbox
from leanboard.ui.common.live import LiveUpdates

_translators: list[QTranslator] = []  # kept alive as long as the application


def make_application(lang: str = "") -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("LeanBoard")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("LeanBoard")
    app.setOrganizationDomain("leanboard.fi")
    lang = lang or i18n.language()  # the command line chose it from the settings (config.py)
    i18n.set_language(lang)  # reports and presentation names (Qt-free) follow it too
    QLocale.setDefault(LOCALES[lang])
    install_translations(app, lang)
    use_bundled_font(app)
    return app


LOCALES = {
    "fi": QLocale(QLocale.Language.Finnish, QLocale.Country.Finland),
    "sv": QLocale(QLocale.Language.Swedish, QLocale.Country.Finland),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def install_translations(app: QApplication, lang: str) -> None:
    """Ours (leanboard_<lang>.qm, the same file leanboard.i18n reads) and Qt's own texts
    (Kyllä/Ei, qtbase_<lang>.qm from PySide6).

    Finnish is the source language; leanboard_fi.qm only carries the plural forms. A missing
    file of ours is an error (i18n.TranslationMissing), never a board in half Finnish.
    """
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    ours = QTranslator(app)
    if not ours.load(str(i18n.qm_file(lang))):
        raise i18n.TranslationMissing(lang, i18n.qm_file(lang))
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Ours first, Qt's last: the last installed is asked first, so Qt's own contexts
    # (QPlatformTheme "Cancel", which smoke.py asks for) always come from qtbase_<lang>.
    for translator in (ours, qt_own) if qt_own.load(f"qtbase_{lang}", qt_dir) else (ours,):
        app.installTranslator(translator)
        _translators.append(translator)


def use_bundled_font(app: QApplication) -> None:
    """DejaVu Sans from the package: every Finnish letter and status symbol, on every PC."""
    fonts = paths.resources_dir() / "fonts"
    for file in sorted(fonts.glob("DejaVuSans*.ttf")) if fonts.is_dir() else []:
        QFontDatabase.addApplicationFont(str(file))
    if "DejaVu Sans" in QFontDatabase.families():
        app.setFont(QFont("DejaVu Sans"))


def show_start_failure(message: str) -> None:
    """Why the program cannot start, for a windowed program with no stderr (cli.fail_at_start)."""
    existing = QApplication.instance()
    if not isinstance(existing, QApplication):
        QApplication(sys.argv[:1])
    msgbox.error(None, "LeanBoard", message)


def ensure_sqlite_folder(url: str) -> None:
    """A first start in a fresh user folder: SQLite can create the file, not its folder."""
    if url.startswith("sqlite:///") and ":memory:" not in url:
        private_folder(Path(url.removeprefix("sqlite:///")).expanduser().parent)


def open_or_explain(url: str) -> Services | None:
    ensure_sqlite_folder(url)
    try:
        return open_services(url)
    except LeanBoardError as error:
        msgbox.error(None, "LeanBoard", str(error))
    except Exception as error:  # a broken URL or a driver error: shown, not a traceback
        # Never the password: the dialog may be on a wall screen in a corridor.
        shown = config.mask_password(url)
        text = i18n.translate("App", "Tietokantaa ei voi avata: {url}").format(url=shown)
        msgbox.error(None, "LeanBoard", f"{text}\n{config.mask_password(str(error))}")
    return None


def first_start(services: Services) -> bool:
    """An empty database: ask for the first board (or, on request, the demo). False: quit."""
    if services.boards.count():
        return True
    from leanboard.ui.admin.first_start import FirstStartDialog

    return FirstStartDialog(services).exec() == QDialog.DialogCode.Accepted


def run_gui(database_url: str, lang: str = "", demo: bool = False) -> int:
    app = make_application(lang)
    services = open_or_explain(database_url)
    if services is None:
        return 1
    try:
        if not first_start(services):
            return 0
        from leanboard.ui.desk.main_window import MainWindow
        from leanboard.ui.wall.window import WallWindow

        live = LiveUpdates(services)
        window = MainWindow(services, live)
        if demo:
            window.setWindowTitle(
                window.windowTitle() + i18n.translate("App", " — esittelyaineisto")
            )
        walls: list[WallWindow] = []

        def open_wall(board_id: int) -> None:
            wall = WallWindow(services, board_id, live)
            wall.left.connect(lambda: walls.remove(wall) if wall in walls else None)
            walls.append(wall)
            wall.showFullScreen()

        window.wall_requested.connect(open_wall)
        window.show()
        code = app.exec()
        live.close()
        return int(code)
    finally:
        services.close()


def choose_wall_board(services: Services, board_code: str | None) -> BoardInfo | None:
    """--board CODE; else the only team board; else ask which (None: the user cancelled)."""
    if board_code:
        return services.boards.by_code(board_code)
    boards = services.boards.list_boards()
    teams = [b for b in boards if b.kind == "team"]
    candidates = teams or boards
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    from leanboard.ui.common.theme import WALL
    from leanboard.ui.wall.menu import WallMenuDialog

    chosen: list[int] = []
    dialog = WallMenuDialog(boards, candidates[0].id, WALL)
    dialog.leave_button.setText(dialog.tr("Lopeta"))
    dialog.board_chosen.connect(chosen.append)
    dialog.exec()
    return next((b for b in boards if chosen and b.id == chosen[0]), None)


def run_wall(
    database_url: str, lang: str = "", board_code: str | None = None, quit_after_paint: bool = False
) -> int:
    """The wall window for one board; `quit_after_paint` ends the program right after the
    board's first painted frame (exit 0), so a whole start can be timed from outside."""
    app = make_application(lang)
    services = open_or_explain(database_url)
    if services is None:
        return 1
    try:
        if not first_start(services):
            return 0
        try:
            board = choose_wall_board(services, board_code)
        except LeanBoardError as error:
            msgbox.error(None, "LeanBoard", str(error))
            return 1
        if board is None:
            return 0
        from leanboard.ui.wall.window import WallWindow

        live = LiveUpdates(services)
        wall = WallWindow(services, board.id, live, hide_cursor=False)
        wall.left.connect(app.quit)
        if quit_after_paint:

            def painted() -> None:
                wall.repaint()  # the first frame with the board's data, painted now
                app.exit(0)  # not quit(): that asks the wall to close, which it refuses

            wall.board_view.first_page_shown.connect(painted)
        wall.showFullScreen()
        code = app.exec()
        live.close()
        return int(code)
    finally:
        services.close()
