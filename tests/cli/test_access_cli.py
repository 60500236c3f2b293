"""`leanboard access …` and the other commands under access control, as IT and scripts run them:
exit 0 / 1 with one line on stderr / 2 for wrong usage; on PostgreSQL as real login roles."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
import sqlalchemy as sa
from pg_access import Org, org_fixture  # noqa: F401  (the `org` fixture)
from sqlalchemy.engine import make_url

from leanboard.cli import main


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.endswith("\n") and err.count("\n") == 1, repr(err)
    assert "Traceback" not in err
    return err


# --- SQLite: no logins to manage -----------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["access", "setup"],
        ["access", "grant", "virtanen", "staff"],
        ["access", "revoke", "virtanen"],
        ["access", "list"],
    ],
    ids=lambda a: a[1],
)
def test_access_on_sqlite_says_postgresql_is_needed(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "yksi.db"
    assert main(["--database", f"sqlite:///{database}", *args]) == 1
    assert "vaativat PostgreSQL-tietokannan" in one_line_error(capsys)
    assert not database.exists()  # nothing made just to say no


@pytest.mark.parametrize(
    "args",
    [
        ["access", "grant", "virtanen", "leader"],  # a board is needed for leader
        ["access", "grant", "virtanen", "wall"],
        ["access", "grant", "virtanen", "manager"],
        ["access", "grant", "virtanen", "admin", "--board", "A"],  # admin covers everything
        ["access", "grant", "virtanen", "ylihoitaja"],  # no such role
        ["access", "grant", "virtanen"],
        ["access"],
    ],
)
def test_wrong_usage_is_exit_code_2(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database", f"sqlite:///{tmp_path / 'x.db'}", *args]) == 2
    err = capsys.readouterr().err
    assert err and "Traceback" not in err
    assert not (tmp_path / "x.db").exists()


# --- PostgreSQL -------------------------------------------------------------------------------


@pytest.mark.postgres
def test_an_admin_grants_lists_and_revokes_from_the_command_line(
    org: Org, capsys: pytest.CaptureFixture[str]
) -> None:
    admin = org.login(("admin", None))
    person = org.login(("staff", None))
    capsys.readouterr()
    as_admin = ["--database", admin.url, "access"]
    assert main([*as_admin, "grant", person.name, "leader", "--board", "a-u"]) == 0
    assert capsys.readouterr().out == (
        f"Tunnukselle {person.name} annettiin rooli leader taululla A-U.\n"
    )
    assert main([*as_admin, "grant", person.name, "leader", "--board", "A-U"]) == 0
    assert "oli jo rooli leader" in capsys.readouterr().out
    assert main([*as_admin, "list", "--board", "A-U"]) == 0
    assert capsys.readouterr().out == f"{person.name}\tleader\tA-U\n"
    assert main([*as_admin, "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"{person.name}\tstaff\t-" in lines and f"{admin.name}\tadmin\t-" in lines
    assert main([*as_admin, "revoke", person.name, "leader"]) == 0
    assert capsys.readouterr().out == f"Tunnukselta {person.name} poistettiin rooleja: 1.\n"
    assert main([*as_admin, "revoke", person.name, "leader"]) == 1
    assert "ei ollut tällaista roolia" in one_line_error(capsys)
    assert main([*as_admin, "grant", "ei_tallaista_tunnusta", "staff"]) == 1
    assert "ei ole PostgreSQL-palvelimella" in one_line_error(capsys)
    assert main([*as_admin, "grant", person.name, "leader", "--board", "EI-OLE"]) == 1
    assert "EI-OLE" in one_line_error(capsys)


@pytest.mark.postgres
def test_only_the_owner_sets_up_and_only_admins_manage_access(
    org: Org, capsys: pytest.CaptureFixture[str]
) -> None:
    leader = org.login(("leader", "A"))
    capsys.readouterr()
    assert main(["--database", leader.url, "access", "grant", leader.name, "admin"]) == 1
    err = one_line_error(capsys)
    assert "Ei oikeutta" in err and leader.name in err
    assert main(["--database", leader.url, "access", "list"]) == 1
    assert "Ei oikeutta" in one_line_error(capsys)
    assert main(["--database", leader.url, "access", "setup"]) == 1
    assert "Ei oikeutta" in one_line_error(capsys)
    assert main(["--database", org.url, "access", "setup"]) == 0  # the owner, again: no change
    assert "leanboard_wall, leanboard_staff" in capsys.readouterr().out


@pytest.mark.postgres
def test_only_an_admin_exports_data_or_copies_the_database(
    org: Org, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    org.owner.pins.set_pin(org.ids["A-T1"], "482913")
    leader = org.login(("leader", "ORG"))
    admin = org.login(("admin", None))
    capsys.readouterr()
    refused = tmp_path / "vienti.json"
    assert main(["--database", leader.url, "export-data", "-o", str(refused)]) == 1
    assert "vain ylläpitäjä" in one_line_error(capsys)
    assert list(tmp_path.iterdir()) == []  # no file, not even half of one
    target = f"sqlite:///{tmp_path / 'kopio.db'}"
    assert main(["--database", leader.url, "db", "copy", "--to", target]) == 1
    assert "vain ylläpitäjä" in one_line_error(capsys)

    backup = tmp_path / "varmuuskopio.json"
    assert main(["--database", admin.url, "export-data", "-o", str(backup)]) == 0
    data = json.loads(backup.read_text(encoding="utf-8"))
    assert len(data["tables"]["board"]) == 8 and len(data["tables"]["board_pin"]) == 1
    assert "pin_attempt" not in data["tables"]
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert main(["--database", admin.url, "db", "copy", "--to", target]) == 0


@pytest.mark.postgres
def test_import_kpi_records_the_login_not_logname(
    org: Org, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for team in ("A-T1", "B-T1"):
        org.owner.measures.create_measure(org.ids[team], "Kaatumiset", frequency="day")
    leader = org.login(("leader", "A-T1"))
    csv = tmp_path / "kpi.csv"
    csv.write_text("board,measure,period,value\nA-T1,Kaatumiset,2026-11-23,3\n", encoding="utf-8")
    monkeypatch.setenv("LOGNAME", "ylihoitaja.virtanen")
    monkeypatch.setenv("USER", "ylihoitaja.virtanen")
    assert main(["--database", leader.url, "import-kpi", str(csv)]) == 0
    with org.owner.db.read() as s:
        actors = set(
            s.execute(sa.text("SELECT actor FROM change WHERE entity = 'measure_value'")).scalars()
        )
    assert actors == {leader.name}
    # A team leader's file with another team's row: all or nothing, nothing stored.
    csv.write_text(
        "board,measure,period,value\nA-T1,Kaatumiset,2026-11-24,1\nB-T1,Kaatumiset,2026-11-24,2\n",
        encoding="utf-8",
    )
    before = org.count("measure_value")
    capsys.readouterr()
    assert main(["--database", leader.url, "import-kpi", str(csv)]) == 1
    assert "Ei oikeutta" in one_line_error(capsys)
    assert org.count("measure_value") == before


@pytest.mark.postgres
def test_a_service_name_and_pgpass_keep_the_password_off_the_command_line(
    org: Org, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    login = org.login(("leader", "A"))
    url = make_url(login.url)
    schema = url.query["options"].removeprefix("-csearch_path=")
    services = tmp_path / "pg_service.conf"
    services.write_text(
        f"[leanboard]\nhost={url.host}\nport={url.port or 5432}\ndbname={url.database}\n"
        f"user={login.name}\noptions=-csearch_path={schema}\n"
    )
    pgpass = tmp_path / ".pgpass"
    pgpass.write_text(
        f"{url.host}:{url.port or 5432}:{url.database}:{login.name}:{login.password}\n"
    )
    pgpass.chmod(0o600)  # libpq ignores a password file others can read
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    capsys.readouterr()
    args = ["--database", "postgresql:///?service=leanboard", "access", "list"]
    assert main(args) == 1  # connected as the leader: refused, and named by its login
    assert login.name in one_line_error(capsys)
    assert main(["--database", "postgresql:///?service=leanboard", "db", "upgrade"]) == 0
    assert login.password not in capsys.readouterr().out


def test_no_password_in_any_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    secret = "Hy5sKarhu!Salasana"
    for url in (
        f"postgresql://virtanen:{secret}@127.0.0.1:1/leanboard",  # nothing listens there
        f"postgresql://virtanen:{secret}@[::1/leanboard",  # not a URL at all
        f"postgresql://127.0.0.1:1/leanboard?password={secret}",
    ):
        assert main(["--database", url, "db", "upgrade"]) == 1
        captured = capsys.readouterr()
        assert secret not in captured.err + captured.out
        assert captured.err.count("\n") == 1
