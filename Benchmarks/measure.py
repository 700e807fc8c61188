"""Run a command as a subprocess and measure its wall time and peak memory.

Shared by the benchmark scripts of this folder. Peak memory is the child's maximum resident
set size as the kernel reports it through os.wait4 (Linux: ru_maxrss in KiB).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from dataclasses import dataclass


@dataclass
class Measurement:
    """One run: wall seconds, peak resident memory in bytes, exit status and standard output."""

    seconds: float
    peak_rss: int
    returncode: int
    stdout: str


def run(command: list[str], capture: bool = False, env: dict[str, str] | None = None) -> Measurement:
    """Runs `command`, waits with os.wait4, and returns its measurement.

    Standard error is inherited; standard output is captured when `capture`, else discarded.
    """
    start = time.perf_counter()
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
        env=env,
        text=True,
    )
    output = process.stdout.read() if capture else ""
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return Measurement(seconds, usage.ru_maxrss * 1024, process.returncode, output)


def median_run(command: list[str], repeat: int, capture: bool = False) -> list[Measurement]:
    """Runs `command` `repeat` times; fails loudly if any run fails."""
    runs = []
    for _ in range(repeat):
        measurement = run(command, capture=capture)
        if measurement.returncode != 0:
            raise SystemExit(f"{command[0]} exited with {measurement.returncode}")
        runs.append(measurement)
    return runs


def median(values: list[float]) -> float:
    """The median of `values`."""
    return statistics.median(values)
