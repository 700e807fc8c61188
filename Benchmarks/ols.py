#!/usr/bin/env python3
"""One-run OLS benchmark: RuralStat's LinearFit + HC1 against statsmodels OLS + HC1 and a bare
LAPACK dgels (scipy's, and RuralStat's own call into the system OpenBLAS), on the same design.

usage: python3 Benchmarks/ols.py [--n 1000000] [--p 30] [--reps 5] [--seed 1] [--data DIR]

The design is ols_peer.py's `design()` (shared/peers), replicated here: intercept, correlated
normals with one lognormal, category dummies; y with heteroskedastic noise. X (column-major)
and y are written once as little-endian doubles under --data (default /work/bench-data) and
reused. Each tool runs in its own process (measure.py: wall time and peak RSS from os.wait4);
--reps rounds run the three tools in turn (one timed repetition each) and the times are
medians over the rounds, so a shared machine's load falls on all alike. Needs a release build:
    swift build -c release --product OLSBenchmark
"""
import argparse
import json
import os
import sys
import textwrap

import numpy as np

import measure

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def design(n, p, seed):
    """ols_peer.py's generator, unchanged in effect."""
    rng = np.random.default_rng(seed)
    X = np.empty((n, p), order="F")
    X[:, 0] = 1.0
    k = p - 1
    nd = min(6, k // 4)
    nc = k - nd
    A = rng.normal(size=(nc, nc)) / np.sqrt(nc)
    Z = rng.standard_normal((n, nc)) @ (np.eye(nc) + 0.5 * A)
    Z[:, 0] = np.exp(0.5 * Z[:, 0])
    X[:, 1:1 + nc] = Z
    cat = rng.integers(0, nd + 1, n)
    for j in range(nd):
        X[:, 1 + nc + j] = (cat == j + 1)
    b = rng.normal(0, 0.3, p)
    sd = 0.3 * np.exp(0.3 * X[:, 2].clip(-3, 3))
    y = X @ b + sd * rng.standard_normal(n)
    return X, y


def run(command):
    """Runs a command with measure.run; returns (stdout, wall seconds, peak RSS in MB)."""
    m = measure.run(command, capture=True)
    if m.returncode != 0:
        sys.exit(f"{command[0]} failed with status {m.returncode}")
    return m.stdout, m.seconds, m.peak_rss / 2**20


PEER = textwrap.dedent("""
    import json, sys, time
    import numpy as np, scipy.linalg.lapack as lp, statsmodels.api as sm
    n, p, reps, xpath, ypath = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
    X = np.fromfile(xpath, dtype="<f8").reshape((n, p), order="F")
    y = np.fromfile(ypath, dtype="<f8")
    which = sys.argv[6]
    ts = []
    for _ in range(reps):
        t0 = time.perf_counter()
        if which == "statsmodels":
            se = sm.OLS(y, X).fit(cov_type="HC1").bse
        else:
            A = np.array(X, order="F", copy=True)
            lw = max(int(lp.dgels_lwork(n, p, 1)[0]), 64 * p)
            lp.dgels(A, y.copy(), lwork=lw, overwrite_a=1, overwrite_b=1)
        ts.append(time.perf_counter() - t0)
    print(json.dumps({"median": sorted(ts)[len(ts) // 2]}))
""")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--p", type=int, default=30)
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--data", default="/work/bench-data")
    a = ap.parse_args()
    os.makedirs(a.data, exist_ok=True)
    xpath = os.path.join(a.data, f"ols_X_{a.n}x{a.p}_s{a.seed}.bin")
    ypath = os.path.join(a.data, f"ols_y_{a.n}x{a.p}_s{a.seed}.bin")
    if not (os.path.exists(xpath) and os.path.exists(ypath)):
        X, y = design(a.n, a.p, a.seed)
        X.ravel(order="F").astype("<f8").tofile(xpath)
        y.astype("<f8").tofile(ypath)
        del X, y
    binary = os.path.join(ROOT, ".build", "release", "OLSBenchmark")
    if not os.path.exists(binary):
        sys.exit("build first: swift build -c release --product OLSBenchmark")
    design_mb = a.n * a.p * 8 / 2**20

    # Rounds interleave the three tools, one timed repetition per process, so that the load of
    # a shared machine falls on all of them alike; medians over the rounds, peak RSS the largest.
    rounds = {"ours": [], "statsmodels": [], "scipy_dgels": []}
    rss = {key: 0.0 for key in rounds}
    for _ in range(a.reps):
        out, _, peak = run([binary, xpath, ypath, str(a.n), str(a.p), "1"])
        rounds["ours"].append(json.loads(out))
        rss["ours"] = max(rss["ours"], peak)
        for which in ["statsmodels", "scipy_dgels"]:
            out, _, peak = run([sys.executable, "-c", PEER, str(a.n), str(a.p), "1", xpath, ypath, which])
            rounds[which].append(json.loads(out)["median"])
            rss[which] = max(rss[which], peak)
    med = lambda values: sorted(values)[len(values) // 2]
    ours = {key: med([r[key] for r in rounds["ours"]]) for key in ["fit", "hc1", "fit_plus_hc1", "dgels", "dgeqp3"]}
    ours["threads"] = rounds["ours"][0]["threads"]
    ours["max_rel_diff_vs_dgels"] = max(r["max_rel_diff_vs_dgels"] for r in rounds["ours"])
    ours_rss = rss["ours"]
    peers = {which: dict(seconds=med(rounds[which]), peak_rss_mb=rss[which]) for which in ["statsmodels", "scipy_dgels"]}

    total = ours["fit_plus_hc1"]
    print(f"n = {a.n:,}, p = {a.p}, design matrix {design_mb:.0f} MB, OpenBLAS threads {ours['threads']}, "
          f"medians of {a.reps} interleaved rounds")
    print(f"{'step':38s} {'seconds':>8s}")
    print(f"{'RuralStat LinearFit (QR + refinement)':38s} {ours['fit']:8.3f}")
    print(f"{'RuralStat HC1 standard errors':38s} {ours['hc1']:8.3f}")
    print(f"{'RuralStat fit + HC1':38s} {total:8.3f}")
    print(f"{'bare dgels, same process (copy + QR)':38s} {ours['dgels']:8.3f}")
    print(f"{'dgeqp3 of the whole design (reference)':38s} {ours['dgeqp3']:8.3f}")
    print(f"{'scipy dgels (copy + QR)':38s} {peers['scipy_dgels']['seconds']:8.3f}")
    print(f"{'statsmodels OLS + HC1':38s} {peers['statsmodels']['seconds']:8.3f}")
    print()
    print(f"speed-up over statsmodels:        {peers['statsmodels']['seconds'] / total:6.2f}x  (bar: >= 3)")
    print(f"ratio to bare dgels (ours):       {total / ours['dgels']:6.2f}x  (bar: <= 1.5)")
    print(f"ratio to scipy dgels:             {total / peers['scipy_dgels']['seconds']:6.2f}x")
    print(f"peak RSS: RuralStat {ours_rss:.0f} MB = {ours_rss / design_mb:.2f}x the design (bar: <= 3), "
          f"statsmodels {peers['statsmodels']['peak_rss_mb']:.0f} MB, scipy dgels {peers['scipy_dgels']['peak_rss_mb']:.0f} MB")
    print(f"max relative coefficient difference, ours vs dgels: {ours['max_rel_diff_vs_dgels']:.2e}")


if __name__ == "__main__":
    main()
