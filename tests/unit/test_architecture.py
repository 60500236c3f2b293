"""The layer rules in pyproject.toml (import-linter) hold and would catch Qt in the core."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    # PYTHONPATH first, so a copy of the package is analysed rather than the installed one.
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_import_contracts_are_kept() -> None:
    result = lint_imports(REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_a_qt_import_in_the_core_breaks_the_contract(tmp_path: Path) -> None:
    # The check above is worth something only if a violation makes it fail.
    shutil.copytree(
        REPO / "leanboard",
        tmp_path / "leanboard",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    shutil.copy(REPO / "pyproject.toml", tmp_path)
    (tmp_path / "leanboard" / "store" / "qt_leak.py").write_text("from PySide6 import QtCore\n")

    result = lint_imports(tmp_path)

    assert result.returncode == 1, result.stdout + result.stderr
    assert "The core never imports Qt BROKEN" in result.stdout
    assert "leanboard.store.qt_leak -> PySide6" in result.stdout
