#!/usr/bin/env python3
"""Benchmark `ruralstat income --by township,category` against the polars peer, same file, same run.

usage: python3 Benchmarks/income.py [HOUSEHOLDS.csv] [--lines lines.json] [--reps 3]
                                    [--ruralstat .build/release/ruralstat] [--peer PATH]

Runs RuralStat (release build; build it first with `scripts/build-release.sh`) and
../shared/peers/polars_income.py --sets township+category on the same households file, each
--reps times, and reports the median wall time, the peak resident memory (the child's
ru_maxrss) and the ratio. Then checks that both agree on every number to 1e-9 relative,
balanced mode on the timed outputs and cross-section mode on one more run of ours.
Exit status 1 when they disagree.

Without HOUSEHOLDS.csv it uses /work/bench-data/households_1m.csv; lines.json defaults to the
file next to it (year -> monitoring line), as the peer reads it. Each run is measured by
measure.py (os.wait4: the child's own wall time and peak RSS).
"""
import argparse
import json
import math
import os
import sys
import tempfile

import pandas as pd

from measure import median, run

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# Our column -> the peer's column, for balanced and cross-section runs.
SHARED = {"households": "households", "persons": "persons", "pci": "pci", "median": "median_pci",
          "gini": "gini", "fgt0": "fgt0", "fgt1": "fgt1", "fgt2": "fgt2", "wage_share": "wage_share",
          "line": "line"}
BALANCED = {"pci_balanced": "pci_bal_t", "pci_prev": "pci_prev_balanced", "growth": "growth_balanced"}
CROSS = {"pci_prev": "pci_prev_cross", "growth": "growth_cross"}


def timed(command):
    """Runs a command once; returns (seconds, peak RSS in MB), or exits when it fails."""
    measurement = run(command)
    if measurement.returncode != 0:
        sys.exit(f"failed ({measurement.returncode}): {' '.join(command)}")
    return measurement.seconds, measurement.peak_rss / 2**20


def compare(ours_path, peer_path, mapping, rtol):
    """Largest relative difference per column; the keys must match row for row."""
    ours = pd.read_csv(ours_path, keep_default_na=True, dtype={"township": str, "category": str})
    peer = pd.read_csv(peer_path, keep_default_na=True, dtype={"group": str})
    ours["group"] = ours["township"].fillna("") + "|" + ours["category"].fillna("")
    ours = ours.sort_values(["year", "group"], kind="stable").reset_index(drop=True)
    peer = peer.sort_values(["year", "group"], kind="stable").reset_index(drop=True)
    if len(ours) != len(peer) or not (ours[["year", "group"]].values == peer[["year", "group"]].values).all():
        sys.exit(f"rows differ: ours {len(ours)}, peer {len(peer)}")
    worst = {}
    for mine, theirs in mapping.items():
        a, b = ours[mine].to_numpy(float), peer[theirs].to_numpy(float)
        worst_here = 0.0
        for x, y in zip(a, b):
            if math.isnan(x) and math.isnan(y):
                continue
            scale = max(abs(x), abs(y))
            difference = abs(x - y) / scale if scale > 0 else 0.0
            worst_here = max(worst_here, difference if not math.isnan(difference) else math.inf)
        worst[mine] = worst_here
    return len(ours), worst


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("households", nargs="?", default="/work/bench-data/households_1m.csv")
    ap.add_argument("--lines")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--ruralstat", default=os.path.join(ROOT, ".build/release/ruralstat"))
    ap.add_argument("--peer", default=os.path.join(ROOT, "../shared/peers/polars_income.py"))
    ap.add_argument("--rtol", type=float, default=1e-9)
    a = ap.parse_args()
    lines_path = a.lines or os.path.join(os.path.dirname(os.path.abspath(a.households)), "lines.json")
    lines = json.load(open(lines_path))
    line_option = ",".join(f"{year}={lines[year]}" for year in sorted(lines))

    with tempfile.TemporaryDirectory() as tmp:
        ours_csv, cross_csv, peer_csv = (os.path.join(tmp, n) for n in ("ours.csv", "cross.csv", "peer.csv"))
        ours_cmd = [a.ruralstat, "income", "--households", a.households, "--by", "township,category",
                    "--line", line_option, "--format", "csv", "--output", ours_csv]
        peer_cmd = [sys.executable, a.peer, a.households, "--lines", lines_path,
                    "--sets", "township+category", "--out", peer_csv]
        timings = {"ruralstat": [], "polars": []}
        for _ in range(a.reps):  # interleaved, so both see the same machine load
            timings["ruralstat"].append(timed(ours_cmd))
            timings["polars"].append(timed(peer_cmd))
        timed(ours_cmd[:-4] + ["--panel", "cross-section", "--format", "csv", "--output", cross_csv])

        size_mb = os.path.getsize(a.households) / 1e6
        print(f"file: {a.households} ({size_mb:.0f} MB), --by township,category, {a.reps} runs each")
        medians = {}
        for name, runs in timings.items():
            medians[name] = median([t for t, _ in runs])
            peak = max(m for _, m in runs)
            times = ", ".join(f"{t:.2f}" for t, _ in runs)
            print(f"{name:10s} median {medians[name]:6.2f} s  peak RSS {peak:7.0f} MB  (runs: {times})")
        print(f"ratio polars/ruralstat: {medians['polars'] / medians['ruralstat']:.2f}x "
              f"(> 1: RuralStat is faster)")

        ok = True
        for label, path, mapping in (("balanced", ours_csv, {**SHARED, **BALANCED}),
                                     ("cross-section", cross_csv, {**SHARED, **CROSS})):
            rows, worst = compare(path, peer_csv, mapping, a.rtol)
            bad = {k: v for k, v in worst.items() if v > a.rtol}
            ok = ok and not bad
            print(f"agreement ({label}, {rows} rows): worst {max(worst.values()):.2e} "
                  + ("AGREE" if not bad else f"DIFFER in {bad}"))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
