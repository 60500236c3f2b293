"""The command line speaks --lang (sv, en) in its messages and PDFs; without it, Finnish."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from leanboard import __version__, i18n
from leanboard.cli import main
from leanboard.services import open_services


@pytest.fixture
def url_and_id(tmp_path: Path) -> tuple[str, int]:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    services = open_services(url, actor="test@pytest")
    team = services.boards.create_board("OS2-AKUUTTI", "Osasto 2", "team")
    a3 = services.a3.create_a3(team.id, "Siirtoviiveiden vähentäminen", owner="Osastonhoitaja")
    services.close()
    return url, a3.id


def errors(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return [line for line in capsys.readouterr().err.splitlines() if line.strip()]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("sv", "leanboard: A3 999 hittas inte."),
        ("en", "leanboard: A3 999 not found."),
        ("", "leanboard: A3 999 ei löydy."),
    ],
)
def test_unknown_id_is_one_line_in_the_chosen_language(
    url_and_id: tuple[str, int], capsys: pytest.CaptureFixture[str], lang: str, expected: str
) -> None:
    url, _ = url_and_id
    argv = ["--lang", lang] if lang else []
    assert main([*argv, "--database", url, "export-a3", "999"]) == 1
    assert errors(capsys) == [expected]
    assert i18n.language() == "fi"  # put back for whatever runs next in this process


def test_swedish_a3_export_says_and_prints_swedish(
    url_and_id: tuple[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, a3_id = url_and_id
    out = tmp_path / "a3.pdf"
    assert main(["--lang", "sv", "--database", url, "export-a3", str(a3_id), "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"Skrev {out}"
    text = PdfReader(out).pages[0].extract_text()
    assert "1 Bakgrund" in text and "Ägare: Osastonhoitaja" in text
    assert "Tausta" not in text and "Omistaja" not in text
    assert f"LeanBoard {__version__} · A3 {a3_id} · utskriven " in text  # the footer


@pytest.mark.parametrize(
    ("argv", "shown", "absent"),
    [
        (
            ["--lang", "sv", "--help"],
            ["tavlor för daglig styrning", "kommandon:", "underhåll av databasen"],
            ["päivittäisjohtamisen", "komennot:"],
        ),
        (
            ["--lang=en", "--help"],
            ["daily management boards", "commands:", "import a JSON file into an empty"],
            ["päivittäisjohtamisen", "komennot:"],
        ),
        (
            ["--help"],
            ["LeanBoard: päivittäisjohtamisen taulut.", "komennot:", "tietokannan ylläpito"],
            ["daily management", "kommandon:"],
        ),
    ],
)
def test_help_is_in_the_chosen_language(
    argv: list[str], shown: list[str], absent: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 0
    # argparse wraps lines; compare words, not line breaks
    out = " ".join(capsys.readouterr().out.split())
    for text in shown:
        assert text in out
    for text in absent:
        assert text not in out
    assert i18n.language() == "fi"


def test_sub_command_help_and_usage_error_follow_lang(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "sv", "export-pdf", "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "varje tavla i en egen fil" in out and "sidstorlek" in out
    assert main(["--lang", "en", "export-pdf", "--all", "--week", "2026-48x"]) == 2
    err = " ".join(capsys.readouterr().err.split())
    assert "usage:" in err and "“2026-48x” is not an ISO week (e.g. 2026-W47)" in err
    assert main(["export-pdf", "--all", "--week", "2026-48x"]) == 2
    assert "”2026-48x” ei ole ISO-viikko" in capsys.readouterr().err
    assert i18n.language() == "fi"
