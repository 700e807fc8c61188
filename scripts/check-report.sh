#!/usr/bin/env bash
# Writes the analyst's report of the bundled sample as HTML, in English and in Chinese, with the
# debug build, and checks each in headless Chromium (scripts/check-html.py): not blank, every
# chart laid out, no chart text overflowing its box. With --save, keeps the screenshots under
# docs/ for the README.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -x .build/debug/ruralstat ]] || swift build --product ruralstat >&2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for lang in en zh; do
    .build/debug/ruralstat report --preset wenshan-2022 --lang "$lang" --output "$scratch/report-$lang.html" 2>/dev/null
    shot="$scratch/report-$lang.png"
    [[ "${1:-}" == "--save" ]] && shot="docs/report-$lang.png"
    python3 scripts/check-html.py "$scratch/report-$lang.html" --screenshot "$shot" --min-charts 12
done
