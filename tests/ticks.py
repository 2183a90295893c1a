"""Test helper: drive the controller tick by tick, a known number of steps each, instead of waiting.

A running controller's timer ticks every 16 ms and each tick trains for what the time budget
allows; a test that waits for it depends on the machine's load. These run the same tick
(`_on_timer_timeout`, what the timer calls) a counted number of times.
"""

from __future__ import annotations

import math
from collections.abc import Callable


def fix_steps_per_tick(controller, monkeypatch, steps: int) -> None:
    """Every tick of `controller` trains exactly `steps` steps (instead of what the budget allows),
    however long they take: a tick's training time cap, a wall-clock limit, is lifted too (on a
    busy machine 50 steps can take longer than the cap, and the tick would stop short)."""
    monkeypatch.setattr(controller, "steps_for_this_tick", lambda: steps)
    monkeypatch.setattr("visualizer.controller.TRAIN_CAP_S", math.inf)


def tick(controller, times: int = 1) -> None:
    """`times` timer ticks of a running controller, without the event loop."""
    assert controller.running, "only a running controller ticks"
    for _ in range(times):
        controller._on_timer_timeout()


def tick_until(controller, done: Callable[[], bool], max_ticks: int) -> int:
    """Tick while running until `done()`; fails after `max_ticks`. Returns the ticks it took."""
    for n in range(max_ticks + 1):
        if done():
            return n
        if n < max_ticks:
            controller._on_timer_timeout()
    raise AssertionError(f"not done after {max_ticks} ticks")
