"""`leanboard export-pdf`: the command-line contract (0 / 1 with a Finnish reason / 2 usage)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from leanboard.cli import main
from leanboard.services import Services
from leanboard.store.database import Database
from leanboard.store.migrate import ensure_current


@pytest.fixture
def url(tmp_path: Path) -> str:
    """A small database: a unit and one team with a value in 2026-W47."""
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    db = Database(url, actor="test@pytest")
    ensure_current(db.engine)
    s = Services(db)
    unit = s.boards.create_board("OS2", "Osastot", "unit")
    team = s.boards.create_board("OS2-AKUUTTI", "Äkillinen hoito", "team", parent_id=unit.id)
    m = s.measures.create_measure(team.id, "Tavoitettavuus", unit="%", target=100, decimals=1)
    s.measures.record_value(m.id, team.id, "2026-W47", "61,5")
    s.huddles.log_huddle(team.id, 7, 10, dt.date(2026, 11, 17))
    db.dispose()
    return url


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    return lines[0]


def test_one_board_to_a_file(url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "viikko.pdf"
    argv = ["--database", url, "export-pdf", "--board", "os2-akuutti", "--week", "2026-W47"]
    assert main([*argv, "-o", str(out)]) == 0
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Äkillinen hoito" in text and "61,5 %" in text
    assert "Viikko 47 / 2026 · 16.11.–22.11.2026" in text
    assert str(out) in capsys.readouterr().out


def test_a3_page_size(url: str, tmp_path: Path) -> None:
    out = tmp_path / "a3.pdf"
    argv = ["--database", url, "export-pdf", "--board", "OS2-AKUUTTI", "--week", "2026-W47"]
    assert main([*argv, "-o", str(out), "--page-size", "A3"]) == 0
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (1191, 842)


def test_all_boards_one_file_each(url: str, tmp_path: Path) -> None:
    folder = tmp_path / "arkisto"
    argv = ["--database", url, "export-pdf", "--all", "--week", "2026-W47"]
    assert main([*argv, "--out-dir", str(folder)]) == 0
    # The archive layout (issue 17): DIR/2026-W47/CODE.pdf and the week's checksums.
    assert [p.name for p in folder.iterdir()] == ["2026-W47"]
    assert sorted(p.name for p in (folder / "2026-W47").iterdir()) == [
        "OS2-AKUUTTI.pdf",
        "OS2.pdf",
        "SHA256SUMS",
    ]
    empty = PdfReader(folder / "2026-W47" / "OS2.pdf").pages[0].extract_text()
    assert "Tällä viikolla ei kirjauksia" in empty


def test_unknown_board_fails_with_one_finnish_line(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--database", url, "export-pdf", "--board", "EI-OLE", "--week", "2026-W47"]
    assert main([*argv, "-o", str(tmp_path / "x.pdf")]) == 1
    assert "Taulua tunnuksella EI-OLE ei löydy" in one_line(capsys.readouterr().err)
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(
    "extra",
    [
        ["--week", "2026-W47"],  # neither --board nor --all
        ["--board", "OS2", "--all", "--week", "2026-W47", "--out-dir", "d"],  # both
        ["--board", "OS2"],  # no week
        ["--board", "OS2", "--week", "2026-47"],  # not an ISO week
        ["--board", "OS2", "--week", "2026-11"],  # a month
        ["--all", "--week", "2026-W47"],  # --all needs --out-dir
        ["--all", "--week", "2026-W47", "-o", "x.pdf", "--out-dir", "d"],  # -o is for one board
        ["--board", "OS2", "--week", "2026-W47", "--page-size", "Letter"],
    ],
)
def test_wrong_usage_exits_2(
    url: str, extra: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database", url, "export-pdf", *extra]) == 2
    assert capsys.readouterr().err.strip()
