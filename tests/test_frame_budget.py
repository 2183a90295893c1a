"""The controller's budget counts the paint after the render, on a clock the test drives.

Its Controllers get the fake wall clock only: their frame meter reads the thread's real CPU
time, as the program's (tests/test_frame_sleep.py gives it the fake CPU clock too)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from tests.fake_time import FakeClock, FakeEngine, SlowWindow, run_by_hand
from visualizer.controller import TICK_S, Controller


def simulate(render_cost: float, paint_cost: float, step_cost: float, ticks: int, speed: float = 1.0):
    """Run `ticks` ticks as the event loop would: tick (train + render), then the paint, then
    wait for the next 16 ms mark if time is left. Returns (engine, controller, window, seconds)."""
    clock = FakeClock()
    controller = Controller(clock=clock)
    window = SlowWindow(clock, paint_cost)
    controller.watch_paint(window)
    engine = FakeEngine(clock.work, step_cost)
    controller.set_speed(speed)
    run_by_hand(controller, engine, lambda: clock.work(render_cost))
    for _ in range(ticks):
        started = clock.now
        controller._on_timer_timeout()
        QCoreApplication.sendEvent(window, QEvent(QEvent.Type.UpdateRequest))
        clock.now = max(clock.now, started + TICK_S)  # idle until the next tick is due
    return engine, controller, window, clock.now


@pytest.mark.parametrize(
    ("render_cost", "paint_cost"),
    [(0.001, 0.002), (0.002, 0.020), (0.010, 0.090), (0.0, 0.3)],
)
def test_training_keeps_at_least_half_of_the_engine_speed_however_slow_the_paint(
    qtbot, render_cost, paint_cost
):
    step_cost = 1e-4
    engine, controller, window, seconds = simulate(render_cost, paint_cost, step_cost, ticks=60)
    assert window.repaints == 60
    ratio = engine.steps / seconds / (1 / step_cost)  # steps/s while rendering / standalone
    assert ratio >= 0.5
    # the estimate has learned the whole frame, the paint included, not only the render call
    assert controller.frame_seconds == pytest.approx(render_cost + paint_cost, rel=0.05)


def test_a_cheap_frame_leaves_training_most_of_the_tick_and_keeps_60_frames_a_second(qtbot):
    engine, _controller, _window, seconds = simulate(0.001, 0.002, 1e-4, ticks=120)
    assert 120 / seconds >= 59  # training never pushes a tick past its 16 ms
    assert engine.steps / seconds * 1e-4 >= 0.65  # (16 - 2 - 3) / 16 of the engine's speed


def test_paint_while_paused_is_not_counted_as_a_frame(qtbot):
    clock = FakeClock()
    controller = Controller(clock=clock)
    window = SlowWindow(clock, paint_cost=5.0)
    controller.watch_paint(window)
    controller.set_engine(FakeEngine(clock.work, 1e-4))
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.UpdateRequest))  # the user edits a slider
    controller.run()
    controller._timer.stop()
    controller._on_timer_timeout()
    assert controller.frame_seconds == 0.0


def test_low_speed_trains_less_and_high_speed_more(qtbot):
    slow, *_ = simulate(0.002, 0.010, 1e-4, ticks=30, speed=0.1)
    normal, *_ = simulate(0.002, 0.010, 1e-4, ticks=30, speed=1.0)
    fast, *_ = simulate(0.002, 0.010, 1e-4, ticks=30, speed=10.0)
    assert slow.steps < normal.steps / 5 and fast.steps > normal.steps * 5


def test_work_the_meter_does_not_see_counts_when_the_ticks_come_late(qtbot):
    """Layouts and the scene's bookkeeping run outside the render and the paint: when they make
    the next tick late, all that was not training is the frame's."""
    clock = FakeClock()
    controller = Controller(clock=clock)
    window = SlowWindow(clock, paint_cost=0.010)
    controller.watch_paint(window)
    engine = FakeEngine(clock.work, 1e-4)
    run_by_hand(controller, engine)
    for _ in range(60):
        started = clock.now
        controller._on_timer_timeout()
        QCoreApplication.sendEvent(window, QEvent(QEvent.Type.UpdateRequest))
        clock.now += 0.030  # unmetered work: a relayout, other widgets' events
        clock.now = max(clock.now, started + TICK_S)
    assert controller.frame_seconds == pytest.approx(0.040, rel=0.05)
    assert engine.steps * 1e-4 / clock.now >= 0.5


def test_work_outside_the_paint_counts_whenever_the_loop_reports_its_idle_time(qtbot):
    """The scene's queued bookkeeping and layouts run outside the render and the paint; with the
    event loop's sleeps counted, they are the frame's even when the next tick is on time."""
    clock = FakeClock()
    controller = Controller(clock=clock)
    window = SlowWindow(clock, paint_cost=0.003)
    controller.watch_paint(window)
    run_by_hand(controller, FakeEngine(clock.work, 1e-4), lambda: clock.work(0.001))
    meter = controller.frame_meter
    for _ in range(60):
        started = clock.now
        controller._on_timer_timeout()
        QCoreApplication.sendEvent(window, QEvent(QEvent.Type.UpdateRequest))
        clock.now += 0.004  # unmetered work: the tick still comes on time
        meter._on_dispatcher_about_to_block()  # the loop sleeps until the next tick
        clock.now = max(clock.now, started + TICK_S)
        meter._on_dispatcher_awake()
    assert controller.frame_seconds == pytest.approx(0.008, rel=0.05)


class CountingEngine(FakeEngine):
    """A FakeEngine that keeps the size of every step call."""

    def __init__(self, clock: FakeClock, step_cost: float) -> None:
        super().__init__(clock.work, step_cost)
        self.calls: list[int] = []

    def step(self, n: int) -> int:
        self.calls.append(n)
        return super().step(n)


def test_a_runs_first_ticks_start_at_one_step_then_three_calls_a_tick(qtbot):
    clock = FakeClock()
    controller = Controller(clock=clock)
    engine = CountingEngine(clock, step_cost=1e-4)
    run_by_hand(controller, engine)
    per_tick = []
    for _ in range(8):
        started, before = clock.now, len(engine.calls)
        controller._on_timer_timeout()
        per_tick.append(engine.calls[before:])
        clock.now = max(clock.now, started + TICK_S)
    assert all(calls[0] == 1 for calls in per_tick[:3])  # the estimate may be stale: carefully
    assert all(len(calls) <= 3 and calls[0] > 1 for calls in per_tick[3:])  # n/4, n/2, the rest


def test_a_step_far_slower_than_estimated_costs_one_tick_a_few_steps_after_run(qtbot):
    clock = FakeClock()
    controller = Controller(clock=clock)
    engine = CountingEngine(clock, step_cost=1e-4)
    run_by_hand(controller, engine)
    for _ in range(6):  # the estimate learns 0.1 ms a step
        started = clock.now
        controller._on_timer_timeout()
        clock.now = max(clock.now, started + TICK_S)
    controller.pause()
    engine.step_cost = 0.02  # e.g. 100,000 points imported while paused: 200 times slower
    controller.run()
    controller._timer.stop()
    started = clock.now
    controller._on_timer_timeout()
    assert clock.now - started < 0.1  # one step at a time until the tick's deadline, not n of them


def _run_frames(render_costs: list[float]) -> Controller:
    """Ticks as the event loop makes them, the i-th frame's render costing render_costs[i]."""
    clock = FakeClock()
    controller = Controller(clock=clock)
    costs = iter(render_costs)
    run_by_hand(controller, FakeEngine(clock.work, step_cost=1e-4), lambda: clock.work(next(costs, 0.003)))
    for _ in render_costs:
        started = clock.now
        controller._on_timer_timeout()
        clock.now = max(clock.now, started + TICK_S)
    controller._measure_last_frame(clock.now)  # fold the last frame in, as the next tick would
    return controller


def test_a_runs_first_frame_which_draws_every_view_anew_does_not_inflate_training(qtbot):
    # deep's first frame after a reset took 128 ms: averaged in, the next ticks trained up to 254 ms
    controller = _run_frames([0.128, 0.003, 0.003, 0.003])
    assert controller.frame_seconds == pytest.approx(0.003, rel=0.05)
    assert controller.training_seconds() < 0.012


def test_one_slow_frame_counts_at_most_three_ticks_and_frames_that_stay_slow_are_learned(qtbot):
    steady = _run_frames([0.003] * 20)
    one_slow = _run_frames([0.003] * 20 + [0.2])
    assert one_slow.frame_seconds <= 0.9 * steady.frame_seconds + 0.1 * 3 * TICK_S + 1e-9
    assert one_slow.training_seconds() < 0.012  # a 200 ms frame once: training barely moves
    stays_slow = _run_frames([0.003] * 20 + [0.05] * 30)
    assert stays_slow.frame_seconds > 0.04  # a lasting change is followed within a few ticks
