"""Start-up: from process start to the first painted window, as a user launching it would see.

The program (`--startup-probe`) says 'first-paint' once its first paint pass is over: the window
and the open lesson's plots and panels in it, not only the window's own paint event (which comes
before its children's).

A user's second launch finds the program's bytecode compiled (pip compiles it on install) and its
files in the disk cache. Here PYTHONDONTWRITEBYTECODE may be set (it is on the shared build
machine): every launch would compile the project's ~100 modules again, so the benchmark gives
Python a bytecode cache of its own (PYTHONPYCACHEPREFIX, outside the source tree) and warms it once.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

from benchmarks.stats import Figure

_PYCACHE = os.path.join(tempfile.gettempdir(), "nn-visualizer-bench-pycache")


def bytecode_env() -> dict[str, str]:
    """The environment for a launched program: bytecode cached in a folder of the benchmark's."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = _PYCACHE
    return env


def load_average() -> float:
    """The 1-minute load average (NaN where there is none): wall times stretch with it."""
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


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
    env = {**bytecode_env(), "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
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
    _first_paint_seconds()  # warm the file and bytecode caches, as a second launch would find them
    loads = [load_average()]
    runs = []
    for _ in range(times):
        runs.append(_first_paint_seconds())
        loads.append(load_average())
    return [
        _figure("start-up to first painted window", [r[0] for r in runs], "<= 0.8 s"),
        _figure("  its CPU time (a busy machine stretches wall time more)", [r[1] for r in runs]),
        _figure("  load average (1 min) during the launches", loads, unit=""),
    ]


def _figure(name: str, values: list[float], target: str = "", unit: str = "s") -> Figure:
    return Figure(name, statistics.median(values), min(values), max(values), unit, target)
