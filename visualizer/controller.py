"""The step/run controller: the program's only timer, driving whichever lesson engine is open."""

from __future__ import annotations

import math
import time
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

TICK_MS = 16  # ~60 frames per second
BUDGET_S = 0.008  # training time per tick at speed 1 (DESIGN.md)
TRAIN_CAP_S = 0.05  # a tick stops training past this (or 4 budgets), whatever the estimate said
SPEED_RANGE = (0.01, 10.0)


class Engine(Protocol):
    """What a lesson hands the controller. `steps_per_tick` (optional attribute) caps a tick:

    None (or absent) fills the time budget; an integer paces an engine meant to be watched
    step by step (gradient descent's path, backprop's stages) at that many steps per tick.
    """

    def step(self, n: int) -> int: ...
    def reset(self) -> None: ...
    def snapshot(self) -> Any: ...


class Controller(QObject):
    """Owns the QTimer. Each tick trains for what the budget leaves after redrawing, then emits
    one snapshot (the redraw)."""

    snapshot_ready = Signal(object)
    running_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine: Engine | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._speed = 1.0
        self._seconds_per_step = 1e-4  # running estimate, refined every tick
        self._render_seconds = 0.0  # running estimate of snapshot + redraw, inside the budget
        self._owed = 0.0  # fractional steps carried between ticks at low speeds

    @property
    def engine(self) -> Engine | None:
        return self._engine

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @property
    def speed(self) -> float:
        return self._speed

    def set_engine(self, engine: Engine | None) -> None:
        """Drive `engine` from now on; pauses, then shows where that engine stands."""
        self.pause()
        self._engine = engine
        self._seconds_per_step = 1e-4
        self._render_seconds = 0.0
        self._owed = 0.0
        self.refresh()

    def set_speed(self, speed: float) -> None:
        lo, hi = SPEED_RANGE
        if math.isfinite(speed):
            self._speed = min(max(float(speed), lo), hi)

    def step(self) -> None:
        """One step of the open lesson, whether running or not."""
        if self._engine is not None:
            self._engine.step(1)
            self.refresh()

    def run(self) -> None:
        if self._engine is not None and not self._timer.isActive():
            self._owed = 0.0
            self._timer.start()
            self.running_changed.emit(True)

    def pause(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.running_changed.emit(False)

    def toggle(self) -> None:
        self.pause() if self.running else self.run()

    def reset(self) -> None:
        """Pause and return the open lesson to step 0."""
        self.pause()
        if self._engine is not None:
            self._engine.reset()
            self.refresh()

    def refresh(self) -> None:
        """Emit the open engine's snapshot now (after a change made while paused)."""
        if self._engine is not None:
            self.snapshot_ready.emit(self._engine.snapshot())

    def steps_for_this_tick(self) -> int:
        """How many steps the next tick runs, at the current speed."""
        paced = getattr(self._engine, "steps_per_tick", None)
        if paced is not None:
            self._owed += paced * self._speed
        else:
            # the tick's budget covers training and redrawing: training gets what the
            # last redraws left of it (never less than a quarter)
            budget = BUDGET_S * self._speed
            budget = max(budget - self._render_seconds, budget / 4)
            self._owed += budget / self._seconds_per_step
        n = int(self._owed)
        self._owed -= n
        return n

    def _train(self, engine: Engine, n: int) -> int:
        """Up to n steps in doubling chunks, stopping once the tick's training time is spent.

        The estimate of a step's cost can be far off (100,000 imported points make a step
        hundreds of times slower): then one tick costs a few steps, never minutes.
        """
        if getattr(engine, "steps_per_tick", None) is not None:
            return engine.step(n)  # paced to be watched: exactly n
        deadline = time.perf_counter() + max(4 * BUDGET_S * self._speed, TRAIN_CAP_S)
        done, chunk = 0, 1
        while done < n:
            want = min(chunk, n - done)
            ran = engine.step(want)
            done += ran
            if ran < want or time.perf_counter() >= deadline:
                break
            chunk *= 2
        return done

    def _on_timer_timeout(self) -> None:
        engine = self._engine
        if engine is None:
            return
        n = self.steps_for_this_tick()
        if n:
            start = time.perf_counter()
            done = self._train(engine, n)
            if done:
                per_step = (time.perf_counter() - start) / done
                self._seconds_per_step = 0.7 * self._seconds_per_step + 0.3 * per_step
            else:  # the engine cannot go on (diverged, or at its end): stop running
                self.pause()
        start = time.perf_counter()
        self.snapshot_ready.emit(engine.snapshot())
        self._render_seconds = 0.7 * self._render_seconds + 0.3 * (time.perf_counter() - start)
