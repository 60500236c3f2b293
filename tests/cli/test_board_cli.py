"""`leanboard board …`: the organisation tree from the command line, on SQLite and PostgreSQL.

Every command: 0 with what was done on stdout; 1 with one line naming the reason on stderr
(and nothing changed); 2 for wrong usage.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from leanboard.cli import main
from leanboard.services import Services
from leanboard.store.database import Database
from leanboard.store.models import utcnow

TODAY = dt.date(2026, 11, 25)


def run(url: str, *argv: str) -> int:
    return main(["--database", url, "board", *argv])


def out_of(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    assert captured.err == "", captured.err
    return captured.out


def error_of(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.startswith("leanboard: ") and err.count("\n") == 1, repr(err)
    assert "Traceback" not in err
    return err.strip()


def tree_of(url: str) -> list[tuple[str, str, str, str]]:
    """(code, name, parent, kind) of every board in use, as `board list --format csv` says."""
    buffer = io.StringIO()
    from contextlib import redirect_stdout

    with redirect_stdout(buffer):
        assert run(url, "list", "--format", "csv") == 0
    rows = list(csv.reader(io.StringIO(buffer.getvalue())))
    assert rows[0] == ["code", "name", "parent", "kind"]
    return [(r[0], r[1], r[2], r[3]) for r in rows[1:]]


@pytest.fixture
def url(db_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    """ORG → AREA → U1 → W1, W2, built with `board add`."""
    for argv in (
        ["add", "ORG", "--name", "Järvilaakson kuntayhtymä", "--kind", "organisation"],
        ["add", "AREA", "--name", "Ikäihmisten palvelut", "--parent", "ORG", "--kind", "area"],
        ["add", "U1", "--name", "Kotikallion hoivakoti", "--parent", "AREA", "--kind", "unit"],
        ["add", "W1", "--name", "Osasto 1", "--parent", "U1"],
        ["add", "W2", "--name", "Osasto 2", "--parent", "U1", "--kind", "team"],
    ):
        assert run(db_url, *argv) == 0
    capsys.readouterr()
    return db_url


# --- add ---------------------------------------------------------------------------------------


def test_add_builds_the_tree(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert tree_of(url) == [
        ("ORG", "Järvilaakson kuntayhtymä", "", "organisation"),
        ("AREA", "Ikäihmisten palvelut", "ORG", "area"),
        ("U1", "Kotikallion hoivakoti", "AREA", "unit"),
        ("W1", "Osasto 1", "U1", "team"),
        ("W2", "Osasto 2", "U1", "team"),
    ]
    assert run(url, "add", "u2", "--name", "Palvelukeskus", "--parent", "area") == 0
    assert out_of(capsys) == "Luotiin taulu U2 (Palvelukeskus) taulun AREA alle.\n"


@pytest.mark.parametrize(
    ("argv", "reason"),
    [
        (["add", "W1", "--name", "Toinen"], "Tunnus W1 on jo käytössä"),
        (["add", "W3", "--name", "Osasto 3", "--parent", "NOPE"], "tunnuksella NOPE ei löydy"),
        (["add", "W3", "--name", "Asukas 010594Y9032"], "henkilötunnus"),
        (["add", "W 3", "--name", "Osasto 3"], "Tunnus: 1–32 merkkiä"),
    ],
)
def test_add_refusals(
    url: str, capsys: pytest.CaptureFixture[str], argv: list[str], reason: str
) -> None:
    before = tree_of(url)
    capsys.readouterr()
    assert run(url, *argv) == 1
    assert reason in error_of(capsys)
    assert tree_of(url) == before


@pytest.mark.parametrize(
    "argv",
    [
        ["add", "W3"],  # --name missing
        ["add", "W3", "--name", "X", "--kind", "ward"],
        ["move", "W1"],  # neither --parent nor --top
        ["move", "W1", "--parent", "ORG", "--top"],
        ["rename", "W1"],  # nothing to change
        ["list", "--format", "xml"],
        ["archive"],
        ["import"],
        [],  # `leanboard board` alone
    ],
)
def test_wrong_usage_is_exit_2(
    url: str, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    assert run(url, *argv) == 2
    assert capsys.readouterr().err.strip()


# --- move --------------------------------------------------------------------------------------


def test_move_under_another_parent_and_to_the_top(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        run(url, "add", "U2", "--name", "Palvelukeskus", "--parent", "AREA", "--kind", "unit") == 0
    )
    capsys.readouterr()
    assert run(url, "move", "W2", "--parent", "U2") == 0
    assert out_of(capsys) == "Taulu W2 siirrettiin taulun U2 alle.\n"
    assert ("W2", "Osasto 2", "U2", "team") in tree_of(url)
    assert run(url, "move", "U1", "--top") == 0
    assert out_of(capsys) == "Taulu U1 siirrettiin ylimmäksi alatauluineen (2 taulua).\n"
    assert ("U1", "Kotikallion hoivakoti", "", "unit") in tree_of(url)
    assert run(url, "move", "U1", "--top") == 0
    assert out_of(capsys) == "Taulu U1 on jo siellä: mitään ei muutettu.\n"


@pytest.mark.parametrize(
    ("argv", "reason"),
    [
        (["move", "U1", "--parent", "W1"], "W1 on sen oma alataulu tai se itse"),
        (["move", "AREA", "--parent", "W2"], "W2 on sen oma alataulu tai se itse"),
        (["move", "U1", "--parent", "U1"], "U1 on sen oma alataulu tai se itse"),
        (["move", "U1", "--parent", "NOPE"], "tunnuksella NOPE ei löydy"),
        (["move", "NOPE", "--top"], "tunnuksella NOPE ei löydy"),
    ],
)
def test_move_refusals(
    url: str, capsys: pytest.CaptureFixture[str], argv: list[str], reason: str
) -> None:
    before = tree_of(url)
    capsys.readouterr()
    assert run(url, *argv) == 1
    assert reason in error_of(capsys)
    assert tree_of(url) == before


def test_move_under_an_archived_board_is_refused(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(url, "archive", "W2") == 0
    capsys.readouterr()
    assert run(url, "move", "W1", "--parent", "W2") == 1
    assert "Ylempi taulu W2 on arkistoitu" in error_of(capsys)


# --- rename ------------------------------------------------------------------------------------


def test_rename_name_code_or_both(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(url, "rename", "W1", "--name", "Osasto 1 – muisti") == 0
    assert out_of(capsys) == "Taulu W1: nyt W1 (Osasto 1 – muisti).\n"
    assert run(url, "rename", "W1", "--code", "MUISTI1") == 0
    assert out_of(capsys) == "Taulu W1: nyt MUISTI1 (Osasto 1 – muisti).\n"
    assert run(url, "rename", "muisti1", "--code", "M1", "--name", "Muistiosasto") == 0
    assert ("M1", "Muistiosasto", "U1", "team") in tree_of(url)


@pytest.mark.parametrize(
    ("argv", "reason"),
    [
        (["rename", "W1", "--code", "W2"], "Tunnus W2 on jo käytössä"),
        (["rename", "W1", "--name", "Asukas 010594Y9032"], "henkilötunnus"),
        (["rename", "W1", "--name", "  "], "Nimi: kenttä on pakollinen"),
        (["rename", "NOPE", "--name", "X"], "tunnuksella NOPE ei löydy"),
    ],
)
def test_rename_refusals(
    url: str, capsys: pytest.CaptureFixture[str], argv: list[str], reason: str
) -> None:
    before = tree_of(url)
    capsys.readouterr()
    assert run(url, *argv) == 1
    assert reason in error_of(capsys)
    assert tree_of(url) == before


# --- archive and restore -----------------------------------------------------------------------


def test_archive_and_restore(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(url, "archive", "W2") == 0
    assert out_of(capsys) == "Taulu W2 arkistoitiin.\n"
    assert "W2" not in [row[0] for row in tree_of(url)]
    capsys.readouterr()
    assert run(url, "list", "--archived") == 0
    listed = out_of(capsys)
    assert "W2    Osasto 2 · Tiimi · U1 (arkistoitu)" in listed
    assert run(url, "restore", "W2") == 0
    assert out_of(capsys) == "Taulu W2 palautettiin.\n"
    assert ("W2", "Osasto 2", "U1", "team") in tree_of(url)


def test_archive_and_restore_refusals(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(url, "archive", "U1") == 1
    assert "Taulun U1 alla on käytössä olevia tauluja (W1, W2)" in error_of(capsys)
    for code in ("W1", "W2", "U1"):
        assert run(url, "archive", code) == 0
    capsys.readouterr()
    assert run(url, "restore", "W1") == 1
    assert "ylempi taulu U1 on arkistoitu" in error_of(capsys)
    assert run(url, "archive", "NOPE") == 1
    assert "tunnuksella NOPE ei löydy" in error_of(capsys)


# --- list --------------------------------------------------------------------------------------


def test_list_as_text_tree_and_json(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(url, "list") == 0
    assert out_of(capsys).splitlines() == [
        "ORG   Järvilaakson kuntayhtymä · Organisaatio · –",
        "AREA  Ikäihmisten palvelut · Palvelualue · ORG",
        "U1    Kotikallion hoivakoti · Yksikkö · AREA",
        "W1    Osasto 1 · Tiimi · U1",
        "W2    Osasto 2 · Tiimi · U1",
    ]
    assert run(url, "list", "--tree") == 0
    assert out_of(capsys).splitlines() == [
        "ORG       Järvilaakson kuntayhtymä · Organisaatio",
        "  AREA    Ikäihmisten palvelut · Palvelualue",
        "    U1    Kotikallion hoivakoti · Yksikkö",
        "      W1  Osasto 1 · Tiimi",
        "      W2  Osasto 2 · Tiimi",
    ]
    assert run(url, "list", "--format", "json") == 0
    flat = json.loads(out_of(capsys))
    assert flat[3] == {
        "code": "W1", "name": "Osasto 1", "parent": "U1", "kind": "team", "archived": False
    }  # fmt: skip
    assert run(url, "list", "--tree", "--format", "json") == 0
    (org,) = json.loads(out_of(capsys))
    unit = org["children"][0]["children"][0]
    assert (org["code"], unit["code"]) == ("ORG", "U1")
    assert [w["code"] for w in unit["children"]] == ["W1", "W2"]
    assert unit["children"][0]["children"] == []


def test_list_in_english(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database", url, "--lang", "en", "board", "list", "--tree"]) == 0
    assert "      W1  Osasto 1 · Team" in out_of(capsys)


# --- import ------------------------------------------------------------------------------------


def test_the_csv_list_of_one_database_imports_into_another(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(url, "list", "--format", "csv") == 0
    exported = tmp_path / "tree.csv"
    exported.write_text(out_of(capsys), encoding="utf-8")
    other = f"sqlite:///{tmp_path / 'other.db'}"
    assert run(other, "import", str(exported)) == 0
    assert out_of(capsys) == f"Tuotiin 5 taulua tiedostosta {exported}.\n"
    assert tree_of(other) == tree_of(url)


def test_import_attaches_to_boards_in_the_database(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "uudet.csv"
    # Finnish Excel: `;`, Finnish headers, a BOM and Windows line ends.
    file.write_bytes(
        "\ufefftunnus;nimi;ylempi;taso\r\n"
        "U2;Palvelukeskus;AREA;yksikkö\r\n"
        "W3;Osasto 3;U2;\r\n".encode()
    )
    assert run(url, "import", str(file)) == 0
    assert "Tuotiin 2 taulua" in out_of(capsys)
    assert ("W3", "Osasto 3", "U2", "team") in tree_of(url)


def test_import_refuses_the_whole_file_naming_every_bad_row(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "huono.csv"
    file.write_text(
        "code,name,parent,kind\n"
        "A,Alfa,B,unit\n"  # 2: cycle
        "B,Beeta,A,unit\n"  # 3: cycle
        "C,Gamma,NOPE,team\n"  # 4: unknown parent
        "W1,Toinen W1,U1,team\n"  # 5: code in the database
        "D,Delta,U1,team\n"
        "D,Delta 2,U1,team\n"  # 7: code twice in the file
        "E,Asukas 010594Y9032,U1,team\n"  # 8: identity code
        "F,Hyvä,U1,team\n",
        encoding="utf-8",
    )
    before = tree_of(url)
    capsys.readouterr()
    assert run(url, "import", str(file)) == 1
    err = error_of(capsys)
    assert "Tiedostoa ei tuotu, 6 virhettä" in err
    for expected in (
        "rivi 2: kehä: taulu olisi itsensä yläpuolella (A → B → A)",
        "rivi 3: kehä",
        "rivi 4: ylempää taulua NOPE ei ole tiedostossa eikä tietokannassa",
        "rivi 5: tunnus W1 on jo käytössä tietokannassa",
        "rivi 7: tunnus D on jo rivillä 6",
        "rivi 8: Nimi: tekstissä on henkilötunnus",
    ):
        assert expected in err
    assert "rivi 6" not in err and "rivi 9" not in err
    assert tree_of(url) == before  # all or nothing: not even the good rows


def test_import_of_a_missing_file(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(url, "import", str(tmp_path / "ei.csv")) == 1
    assert "ei.csv" in error_of(capsys)


# --- moving a team with open escalations and inherited goals -----------------------------------


def test_moving_a_team_keeps_escalations_and_goals_consistent_in_the_rollup(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        run(url, "add", "U2", "--name", "Palvelukeskus", "--parent", "AREA", "--kind", "unit") == 0
    )
    assert run(url, "add", "W3", "--name", "Osasto 3", "--parent", "U2") == 0
    db = Database(url, actor="test@pytest")
    s = Services(db)
    try:
        ids = {b.code: b.id for b in s.boards.list_boards()}
        handed = s.measures.create_measure(
            ids["U1"], "Kotiutukset ennen klo 12", target=60, inherited=True
        )
        nps = s.measures.create_measure(ids["U2"], "NPS", target=80, inherited=True)
        s.measures.record_value(handed.id, ids["W1"], "2026-W48", 70, today=TODAY)
        s.measures.record_value(nps.id, ids["W3"], "2026-W48", 85, today=TODAY)
        p = s.problems.create_problem(ids["W1"], "S", "Nostolaite rikki")
        p = s.problems.escalate_problem(p.id, p.version, "Tarvitaan uusi")
        q = s.problems.create_problem(ids["W1"], "C", "Vuokratyövoima")
        q = s.problems.escalate_problem(q.id, q.version)
        q = s.problems.answer_escalation(q.id, q.version, "forwarded", "Alueen päätös")
    finally:
        db.dispose()
    capsys.readouterr()

    assert run(url, "move", "W1", "--parent", "U2") == 0
    assert out_of(capsys).splitlines() == [
        "Taulu W1 siirrettiin taulun U2 alle.",
        f"Eskaloitu ongelma {p.id} ”Nostolaite rikki” odottaa nyt taululla U2.",
        "Perityt tavoitteet, jotka eivät enää näy: Kotiutukset ennen klo 12",
        "Uudet perityt tavoitteet: NPS",
    ]

    db = Database(url)
    s = Services(db)
    try:
        now = utcnow() + dt.timedelta(hours=2)
        u2 = s.rollup.rollup(ids["U2"], TODAY, now)
        assert u2 is not None
        rows = {r.board.code: r for r in u2.rows}
        assert [w.problem_id for w in rows["W1"].waiting] == [p.id]
        assert rows["W3"].waiting == ()
        # W1 sees U2's NPS (no value yet), no longer U1's goal.
        assert (rows["W1"].goals_on_target, rows["W1"].goals_no_data) == (0, 1)
        (nps_row,) = [g for g in u2.goals if g.measure.name == "NPS"]
        assert {c.board_code: c.value for c in nps_row.cells} == {"W1": None, "W3": 85.0}
        u1 = s.rollup.rollup(ids["U1"], TODAY, now)
        assert u1 is not None and [r.board.code for r in u1.rows] == ["W2"]
        assert u1.total.waiting == () and u1.goals[0].cells[0].board_code == "W2"
        # The problem the unit forwarded to the area still waits there (AREA is above U2 too).
        area = s.rollup.rollup(ids["AREA"], TODAY, now)
        assert area is not None and [w.problem_id for w in area.total.waiting] == [q.id]
        assert {r.board.code: r.boards_covered for r in area.rows} == {"U1": 2, "U2": 3}
    finally:
        db.dispose()
