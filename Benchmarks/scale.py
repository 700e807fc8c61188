#!/usr/bin/env python3
"""Province scale: RuralStat against DuckDB at 1M and 10M household-years, in one run (issue 15).

usage: python3 Benchmarks/scale.py [--sizes 1m,10m] [--work validate,income,employment]
                                   [--reps-1m 3] [--reps-10m 1] [--data /work/bench-data]
                                   [--ruralstat .build/release/ruralstat] [--check-peer]

Makes the two panels once, outside the repository (kept in --data and reused):
  1m:  ruralstat synth --count 200000  --first-year 2020 --last-year 2024 --seed 1   (s1/)
  10m: ruralstat synth --count 2000000 --first-year 2020 --last-year 2024 --seed 11  (s11/)
each with its workers.csv and lines.json. Then, per size and per work, runs RuralStat and its
DuckDB peer alternately (ours, peer, ours, peer, …) so both see the same machine load:

  validate                         vs ../shared/peers/duckdb_read.py       (rows, households agree)
  income --by township,category    vs ../shared/peers/duckdb_income.py     (every shared column)
  employment --workers --by township vs Benchmarks/duckdb_employment.py   (every column)

and prints the medians of wall and processor (user + system) seconds, peak RSS (measure.py:
os.wait4), the ratio peer/ours (bar: 3), our peak against the input files (bar: 1.5) and our
ms per MB of input, then ms/MB at 10M over ms/MB at 1M (bar: 1.2), in wall and processor time. The answers must agree to --rtol (1e-9); exit status 1 otherwise.
--check-peer first checks duckdb_employment.py against ../shared/peers/pandas_employment.py on
the 1M file (pandas takes about a minute there). Build first: scripts/build-release.sh.
"""
import argparse
import json
import math
import os
import resource
import subprocess
import sys
import tempfile

import numpy as np
import pandas as pd

from employment import COLUMNS as EMPLOYMENT_COLUMNS
from measure import median, run

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PEERS = os.path.join(ROOT, "..", "shared", "peers")

SIZES = {"1m": ("s1", 200000, 1), "10m": ("s11", 2000000, 11)}
INCOME_COLUMNS = ["households", "persons", "pci", "pci_balanced", "pci_prev", "growth", "median", "p10",
                  "p90", "gini", "fgt0", "fgt1", "wage_share"]


def make_panel(ruralstat, data, size):
    """The panel of `size` in `data`, made with synth when it is not there yet."""
    folder, count, seed = SIZES[size]
    directory = os.path.join(data, folder)
    if not os.path.exists(os.path.join(directory, "lines.json")):
        print(f"making {directory} (synth --count {count} --seed {seed})", flush=True)
        subprocess.run([ruralstat, "synth", "--count", str(count), "--first-year", "2020", "--last-year",
                        "2024", "--seed", str(seed), "--output-dir", directory], check=True)
    return directory


def relative_differences(x, y):
    """Largest |x − y| / max(|x|, |y|), NaN equal to NaN, NaN against a number infinite."""
    x, y = np.asarray(x, float), np.asarray(y, float)
    both_nan = np.isnan(x) & np.isnan(y)
    scale = np.maximum(np.abs(x), np.abs(y))
    rel = np.where(both_nan, 0.0, np.abs(x - y) / np.where(scale > 0, scale, 1.0))
    rel = np.where(np.isnan(rel), np.inf, rel)
    return float(rel.max()) if rel.size else 0.0


def agree_tables(ours, peer, keys, columns, rtol):
    """(ok, description): `ours` and `peer` have the same keys and `columns` agree to `rtol`."""
    for frame in (ours, peer):
        for key in keys:
            frame[key] = frame[key].astype(str)
    merged = ours.merge(peer, on=keys, how="outer", suffixes=("", "_peer"), indicator=True)
    if not (merged["_merge"] == "both").all() or len(merged) != len(ours):
        return False, f"keys differ: ours {len(ours)} rows, peer {len(peer)}, matched {(merged['_merge'] == 'both').sum()}"
    worst = {mine: relative_differences(merged[mine], merged[theirs + "_peer" if theirs in ours.columns else theirs])
             for mine, theirs in columns.items()}
    bad = {k: v for k, v in worst.items() if v > rtol}
    return not bad, (f"{len(merged)} rows x {len(columns)} columns, worst {max(worst.values()):.1e}"
                     + (f", DIFFER in {bad}" if bad else ""))


def peer_command(script, arguments, stderr_path):
    """The peer in `sh -c exec`, its standard error kept in a file (measured as the peer itself)."""
    return ["sh", "-c", 'exec "$0" "$@" 2>"$STDERR_PATH"', sys.executable, script, *arguments], stderr_path


def works(ruralstat, directory, tmp, rtol):
    """Each work: (name, our command, peer command, peer stderr file, input bytes, check)."""
    households = os.path.join(directory, "households.csv")
    workers = os.path.join(directory, "workers.csv")
    lines_path = os.path.join(directory, "lines.json")
    lines = json.load(open(lines_path))
    line_option = ",".join(f"{year}={lines[year]}" for year in sorted(lines))
    out = {name: os.path.join(tmp, name) for name in ("income.csv", "income_peer.csv", "employment.csv",
                                                        "employment_peer.csv", "read.err", "income.err",
                                                        "employment.err")}

    def check_validate(ours_stdout):
        summary = json.loads(ours_stdout)
        rows, households_peer, _ = open(out["read.err"]).read().split()
        ok = summary["rows"] == int(rows) and summary["households"] == int(households_peer)
        return ok, f"rows {summary['rows']} / {rows}, households {summary['households']} / {households_peer}"

    def check_income(_):
        ours = pd.read_csv(out["income.csv"])
        peer = pd.read_csv(out["income_peer.csv"])
        return agree_tables(ours, peer, ["year", "township", "category"], {c: c for c in INCOME_COLUMNS}, rtol)

    def check_employment(_):
        ours = pd.read_csv(out["employment.csv"])
        peer = pd.read_csv(out["employment_peer.csv"]).rename(columns={"group": "township"})
        return agree_tables(ours, peer, ["year", "township"], EMPLOYMENT_COLUMNS, rtol)

    size = os.path.getsize(households)
    return [
        ("validate", [ruralstat, "validate", "--households", households, "--format", "json"],
         *peer_command(os.path.join(PEERS, "duckdb_read.py"), [households], out["read.err"]),
         size, check_validate),
        ("income", [ruralstat, "income", "--households", households, "--by", "township,category", "--line",
                    line_option, "--format", "csv", "--output", out["income.csv"]],
         *peer_command(os.path.join(PEERS, "duckdb_income.py"), [households, lines_path, "--out",
                                                                  out["income_peer.csv"]], out["income.err"]),
         size, check_income),
        ("employment", [ruralstat, "employment", "--households", households, "--workers", workers, "--by",
                        "township", "--format", "csv", "--output", out["employment.csv"]],
         *peer_command(os.path.join(HERE, "duckdb_employment.py"), [households, workers, "--out",
                                                                     out["employment_peer.csv"]],
                       out["employment.err"]),
         size + os.path.getsize(workers), check_employment),
    ]


def measured(command, env=None, capture=False):
    """One run (measure.py) and its processor seconds, user + system (the children's rusage
    across it: os.wait4 reaps the child into it), which the other helpers' load disturbs less
    than the wall time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    measurement = run(command, capture=capture, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if measurement.returncode != 0:
        sys.exit(f"failed ({measurement.returncode}): {' '.join(command)}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return measurement, cpu


def check_peer(directory, tmp, rtol):
    """duckdb_employment.py against pandas_employment.py on the same files, every column."""
    households, workers = (os.path.join(directory, f) for f in ("households.csv", "workers.csv"))
    duck, pandas_out = os.path.join(tmp, "peer_duck.csv"), os.path.join(tmp, "peer_pandas.csv")
    subprocess.run([sys.executable, os.path.join(HERE, "duckdb_employment.py"), households, workers, "--out",
                    duck], check=True, stderr=subprocess.DEVNULL)
    subprocess.run([sys.executable, os.path.join(PEERS, "pandas_employment.py"), households, "--workers",
                    workers, "--sets", "township", "--out", pandas_out], check=True, stderr=subprocess.DEVNULL)
    columns = {theirs: theirs for theirs in EMPLOYMENT_COLUMNS.values()}
    ok, text = agree_tables(pd.read_csv(duck), pd.read_csv(pandas_out), ["year", "group"], columns, rtol)
    print(f"duckdb_employment.py vs pandas_employment.py ({directory}): {text} -> {'AGREE' if ok else 'DIFFER'}")
    return ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1m,10m")
    ap.add_argument("--work", default="validate,income,employment")
    ap.add_argument("--reps-1m", type=int, default=3)
    ap.add_argument("--reps-10m", type=int, default=1)
    ap.add_argument("--data", default="/work/bench-data")
    ap.add_argument("--ruralstat", default=os.path.join(ROOT, ".build/release/ruralstat"))
    ap.add_argument("--rtol", type=float, default=1e-9)
    ap.add_argument("--check-peer", action="store_true")
    a = ap.parse_args()
    chosen = a.work.split(",")
    ok = True
    per_mb = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in a.sizes.split(","):
            directory = make_panel(a.ruralstat, a.data, size)
            if a.check_peer and size == "1m":
                ok = check_peer(directory, tmp, a.rtol) and ok
            reps = a.reps_1m if size == "1m" else a.reps_10m
            for name, ours_cmd, peer_cmd, peer_err, input_bytes, check in works(a.ruralstat, directory, tmp, a.rtol):
                if name not in chosen:
                    continue
                load = os.getloadavg()
                env = dict(os.environ, STDERR_PATH=peer_err)
                ours, peer = [], []
                for _ in range(reps):
                    ours.append(measured(ours_cmd, capture=name == "validate"))
                    peer.append(measured(peer_cmd, env=env))
                cpu_ours = median([c for _, c in ours])
                cpu_peer = median([c for _, c in peer])
                ours, peer = [m for m, _ in ours], [m for m, _ in peer]
                agreed, text = check(ours[-1].stdout)
                ok = ok and agreed
                t_ours, t_peer = median([m.seconds for m in ours]), median([m.seconds for m in peer])
                rss_ours, rss_peer = max(m.peak_rss for m in ours), max(m.peak_rss for m in peer)
                mb = input_bytes / 1e6
                per_mb[(size, name)] = (1000 * t_ours / mb, 1000 * cpu_ours / mb)
                print(f"{size:>3} {name:10s} input {mb:7.0f} MB  load {load[0]:.1f}  "
                      f"ours {t_ours:6.2f} s (cpu {cpu_ours:6.2f} s) {rss_ours / 1e6:6.0f} MB "
                      f"({rss_ours / input_bytes:.2f}x input) {per_mb[(size, name)][0]:5.2f} ms/MB "
                      f"(cpu {per_mb[(size, name)][1]:5.2f})  DuckDB {t_peer:6.2f} s (cpu {cpu_peer:6.2f} s) "
                      f"{rss_peer / 1e6:6.0f} MB  ratio {t_peer / t_ours:4.2f}x  "
                      f"runs ours {[round(m.seconds, 2) for m in ours]} peer {[round(m.seconds, 2) for m in peer]}  "
                      f"{text} -> {'AGREE' if agreed else 'DIFFER'}", flush=True)
    for name in chosen:
        if ("1m", name) in per_mb and ("10m", name) in per_mb:
            (wall_1m, cpu_1m), (wall_10m, cpu_10m) = per_mb[("1m", name)], per_mb[("10m", name)]
            print(f"{name:10s} ms/MB 1M {wall_1m:.2f} -> 10M {wall_10m:.2f}: {wall_10m / wall_1m:.2f}x (bar 1.2); "
                  f"processor ms/MB {cpu_1m:.2f} -> {cpu_10m:.2f}: {cpu_10m / cpu_1m:.2f}x")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
