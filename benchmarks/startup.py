"""Start-up: from process start to the first painted window, as a user launching it would see."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from benchmarks.stats import Figure, repeat


def _first_paint_seconds() -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "visualizer", "--startup-probe"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)  # fmt: skip
    for line in proc.stdout:
        if line.strip() == "first-paint":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError("the program exited without painting")
    proc.wait(timeout=30)
    return elapsed


def run(times: int = 5) -> list[Figure]:
    _first_paint_seconds()  # warm the file cache, as a second launch would be
    return [repeat("start-up to first painted window", _first_paint_seconds, times, "s", "<= 0.8 s")]
