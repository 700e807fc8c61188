#!/usr/bin/env python3
"""Benchmark `ruralstat forecast` end to end on a 1,000,000 household-year file (issue 11's
speed bars, issue 15 item 4), with pandas + statsmodels fitting the same household model.

usage: python3 Benchmarks/forecast.py [HOUSEHOLDS.csv] [--reps 3] [--ruralstat .build/release/ruralstat]
                                      [--cases town,town3,household,backtest] [--no-peer]

Each round runs, in turn, every RuralStat case and the peer, each in its own process (wall
time and peak resident memory by measure.py, os.wait4); times are medians over the rounds,
so a shared machine's load falls on all alike. The RuralStat cases (file in, CSV out; JSON
for `town`, whose facts give the number of transitions fitted):
  town       forecast --by township                   (200 draws, horizon 1: the report's forecast)
  town3      forecast --by township --horizon 3
  household  forecast --per-household --horizon 1
  backtest   forecast --backtest
The peer (pandas + statsmodels) reads the same file with pandas.read_csv, builds the default
model's design for every consecutive-year transition (HouseholdModel: the twelve regressors,
category and township dummies; log_pci from the year's mean and its five hinges) and fits it as RuralStat does — OLS, the variance regression of
squared residuals on the same terms by OLS and then by FGLS, and the FGLS mean: four weighted
least-squares fits — without simulating anything. So `peer / town` is the time of the fit
alone in pandas + statsmodels over RuralStat's whole forecast. The script checks that both fit
the same number of transitions and that the peer's FGLS log_pci slope is that of a refit on the
same design with numpy's lstsq (sanity of the peer, not of RuralStat).

Bars (issue 11, the report brief): `town` ≤ 10 s and ≤ 1 GB; every case under 2 GB; `backtest`
≤ 20 s. Build first: scripts/build-release.sh. Without HOUSEHOLDS.csv it uses
/work/bench-data/s1/households.csv, made by
  ruralstat synth --count 200000 --first-year 2020 --last-year 2024 --seed 1 --output-dir DIR
"""
import argparse
import json
import os
import sys
import tempfile
import textwrap

from measure import median, run

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

CASES = {
    "town": ["--by", "township"],
    "town3": ["--by", "township", "--horizon", "3"],
    "household": ["--per-household", "--horizon", "1"],
    "backtest": ["--backtest"],
}
BARS = {"town": (10, 1000), "town3": (10, 2000), "household": (10, 2000), "backtest": (20, 2000)}

PEER = textwrap.dedent("""
    import json, sys
    import numpy as np, pandas as pd, statsmodels.api as sm
    d = pd.read_csv(sys.argv[1])
    gross = d.wage_income + d.operating_income + d.property_income + d.transfer_income
    net = gross - d.production_expense
    pci = net / d.household_size
    logp = np.log(np.maximum(pci, 100.0))   # IncomeTransform.standard: floor at 100 yuan
    share = lambda part: np.where(gross > 0, np.clip(part / gross.where(gross > 0, 1), -1, 1), 0.0)
    emp, lab = d.employed_count, d.labor_count
    x = pd.DataFrame({
        "log_pci": logp, "nonpositive": (pci <= 0).astype(float),
        "wage_share": share(d.wage_income), "operating_share": share(d.operating_income),
        "transfer_share": share(d.transfer_income),
        "employment_rate": np.where(lab > 0, emp / lab.where(lab > 0, 1), 0.0),
        "months_intensity": np.where(emp > 0, d.employed_months / (12 * emp.where(emp > 0, 1)), 0.0),
        "out_of_province": np.where(emp > 0, d.out_of_province_count / emp.where(emp > 0, 1), 0.0),
        "log_size": np.log(d.household_size), "dependency": lab / d.household_size,
        "rigid_burden": np.minimum((d.medical_expense + d.education_expense) / np.maximum(net, 1), 5.0),
    })
    key = d[["household_id", "year"]].copy()
    key["pci"], key["logp"], key["row"] = pci, logp, np.arange(len(d))
    prev = key.assign(year=key.year + 1)[["household_id", "year", "pci"]].rename(columns={"pci": "pci_prev"})
    nxt = key.assign(year=key.year - 1)[["household_id", "year", "logp"]].rename(columns={"logp": "y"})
    key = key.merge(prev, on=["household_id", "year"], how="left").merge(nxt, on=["household_id", "year"], how="left")
    key = key.sort_values("row")
    # log_pci and the response from the year's mean log pci (ForecastDesign.centre; weights 1).
    centre = pd.Series(logp).groupby(d.year.values).transform("mean").values
    x["log_pci"] = logp - centre
    with np.errstate(divide="ignore", invalid="ignore"):
        x["sudden_drop"] = ((key.pci_prev.values > 0) & (key.pci.values / key.pci_prev.values - 1 <= -0.30)).astype(float)
    rows = key.y.notna().values
    # StateSpline: hinges at the 10/25/50/75/90% quantiles (type 7) of the fitting rows' log_pci.
    position = x["log_pci"].values[rows]
    knots = []
    for q in np.quantile(position, [0.10, 0.25, 0.50, 0.75, 0.90]):
        if q > position.min() and (not knots or q > knots[-1]):
            knots.append(q)
    for j, k in enumerate(knots):
        x[f"log_pci_hinge{j + 1}"] = np.maximum(x["log_pci"].values - k, 0)
    cols = ["log_pci"] + [f"log_pci_hinge{j + 1}" for j in range(len(knots))] + ["nonpositive", "wage_share", "operating_share", "transfer_share", "employment_rate",
            "months_intensity", "out_of_province", "log_size", "dependency", "sudden_drop", "rigid_burden"]
    X = pd.concat([x.loc[rows, cols],
                   pd.get_dummies(d.loc[rows, "category"], prefix="c", drop_first=True, dtype=float),
                   pd.get_dummies(d.loc[rows, "township"], prefix="t", drop_first=True, dtype=float)], axis=1)
    X = sm.add_constant(X.to_numpy(dtype=float))
    y = key.y.values[rows] - centre[rows]
    w = np.ones(len(y))
    ols = sm.WLS(y, X, weights=w).fit()
    e2 = ols.resid ** 2   # (RuralStat takes township-year cell means out first; same cost)
    floor = 0.05 * np.average(e2, weights=w)
    first = np.maximum(sm.WLS(e2, X, weights=w).fit().fittedvalues, floor)
    first = np.maximum(first, 0.25 * np.average(e2, weights=w))   # VarianceModel.weightFloorShare
    var = np.maximum(sm.WLS(e2, X, weights=w / first ** 2).fit().fittedvalues, floor)
    mean = sm.WLS(y, X, weights=w / var).fit()
    check = np.linalg.lstsq(X * np.sqrt(w / var)[:, None], y * np.sqrt(w / var), rcond=None)[0]
    print(json.dumps({"transitions": int(len(y)), "columns": int(X.shape[1]),
                      "slope": float(mean.params[1]), "slope_lstsq": float(check[1])}))
""")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("households", nargs="?", default="/work/bench-data/s1/households.csv")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--ruralstat", default=os.path.join(ROOT, ".build/release/ruralstat"))
    ap.add_argument("--cases", default=",".join(CASES))
    ap.add_argument("--no-peer", action="store_true")
    a = ap.parse_args()
    cases = a.cases.split(",")
    size_mb = os.path.getsize(a.households) / 1e6
    print(f"file: {a.households} ({size_mb:.0f} MB), {a.reps} round(s)")
    times = {name: [] for name in cases + ([] if a.no_peer else ["peer"])}
    peaks = {name: 0.0 for name in times}
    peer_result = None
    with tempfile.TemporaryDirectory() as tmp:
        peer_script = os.path.join(tmp, "forecast_peer.py")
        with open(peer_script, "w") as f:
            f.write(PEER)
        for _ in range(a.reps):
            for name in cases:
                # JSON for `town` (its facts give the transitions fitted), CSV for the others.
                form = "json" if name == "town" else "csv"
                output = os.path.join(tmp, f"{name}.{form}")
                command = [a.ruralstat, "forecast", "--households", a.households, "--format", form,
                           "--output", output] + CASES[name]
                m = run(command)
                if m.returncode != 0:
                    sys.exit(f"failed ({m.returncode}): {' '.join(command)}")
                times[name].append(m.seconds)
                peaks[name] = max(peaks[name], m.peak_rss / 1e6)
                if name == "town":
                    with open(output) as f:
                        ours = json.load(f)
            if not a.no_peer:
                m = run([sys.executable, peer_script, a.households], capture=True)
                if m.returncode != 0:
                    sys.exit(f"the peer failed ({m.returncode})")
                times["peer"].append(m.seconds)
                peaks["peer"] = max(peaks["peer"], m.peak_rss / 1e6)
                peer_result = json.loads(m.stdout)
    ok = True
    for name in cases:
        seconds, peak = median(times[name]), peaks[name]
        bar_s, bar_mb = BARS[name]
        passed = seconds <= bar_s and peak <= bar_mb
        ok = ok and passed
        print(f"{name:10s} median {seconds:6.2f} s  peak RSS {peak:6.0f} MB  "
              f"{'PASS' if passed else 'FAIL'} (bars: ≤ {bar_s} s, ≤ {bar_mb} MB)")
    if peer_result is not None:
        seconds = median(times["peer"])
        print(f"{'peer':10s} median {seconds:6.2f} s  peak RSS {peaks['peer']:6.0f} MB  "
              f"(pandas.read_csv + design + 4 statsmodels WLS fits, {peer_result['transitions']} × "
              f"{peer_result['columns']})")
        if "town" in cases:
            print(f"ratio peer / town: {seconds / median(times['town']):.2f}")
            if peer_result["transitions"] != ours["transitions"]:
                sys.exit(f"transitions differ: ours {ours['transitions']}, peer {peer_result['transitions']}")
        if abs(peer_result["slope"] - peer_result["slope_lstsq"]) > 1e-9 * max(1, abs(peer_result["slope"])):
            sys.exit(f"the peer's fit disagrees with lstsq: {peer_result}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
