"""The training process (core.offload): it trains an installed copy, answers with training
states, stops with where it stood, drops stale states, reports failures and ends with its GUI."""

from __future__ import annotations

import pickle
import time

import pytest

from core.offload import NICE, Delivery, TrainingWorker, WorkerError, offloadable
from tests.offload_engine import Recurrence, after

WAIT_S = 30.0  # an upper bound on waiting for the other process, never a measurement


@pytest.fixture
def worker():
    w = TrainingWorker()
    w.start()
    _until(lambda: w.ready)
    yield w
    w.close()


def _until(condition, timeout: float = WAIT_S):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the training process did not answer"
        time.sleep(0.005)


def _next(worker: TrainingWorker) -> Delivery:
    worker.want()
    found: list[Delivery] = []
    _until(lambda: found.append(worker.take()) or found[-1] is not None)
    return found[-1]


def test_only_training_engines_that_hand_over_their_state_go_to_the_worker():
    assert offloadable(Recurrence())
    paced = Recurrence()
    paced.steps_per_tick = 2  # watched, not trained: stays in the GUI's process
    assert not offloadable(paced)
    assert not offloadable(object())


def test_the_worker_trains_a_copy_and_the_state_it_sends_is_consistent(worker):
    engine = Recurrence()
    worker.install(engine, 1.0)
    first = _next(worker)
    later = _next(worker)
    assert engine.count == 0  # the GUI's engine moves only by adopting
    count, x = later.state
    assert count > first.state[0] > 0
    assert x == after(1, count)  # the state is one step's whole
    final = worker.stop()
    assert final.state[0] >= count and not final.ended
    engine.adopt_training_state(final.state)
    assert engine.snapshot() == final.state


def test_a_stopped_worker_trains_no_further(worker):
    worker.install(Recurrence(), 1.0)
    stopped = worker.stop().state
    worker.want()  # answered at once when idle, with the same state
    assert _next(worker).state == stopped


def test_an_engine_that_cannot_go_on_ends_the_run_where_it_stopped(worker):
    worker.install(Recurrence(end_at=50), 1.0)
    found: list[Delivery] = []
    _until(lambda: found.append(worker.take()) or (found[-1] is not None and found[-1].ended))
    assert found[-1].state[0] == 50
    assert sum(d.steps for d in found if d is not None) == 50  # every step counted once
    assert worker.stop().state[0] == 50


def test_a_new_install_drops_the_states_of_the_old_copy(worker):
    worker.install(Recurrence(), 1.0)
    _next(worker)
    worker.want()
    time.sleep(0.05)  # the old copy's answer is on its way or arrived
    worker.install(Recurrence(x=7, end_at=5), 1.0)
    found: list[Delivery] = []
    _until(lambda: found.append(worker.take()) or (found[-1] is not None and found[-1].ended))
    assert found[-1].state == (5, after(7, 5))
    assert all(d.state[0] <= 5 for d in found if d is not None)


def test_a_step_that_raises_is_reported_not_hidden(worker):
    worker.install(Recurrence(fail_at=20), 1.0)
    with pytest.raises(WorkerError, match="failed on purpose"):
        _until(lambda: worker.take() is not None and False)


def test_an_engine_that_cannot_be_pickled_is_refused_before_anything_is_sent(worker):
    engine = Recurrence()
    engine.hook = lambda: None  # a lambda does not pickle
    with pytest.raises((pickle.PicklingError, AttributeError)):
        worker.install(engine, 1.0)
    worker.install(Recurrence(end_at=3), 1.0)  # the pipe is still in step
    _until(lambda: (d := worker.take()) is not None and d.ended)


def test_a_dead_worker_is_reported(worker):
    worker.install(Recurrence(), 1.0)
    worker._process.kill()
    worker._process.wait(timeout=WAIT_S)
    with pytest.raises(WorkerError):
        _until(lambda: worker.take() is not None and False)


def test_the_worker_ends_when_the_gui_side_goes():
    w = TrainingWorker()
    w.start()
    _until(lambda: w.ready)
    w.install(Recurrence(), 1.0)
    process = w._process
    w._conn.close()  # as when the GUI's process ends: its end of the socket closes
    assert process.wait(timeout=WAIT_S) == 0
    w._conn = None
    w._process = None


def test_the_worker_yields_the_cpu_to_the_window(worker):
    """It runs at a lower priority than the GUI's process (a busy machine draws first)."""
    import os

    if not hasattr(os, "getpriority"):
        pytest.skip("no process priorities here")
    ours = os.getpriority(os.PRIO_PROCESS, 0)
    assert os.getpriority(os.PRIO_PROCESS, worker._process.pid) == min(ours + NICE, 19)
