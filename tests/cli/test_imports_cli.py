"""`leanboard import-kpi` and `leanboard import-nps`: 0 with a one-line Finnish summary, 1 with
one line naming the bad rows, 2 for wrong usage."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from leanboard.cli import main
from leanboard.services import Services
from leanboard.store.database import Database
from leanboard.store.migrate import ensure_current
from leanboard.store.models import MeasureValue

FIXTURES = Path(__file__).parents[1] / "store" / "fixtures" / "imports"


@pytest.fixture
def url(tmp_path: Path) -> str:
    """KY (inherited monthly sick leave) → OS2 → OS2-AKUUTTI and OS2-KOTI with Tavoitettavuus."""
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    db = Database(url, actor="test@pytest")
    ensure_current(db.engine)
    s = Services(db)
    ky = s.boards.create_board("KY", "Kuntayhtymä", "organisation")
    s.measures.create_measure(ky.id, "Sairauspoissaolot", frequency="month", inherited=True)
    os2 = s.boards.create_board("OS2", "Osastot", "unit", parent_id=ky.id)
    for code in ("OS2-AKUUTTI", "OS2-KOTI"):
        team = s.boards.create_board(code, code.title(), "team", parent_id=os2.id)
        s.measures.create_measure(team.id, "Tavoitettavuus", unit="%", target=100)
    db.dispose()
    return url


def stored_values(url: str) -> int:
    db = Database(url)
    try:
        with db.read() as s:
            return int(s.scalar(select(func.count()).select_from(MeasureValue)) or 0)
    finally:
        db.dispose()


def one_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, text
    return lines[0]


def test_import_kpi_prints_one_finnish_line(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--database", url, "import-kpi", str(FIXTURES / "kpi_finnish_headers_comma.csv")]
    assert main(argv) == 0
    out = one_line(capsys.readouterr().out)
    assert out == "Tuotiin 4 arvoa 2 taululle (uusia 4, muuttuneita 0, ennallaan 0)."
    assert stored_values(url) == 4


def test_import_nps_prints_the_weeks_figures(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--database", url, "import-nps", str(FIXTURES / "nps_200_answers.csv")]
    assert main([*argv, "--board", "os2-koti"]) == 0
    assert one_line(capsys.readouterr().out) == (
        "Tuotiin 200 vastausta taululle OS2-KOTI: NPS viikoittain 2026-W47 45 (n = 200); "
        "kuukausittain 2026-11 45 (n = 200). Luotiin mittarit: NPS, NPS (kuukausi)."
    )


def test_refused_file_names_every_bad_row_on_one_line(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--database", url, "import-kpi", str(FIXTURES / "kpi_refused_messy.csv")]
    assert main(argv) == 1
    err = one_line(capsys.readouterr().err)
    assert err.startswith("leanboard: Tiedostoa ei tuotu, 4 virhettä: rivi 5: ")
    for row in (5, 7, 8, 10):
        assert f"rivi {row}: " in err
    assert "OS2-KIRURGIA" in err
    assert stored_values(url) == 0


def test_many_bad_rows_show_the_first_ten_and_a_count(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "vastaukset.csv"
    bad.write_text("pvm;arvosana\n" + "".join(f"{d}.11.2026;11\n" for d in range(1, 26)))
    assert main(["--database", url, "import-nps", str(bad), "--board", "OS2-KOTI"]) == 1
    err = one_line(capsys.readouterr().err)
    assert "25 virhettä" in err and "(ja 15 muuta)" in err
    assert "rivi 2: Arvosana: arvon pitää olla 0–10 (annettu 11)" in err
    assert "rivi 11: " in err and "rivi 12: " not in err


def test_missing_file_and_unknown_board_fail_with_one_line(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database", url, "import-kpi", str(tmp_path / "ei-ole.csv")]) == 1
    assert "ei-ole.csv" in one_line(capsys.readouterr().err)
    argv = ["--database", url, "import-nps", str(FIXTURES / "nps_200_answers.csv")]
    assert main([*argv, "--board", "EI-OLE"]) == 1
    assert "Taulua tunnuksella EI-OLE ei löydy" in one_line(capsys.readouterr().err)


@pytest.mark.parametrize(
    "argv",
    [
        ["import-kpi"],
        ["import-nps", "vastaukset.csv"],  # --board is required
        ["import-kpi", "a.csv", "b.csv"],
    ],
)
def test_wrong_usage_exits_2(url: str, argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database", url, *argv]) == 2
    assert "usage" in capsys.readouterr().err


def test_import_nps_as_a_separate_process(url: str, isolated_user_data: Path) -> None:
    """What a scheduler runs: the console entry point, exit code and output of a real process."""
    env = {**os.environ, "LEANBOARD_DATA_DIR": str(isolated_user_data), "QT_QPA_PLATFORM": ""}
    env.pop("LEANBOARD_DATABASE_URL", None)
    argv = ["import-nps", str(FIXTURES / "nps_identity_code.csv"), "--board", "OS2-AKUUTTI"]
    refused = subprocess.run(
        [sys.executable, "-m", "leanboard", "--database", url, *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert refused.returncode == 1, refused.stderr
    assert refused.stdout == ""
    assert "rivi 4: Kommentti: tekstissä on henkilötunnus" in one_line(refused.stderr)
    assert "010594Y9032" not in refused.stderr

    argv = ["import-nps", str(FIXTURES / "nps_200_answers.csv"), "--board", "OS2-AKUUTTI"]
    done = subprocess.run(
        [sys.executable, "-m", "leanboard", "--database", url, *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "NPS viikoittain 2026-W47 45 (n = 200)" in one_line(done.stdout)
    assert stored_values(url) == 2


def test_import_kpi_reads_the_three_date_spellings(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """24.11.26 is what a Finnish LibreOffice sheet saved as CSV writes for a date."""
    kpi = tmp_path / "kpi.csv"
    kpi.write_text(
        "board;measure;period;value\n"
        "OS2-AKUUTTI;Tavoitettavuus;24.11.26;61,5\n"  # 2026-W48
        "OS2-AKUUTTI;Tavoitettavuus;17.11.2026;70\n"  # 2026-W47
        "OS2-AKUUTTI;Tavoitettavuus;2026-11-10;80\n",  # 2026-W46
        encoding="utf-8",
    )
    assert main(["--database", url, "import-kpi", str(kpi)]) == 0
    assert "Tuotiin 3 arvoa 1 taululle" in capsys.readouterr().out
    db = Database(url)
    try:
        with db.read() as s:
            stored = {
                (row.period_start, row.value) for row in s.scalars(select(MeasureValue)).all()
            }
    finally:
        db.dispose()
    assert stored == {
        (dt.date(2026, 11, 23), 61.5),
        (dt.date(2026, 11, 16), 70.0),
        (dt.date(2026, 11, 9), 80.0),
    }


def test_import_kpi_refuses_a_date_it_cannot_read_naming_the_row(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kpi = tmp_path / "kpi.csv"
    kpi.write_text(
        "board;measure;period;value\n"
        "OS2-AKUUTTI;Tavoitettavuus;24.11.26;61,5\n"
        "OS2-AKUUTTI;Tavoitettavuus;31.02.26;70\n"  # no such day
        "OS2-AKUUTTI;Tavoitettavuus;24/11/26;80\n",  # not a Finnish or ISO spelling
        encoding="utf-8",
    )
    assert main(["--database", url, "import-kpi", str(kpi)]) == 1
    err = one_line(capsys.readouterr().err)
    assert err.startswith("leanboard: Tiedostoa ei tuotu, 2 virhettä: rivi 3: ")
    assert "”31.02.26” ei ole päivä" in err and "rivi 4: " in err and "”24/11/26”" in err
    assert stored_values(url) == 0  # all or nothing


def test_a_file_no_table_can_be_is_one_line_and_exit_1(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "huge_cell.csv"
    path.write_text(
        f"board;measure;period;value\nOS2-AKUUTTI;Tavoitettavuus;2026-W47;{'9' * 10_000_000}\n",
        encoding="utf-8",
    )
    assert main(["--database", url, "import-kpi", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "rivi 2" in err and "merkkiä pitkä" in err
    assert stored_values(url) == 0
