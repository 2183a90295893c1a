"""A long session with the training process: hundreds of changes, runs, pauses, resets and tab
switches while it trains. Nothing is lost: the worker stays, the pipe stays in step (no state of
an older install is adopted), the engine in the GUI stays whole, and no file descriptors leak."""

from __future__ import annotations

import os

import pytest

from tests.test_lessons_in_worker import WAIT_MS, _iteration, _same, worker  # noqa: F401 (fixture)

CYCLES = 120


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.slow  # a soak (~1 min): `make soak` runs it
def test_hundreds_of_changes_while_the_worker_trains(qtbot, window, worker):  # noqa: F811
    window.controller.use_worker(worker)
    controller = window.controller
    lesson = window.open_lesson("shallow-network")
    controller.set_speed(10.0)
    fds = _open_fds()
    rates = (0.3, 1.2, 2.4)
    for i in range(CYCLES):
        if not controller.running:
            controller.run()
        at = _iteration(window, lesson)
        qtbot.waitUntil(lambda at=at: _iteration(window, lesson) > at, timeout=WAIT_MS)
        assert controller.remote
        step = i % 6
        if step == 0:
            assert lesson.apply_changes(learning_rate=rates[i % 3])
        elif step == 1:
            n_h = 5 if controller.engine.config.n_h != 5 else 6
            assert lesson.apply_changes(n_h=n_h)  # starts over in the worker too
            assert _iteration(window, lesson) == 0
        elif step == 2:
            assert not lesson.apply_changes(learning_rate=float("nan"))  # refused: the run goes on
        elif step == 3:
            controller.pause()
        elif step == 4:
            controller.reset()
            assert _iteration(window, lesson) == 0
        else:
            window.open_lesson("activations")
            window.open_lesson("shallow-network")
    controller.pause()
    engine = controller.engine
    assert engine.config.learning_rate in rates and engine.config.n_h in (5, 6)
    copy_at_zero = _copy_reset(engine)
    n = _iteration(window, lesson)
    assert n > 0
    if not engine.changed_mid_run:  # the last stretch trained in one config: the same steps here agree
        copy_at_zero.step(n)
        _same(copy_at_zero.training_state(), engine.training_state())
    assert worker.ready and _open_fds() <= fds + 2
    controller.set_speed(1.0)


def _copy_reset(engine):
    import pickle

    copy = pickle.loads(pickle.dumps(engine))
    copy.reset()
    return copy
