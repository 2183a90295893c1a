"""Opening a lesson's tab: the first visit (the lesson is built) and a later one, to its first paint."""

from __future__ import annotations

import os
import subprocess
import sys

from benchmarks.stats import Figure

PROBE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
app = QApplication([])
from visualizer.app import configure_pyqtgraph
configure_pyqtgraph()
from visualizer.main_window import MainWindow
w = MainWindow(); w.resize(1440, 900); w.show()
for _ in range(20):
    app.processEvents()
key, other = sys.argv[1], sys.argv[2]

class Painted(QObject):
    seen = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.seen = True
        return False

def visit(k):
    page, probe = w._pages[k], Painted()
    page.installEventFilter(probe)
    start, cpu = time.perf_counter(), time.process_time()
    w.tabs.setCurrentWidget(page)  # builds the lesson on its first visit, renders it
    while not probe.seen and time.perf_counter() - start < 30:
        app.processEvents()
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    page.removeEventFilter(probe)
    for _ in range(5):
        app.processEvents()
    return elapsed, cpu

first = visit(key)
visit(other)
later = visit(key)
print(f"{first[0]:.6f} {later[0]:.6f} {first[1]:.6f} {later[1]:.6f}")
"""


ROWS = (("first visit of the tab, to its first paint", "<= 300 ms"), ("later visit of the tab", "<= 50 ms"))


def _visit(key: str, other: str) -> tuple[float, float, float, float]:
    """Wall seconds of the first and a later visit, then their CPU seconds (a busy machine
    stretches the wall time, much less the CPU time)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    out = subprocess.run([sys.executable, "-c", PROBE, key, other], env=env, capture_output=True,
                         text=True, check=True, timeout=300)  # fmt: skip
    first, later, first_cpu, later_cpu = (float(v) for v in out.stdout.split()[-4:])
    return first, later, first_cpu, later_cpu


def run(times: int = 3) -> list[Figure]:
    from visualizer.lessons import FIRST_LESSON, LESSONS

    keys = [entry.key for entry in LESSONS]
    figures = []
    for key in keys:
        if key == FIRST_LESSON:
            continue  # built at start-up (see the start-up figure)
        other = FIRST_LESSON
        visits = [_visit(key, other) for _ in range(times)]
        for i, (what, target) in enumerate(ROWS):
            figures.append(_figure(f"{key}: {what}", [v[i] for v in visits], target))
            figures.append(_figure("  its CPU time", [v[i + 2] for v in visits]))
    return figures


def _figure(name: str, seconds: list[float], target: str = "") -> Figure:
    ms = sorted(1000 * s for s in seconds)
    return Figure(name, ms[len(ms) // 2], ms[0], ms[-1], "ms", target)
