"""Files the program makes are the user's alone, and -o / --out-dir never replace what is not a
regular file (issue 14: `export-pdf -o /dev/null` run as root used to replace /dev/null)."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from leanboard.cli import main
from leanboard.services import open_services
from leanboard.services.drafts import DraftStore


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture
def database(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'db' / 'leanboard.db'}"
    services = open_services(url, actor="test@pytest")
    try:
        team = services.boards.create_board("OS3", "Osasto 3", "team")
        a3 = services.a3.create_a3(team.id, "Kaatumiset yöllä")
        assert a3.id == 1
    finally:
        services.close()
    return url


def fifo(path: Path) -> Callable[[], bool]:
    os.mkfifo(path)
    return lambda: stat.S_ISFIFO(path.lstat().st_mode)


def symlink(path: Path) -> Callable[[], bool]:
    aim = path.parent / "oikea-tiedosto.txt"
    aim.write_text("ennallaan")
    path.symlink_to(aim)
    return lambda: path.is_symlink() and aim.read_text() == "ennallaan"


def device(path: Path) -> Callable[[], bool]:
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root (CI runs as root)")
    # A null device of our own: if the refusal ever broke, the real /dev/null stays whole.
    os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    return lambda: stat.S_ISCHR(path.lstat().st_mode)


TARGETS = {"fifo": fifo, "symlink": symlink, "device": device}
COMMANDS = {
    "export-pdf": ["export-pdf", "--board", "OS3", "--week", "2026-W47", "-o"],
    "export-a3": ["export-a3", "1", "-o"],
    "export-data": ["export-data", "-o"],
}


@pytest.mark.parametrize("kind", TARGETS)
@pytest.mark.parametrize("command", COMMANDS)
def test_output_onto_a_non_regular_file_is_refused_and_left_alone(
    kind: str, command: str, database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "ulos"
    folder.mkdir()
    target = folder / "kohde.pdf"
    untouched = TARGETS[kind](target)
    before = sorted(p.name for p in folder.iterdir())
    capsys.readouterr()
    assert main(["--database", database, *COMMANDS[command], str(target)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ei ole tavallinen tiedosto" in err, err
    assert untouched()
    assert sorted(p.name for p in folder.iterdir()) == before  # no temporary file left


def test_out_dir_never_replaces_a_non_regular_file_in_it(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    week = tmp_path / "viikot" / "2026-W47"
    week.mkdir(parents=True)
    untouched = fifo(week / "OS3.pdf")
    args = ["--database", database, "export-pdf", "--all", "--week", "2026-W47"]
    assert main([*args, "--out-dir", str(tmp_path / "viikot")]) == 0  # kept: skipped
    assert "Ohitettiin" in capsys.readouterr().out
    assert untouched()
    assert main([*args, "--out-dir", str(tmp_path / "viikot"), "--overwrite"]) == 1
    assert "ei ole tavallinen tiedosto" in capsys.readouterr().err
    assert untouched()


def test_new_databases_folders_exports_and_drafts_are_private(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_file = tmp_path / "db" / "leanboard.db"
    assert mode(db_file.parent) == 0o700
    services = open_services(database)  # the journal files exist while a connection is open
    try:
        services.boards.create_board("OS4", "Osasto 4", "team")
        for name in ("leanboard.db", "leanboard.db-wal", "leanboard.db-shm"):
            assert mode(db_file.parent / name) == 0o600, name
    finally:
        services.close()
    backup = tmp_path / "vienti.json"
    assert main(["--database", database, "export-data", "-o", str(backup)]) == 0
    assert mode(backup) == 0o600 and json.loads(backup.read_text())["tables"]["board"]
    pdf = tmp_path / "viikko.pdf"
    assert main(["--database", database, "export-pdf", "--board", "OS3", "--week", "2026-W47",
                 "-o", str(pdf)]) == 0  # fmt: skip
    assert mode(pdf) == 0o600
    folder = tmp_path / "uusi" / "viikot"
    assert main(["--database", database, "export-pdf", "--all", "--week", "2026-W47",
                 "--out-dir", str(folder)]) == 0  # fmt: skip
    week = folder / "2026-W47"
    assert mode(folder) == 0o700 and mode(week) == 0o700
    assert mode(week / "OS3.pdf") == 0o600 and mode(week / "SHA256SUMS") == 0o600
    drafts = DraftStore(tmp_path / "luonnokset")
    draft = drafts.save(database, None, None, {"title": "Kesken"})
    assert mode(draft) == 0o600 and mode(draft.parent) == 0o700
    # A file that was already there keeps the mode its owner gave it.
    shared = tmp_path / "jaettu.db"
    # A SQLite file, not an empty one: an empty file given as the database is refused.
    with contextlib.closing(sqlite3.connect(shared)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")  # writes the header, makes no table
    shared.chmod(0o640)
    assert main(["--database", f"sqlite:///{shared}", "db", "upgrade"]) == 0
    assert mode(shared) == 0o640
    capsys.readouterr()
