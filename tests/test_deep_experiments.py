"""Each of the deep lesson's course experiments ends the way the course says (long runs: slow)."""

import math

import pytest

from core.deep_run.experiments import EXPERIMENTS
from core.deep_run.sweep import DeepSweep


def _run(key: str, steps: int | None = None):
    e = EXPERIMENTS[key]
    sweep = DeepSweep([r.config for r in e.runs], [r.label for r in e.runs])
    sweep.step(steps if steps is not None else e.iterations)
    return sweep.snapshot().runs


def _train(run) -> float:
    return 1 - run.train_error


def test_vanishing_first_layers_do_not_learn():
    (run,) = _run("vanishing", 300)
    assert run.grad_norms[0] < 1e-10 and run.grad_norms[-1] > 1e-6
    assert run.train_cost == pytest.approx(math.log(2), abs=0.002)  # ln 2: nothing learnt


@pytest.mark.slow
def test_init_zeros_stay_at_ln2_large_starts_huge_he_fits():
    zeros, large, he = _run("init")
    assert zeros.train_cost == pytest.approx(math.log(2), abs=0.002) and abs(_train(zeros) - 0.5) < 0.03
    assert large.cost_values[0] > 5 * math.log(2)  # a huge first cost
    assert _train(he) >= 0.97 and _train(large) < _train(he) - 0.1


@pytest.mark.slow
def test_adam_beats_mini_batch_gd_and_momentum_on_the_moons():
    gd, momentum, adam = _run("optimizers")
    assert abs(_train(gd) - _train(momentum)) < 0.02
    assert _train(adam) > _train(gd) + 0.05


@pytest.mark.slow
def test_l2_and_dropout_close_the_gap_between_train_and_dev():
    plain, l2, dropout = _run("regularization")
    gap = lambda r: r.dev_error - r.train_error  # noqa: E731
    assert gap(plain) > 0.2
    assert gap(l2) < gap(plain) - 0.1 and gap(dropout) < gap(plain) - 0.05


@pytest.mark.slow
def test_deeper_fits_the_spiral_better():
    one, three, six = _run("depth")
    assert _train(one) < _train(three) <= _train(six)
