"""Apply Alembic migrations from db/ (bundled in the frozen app too)."""

from __future__ import annotations

from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from leanboard.domain.errors import DatabaseUnavailable
from leanboard.i18n import translate
from leanboard.paths import migrations_dir


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if engine is not None:
        config.set_main_option(
            "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
        )
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
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
    script = ScriptDirectory.from_config(alembic_config())
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise DatabaseUnavailable(
            translate(
                "Errors",
                "Tietokanta on uudemman LeanBoard-version tekemä (skeema {schema}). "
                "Päivitä LeanBoard tälle koneelle.",
            ).format(schema=current)
        )
    if current != script.get_current_head():
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
