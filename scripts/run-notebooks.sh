#!/usr/bin/env bash
# Executes every notebook in Notebooks/ end to end (a fresh kernel each) against the debug
# build of ruralstat; fails on the first cell that raises. With --save, writes the outputs
# back into the notebooks (to commit them); otherwise the notebooks are left untouched.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -x .build/debug/ruralstat ]] || swift build --product ruralstat >&2
python3 - "$@" <<'PY'
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

save = "--save" in sys.argv[1:]
notebooks = sorted(Path("Notebooks").glob("*.ipynb"))
for path in notebooks:
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": "Notebooks"}}).execute()
    if save:
        nbformat.write(nb, path)
    print(f"notebook ran: {path}", file=sys.stderr)
print(f"{len(notebooks)} notebooks ran end to end", file=sys.stderr)
PY
