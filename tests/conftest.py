"""Shared fixtures: a fresh, migrated database per test on SQLite and, when CI asks, PostgreSQL.

`LEANBOARD_TEST_DATABASE_URL` names a PostgreSQL server (CI sets it). When it is set, every
test using `db_url` runs on both databases, and an unreachable server fails the run: it is
never quietly skipped.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# This machine's settings never reach a test (leanboard/config.py): no system or user file
# (the paths name files that do not exist; tests that want one set these variables), and none
# of the settings' environment variables. Subprocesses of the tests inherit this.
_NO_SETTINGS = Path(tempfile.gettempdir()) / f"leanboard-tests-{os.getpid()}-no-settings"
os.environ["LEANBOARD_SYSTEM_CONFIG"] = str(_NO_SETTINGS / "system.toml")
os.environ["LEANBOARD_USER_CONFIG"] = str(_NO_SETTINGS / "user.toml")
for _variable in ("LEANBOARD_LANGUAGE", "LEANBOARD_WALL_BOARD", "LEANBOARD_PDF_ARCHIVE"):
    os.environ.pop(_variable, None)

PG_URL = os.environ.get("LEANBOARD_TEST_DATABASE_URL")
BACKENDS = ["sqlite", "postgresql"] if PG_URL else ["sqlite"]


def pytest_sessionstart(session: pytest.Session) -> None:
    if not PG_URL:
        return
    import sqlalchemy as sa

    from leanboard.store.engine import normalise_url

    try:
        engine = sa.create_engine(normalise_url(PG_URL), connect_args={"connect_timeout": 5})
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
        engine.dispose()
    except Exception as error:  # the run must fail, not skip, when PostgreSQL was asked for
        pytest.exit(f"LEANBOARD_TEST_DATABASE_URL is set but PostgreSQL is unreachable: {error}", 1)


def _pg_schema_url(schema: str) -> str:
    """The test server's URL with its own schema first on the search path."""
    assert PG_URL is not None
    separator = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{separator}options=-csearch_path%3D{schema}"


@pytest.fixture
def pg_schema_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL schema for one test, dropped afterwards."""
    if not PG_URL:
        pytest.skip("LEANBOARD_TEST_DATABASE_URL not set")
    import sqlalchemy as sa

    from leanboard.store.engine import normalise_url

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(normalise_url(PG_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    try:
        yield _pg_schema_url(schema)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database URL: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'leanboard.db'}"
    return str(request.getfixturevalue("pg_schema_url"))


@pytest.fixture
def database(db_url: str) -> Iterator[object]:
    """A migrated, empty database."""
    from leanboard.store.database import Database
    from leanboard.store.migrate import ensure_current

    db = Database(db_url, actor="test@pytest")
    ensure_current(db.engine)
    yield db
    db.dispose()
