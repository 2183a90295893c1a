"""The deep lesson while training [2, 16, 16, 16, 1] on m = 400 with every view visible: frames/s
and training steps/s, against the engine's own speed measured in the same run (issue 18)."""

from __future__ import annotations

import time

import numpy as np

from benchmarks.frames import _measure, attach_worker, detach_worker, settle
from benchmarks.stats import Figure
from core.deep_run.config import deep_config
from core.deep_run.trainer import DeepLessonTrainer

CONFIG = deep_config(hidden=(16, 16, 16), dataset="circles", m=400)
ENGINE_STEPS = 1500


def engine_rate() -> float:
    """Steps/s of the trainer alone (no snapshot, no window)."""
    trainer = DeepLessonTrainer(CONFIG)
    start = time.perf_counter()
    trainer.step(ENGINE_STEPS)
    return ENGINE_STEPS / (time.perf_counter() - start)


def cpu_per_frame(window, app, seconds: float = 3.0) -> tuple[float, float]:
    """(CPU ms per frame, of it not training): process time, so other programs' load does not count."""
    controller, engine = window.controller, window.controller.engine
    frames, training = [0], [0.0]
    step = engine.step

    def timed_step(n: int = 1) -> int:
        start = time.process_time()
        done = step(n)
        training[0] += time.process_time() - start
        return done

    def count(_snapshot) -> None:
        frames[0] += 1

    remote = controller._worker is not None  # training in the worker: none of this process's CPU is
    if not remote:  # training's (and a wrapped step could not go there)
        engine.step = timed_step
    controller.snapshot_ready.connect(count)
    controller.run()
    start, cpu = time.perf_counter(), time.process_time()
    while time.perf_counter() - start < seconds:
        app.processEvents()
        time.sleep(0.0005)
    controller.pause()
    cpu = time.process_time() - cpu
    controller.snapshot_ready.disconnect(count)
    if not remote:
        del engine.step
    n = max(frames[0], 1)
    return 1000 * cpu / n, 1000 * (cpu - training[0]) / n


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
    lesson = window.open_lesson("deep-network")
    lesson.load_experiment("")
    lesson.apply_changes(dataset=CONFIG.dataset, m=CONFIG.m, hidden_layers=CONFIG.hidden_layers)
    runs, engine, cpu = [], [], []
    for _ in range(times):  # interleaved: both see the same load
        engine.append(engine_rate())
        runs.append(_measure(window, "deep-network", app))
        cpu.append(cpu_per_frame(window, app))
    detach_worker(window, worker)
    window.close()

    def fig(name, values, unit, target=""):
        return Figure(f"deep-network [2,16,16,16,1]: {name}", float(np.median(values)), min(values),
                      max(values), unit, target)  # fmt: skip

    ratios = [r["steps"] / e for r, e in zip(runs, engine, strict=True)]
    return [
        fig("frames/s, every view visible", [r["fps"] for r in runs], "/s", ">= 50"),
        fig("frame interval p95", [r["p95"] for r in runs], "ms"),
        fig("render time per frame (median)", [r["render"] for r in runs], "ms"),
        fig("training steps/s while rendering", [r["steps"] for r in runs], "/s"),
        fig("engine alone, steps/s", engine, "/s"),
        fig("training / engine alone", ratios, "x", ">= 0.4x"),
        fig("CPU per frame (load-independent)", [c[0] for c in cpu], "ms", "<= 20 ms (50/s)"),
        fig("CPU per frame without training", [c[1] for c in cpu], "ms"),
    ]


if __name__ == "__main__":
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from benchmarks.stats import table

    print(table(run(1)))
