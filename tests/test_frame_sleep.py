"""The controller's frame is the tick's period less training and less the loop's true sleep, on
clocks the test drives: the Unix dispatcher runs the timers that end its poll (the window's
update timer, pyqtgraph's, the tick itself) before it says `awake`, so their work must not count
as sleep."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer

from tests.fake_time import FakeClock, FakeEngine, SlowWindow, run_by_hand
from visualizer.controller import TICK_S, TRAIN_FLOOR, Controller


def run_unix_loop(render, paint: float, timers: float, ticks: int, step_cost: float = 1e-4):
    """Ticks as Qt's Unix dispatcher orders them (traced on the offscreen platform): after the
    tick, `awake` and `aboutToBlock`; then, before the next `awake`, the window's repaint, work of
    pyqtgraph's timers (`timers` seconds), the poll's sleep, and the next tick when it is due."""
    clock = FakeClock()
    controller = Controller(clock=clock, cpu_clock=clock.cpu_time)  # a sleep is what work did not use
    window = SlowWindow(clock, paint)
    controller.watch_paint(window)
    engine = FakeEngine(clock.work, step_cost)
    cost = render if callable(render) else (lambda _i: render)
    frames = iter(range(10**9))
    run_by_hand(controller, engine, lambda: clock.work(cost(next(frames))))
    meter = controller.frame_meter
    for _ in range(ticks):
        started = clock.now
        controller._on_timer_timeout()  # runs inside the last aboutToBlock ... awake pair
        meter._on_dispatcher_awake()
        meter._on_dispatcher_about_to_block()
        QCoreApplication.sendEvent(window, QEvent(QEvent.Type.UpdateRequest))
        clock.work(timers)
        clock.sleep_until(started + TICK_S)
    return engine, controller, clock


def test_work_run_by_the_timers_that_end_the_poll_is_the_frames_not_sleep(qtbot):
    engine, controller, clock = run_unix_loop(render=0.002, paint=0.003, timers=0.002, ticks=60)
    assert controller.frame_seconds == pytest.approx(0.007, rel=0.05)  # not 0.005 (render + paint)
    assert engine.steps * 1e-4 / clock.now >= 0.5


def test_the_tick_itself_is_not_counted_as_sleep(qtbot):
    """The tick runs before `awake`; were its training counted as sleep, the frame would shrink
    to its render and paint: here the pyqtgraph-like work would vanish from it."""
    _engine, controller, _clock = run_unix_loop(render=0.001, paint=0.001, timers=0.004, ticks=60)
    assert controller.frame_seconds == pytest.approx(0.006, rel=0.05)


@pytest.mark.parametrize(("render", "paint", "timers"), [(0.002, 0.003, 0.002), (0.004, 0.010, 0.010)])
def test_training_keeps_more_than_half_of_the_time_whatever_the_unmetered_work(qtbot, render, paint, timers):
    engine, _controller, clock = run_unix_loop(render, paint, timers, ticks=90)
    assert engine.steps * 1e-4 / clock.now >= 0.5


def test_a_six_ms_frame_still_leaves_training_more_than_half_of_the_tick(qtbot):
    engine, controller, clock = run_unix_loop(render=0.002, paint=0.002, timers=0.002, ticks=90)
    assert controller.training_seconds() == pytest.approx(TRAIN_FLOOR * TICK_S)
    assert engine.steps * 1e-4 / clock.now >= TRAIN_FLOOR - 0.02
    assert 90 / clock.now >= 1 / TICK_S - 0.5  # and the frame still fits in the tick


def test_a_slow_frame_now_and_then_moves_the_next_ticks_little(qtbot):
    """A lesson lays its titles out again twice a second (~15 ms more): the estimate is a slow
    average, so the ticks after such a frame stay within the tick instead of training longer."""

    def render(i: int) -> float:
        return 0.016 if i % 30 == 29 else 0.002

    engine, controller, clock = run_unix_loop(render, paint=0.002, timers=0.0, ticks=31)
    assert controller.frame_seconds < 0.006  # after the slow one: 4 ms frames, one of 18 ms
    assert controller.training_seconds() + controller.frame_seconds < TICK_S  # the next tick: on time
    assert engine.steps * 1e-4 / clock.now >= 0.5


def test_the_meter_counts_only_the_cpu_free_part_of_a_pair_as_sleep(qtbot):
    clock = FakeClock()
    controller = Controller(clock=clock, cpu_clock=clock.cpu_time)
    meter = controller.frame_meter
    meter._on_dispatcher_about_to_block()
    clock.sleep_until(0.010)
    clock.work(0.003)
    meter._on_dispatcher_awake()
    assert meter.take_idle() == pytest.approx(0.010)
    assert meter.take_idle() is None  # nothing slept since


def test_the_tick_timer_is_precise(qtbot):
    """A coarse timer may fire 5 % late: 16 ms ticks drew 56.7 frames/s with 5.4 ms frames."""
    assert Controller()._timer.timerType() == Qt.TimerType.PreciseTimer


def spin(cpu_seconds: float) -> None:
    """Work of the GUI thread: `cpu_seconds` of its CPU time, whatever the machine's load."""
    end = time.thread_time() + cpu_seconds
    while time.thread_time() < end:
        pass


def test_in_qts_own_event_loop_a_timers_work_after_the_frame_counts_in_it(qtbot):
    """The real dispatcher: a timer that fires after the tick (as pyqtgraph's do) runs inside the
    aboutToBlock/awake pair; its 10 ms of CPU are the frame's, not sleep. A lower bound on CPU
    time only: the machine's load can only make the wall-clock frame longer."""
    controller = Controller()
    frames = []
    controller.snapshot_ready.connect(lambda s: (frames.append(s), QTimer.singleShot(2, lambda: spin(0.010))))
    controller.set_engine(FakeEngine(spin, 1e-4))  # each step 0.1 ms of real CPU
    controller.run()
    try:
        qtbot.waitUntil(lambda: len(frames) > 40, timeout=60000)
    finally:
        controller.pause()
    assert controller.frame_seconds >= 0.008
