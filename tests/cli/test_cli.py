"""The `leanboard` command: contract of DESIGN.md, run in-process through main() (fast) and,
where the real entry point matters, as a subprocess."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from leanboard import __version__
from leanboard.cli import main
from leanboard.services.data_io import content_of
from leanboard.store.database import Database
from leanboard.store.migrate import current_revision, head_revision
from leanboard.store.models import Board, Idea, MoodDayState, MoodTally

HAVE_DEMO = importlib.util.find_spec("leanboard.services.demo") is not None
LEANBOARD = Path(sys.executable).with_name("leanboard")


def sqlite_url(tmp_path: Path, name: str = "x.db") -> str:
    return f"sqlite:///{tmp_path / name}"


def add_rows(url: str) -> None:
    """A few rows through the models, for when the demo is not there to use."""
    db = Database(url)
    try:
        assert main(["--database", url, "db", "upgrade"]) == 0

        def fill(session: Any) -> None:
            unit = Board(code="TUU-SAIRAALA", name="Sairaala", kind="unit")
            session.add(unit)
            session.flush()
            team = Board(code="TUU-AKUUTTI", name="Akuutti", kind="team", parent_id=unit.id)
            session.add(team)
            session.flush()
            session.add(Idea(board_id=team.id, title="Lääkekärry järjestykseen", category="S"))
            day = dt.date(2026, 11, 23)
            session.add(MoodDayState(board_id=team.id, day=day, min_group=5))
            session.flush()
            session.add_all(
                MoodTally(board_id=team.id, day=day, round=0, score=s, votes=1) for s in (5, 9)
            )

        db.write(fill)
    finally:
        db.dispose()


def export_via_cli(url: str, out: Path) -> dict[str, Any]:
    assert main(["--database", url, "export-data", "-o", str(out)]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.endswith("\n") and err.count("\n") == 1, repr(err)
    assert "Traceback" not in err
    return err


# --- usage ---------------------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"leanboard {__version__}\n"


def test_version_from_the_installed_script_and_python_m() -> None:
    for command in ([str(LEANBOARD)], [sys.executable, "-m", "leanboard"]):
        done = subprocess.run(
            [*command, "--version"], capture_output=True, text=True, timeout=60, check=False
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "leanboard 0.1.0"


@pytest.mark.parametrize(
    "argv",
    [
        ["no-such-command"],
        ["db"],
        ["db", "copy"],  # --to is required
        ["--lang", "de"],
        ["demo", "--scale", "huge"],
        ["--demo", "--database", "sqlite:///x.db"],
        ["export-data", "--unknown"],
        ["import-data"],
    ],
)
def test_wrong_usage_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "usage:" in capsys.readouterr().err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for name in ("wall", "db", "demo", "export-data", "import-data"):
        assert name in out


# --- db upgrade ----------------------------------------------------------------------------


def test_db_upgrade_creates_a_new_sqlite_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "sub" / "new.db"
    assert main(["--database", f"sqlite:///{path}", "db", "upgrade"]) == 0
    assert path.exists()
    db = Database(f"sqlite:///{path}")
    try:
        assert current_revision(db.engine) == head_revision()
    finally:
        db.dispose()
    assert "ajan tasalla" in capsys.readouterr().out
    assert main(["--database", f"sqlite:///{path}", "db", "upgrade"]) == 0  # twice is fine


def test_database_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "env.db"
    monkeypatch.setenv("LEANBOARD_DATABASE_URL", f"sqlite:///{path}")
    assert main(["db", "upgrade"]) == 0
    assert path.exists()


def test_default_database_is_in_the_user_data_folder(isolated_user_data: Path) -> None:
    assert main(["db", "upgrade"]) == 0
    assert (isolated_user_data / "leanboard.db").exists()


def test_unreachable_database_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql://nobody:wrong@127.0.0.1:1/none"
    assert main(["--database", url, "db", "upgrade"]) == 1
    assert "Tietokantaan ei saada yhteyttä" in one_line_error(capsys)


def test_unknown_database_kind_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database", "oracle://x/y", "db", "upgrade"]) == 1
    one_line_error(capsys)


# --- export-data / import-data -------------------------------------------------------------


def test_export_import_round_trip_through_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, target = sqlite_url(tmp_path, "a.db"), sqlite_url(tmp_path, "b.db")
    add_rows(source)
    capsys.readouterr()
    exported = export_via_cli(source, tmp_path / "backup.json")
    # It says what it wrote: the complete backup, unreleased mood counts included.
    assert "täydellinen varmuuskopio" in capsys.readouterr().out
    assert exported["contents"] == "complete-backup"
    assert len(exported["tables"]["board"]) == 2
    assert main(["--database", target, "import-data", str(tmp_path / "backup.json")]) == 0
    assert "Tuotiin" in capsys.readouterr().out
    assert content_of(export_via_cli(target, tmp_path / "again.json")) == content_of(exported)


def test_export_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = sqlite_url(tmp_path)
    add_rows(url)
    capsys.readouterr()
    assert main(["--database", url, "export-data"]) == 0
    written = capsys.readouterr()
    data = json.loads(written.out)  # the data alone on stdout …
    assert "täydellinen varmuuskopio" in written.err  # … what it is, on stderr
    assert data["format"] == "leanboard-data"
    assert [b["code"] for b in data["tables"]["board"]] == ["TUU-SAIRAALA", "TUU-AKUUTTI"]


def test_broken_json_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "leanboard-data", "tables": {', encoding="utf-8")
    url = sqlite_url(tmp_path)
    assert main(["--database", url, "import-data", str(broken)]) == 1
    assert "ei ole kelvollista JSONia" in one_line_error(capsys)


def test_missing_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database", sqlite_url(tmp_path), "import-data", "nope.json"]) == 1
    assert "ei löydy" in one_line_error(capsys)


def test_bad_rows_name_the_rows_and_store_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, target = sqlite_url(tmp_path, "a.db"), sqlite_url(tmp_path, "b.db")
    add_rows(source)
    data = export_via_cli(source, tmp_path / "good.json")
    data["tables"]["mood_tally"][1]["score"] = 11
    data["tables"]["idea"][0]["title"] = "Asiakas 010594Y9032 kaatui"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()
    assert main(["--database", target, "import-data", str(bad)]) == 1
    err = one_line_error(capsys)
    assert "taulu mood_tally rivi 2" in err and "taulu idea rivi 1" in err
    assert "henkilötunnus" in err and "010594Y9032" not in err
    after = export_via_cli(target, tmp_path / "after.json")
    assert after["tables"]["board"] == [] and after["tables"]["idea"] == []


def test_import_into_a_database_with_boards_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = sqlite_url(tmp_path)
    add_rows(url)
    export_via_cli(url, tmp_path / "backup.json")
    assert main(["--database", url, "import-data", str(tmp_path / "backup.json")]) == 1
    assert "jo 2 taulua" in one_line_error(capsys)


def test_windowed_build_without_stdout_does_not_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    url = sqlite_url(tmp_path)
    assert main(["--version"]) == 0
    assert main(["nonsense"]) == 2
    assert main(["--database", url, "db", "upgrade"]) == 0
    assert main(["--database", url, "export-data"]) == 1  # nowhere to write: a failure
    assert main(["--database", url, "export-data", "-o", str(tmp_path / "e.json")]) == 0


# --- db copy -------------------------------------------------------------------------------


def test_db_copy_sqlite_to_sqlite(tmp_path: Path) -> None:
    source, target = sqlite_url(tmp_path, "a.db"), sqlite_url(tmp_path, "b.db")
    add_rows(source)
    assert main(["--database", source, "db", "copy", "--to", target]) == 0
    assert content_of(export_via_cli(source, tmp_path / "a.json")) == content_of(
        export_via_cli(target, tmp_path / "b.json")
    )
    # A second copy would overwrite: refused.
    assert main(["--database", source, "db", "copy", "--to", target]) == 1


def test_db_copy_sqlite_to_postgresql(
    tmp_path: Path, pg_schema_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = sqlite_url(tmp_path)
    add_rows(source)
    assert main(["--database", source, "db", "copy", "--to", pg_schema_url]) == 0
    assert "Kopioitiin" in capsys.readouterr().out
    assert content_of(export_via_cli(source, tmp_path / "a.json")) == content_of(
        export_via_cli(pg_schema_url, tmp_path / "b.json")
    )


def run_leanboard(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "LEANBOARD_DATABASE_URL"}
    return subprocess.run(
        [str(LEANBOARD), *args], capture_output=True, text=True, timeout=600, env=env, check=False
    )


@pytest.mark.skipif(not HAVE_DEMO, reason="leanboard.services.demo not written yet")
def test_demo_then_copy_to_postgresql_gives_the_same_content(
    tmp_path: Path, pg_schema_url: str
) -> None:
    # The must-show, run as a user would: the real console script, one process each.
    source = sqlite_url(tmp_path)
    demo = run_leanboard("--database", source, "demo")
    assert demo.returncode == 0, demo.stderr
    copied = run_leanboard("--database", source, "db", "copy", "--to", pg_schema_url)
    assert copied.returncode == 0, copied.stderr
    exports = []
    for url in (source, pg_schema_url):
        done = run_leanboard("--database", url, "export-data")
        assert done.returncode == 0, done.stderr
        exports.append(json.loads(done.stdout))
    assert exports[0]["tables"]["board"], "the demo made no boards"
    assert content_of(exports[0]) == content_of(exports[1])


@pytest.mark.skipif(not HAVE_DEMO, reason="leanboard.services.demo not written yet")
def test_demo_without_database_goes_to_the_demo_file_and_only_once(
    isolated_user_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo"]) == 0
    assert (isolated_user_data / "demo.db").exists()
    assert not (isolated_user_data / "leanboard.db").exists()
    assert main(["demo"]) == 1  # never a second organisation over the first
    assert "jo tauluja" in one_line_error(capsys)


# --- the desktop app and wall mode (app.py is replaced by a stand-in) -------------------------


@pytest.fixture
def fake_app(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, tuple[Any, ...]]]:
    calls: list[tuple[str, tuple[Any, ...]]] = []
    module = types.ModuleType("leanboard.app")

    def run_gui(database_url: str, lang: str, demo: bool) -> int:
        calls.append(("gui", (database_url, lang, demo)))
        return 0

    def run_wall(
        database_url: str, lang: str, board_code: str | None, quit_after_paint: bool
    ) -> int:
        calls.append(("wall", (database_url, lang, board_code, quit_after_paint)))
        return 3

    module.run_gui = run_gui  # type: ignore[attr-defined]
    module.run_wall = run_wall  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "leanboard.app", module)
    return calls


def test_no_command_opens_the_app(
    fake_app: list[tuple[str, tuple[Any, ...]]], isolated_user_data: Path
) -> None:
    assert main([]) == 0
    assert main(["--database", "sqlite:///given.db", "--lang", "sv"]) == 0
    default = f"sqlite:///{isolated_user_data / 'leanboard.db'}"
    assert fake_app == [
        ("gui", (default, "fi", False)),  # no --lang: the settings' language (config.py)
        ("gui", ("sqlite:///given.db", "sv", False)),
    ]


def test_wall_passes_the_board_code(fake_app: list[tuple[str, tuple[Any, ...]]]) -> None:
    assert main(["--database", "sqlite:///w.db", "wall", "--board", "TUU-AKUUTTI"]) == 3
    assert main(["--database", "sqlite:///w.db", "wall", "--quit-after-paint"]) == 3
    assert fake_app == [
        ("wall", ("sqlite:///w.db", "fi", "TUU-AKUUTTI", False)),
        ("wall", ("sqlite:///w.db", "fi", None, True)),
    ]


def test_the_cli_imports_no_qt() -> None:
    code = (
        "import sys, leanboard.cli as c; c.main(['--version']); "
        "assert 'PySide6' not in sys.modules and 'leanboard.app' not in sys.modules"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


@pytest.mark.skipif(not HAVE_DEMO, reason="leanboard.services.demo not written yet")
def test_demo_option_seeds_only_the_demo_file_once(
    fake_app: list[tuple[str, tuple[Any, ...]]], isolated_user_data: Path
) -> None:
    assert main(["--demo"]) == 0
    demo_url = f"sqlite:///{isolated_user_data / 'demo.db'}"
    assert fake_app == [("gui", (demo_url, "fi", True))]
    assert not (isolated_user_data / "leanboard.db").exists()
    db = Database(demo_url)
    try:
        with db.read() as session:
            boards = session.query(Board).count()
    finally:
        db.dispose()
    assert boards > 0
    assert main(["--demo"]) == 0  # second start: opened as it is, not seeded again
    db = Database(demo_url)
    try:
        with db.read() as session:
            assert session.query(Board).count() == boards
    finally:
        db.dispose()


def test_db_upgrade_of_an_empty_or_damaged_file_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from store.test_database_files import damaged_database

    empty = tmp_path / "empty.db"
    empty.touch()
    assert main(["--database", f"sqlite:///{empty}", "db", "upgrade"]) == 1
    assert "0 tavua" in one_line_error(capsys)
    assert empty.stat().st_size == 0
    damaged = tmp_path / "damaged.db"
    damaged_database(damaged)
    assert main(["--database", f"sqlite:///{damaged}", "db", "upgrade"]) == 1
    line = one_line_error(capsys)
    assert "vioittunut" in line and "ajan tasalla" not in line
