#!/usr/bin/env bash
# Builds RuralStat in release mode and runs it on the bundled sample (Datasets/sample),
# installing the system libraries it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
swift build -c release --product ruralstat >&2
ruralstat=".build/release/ruralstat"
"$ruralstat" validate
