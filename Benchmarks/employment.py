#!/usr/bin/env python3
"""Benchmark of `ruralstat employment --by township` against the pandas peer, same files, same run.

usage: python3 Benchmarks/employment.py HOUSEHOLDS.csv WORKERS.csv [--repeat 3] [--no-build]
           [--peer ../shared/peers/pandas_employment.py]

Builds ruralstat in release mode (unless --no-build), runs both programs --repeat times in
alternation (measure.py: wall time and the peak resident memory of that process alone, from
os.wait4), and prints the medians, the speed ratio, our peak memory against the two input
files' size, and whether every shared column agrees to a relative 1e-9. Exit status 1 when
the outputs disagree.
"""
import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
import measure  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

# Our column -> the peer's column.
COLUMNS = {
    "households": "households", "labor": "labor", "workers": "workers", "workers_change": "workers_change",
    "zero_employment_households": "zero_employment", "coverage": "coverage_share",
    "mean_months": "mean_months_per_worker", "stable_share": "stable_share", "wage_share": "wage_share",
    "wage_share_change": "wage_share_change", "out_of_province_workers": "out_of_province_workers",
    "public_welfare_jobs": "public_welfare_jobs", "households_with_labor": "households_with_labor",
    "covered": "covered", "persistent": "persistent", "employment_rate": "employment_rate",
    "worker_rows": "worker_rows", "stable_workers": "stable_workers",
    **{f"location_{c}": f"location_{c}" for c in ["county", "province", "out_of_province"]},
    **{f"job_type_{c}": f"job_type_{c}" for c in ["enterprise", "public_welfare", "workshop", "self_employed", "other"]},
}


def agree(ours_path, peer_path, rtol):
    ours = pd.read_csv(ours_path, keep_default_na=True)
    peer = pd.read_csv(peer_path, keep_default_na=True)
    peer = peer[peer.group_by == "township"].rename(columns={"group": "township"})
    ours["township"] = ours["township"].astype(str)
    peer["township"] = peer["township"].astype(str)
    merged = ours.merge(peer, on=["year", "township"], how="outer", suffixes=("", "_peer"), indicator=True)
    ok = (merged["_merge"] == "both").all()
    if not ok:
        print("group-years differ between the outputs")
    worst = 0.0
    for mine, theirs in COLUMNS.items():
        x = merged[mine].to_numpy(float)
        y = merged[theirs + ("_peer" if theirs in ours.columns else "")].to_numpy(float)
        both_nan = np.isnan(x) & np.isnan(y)
        scale = np.maximum(np.abs(x), np.abs(y))
        rel = np.where(both_nan, 0.0, np.abs(x - y) / np.where(scale > 0, scale, 1.0))
        rel = np.where(np.isnan(rel), np.inf, rel)
        m = float(rel.max()) if rel.size else 0.0
        worst = max(worst, m)
        if m > rtol:
            ok = False
            print(f"  {mine:28s} max relative difference {m:.3e}  <-- DIFFERS")
    print(f"agreement on {len(merged)} group-years x {len(COLUMNS)} columns: worst relative difference "
          f"{worst:.3e} -> {'AGREE' if ok else 'DIFFER'} (rtol {rtol})")
    return ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("households")
    ap.add_argument("workers")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-build", action="store_true", help="use the existing .build/release/ruralstat")
    ap.add_argument("--peer", default=str(ROOT.parent / "shared" / "peers" / "pandas_employment.py"))
    ap.add_argument("--rtol", type=float, default=1e-9)
    a = ap.parse_args()
    if not a.no_build:
        subprocess.run([str(ROOT / "scripts/build-release.sh")], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    size = os.path.getsize(a.households) + os.path.getsize(a.workers)
    with tempfile.TemporaryDirectory() as tmp:
        ours_out, peer_out = os.path.join(tmp, "ours.csv"), os.path.join(tmp, "peer.csv")
        ours_cmd = [str(ROOT / ".build/release/ruralstat"), "employment", "--households", a.households,
                    "--workers", a.workers, "--by", "township", "--format", "csv", "--output", ours_out]
        peer_cmd = [sys.executable, a.peer, a.households, "--workers", a.workers, "--sets", "township",
                    "--out", peer_out]
        ours, peer = [], []
        for _ in range(a.repeat):
            ours += measure.median_run(ours_cmd, 1)
            peer += measure.median_run(peer_cmd, 1)
        t_ours = measure.median([m.seconds for m in ours])
        t_peer = measure.median([m.seconds for m in peer])
        rss_ours = max(m.peak_rss for m in ours)
        rss_peer = max(m.peak_rss for m in peer)
        print(f"input: {a.households} + {a.workers} = {size / 1e6:.1f} MB")
        print(f"ruralstat employment --by township: median {t_ours:.3f} s of "
              f"{[round(m.seconds, 3) for m in ours]}, peak RSS {rss_ours / 1e6:.1f} MB = {rss_ours / size:.2f} x input")
        print(f"pandas_employment.py --sets township: median {t_peer:.3f} s of "
              f"{[round(m.seconds, 3) for m in peer]}, peak RSS {rss_peer / 1e6:.1f} MB")
        print(f"speed ratio (pandas / ours): {t_peer / t_ours:.2f}x (bar: 4x); memory bar: 1.5x input")
        ok = agree(ours_out, peer_out, a.rtol)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
