"""A PostgreSQL database named without a password — a libpq service (pg_service.conf) or a URL
whose password libpq reads from a .pgpass file — and a password written into a URL that never
shows: not in `config show`, a command's output or refusal, a dialog or a log line.

The PostgreSQL tests run against the CI's server (LEANBOARD_TEST_DATABASE_URL), with a
pg_service.conf and a .pgpass of the test's own (PGSERVICEFILE, PGPASSFILE)."""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from leanboard import app, config
from leanboard.cli import main
from leanboard.services import open_services
from leanboard.store.engine import normalise_url
from leanboard.ui.common import msgbox

PG_URL = os.environ.get("LEANBOARD_TEST_DATABASE_URL")
PASSWORD = "Hemligt-Salasana-7319"


@pytest.fixture
def system_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "etc" / "leanboard.toml"
    path.parent.mkdir()
    monkeypatch.setenv(config.SYSTEM_FILE_ENV, str(path))
    return path


def write_database(path: Path, url: str) -> None:
    path.write_text(f"database = {config.toml_string(url)}\n", encoding="utf-8")


class Outputs:
    """Everything the tests' commands printed, the dialogs they showed and every log record."""

    def __init__(self, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture):
        self._capsys = capsys
        self._caplog = caplog
        self.texts: list[str] = []

    def run(self, *argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = self._capsys.readouterr()
        self.texts += [out, err]
        return code, out, err

    def everything(self) -> str:
        return "\n".join([*self.texts, self._caplog.text])


@pytest.fixture
def outputs(
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> Outputs:
    caplog.set_level(logging.DEBUG)  # every logger, SQLAlchemy's and psycopg's too
    found = Outputs(capsys, caplog)
    monkeypatch.setattr(msgbox, "error", lambda _parent, _title, text: found.texts.append(text))
    return found


def sqlite_with_a_board(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'source.db'}"
    services = open_services(url, actor="test@pytest")
    services.boards.create_board("OS2-AKUUTTI", "Osasto 2", "team")
    services.close()
    return url


def test_a_password_never_shows_when_the_server_cannot_be_reached(
    system_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, outputs: Outputs
) -> None:
    url = f"postgresql://leanboard:{PASSWORD}@127.0.0.1:1/leanboard"  # nothing listens there
    write_database(system_file, url)

    code, out, _ = outputs.run("config", "show")
    assert code == 0 and "postgresql://leanboard:***@127.0.0.1:1/leanboard" in out
    monkeypatch.setenv("LEANBOARD_DATABASE_URL", url)
    code, out, _ = outputs.run("--lang", "en", "config", "show")
    assert code == 0 and "***@127.0.0.1:1/" in out and "environment variable" in out
    assert outputs.run("db", "upgrade")[0] == 1
    assert outputs.run("--database", url, "demo")[0] == 1
    assert outputs.run("export-data", "-o", str(tmp_path / "x.json"))[0] == 1
    source = sqlite_with_a_board(tmp_path)
    code, _, err = outputs.run("--database", source, "db", "copy", "--to", url)
    assert code == 1 and "127.0.0.1" in err
    assert app.open_or_explain(url) is None  # the desktop app's dialog

    assert PASSWORD not in outputs.everything()
    assert outputs.texts[-1]  # the dialog said something


# --- against the CI's PostgreSQL -------------------------------------------------------------


@pytest.fixture
def server() -> sa.engine.URL:
    if not PG_URL:
        pytest.skip("LEANBOARD_TEST_DATABASE_URL not set")
    return make_url(PG_URL)


def schema_of(schema_url: str) -> str:
    options = parse_qs(urlsplit(schema_url).query)["options"][0]  # -csearch_path=t_…
    return options.partition("=")[2]


def tables_in(schema: str) -> set[str]:
    assert PG_URL is not None
    engine = sa.create_engine(normalise_url(PG_URL))
    try:
        return set(sa.inspect(engine).get_table_names(schema=schema))
    finally:
        engine.dispose()


@pytest.fixture
def libpq_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """This test's pg_service.conf and .pgpass (libpq refuses a .pgpass others can read)."""
    service_file, password_file = tmp_path / "pg_service.conf", tmp_path / "pgpass"
    monkeypatch.setenv("PGSERVICEFILE", str(service_file))
    monkeypatch.setenv("PGPASSFILE", str(password_file))
    return service_file, password_file


def write_pgpass(path: Path, server: sa.engine.URL, user: str, password: str) -> None:
    path.write_text(
        f"{server.host}:{server.port or 5432}:{server.database}:{user}:{password}\n",
        encoding="utf-8",
    )
    path.chmod(0o600)


def test_a_libpq_service_name_works(
    server: sa.engine.URL,
    pg_schema_url: str,
    libpq_files: tuple[Path, Path],
    system_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """IT names the database once, in pg_service.conf; the password is in .pgpass only."""
    service_file, password_file = libpq_files
    schema = schema_of(pg_schema_url)
    service_file.write_text(
        "[leanboard_ci]\n"
        f"host={server.host}\nport={server.port or 5432}\ndbname={server.database}\n"
        f"user={server.username}\noptions=-csearch_path={schema}\n",
        encoding="utf-8",
    )
    write_database(system_file, "postgresql:///?service=leanboard_ci")
    assert server.username and server.password

    assert main(["db", "upgrade"]) == 1  # no password anywhere yet: refused, one line
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "password" in err
    write_pgpass(password_file, server, server.username, server.password)
    assert main(["db", "upgrade"]) == 0

    out = capsys.readouterr().out
    assert "postgresql+psycopg:///?service=leanboard_ci" in out
    assert {"alembic_version", "board", "mood_tally"} <= tables_in(schema)  # the service's


def test_a_url_without_password_reads_it_from_pgpass(
    server: sa.engine.URL,
    pg_schema_url: str,
    libpq_files: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, password_file = libpq_files
    assert server.username and server.password
    write_pgpass(password_file, server, server.username, server.password)
    url = pg_schema_url.replace(f":{server.password}@", "@", 1)
    assert ":" not in (urlsplit(url).netloc.rpartition("@")[0])  # no password in it

    assert main(["--database", url, "db", "upgrade"]) == 0
    assert "alembic_version" in tables_in(schema_of(pg_schema_url))


@pytest.fixture
def role_with_a_password(server: sa.engine.URL) -> Iterator[str]:
    """A login role whose password is PASSWORD, with a schema of its own: its URL."""
    assert PG_URL is not None
    name = f"lb_secret_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(normalise_url(PG_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE ROLE {name} LOGIN PASSWORD '{PASSWORD}'"))
        conn.execute(sa.text(f"CREATE SCHEMA {name} AUTHORIZATION {name}"))
    url = server.set(username=name, password=PASSWORD, query={"options": f"-csearch_path={name}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f"DROP SCHEMA {name} CASCADE"))
            conn.execute(sa.text(f"DROP ROLE {name}"))
        admin.dispose()


def test_a_password_in_a_url_never_shows_on_a_real_server(
    role_with_a_password: str, system_file: Path, tmp_path: Path, outputs: Outputs
) -> None:
    url = role_with_a_password
    assert PASSWORD in url
    write_database(system_file, url)

    assert outputs.run("config", "show")[0] == 0
    code, out, _ = outputs.run("db", "upgrade")
    assert code == 0 and ":***@" in out
    source = sqlite_with_a_board(tmp_path)
    code, out, _ = outputs.run("--database", source, "db", "copy", "--to", url)
    assert code == 0 and ":***@" in out
    assert outputs.run("export-data", "-o", str(tmp_path / "all.json"))[0] == 0
    assert outputs.run("--database", url, "demo")[0] == 1  # not empty: refused, naming it
    wrong = url.replace(PASSWORD, "Vaara-" + PASSWORD[::-1])
    code, _, err = outputs.run("--database", wrong, "db", "upgrade")
    assert code == 1 and "password authentication failed" in err
    services = app.open_or_explain(url)  # the desktop app: it opens, and names its database
    assert services is not None
    outputs.texts.append(services.database_label)
    services.close()
    assert app.open_or_explain(wrong) is None  # and the dialog when the password is wrong

    assert PASSWORD not in outputs.everything()
    assert PASSWORD[::-1] not in outputs.everything()
