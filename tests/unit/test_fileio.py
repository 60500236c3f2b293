"""The one atomic-write helper: the file is whole or untouched, with the mode it should have."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from leanboard.fileio import UMASK, replacing, replacing_text, write_atomically


def test_text_and_bytes_are_written_whole(tmp_path: Path) -> None:
    text = tmp_path / "luonnos.json"
    write_atomically(text, "Kaatumiset ↓ äö\nrivi 2")
    assert text.read_bytes() == "Kaatumiset ↓ äö\nrivi 2".encode()
    binary = tmp_path / "a3.pdf"
    write_atomically(binary, b"%PDF-1.4\r\n")
    assert binary.read_bytes() == b"%PDF-1.4\r\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a3.pdf", "luonnos.json"]


def test_an_error_mid_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "viikko.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), replacing(target) as stream:
        stream.write(b"half of the new")
        raise RuntimeError("the renderer failed")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["viikko.pdf"]


def test_exports_and_drafts_are_private_unless_asked_otherwise(tmp_path: Path) -> None:
    # Exports hold a whole organisation's boards: the user's alone, like drafts (issue 14).
    report = write_atomically(tmp_path / "raportti.pdf", b"x")
    draft = write_atomically(tmp_path / "luonnos.json", "{}")
    shared = write_atomically(tmp_path / "jaettu.txt", "x", private=False)
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    assert stat.S_IMODE(draft.stat().st_mode) == 0o600
    assert stat.S_IMODE(shared.stat().st_mode) == 0o666 & ~UMASK


def test_text_line_ends_are_newlines(tmp_path: Path) -> None:
    target = tmp_path / "vienti.json"
    with replacing_text(target) as stream:
        stream.write("a\nb\n")
    assert target.read_bytes() == b"a\nb\n"
