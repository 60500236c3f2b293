"""The `leanboard` command: the desktop app by default, headless sub-commands for scripts.

Users and their IT staff script these, so names, options and exit codes stay stable:
0 success; 1 failure with a one-line reason on stderr (in the chosen language); 2 wrong usage
(argparse). Each sub-command is a small function listed once in COMMANDS; add new ones there.
The database, language, wall board and PDF archive come from the settings (config.py): the
system file, the user's file, the environment, then the options given here.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import io
import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from leanboard import __version__, config, i18n, paths
from leanboard.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from leanboard.services.dto import BoardInfo
    from leanboard.store.database import Database

DATABASE_ENV = config.ENVIRONMENT["database"]
# For tests only: the date the commands take as today (`export-pdf --week last`), YYYY-MM-DD.
TODAY_ENV = "LEANBOARD_TODAY"
LANGUAGES = ("fi", "sv", "en")
DEMO_SCALES = ("small", "large")


@dataclass(frozen=True)
class Context:
    """What the global options decided, handed to every command."""

    database_url: str
    lang: str
    demo: bool
    explicit_database: bool  # --database given or LEANBOARD_DATABASE_URL set
    settings: config.Settings


@dataclass(frozen=True)
class Command:
    path: tuple[str, ...]  # ("db", "copy") is `leanboard db copy`
    help: str
    run: Callable[[argparse.Namespace, Context], int]
    arguments: Callable[[argparse.ArgumentParser], None] | None = None


# --- output that survives a windowed build (sys.stdout and sys.stderr are None there) -------


def say(message: str) -> None:
    if sys.stdout is not None:
        print(message, file=sys.stdout)


def complain(message: str) -> None:
    """The one-line reason for exit code 1 (never with a password in it)."""
    from leanboard.config import mask_password

    if sys.stderr is not None:
        print("leanboard: " + " ".join(mask_password(message).split()), file=sys.stderr)


def fail_at_start(message: str) -> int:
    """A start that cannot go on (settings, translations): the reason on stderr, or in a
    dialog where there is no stderr (the windowed program started from its shortcut)."""
    complain(message)
    if sys.stderr is None:
        from leanboard.app import show_start_failure

        show_start_failure(message)
    return 1


# --- helpers -------------------------------------------------------------------------------


def open_database(ctx: Context) -> Database:
    """The chosen database, migrated to the current schema (every command does this first)."""
    from leanboard.store.database import Database
    from leanboard.store.migrate import ensure_current

    db = Database(ctx.database_url)
    try:
        db.check_integrity()  # a damaged SQLite file is named before anything reads it
        ensure_current(db.engine)
    except BaseException:
        db.dispose()
        raise
    return db


def seed_demo_if_empty(db: Database, scale: str) -> object | None:
    from leanboard.services.boards import BoardService
    from leanboard.services.demo import seed_demo  # written alongside; imported only when used

    if BoardService(db).count():
        return None
    return seed_demo(db, scale)


def describe(summary: object) -> str:
    if dataclasses.is_dataclass(summary) and not isinstance(summary, type):
        fields = dataclasses.asdict(summary)
        return ", ".join(f"{name} {value}" for name, value in fields.items())
    return str(summary)


# --- commands ------------------------------------------------------------------------------


def run_app(args: argparse.Namespace, ctx: Context) -> int:
    """No sub-command: the desktop app. app.py opens and migrates the database itself, so that
    a failure is shown in a dialog (a windowed build has no stderr to read)."""
    if ctx.demo:
        db = open_database(ctx)
        try:
            seed_demo_if_empty(db, "small")
        finally:
            db.dispose()
    from leanboard.app import run_gui

    return int(run_gui(ctx.database_url, ctx.lang, ctx.demo))


def run_wall(args: argparse.Namespace, ctx: Context) -> int:
    if ctx.demo:
        db = open_database(ctx)
        try:
            seed_demo_if_empty(db, "small")
        finally:
            db.dispose()
    from leanboard.app import run_wall as start_wall

    board = args.board or ctx.settings.wall_board
    return int(start_wall(ctx.database_url, ctx.lang, board, args.quit_after_paint))


def wall_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--board", metavar="CODE", help=translate("Cli", "taulun tunnus, esim. TUU-AKUUTTI")
    )
    parser.add_argument(
        "--quit-after-paint",
        action="store_true",
        help=translate(
            "Cli", "lopeta heti, kun taulu on piirretty ensimmäisen kerran (käynnistysajan mittaus)"
        ),
    )


def run_db_upgrade(args: argparse.Namespace, ctx: Context) -> int:
    from leanboard.store.migrate import current_revision

    db = open_database(ctx)
    try:
        say(
            translate("Cli", "Tietokanta on ajan tasalla (skeema {schema}): {url}").format(
                schema=current_revision(db.engine), url=db.url_text()
            )
        )
    finally:
        db.dispose()
    return 0


def admins_only(action: str) -> str:
    return translate(
        "Cli",
        "{action}: vain ylläpitäjä (rooli admin) tai tietokannan omistaja saa lukea koko "
        "tietokannan. Mitään ei kirjoitettu.",
    ).format(action=action)


def run_db_copy(args: argparse.Namespace, ctx: Context) -> int:
    from leanboard.domain.errors import AccessDenied
    from leanboard.services.data_io import copy_database

    db = open_database(ctx)
    try:
        summary = copy_database(db, args.to)
    except AccessDenied as error:
        raise AccessDenied(f"{admins_only(translate('Cli', 'Kopiointi'))} ({error})") from None
    finally:
        db.dispose()
    say(
        translate("Cli", "Kopioitiin {count} riviä tietokantaan {target}.").format(
            count=summary.total, target=summary.target
        )
    )
    return 0


def db_copy_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--to",
        required=True,
        metavar="URL",
        help=translate("Cli", "kohdetietokanta (tyhjä), esim. postgresql://…"),
    )


def run_demo(args: argparse.Namespace, ctx: Context) -> int:
    from leanboard.domain.errors import LeanBoardError

    db = open_database(ctx)
    try:
        summary = seed_demo_if_empty(db, args.scale)
        if summary is None:
            raise LeanBoardError(
                translate(
                    "Cli",
                    "Tietokannassa {url} on jo tauluja: demo luodaan vain tyhjään tietokantaan.",
                ).format(url=db.url_text())
            )
        say(
            translate("Cli", "Demo luotu tietokantaan {url}: {summary}").format(
                url=db.url_text(), summary=describe(summary)
            )
        )
        if not ctx.explicit_database:
            say(translate("Cli", "Avaa se komennolla: leanboard --demo"))
    finally:
        db.dispose()
    return 0


def demo_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--scale", choices=DEMO_SCALES, default="small", help=translate("Cli", "demon koko")
    )


def run_export_data(args: argparse.Namespace, ctx: Context) -> int:
    from leanboard.domain.errors import AccessDenied, LeanBoardError

    if args.output is None and sys.stdout is None:
        raise LeanBoardError(
            translate("Cli", "Anna kohdetiedosto valitsimella -o: tulostevirtaa ei ole.")
        )
    db = open_database(ctx)
    try:
        return export_data_to(args, db)
    except AccessDenied as error:
        raise AccessDenied(f"{admins_only(translate('Cli', 'Vienti'))} ({error})") from None
    finally:
        db.dispose()


def export_data_to(args: argparse.Namespace, db: Database) -> int:
    from leanboard.fileio import replacing_text
    from leanboard.services.data_io import write_export

    if args.output is not None:
        # A half-written backup is worse than none: written beside, then replaced.
        with replacing_text(Path(args.output)) as stream:
            count = write_export(db, stream)
        say(
            translate("Cli", "Vietiin {count} riviä tiedostoon {file}.").format(
                count=count, file=args.output
            )
        )
        say(complete_backup_note())
        return 0
    # The data goes to stdout; the word about what it is, to stderr.
    if sys.stderr is not None:
        print(complete_backup_note(), file=sys.stderr)
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        write_export(db, sys.stdout)
        return 0
    # UTF-8 whatever the console's encoding; detached afterwards so stdout stays open.
    sys.stdout.flush()
    stream = io.TextIOWrapper(buffer, encoding="utf-8", newline="\n")
    try:
        write_export(db, stream)
        stream.flush()
    finally:
        stream.detach()
    return 0


def complete_backup_note() -> str:
    return translate(
        "Cli",
        "Tämä on täydellinen varmuuskopio: kaikki tiedot, myös fiiliksen äänimäärät päivittäin "
        "ja vielä näyttämättömät. Säilytä se kuten itse tietokanta.",
    )


def export_data_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE.json",
        help=translate("Cli", "kohdetiedosto (oletus: vakiotuloste)"),
    )


def run_import_data(args: argparse.Namespace, ctx: Context) -> int:
    from leanboard.domain.errors import LeanBoardError
    from leanboard.services.data_io import import_file

    if not Path(args.file).is_file():  # said before the database is opened (or created)
        raise LeanBoardError(
            translate("DataIo", "Tiedostoa {path} ei löydy.").format(path=args.file)
        )
    db = open_database(ctx)
    try:
        summary = import_file(db, args.file)  # read a row at a time: any size fits in memory
    finally:
        db.dispose()
    say(
        translate("Cli", "Tuotiin {count} riviä tiedostosta {file}.").format(
            count=summary.total, file=args.file
        )
    )
    return 0


def import_data_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE.json", help=translate("Cli", "export-data-komennon tekemä tiedosto")
    )


def run_export_pdf(args: argparse.Namespace, ctx: Context) -> int:
    from leanboard.reports.weekly_export import export_archive, export_week
    from leanboard.services import Services

    if args.all and args.output:
        complain(
            translate(
                "Cli", "Valitsin -o on yhdelle taululle; käytä --all-valitsimen kanssa --out-dir."
            )
        )
        return 2
    archive = ctx.settings.pdf_archive
    if args.all and not args.out_dir and archive is None:
        complain(translate("Cli", "Anna --all-valitsimen kanssa kohdekansio: --out-dir DIR."))
        return 2
    if args.overwrite and not args.all:
        complain(
            translate(
                "Cli", "Valitsin --overwrite on arkistolle: käytä sitä --all-valitsimen kanssa."
            )
        )
        return 2
    today = cli_today()
    # The folder: --out-dir, else the PDF archive folder of the settings.
    folder = Path(args.out_dir) if args.out_dir else archive
    db = open_database(ctx)
    try:
        if not args.all:
            out = Path(args.output) if args.output else folder
            if out is not None and out == archive:
                out.mkdir(parents=True, exist_ok=True)  # the archive folder of the settings
            written = export_week(
                Services(db), args.board, args.week, out, page_size=args.page_size, today=today
            )
            for path in written:
                say(translate("Cli", "Kirjoitettiin {path}").format(path=path))
            return 0
        assert folder is not None  # refused above without either
        made = export_archive(
            Services(db),
            args.week,
            folder,
            overwrite=args.overwrite,
            page_size=args.page_size,
            today=today,
        )
    finally:
        db.dispose()
    for path in made.written:
        say(translate("Cli", "Kirjoitettiin {path}").format(path=path))
    for path in made.skipped:
        say(
            translate(
                "Cli", "Ohitettiin {path}: tiedosto on jo olemassa (--overwrite korvaa sen)."
            ).format(path=path)
        )
    say(translate("Cli", "Tarkistussummat: {path}").format(path=made.sums))
    return 0


def cli_today() -> dt.date:
    """Today, or for the tests of `--week last` the date in LEANBOARD_TODAY (YYYY-MM-DD)."""
    from leanboard.domain.errors import LeanBoardError

    fixed = os.environ.get(TODAY_ENV)
    if not fixed:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(fixed)
    except ValueError:
        raise LeanBoardError(
            translate("Cli", "{env}=”{value}” ei ole päivämäärä (vvvv-kk-pp).").format(
                env=TODAY_ENV, value=fixed
            )
        ) from None


def export_pdf_arguments(parser: argparse.ArgumentParser) -> None:
    from leanboard.domain.errors import ValidationError
    from leanboard.domain.periods import RELATIVE_WEEKS, week_start

    def iso_week(text: str) -> str:
        if text.strip().lower() in RELATIVE_WEEKS:
            return text.strip().lower()
        try:
            week_start(text)
        except ValidationError as error:  # a malformed week is wrong usage: exit code 2
            raise argparse.ArgumentTypeError(
                translate(
                    "Cli", "”{text}” ei ole ISO-viikko (esim. 2026-W47), last tai this"
                ).format(text=text)
            ) from error
        return text.strip().upper()

    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--board", metavar="CODE", help=translate("Cli", "taulun tunnus, esim. OS2-AKUUTTI")
    )
    which.add_argument(
        "--all",
        action="store_true",
        help=translate(
            "Cli", "jokainen taulu omaan tiedostoonsa: DIR/2026-W47/CODE.pdf ja SHA256SUMS"
        ),
    )
    parser.add_argument(
        "--week",
        required=True,
        type=iso_week,
        metavar="2026-W47|last|this",
        help=translate("Cli", "ISO-viikko; last = viimeksi päättynyt viikko, this = kuluva viikko"),
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", help=translate("Cli", "kohdetiedosto (yksi taulu)")
    )
    parser.add_argument("--out-dir", metavar="DIR", help=translate("Cli", "kohdekansio"))
    parser.add_argument(
        "--overwrite",
        action="store_true",
        help=translate("Cli", "korvaa viikon kansiossa jo olevat PDF:t (--all)"),
    )
    parser.add_argument(
        "--page-size", choices=("A4", "A3"), default="A4", help=translate("Cli", "sivukoko")
    )


def run_import_kpi(args: argparse.Namespace, ctx: Context) -> int:
    from leanboard.services.imports import ImportService

    db = open_database(ctx)
    try:
        summary = ImportService(db).import_kpi(Path(args.file))
    finally:
        db.dispose()
    values = (
        translate("Cli", "Tuotiin {count} arvo {boards} taululle")
        if summary.values == 1
        else translate("Cli", "Tuotiin {count} arvoa {boards} taululle")
    )
    say(
        values.format(count=summary.values, boards=len(summary.boards))
        + translate("Cli", " (uusia {new}, muuttuneita {changed}, ennallaan {same}).").format(
            new=summary.inserted, changed=summary.updated, same=summary.unchanged
        )
    )
    return 0


def import_kpi_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE.csv", help=translate("Cli", "sarakkeet board,measure,period,value")
    )


def run_import_nps(args: argparse.Namespace, ctx: Context) -> int:
    from leanboard.services.imports import ImportService

    db = open_database(ctx)
    try:
        summary = ImportService(db).import_nps(Path(args.file), args.board)
    finally:
        db.dispose()
    weeks = ", ".join(f"{f.period_key} {f.nps} (n = {f.answers})" for f in summary.weeks)
    months = ", ".join(f"{f.period_key} {f.nps} (n = {f.answers})" for f in summary.months)
    created = (
        translate("Cli", " Luotiin mittarit: {names}.").format(
            names=", ".join(summary.created_measures)
        )
        if summary.created_measures
        else ""
    )
    answers = (
        translate("Cli", "Tuotiin {count} vastaus taululle {board}")
        if summary.answers == 1
        else translate("Cli", "Tuotiin {count} vastausta taululle {board}")
    )
    say(
        answers.format(count=summary.answers, board=summary.board_code)
        + translate("Cli", ": NPS viikoittain {weeks}; kuukausittain {months}.").format(
            weeks=weeks, months=months
        )
        + created
    )
    return 0


def import_nps_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE.csv", help=translate("Cli", "sarakkeet date,score[,comment]")
    )
    parser.add_argument(
        "--board",
        required=True,
        metavar="CODE",
        help=translate("Cli", "taulu, jonka NPS-mittariin luvut tuodaan"),
    )


def run_export_a3(args: argparse.Namespace, ctx: Context) -> int:
    from leanboard.reports.a3_pdf import export_a3
    from leanboard.services import Services

    db = open_database(ctx)
    try:
        path = export_a3(Services(db), args.id, Path(args.output) if args.output else None)
    finally:
        db.dispose()
    say(translate("Cli", "Kirjoitettiin {path}").format(path=path))
    return 0


def export_a3_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", type=int, metavar="ID", help=translate("Cli", "A3-raportin numero"))
    parser.add_argument(
        "-o", "--output", metavar="FILE", help=translate("Cli", "kohdetiedosto tai -kansio")
    )


def run_config_show(args: argparse.Namespace, ctx: Context) -> int:
    for line in ctx.settings.lines():
        say(line)
    return 0


def postgresql_only(ctx: Context) -> None:
    """Access control lives in PostgreSQL: on SQLite say so before opening (or creating) a file."""
    from leanboard.services.access import needs_postgresql
    from leanboard.store.engine import normalise_url

    if normalise_url(ctx.database_url).get_backend_name() != "postgresql":
        raise needs_postgresql()


def run_access_setup(args: argparse.Namespace, ctx: Context) -> int:
    from leanboard.domain.access import AccessRole, group_role
    from leanboard.services.access import AccessService

    postgresql_only(ctx)
    db = open_database(ctx)
    try:
        schema = AccessService(db).setup()
    finally:
        db.dispose()
    say(
        translate(
            "Cli",
            "Käyttöoikeudet ovat käytössä tietokannassa {url} (skeema {schema}). "
            "Ryhmäroolit: {roles}.",
        ).format(
            url=db.url_text(), schema=schema, roles=", ".join(group_role(r) for r in AccessRole)
        )
    )
    return 0


def run_access_grant(args: argparse.Namespace, ctx: Context) -> int:
    from leanboard.domain.access import ROLES_NEEDING_BOARD, AccessRole
    from leanboard.services.access import AccessService

    role = AccessRole(args.role)
    if role in ROLES_NEEDING_BOARD and not args.board:
        complain(
            translate("Cli", "Roolille {role} tarvitaan taulu: --board CODE.").format(
                role=role.value
            )
        )
        return 2
    if role is AccessRole.ADMIN and args.board:
        complain(translate("Cli", "Ylläpitäjän (admin) rooli koskee koko tietokantaa: ei --board."))
        return 2
    postgresql_only(ctx)
    db = open_database(ctx)
    try:
        added = AccessService(db).grant(args.login, role.value, args.board)
    finally:
        db.dispose()
    where = (
        translate("Cli", "taululla {board}").format(board=args.board.strip().upper())
        if args.board
        else translate("Cli", "kaikilla tauluilla")
        if role is AccessRole.STAFF
        else translate("Cli", "koko tietokannassa")
    )
    message = (
        translate("Cli", "Tunnukselle {login} annettiin rooli {role} {where}.")
        if added
        else translate("Cli", "Tunnuksella {login} oli jo rooli {role} {where}.")
    )
    say(message.format(login=args.login, role=role.value, where=where))
    return 0


def run_access_revoke(args: argparse.Namespace, ctx: Context) -> int:
    from leanboard.domain.errors import NotFound
    from leanboard.services.access import AccessService

    postgresql_only(ctx)
    db = open_database(ctx)
    try:
        taken = AccessService(db).revoke(args.login, args.role, args.board)
    finally:
        db.dispose()
    if not taken:
        raise NotFound(
            translate(
                "Cli", "Tunnuksella {login} ei ollut tällaista roolia: mitään ei poistettu."
            ).format(login=args.login)
        )
    say(
        translate("Cli", "Tunnukselta {login} poistettiin rooleja: {count}.").format(
            login=args.login, count=taken
        )
    )
    return 0


def run_access_list(args: argparse.Namespace, ctx: Context) -> int:
    from leanboard.services.access import AccessService

    postgresql_only(ctx)
    db = open_database(ctx)
    try:
        rows = AccessService(db).memberships(args.board)
    finally:
        db.dispose()
    for row in rows:  # one line each, tab-separated, for scripts: login, role, board or -
        say(f"{row.login}\t{row.role}\t{row.board_code or '-'}")
    return 0


def access_grant_arguments(parser: argparse.ArgumentParser) -> None:
    from leanboard.domain.access import AccessRole

    parser.add_argument(
        "login", metavar="LOGIN", help=translate("Cli", "PostgreSQL-kirjautumistunnus")
    )
    parser.add_argument(
        "role", metavar="ROLE", choices=[r.value for r in AccessRole],
        help=translate("Cli", "wall, staff, leader, manager tai admin"),
    )  # fmt: skip
    parser.add_argument(
        "--board",
        metavar="CODE",
        help=translate("Cli", "taulu (pakollinen rooleille wall, leader ja manager)"),
    )


def access_revoke_arguments(parser: argparse.ArgumentParser) -> None:
    from leanboard.domain.access import AccessRole

    parser.add_argument(
        "login", metavar="LOGIN", help=translate("Cli", "PostgreSQL-kirjautumistunnus")
    )
    parser.add_argument(
        "role", metavar="ROLE", nargs="?", choices=[r.value for r in AccessRole],
        help=translate("Cli", "vain tämä rooli (oletus: kaikki)"),
    )  # fmt: skip
    parser.add_argument("--board", metavar="CODE", help=translate("Cli", "vain tämän taulun rooli"))


def access_list_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--board", metavar="CODE", help=translate("Cli", "vain tämän taulun roolit")
    )


# --- the organisation tree: `leanboard board …` ----------------------------------------------

BOARD_KINDS = ("team", "unit", "area", "organisation")
LIST_FORMATS = ("text", "csv", "json")


def open_for_board_change(ctx: Context) -> Database:
    """The database for a command that changes the tree (add, move, rename, archive, restore,
    import). Who may do so is the database's to say: with access control on (PostgreSQL,
    `leanboard access setup`) only an administrator (role admin) changes the tree's shape, and
    a refusal exits 1 naming what was refused (leanboard/store/access.py)."""
    return open_database(ctx)


def parent_phrase(parent_code: str | None) -> str:
    if parent_code is None:
        return translate("Cli", "ylimmäksi")
    return translate("Cli", "taulun {parent} alle").format(parent=parent_code)


def run_board_add(args: argparse.Namespace, ctx: Context) -> int:
    from leanboard.services.boards import BoardService

    db = open_for_board_change(ctx)
    try:
        boards = BoardService(db)
        parent = boards.by_code(args.parent) if args.parent else None
        made = boards.create_board(
            args.code, args.name, args.kind, parent_id=parent.id if parent else None
        )
    finally:
        db.dispose()
    say(
        translate("Cli", "Luotiin taulu {code} ({name}) {where}.").format(
            code=made.code, name=made.name, where=parent_phrase(parent.code if parent else None)
        )
    )
    return 0


def board_add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("code", metavar="CODE", help=translate("Cli", "uuden taulun tunnus"))
    parser.add_argument("--name", required=True, metavar="NAME", help=translate("Cli", "nimi"))
    parser.add_argument(
        "--parent", metavar="CODE", help=translate("Cli", "ylempi taulu (oletus: ylimmäksi)")
    )
    parser.add_argument(
        "--kind", choices=BOARD_KINDS, default="team", help=translate("Cli", "taso (oletus team)")
    )


def run_board_move(args: argparse.Namespace, ctx: Context) -> int:
    from leanboard.services.boards import BoardService

    db = open_for_board_change(ctx)
    try:
        boards = BoardService(db)
        board = boards.by_code(args.code)
        parent = None if args.top else boards.by_code(args.parent)
        moved = boards.move_board(board.id, parent.id if parent else None)
    finally:
        db.dispose()
    if not moved.changed:
        say(
            translate("Cli", "Taulu {code} on jo siellä: mitään ei muutettu.").format(
                code=moved.board.code
            )
        )
        return 0
    text = (
        translate("Cli", "Taulu {code} siirrettiin {where} alatauluineen ({count} taulua).")
        if moved.boards_moved > 1
        else translate("Cli", "Taulu {code} siirrettiin {where}.")
    )
    say(
        text.format(
            code=moved.board.code,
            where=parent_phrase(moved.new_parent_code),
            count=moved.boards_moved,
        )
    )
    for item in moved.rerouted:
        line = (
            translate("Cli", "Eskaloitu ongelma {id} ”{title}” odottaa nyt taululla {to}.")
            if item.to_board_code
            else translate("Cli", "Eskaloitu ongelma {id} ”{title}” palasi tiimille.")
        )
        say(line.format(id=item.problem_id, title=item.title, to=item.to_board_code))
    if moved.goals_left:
        say(
            translate("Cli", "Perityt tavoitteet, jotka eivät enää näy: {names}").format(
                names=", ".join(moved.goals_left)
            )
        )
    if moved.goals_gained:
        say(
            translate("Cli", "Uudet perityt tavoitteet: {names}").format(
                names=", ".join(moved.goals_gained)
            )
        )
    return 0


def board_move_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("code", metavar="CODE", help=translate("Cli", "siirrettävä taulu"))
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--parent", metavar="CODE", help=translate("Cli", "uusi ylempi taulu"))
    where.add_argument(
        "--top", action="store_true", help=translate("Cli", "ylimmäksi (ei ylempää taulua)")
    )


def run_board_rename(args: argparse.Namespace, ctx: Context) -> int:
    from leanboard.services.boards import BoardService

    if args.name is None and args.new_code is None:
        complain(translate("Cli", "Anna --name, --code tai molemmat."))
        return 2
    db = open_for_board_change(ctx)
    try:
        boards = BoardService(db)
        board = boards.by_code(args.code)
        renamed = boards.rename_board(board.id, name=args.name, code=args.new_code)
    finally:
        db.dispose()
    say(
        translate("Cli", "Taulu {old}: nyt {code} ({name}).").format(
            old=board.code, code=renamed.code, name=renamed.name
        )
    )
    return 0


def board_rename_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("code", metavar="CODE", help=translate("Cli", "taulun nykyinen tunnus"))
    parser.add_argument("--name", metavar="NAME", help=translate("Cli", "uusi nimi"))
    parser.add_argument(
        "--code", dest="new_code", metavar="NEW", help=translate("Cli", "uusi tunnus")
    )


def run_board_archive(args: argparse.Namespace, ctx: Context) -> int:
    from leanboard.services.boards import BoardService

    db = open_for_board_change(ctx)
    try:
        boards = BoardService(db)
        board = boards.by_code(args.code)
        boards.archive_board(board.id)
    finally:
        db.dispose()
    say(translate("Cli", "Taulu {code} arkistoitiin.").format(code=board.code))
    return 0


def run_board_restore(args: argparse.Namespace, ctx: Context) -> int:
    from leanboard.services.boards import BoardService

    db = open_for_board_change(ctx)
    try:
        boards = BoardService(db)
        board = boards.restore_board(boards.by_code(args.code).id)
    finally:
        db.dispose()
    say(translate("Cli", "Taulu {code} palautettiin.").format(code=board.code))
    return 0


def board_code_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("code", metavar="CODE", help=translate("Cli", "taulun tunnus"))


def run_board_list(args: argparse.Namespace, ctx: Context) -> int:
    from leanboard.services.boards import BoardService

    db = open_database(ctx)
    try:
        boards = BoardService(db).list_boards(include_archived=args.archived)
    finally:
        db.dispose()
    codes = {b.id: b.code for b in boards}
    parents = {b.id: codes.get(b.parent_id, "") if b.parent_id else "" for b in boards}
    write = {"json": boards_as_json, "csv": boards_as_csv, "text": boards_as_text}[args.format]
    text = write(boards, parents, args)
    if sys.stdout is not None:
        sys.stdout.write(text)
    return 0


def boards_as_json(
    boards: list[BoardInfo], parents: dict[int, str], args: argparse.Namespace
) -> str:
    import json

    entries: dict[int, dict[str, object]] = {
        b.id: {
            "code": b.code,
            "name": b.name,
            "parent": parents[b.id] or None,
            "kind": b.kind,
            "archived": b.archived,
        }
        for b in boards
    }
    if not args.tree:
        return json.dumps(list(entries.values()), ensure_ascii=False, indent=2) + "\n"
    children: dict[int | None, list[dict[str, object]]] = {}
    for b in boards:  # tree order: a board's entry gets its children before it is printed
        entries[b.id]["children"] = children.setdefault(b.id, [])
        above = b.parent_id if b.parent_id in entries else None
        children.setdefault(above, []).append(entries[b.id])
    return json.dumps(children.get(None, []), ensure_ascii=False, indent=2) + "\n"


def boards_as_csv(
    boards: list[BoardInfo], parents: dict[int, str], args: argparse.Namespace
) -> str:
    """The import's own columns: the list of one database imports into another as it is."""
    import csv

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["code", "name", "parent", "kind", *(["archived"] if args.archived else [])])
    for b in boards:
        extra = ["yes" if b.archived else ""] if args.archived else []
        writer.writerow([b.code, b.name, parents[b.id], b.kind, *extra])
    return out.getvalue()


def boards_as_text(
    boards: list[BoardInfo], parents: dict[int, str], args: argparse.Namespace
) -> str:
    from leanboard.domain.presentation import BOARD_KIND_NAMES

    archived = translate("Cli", " (arkistoitu)")
    indent = {b.id: "  " * b.depth if args.tree else "" for b in boards}
    width = max((len(indent[b.id] + b.code) for b in boards), default=0)
    lines = []
    for b in boards:
        kind = BOARD_KIND_NAMES.get(b.kind, b.kind)
        where = "" if args.tree else f" · {parents[b.id] or '–'}"
        mark = archived if b.archived else ""
        lines.append(f"{indent[b.id] + b.code:<{width}}  {b.name} · {kind}{where}{mark}\n")
    return "".join(lines)


def board_list_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--tree", action="store_true", help=translate("Cli", "puuna: alataulut sisennettyinä")
    )
    parser.add_argument(
        "--format", choices=LIST_FORMATS, default="text", help=translate("Cli", "tulostemuoto")
    )
    parser.add_argument(
        "--archived", action="store_true", help=translate("Cli", "myös arkistoidut taulut")
    )


def run_board_import(args: argparse.Namespace, ctx: Context) -> int:
    from leanboard.services.board_import import BoardImportService

    db = open_for_board_change(ctx)
    try:
        summary = BoardImportService(db).import_tree(Path(args.file))
    finally:
        db.dispose()
    attached = (
        translate("Cli", " Liitettiin olemassa oleviin: {codes}.").format(
            codes=", ".join(summary.attached_to)
        )
        if summary.attached_to
        else ""
    )
    say(
        translate("Cli", "Tuotiin {count} taulua tiedostosta {file}.").format(
            count=len(summary.boards), file=args.file
        )
        + attached
    )
    return 0


def board_import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE.csv", help=translate("Cli", "sarakkeet code,name,parent,kind")
    )


# Help texts marked for lupdate here, translated when the parser is built (after --lang).


COMMANDS: tuple[Command, ...] = (
    Command(("wall",),
            QT_TRANSLATE_NOOP("Cli", "seinänäyttö yhdelle taululle (koko näyttö)"),
            run_wall, wall_arguments),
    Command(("db", "upgrade"),
            QT_TRANSLATE_NOOP("Cli", "päivitä tietokannan rakenne"),
            run_db_upgrade),
    Command(("db", "copy"),
            QT_TRANSLATE_NOOP("Cli", "kopioi kaikki rivit toiseen tietokantaan"),
            run_db_copy, db_copy_arguments),
    Command(("demo",),
            QT_TRANSLATE_NOOP("Cli", "luo esimerkkiorganisaatio"),
            run_demo, demo_arguments),
    Command(("export-data",),
            QT_TRANSLATE_NOOP(
                "Cli", "täydellinen varmuuskopio JSON-tiedostoon (ylläpitäjälle; kaikki tiedot)"),
            run_export_data, export_data_arguments),
    Command(("import-data",),
            QT_TRANSLATE_NOOP(
                "Cli", "tuo JSON-tiedosto tyhjään tietokantaan (kaikki tai ei mitään)"),
            run_import_data, import_data_arguments),
    Command(("export-pdf",),
            QT_TRANSLATE_NOOP("Cli", "viikkotaulu PDF-tiedostoksi (yksi taulu tai --all)"),
            run_export_pdf, export_pdf_arguments),
    Command(("import-kpi",),
            QT_TRANSLATE_NOOP(
                "Cli", "tuo mittarien arvot CSV-tiedostosta (kaikki tai ei mitään)"),
            run_import_kpi, import_kpi_arguments),
    Command(("import-nps",),
            QT_TRANSLATE_NOOP("Cli", "tuo asiakaspalautteen NPS CSV-tiedostosta taululle"),
            run_import_nps, import_nps_arguments),
    Command(("export-a3",),
            QT_TRANSLATE_NOOP("Cli", "A3-raportti PDF-tiedostoksi (A3-vaakasivu)"),
            run_export_a3, export_a3_arguments),
    Command(("config", "show"),
            QT_TRANSLATE_NOOP("Cli", "näytä voimassa olevat asetukset ja mistä kukin tulee"),
            run_config_show),
    Command(("access", "setup"),
            QT_TRANSLATE_NOOP(
                "Cli", "luo ryhmäroolit ja säännöt (PostgreSQL; voi ajaa uudelleen)"),
            run_access_setup),
    Command(("access", "grant"),
            QT_TRANSLATE_NOOP("Cli", "anna kirjautumistunnukselle rooli"),
            run_access_grant, access_grant_arguments),
    Command(("access", "revoke"),
            QT_TRANSLATE_NOOP("Cli", "poista kirjautumistunnuksen rooli tai kaikki roolit"),
            run_access_revoke, access_revoke_arguments),
    Command(("access", "list"),
            QT_TRANSLATE_NOOP("Cli", "luettele roolit: tunnus, rooli, taulu"),
            run_access_list, access_list_arguments),
    Command(("board", "add"),
            QT_TRANSLATE_NOOP("Cli", "lisää taulu (ylimmäksi tai toisen alle)"),
            run_board_add, board_add_arguments),
    Command(("board", "move"),
            QT_TRANSLATE_NOOP("Cli", "siirrä taulu alatauluineen toisen alle tai ylimmäksi"),
            run_board_move, board_move_arguments),
    Command(("board", "rename"),
            QT_TRANSLATE_NOOP("Cli", "vaihda taulun nimi tai tunnus"),
            run_board_rename, board_rename_arguments),
    Command(("board", "archive"),
            QT_TRANSLATE_NOOP("Cli", "arkistoi taulu (ei poista mitään)"),
            run_board_archive, board_code_argument),
    Command(("board", "restore"),
            QT_TRANSLATE_NOOP("Cli", "palauta arkistoitu taulu"),
            run_board_restore, board_code_argument),
    Command(("board", "list"),
            QT_TRANSLATE_NOOP("Cli", "luettele taulut (teksti, CSV tai JSON)"),
            run_board_list, board_list_arguments),
    Command(("board", "import"),
            QT_TRANSLATE_NOOP(
                "Cli", "tuo organisaatiopuu CSV-tiedostosta (kaikki tai ei mitään)"),
            run_board_import, board_import_arguments),
)  # fmt: skip


GROUP_HELP: dict[tuple[str, ...], str] = {
    ("db",): QT_TRANSLATE_NOOP("Cli", "tietokannan ylläpito (upgrade, copy)"),
    ("config",): QT_TRANSLATE_NOOP("Cli", "asetukset (show)"),
    ("access",): QT_TRANSLATE_NOOP(
        "Cli", "käyttöoikeudet PostgreSQL:ssä (setup, grant, revoke, list)"
    ),
    ("board",): QT_TRANSLATE_NOOP(
        "Cli", "organisaation taulut (add, move, rename, archive, restore, list, import)"
    ),
}


# --- parser and entry point -------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="leanboard",
        description=translate(
            "Cli", "LeanBoard: päivittäisjohtamisen taulut. Ilman komentoa avautuu sovellus."
        ),
    )
    parser.add_argument("--version", action="version", version=f"leanboard {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--database",
        metavar="URL",
        help=translate(
            "Cli",
            "tietokanta (oletus: asetukset, ks. leanboard config show; muuten SQLite-"
            "tiedosto käyttäjän kansiossa)",
        ),
    )
    where.add_argument(
        "--demo",
        action="store_true",
        help=translate("Cli", "avaa esimerkkitietokanta (luodaan ensimmäisellä kerralla)"),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default="",  # "": the language chosen in the desktop window's Kieli menu, else Finnish
        help=translate("Cli", "käyttöliittymän kieli (oletus: asetuksissa valittu, muuten fi)"),
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=translate(
            "Cli", "tarkista asennus: väliaikainen tietokanta, demo, seinätaulu ja PDF (ei ikkunaa)"
        ),
    )
    parser.add_argument(
        "--smoke-log",
        metavar="FILE",
        help=translate("Cli", "savutestin tulos myös tiedostoon (ikkunasovellus)"),
    )
    parser.add_argument(
        "--smoke-pdf",
        metavar="FILE",
        help=translate("Cli", "tallenna savutestin viikko-PDF tähän tiedostoon"),
    )
    parser.set_defaults(run=run_app)

    groups: dict[tuple[str, ...], argparse._SubParsersAction[argparse.ArgumentParser]] = {}
    parsers: dict[tuple[str, ...], argparse.ArgumentParser] = {(): parser}
    for command in COMMANDS:
        for depth in range(1, len(command.path) + 1):
            prefix, name = command.path[: depth - 1], command.path[depth - 1]
            if command.path[:depth] in parsers:
                continue
            if prefix not in groups:
                groups[prefix] = parsers[prefix].add_subparsers(
                    title=translate("Cli", "komennot"),
                    metavar="COMMAND",
                    dest="_".join(("command", *prefix)),
                )
                if prefix:  # `leanboard db` alone is wrong usage, not the app
                    groups[prefix].required = True
            last = depth == len(command.path)
            group_help = GROUP_HELP.get(command.path[:depth])
            shown = command.help if last else group_help
            sub = groups[prefix].add_parser(
                name, help=translate("Cli", shown) if shown is not None else None
            )
            parsers[command.path[:depth]] = sub
        leaf = parsers[command.path]
        leaf.set_defaults(run=command.run)
        if command.arguments is not None:
            command.arguments(leaf)
    return parser


def choose_database(args: argparse.Namespace, settings: config.Settings) -> tuple[str, bool]:
    """The database URL, and whether it was named for this run (command line, environment)
    rather than by the standing settings files or the default."""
    if args.demo:
        return paths.demo_database_url(), False
    named = settings["database"].level in (config.COMMAND_LINE, config.ENVIRONMENT_LEVEL)
    if not named and args.run is run_demo:
        # Demo data never goes into the user's real database unless they name it.
        return paths.demo_database_url(), False
    return settings.database, named


def language_in(argv: Sequence[str]) -> str:
    """The --lang in `argv` ("" without one or with an unknown one: argparse then refuses it).

    Read before the parser is built so that --help and usage errors are in that language."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value = (
            arg.partition("=")[2]
            if arg.startswith("--lang=")
            else argv[i + 1]
            if arg == "--lang" and i + 1 < len(argv)
            else None
        )
        if value is not None:
            return value if value in LANGUAGES else ""
    return ""


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # Messages in --lang, else in the language of the settings. Put back afterwards: main() is
    # also called in-process (tests, the smoke test), not only as a fresh program.
    before = i18n.language()
    try:
        try:
            i18n.set_language(language_in(argv) or before)  # for a broken settings file
            settings = config.load()
            i18n.set_language(language_in(argv) or settings.language)
        except (config.ConfigError, i18n.TranslationMissing) as error:
            return fail_at_start(str(error))
        parser = build_parser()
        try:
            args = parser.parse_args(argv)
        except SystemExit as exit_:  # --version, --help (0) and wrong usage (2)
            return exit_.code if isinstance(exit_.code, int) else 2
        try:
            settings = settings.with_command_line(database=args.database, language=args.lang)
        except config.ConfigError as error:
            return fail_at_start(str(error))
        config.set_in_force(settings)
        if args.smoke_test:  # its own temporary database: never the user's
            from leanboard.smoke import run_smoke_test

            return run_smoke_test(args.smoke_log, args.smoke_pdf)
        url, explicit = choose_database(args, settings)
        ctx = Context(
            database_url=url,
            lang=settings.language,
            demo=args.demo,
            explicit_database=explicit,
            settings=settings,
        )
        return run_command(args, ctx)
    finally:
        i18n.set_language(before)


def run_command(args: argparse.Namespace, ctx: Context) -> int:
    """Run one command; expected failures become one line on stderr and exit code 1."""
    from sqlalchemy.exc import OperationalError, SQLAlchemyError

    from leanboard.domain.errors import ImportRefused, LeanBoardError
    from leanboard.store.database import unavailable_message

    try:
        return int(args.run(args, ctx))
    except ImportRefused as error:
        shown = "; ".join(
            (
                reason
                if row <= 0 or re.search(rf"\brivi {row}\b", reason)
                else translate("Errors", "rivi {row}: {reason}").format(row=row, reason=reason)
            ).rstrip(".")
            for row, reason in error.problems[:10]
        )
        more = (
            translate("Errors", " (ja {count} muuta)").format(count=len(error.problems) - 10)
            if len(error.problems) > 10
            else ""
        )
        complain(
            translate("Cli", "Tiedostoa ei tuotu, {count} virhettä: {problems}").format(
                count=len(error.problems), problems=shown
            )
            + more
        )
    except (LeanBoardError, config.ConfigError, i18n.TranslationMissing) as error:
        complain(str(error))
    except OperationalError as error:
        complain(unavailable_message(error))
    except SQLAlchemyError as error:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()
        complain(
            translate("Cli", "Tietokantavirhe: {reason}").format(
                reason=reason[0] if reason else type(error).__name__
            )
        )
    except OSError as error:
        why = error.strerror or str(error)
        complain(
            translate("Cli", "Tiedostovirhe {file}: {reason}").format(
                file=error.filename, reason=why
            )
            if error.filename
            else translate("Cli", "Tiedostovirhe: {reason}").format(reason=why)
        )
    except KeyboardInterrupt:
        complain(translate("Cli", "Keskeytetty."))
    return 1
