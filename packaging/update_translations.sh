#!/usr/bin/env bash
# Refresh resources/translations/leanboard_{fi,sv,en}.ts from the sources with pyside6-lupdate:
# every tr(), QCoreApplication.translate(), leanboard.i18n.translate() and QT_TRANSLATE_NOOP()
# in leanboard/ (not the generated forms, not the migrations linked into leanboard/_data) and
# the .ui files in forms/. New texts arrive as unfinished; translate them in Qt Linguist
# (tests/unit/test_translations.py fails until then).
# Texts no longer in the sources are dropped (-no-obsolete).
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=".venv/bin/pyside6-lupdate"
[ -x "$LUPDATE" ] || LUPDATE="pyside6-lupdate"
mapfile -t SOURCES < <(find leanboard -name '*.py' -not -path 'leanboard/ui/generated/*' \
    -not -path 'leanboard/_data/*' | sort)
"$LUPDATE" -no-obsolete -locations none "${SOURCES[@]}" forms/*.ui \
    -source-language fi_FI \
    -ts resources/translations/leanboard_fi.ts resources/translations/leanboard_sv.ts \
    resources/translations/leanboard_en.ts
