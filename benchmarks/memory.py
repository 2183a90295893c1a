"""Memory: the shallow-network lesson running 1,000,000 steps headless stays flat after 10,000."""

from __future__ import annotations

import os
import subprocess
import sys

from benchmarks.stats import Figure

STEPS = 1_000_000
CHUNK = 400  # steps per frame, about what the controller's 8 ms budget runs

PROBE = r"""
import os, resource
from PySide6.QtWidgets import QApplication
app = QApplication([])
from visualizer.app import configure_pyqtgraph
configure_pyqtgraph()
from visualizer.main_window import MainWindow
w = MainWindow(); w.resize(1440, 900); w.show()
lesson = w.open_lesson("shallow-network")
def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
marks = {}
step = 0
while step < STEPS:
    lesson.engine.step(CHUNK)
    step += CHUNK
    w.controller.refresh(); app.processEvents()   # one frame, as the timer would draw it
    if step in (10_000, 100_000, STEPS):
        marks[step] = rss_mb()
print(" ".join(f"{k}:{v:.1f}" for k, v in marks.items()))
"""


def run(times: int = 1) -> list[Figure]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    code = PROBE.replace("STEPS", str(STEPS)).replace("CHUNK", str(CHUNK))
    figures = []
    growths, finals = [], []
    for _ in range(times):
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                             check=True, timeout=1800)  # fmt: skip
        marks = dict(item.split(":") for item in out.stdout.split())
        base, final = float(marks["10000"]), float(marks[str(STEPS)])
        growths.append(final - base)
        finals.append(final)
    figures.append(
        Figure(
            "RSS growth, 10k -> 1M steps (shallow lesson, rendering)",
            sorted(growths)[len(growths) // 2],
            min(growths),
            max(growths),
            "MB",
            "<= 20 MB",
        )
    )
    figures.append(
        Figure("RSS after 1M steps", sorted(finals)[len(finals) // 2], min(finals), max(finals), "MB")
    )
    return figures  # fmt: skip
