"""The training lessons trained in the training process (as `make run` has them): a run there
reaches exactly the state the same steps reach here, a change made while it runs takes effect
there, Reset and a tab switch bring the run home, and the frames draw its states."""

from __future__ import annotations

import pickle
from dataclasses import fields, is_dataclass

import numpy as np
import pytest

from core.offload import TrainingWorker
from tests.test_offload import WAIT_S, _until

WAIT_MS = int(WAIT_S * 1000)
TRAINING_LESSONS = ("shallow-network", "zero-init", "hidden-sizes", "deep-network")


@pytest.fixture(scope="module")
def worker():
    w = TrainingWorker()
    w.start()
    _until(lambda: w.ready)
    yield w
    w.close()


@pytest.fixture
def remote(window, worker):
    window.controller.use_worker(worker)
    yield window
    window.controller.use_worker(None)


def _same(a, b, path="state") -> None:
    """a and b equal all the way down: arrays bit for bit, objects field by field."""
    if isinstance(a, np.ndarray):
        assert np.array_equal(a, b, equal_nan=a.dtype.kind == "f"), path
    elif isinstance(a, np.random.Generator):
        assert a.bit_generator.state == b.bit_generator.state, path
    elif isinstance(a, list | tuple):
        assert len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            _same(x, y, f"{path}[{i}]")
    elif isinstance(a, dict):
        assert a.keys() == b.keys(), path
        for k in a:
            _same(a[k], b[k], f"{path}[{k!r}]")
    elif is_dataclass(a) and not isinstance(a, type):
        for f in fields(a):
            _same(getattr(a, f.name), getattr(b, f.name), f"{path}.{f.name}")
    elif hasattr(a, "__dict__"):
        _same(vars(a), vars(b), path)
    else:
        assert a == b or (a != a and b != b), path  # nan == nan here


def _iteration(window, lesson) -> int:
    return lesson.iteration_of(window.controller.engine.snapshot())


def _run_until(qtbot, window, lesson, iterations: int) -> None:
    window.controller.run()
    assert window.controller.remote
    qtbot.waitUntil(lambda: _iteration(window, lesson) >= iterations, timeout=WAIT_MS)


@pytest.mark.parametrize("key", TRAINING_LESSONS)
def test_a_run_in_the_worker_reaches_what_the_same_steps_reach_here(qtbot, remote, key):
    lesson = remote.open_lesson(key)
    controller = remote.controller
    controller.reset()
    start = pickle.loads(pickle.dumps(controller.engine))  # a copy at step 0
    drawn: list = []
    controller.snapshot_ready.connect(drawn.append)
    _run_until(qtbot, remote, lesson, 30)
    controller.pause()
    controller.snapshot_ready.disconnect(drawn.append)
    n = _iteration(remote, lesson)
    assert start.step(n) == n
    _same(start.training_state(), controller.engine.training_state())
    assert len(drawn) > 1 and lesson.iteration_of(drawn[-1]) == n  # frames drew it, the last exactly
    assert controller.engine.step(5) == start.step(5) == 5  # and it trains on here (Step) the same
    _same(start.training_state(), controller.engine.training_state())


def test_a_change_while_the_worker_trains_takes_effect_there(qtbot, remote):
    lesson = remote.open_lesson("shallow-network")
    controller = remote.controller
    controller.reset()
    _run_until(qtbot, remote, lesson, 20)
    assert lesson.apply_changes(learning_rate=0.05)
    changed_at = _iteration(remote, lesson)
    assert controller.running and controller.remote
    qtbot.waitUntil(lambda: _iteration(remote, lesson) >= changed_at + 20, timeout=WAIT_MS)
    controller.pause()
    engine = controller.engine
    assert engine.config.learning_rate == 0.05 and engine.changed_mid_run


def test_a_refused_change_keeps_the_run_going_in_the_worker(qtbot, remote):
    lesson = remote.open_lesson("shallow-network")
    controller = remote.controller
    controller.reset()
    _run_until(qtbot, remote, lesson, 10)
    before = controller.engine.config
    assert not lesson.apply_changes(learning_rate=-1.0)
    at = _iteration(remote, lesson)
    qtbot.waitUntil(lambda: _iteration(remote, lesson) >= at + 10, timeout=WAIT_MS)
    assert controller.remote and controller.engine.config == before
    controller.pause()


def test_reset_and_a_tab_switch_bring_the_run_home(qtbot, remote):
    lesson = remote.open_lesson("zero-init")
    controller = remote.controller
    _run_until(qtbot, remote, lesson, 10)
    controller.reset()
    assert not controller.running and not controller.remote
    assert _iteration(remote, lesson) == 0
    qtbot.wait(50)
    assert _iteration(remote, lesson) == 0  # no late state from the worker undid the reset
    _run_until(qtbot, remote, lesson, 10)
    remote.open_lesson("activations")
    assert not controller.remote
    remote.open_lesson("zero-init")
    at = _iteration(remote, lesson)
    qtbot.wait(50)
    assert _iteration(remote, lesson) == at
