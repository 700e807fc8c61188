#!/usr/bin/env bash
# Runs every test of RuralStat, installing what the tests need first (CI calls this too):
# the notebooks end to end, the HTML report in headless Chromium, then the Swift test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh --test
swift build
./scripts/run-notebooks.sh
./scripts/check-report.sh
swift test "$@"
