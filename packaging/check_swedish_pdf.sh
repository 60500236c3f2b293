#!/usr/bin/env bash
# check_swedish_pdf.sh PDF VERSION: the weekly PDF of `leanboard --lang sv --smoke-test
# --smoke-pdf PDF` reads Swedish — its headings in Swedish, none of their Finnish sources —
# and its footer names LeanBoard VERSION. .ci/run runs it on the installed wheel's PDF and
# packaging/build_bundle.sh on the bundle's: the Qt-free texts of an installed program, read
# from its compiled translations. Needs pdftotext (poppler-utils).
set -euo pipefail
pdf=$1
version=$2
text=$(pdftotext -layout "$pdf" -)
status=0
# Each Swedish heading with the Finnish source it translates.
while IFS='|' read -r swedish finnish; do
    if ! grep -qF -- "$swedish" <<<"$text"; then
        echo "$pdf: no Swedish \"$swedish\"" >&2
        status=1
    fi
    if grep -qF -- "$finnish" <<<"$text"; then
        echo "$pdf: Finnish \"$finnish\" left" >&2
        status=1
    fi
done <<'PAIRS'
Veckotavla för daglig styrning|Päivittäisjohtamisen viikkotaulu
Mål och mätare|Tavoitteet ja mittarit
Personalens stämning|Henkilöstön fiilis
Säkerhetskors|Turvallisuusristi
Förbättringsidéer|Kehitysideat
SQDC-problem|SQDC-ongelma
Dagliga möten|Päivittäispalaverit
Utskrivet |Tulostettu 
Vecka |Viikko 
PAIRS
if ! grep -qF -- "LeanBoard $version · " <<<"$text"; then
    echo "$pdf: no \"LeanBoard $version\" in the footer" >&2
    status=1
fi
if [ "$status" -eq 0 ]; then
    echo "==> $pdf: Swedish headings, no Finnish ones, footer LeanBoard $version"
fi
exit "$status"
