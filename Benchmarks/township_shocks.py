#!/usr/bin/env python3
"""Adds township-wide shocks to a households file, for checking forecast intervals (issue 11).

usage: python3 Benchmarks/township_shocks.py IN.csv OUT.csv [--sd 0.10] [--seed 1]

Every money column of every household of township g in year t is multiplied by exp(u_g,t),
u_g,t ~ N(0, sd²) independent across townships and years (a disaster or a factory closing
that hits the whole township), so per-capita income moves by the same factor within a
township-year. `ruralstat synth` has village disasters but no township-wide shocks.
"""
import argparse

import numpy as np
import pandas as pd

MONEY = ["wage_income", "operating_income", "property_income", "transfer_income", "production_expense"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--sd", type=float, default=0.10)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    frame = pd.read_csv(a.input, dtype=str, keep_default_na=False)
    rng = np.random.default_rng(a.seed)
    cells = sorted(set(zip(frame["township"], frame["year"])))
    shock = dict(zip(cells, np.exp(rng.normal(0, a.sd, len(cells)))))
    factor = np.array([shock[(g, t)] for g, t in zip(frame["township"], frame["year"])])
    for column in MONEY:
        frame[column] = np.round(frame[column].astype(float) * factor).astype(int).astype(str)
    frame.to_csv(a.output, index=False)


if __name__ == "__main__":
    main()
