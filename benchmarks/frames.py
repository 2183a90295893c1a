"""Frames while training, headless: frames/s, frame-interval p50/p95, render time, steps/s, and the
share of the engine's own speed that training keeps while the lesson renders (same run), and the
share of the wall time the controller gave training (the ratio over the share: how fast steps run
between frames against alone).

CPU per frame (time.process_time of everything but training, over the frames drawn; the event
loop sleeps between ticks, as in the program) falls less than wall-clock rates when the machine
is shared, though contention inflates it too: compare figures from one run.

The training lessons train in the program's worker process (core.offload), as `make run` has
them: their CPU per frame is then the GUI process's alone, and the share is the worker's
training time over the wall time. NN_VISUALIZER_WORKER=0 measures them training in the GUI's
process, under the controller's budget, as before."""

from __future__ import annotations

import time

import numpy as np

from benchmarks.stats import Figure, cpu_ticks, steal_share

SECONDS = 4.0
WARMUP_S = 1.0  # the rates leave out the first second after Run (its longest interval is a figure of its
# own): a run's first frames draw every view anew while the curves' ranges still grow fast
STANDALONE_SECONDS = 1.0
LESSONS = (
    "shallow-network",
    "gradient-descent",
    "hidden-sizes",
    "zero-init",
    "activations",
    "backprop",
    "computation-graph",
    "deep-network",
)


def _largest_shallow(lesson) -> None:
    lesson.apply_changes(n_h=50, m=2000)


def _largest_zero_init(lesson) -> None:
    # 10 hidden units is the lesson's largest (core.twin.N_H_RANGE); every map is shown
    lesson.engine.apply_config(lesson.engine.config.changed(n_h=10, m=2000))
    lesson.changed.emit()


def _largest_deep(lesson) -> None:
    lesson.apply_changes(hidden_sizes=(32,) * 8)


LARGEST = {
    "shallow-network": _largest_shallow,
    "zero-init": _largest_zero_init,
    "deep-network": _largest_deep,
}


def standalone_rate(engine, seconds: float = STANDALONE_SECONDS) -> float:
    """The engine's own steps/s, no drawing (chunks of about 10 ms), then back to step 0."""
    engine.reset()
    start = time.perf_counter()
    engine.step(1)
    chunk = max(1, int(0.01 / max(time.perf_counter() - start, 1e-7)))
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        done += engine.step(chunk)
    rate = done / (time.perf_counter() - start)
    engine.reset()
    return rate


def attach_worker(window):
    """The program's training process (core.offload) for `window`'s controller, as `make run`
    has it; none with NN_VISUALIZER_WORKER=0 (training in the GUI's process, to compare)."""
    import os

    from core.offload import TrainingWorker

    if os.environ.get("NN_VISUALIZER_WORKER", "1") == "0":
        return None
    worker = TrainingWorker()
    worker.start()
    deadline = time.monotonic() + 30
    while not worker.ready and time.monotonic() < deadline:
        time.sleep(0.01)
    window.controller.use_worker(worker)
    return worker


def detach_worker(window, worker) -> None:
    window.controller.use_worker(None)
    if worker is not None:
        worker.close()


def _measure(window, key: str, app) -> dict[str, float]:
    from PySide6.QtCore import QEventLoop, QTimer

    from core.offload import offloadable

    lesson = window.open_lesson(key)
    controller = window.controller
    controller.reset()
    engine = controller.engine
    paced = getattr(engine, "steps_per_tick", None) is not None
    alone = float("nan") if paced else standalone_rate(engine)
    stamps: list[float] = []
    render_times: list[float] = []
    estimates: list[float] = []  # the controller's, at each frame: its last value alone is one noisy sample
    render = lesson.render

    def timed_render(snapshot):
        start = time.perf_counter()
        render(snapshot)
        render_times.append(time.perf_counter() - start)
        stamps.append(time.perf_counter())
        estimates.append(getattr(controller, "frame_seconds", float("nan")))

    lesson.render = timed_render
    train_cpu, train_wall = [0.0], [0.0]
    step = engine.step

    def timed_step(n):
        start, wall = time.process_time(), time.perf_counter()
        try:
            return step(n)
        finally:
            train_cpu[0] += time.process_time() - start
            train_wall[0] += time.perf_counter() - wall

    remote = controller._worker is not None and offloadable(engine)
    if not remote:  # in the worker, the controller counts its training time (a wrapped step cannot go there)
        engine.step = timed_step
    marks: dict[str, tuple] = {}
    ticks: dict[str, tuple[int, int] | None] = {}

    def mark(name: str) -> None:
        ticks[name] = cpu_ticks()
        trained = controller.worker_seconds if remote else train_wall[0]
        marks[name] = (time.perf_counter(), time.process_time(), train_cpu[0], trained,
                       engine.snapshot().step, len(stamps))  # fmt: skip

    loop = QEventLoop()  # as the program runs: the event loop sleeps when there is nothing to do
    QTimer.singleShot(round(WARMUP_S * 1000), lambda: mark("start"))
    QTimer.singleShot(round((WARMUP_S + SECONDS) * 1000), loop.quit)
    controller.run()
    run_at = time.perf_counter()
    loop.exec()
    ran_out = not controller.running  # the engine reached its end (gradient descent's race stops)
    controller.pause()
    mark("end")
    del lesson.render
    if not remote:
        del engine.step
    t0, cpu0, tc0, tw0, s0, k0 = marks["start"]
    t1, cpu1, tc1, tw1, s1, k1 = marks["end"]
    if ran_out:
        t1 = stamps[-1]  # the rates over the time it ran
    elapsed, frames = t1 - t0, max(k1 - k0, 1)
    intervals = np.diff(stamps[max(k0 - 1, 0) :]) * 1000
    steps = (s1 - s0) / elapsed
    return {
        "fps": (k1 - k0) / elapsed,
        "p50": float(np.percentile(intervals, 50)),
        "p95": float(np.percentile(intervals, 95)),
        "first": float(np.max(np.diff([run_at, *stamps[: k0 + 1]]))) * 1000,
        "render": float(np.median(render_times[k0:])) * 1000,
        "frame": float("nan") if remote else float(np.mean(estimates[k0:])) * 1000,  # no budget then
        "steps": steps,
        "ratio": steps / alone,
        "cpu": ((cpu1 - cpu0) - (tc1 - tc0)) / frames * 1000,
        "share": (tw1 - tw0) / elapsed,
        "steal": steal_share(ticks["start"], ticks["end"]) * 100,
    }


def _figures(name: str, runs: list[dict[str, float]], fps_target: str) -> list[Figure]:
    def fig(label, field, unit, target=""):
        values = [r[field] for r in runs]
        return Figure(f"{name}: {label}", float(np.median(values)), min(values), max(values), unit, target)

    figures = [
        fig("frames/s", "fps", "/s", fps_target),
        fig("frame interval p50", "p50", "ms"),
        fig("frame interval p95", "p95", "ms", "<= 25 ms" if fps_target == ">= 60" else ""),
        fig("longest interval in the first second after Run (left out above)", "first", "ms"),
        fig("render call per frame (median)", "render", "ms"),
        *(
            [fig("whole frame, the controller's estimate (mean)", "frame", "ms")]
            if np.isfinite(runs[0]["frame"])
            else []
        ),
        fig("CPU per frame, all but training (process time)", "cpu", "ms"),
        fig("training steps/s while rendering", "steps", "/s"),
        fig("training's share of the wall time (the budget's, or the worker's)", "share", "x"),
        fig("the host's steal, share of all CPU time (frames/s fall with it)", "steal", "%"),
    ]
    if all(np.isfinite(r["ratio"]) for r in runs):
        figures.append(fig("steps/s while rendering / engine alone", "ratio", "x", ">= 0.5"))
    return figures


def settle(window, app, limit_s: float = 10.0) -> None:
    """Let the window import the other lessons (one a turn of the event loop, after its first
    paint) before measuring: ~0.4 s of imports fell into the first lesson's frames."""
    start = time.perf_counter()
    app.processEvents()
    while getattr(window, "_to_import", None) and time.perf_counter() - start < limit_s:
        app.processEvents()


def run(times: int = 3, lessons: tuple[str, ...] = LESSONS) -> list[Figure]:
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
    window.controller.set_speed(1.0)
    figures = []
    keys = [k for k in lessons if k in window.lessons]
    for key in keys:
        runs = [_measure(window, key, app) for _ in range(times)]
        figures += _figures(key, runs, ">= 60")
    for key in (k for k in keys if k in LARGEST):
        LARGEST[key](window.open_lesson(key))
        runs = [_measure(window, key, app) for _ in range(times)]
        figures += _figures(f"{key}, largest settings", runs, ">= 30")
    detach_worker(window, worker)
    window.close()
    return figures


def main(argv: list[str]) -> int:
    """`python -m benchmarks.frames [lesson ...] [--times N]`: the frames table of some lessons."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from benchmarks.stats import machine, table

    times = int(argv[argv.index("--times") + 1]) if "--times" in argv else 3
    chosen = tuple(a for a in argv if a in LESSONS) or LESSONS
    print(f"Machine: {machine()}; load average {os.getloadavg()[0]:.2f}\n")
    print(table(run(times, chosen)))
    print(f"\nload average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
