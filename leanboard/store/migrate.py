"""Apply Alembic migrations from db/ (bundled in the frozen app too).

Opening a database whose schema is current is the common case (every start of the wall), and
importing Alembic costs a tenth of a second: so the stored revision is read with one query and
the head revision from the migration files' own `revision = "…"` lines, and Alembic is imported
only to migrate.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from leanboard.domain.errors import DatabaseUnavailable
from leanboard.i18n import translate
from leanboard.paths import migrations_dir
from leanboard.store import integrity

if TYPE_CHECKING:
    from alembic.config import Config

VERSION_TABLE = "alembic_version"  # Alembic's default, where it keeps the revision
_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(?:None|[\"']([^\"']+)[\"'])", re.MULTILINE)


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if engine is not None:
        config.set_main_option(
            "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
        )
    return config


@cache
def _revision_graph(folder: Path) -> dict[str, str | None]:
    """revision → down_revision of every migration file in `folder` (read, not imported)."""
    graph: dict[str, str | None] = {}
    for path in sorted(folder.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        revision = _REVISION.search(source)
        down = _DOWN.search(source)
        if revision is None or down is None:
            continue
        graph[revision.group(1)] = down.group(1)
    return graph


def known_revisions() -> set[str]:
    return set(_revision_graph(migrations_dir() / "versions"))


def head_revision() -> str | None:
    """The revision no other migration builds on (the migrations form one line)."""
    graph = _revision_graph(migrations_dir() / "versions")
    heads = set(graph) - {down for down in graph.values() if down is not None}
    if len(heads) != 1:  # two heads: a merge left half done; let Alembic say what is wrong
        from alembic.script import ScriptDirectory

        return ScriptDirectory.from_config(alembic_config()).get_current_head()
    return heads.pop()


def stored_revision(conn: Connection) -> str | None:
    """The revision the database says it is at; None for a database with no schema yet."""
    if not inspect(conn).has_table(VERSION_TABLE):
        return None
    return conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return stored_revision(conn)


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config(engine)
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        driver: Any = conn.connection.driver_connection
        if sqlite:
            # Batch mode rebuilds a table by copy and DROP; with foreign keys on, dropping a
            # table others refer to fails. The pragma is a no-op inside a transaction, and
            # any statement through `conn` would begin one (the engine's begin event), so it
            # goes to the driver's connection directly, which is in autocommit here.
            driver.execute("PRAGMA foreign_keys = OFF")
        try:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
            if not sqlite and revision == "head":
                refresh_access_rules(conn)
            conn.commit()
        finally:
            if sqlite:
                # Also after a failed migration: the connection goes back to the pool.
                conn.rollback()
                driver.execute("PRAGMA foreign_keys = ON")


def refresh_access_rules(conn: Connection) -> None:
    """A database where `leanboard access setup` has run gets the rules of this version with
    its schema: a migration that adds what a role may do (the wall's undo, say) would otherwise
    be refused to every login until someone ran the set-up again."""
    enabled = conn.execute(
        text("SELECT c.relrowsecurity FROM pg_class c WHERE c.oid = to_regclass('board')")
    ).scalar()
    if enabled:
        from leanboard.store import access  # only PostgreSQL databases with access on need it

        access.set_up(conn)


def ensure_current(engine: Engine) -> None:
    """Bring the schema to head; refuse a database made by a newer LeanBoard."""
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return
    if current is not None and current not in known_revisions():
        raise DatabaseUnavailable(
            translate(
                "Errors",
                "Tietokanta on uudemman LeanBoard-version tekemä (skeema {schema}). "
                "Päivitä LeanBoard tälle koneelle.",
            ).format(schema=current)
        )
    integrity.refuse_if_damaged(engine, wait=True)  # a damaged file is not migrated further
    try:
        upgrade(engine)
    except DBAPIError as error:
        if getattr(error.orig, "sqlstate", None) != "42501":
            raise
        # A login other than the owner opened a database whose schema is behind.
        raise DatabaseUnavailable(
            translate(
                "Errors",
                "Tietokannan rakenne on vanhempi kuin tämä LeanBoard (skeema {schema}), eikä "
                "tunnuksellasi voi päivittää sitä: tietokannan omistaja ajaa ensin "
                "leanboard db upgrade.",
            ).format(schema=current)
        ) from error
