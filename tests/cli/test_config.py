"""One configuration: the system file, the user's file, the environment and the command line
(lowest first), each read, in that order, shown by `leanboard config show` with its source.

The files are the test's own (LEANBOARD_SYSTEM_CONFIG / LEANBOARD_USER_CONFIG; tests/conftest.py
keeps this machine's real ones away)."""

from __future__ import annotations

import re
import sys
import types
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from leanboard import config, i18n
from leanboard.cli import main
from leanboard.services import open_services


@dataclass
class Files:
    system: Path
    user: Path

    def write(self, level: str, **values: str) -> None:
        path = self.system if level == config.SYSTEM else self.user
        path.parent.mkdir(parents=True, exist_ok=True)
        lines = [f"{key} = {config.toml_string(value)}" for key, value in values.items()]
        path.write_text("# LeanBoard\n" + "\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Files:
    found = Files(tmp_path / "etc" / "leanboard.toml", tmp_path / "home" / "leanboard.toml")
    monkeypatch.setenv(config.SYSTEM_FILE_ENV, str(found.system))
    monkeypatch.setenv(config.USER_FILE_ENV, str(found.user))
    return found


SHOW_LINE = re.compile(r"^(\w+) +(.*?) +\((.*)\)$")


def show(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, tuple[str, str]]:
    """`leanboard [argv] config show`: key → (value shown, source shown)."""
    assert main([*argv, "config", "show"]) == 0
    shown = {}
    for line in capsys.readouterr().out.splitlines():
        match = SHOW_LINE.match(line)
        if match and match.group(1) in config.KEYS:
            shown[match.group(1)] = (match.group(2), match.group(3))
    assert list(shown) == list(config.KEYS)
    return shown


def values_for(level: str, tmp_path: Path) -> dict[str, str]:
    """A different value of every setting for each level, so that each can be told apart."""
    return {
        "database": f"sqlite:///{tmp_path / f'{level}.db'}",
        "language": {config.SYSTEM: "sv", config.USER: "en", "environment": "sv"}[level],
        "wall_board": f"{level.upper()}-SEINÄ",
        "pdf_archive": str(tmp_path / f"{level}-arkisto"),
    }


def set_environment(monkeypatch: pytest.MonkeyPatch, values: dict[str, str]) -> None:
    for key, value in values.items():
        monkeypatch.setenv(config.ENVIRONMENT[key], value)


# --- each level is read ----------------------------------------------------------------------


def test_without_settings_the_defaults_are_shown(
    files: Files, isolated_user_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["config", "show"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"database     sqlite:///{isolated_user_data / 'leanboard.db'}  (oletus)"
    assert SHOW_LINE.match(out[1]).groups() == ("language", "fi", "oletus")  # type: ignore[union-attr]
    assert SHOW_LINE.match(out[2]).groups() == ("wall_board", "–", "oletus")  # type: ignore[union-attr]
    assert out[4:] == [
        f"järjestelmän asetustiedosto: {files.system} (ei ole)",
        f"käyttäjän asetustiedosto: {files.user} (ei ole)",
    ]


@pytest.mark.parametrize("level", [config.SYSTEM, config.USER])
def test_a_settings_file_at_each_level_is_read(
    files: Files, tmp_path: Path, capsys: pytest.CaptureFixture[str], level: str
) -> None:
    values = values_for(level, tmp_path)
    files.write(level, **values)
    path = files.system if level == config.SYSTEM else files.user
    # Named in the file's own language (system: sv, user: en): that setting is in force too.
    name = {config.SYSTEM: "systemets inställningsfil", config.USER: "user settings file"}[level]

    shown = show(capsys)

    assert shown == {key: (value, f"{name} {path}") for key, value in values.items()}


def test_the_environment_is_read(
    files: Files,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    values = values_for("environment", tmp_path)
    set_environment(monkeypatch, values)

    shown = show(capsys)

    assert shown == {  # in Swedish: LEANBOARD_LANGUAGE=sv is in force too
        key: (value, f"miljövariabel {config.ENVIRONMENT[key]}") for key, value in values.items()
    }


def test_the_command_line_is_read(
    files: Files, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    shown = show(capsys, "--database", url, "--lang", "sv")
    assert shown["database"] == (url, "kommandorad --database")
    assert shown["language"] == ("sv", "kommandorad --lang")


# --- the order of precedence -----------------------------------------------------------------

LEVELS = [config.SYSTEM, config.USER, "environment", "command line"]


@pytest.mark.parametrize("top", LEVELS)
def test_each_level_overrides_the_ones_below_it(
    files: Files,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    top: str,
) -> None:
    """Every level up to `top` is set, each with its own values: `top`'s are in force."""
    below = LEVELS[: LEVELS.index(top) + 1]
    for level in (config.SYSTEM, config.USER):
        if level in below:
            files.write(level, **values_for(level, tmp_path))
    if "environment" in below:
        set_environment(monkeypatch, values_for("environment", tmp_path))
    argv = []
    if top == "command line":
        argv = ["--database", f"sqlite:///{tmp_path / 'cli.db'}", "--lang", "fi"]

    shown = show(capsys, *argv)

    expected = values_for(top if top != "command line" else "environment", tmp_path)
    if top == "command line":
        expected |= {"database": f"sqlite:///{tmp_path / 'cli.db'}", "language": "fi"}
    assert {key: value for key, (value, _) in shown.items()} == expected
    sources = {key: source.split()[0] for key, (_, source) in shown.items()}
    first_word = {  # in the language of the level in force (values_for)
        config.SYSTEM: "systemets",
        config.USER: "user",
        "environment": "miljövariabel",
    }
    if top == "command line":  # wall_board and pdf_archive have their commands' own options
        assert sources == dict.fromkeys(["database", "language"], "komentorivi") | dict.fromkeys(
            ["wall_board", "pdf_archive"], "ympäristömuuttuja"
        )
    else:
        assert set(sources.values()) == {first_word[top]}


# --- the settings are what the commands use --------------------------------------------------


def test_database_and_language_of_the_files_are_used(
    files: Files, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "from-system.db"
    files.write(config.SYSTEM, database=f"sqlite:///{database}", language="en")
    files.write(config.USER, language="sv")

    assert main(["db", "upgrade"]) == 0
    assert database.is_file()  # the system file's database, migrated
    assert capsys.readouterr().out.startswith("Databasen är uppdaterad")  # the user's language
    assert main(["export-a3", "999"]) == 1
    assert capsys.readouterr().err == "leanboard: A3 999 hittas inte.\n"
    assert main(["--lang", "en", "export-a3", "999"]) == 1
    assert capsys.readouterr().err == "leanboard: A3 999 not found.\n"
    assert i18n.language() == "fi"


@pytest.fixture
def fake_app(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    calls: list[tuple[Any, ...]] = []
    module = types.ModuleType("leanboard.app")

    def run_wall(url: str, lang: str, board: str | None, quit_after_paint: bool) -> int:
        calls.append((url, lang, board))
        return 0

    module.run_wall = run_wall  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "leanboard.app", module)
    return calls


def test_wall_board_from_each_level(
    files: Files,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fake_app: list[tuple[Any, ...]],
) -> None:
    url = f"sqlite:///{tmp_path / 'w.db'}"
    files.write(config.SYSTEM, wall_board="JÄRJESTELMÄ")
    assert main(["--database", url, "wall"]) == 0
    files.write(config.USER, wall_board="KÄYTTÄJÄ")
    assert main(["--database", url, "wall"]) == 0
    monkeypatch.setenv("LEANBOARD_WALL_BOARD", "YMPÄRISTÖ")
    assert main(["--database", url, "wall"]) == 0
    assert main(["--database", url, "wall", "--board", "KOMENTORIVI"]) == 0
    assert [board for _, _, board in fake_app] == [
        "JÄRJESTELMÄ",
        "KÄYTTÄJÄ",
        "YMPÄRISTÖ",
        "KOMENTORIVI",
    ]


def test_pdf_archive_is_where_weekly_pdfs_go(
    files: Files,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = f"sqlite:///{tmp_path / 'pdf.db'}"
    services = open_services(url, actor="test@pytest")
    services.boards.create_board("OS2-AKUUTTI", "Osasto 2", "team")
    services.close()
    archive = tmp_path / "arkisto" / "viikot"  # made when missing
    files.write(config.SYSTEM, pdf_archive=str(archive))

    assert main(["--database", url, "export-pdf", "--all", "--week", "2026-W47"]) == 0
    assert (
        main(["--database", url, "export-pdf", "--board", "OS2-AKUUTTI", "--week", "2026-W48"]) == 0
    )
    # --all writes the archive's week folder (with its SHA256SUMS); one board a file beside.
    assert sorted(p.name for p in archive.iterdir()) == ["2026-W47", "OS2-AKUUTTI_2026-W48.pdf"]
    assert sorted(p.name for p in (archive / "2026-W47").iterdir()) == [
        "OS2-AKUUTTI.pdf",
        "SHA256SUMS",
    ]
    elsewhere = tmp_path / "muualle"
    monkeypatch.setenv("LEANBOARD_PDF_ARCHIVE", str(elsewhere))
    assert main(["--database", url, "export-pdf", "--all", "--week", "2026-W46"]) == 0
    given = tmp_path / "annettu"
    argv = ["--database", url, "export-pdf", "--all", "--week", "2026-W45", "--out-dir", str(given)]
    assert main(argv) == 0
    assert [p.name for p in elsewhere.iterdir()] == ["2026-W46"]
    assert [p.name for p in given.iterdir()] == ["2026-W45"]
    assert len(list(archive.iterdir())) == 2


# --- a settings file that cannot be used -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('database = "sqlite:///x.db\n', r"ei ole kelvollista TOMLia: .*\(at line 1, column \d+\)"),
        ('tietokanta = "x"\n', r"tuntematon asetus tietokanta \(sallitut: database, language, "),
        ("language = 1\n", r"asetuksen language arvon pitää olla teksti\."),
        ('language = "de"\n', r": language: kieli de ei ole mikään näistä: fi, sv, en\."),
        ('wall_board = " "\n', r": wall_board on tyhjä\."),
        ('language = "sv"\nlanguage = "en"\n', r"ei ole kelvollista TOMLia: .*line 2"),
    ],
)
def test_a_broken_file_stops_the_start_with_one_line(
    files: Files, capsys: pytest.CaptureFixture[str], text: str, expected: str
) -> None:
    files.user.parent.mkdir(parents=True)
    files.user.write_text(text, encoding="utf-8")

    assert main(["config", "show"]) == 1

    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("leanboard: ")
    assert str(files.user) in err
    assert re.search(expected, err), err


def test_the_language_menu_keeps_the_rest_of_the_users_file(files: Files) -> None:
    files.user.parent.mkdir(parents=True)
    files.user.write_text(
        '# minun asetukseni\nwall_board = "OS2-AKUUTTI"\nlanguage = "en"  # vanha\n',
        encoding="utf-8",
    )
    config.save_user_setting("language", "sv")
    assert files.user.read_text(encoding="utf-8") == (
        '# minun asetukseni\nwall_board = "OS2-AKUUTTI"\nlanguage = "sv"\n'
    )
    assert config.read_file(files.user) == {"wall_board": "OS2-AKUUTTI", "language": "sv"}


def test_a_file_from_a_windows_editor_is_read(files: Files) -> None:
    """Notepad and PowerShell 5 write UTF-8 with a byte-order mark and CRLF line ends."""
    files.system.parent.mkdir(parents=True)
    text = "\ufeff# Järjestelmä\r\nwall_board = 'VÄLI-1'\r\npdf_archive = 'D:\\Arkisto\\PDF'\r\n"
    files.system.write_bytes(text.encode("utf-8"))
    assert config.read_file(files.system) == {
        "wall_board": "VÄLI-1",
        "pdf_archive": "D:\\Arkisto\\PDF",
    }


@pytest.mark.parametrize(
    "value",
    ['C:\\Arkisto\\"PDF"', "tab\there", "del\x7fhere", "ääkköset ja €", "\\\\palvelin\\jako"],
)
def test_values_written_are_read_back_the_same(files: Files, value: str) -> None:
    config.save_user_setting("pdf_archive", value)
    assert config.read_file(files.user) == {"pdf_archive": value}


def test_without_stderr_a_broken_file_is_shown_in_a_dialog(
    files: Files, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    """The windowed program started from its shortcut has no stderr: the reason is a dialog."""
    from leanboard.ui.common import msgbox

    shown: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(sys, "stderr", None)
    files.user.parent.mkdir(parents=True)
    files.user.write_text('language = "de"\n', encoding="utf-8")

    assert main([]) == 1

    assert len(shown) == 1
    assert str(files.user) in shown[0] and "kieli de ei ole" in shown[0]
