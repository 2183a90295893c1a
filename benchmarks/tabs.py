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
    start = time.perf_counter()
    w.tabs.setCurrentWidget(page)  # builds the lesson on its first visit, renders it
    while not probe.seen and time.perf_counter() - start < 30:
        app.processEvents()
    elapsed = time.perf_counter() - start
    page.removeEventFilter(probe)
    for _ in range(5):
        app.processEvents()
    return elapsed

first = visit(key)
visit(other)
print(f"{first:.6f} {visit(key):.6f}")
"""


def _visit(key: str, other: str) -> tuple[float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    out = subprocess.run([sys.executable, "-c", PROBE, key, other], env=env, capture_output=True,
                         text=True, check=True, timeout=300)  # fmt: skip
    first, later = (float(v) for v in out.stdout.split()[-2:])
    return first, later


def run(times: int = 3) -> list[Figure]:
    from visualizer.lessons import FIRST_LESSON, LESSON_CLASSES

    keys = [cls.key for cls in LESSON_CLASSES]
    figures = []
    for key in keys:
        if key == FIRST_LESSON:
            continue  # built at start-up (see the start-up figure)
        other = FIRST_LESSON
        visits = [_visit(key, other) for _ in range(times)]
        firsts = [1000 * f for f, _ in visits]
        laters = [1000 * later for _, later in visits]
        mid = len(visits) // 2
        figures.append(Figure(f"{key}: first visit of the tab, to its first paint", sorted(firsts)[mid],
                              min(firsts), max(firsts), "ms", "<= 300 ms"))  # fmt: skip
        figures.append(Figure(f"{key}: later visit of the tab", sorted(laters)[mid], min(laters),
                              max(laters), "ms", "<= 50 ms"))  # fmt: skip
    return figures
