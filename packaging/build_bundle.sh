#!/usr/bin/env bash
# Build the one-folder program dist/LeanBoard/ with PyInstaller (leanboard.spec), run the
# bundle's own smoke test in Finnish and in Swedish (its weekly PDF read back: Swedish
# headings, none in Finnish), and pack it as dist/LeanBoard-<version>-linux-<machine>.tar.gz.
# Prints the bundle's size and the smoke tests' wall-clock time. Fails when the build or a
# smoke test fails (.ci/run calls this after the tests).
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/system-deps.sh

# 6.22.3 runs on Python 3.11 and knows PySide6 6.11 (its hooks collect the Qt plugins).
PYINSTALLER_VERSION=6.22.3

# binutils: PyInstaller reads and writes ELF files with objdump and objcopy on Linux.
# poppler-utils: pdftotext reads the Swedish smoke test's PDF back.
ensure_packages binutils poppler-utils "${PYTHON_PACKAGES[@]}" "${QT_RUNTIME_PACKAGES[@]}"
# The editable install (re)builds leanboard/ui/generated and leanboard/_data, which the spec
# takes: never a bundle of stale forms or translations.
ensure_venv ""
if ! .venv/bin/python -m PyInstaller --version 2>/dev/null | grep -qx "$PYINSTALLER_VERSION"; then
    echo "==> Installing PyInstaller $PYINSTALLER_VERSION into .venv"
    .venv/bin/python -m pip install --quiet --disable-pip-version-check \
        "pyinstaller==$PYINSTALLER_VERSION"
fi
version=$(.venv/bin/python -c "import leanboard; print(leanboard.__version__)")

echo "==> Building dist/LeanBoard with PyInstaller"
started=$(date +%s)
.venv/bin/python -m PyInstaller --noconfirm --log-level WARN leanboard.spec
echo "==> Built in $(($(date +%s) - started)) s"

# Run the bundle from an empty folder with no database or settings in the environment: the
# smoke test must find everything inside the bundle and makes its own temporary database.
bundle="$PWD/dist/LeanBoard"
mkdir -p build
smoke() {  # smoke LANG: the bundle's smoke test in LANG; its log and PDF stay in build/
    local lang=$1 log="$PWD/build/smoke-test-$1.log" pdf="$PWD/build/smoke-test-$1.pdf"
    local workdir status=0 started ended
    rm -f "$log" "$pdf"
    workdir=$(mktemp -d)
    echo "==> Smoke test of the bundle (--lang $lang)"
    started=$(date +%s.%N)
    (cd "$workdir" && env -u LEANBOARD_DATABASE_URL -u LEANBOARD_LANGUAGE \
        LEANBOARD_SYSTEM_CONFIG="$workdir/none.toml" LEANBOARD_USER_CONFIG="$workdir/none.toml" \
        QT_QPA_PLATFORM=offscreen \
        "$bundle/LeanBoard" --lang "$lang" --smoke-test --smoke-log "$log" --smoke-pdf "$pdf") ||
        status=$?
    ended=$(date +%s.%N)
    rm -rf "$workdir"
    if [ "$status" -ne 0 ]; then
        echo "Smoke test of the bundle (--lang $lang) FAILED (exit $status); its log: $log" >&2
        exit "$status"
    fi
    awk -v s="$started" -v e="$ended" -v l="$lang" \
        'BEGIN { printf "==> Smoke test of the bundle (%s): %.1f s wall-clock\n", l, e - s }'
}
smoke fi
smoke sv
bash packaging/check_swedish_pdf.sh "$PWD/build/smoke-test-sv.pdf" "$version"

archive="dist/LeanBoard-$version-linux-$(uname -m).tar.gz"
tar -czf "$archive" -C dist LeanBoard
echo "==> Bundle: $(du -sh "$bundle" | cut -f1) in $bundle; packed: $archive ($(du -h "$archive" | cut -f1))"
