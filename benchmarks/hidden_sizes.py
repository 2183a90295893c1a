"""The course's experiment: how long the hidden-layer-size lesson takes to reach iteration 5,000."""

from __future__ import annotations

import time

from benchmarks.frames import attach_worker, detach_worker, settle, standalone_rate
from benchmarks.stats import Figure

TARGET = 5000
LIMIT_S = 120.0


def _seconds_to_target(window, app) -> float:
    lesson = window.open_lesson("hidden-sizes")
    controller = window.controller
    controller.set_speed(1.0)
    controller.reset()
    trainers = lesson.engine.trainers
    controller.run()
    start = time.perf_counter()
    while max(t.step_count for t in trainers) < TARGET and time.perf_counter() - start < LIMIT_S:
        app.processEvents()
        time.sleep(0.0005)
    elapsed = time.perf_counter() - start
    controller.pause()
    return elapsed if max(t.step_count for t in trainers) >= TARGET else float("inf")


def run(times: int = 3) -> list[Figure]:
    from PySide6.QtWidgets import QApplication

    from visualizer.app import configure_pyqtgraph
    from visualizer.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    configure_pyqtgraph()
    window = MainWindow()
    window.resize(1440, 900)
    window.show()
    settle(window, app)
    worker = attach_worker(window)
    values, alone = [], []
    for _ in range(times):  # interleaved: both see the same load
        alone.append(TARGET / standalone_rate(window.open_lesson("hidden-sizes").engine))
        values.append(_seconds_to_target(window, app))
    detach_worker(window, worker)
    window.close()

    def fig(name, v, target=""):
        return Figure(name, sorted(v)[len(v) // 2], min(v), max(v), "s", target)

    return [
        fig("hidden-sizes: seconds to iteration 5,000 at speed 1", values, "<= 15 s"),
        fig("hidden-sizes: seconds the engine alone needs for 5,000", alone),
    ]
