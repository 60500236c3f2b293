"""The weekly archive run by a scheduler: `export-pdf --all --week last --out-dir DIR`.

The date is fixed through LEANBOARD_TODAY (the command's test-only clock): a Monday, a
Sunday and the turn of 2026/2027, whose ISO week 53 runs 28.12.2026–3.1.2027. Runs on SQLite
and, when LEANBOARD_TEST_DATABASE_URL is set, on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from leanboard.cli import TODAY_ENV, main
from leanboard.services import Services
from leanboard.store.database import Database
from leanboard.store.migrate import ensure_current

CODES = ("OS2", "OS2-AKUUTTI", "OS2-KOTI")


@pytest.fixture
def url(db_url: str) -> str:
    """A unit and two teams; the first team has a weekly value in 2026-W49 and 2026-W53."""
    db = Database(db_url, actor="test@pytest")
    ensure_current(db.engine)
    s = Services(db)
    unit = s.boards.create_board("OS2", "Osastot", "unit")
    team = s.boards.create_board("OS2-AKUUTTI", "Äkillinen hoito", "team", parent_id=unit.id)
    s.boards.create_board("OS2-KOTI", "Kotiutus", "team", parent_id=unit.id)
    m = s.measures.create_measure(team.id, "Tavoitettavuus", unit="%", target=100, decimals=1)
    # Entered as on the first Monday of 2027: a value is refused for a week not yet begun.
    entered = dt.date(2027, 1, 4)
    s.measures.record_value(m.id, team.id, "2026-W49", "61,5", today=entered)
    s.measures.record_value(m.id, team.id, "2026-W53", "77,5", today=entered)
    db.dispose()
    return db_url


def archive(url: str, out: Path, *extra: str) -> int:
    return main(["--database", url, "export-pdf", "--all", "--out-dir", str(out), *extra])


def sha256sum_check(folder: Path) -> subprocess.CompletedProcess[str]:
    """What the archive runs on what it received (GNU coreutils)."""
    return subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True, timeout=60
    )


def page_text(path: Path) -> str:
    return PdfReader(path).pages[0].extract_text()


@pytest.mark.parametrize(
    ("today", "week", "heading"),
    [
        (dt.date(2026, 12, 7), "2026-W49", "Viikko 49 / 2026 · 30.11.–6.12.2026"),  # Monday
        (dt.date(2026, 12, 6), "2026-W48", "Viikko 48 / 2026 · 23.11.–29.11.2026"),  # Sunday
        (dt.date(2027, 1, 4), "2026-W53", "Viikko 53 / 2026 · 28.12.–3.1.2027"),  # year turn
    ],
)
def test_last_week_goes_to_its_week_folder_with_checksums(
    url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    today: dt.date,
    week: str,
    heading: str,
) -> None:
    monkeypatch.setenv(TODAY_ENV, today.isoformat())
    out = tmp_path / "arkisto"
    assert archive(url, out, "--week", "last") == 0
    folder = out / week
    assert [p.name for p in out.iterdir()] == [week]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [*(f"{code}.pdf" for code in CODES), "SHA256SUMS"]
    )
    team = page_text(folder / "OS2-AKUUTTI.pdf")
    assert heading in team
    if week in ("2026-W49", "2026-W53"):
        assert {"2026-W49": "61,5 %", "2026-W53": "77,5 %"}[week] in team
    # SHA256SUMS is sha256sum's own format: the archive verifies the delivery with it.
    sums = (folder / "SHA256SUMS").read_text(encoding="utf-8")
    assert sums == "".join(
        f"{hashlib.sha256((folder / name).read_bytes()).hexdigest()}  {name}\n"
        for name in sorted(f"{code}.pdf" for code in CODES)
    )
    checked = sha256sum_check(folder)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.count(": OK") == len(CODES)
    printed = capsys.readouterr().out.splitlines()
    assert sorted(line for line in printed if line.startswith("Kirjoitettiin ")) == sorted(
        f"Kirjoitettiin {folder / f'{code}.pdf'}" for code in CODES
    )
    assert printed[-1] == f"Tarkistussummat: {folder / 'SHA256SUMS'}"


def test_this_week_on_a_sunday_and_at_the_turn_of_the_year(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for today, week in ((dt.date(2026, 12, 6), "2026-W49"), (dt.date(2027, 1, 1), "2026-W53")):
        monkeypatch.setenv(TODAY_ENV, today.isoformat())
        assert archive(url, tmp_path / "a", "--week", "this") == 0
        assert (tmp_path / "a" / week / "OS2-KOTI.pdf").is_file()
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == ["2026-W49", "2026-W53"]


def test_a_second_run_keeps_what_exists_unless_overwrite(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(TODAY_ENV, "2026-12-07")
    out = tmp_path / "arkisto"
    folder = out / "2026-W49"
    assert archive(url, out, "--week", "last") == 0
    kept = folder / "OS2.pdf"
    first = kept.read_bytes()
    (folder / "OS2-KOTI.pdf").unlink()  # a gap, e.g. a run that failed midway
    capsys.readouterr()

    assert archive(url, out, "--week", "2026-W49") == 0  # the same week, named
    printed = capsys.readouterr().out
    assert f"Kirjoitettiin {folder / 'OS2-KOTI.pdf'}" in printed  # the gap is filled
    assert f"Ohitettiin {kept}: tiedosto on jo olemassa" in printed
    assert kept.read_bytes() == first
    assert sha256sum_check(folder).returncode == 0  # the sums cover the refilled folder too

    kept.write_bytes(b"%PDF-1.4 muutettu")  # tampered with after delivery
    failed = sha256sum_check(folder)
    assert failed.returncode == 1 and "OS2.pdf: FAILED" in failed.stdout
    assert archive(url, out, "--week", "last") == 0  # kept as it is: the sums now say so
    assert kept.read_bytes() == b"%PDF-1.4 muutettu"
    assert archive(url, out, "--week", "last", "--overwrite") == 0
    assert "Osastot" in page_text(kept)
    assert sha256sum_check(folder).returncode == 0


def test_other_pdfs_in_the_week_folder_are_covered(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(TODAY_ENV, "2026-12-07")
    folder = tmp_path / "2026-W49"
    folder.mkdir()
    (folder / "liite.pdf").write_bytes(b"%PDF-1.4 liite")
    (folder / "muistio.txt").write_text("ei PDF")
    assert archive(url, tmp_path, "--week", "last") == 0
    names = [line.split("  ", 1)[1] for line in (folder / "SHA256SUMS").read_text().splitlines()]
    assert names == sorted([*(f"{code}.pdf" for code in CODES), "liite.pdf"])


def test_failures_exit_1_with_one_line_and_wrong_usage_exits_2(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "tiedosto"
    blocker.write_text("ei kansio")
    monkeypatch.setenv(TODAY_ENV, "2026-12-07")
    assert archive(url, blocker, "--week", "last") == 1  # DIR is a file: no week folder
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(err) == 1 and err[0].startswith("leanboard: Tiedostovirhe"), err

    monkeypatch.setenv(TODAY_ENV, "7.12.2026")
    assert archive(url, tmp_path / "x", "--week", "last") == 1
    assert "LEANBOARD_TODAY" in capsys.readouterr().err
    monkeypatch.delenv(TODAY_ENV)

    board = ["--database", url, "export-pdf", "--board", "OS2", "--week", "last"]
    assert main([*board, "-o", str(tmp_path / "x.pdf"), "--overwrite"]) == 2  # archive only
    assert "--overwrite" in capsys.readouterr().err
    assert archive(url, tmp_path / "x", "--week", "edellinen") == 2
    assert "last tai this" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


def test_one_board_last_week(url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TODAY_ENV, "2027-01-04")
    argv = ["--database", url, "export-pdf", "--board", "os2-akuutti", "--week", "last"]
    assert main([*argv, "--out-dir", str(tmp_path)]) == 0
    assert "77,5 %" in page_text(tmp_path / "OS2-AKUUTTI_2026-W53.pdf")
