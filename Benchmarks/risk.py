#!/usr/bin/env python3
"""Benchmark of `ruralstat risk` and `ruralstat risk --evaluate` (release build) on one file.

usage: python3 Benchmarks/risk.py HOUSEHOLDS.csv [--repeat 1] [--no-build]

Builds ruralstat in release mode (unless --no-build), runs `risk --format csv` and
`risk --evaluate --format csv` --repeat times each (measure.py: wall time and the peak
resident memory of that process alone), and prints the medians against the bars of issue 12:
`risk` under 10 s, `risk --evaluate` under 30 s, peak memory under 2 GB, with the CPU time
per run and the load average (on a shared machine wall time tracks the load). Make the file with
`ruralstat synth --count 170000 --first-year 2019 --last-year 2024 --seed S --output-dir DIR`
(about 1,000,000 household-years). Exit status 1 when a bar is missed.
"""
import argparse
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import measure  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BARS = {"risk": 10.0, "risk --evaluate": 30.0}
MEMORY_BAR = 2e9


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("households")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--no-build", action="store_true", help="use the existing .build/release/ruralstat")
    a = ap.parse_args()
    if not a.no_build:
        subprocess.run([str(ROOT / "scripts/build-release.sh")], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    rows = sum(1 for _ in open(a.households, "rb")) - 1
    print(f"input: {a.households}: {rows} household-years, {os.path.getsize(a.households) / 1e6:.1f} MB")
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for name, extra in [("risk", []), ("risk --evaluate", ["--evaluate"])]:
            command = [str(ROOT / ".build/release/ruralstat"), "risk", "--households", a.households,
                       "--format", "csv", "--output", os.path.join(tmp, "out.csv")] + extra
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            runs = measure.median_run(command, a.repeat)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) / a.repeat
            seconds = measure.median([m.seconds for m in runs])
            peak = max(m.peak_rss for m in runs)
            passed = seconds < BARS[name] and peak < MEMORY_BAR
            ok = ok and passed
            print(f"ruralstat {name}: median {seconds:.2f} s of {[round(m.seconds, 2) for m in runs]} "
                  f"(CPU {cpu:.2f} s per run, load average {os.getloadavg()[0]:.1f}), peak RSS {peak / 1e6:.0f} MB "
                  f"(bars: {BARS[name]:.0f} s, 2,000 MB) -> {'ok' if passed else 'MISSED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
