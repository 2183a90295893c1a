"""Repeat a measurement and summarize it as a median with its spread; describe the machine."""

from __future__ import annotations

import os
import platform
import statistics
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """One benchmark line: median of repeats, min..max spread, unit and the target it serves."""

    name: str
    median: float
    low: float
    high: float
    unit: str
    target: str = ""

    def row(self) -> str:
        spread = f"{_num(self.low)} – {_num(self.high)}"
        return f"| {self.name} | {_num(self.median)} {self.unit} | {spread} | {self.target} |"


def _num(v: float) -> str:
    return f"{v:,.0f}" if abs(v) >= 1000 else f"{v:.3g}"


def repeat(name: str, measure: Callable[[], float], times: int, unit: str, target: str = "") -> Figure:
    values = [measure() for _ in range(times)]
    return Figure(name, statistics.median(values), min(values), max(values), unit, target)


def machine() -> str:
    cpu = platform.processor() or "unknown cpu"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    import numpy
    import pyqtgraph
    import PySide6

    return (
        f"{cpu}, {os.cpu_count()} cores; Python {platform.python_version()}, numpy {numpy.__version__}, "
        f"PySide6 {PySide6.__version__}, pyqtgraph {pyqtgraph.__version__}, {platform.system()}"
    )


def cpu_ticks() -> tuple[int, int] | None:
    """(stolen, all) clock ticks of every CPU so far, from /proc/stat's first line (None off Linux).

    Steal is the time a virtual machine's CPUs were ready to run but the host ran something
    else: on this machine it reached a fifth of the time the bench kept a core busy, and every
    frames/s figure falls with it, whatever the program does. The frames benchmark reports it."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            fields = [int(v) for v in f.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    # user nice system idle iowait irq softirq steal (guest time is inside user)
    return (fields[7], sum(fields[:8])) if len(fields) >= 8 else None


def steal_share(before: tuple[int, int] | None, after: tuple[int, int] | None) -> float:
    """The share of all CPU time the host stole between two cpu_ticks() (nan when unknown)."""
    if before is None or after is None or after[1] <= before[1]:
        return float("nan")
    return (after[0] - before[0]) / (after[1] - before[1])


def table(figures: list[Figure]) -> str:
    lines = ["| benchmark | median | spread (min – max) | target |", "|---|---|---|---|"]
    return "\n".join(lines + [f.row() for f in figures])
