"""Compile the Qt Designer forms (forms/*.ui) into leanboard/ui/generated/ui_<name>.py.

Run after installing (packaging/system-deps.sh does, and so does the PyInstaller spec):

    .venv/bin/python packaging/build_forms.py

Forms are compiled at build time, not loaded at run time: `loadUiType` needs pyside6-uic on
PATH and fails in a frozen app (PyInstaller #8151). The generated files are not committed,
not linted and not passed to lupdate (lupdate reads the .ui files themselves).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
GENERATED = ROOT / "leanboard" / "ui" / "generated"


def uic_command() -> list[str]:
    beside_python = Path(sys.executable).with_name("pyside6-uic")
    if beside_python.exists():
        return [str(beside_python)]
    found = shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("pyside6-uic not found: install PySide6 (pip install -e .) first")
    return [found]


def target_of(form: Path) -> Path:
    return GENERATED / f"ui_{form.stem}.py"


def stale_forms() -> list[Path]:
    """Forms whose compiled module is missing or older than the .ui file."""
    return [
        form
        for form in sorted(FORMS.glob("*.ui"))
        if not target_of(form).exists() or target_of(form).stat().st_mtime < form.stat().st_mtime
    ]


def main() -> int:
    GENERATED.mkdir(parents=True, exist_ok=True)
    (GENERATED / "__init__.py").write_text('"""Compiled Qt Designer forms (generated)."""\n')
    uic = uic_command()
    for form in stale_forms():
        subprocess.run([*uic, "--from-imports", str(form), "-o", str(target_of(form))], check=True)
        print(f"compiled {form.relative_to(ROOT)} -> {target_of(form).relative_to(ROOT)}")
    # A form deleted from forms/ must not live on as a stale module.
    wanted = {target_of(f).name for f in FORMS.glob("*.ui")} | {"__init__.py"}
    for module in GENERATED.glob("*.py"):
        if module.name not in wanted:
            module.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
