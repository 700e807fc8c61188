#!/usr/bin/env python3
"""Pathological but legal households files: memory per group and per text byte (issue 15).

usage: python3 Benchmarks/shapes.py [--data /work/bench-data] [--ruralstat .build/release/ruralstat]
                                    [--reps 3]

Makes two files once in --data (deterministic, from a fixed seed) and measures RuralStat's peak
RSS (measure.py: os.wait4) on them:

  distinct-townships.csv  1,000,000 rows (200,000 households × 2020–2024), the required columns
                          and a township of its own on every row: `income --by township` has
                          1,000,000 groups of one record. Prints bytes per group over the run
                          on the same rows with one township, and the run with --year 2020
                          (every group analysed, a fifth of the rows in the output table), which
                          tells the analysis from the table it is written through.
  text-heavy.csv          100,000 rows (20,000 households × 5 years) whose village cell is 1 KB of
                          text of its own: `validate` keeps every byte of it. Bar: peak ≤ 1.5 × file.
"""
import argparse
import os
import random
import sys

from measure import median, run

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
HEADER = "household_id,year,household_size,wage_income,operating_income,property_income,transfer_income,production_expense"


def write_panel(path, households, township, extra_header="", extra=lambda h, y: ""):
    """households × 2020–2024 rows; `township(h, y)` names the township of a row."""
    rng = random.Random(15)
    with open(path + ".tmp", "w") as out:
        out.write(HEADER + ",township" + extra_header + "\n")
        for h in range(households):
            size = rng.randint(1, 6)
            for year in range(2020, 2025):
                out.write(f"H{h:07d},{year},{size},{rng.randint(0, 60000)},{rng.randint(0, 9000)},"
                          f"{rng.randint(0, 900)},{rng.randint(0, 5000)},{rng.randint(0, 3000)},"
                          f"{township(h, year)}{extra(h, year)}\n")
    os.replace(path + ".tmp", path)


def text_cell(h, year):
    """1,000 bytes of its own per row: letters drawn from the row's own seed."""
    rng = random.Random(h * 10 + year)
    return "," + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(1000))


def files(data):
    os.makedirs(data, exist_ok=True)
    paths = {name: os.path.join(data, name + ".csv") for name in ("distinct-townships", "one-township", "text-heavy")}
    if not os.path.exists(paths["distinct-townships"]):
        write_panel(paths["distinct-townships"], 200000, lambda h, y: f"T{h:07d}{y}")
    if not os.path.exists(paths["one-township"]):
        write_panel(paths["one-township"], 200000, lambda h, y: "T")
    if not os.path.exists(paths["text-heavy"]):
        write_panel(paths["text-heavy"], 20000, lambda h, y: "T", ",village", text_cell)
    return paths


def peak(command, reps):
    runs = [run(command) for _ in range(reps)]
    if any(m.returncode != 0 for m in runs):
        sys.exit(f"failed: {' '.join(command)}")
    return max(m.peak_rss for m in runs), median([m.seconds for m in runs])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="/work/bench-data/shapes")
    ap.add_argument("--ruralstat", default=os.path.join(ROOT, ".build/release/ruralstat"))
    ap.add_argument("--reps", type=int, default=3)
    a = ap.parse_args()
    paths = files(a.data)
    income = lambda path: [a.ruralstat, "income", "--households", path, "--by", "township", "--format", "csv",
                           "--output", os.devnull]
    many, many_s = peak(income(paths["distinct-townships"]), a.reps)
    one, one_s = peak(income(paths["one-township"]), a.reps)
    fifth, fifth_s = peak(income(paths["distinct-townships"]) + ["--year", "2020"], a.reps)
    print(f"income --by township, 1,000,000 one-record groups: peak {many / 1e6:.0f} MB ({many_s:.2f} s); "
          f"one group: {one / 1e6:.0f} MB ({one_s:.2f} s); {(many - one) / 1e6:.0f} B per group "
          f"(file {os.path.getsize(paths['distinct-townships']) / 1e6:.0f} MB); with --year 2020 (every group "
          f"analysed, a fifth of them in the table): {fifth / 1e6:.0f} MB ({fifth_s:.2f} s), so the table and "
          f"its CSV take {(many - fifth) / 0.8e6:.0f} B per row shown")
    text, text_s = peak([a.ruralstat, "validate", "--households", paths["text-heavy"], "--format", "json"], a.reps)
    size = os.path.getsize(paths["text-heavy"])
    print(f"validate, 1 KB text cells: peak {text / 1e6:.0f} MB for a {size / 1e6:.0f} MB file: "
          f"{text / size:.2f}x (bar 1.5), {text_s:.2f} s")


if __name__ == "__main__":
    main()
