#!/usr/bin/env python3
"""Writes the notebooks of this folder from their cell sources (kept here so a review reads
plain Python, not JSON). Run it after editing, then `../scripts/run-notebooks.sh` to execute."""
import nbformat as nbf

RUN = '''import json, os, subprocess
from pathlib import Path

ROOT = Path.cwd().parent if Path.cwd().name == "Notebooks" else Path.cwd()
RURALSTAT = os.environ.get("RURALSTAT_BIN", str(ROOT / ".build" / "debug" / "ruralstat"))

def ruralstat(*args):
    """Runs the ruralstat command and returns its standard output (JSON commands: parsed)."""
    out = subprocess.run([RURALSTAT, *args], check=True, capture_output=True, text=True).stdout
    return json.loads(out) if "json" in args else out
'''


def income_notebook():
    nb = nbf.v4.new_notebook()
    nb.cells = [
        nbf.v4.new_markdown_cell("""# Income growth against Wenshan's targets, on the bundled sample

This notebook runs `ruralstat income` on the bundled sample (`Datasets/sample`, made by
`ruralstat synth`, seed 20240601), reads its JSON into pandas, draws per-capita net income
(人均纯收入) and its growth by household category against the Wenshan plan's 12% a year, and
checks every number against an independent pandas implementation of SPEC §3
(`../shared/peers/pandas_income.py`)."""),
        nbf.v4.new_code_cell(RUN),
        nbf.v4.new_code_cell('''import pandas as pd

report = ruralstat("income", "--by", "category", "--preset", "wenshan-2022", "--format", "json")
income = pd.DataFrame(report["rows"])
income[["year", "category", "households", "persons", "pci", "growth", "median", "gini", "fgt0", "wage_share"]].round(4)'''),
        nbf.v4.new_code_cell('''import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4))
for category, rows in income.groupby("category"):
    left.plot(rows.year, rows.pci, marker="o", label=category)
    right.plot(rows.year, rows.growth * 100, marker="o", label=category)
left.axhline(20000, color="grey", linestyle="--", linewidth=1)
left.set(title="Per-capita net income (yuan)", xlabel="year")
right.axhline(12, color="grey", linestyle="--", linewidth=1)
right.set(title="Growth, balanced panel (%)", xlabel="year")
for axis in (left, right):
    axis.set_xticks(sorted(income.year.unique()))
left.legend(fontsize=8)
fig.tight_layout()
fig.savefig("income-by-category.png", dpi=80)
plt.close(fig)
print("saved income-by-category.png")'''),
        nbf.v4.new_markdown_cell("![income by category](income-by-category.png)\n\nThe targets the preset evaluates (met, gap, growth still needed to reach 20,000 yuan by 2024):"),
        nbf.v4.new_code_cell('''targets = pd.DataFrame(report["targets"])
targets[targets.year == targets.year.max()][["id", "category", "value", "threshold", "met", "gap"]]'''),
        nbf.v4.new_markdown_cell("## Independent check\n\nThe pandas peer computes the same definitions its own way; every number must agree to 1e-9."),
        nbf.v4.new_code_cell('''import sys, tempfile

peer_out = Path(tempfile.mkdtemp()) / "peer.csv"
subprocess.run([sys.executable, str(ROOT.parent / "shared" / "peers" / "pandas_income.py"),
                str(ROOT / "Datasets" / "sample" / "households.csv"), "--sets", "category", "--out", str(peer_out)],
               check=True, capture_output=True)
peer = pd.read_csv(peer_out)
ours = income.rename(columns={"category": "group"}).set_index(["year", "group"]).sort_index()
peer = peer.set_index(["year", "group"]).sort_index()
pairs = {"pci": "pci", "pci_prev": "pci_prev_balanced", "growth": "growth_balanced", "median": "median_pci",
         "gini": "gini", "fgt0": "fgt0", "fgt1": "fgt1", "fgt2": "fgt2", "wage_share": "wage_share", "persons": "persons"}
worst = max(((ours[a] - peer[b]).abs() / peer[b].abs().clip(lower=1e-300)).max() for a, b in pairs.items())
print(f"largest relative difference: {worst:.2e}")
assert worst < 1e-9'''),
    ]
    return nb


def main():
    nbf.write(income_notebook(), "income-targets.ipynb")


if __name__ == "__main__":
    main()
