"""`leanboard export-a3 ID [-o FILE]`: exit codes 0, 1 (one Finnish line) and 2 (usage)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

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


def test_writes_one_a3_page(
    url_and_id: tuple[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, a3_id = url_and_id
    out = tmp_path / "a3.pdf"
    assert main(["--database", url, "export-a3", str(a3_id), "-o", str(out)]) == 0
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width), 1), round(float(box.height), 1)) == (1190.6, 841.9)
    assert "Siirtoviiveiden vähentäminen" in reader.pages[0].extract_text()
    assert str(out) in capsys.readouterr().out


def test_unknown_id_is_one_finnish_line(
    url_and_id: tuple[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, _ = url_and_id
    out = tmp_path / "none.pdf"
    assert main(["--database", url, "export-a3", "999", "-o", str(out)]) == 1
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert err == ["leanboard: A3 999 ei löydy."]
    assert not out.exists()


@pytest.mark.parametrize("argv", [["export-a3"], ["export-a3", "kolme"], ["export-a3", "1", "-x"]])
def test_wrong_usage_is_exit_2(url_and_id: tuple[str, int], argv: list[str]) -> None:
    url, _ = url_and_id
    assert main(["--database", url, *argv]) == 2
