#!/usr/bin/env python3
"""Independent pandas computation of the "三保障" and safe-water metrics (RuralStatGuarantees).

usage: python3 pandas_guarantees.py HOUSEHOLDS.csv --groups OUT.csv --list LIST.csv

Written from the module's DocC article, not from its code. Flags 1/true/是/达标 are ok, 0/false/
否/未达标 a gap, empty unknown. Per set (all, township, village within its
township, category), group and year, every
sum weighted by w (the weight column, 1 when absent or empty):
  households, persons (w*size), <flag>_gap, <flag>_known, any_gap (some flag 0), missing_flags
  (no flag 0, some unknown), no_gap (all four 1), persons_with_gap, persistent_gap (gap this
  year and in the household's record of year-1), any_gap_share = any_gap/(any_gap+no_gap),
  <flag>_gap_share = gap/known, any_gap_change and any_gap_share_change against the same
  group's year-1 row (empty when the group has no row in year-1).
The list: every household-year with a gap, with its gaps and unknown flags (space-separated
codes), years_in_a_row (consecutive years with a gap up to this one), monitoring_object, sorted by
year, county, township, village, years_in_a_row descending, number of gaps descending, id.
"""
import argparse

import numpy as np
import pandas as pd

FLAGS = ["education", "medical", "housing", "water"]
VALUES = {"1": 1.0, "true": 1.0, "是": 1.0, "达标": 1.0, "0": 0.0, "false": 0.0, "否": 0.0, "未达标": 0.0}
MONITORED = {"unstable", "marginal", "sudden_hardship"}
# Per set: the columns a group is made of (a place within the places that enclose it: a village
# within its township within its county), and those of its label ("|"-joined).
SETS = {"all": ([], []), "township": (["county", "township"], ["township"]),
        "village": (["county", "township", "village"], ["township", "village"]),
        "category": (["category"], ["category"])}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("households")
    ap.add_argument("--groups", required=True)
    ap.add_argument("--list", required=True)
    a = ap.parse_args()
    df = pd.read_csv(a.households, dtype=str, keep_default_na=False)
    df["year"] = df["year"].astype(int)
    df["size"] = df["household_size"].astype(float)
    df["w"] = df["weight"].replace("", "1").astype(float) if "weight" in df.columns else 1.0
    for f in FLAGS:
        col = f + "_ok"
        v = df[col].str.strip().str.lower().map(VALUES) if col in df.columns else pd.Series(np.nan, index=df.index)
        df[f + "_is_gap"] = v == 0
        df[f + "_is_known"] = v.notna()
    gaps = df[[f + "_is_gap" for f in FLAGS]]
    known = df[[f + "_is_known" for f in FLAGS]]
    df["is_gap"] = gaps.any(axis=1)
    df["is_missing"] = ~df["is_gap"] & ~known.all(axis=1)
    df["is_clear"] = ~df["is_gap"] & known.all(axis=1)
    prev = df[["household_id", "year", "is_gap"]].copy()
    prev["year"] += 1
    df = df.merge(prev.rename(columns={"is_gap": "prev_gap"}), on=["household_id", "year"], how="left")
    df["prev_gap"] = df["prev_gap"].fillna(False).astype(bool)

    wx = pd.DataFrame({"households": df["w"], "persons": df["w"] * df["size"]})
    for f in FLAGS:
        wx[f + "_gap"] = df["w"] * df[f + "_is_gap"]
        wx[f + "_known"] = df["w"] * df[f + "_is_known"]
    wx["any_gap"] = df["w"] * df["is_gap"]
    wx["missing_flags"] = df["w"] * df["is_missing"]
    wx["no_gap"] = df["w"] * df["is_clear"]
    wx["persons_with_gap"] = df["w"] * df["size"] * df["is_gap"]
    wx["persistent_gap"] = df["w"] * (df["is_gap"] & df["prev_gap"])

    out = []
    for name, (keys, shown) in SETS.items():
        frame = wx.copy()
        frame["year"] = df["year"]
        keys = [k for k in keys if k in df]
        frame["group"] = df[shown].astype(str).agg("|".join, axis=1) if shown else "all"
        frame["place"] = df[keys].astype(str).agg("|".join, axis=1) if keys else "all"
        g = frame.groupby(["place", "year"]).sum(numeric_only=True).reset_index()
        g["group"] = frame.groupby(["place", "year"])["group"].first().values
        g["any_gap_share"] = g["any_gap"] / (g["any_gap"] + g["no_gap"]).replace(0, np.nan)
        for f in FLAGS:
            g[f + "_gap_share"] = g[f + "_gap"] / g[f + "_known"].replace(0, np.nan)
        before = g[["place", "year", "any_gap", "any_gap_share"]].copy()
        before["year"] += 1
        g = g.merge(before.rename(columns={"any_gap": "prev_any", "any_gap_share": "prev_share"}),
                    on=["place", "year"], how="left")
        g["any_gap_change"] = g["any_gap"] - g["prev_any"]
        g["any_gap_share_change"] = g["any_gap_share"] - g["prev_share"]
        g.insert(0, "set", name)
        out.append(g.drop(columns=["prev_any", "prev_share", "place"]))
    pd.concat(out).to_csv(a.groups, index=False, float_format="%.17g")

    # Years in a row: walk each household's records in year order.
    df = df.sort_values(["household_id", "year"]).reset_index(drop=True)
    runs = np.zeros(len(df), dtype=int)
    for i in range(len(df)):
        if not df.at[i, "is_gap"]:
            continue
        same = i > 0 and df.at[i - 1, "household_id"] == df.at[i, "household_id"]
        runs[i] = runs[i - 1] + 1 if same and df.at[i - 1, "year"] == df.at[i, "year"] - 1 else 1
    df["years_in_a_row"] = runs
    listed = df[df["is_gap"]].copy()
    listed["gaps"] = listed.apply(lambda r: " ".join(f for f in FLAGS if r[f + "_is_gap"]), axis=1)
    listed["unknown_flags"] = listed.apply(lambda r: " ".join(f for f in FLAGS if not r[f + "_is_known"]), axis=1)
    listed["gap_count"] = listed[[f + "_is_gap" for f in FLAGS]].sum(axis=1)
    listed["monitoring_object"] = listed["category"].isin(MONITORED)
    listed = listed.sort_values(["year", "county", "township", "village", "years_in_a_row", "gap_count", "household_id"],
                                ascending=[True, True, True, True, False, False, True], kind="mergesort")
    listed[["year", "household_id", "gaps", "unknown_flags", "years_in_a_row", "monitoring_object"]].to_csv(
        a.list, index=False)


if __name__ == "__main__":
    main()
