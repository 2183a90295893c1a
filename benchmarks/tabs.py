"""Opening a lesson's tab: the first visit (the lesson is built) and later ones, to the first paint.

Each repeat is a fresh program (offscreen, 1440 x 900) whose other lessons' modules have been
imported after its first paint, as they are by the time a user clicks a tab. CPU time (the
process's, all threads) is the primary figure: on a shared machine the wall time stretches with
the load, which the table gives next to it (load average).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys

from benchmarks.startup import bytecode_env, load_average
from benchmarks.stats import Figure

LATER_VISITS = 5  # later visits per program: their median is that program's figure

PROBE = r"""
import statistics, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
app = QApplication([])
from visualizer.app import configure_pyqtgraph
configure_pyqtgraph()
from visualizer.main_window import MainWindow
w = MainWindow(); w.resize(1440, 900); w.show()
start = time.perf_counter()
while (w._to_import or time.perf_counter() - start < 0.3) and time.perf_counter() - start < 30:
    app.processEvents()  # the window's first paint, then the other lessons' imports
key, other, later_visits = sys.argv[1], sys.argv[2], int(sys.argv[3])

class Painted(QObject):
    seen = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.seen = True
        return False

def settle():
    start = time.perf_counter()
    while time.perf_counter() - start < 0.05:
        app.processEvents()

def visit(k):
    page, probe = w._pages[k], Painted()
    page.installEventFilter(probe)
    start, cpu = time.perf_counter(), time.process_time()
    w.tabs.setCurrentWidget(page)  # builds the lesson on its first visit, renders it if stale
    while not probe.seen and time.perf_counter() - start < 30:
        app.processEvents()
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    page.removeEventFilter(probe)
    settle()  # what the lesson builds after its first paint, before the user switches away
    return elapsed, cpu

first = visit(key)
later = []
for _ in range(later_visits):
    visit(other)
    later.append(visit(key))
wall = statistics.median(v[0] for v in later)
cpu = statistics.median(v[1] for v in later)
print(f"{first[0]:.6f} {wall:.6f} {first[1]:.6f} {cpu:.6f}")
"""

ROWS = (("first visit of the tab, to its first paint", "<= 300 ms"), ("later visit of the tab", "<= 50 ms"))


def _visit(key: str, other: str) -> tuple[float, float, float, float]:
    """Wall seconds of the first visit and the median later one, then their CPU seconds."""
    env = {**bytecode_env(), "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    out = subprocess.run([sys.executable, "-c", PROBE, key, other, str(LATER_VISITS)], env=env,
                         capture_output=True, text=True, check=True, timeout=300)  # fmt: skip
    first, later, first_cpu, later_cpu = (float(v) for v in out.stdout.split()[-4:])
    return first, later, first_cpu, later_cpu


def run(times: int = 3) -> list[Figure]:
    from visualizer.lessons import FIRST_LESSON, LESSONS

    keys = [entry.key for entry in LESSONS if entry.key != FIRST_LESSON]  # that one: start-up's
    _visit(keys[0], FIRST_LESSON)  # warms the file and bytecode caches
    figures, loads = [], [load_average()]
    for key in keys:
        visits = [_visit(key, FIRST_LESSON) for _ in range(times)]
        loads.append(load_average())
        for i, (what, target) in enumerate(ROWS):
            figures.append(_figure(f"{key}: {what}, CPU time", [v[i + 2] for v in visits], target))
            figures.append(_figure("  its wall time", [v[i] for v in visits]))
    figures.append(Figure("  load average (1 min) during the tab visits", statistics.median(loads),
                          min(loads), max(loads), ""))  # fmt: skip
    return figures


def _figure(name: str, seconds: list[float], target: str = "") -> Figure:
    ms = [1000 * s for s in seconds]
    return Figure(name, statistics.median(ms), min(ms), max(ms), "ms", target)
