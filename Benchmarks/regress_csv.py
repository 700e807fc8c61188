#!/usr/bin/env python3
"""End to end: `ruralstat regress --data F` against pandas.read_csv + statsmodels OLS (HC1).

usage: python3 Benchmarks/regress_csv.py [--n 1000000] [--p 30] [--rounds 3] [--seed 1]
                                         [--fmt %.18e] [--data DIR] [--no-build] [--before BINARY]

Makes the CSV once with numpy outside the repository (default /work/bench-data): columns
y, x1 … xp from ols.py's design (correlated normals, a lognormal, category dummies;
heteroskedastic y), written by `numpy.savetxt` with --fmt (numpy's default, `%.18e`: 19
significant digits, which no fast path of a decimal parser takes). Then, for --rounds
rounds, alternates two whole processes, each timed and measured with measure.py (wall time,
peak RSS from os.wait4; CPU time, user + system, from getrusage of the children):
  - ours: `ruralstat regress --data F --formula 'y ~ x1 + … + xp' --se hc1 --format json`;
  - peer: a fresh Python that runs `pandas.read_csv(F)` and
    `statsmodels.api.OLS(y, add_constant(X)).fit(cov_type="HC1")` and prints the estimates.
With --before, a third process (another build of ruralstat, same command) joins each round.
It checks the coefficients to a relative 1e-8 and the standard errors to 1e-6 (loudly, with
the worst term), and prints medians, peak RSS, the speed ratio in wall time (bar: 4) and in
CPU time (the work, steadier on a shared machine), and our peak RSS over
the design matrix's bytes, n × (p + 1) doubles (bar: 3).
"""
import argparse
import json
import os
import resource
import subprocess
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import measure  # noqa: E402
from ols import design  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

PEER = """
import json, sys
import pandas as pd, statsmodels.api as sm
frame = pd.read_csv(sys.argv[1])
x = [c for c in frame.columns if c != "y"]
fit = sm.OLS(frame["y"], sm.add_constant(frame[x])).fit(cov_type="HC1")
names = ["(Intercept)" if n == "const" else n for n in fit.params.index]
print(json.dumps({"names": names, "coefficients": list(fit.params), "se": list(fit.bse)}))
"""


def make_csv(path, n, p, seed, fmt):
    """Writes y, x1 … xp (ols.py's design with p + 1 columns, intercept left out) in chunks."""
    X, y = design(n, p + 1, seed)
    header = ",".join(["y"] + [f"x{j}" for j in range(1, p + 1)])
    partial = path + ".partial"
    with open(partial, "w") as out:
        out.write(header + "\n")
        for start in range(0, n, 100_000):
            stop = min(n, start + 100_000)
            block = np.column_stack([y[start:stop], X[start:stop, 1:]])
            np.savetxt(out, block, fmt=fmt, delimiter=",")
    os.replace(partial, path)


def ours_estimates(text):
    """Names, coefficients and standard errors from `regress --format json`."""
    rows = json.loads(text)["coefficients"]
    return {"names": [r["term"] for r in rows], "coefficients": [r["estimate"] for r in rows],
            "se": [r["std_error"] for r in rows]}


def worst(ours, peer, key):
    """The largest relative difference of `key` over the terms, and its term."""
    reference = dict(zip(peer["names"], peer[key]))
    if set(reference) != set(ours["names"]):
        sys.exit(f"terms differ: ours {ours['names']}, peer {peer['names']}")
    diffs = [(abs(v - reference[name]) / abs(reference[name]), name) for name, v in zip(ours["names"], ours[key])]
    return max(diffs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--p", type=int, default=30)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--fmt", default="%.18e", help="numpy.savetxt format of the cells")
    ap.add_argument("--data", default="/work/bench-data")
    ap.add_argument("--no-build", action="store_true", help="use the existing .build/release/ruralstat")
    ap.add_argument("--before", help="another ruralstat binary (say, the last release) to alternate with ours")
    a = ap.parse_args()
    os.makedirs(a.data, exist_ok=True)
    tag = a.fmt.replace("%", "").replace(".", "")
    path = os.path.join(a.data, f"regress_{a.n}x{a.p}_s{a.seed}_{tag}.csv")
    if not os.path.exists(path):
        print(f"writing {path} …", file=sys.stderr)
        make_csv(path, a.n, a.p, a.seed, a.fmt)
    if not a.no_build:
        subprocess.run([os.path.join(ROOT, "scripts", "build-release.sh")], cwd=ROOT, check=True, stdout=sys.stderr)
    binary = os.path.join(ROOT, ".build", "release", "ruralstat")
    formula = "y ~ " + " + ".join(f"x{j}" for j in range(1, a.p + 1))
    ours_command = [binary, "regress", "--data", path, "--formula", formula, "--se", "hc1", "--format", "json"]
    peer_command = [sys.executable, "-c", PEER, path]

    commands = [("ours", ours_command), ("peer", peer_command)]
    if a.before:
        commands.append(("before", [a.before] + ours_command[1:]))
    runs = {key: [] for key, _ in commands}
    estimates = {}
    for _ in range(a.rounds):
        for key, command in commands:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            m = measure.run(command, capture=True)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            m.cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
            if m.returncode != 0:
                sys.exit(f"{key} failed with status {m.returncode}: {' '.join(command)}")
            runs[key].append(m)
            estimates[key] = json.loads(m.stdout) if key == "peer" else ours_estimates(m.stdout)
    coefficient, coefficient_term = worst(estimates["ours"], estimates["peer"], "coefficients")
    se, se_term = worst(estimates["ours"], estimates["peer"], "se")

    med = measure.median
    ours_s, peer_s = med([m.seconds for m in runs["ours"]]), med([m.seconds for m in runs["peer"]])
    ours_rss, peer_rss = (max(m.peak_rss for m in runs[key]) / 2**20 for key in ["ours", "peer"])
    design_mb = a.n * (a.p + 1) * 8 / 2**20
    size_mb = os.path.getsize(path) / 2**20
    print(f"file {path}: {size_mb:.0f} MB, {a.n:,} rows, design {a.n:,} x {a.p + 1} = {design_mb:.0f} MB; "
          f"medians of {a.rounds} alternating rounds")
    cpu = {key: med([m.cpu for m in runs[key]]) for key in runs}
    for key, label in [("ours", "ours (ruralstat regress)"), ("peer", "peer (pandas + statsmodels)"),
                       ("before", f"before ({a.before})")]:
        if key not in runs:
            continue
        print(f"{label:30s} {med([m.seconds for m in runs[key]]):7.2f} s wall, {cpu[key]:6.2f} s CPU, "
              f"peak RSS {max(m.peak_rss for m in runs[key]) / 2**20:6.0f} MB   "
              f"runs {', '.join(f'{m.seconds:.2f}' for m in runs[key])}")
    if a.before:
        worst(estimates["before"], estimates["peer"], "coefficients")
    print(f"speed ratio peer / ours: {peer_s / ours_s:.2f}x wall (bar: >= 4), {cpu['peer'] / cpu['ours']:.2f}x CPU time")
    print(f"our peak RSS / design: {ours_rss / design_mb:.2f} (bar: <= 3)")
    print(f"worst relative difference: coefficients {coefficient:.1e} ({coefficient_term}), "
          f"standard errors {se:.1e} ({se_term})")
    if coefficient > 1e-8 or se > 1e-6:
        sys.exit("the estimates disagree beyond 1e-8 (coefficients) or 1e-6 (standard errors)")


if __name__ == "__main__":
    main()
