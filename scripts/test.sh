#!/usr/bin/env bash
# Runs every test of RuralStat, installing what the tests need first (CI calls this too).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh --test
swift test "$@"
