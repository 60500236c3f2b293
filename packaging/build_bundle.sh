#!/usr/bin/env bash
# Build the one-folder program dist/LeanBoard/ with PyInstaller (leanboard.spec), then run the
# bundle's own smoke test. Prints the bundle's size and the smoke test's wall-clock time.
# Fails when the build or the smoke test fails (.ci/run calls this after the tests).
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/system-deps.sh

# 6.22.3 runs on Python 3.11 and knows PySide6 6.11 (its hooks collect the Qt plugins).
PYINSTALLER_VERSION=6.22.3

# binutils: PyInstaller reads and writes ELF files with objdump and objcopy on Linux.
ensure_packages binutils "${PYTHON_PACKAGES[@]}" "${QT_RUNTIME_PACKAGES[@]}"
if [ ! -x .venv/bin/python ]; then
    ensure_venv ""
fi
if ! .venv/bin/python -m PyInstaller --version 2>/dev/null | grep -qx "$PYINSTALLER_VERSION"; then
    echo "==> Installing PyInstaller $PYINSTALLER_VERSION into .venv"
    .venv/bin/python -m pip install --quiet --disable-pip-version-check \
        "pyinstaller==$PYINSTALLER_VERSION"
fi
# The forms are compiled into the package before PyInstaller collects it.
.venv/bin/python packaging/build_forms.py
.venv/bin/python packaging/build_translations.py

echo "==> Building dist/LeanBoard with PyInstaller"
started=$(date +%s)
.venv/bin/python -m PyInstaller --noconfirm --log-level WARN leanboard.spec
echo "==> Built in $(($(date +%s) - started)) s"

# Run the bundle from an empty folder with no database in the environment: the smoke test
# must find everything inside the bundle and makes its own temporary database.
echo "==> Smoke test of the bundle"
bundle="$PWD/dist/LeanBoard"
log="$PWD/build/smoke-test.log"
rm -f "$log"
workdir=$(mktemp -d)
smoke_started=$(date +%s.%N)
status=0
(cd "$workdir" && env -u LEANBOARD_DATABASE_URL QT_QPA_PLATFORM=offscreen \
    "$bundle/LeanBoard" --smoke-test --smoke-log "$log") || status=$?
smoke_ended=$(date +%s.%N)
rm -rf "$workdir"
if [ "$status" -ne 0 ]; then
    echo "Smoke test of the bundle FAILED (exit $status); its log: $log" >&2
    exit "$status"
fi
echo "==> Bundle: $(du -sh "$bundle" | cut -f1) in $bundle"
awk -v s="$smoke_started" -v e="$smoke_ended" \
    'BEGIN { printf "==> Smoke test of the bundle: %.1f s wall-clock\n", e - s }'
