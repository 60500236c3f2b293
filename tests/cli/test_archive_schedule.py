"""The systemd service and timer the README gives for "every Monday 06:00", checked with
systemd's own analyser (the Windows Task Scheduler line cannot be run on this machine)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pdfa_checks import need_tool

UNITS = Path(__file__).parents[2] / "packaging" / "systemd"
README = Path(__file__).parents[2] / "README.md"


def test_timer_fires_on_mondays_at_six() -> None:
    analyse = need_tool("systemd-analyze", "systemd")
    timer = (UNITS / "leanboard-archive.timer").read_text(encoding="utf-8")
    [calendar] = [
        line.split("=", 1)[1] for line in timer.splitlines() if line.startswith("OnCalendar=")
    ]
    shown = subprocess.run(
        [analyse, "calendar", "--iterations=3", calendar],
        check=True, capture_output=True, text=True, timeout=60,
    ).stdout  # fmt: skip
    elapses = [line for line in shown.splitlines() if "elapse:" in line or "Iter." in line]
    assert len(elapses) == 3
    assert all(" Mon " in line and " 06:00:00" in line for line in elapses), shown


def test_units_verify_with_the_program_in_place(tmp_path: Path) -> None:
    """systemd-analyze verify needs the program to exist: the installed `leanboard` stands in
    for /opt/LeanBoard/LeanBoard (same command line)."""
    analyse = need_tool("systemd-analyze", "systemd")
    program = Path(sys.executable).parent / "leanboard"
    for name in ("leanboard-archive.service", "leanboard-archive.timer"):
        text = (UNITS / name).read_text(encoding="utf-8")
        (tmp_path / name).write_text(text.replace("/opt/LeanBoard/LeanBoard", str(program)))
    service = (tmp_path / "leanboard-archive.service").read_text(encoding="utf-8")
    assert "export-pdf --all --week last --out-dir " in service
    done = subprocess.run(
        [analyse, "verify", *(str(tmp_path / n) for n in ("leanboard-archive.timer",
                                                          "leanboard-archive.service"))],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


def test_readme_shows_the_units_and_the_windows_line() -> None:
    readme = README.read_text(encoding="utf-8")
    for name in ("leanboard-archive.service", "leanboard-archive.timer"):
        body = "\n".join(
            line
            for line in (UNITS / name).read_text(encoding="utf-8").splitlines()
            if not line.startswith("#")
        )
        assert body in readme, name
    assert "schtasks /Create" in readme and "/SC WEEKLY /D MON /ST 06:00" in readme
