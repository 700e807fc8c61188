#!/usr/bin/env bash
# Builds RuralStat in release mode and runs the main job on the bundled sample
# (Datasets/sample), installing the system libraries it needs first: what the sample holds,
# income by household category against the Wenshan plan's targets, and employment stability
# by township against Kazuo's.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build-release.sh >&2
ruralstat=".build/release/ruralstat"
"$ruralstat" validate
"$ruralstat" income --by category --preset wenshan-2022
"$ruralstat" employment --by township --preset kazuo-2024
