"""Start-up: from process start to the first painted window, as a user launching it would see."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from benchmarks.stats import Figure


def _cpu_seconds(pid: int) -> float:
    """The process's CPU time so far (Linux /proc; NaN elsewhere)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return float("nan")


def _first_paint_seconds() -> tuple[float, float]:
    """Wall and CPU seconds from launch to the first painted window."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "visualizer", "--startup-probe"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)  # fmt: skip
    for line in proc.stdout:
        if line.strip() == "first-paint":
            elapsed, cpu = time.perf_counter() - start, _cpu_seconds(proc.pid)
            break
    else:
        raise RuntimeError("the program exited without painting")
    proc.wait(timeout=30)
    return elapsed, cpu


def run(times: int = 5) -> list[Figure]:
    _first_paint_seconds()  # warm the file cache, as a second launch would be
    runs = [_first_paint_seconds() for _ in range(times)]
    return [
        _figure("start-up to first painted window", [r[0] for r in runs], "<= 0.8 s"),
        _figure("  its CPU time (a busy machine stretches wall time more)", [r[1] for r in runs]),
    ]


def _figure(name: str, values: list[float], target: str = "") -> Figure:
    return Figure(name, statistics.median(values), min(values), max(values), "s", target)
