"""`leanboard --smoke-test`: the check a built bundle runs on itself (packaging/build_bundle.sh).

Run in-process through main() and once as a real subprocess; the user's data folder and
database (the autouse fixture in conftest.py points them at tmp_path) are never touched.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from reportlab.pdfgen.canvas import Canvas

from leanboard import __version__, i18n, paths, smoke
from leanboard import app as app_module
from leanboard.cli import main
from leanboard.services import open_services
from leanboard.services.demo import seed_demo

STEPS = [
    "Qt",
    "resurssit",
    "tietokanta ja migraatiot",
    "esittelyaineisto",
    "seinätaulu",
    "viikko-PDF",
    "siivous",
]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def app_state_restored(qapp: QApplication) -> Iterator[None]:
    """The smoke test sets up the shared QApplication like a real start (font, locale,
    translators); later UI tests must see the application as it was."""
    font, locale, installed = qapp.font(), QLocale(), list(app_module._translators)
    yield
    for translator in app_module._translators[len(installed) :]:
        qapp.removeTranslator(translator)
    del app_module._translators[len(installed) :]
    qapp.setFont(font)
    QLocale.setDefault(locale)


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The smoke test's temporary folder lands here, so that a leftover would be seen."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def step_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("savutesti:")]


def test_smoke_test_passes_each_step_in_order_and_leaves_nothing_behind(
    app_state_restored: None,
    private_tmp: Path,
    isolated_user_data: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    log = tmp_path / "smoke.log"

    assert main(["--smoke-test", "--smoke-log", str(log)]) == 0

    lines = step_lines(capsys.readouterr().out)
    assert [line.split(" ok ")[0].removeprefix("savutesti: ") for line in lines] == [
        *STEPS,
        "kaikki",
    ]
    assert all(line.endswith(" s") for line in lines)  # each with its time
    assert log.read_text(encoding="utf-8").splitlines() == lines
    assert list(private_tmp.iterdir()) == []  # the temporary database folder is gone
    assert not isolated_user_data.exists()  # the user's data folder was never created


@pytest.fixture
def translations_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A package data folder holding the compiled translations and nothing else (no
    migrations, fonts or icon). i18n forgets the files it read before and after."""
    data = tmp_path / "package-data"
    shutil.copytree(paths.resources_dir() / "translations", data / "resources" / "translations")
    monkeypatch.setattr(paths, "data_dir", lambda: data)
    i18n.reload()
    yield data
    i18n.reload()


def test_missing_bundled_files_fail_the_resources_step_with_exit_1(
    app_state_restored: None,
    private_tmp: Path,
    tmp_path: Path,
    translations_only: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    log = tmp_path / "smoke.log"

    assert main(["--smoke-test", "--smoke-log", str(log)]) == 1

    out, err = capsys.readouterr()
    assert step_lines(out) == [step_lines(out)[0]]  # Qt started, then nothing passed
    assert err.startswith("leanboard: savutesti epäonnistui vaiheessa resurssit: puuttuu ")
    assert str(translations_only / "db" / "env.py") in err
    assert str(translations_only / "resources" / "fonts" / "DejaVuSans.ttf") in err
    assert "vaiheessa resurssit" in log.read_text(encoding="utf-8")
    assert list(private_tmp.iterdir()) == []


def test_a_missing_translation_stops_the_start_with_exit_1(
    app_state_restored: None,
    private_tmp: Path,
    translations_only: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Never a silent fallback to Finnish: without leanboard_sv.qm, --lang sv does not start."""
    missing = translations_only / "resources" / "translations" / "leanboard_sv.qm"
    missing.unlink()

    assert main(["--lang", "sv", "--smoke-test"]) == 1

    out, err = capsys.readouterr()
    assert out == ""  # not one step ran
    assert err == (
        "leanboard: käännöstiedosto puuttuu / översättningsfil saknas / translation file missing"
        f" (sv): {missing}. Asenna LeanBoard uudelleen / Installera om LeanBoard / Reinstall"
        " LeanBoard.\n"
    )
    assert i18n.language() == "fi"


def test_pdf_step_writes_a_one_page_pdf(tmp_path: Path) -> None:
    services = open_services(f"sqlite:///{tmp_path / 'demo.db'}")
    try:
        seed_demo(services.db, "small")
        board = smoke.first_team_board(services)
        smoke.export_pdf(services, board, tmp_path)
    finally:
        services.close()
    written = tmp_path / "viikko.pdf"
    reader = PdfReader(written)
    assert len(reader.pages) == 1
    assert board.name in reader.pages[0].extract_text()


@pytest.mark.parametrize("pages", [1, 2, 3])
def test_page_count_agrees_with_pypdf(pages: int) -> None:
    """The smoke test counts pages without pypdf (not in the bundle): check it counts right."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for n in range(pages):
        canvas.drawString(72, 720, f"Sivu {n + 1}")
        canvas.showPage()
    canvas.save()
    data = buffer.getvalue()

    assert len(smoke.PAGE_OBJECT.findall(data)) == pages == len(PdfReader(io.BytesIO(data)).pages)


def test_smoke_test_as_a_command_goes_offscreen_by_itself(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"QT_QPA_PLATFORM", "DISPLAY"}}
    env["TMPDIR"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "leanboard", "--smoke-test"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert step_lines(result.stdout)[-1].startswith("savutesti: kaikki ok ")
    assert list(tmp_path.iterdir()) == []  # no database, PDF or temporary folder left


def test_smoke_test_speaks_the_chosen_language(
    app_state_restored: None,
    private_tmp: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    kept = tmp_path / "kept.pdf"
    assert main(["--lang", "sv", "--smoke-test", "--smoke-pdf", str(kept)]) == 0

    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("röktest:")]
    assert [line.split(" ok ")[0].removeprefix("röktest: ") for line in lines] == [
        "Qt",
        "resurser",
        "databas och migreringar",
        "demomaterial",
        "väggtavla",
        "vecko-PDF",
        "städning",
        "allt",
    ]
    assert all(re.search(r" ok \d+,\d\d s$", line) for line in lines)  # decimal comma in sv
    assert i18n.language() == "fi"  # put back after the run
    # --smoke-pdf kept the weekly PDF (CI reads the installed wheel's the same way): Swedish.
    text = PdfReader(kept).pages[0].extract_text()
    assert "Personalens stämning" in text and "Säkerhetskors" in text
    assert f"LeanBoard {__version__} · " in text
    assert "Henkilöstön fiilis" not in text and "Turvallisuusristi" not in text


def test_a_failed_step_is_named_in_english(
    app_state_restored: None,
    private_tmp: Path,
    translations_only: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--lang", "en", "--smoke-test"]) == 1

    out, err = capsys.readouterr()
    assert re.fullmatch(r"smoke test: Qt ok \d+\.\d\d s", out.strip())  # decimal point in en
    assert err.startswith("leanboard: smoke test failed at step resources: missing: ")
    assert "savutesti" not in err and "puuttuu" not in err
