"""The controller: one timer, steps per tick within the budget, pacing, pause on a stuck engine."""

import pytest

from core.config import TrainConfig
from core.trainer import Trainer
from tests.ticks import fix_steps_per_tick, tick, tick_until
from visualizer.controller import Controller


class PacedTrainer(Trainer):
    """A real trainer, paced like the lessons meant to be watched step by step."""

    steps_per_tick = 2


@pytest.fixture
def controller(qtbot):
    c = Controller()
    yield c
    c.pause()


def test_step_runs_exactly_one_step_and_emits_a_snapshot(controller, qtbot):
    t = Trainer()
    controller.set_engine(t)
    with qtbot.waitSignal(controller.snapshot_ready) as blocker:
        controller.step()
    assert t.step_count == 1 and blocker.args[0].step == 1


def test_run_and_pause_start_and_stop_the_timer(controller, qtbot):
    t = Trainer()
    controller.set_engine(t)
    with qtbot.waitSignal(controller.running_changed) as blocker:
        controller.run()
    assert blocker.args == [True] and controller.running
    # The one test where Qt's own timer fires: the first tick or two reach 50 steps; the long
    # timeout only matters on a machine that stalls (the other tests tick by hand, tests/ticks.py).
    qtbot.waitUntil(lambda: t.step_count > 50, timeout=60000)
    controller.toggle()
    assert not controller.running
    stopped_at = t.step_count
    qtbot.wait(100)
    assert t.step_count == stopped_at


def test_reset_pauses_and_returns_to_step_zero(controller, qtbot, monkeypatch):
    t = Trainer()
    controller.set_engine(t)
    controller.run()
    fix_steps_per_tick(controller, monkeypatch, 10)
    tick(controller)
    assert t.step_count > 0
    with qtbot.waitSignal(controller.snapshot_ready) as blocker:
        controller.reset()
    assert not controller.running and blocker.args[0].step == 0


def test_paced_engine_gets_its_steps_per_tick_scaled_by_speed(controller):
    controller.set_engine(PacedTrainer())
    assert [controller.steps_for_this_tick() for _ in range(3)] == [2, 2, 2]
    controller.set_speed(0.25)  # half a step per tick: one step every other tick
    assert [controller.steps_for_this_tick() for _ in range(4)] == [0, 1, 0, 1]


def test_budget_engine_scales_with_the_measured_step_time(controller):
    controller.set_engine(Trainer())
    controller._seconds_per_step = 1e-4  # the estimate the timer refines as it runs
    assert controller.steps_for_this_tick() == 80  # 8 ms / 0.1 ms
    controller._render_seconds = 0.002  # redrawing takes 2 ms of the tick's 8
    assert controller.steps_for_this_tick() == 60
    controller._render_seconds = 0.5  # a slow redraw still leaves training a quarter
    assert controller.steps_for_this_tick() == 20
    controller._render_seconds = 0.002
    controller.set_speed(10.0)
    assert controller.steps_for_this_tick() == 780
    controller.set_speed(float("nan"))  # ignored, not stored
    assert controller.speed == 10.0


def test_running_pauses_by_itself_when_the_engine_cannot_go_on(controller, monkeypatch):
    t = Trainer(TrainConfig(activation="linear", learning_rate=10.0, init="he", n_h=50, m=2000))
    controller.set_engine(t)
    fix_steps_per_tick(controller, monkeypatch, 50)
    controller.run()
    tick_until(controller, lambda: not controller.running, max_ticks=40)  # diverges within 2,000 steps
    assert t.diverged_at is not None and t.step_count == t.diverged_at
