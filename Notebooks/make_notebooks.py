#!/usr/bin/env python3
"""Writes the notebooks of this folder from their cell sources (kept here so a review reads
plain Python, not JSON). Run it after editing, then `../scripts/run-notebooks.sh` to execute."""
import nbformat as nbf

RUN = '''import json, os, subprocess
from pathlib import Path

ROOT = Path.cwd().parent if Path.cwd().name == "Notebooks" else Path.cwd()
RURALSTAT = os.environ.get("RURALSTAT_BIN", str(ROOT / ".build" / "debug" / "ruralstat"))

def ruralstat(*args):
    """Runs the ruralstat command and returns its standard output (JSON commands: parsed)."""
    out = subprocess.run([RURALSTAT, *args], check=True, capture_output=True, text=True).stdout
    return json.loads(out) if "json" in args else out
'''


def income_notebook():
    nb = nbf.v4.new_notebook()
    nb.cells = [
        nbf.v4.new_markdown_cell("""# Income growth against Wenshan's targets, on the bundled sample

This notebook runs `ruralstat income` on the bundled sample (`Datasets/sample`, made by
`ruralstat synth`, seed 20240601), reads its JSON into pandas, draws per-capita net income
(人均纯收入) and its growth by household category against the Wenshan plan's 12% a year, and
checks every number against an independent pandas implementation of SPEC §3
(`../shared/peers/pandas_income.py`)."""),
        nbf.v4.new_code_cell(RUN),
        nbf.v4.new_code_cell('''import pandas as pd

report = ruralstat("income", "--by", "category", "--preset", "wenshan-2022", "--format", "json")
income = pd.DataFrame(report["rows"])
income[["year", "category", "households", "persons", "pci", "growth", "median", "gini", "fgt0", "wage_share"]].round(4)'''),
        nbf.v4.new_code_cell('''import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4))
for category, rows in income.groupby("category"):
    left.plot(rows.year, rows.pci, marker="o", label=category)
    right.plot(rows.year, rows.growth * 100, marker="o", label=category)
left.axhline(20000, color="grey", linestyle="--", linewidth=1)
left.set(title="Per-capita net income (yuan)", xlabel="year")
right.axhline(12, color="grey", linestyle="--", linewidth=1)
right.set(title="Growth, balanced panel (%)", xlabel="year")
for axis in (left, right):
    axis.set_xticks(sorted(income.year.unique()))
left.legend(fontsize=8)
fig.tight_layout()
fig.savefig("income-by-category.png", dpi=80)
plt.close(fig)
print("saved income-by-category.png")'''),
        nbf.v4.new_markdown_cell("""![income by category](income-by-category.png)

## Are we on plan?

`ruralstat targets check` judges every target of the plan, whichever analysis owns its metric: the
level where the plan means it (county totals once per county, rates in each group), the plan's
population (脱贫人口及"三类对象" are all four categories), the plan's years. The plan table says
what each target reads and whether it could be judged."""),
        nbf.v4.new_code_cell('''check = ruralstat("targets", "check", "--preset", "wenshan-2022", "--by", "category", "--format", "json")
plan = pd.DataFrame(check["plan"])
plan[["id", "kind", "metric", "level", "population", "years", "rows", "met", "status", "source"]]'''),
        nbf.v4.new_code_cell('''judged = pd.DataFrame(check["targets"])
judged[["id", "level", "category", "year", "value", "threshold", "met", "gap", "required_growth", "growth", "on_track"]].round(4)'''),
        nbf.v4.new_markdown_cell("""A level target is met only when PCI reaches the level; before the target year `on_track` says
whether this year's growth (the `growth` column, the same balanced growth as the income table)
reached the growth needed each year from now (`required_growth`). Both can be checked by hand:"""),
        nbf.v4.new_code_cell('''levels = judged[(judged.kind == "level") & judged.required_growth.notna()]
for row in levels.itertuples():
    years_left = 2024 - row.year
    needed = (row.threshold / row.value) ** (1 / years_left) - 1
    assert abs(needed - row.required_growth) < 1e-12
    assert (row.on_track is None) or pd.isna(row.growth) or (row.on_track == (row.growth >= row.required_growth))
print(f"{len(levels)} level rows: growth needed and on_track recomputed by hand")'''),
        nbf.v4.new_markdown_cell("## Independent check\n\nThe pandas peer computes the same definitions its own way; every number must agree to 1e-9."),
        nbf.v4.new_code_cell('''import sys, tempfile

peer_out = Path(tempfile.mkdtemp()) / "peer.csv"
subprocess.run([sys.executable, str(ROOT.parent / "shared" / "peers" / "pandas_income.py"),
                str(ROOT / "Datasets" / "sample" / "households.csv"), "--sets", "category", "--out", str(peer_out)],
               check=True, capture_output=True)
peer = pd.read_csv(peer_out)
ours = income.rename(columns={"category": "group"}).set_index(["year", "group"]).sort_index()
peer = peer.set_index(["year", "group"]).sort_index()
pairs = {"pci": "pci", "pci_prev": "pci_prev_balanced", "growth": "growth_balanced", "median": "median_pci",
         "gini": "gini", "fgt0": "fgt0", "fgt1": "fgt1", "fgt2": "fgt2", "wage_share": "wage_share", "persons": "persons"}
worst = max(((ours[a] - peer[b]).abs() / peer[b].abs().clip(lower=1e-300)).max() for a, b in pairs.items())
print(f"largest relative difference: {worst:.2e}")
assert worst < 1e-9'''),
    ]
    return nb


def risk_notebook():
    nb = nbf.v4.new_notebook()
    nb.cells = [
        nbf.v4.new_markdown_cell("""# Who to visit first: the risk watchlist and how far to trust it

Field staff can visit only the top of a list, so what counts is how good the top is, judged on
what happened the next year. This notebook draws the watchlist from `ruralstat risk` on the
bundled sample, counts the risk levels by township, reads the out-of-time back-test
(`--evaluate`), and recomputes one of its figures — the ROC AUC of the 2023 scores against what
happened in 2024 — independently with pandas."""),
        nbf.v4.new_code_cell(RUN),
        nbf.v4.new_code_cell('''import pandas as pd

watch = ruralstat("risk", "--top", "3", "--by", "township", "--format", "json")
pd.DataFrame(watch["rows"])[["township", "village", "household_id", "category", "pci", "score", "level", "reasons"]]'''),
        nbf.v4.new_code_cell('''import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

every = pd.DataFrame(ruralstat("risk", "--format", "json")["rows"])
levels = pd.crosstab(every.township, every.level).reindex(columns=["high", "medium", "low"], fill_value=0)
ax = levels.plot.bar(stacked=True, figsize=(8, 3.5), color=["#b2182b", "#ef8a62", "#d9d9d9"])
ax.set(title=f"Risk levels by township, {watch['year']}", xlabel="", ylabel="households")
plt.xticks(rotation=0, fontfamily=["Noto Sans CJK SC", "WenQuanYi Micro Hei", "DejaVu Sans"])
plt.tight_layout()
plt.savefig("risk-levels.png", dpi=80)
plt.close()
levels'''),
        nbf.v4.new_markdown_cell("""![risk levels](risk-levels.png)

## The back-test

For each year with a following year, the model is fitted on the transitions up to it, its
households are scored, and the scores are compared with the next year's outcome: below the line
or a drop of 30% or more (`either`). Precision in the top 10% is what a field team visiting a
tenth of the households would find; the base rate is what visiting at random would."""),
        nbf.v4.new_code_cell('''backtest = ruralstat("risk", "--evaluate", "--format", "json")
rows = pd.DataFrame(backtest["rows"])
either = rows[rows.event == "either"].pivot(index="method", columns="year", values="precision_top10")
either["base rate"] = None
base = rows[(rows.event == "either") & (rows.method == "score")].set_index("year").base_rate
summary = rows[rows.event == "either"].groupby("method")[["roc_auc", "precision_top10"]].mean().sort_values("roc_auc", ascending=False)
summary.assign(lift=summary.precision_top10 / base.mean()).round(3)'''),
        nbf.v4.new_code_cell('''calibration = pd.DataFrame(backtest["calibration"])
score = calibration[(calibration.method == "score") & (calibration.event == "either")]
fig, ax = plt.subplots(figsize=(4, 4))
ax.plot([0, score.predicted.max()], [0, score.predicted.max()], color="grey", linestyle="--", linewidth=1)
ax.plot(score.predicted, score.observed, marker="o")
ax.set(title="Calibration of the score (deciles)", xlabel="predicted", ylabel="observed")
fig.tight_layout()
fig.savefig("risk-calibration.png", dpi=80)
plt.close(fig)
score[["decile", "households", "predicted", "observed"]].round(4)'''),
        nbf.v4.new_markdown_cell("""![calibration](risk-calibration.png)

## Independent check

`risk --year 2023` fits the same model as the back-test's 2023 fold. The outcome is recomputed
here from the households file alone (pci = (wage + operating + property + transfer − expense) /
size; below the 2024 line, or a fall of 30% or more from a positive 2023 pci), and the ROC AUC
as the Mann–Whitney statistic of the scores' ranks. It must equal the back-test's."""),
        nbf.v4.new_code_cell('''scored = ruralstat("risk", "--year", "2023", "--format", "json")
h = pd.read_csv(ROOT / "Datasets" / "sample" / "households.csv")
h["pci"] = (h.wage_income + h.operating_income + h.property_income + h.transfer_income - h.production_expense) / h.household_size
line_2024 = scored["lines"]["2024"]
now = h[h.year == 2023].set_index("household_id").pci
after = h[h.year == 2024].set_index("household_id").pci
s = pd.DataFrame(scored["rows"]).set_index("household_id")
s = s[s.index.isin(after.index)]
later, before = after.reindex(s.index), now.reindex(s.index)
event = (later < line_2024) | ((before > 0) & (later / before - 1 <= -0.30))
ranks = s.score.rank()
positives, negatives = event.sum(), (~event).sum()
auc = (ranks[event].sum() - positives * (positives + 1) / 2) / (positives * negatives)
theirs = rows[(rows.year == "2023") & (rows.event == "either") & (rows.method == "score")].iloc[0]
print(f"pandas AUC {auc:.12f}, ruralstat back-test {theirs.roc_auc:.12f}; events {positives} vs {theirs.events}")
assert abs(auc - theirs.roc_auc) < 1e-12 and positives == theirs.events'''),
    ]
    return nb


def forecast_notebook():
    nb = nbf.v4.new_notebook()
    nb.cells = [
        nbf.v4.new_markdown_cell("""# Next year's income, with intervals checked on the past

`ruralstat forecast` fits a household model on the panel's own year-to-year transitions and
simulates each household's next incomes, with a spread of its own and shocks common to a
township; the group forecasts and their 90% intervals come from the simulated households. Before
trusting them, the back-test re-runs the forecast from each past year and counts how often the
interval held what happened. The naive benchmark (next year = this year) is recomputed here with
pandas from the income table."""),
        nbf.v4.new_code_cell(RUN),
        nbf.v4.new_code_cell('''import pandas as pd

income = pd.DataFrame(ruralstat("income", "--by", "category", "--format", "json")["rows"])
forecast = ruralstat("forecast", "--by", "category", "--horizon", "2", "--preset", "wenshan-2022", "--format", "json")
fc = pd.DataFrame(forecast["forecast"])
fc[["category", "year", "pci", "lower", "upper", "level", "target_id", "target", "p_meet"]].round(3)'''),
        nbf.v4.new_code_cell('''import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(8, 4))
for category, past in income.groupby("category"):
    line, = ax.plot(past.year, past.pci, marker="o", label=category)
    ahead = fc[fc.category == category].drop_duplicates("year")
    years = [past.year.max()] + list(ahead.year)
    ax.plot(years, [past.pci.iloc[-1]] + list(ahead.pci), linestyle="--", color=line.get_color())
    ax.fill_between(ahead.year, ahead.lower, ahead.upper, color=line.get_color(), alpha=0.2)
ax.set(title="PCI by category and its forecast (90% intervals)", xlabel="year", ylabel="yuan")
ax.legend(fontsize=8)
fig.tight_layout()
fig.savefig("forecast-fan.png", dpi=80)
plt.close(fig)
print("saved forecast-fan.png")'''),
        nbf.v4.new_markdown_cell("""![forecast](forecast-fan.png)

## The back-test

From each origin year the model is refitted on what was known then and its forecasts compared
with what happened: MAPE against the naive forecasts (last year's level; last year's growth
continued), and the share of 90% intervals that held the outcome — for the county and for single
households."""),
        nbf.v4.new_code_cell('''backtest = ruralstat("forecast", "--backtest", "--format", "json")
accuracy = pd.DataFrame(backtest["accuracy"])
accuracy[accuracy.group == "all"][["horizon", "cases", "mape", "mape_naive_last", "mape_naive_growth", "coverage"]].round(4)'''),
        nbf.v4.new_code_cell('''pd.DataFrame(backtest["households"]).round(4)'''),
        nbf.v4.new_markdown_cell("""## Independent check

The naive "no change" forecast from origin t for t + h is the PCI at t of the households that
have a record in every year from t to t + h, compared with the same households' PCI at t + h. Its
MAPE over the back-test's origins is recomputed here from the households file with pandas."""),
        nbf.v4.new_code_cell('''h = pd.read_csv(ROOT / "Datasets" / "sample" / "households.csv")
h["net"] = h.wage_income + h.operating_income + h.property_income + h.transfer_income - h.production_expense
wide = h.pivot(index="household_id", columns="year")
for row in accuracy[accuracy.group == "all"].itertuples():
    errors = []
    for target_year in backtest["years"]:
        origin, end = target_year - 1, target_year - 1 + row.horizon
        if end not in wide["net"].columns:
            continue
        kept = wide[wide["net"][list(range(origin, end + 1))].notna().all(axis=1)]
        last = kept["net"][origin].sum() / kept["household_size"][origin].sum()
        actual = kept["net"][end].sum() / kept["household_size"][end].sum()
        errors.append(abs(last - actual) / actual)
    mape = sum(errors) / len(errors)
    print(f"horizon {row.horizon}: {len(errors)} origins, pandas {mape:.12f}, ruralstat {row.mape_naive_last:.12f}")
    assert len(errors) == row.cases and abs(mape - row.mape_naive_last) < 1e-12'''),
    ]
    return nb


def main():
    nbf.write(income_notebook(), "income-targets.ipynb")
    nbf.write(risk_notebook(), "risk-watchlist.ipynb")
    nbf.write(forecast_notebook(), "forecast-backtest.ipynb")


if __name__ == "__main__":
    main()
