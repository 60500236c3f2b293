#!/usr/bin/env bash
# Install LeanBoard into .venv and open it on a demo database (made the first time) in the
# user's data folder. Extra arguments go to `leanboard`.
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/system-deps.sh

ensure_packages "${PYTHON_PACKAGES[@]}" "${QT_RUNTIME_PACKAGES[@]}" "${DESKTOP_PACKAGES[@]}"
ensure_venv ""

exec .venv/bin/leanboard --demo "$@"
