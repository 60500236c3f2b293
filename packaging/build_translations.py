"""Compile resources/translations/leanboard_<lang>.ts into .qm files beside them.

Run after installing (packaging/system-deps.sh does, and so does the bundle build):

    .venv/bin/python packaging/build_translations.py

The .qm files are build output, like the compiled forms: not committed (.gitignore), so the
.ts files stay the one source of truth and a stale binary can never ship. leanboard.spec
bundles resources/translations/*.qm by glob, so this must run before PyInstaller.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def lrelease_command() -> list[str]:
    beside_python = Path(sys.executable).with_name("pyside6-lrelease")
    if beside_python.exists():
        return [str(beside_python)]
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease not found: install PySide6 (pip install -e .) first")
    return [found]


def main() -> int:
    lrelease = lrelease_command()
    for ts in sorted(TRANSLATIONS.glob("leanboard_*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([*lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        print(f"compiled {ts.relative_to(ROOT)} -> {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
