"""Frames while training, headless: frames/s, frame-interval p50/p95, render time, steps/s."""

from __future__ import annotations

import time

import numpy as np

from benchmarks.stats import Figure

SECONDS = 4.0
LESSONS = ("shallow-network", "gradient-descent", "zero-init")


def _measure(window, key: str, app) -> dict[str, float]:
    lesson = window.open_lesson(key)
    controller = window.controller
    controller.reset()
    stamps: list[float] = []
    render_times: list[float] = []
    render = lesson.render

    def timed_render(snapshot):
        start = time.perf_counter()
        render(snapshot)
        render_times.append(time.perf_counter() - start)
        stamps.append(time.perf_counter())

    lesson.render = timed_render
    engine = controller.engine
    steps_before = engine.snapshot().step
    controller.run()
    start = time.perf_counter()
    while time.perf_counter() - start < SECONDS:
        app.processEvents()
        time.sleep(0.0005)
    controller.pause()
    elapsed = time.perf_counter() - start
    del lesson.render
    intervals = np.diff(stamps) * 1000
    return {
        "fps": len(stamps) / elapsed,
        "p50": float(np.percentile(intervals, 50)),
        "p95": float(np.percentile(intervals, 95)),
        "render": float(np.median(render_times)) * 1000,
        "steps": (engine.snapshot().step - steps_before) / elapsed,
    }


def run(times: int = 3) -> list[Figure]:
    from PySide6.QtWidgets import QApplication

    from visualizer.app import configure_pyqtgraph
    from visualizer.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    configure_pyqtgraph()
    window = MainWindow()
    window.resize(1440, 900)
    window.show()
    figures = []
    for key in (k for k in LESSONS if k in window.lessons):
        runs = [_measure(window, key, app) for _ in range(times)]

        def fig(name, field, unit, target="", runs=runs, key=key):
            values = [r[field] for r in runs]
            return Figure(f"{key}: {name}", float(np.median(values)), min(values), max(values), unit, target)

        figures += [
            fig("frames/s", "fps", "/s", ">= 50" if key == "shallow-network" else ""),
            fig("frame interval p50", "p50", "ms"),
            fig("frame interval p95", "p95", "ms"),
            fig("render time per frame (median)", "render", "ms"),
            fig(
                "training steps/s while rendering",
                "steps",
                "/s",
                ">= 10,000" if key == "shallow-network" else "",
            ),
        ]
    window.close()
    return figures
