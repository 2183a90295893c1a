"""Test helper: time the test drives, for the controller's budget (tests/test_frame_budget.py,
tests/test_frame_sleep.py) instead of a machine whose load changes every run.

A FakeClock is a wall clock with the GUI thread's CPU clock beside it: work advances both, a
sleep only the wall. A Controller reads the fake CPU clock only when it is given it
(`cpu_clock=clock.cpu_time`); without, its frame meter reads the thread's real CPU time.
"""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget


class FakeClock:
    """`clock()` is the wall clock (`now`); `cpu_time()` the CPU time work has used (`cpu`)."""

    def __init__(self) -> None:
        self.now = 0.0
        self.cpu = 0.0

    def __call__(self) -> float:
        return self.now

    def cpu_time(self) -> float:
        return self.cpu

    def work(self, seconds: float) -> None:
        self.now += seconds
        self.cpu += seconds

    def sleep_until(self, t: float) -> None:
        self.now = max(self.now, t)


class FakeEngine:
    """Each step costs `step_cost` seconds of `work`: a FakeClock's `work`, or real CPU (a spin)."""

    def __init__(self, work: Callable[[float], None], step_cost: float) -> None:
        self.work, self.step_cost, self.steps = work, step_cost, 0

    def step(self, n: int) -> int:
        self.work(n * self.step_cost)
        self.steps += n
        return n

    def reset(self) -> None:
        self.steps = 0

    def snapshot(self):
        return SimpleNamespace(step=self.steps)


class SlowWindow(QWidget):
    """A window whose repaint (its UpdateRequest) is `paint_cost` seconds of the clock's work."""

    def __init__(self, clock: FakeClock, paint_cost: float) -> None:
        super().__init__()
        self.clock, self.paint_cost, self.repaints = clock, paint_cost, 0

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:
            self.clock.work(self.paint_cost)
            self.repaints += 1
        return super().event(event)


def run_by_hand(controller, engine, frame_work: Callable[[], None] | None = None) -> None:
    """`controller` runs `engine`, its timer stopped: the test is the timer (it calls the tick).
    `frame_work()`, the render's work, follows every snapshot from the run's (not set_engine's)."""
    controller.set_engine(engine)
    if frame_work is not None:
        controller.snapshot_ready.connect(lambda _snapshot: frame_work())
    controller.run()
    controller._timer.stop()
