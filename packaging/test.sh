#!/usr/bin/env bash
# Install LeanBoard into .venv and run every check: lint, format, types, layers, tests.
# Stops at the first failure. Extra arguments go to pytest (e.g. `-x tests/store`).
# Set LEANBOARD_TEST_DATABASE_URL to also run the store tests on PostgreSQL (.ci/run does).
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/system-deps.sh

ensure_packages "${PYTHON_PACKAGES[@]}" "${QT_RUNTIME_PACKAGES[@]}" "${TEST_TOOL_PACKAGES[@]}"
ensure_venv "[test]"

export QT_QPA_PLATFORM=offscreen
run() {
    echo "==> $*"
    "$@"
}
run .venv/bin/ruff check .
run .venv/bin/ruff format --check .
run .venv/bin/mypy
run .venv/bin/lint-imports --no-cache
run .venv/bin/pytest "$@"
