"""Each of the deep lesson's course experiments ends the way the course says (long runs: slow)."""

import math

import numpy as np
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


def test_exploding_norms_grow_with_depth_in_linear_layers():
    """003 part 4 (6): randn * 10 in linear layers, ||dW^[l]|| of the first step grows with the depth."""
    from core.deep_run.config import deep_config
    from core.deep_run.trainer import DeepLessonTrainer

    largest = []
    for depth in (2, 4, 8):
        t = DeepLessonTrainer(deep_config(hidden=(8,) * depth, activation="linear", init="large"))
        assert t.step(1) == 1
        largest.append(float(np.max(t.snapshot().grad_norms)))
    assert largest[0] < largest[1] < largest[2]
    assert largest[2] > 1e6 * largest[0]  # exponential in the depth, not proportional


def test_exploding_experiment_xavier_stays_he_grows_large_explodes():
    xavier, he, large = _run("exploding", 20)
    start = [float(np.max(r.start_grad_norms)) for r in (xavier, he, large)]
    assert start[0] < start[1] < 1e3 < 1e9 < start[2]  # x1, a little above x1 (x1.4), x28 per layer
    assert large.cost_values[0] > 1e6 * he.cost_values[0] and large.diverged_at is not None
    assert xavier.diverged_at is None and he.diverged_at is None


def test_the_start_norms_are_the_initial_parameters_gradients():
    from core import deep, models
    from core.deep_run.config import deep_config
    from core.deep_run.trainer import DeepLessonTrainer

    c = deep_config(hidden=(6, 5), activation="tanh", init="xavier")
    t = DeepLessonTrainer(c)
    p0 = {k: v.copy() for k, v in t.parameters.items()}
    t.step(30)
    X, Y = t.split()[:2]
    AL, caches = deep.L_model_forward(models.inputs(X, c), p0, "tanh")
    grads = deep.L_model_backward(AL, Y, caches)
    expected = [np.linalg.norm(grads[f"dW{l}"]) for l in (1, 2, 3)]
    np.testing.assert_allclose(t.snapshot().start_grad_norms, expected, rtol=1e-12)
