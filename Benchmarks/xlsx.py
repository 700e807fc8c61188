"""Reading a households workbook: `ruralstat validate` on .xlsx against the same rows as CSV, and a peer.

Usage: python3 Benchmarks/xlsx.py [--rows 100000] [--repeat 5] [--work /tmp/ruralstat-xlsx-bench] [--no-build]

Builds `ruralstat` in release mode, writes `synth --count C --first-year 2020 --last-year 2024
--seed 1 --weights` (every SPEC §2.1 column) into the work folder (outside the repository), keeps
its first ROWS data rows as households.csv and writes the same rows with xlsxwriter as
households.xlsx (numbers as numbers, text as shared strings, empty cells left out, as Excel
saves them). Then in the same run, alternating, times:
  - ours on the workbook and ours on the CSV: `ruralstat validate --households FILE --format
    json`, the whole process (start, inflating and parsing or scanning, every SPEC §2 rule, the
    JSON);
  - the peer: `pandas.read_excel(FILE, engine="calamine")` (python-calamine, Rust) in a fresh
    Python process, or openpyxl's read-only mode when python-calamine is not installed; the
    read call itself is timed inside the process.
Checks that the three read the same number of rows, and prints medians, peak RSS and the
ratios: ours xlsx / ours csv (the bar: at most 3) and peer / ours on the workbook.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import measure  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TEXT_COLUMNS = {"household_id", "county", "township", "village", "category", "monitored_since"}
CALAMINE = (
    "import sys, time\n"
    "import pandas as pd\n"
    "start = time.perf_counter()\n"
    "frame = pd.read_excel(sys.argv[1], engine='calamine')\n"
    "print(time.perf_counter() - start, len(frame))\n"
)
OPENPYXL = (
    "import sys, time\n"
    "import openpyxl\n"
    "start = time.perf_counter()\n"
    "book = openpyxl.load_workbook(sys.argv[1], read_only=True)\n"
    "rows = sum(1 for row in book.worksheets[0].iter_rows(values_only=True) if any(v is not None for v in row)) - 1\n"
    "print(time.perf_counter() - start, rows)\n"
)


def make_files(binary: Path, work: Path, rows: int) -> tuple[Path, Path]:
    """Writes the synth panel, then its first `rows` data rows as CSV and as a workbook."""
    import xlsxwriter

    work.mkdir(parents=True, exist_ok=True)
    csv_path, xlsx_path = work / f"households-{rows}.csv", work / f"households-{rows}.xlsx"
    if csv_path.is_file() and xlsx_path.is_file():
        return csv_path, xlsx_path
    count = max(1, rows // 5 + rows // 50)
    subprocess.run([str(binary), "synth", "--count", str(count), "--first-year", "2020", "--last-year", "2024",
                    "--seed", "1", "--weights", "--output-dir", str(work / "panel")], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(work / "panel/households.csv", newline="", encoding="utf-8") as source:
        reader = csv.reader(source)
        header = next(reader)
        records = [record for _, record in zip(range(rows), reader)]
    if len(records) < rows:
        raise SystemExit(f"synth gave {len(records)} rows, fewer than {rows}")
    with open(csv_path, "w", newline="", encoding="utf-8") as target:
        writer = csv.writer(target, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(records)
    book = xlsxwriter.Workbook(str(xlsx_path))
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, header)
    is_text = [name in TEXT_COLUMNS for name in header]
    for index, record in enumerate(records, start=1):
        for column, value in enumerate(record):
            if value == "":
                continue
            if is_text[column]:
                sheet.write_string(index, column, value)
            else:
                sheet.write_number(index, column, float(value))
    book.close()
    return csv_path, xlsx_path


def rows_read(run: measure.Measurement) -> int:
    """The rows `validate --format json` read, from its JSON."""
    document = json.loads(run.stdout)
    found = []

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "rows" and isinstance(item, int):
                    found.append(item)
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(document)
    if not found:
        raise SystemExit("validate's JSON names no row count")
    return found[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--work", type=Path, default=Path("/tmp/ruralstat-xlsx-bench"))
    parser.add_argument("--no-build", action="store_true", help="use the existing .build/release/ruralstat")
    parser.add_argument("--make-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    binary = ROOT / ".build/release/ruralstat"
    if args.make_only:
        make_files(binary, args.work, args.rows)
        return
    if not args.no_build:
        subprocess.run([str(ROOT / "scripts/build-release.sh")], cwd=ROOT, check=True, stdout=sys.stderr)
    # The files are made in a process of their own: a child's peak RSS (ru_maxrss) starts
    # from its parent's at fork, and holding the rows for xlsxwriter takes 500 MB.
    subprocess.run([sys.executable, __file__, "--make-only", "--rows", str(args.rows), "--work", str(args.work)], check=True)
    csv_path, xlsx_path = args.work / f"households-{args.rows}.csv", args.work / f"households-{args.rows}.xlsx"
    has_calamine = importlib.util.find_spec("python_calamine") is not None
    peer_name = "pandas.read_excel(engine='calamine')" if has_calamine else "openpyxl read-only"
    peer_command = [sys.executable, "-c", CALAMINE if has_calamine else OPENPYXL, str(xlsx_path)]

    def ours(path: Path) -> list[str]:
        return [str(binary), "validate", "--households", str(path), "--format", "json"]

    runs: dict[str, list[measure.Measurement]] = {"xlsx": [], "csv": [], "peer": []}
    for _ in range(args.repeat):
        runs["xlsx"] += measure.median_run(ours(xlsx_path), 1, capture=True)
        runs["csv"] += measure.median_run(ours(csv_path), 1, capture=True)
        runs["peer"] += measure.median_run(peer_command, 1, capture=True)
    counts = {"xlsx": rows_read(runs["xlsx"][0]), "csv": rows_read(runs["csv"][0]),
              "peer": int(runs["peer"][0].stdout.split()[1])}
    if len(set(counts.values())) != 1 or counts["csv"] != args.rows:
        raise SystemExit(f"row counts disagree: {counts} (expected {args.rows})")

    def wall(name: str) -> float:
        return measure.median([run.seconds for run in runs[name]])

    def spread(name: str) -> str:
        times = sorted(run.seconds for run in runs[name])
        return f"{times[0]:.3f}–{times[-1]:.3f}"

    def rss(name: str) -> float:
        return measure.median([run.peak_rss for run in runs[name]]) / 1e6

    peer_read = measure.median([float(run.stdout.split()[0]) for run in runs["peer"]])
    print(f"{args.rows} rows: {xlsx_path} ({xlsx_path.stat().st_size / 1e6:.1f} MB), "
          f"{csv_path} ({csv_path.stat().st_size / 1e6:.1f} MB); median of {args.repeat}, {os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.1f}")
    print(f"ruralstat validate, xlsx: {wall('xlsx'):6.3f} s ({spread('xlsx')}), peak RSS {rss('xlsx'):6.1f} MB")
    print(f"ruralstat validate, csv:  {wall('csv'):6.3f} s ({spread('csv')}), peak RSS {rss('csv'):6.1f} MB")
    print(f"{peer_name}: {peer_read:6.3f} s in the read ({wall('peer'):.3f} s whole process), "
          f"peak RSS {rss('peer'):6.1f} MB")
    ratio = wall("xlsx") / wall("csv")
    print(f"ours xlsx / ours csv: {ratio:.2f}  {'PASS' if ratio <= 3 else 'FAIL'} (bar: <= 3)")
    print(f"peer read / ours xlsx: {peer_read / wall('xlsx'):.2f} (above 1: ours is faster)")
    print(f"rows read: {counts['xlsx']} (xlsx), {counts['csv']} (csv), {counts['peer']} (peer)")


if __name__ == "__main__":
    main()
