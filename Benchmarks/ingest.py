"""Reading and validating a households file: `ruralstat validate` against polars.read_csv.

Usage: python3 Benchmarks/ingest.py FILE [--repeat 3] [--no-build]

Builds `ruralstat` in release mode, then in the same run, alternating, times
  - polars: `polars.read_csv(FILE, infer_schema_length=10000)` in a fresh Python process; the
    read_csv call itself is timed inside the process (interpreter start and `import polars`
    excluded), and the process's peak RSS is measured;
  - ours: `ruralstat validate --households FILE --format json > /dev/null`, the whole
    process: start, reading, every SPEC §2 rule, the summary and its warnings, and the JSON.
Prints medians and the two figures of the bar: speed ratio = polars read_csv seconds / our
seconds (at least 1 passes) and our peak RSS / file size (under 1.5 passes).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import measure  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
POLARS = (
    "import sys, time\n"
    "import polars as pl\n"
    "start = time.perf_counter()\n"
    "frame = pl.read_csv(sys.argv[1], infer_schema_length=10000)\n"
    "print(time.perf_counter() - start, frame.height)\n"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-build", action="store_true", help="use the existing .build/release/ruralstat")
    args = parser.parse_args()
    if not args.file.is_file():
        raise SystemExit(f"no such file: {args.file}")
    if not args.no_build:
        subprocess.run([str(ROOT / "scripts/build-release.sh")], cwd=ROOT, check=True,
                       stdout=sys.stderr)
    ours_command = [str(ROOT / ".build/release/ruralstat"), "validate", "--households", str(args.file),
                    "--format", "json"]
    polars_command = [sys.executable, "-c", POLARS, str(args.file)]

    polars_runs, ours_runs = [], []
    for _ in range(args.repeat):
        polars_runs += measure.median_run(polars_command, 1, capture=True)
        ours_runs += measure.median_run(ours_command, 1)
    read_seconds = measure.median([float(run.stdout.split()[0]) for run in polars_runs])
    polars_wall = measure.median([run.seconds for run in polars_runs])
    polars_rss = measure.median([run.peak_rss for run in polars_runs])
    ours_wall = measure.median([run.seconds for run in ours_runs])
    ours_rss = measure.median([run.peak_rss for run in ours_runs])
    size = os.path.getsize(args.file)
    rows = polars_runs[0].stdout.split()[1]

    print(f"file: {args.file} ({size / 1e6:.1f} MB, {rows} rows), median of {args.repeat}, {os.cpu_count()} cores")
    print(f"polars.read_csv:     {read_seconds:6.3f} s in read_csv ({polars_wall:.3f} s whole process), "
          f"peak RSS {polars_rss / 1e6:6.1f} MB")
    print(f"ruralstat validate:  {ours_wall:6.3f} s whole process, peak RSS {ours_rss / 1e6:6.1f} MB")
    ratio = read_seconds / ours_wall
    memory = ours_rss / size
    print(f"speed ratio (polars read_csv / ours): {ratio:.2f}  {'PASS' if ratio >= 1 else 'FAIL'} (bar: >= 1)")
    print(f"memory (our peak RSS / file size):    {memory:.2f}  {'PASS' if memory < 1.5 else 'FAIL'} (bar: < 1.5)")


if __name__ == "__main__":
    main()
