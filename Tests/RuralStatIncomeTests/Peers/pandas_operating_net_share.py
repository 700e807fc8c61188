#!/usr/bin/env python3
"""Peer for the income metric operating_net_share (家庭经营净收入比重) with pandas.

usage: python3 pandas_operating_net_share.py HOUSEHOLDS.csv WEIGHTED_OUT.csv RESULT_OUT.csv

Writes WEIGHTED_OUT.csv: the households file with a `weight` column added
(0.5 + (row index mod 7) * 0.25), which both sides then analyse.

Writes RESULT_OUT.csv with columns set,population,year,group,share, for the group sets
all / county / township / category and the populations
  all                             every household of year t,
  alleviated+unstable             households whose year-t category is one of the two,
  alleviated+unstable@start_of_year  households whose t-1 record's category is one of the two
                                     (no t-1 record: not a member),
with share = sum w*(operating_income - production_expense) / sum w*net, net = wage +
operating + property + transfer - production_expense, and an empty cell when sum w*net <= 0.
The group label is the group's values joined by "|" ("all" for the set all).
"""
import sys

import pandas as pd

SETS = {"all": [], "county": ["county"], "township": ["township"], "category": ["category"]}
CATEGORIES = {"alleviated", "unstable"}


def main():
    source, weighted_path, out_path = sys.argv[1:4]
    df = pd.read_csv(source, dtype={"household_id": str, "category": str, "county": str, "township": str},
                     keep_default_na=False, encoding="utf-8-sig")
    df["weight"] = [0.5 + (i % 7) * 0.25 for i in range(len(df))]
    df.to_csv(weighted_path, index=False)
    for c in ["wage_income", "operating_income", "property_income", "transfer_income", "production_expense"]:
        df[c] = pd.to_numeric(df[c]).astype(float)
    df["net"] = (df["wage_income"] + df["operating_income"] + df["property_income"] + df["transfer_income"]
                 - df["production_expense"])
    df["w_operating_net"] = df["weight"] * (df["operating_income"] - df["production_expense"])
    df["w_net"] = df["weight"] * df["net"]
    previous = df[["household_id", "year", "category"]].copy()
    previous["year"] = previous["year"] + 1
    previous = previous.rename(columns={"category": "previous_category"})
    df = df.merge(previous, on=["household_id", "year"], how="left")
    populations = {
        "all": df,
        "alleviated+unstable": df[df["category"].isin(CATEGORIES)],
        "alleviated+unstable@start_of_year": df[df["previous_category"].isin(CATEGORIES)],
    }
    rows = []
    for population, frame in populations.items():
        for name, columns in SETS.items():
            keys = ["year"] + columns
            sums = frame.groupby(keys, sort=True)[["w_operating_net", "w_net"]].sum().reset_index()
            for _, row in sums.iterrows():
                group = "|".join(str(row[c]) for c in columns) if columns else "all"
                share = "" if row["w_net"] <= 0 else "%.17g" % (row["w_operating_net"] / row["w_net"])
                rows.append((name, population, int(row["year"]), group, share))
    out = pd.DataFrame(rows, columns=["set", "population", "year", "group", "share"])
    out.to_csv(out_path, index=False)


if __name__ == "__main__":
    main()
