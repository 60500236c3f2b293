# shellcheck shell=bash
# Debian/Ubuntu packages LeanBoard needs, and a helper that installs only the missing ones.
# Sourced by .ci/run, packaging/test.sh and packaging/demo.sh.

# python3-venv: Debian's python3 has no ensurepip (no `python3 -m venv`) without it.
PYTHON_PACKAGES=(python3 python3-venv)
# What Qt needs to start at all, offscreen included (the tests), plus the font for PDFs.
QT_RUNTIME_PACKAGES=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
    fonts-dejavu-core)
# The outside tools the tests read the PDFs with: pdftotext (poppler-utils) and Ghostscript's
# PDF/A conversion, the one an archivist runs on a file.
TEST_TOOL_PACKAGES=(poppler-utils ghostscript)
# LibreOffice Calc, headless: the test that opens the exported CSV as a Finnish Calc would
# (272 MB installed: CI installs it; elsewhere that test is skipped with a note).
SPREADSHEET_PACKAGES=(libreoffice-calc-nogui)
# Qt's xcb platform plugin, for a window on an X11 desktop (demo.sh). libxcb-cursor0 is the
# one a desktop most often lacks ("could not load the Qt platform plugin xcb").
DESKTOP_PACKAGES=(libglib2.0-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
    libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0
    libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1)

missing_packages() {
    local package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
            echo "$package"
    done
}

# ensure_packages PACKAGE...: install the missing ones with apt-get, as root or through sudo.
# Where that cannot be done, say what to install and fail.
ensure_packages() {
    if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
        echo "Not a Debian-like system: make sure the equivalents of these are installed:" \
            "$*" >&2
        return 0
    fi
    local missing
    mapfile -t missing < <(missing_packages "$@")
    [ "${#missing[@]}" -eq 0 ] && return 0

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || {
            explain_missing "${missing[@]}"
            return 1
        }
        sudo=(sudo)
    fi
    echo "==> Installing system packages: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
            --no-install-recommends "${missing[@]}" >/dev/null || {
        explain_missing "${missing[@]}"
        return 1
    }
}

explain_missing() {
    echo "Missing system packages: $*" >&2
    echo "Install them as root, then run this again:  apt-get install $*" >&2
}

# ensure_venv [EXTRAS]: .venv with LeanBoard installed in editable mode ("[test]" for tests).
# The install itself compiles the forms and translations into the package (setup.py), so it
# runs every time: an edited .ui or .ts is compiled anew.
ensure_venv() {
    if [ ! -x .venv/bin/python ]; then
        echo "==> Creating .venv"
        python3 -m venv .venv
    fi
    echo "==> Installing LeanBoard$1 into .venv"
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".$1"
}
