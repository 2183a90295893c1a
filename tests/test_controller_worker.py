"""The controller with a training process: Run trains there, ticks adopt and draw its states,
a change made while it runs goes to it, Pause brings its last state home, and a failed worker
leaves training in the GUI's process without losing the run."""

from __future__ import annotations

import pytest

from core.offload import TrainingWorker
from tests.offload_engine import Recurrence, after
from tests.test_offload import WAIT_S, _until, worker  # noqa: F401 (the fixture)
from visualizer.controller import WORKER_SHARE, Controller

WAIT_MS = int(WAIT_S * 1000)


@pytest.fixture
def controller(qtbot, worker):  # noqa: F811
    c = Controller()
    c.use_worker(worker)
    drawn: list = []
    c.snapshot_ready.connect(drawn.append)
    c.drawn = drawn
    yield c
    c.pause()


def test_a_run_trains_in_the_worker_and_the_frames_draw_its_states(qtbot, controller):
    engine = Recurrence()
    controller.set_engine(engine)
    controller.run()
    assert controller.remote
    qtbot.waitUntil(lambda: engine.count > 100, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: controller.drawn[-1][0] > 0, timeout=WAIT_MS)
    count, x = controller.drawn[-1]
    assert x == after(1, count)  # a state adopted whole
    controller.pause()
    assert not controller.remote
    assert engine.count >= count and engine.x == after(1, engine.count)  # the worker's last step
    paused_at = engine.count
    qtbot.wait(50)
    assert engine.count == paused_at  # nothing trains after Pause


def test_a_change_while_running_reaches_the_worker(qtbot, controller):
    engine = Recurrence()
    controller.set_engine(engine)
    controller.run()
    qtbot.waitUntil(lambda: engine.count > 100, timeout=WAIT_MS)
    engine.x0 = 4  # the user's change, then the lesson's `changed` -> refresh
    engine.reset()
    controller.refresh()
    assert controller.remote
    assert controller.drawn[-1] == (0, 4)
    qtbot.waitUntil(lambda: controller.drawn[-1][0] > 0, timeout=WAIT_MS)
    count, x = controller.drawn[-1]
    assert x == after(4, count)  # trained on from the changed engine, not the old copy


def test_the_end_of_a_run_in_the_worker_pauses_where_it_ended(qtbot, controller):
    engine = Recurrence(end_at=40)
    controller.set_engine(engine)
    with qtbot.waitSignal(controller.running_changed, timeout=WAIT_MS, check_params_cb=lambda r: not r):
        controller.run()
    assert engine.snapshot() == (40, after(1, 40))


def test_the_speed_sets_the_workers_share(controller):
    assert controller._worker_share() == WORKER_SHARE
    controller.set_speed(0.1)
    assert controller._worker_share() == pytest.approx(0.1 * WORKER_SHARE)
    controller.set_speed(10)
    assert controller._worker_share() == 1.0


def test_a_dead_worker_leaves_the_run_training_here(qtbot, controller, worker):  # noqa: F811
    engine = Recurrence()
    controller.set_engine(engine)
    controller.run()
    qtbot.waitUntil(lambda: engine.count > 10, timeout=WAIT_MS)
    worker._process.kill()
    qtbot.waitUntil(lambda: not controller.remote, timeout=WAIT_MS)
    assert controller.running
    resumed = engine.count
    qtbot.waitUntil(lambda: engine.count > resumed + 10, timeout=WAIT_MS)  # trains here now
    count, x = engine.snapshot()
    assert x == after(1, count)


def test_without_a_ready_worker_training_stays_here(qtbot):
    c = Controller()
    c.use_worker(TrainingWorker())  # never started
    engine = Recurrence()
    c.set_engine(engine)
    c.run()
    assert not c.remote
    qtbot.waitUntil(lambda: engine.count > 10, timeout=WAIT_MS)
    c.pause()


def test_a_worker_closed_under_a_run_leaves_it_training_here(qtbot, controller, worker):  # noqa: F811
    engine = Recurrence()
    controller.set_engine(engine)
    controller.run()
    qtbot.waitUntil(lambda: engine.count > 10, timeout=WAIT_MS)
    worker.close()  # as at the program's end, or by anything else
    qtbot.waitUntil(lambda: not controller.remote, timeout=WAIT_MS)
    resumed = engine.count
    qtbot.waitUntil(lambda: engine.count > resumed + 10, timeout=WAIT_MS)
    assert engine.x == after(1, engine.count)
