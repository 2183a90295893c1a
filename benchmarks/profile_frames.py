"""Profile each lesson's frames (render + the paint that follows), headless, with cProfile.

Prints, per lesson and setting, the median CPU (process) time and wall time of render and of
paint, the paint events per frame by widget class, and cProfile's top functions. A tool for
finding costs, not a benchmark with targets (`make bench` is that).
Run: python -m benchmarks.profile_frames [lesson ...]
"""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import sys
import time
from collections import Counter

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

FRAMES = 40


class PaintCounter(QObject):
    """Counts paint events by the painted widget's class (an application-wide event filter)."""

    def __init__(self) -> None:
        super().__init__()
        self.counts: Counter[str] = Counter()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.counts[type(obj).__name__] += 1
        return False


def settings(window, key: str, largest: bool) -> None:
    """Put lesson `key` at its default or its largest settings."""
    lesson = window.lessons[key]
    if key == "deep-network":  # issue 18's setting ([2, 16, 16, 16, 1], m = 400), or 8 x 32
        from benchmarks.deep_frames import CONFIG

        lesson.load_experiment("")
        hidden = (32,) * 8 if largest else CONFIG.hidden_layers
        lesson.apply_changes(dataset=CONFIG.dataset, m=CONFIG.m, hidden_layers=hidden)
    if not largest:
        return
    if key == "shallow-network":
        lesson.apply_changes(n_h=50, m=2000)
    elif key == "zero-init":
        lesson.engine.apply_config(lesson.engine.config.changed(n_h=10, m=2000))
        lesson.changed.emit()


def _frame(lesson, app, clock) -> tuple[float, float]:
    """One frame as the controller makes it: train a little, snapshot and render, let Qt paint;
    (snapshot + render, paint)."""
    engine = lesson.engine
    engine.step(10)
    start = clock()  # the snapshot counts: core computes the maps there, as the timer's budget counts it
    lesson.render(getattr(engine, "live_snapshot", engine.snapshot)())  # as the running timer takes it
    middle = clock()
    app.processEvents()  # the scene's queued updates, then the window's paint
    app.processEvents()
    return middle - start, clock() - middle


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2] * 1000


def profile(window, app, key: str, largest: bool, top: int) -> str:
    lesson = window.open_lesson(key)
    settings(window, key, largest)
    controller = window.controller
    for _ in range(5):  # warm up: layouts, caches, first paints
        lesson.engine.step(10)
        controller.refresh()
        app.processEvents()
    lesson.live = True  # as while running: a lesson may draw its slow parts less often
    # first without the profiler: CPU time (holds on a shared machine) and wall time
    cpu = [_frame(lesson, app, time.process_time) for _ in range(FRAMES)]
    wall = [_frame(lesson, app, time.perf_counter) for _ in range(FRAMES)]
    counter = PaintCounter()
    profiler = cProfile.Profile()
    app.installEventFilter(counter)
    for _ in range(FRAMES):
        profiler.enable()
        _frame(lesson, app, time.perf_counter)
        profiler.disable()
    app.removeEventFilter(counter)
    lesson.live = False
    out = io.StringIO()
    label = f"{key} ({'largest' if largest else 'default'})"
    renders, paints, frames = ([r for r, _ in cpu], [p for _, p in cpu], [r + p for r, p in cpu])
    out.write(
        f"== {label}: CPU render {_median(renders):.1f} ms, paint {_median(paints):.1f} ms, "
        f"frame {_median(frames):.1f} ms; wall render {_median([r for r, _ in wall]):.1f} ms, "
        f"paint {_median([p for _, p in wall]):.1f} ms (medians of {FRAMES}, no profiler)\n"
    )
    per_frame = ", ".join(f"{k} {v / FRAMES:.1f}" for k, v in counter.counts.most_common())
    out.write(f"paint events per frame: {per_frame}\n")
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    return out.getvalue()


def main(argv: list[str]) -> int:
    from visualizer.app import configure_pyqtgraph
    from visualizer.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    configure_pyqtgraph()
    window = MainWindow()
    window.resize(1440, 900)
    window.show()
    keys = [a for a in argv if not a.startswith("-")] or list(window.lessons)
    top = 25
    for key in keys:
        for largest in (False, True) if key in ("shallow-network", "zero-init", "deep-network") else (False,):
            print(profile(window, app, key, largest, top), flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
