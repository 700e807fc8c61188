#!/usr/bin/env python3
"""Benchmark `ruralstat forecast` on a 1,000,000 household-year file (issue 11's speed bars).

usage: python3 Benchmarks/forecast.py [HOUSEHOLDS.csv] [--reps 1] [--ruralstat .build/release/ruralstat]

Times, each --reps times, with wall time and peak resident memory measured by measure.py:
  forecast --by township --horizon 3
  forecast --per-household --horizon 1
Bars: each forecast under 10 s and 2 GB. Build first: swift build -c release --product ruralstat.
Without HOUSEHOLDS.csv it uses /work/bench-data/s1/households.csv, made by
  ruralstat synth --count 200000 --first-year 2020 --last-year 2024 --seed 1 --output-dir DIR
"""
import argparse
import os
import sys

from measure import median, run

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("households", nargs="?", default="/work/bench-data/s1/households.csv")
    ap.add_argument("--reps", type=int, default=1)
    ap.add_argument("--ruralstat", default=os.path.join(ROOT, ".build/release/ruralstat"))
    a = ap.parse_args()
    cases = {
        "township, horizon 3": ["--by", "township", "--horizon", "3"],
        "household, horizon 1": ["--per-household", "--horizon", "1"],
    }
    size_mb = os.path.getsize(a.households) / 1e6
    print(f"file: {a.households} ({size_mb:.0f} MB), {a.reps} run(s) each")
    ok = True
    for name, options in cases.items():
        command = [a.ruralstat, "forecast", "--households", a.households, "--format", "csv"] + options
        runs = []
        for _ in range(a.reps):
            measurement = run(command)
            if measurement.returncode != 0:
                sys.exit(f"failed ({measurement.returncode}): {' '.join(command)}")
            runs.append((measurement.seconds, measurement.peak_rss / 2**20))
        seconds = median([t for t, _ in runs])
        peak = max(m for _, m in runs)
        passed = seconds < 10 and peak < 2048
        ok = ok and passed
        print(f"{name:22s} median {seconds:6.2f} s  peak RSS {peak:7.0f} MB  "
              f"{'PASS' if passed else 'FAIL'} (bars: < 10 s, < 2048 MB)")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
