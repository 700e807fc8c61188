#!/usr/bin/env python3
"""Peer for SPEC §3.3 (employment) in DuckDB SQL, by township: the same work as
`ruralstat employment --workers W --by township --format csv`, written independently.

Columns and definitions are those of ../shared/peers/pandas_employment.py with `--sets township`
(checked against it cell by cell by Benchmarks/scale.py --check-employment-peer): household sums
weighted by w (the weight column, or 1), `persistent` over households employed in t−1 and t,
changes against the same township's year t−1, and with the workers file the worker-level
counts (unweighted, membership by the worker's household record of the same year).

    pip install duckdb
    python3 Benchmarks/duckdb_employment.py households.csv workers.csv [--out F.csv] [--stable-months 6]

Prints the row count and the seconds spent inside DuckDB to standard error.
"""
import argparse
import csv
import sys
import time

import duckdb

LOCATIONS = ["county", "province", "out_of_province"]
JOB_TYPES = ["enterprise", "public_welfare", "workshop", "self_employed", "other"]

QUERY = """
WITH hp AS (SELECT c.*, p.emp AS emp_p FROM h c LEFT JOIN h p ON p.id = c.id AND p.year = c.year - 1),
g AS (SELECT year, township, sum(w) AS households, sum(w * lab) AS labor, sum(w * emp) AS workers,
        sum(w * (lab >= 1 AND emp = 0)::INT) AS zero_employment,
        sum(w * (lab >= 1)::INT) AS households_with_labor,
        sum(w * (lab >= 1 AND emp >= 1)::INT) AS covered,
        sum(w * coalesce(emp_p >= 1 AND emp >= 1, false)::INT) AS persistent,
        sum(w * months) AS months, sum(w * wage) AS wage, sum(w * gross) AS gross,
        sum(w * oop) AS out_of_province_workers, sum(w * pw) AS public_welfare_jobs
      FROM hp GROUP BY ALL),
m AS (SELECT *, covered / households_with_labor AS coverage_share, workers / labor AS employment_rate,
        months / workers AS mean_months_per_worker, wage / gross AS wage_share FROM g),
wa AS (SELECT h.year, h.township, count(*) AS worker_rows,
         count(*) FILTER (WHERE k.months >= {stable}) AS stable_workers,
         {location_counts}, {job_counts}
       FROM k JOIN h ON h.id = k.id AND h.year = k.year GROUP BY ALL)
SELECT m.year, 'township' AS group_by, m.township AS "group", m.households, m.labor, m.workers,
       m.workers - p.workers AS workers_change, m.zero_employment, m.households_with_labor, m.covered,
       m.persistent, m.out_of_province_workers, m.public_welfare_jobs, m.coverage_share,
       m.employment_rate, m.mean_months_per_worker, m.wage_share,
       m.wage_share - p.wage_share AS wage_share_change,
       wa.* EXCLUDE (year, township), wa.stable_workers / wa.worker_rows AS stable_share
FROM m LEFT JOIN m p ON p.township IS NOT DISTINCT FROM m.township AND p.year = m.year - 1
  LEFT JOIN wa ON wa.year = m.year AND wa.township IS NOT DISTINCT FROM m.township
ORDER BY m.year, m.township
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("households")
    ap.add_argument("workers")
    ap.add_argument("--out")
    ap.add_argument("--stable-months", type=float, default=6.0)
    a = ap.parse_args()
    header = open(a.households, encoding="utf-8-sig").readline().strip().split(",")
    weight = "coalesce(weight, 1.0)" if "weight" in header else "1.0"
    t = time.perf_counter()
    con = duckdb.connect()
    con.execute(f"""
        CREATE TEMP TABLE h AS SELECT household_id AS id, year, township, {weight} AS w,
          labor_count::DOUBLE AS lab, employed_count::DOUBLE AS emp, employed_months::DOUBLE AS months,
          wage_income::DOUBLE AS wage,
          (wage_income + operating_income + property_income + transfer_income)::DOUBLE AS gross,
          out_of_province_count::DOUBLE AS oop, public_welfare_jobs::DOUBLE AS pw
        FROM read_csv(?, header = true)""", [a.households])
    con.execute("""
        CREATE TEMP TABLE k AS SELECT household_id AS id, year, months_employed::DOUBLE AS months,
          location, job_type FROM read_csv(?, header = true)""", [a.workers])
    query = QUERY.format(
        stable=a.stable_months,
        location_counts=", ".join(f"count(*) FILTER (WHERE location = '{c}') AS location_{c}" for c in LOCATIONS),
        job_counts=", ".join(f"count(*) FILTER (WHERE job_type = '{c}') AS job_type_{c}" for c in JOB_TYPES))
    rows = con.execute(query).fetchall()
    print(len(rows), round(time.perf_counter() - t, 3), file=sys.stderr)
    if a.out:
        with open(a.out, "w", newline="") as fh:
            out = csv.writer(fh)
            out.writerow([d[0] for d in con.description])
            out.writerows(rows)


if __name__ == "__main__":
    main()
